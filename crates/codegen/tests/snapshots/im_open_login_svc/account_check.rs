/// Ask whether up to 100 UserIDs are imported into Chat.
///
/// Reports, for each listed UserID, whether it is an imported account. The answer has one result per UserID; the call itself succeeds even when individual checks fail (a non-zero ResultCode on the item).
///
/// `POST v4/im_open_login_svc/account_check`: at most 100 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `70402`.
/// # Notes on the documentation
///
/// - Every code the page lists (70169, 70202, 70402, 70403, 70500) lies in the public range, so the endpoint lists none of its own; 70402 is its invalid-parameter code, also taken for more than 100 accounts in one call.
/// - CheckItem is not atomic: each account is checked on its own, so a longer list may be split over several calls (call_batched); the results then arrive per call and are not one snapshot.
/// - The rate limit is 100 calls per second, as the page states.
/// - Safe to repeat: the call only reads.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34956>. Spec: `specs/im_open_login_svc/account_check.json`.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    crate::__private::serde::Serialize,
    crate::__private::OutboundDeserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct AccountCheckRequest {
    /// The accounts to check, at most 100 per call.
    ///
    /// Wire name `CheckItem`. Required. Limits: at most 100 items; each item see [`AccountItem`]. Example: `[{"UserID":"UserID_1"},{"UserID":"UserID_2"}]`.
    #[serde(rename = "CheckItem")]
    #[schemars(length(max = 100u32))]
    pub check_item: ::std::vec::Vec<super::types::AccountItem>,
}
impl AccountCheckRequest {
    ///Creates a value from its required fields (`check_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        check_item: impl ::core::iter::IntoIterator<Item = super::types::AccountItem>,
    ) -> Self {
        Self {
            check_item: check_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for AccountCheckRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("CheckItem");
            let v = &self.check_item;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(100u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::Validate::validate_at(v, &at)?;
            }
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`AccountCheckRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct AccountCheckResponse {
    /// One result per checked account.
    ///
    /// Wire name `ResultItem`. Always present.
    #[serde(rename = "ResultItem")]
    pub result_item: ::std::vec::Vec<AccountCheckResult>,
}
impl AccountCheckResponse {
    ///Creates a value from its required fields (`result_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        result_item: impl ::core::iter::IntoIterator<Item = AccountCheckResult>,
    ) -> Self {
        Self {
            result_item: result_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for AccountCheckResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Whether the account is imported (present when the check succeeded).
///
#[doc = concat!(" Wire values: ", "\"Imported\", \"NotImported\"", ".")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountCheckResultAccountStatus {
    /// `"Imported"`: The account is imported.
    Imported,
    /// `"NotImported"`: No account has this UserID.
    NotImported,
    /// A value this spec does not list, kept as sent.
    Other(::std::string::String),
}
impl AccountCheckResultAccountStatus {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Imported, Self::NotImported];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Imported => "Imported",
            Self::NotImported => "NotImported",
            Self::Other(s) => s.as_str(),
        }
    }
    /// The value for a wire string; unlisted strings become `Other`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Imported" => Self::Imported,
            "NotImported" => Self::NotImported,
            _ => Self::Other(::std::string::ToString::to_string(s)),
        }
    }
}
impl ::core::fmt::Display for AccountCheckResultAccountStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for AccountCheckResultAccountStatus {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for AccountCheckResultAccountStatus {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(&s))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for AccountCheckResultAccountStatus {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("AccountCheckResultAccountStatus")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "examples" : ["Imported", "NotImported"] }
        )
    }
}
impl crate::Validate for AccountCheckResultAccountStatus {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One result per checked account.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct AccountCheckResult {
    /// The checked UserID.
    ///
    /// Wire name `UserID`. Required. Example: `"UserID_1"`.
    #[serde(rename = "UserID")]
    pub user_id: ::std::string::String,
    /// 0 when the check succeeded; otherwise why it failed.
    ///
    /// Wire name `ResultCode`. Required. Example: `0`.
    #[serde(rename = "ResultCode")]
    pub result_code: i64,
    /// Why the check failed; empty on success.
    ///
    /// Wire name `ResultInfo`. Optional. Example: `""`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: ::core::option::Option<::std::string::String>,
    /// Whether the account is imported (present when the check succeeded).
    ///
    /// Wire name `AccountStatus`. Optional. Example: `"Imported"`.
    #[serde(rename = "AccountStatus", default, skip_serializing_if = "Option::is_none")]
    pub account_status: ::core::option::Option<AccountCheckResultAccountStatus>,
}
impl AccountCheckResult {
    ///Creates a value from its required fields (`user_id`, `result_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_id: impl ::core::convert::Into<::std::string::String>,
        result_code: i64,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            result_code: result_code,
            result_info: ::core::option::Option::None,
            account_status: ::core::option::Option::None,
        }
    }
    ///Sets `ResultInfo`: Why the check failed; empty on success.
    #[must_use]
    pub fn result_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.result_info = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `AccountStatus`: Whether the account is imported (present when the check succeeded).
    #[must_use]
    pub fn account_status(mut self, value: AccountCheckResultAccountStatus) -> Self {
        self.account_status = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for AccountCheckResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `account_check`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccountCheckError {
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for AccountCheckError {
    fn from_code(code: i64) -> Self {
        match code {
            _ => {
                match super::PublicError::from_code(code) {
                    ::core::option::Option::Some(public) => Self::Public(public),
                    ::core::option::Option::None => Self::Unknown(code),
                }
            }
        }
    }
    fn code(&self) -> i64 {
        self.error_code().code()
    }
    fn retryability(&self) -> crate::Retryability {
        self.error_code().retryability()
    }
    fn name(&self) -> &'static str {
        match self {
            Self::Unknown(_) => "Unknown",
            _ => self.error_code().name(),
        }
    }
    fn description(&self) -> &'static str {
        match self {
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl AccountCheckError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for AccountCheckError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for AccountCheckRequest {
    type Response = AccountCheckResponse;
    type Error = AccountCheckError;
    const INFO: &'static crate::EndpointInfo = &ACCOUNT_CHECK;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "CheckItem" => ::core::option::Option::Some(self.check_item.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "CheckItem" => {
                ::core::option::Option::Some(Self {
                    check_item: self.check_item.get(items)?.to_vec(),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/im_open_login_svc/account_check", "`.")]
pub static ACCOUNT_CHECK: crate::EndpointInfo = crate::EndpointInfo {
    service: "im_open_login_svc",
    command: "account_check",
    path: "v4/im_open_login_svc/account_check",
    legacy_paths: &[],
    summary: "Ask whether up to 100 UserIDs are imported into Chat.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34956",
    rate_limit_per_second: 100u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 70402i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[],
    batch_fields: &[
        crate::BatchField {
            field: "CheckItem",
            max_items: 100u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{\"ResultItem\":[]}",
    classify_error: crate::__private::classify::<AccountCheckError>,
    hooks: crate::EndpointHooks::of::<AccountCheckRequest>(),
};
