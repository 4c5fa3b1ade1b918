/// Register up to 100 app accounts with Chat in one call.
///
/// Makes up to 100 of the app's own accounts known to Chat at once, giving each an internal ID. As with account_import, an account that already exists keeps its single internal ID. Unlike account_import, no nickname or profile photo can be given; set them afterwards with profile/portrait_set. The call succeeds as a whole even when some accounts fail; FailAccounts lists those.
///
/// `POST v4/im_open_login_svc/multiaccount_import`: at most 100 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `70402`.
/// # Notes on the documentation
///
/// - The rate limit is 100 calls per second, half that of most endpoints; the page says so explicitly.
/// - Every code the page lists (70169, 70202, 70398, 70402, 70403, 70500) lies in the public range, so the endpoint has no codes of its own. The general error code page also knows 70206 (invalid batch quantity), which this page does not list; a request with more than 100 accounts is taken to get the page's invalid-parameter code 70402.
/// - FailAccounts appears in the sample and the response table; whether it is sent when every account succeeds is not stated, so it is optional.
/// - Safe to repeat: importing an existing account again creates no second ID, so a repeat after a timeout leaves the same accounts.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34954>. Spec: `specs/im_open_login_svc/multiaccount_import.json`.
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
pub struct MultiaccountImportRequest {
    /// UserIDs of the accounts to import.
    ///
    /// Wire name `Accounts`. Required. Limits: at most 100 items; each item see [`UserId`]. Example: `["test1","test2","test3","test4","test5"]`.
    #[serde(rename = "Accounts")]
    #[schemars(length(max = 100u32))]
    #[schemars(inner(length(min = 1u32, max = 32u32)))]
    pub accounts: ::std::vec::Vec<super::types::UserId>,
}
impl MultiaccountImportRequest {
    ///Creates a value from its required fields (`accounts`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        accounts: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            accounts: accounts.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
impl crate::Validate for MultiaccountImportRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("Accounts");
            let v = &self.accounts;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(100u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(32u32),
                    &at,
                )?;
            }
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`MultiaccountImportRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct MultiaccountImportResponse {
    /// UserIDs of the accounts that could not be imported; import them again later.
    ///
    /// Wire name `FailAccounts`. May be absent. Example: `["test3","test4"]`.
    #[serde(rename = "FailAccounts", default, skip_serializing_if = "Option::is_none")]
    pub fail_accounts: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl MultiaccountImportResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            fail_accounts: ::core::option::Option::None,
        }
    }
    ///Sets `FailAccounts`: UserIDs of the accounts that could not be imported; import them again later.
    #[must_use]
    pub fn fail_accounts(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.fail_accounts = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for MultiaccountImportResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `multiaccount_import`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiaccountImportError {
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for MultiaccountImportError {
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
impl MultiaccountImportError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for MultiaccountImportError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for MultiaccountImportRequest {
    type Response = MultiaccountImportResponse;
    type Error = MultiaccountImportError;
    const INFO: &'static crate::EndpointInfo = &MULTIACCOUNT_IMPORT;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "Accounts" => ::core::option::Option::Some(self.accounts.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "Accounts" => {
                ::core::option::Option::Some(Self {
                    accounts: self.accounts.get(items)?.to_vec(),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/im_open_login_svc/multiaccount_import", "`."
)]
pub static MULTIACCOUNT_IMPORT: crate::EndpointInfo = crate::EndpointInfo {
    service: "im_open_login_svc",
    command: "multiaccount_import",
    path: "v4/im_open_login_svc/multiaccount_import",
    legacy_paths: &[],
    summary: "Register up to 100 app accounts with Chat in one call.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34954",
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
            field: "Accounts",
            max_items: 100u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{\"FailAccounts\":[\"test3\",\"test4\"]}",
    classify_error: crate::__private::classify::<MultiaccountImportError>,
    hooks: crate::EndpointHooks::of::<MultiaccountImportRequest>(),
};
