/// Tell whether accounts and an account have blocked each other.
///
/// For each account of To_Account, answers whether it is on From_Account's blocklist and, with BlackCheckResult_Type_Both, whether From_Account is on its blocklist. With BlackCheckResult_Type_Single only From_Account's list is read: AWithB (From_Account blocked To_Account) or NO.
///
/// `POST v4/sns/black_list_check`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](BlackListCheckError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30003` [`SnsAccountNotFound`](BlackListCheckError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](BlackListCheckError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](BlackListCheckError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](BlackListCheckError::SnsTimeout): The relationship chain service timed out; retry later. Also a per-account ResultCode (the sample's reverse check timed out). Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The check types and relation values are not in the page's tables; they come from the sample and the relationship chain page. The 'no relation' value is spelt BlackCheckResult_Type_NO, unlike friend_check's CheckResult_Type_NoRelation.
/// - Relation is an open enum: the service may add values.
/// - Each item carries Relation next to the per-account code, so the items are their own type rather than AccountResult.
/// - To_Account is not atomic: each account is checked on its own.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34913>. Spec: `specs/sns/black_list_check.json`.
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
pub struct BlackListCheckRequest {
    /// UserID of the account whose blocklist relations are checked.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// UserIDs to check; at most 1000.
    ///
    /// Wire name `To_Account`. Required. Limits: at least 1 items; at most 1000 items. Example: `["id1","id2","id3","id4","id5"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(min = 1u32, max = 1000u32))]
    pub to_account: ::std::vec::Vec<::std::string::String>,
    /// Whether only From_Account's blocklist is read, or both accounts' lists.
    ///
    /// Wire name `CheckType`. Required. Example: `"BlackCheckResult_Type_Both"`.
    #[serde(rename = "CheckType")]
    pub check_type: BlackListCheckCheckType,
}
impl BlackListCheckRequest {
    ///Creates a value from its required fields (`from_account`, `to_account`, `check_type`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        to_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
        check_type: BlackListCheckCheckType,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            to_account: to_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            check_type: check_type,
        }
    }
}
impl crate::Validate for BlackListCheckRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("To_Account");
            let v = &self.to_account;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(1000u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`BlackListCheckRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct BlackListCheckResponse {
    /// The blocklist relation with each account of To_Account.
    ///
    /// Wire name `BlackListCheckItem`. Always present. Example: `[{"Relation":"BlackCheckResult_Type_BothWay","ResultCode":0,"ResultInfo":"","To_Account":"id1"}]`.
    #[serde(rename = "BlackListCheckItem")]
    pub black_list_check_item: ::std::vec::Vec<BlockRelationResult>,
    /// UserIDs whose check failed; sent only when at least one failed.
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["id5"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl BlackListCheckResponse {
    ///Creates a value from its required fields (`black_list_check_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        black_list_check_item: impl ::core::iter::IntoIterator<
            Item = BlockRelationResult,
        >,
    ) -> Self {
        Self {
            black_list_check_item: black_list_check_item.into_iter().collect(),
            fail_account: ::core::option::Option::None,
        }
    }
    ///Sets `Fail_Account`: UserIDs whose check failed; sent only when at least one failed.
    #[must_use]
    pub fn fail_account(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.fail_account = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for BlackListCheckResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Whether only From_Account's blocklist is read, or both accounts' lists.
///
#[doc = concat!(
    " Wire values: ", "\"BlackCheckResult_Type_Single\", \"BlackCheckResult_Type_Both\"",
    "."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlackListCheckCheckType {
    /// `"BlackCheckResult_Type_Single"`: Read only From_Account's blocklist.
    Single,
    /// `"BlackCheckResult_Type_Both"`: Read both blocklists.
    Both,
}
impl BlackListCheckCheckType {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Single, Self::Both];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "BlackCheckResult_Type_Single",
            Self::Both => "BlackCheckResult_Type_Both",
        }
    }
    /// The value for a wire string (aliases included), if listed.
    pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
        match s {
            "BlackCheckResult_Type_Single" => ::core::option::Option::Some(Self::Single),
            "BlackCheckResult_Type_Both" => ::core::option::Option::Some(Self::Both),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for BlackListCheckCheckType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for BlackListCheckCheckType {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for BlackListCheckCheckType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(&s)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                &s,
                &["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"],
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for BlackListCheckCheckType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("BlackListCheckCheckType")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "enum" : ["BlackCheckResult_Type_Single",
            "BlackCheckResult_Type_Both"] }
        )
    }
}
impl crate::Validate for BlackListCheckCheckType {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Who blocked whom; NO when the check failed.
///
#[doc = concat!(
    " Wire values: ",
    "\"BlackCheckResult_Type_BothWay\", \"BlackCheckResult_Type_AWithB\", \"BlackCheckResult_Type_BWithA\", \"BlackCheckResult_Type_NO\"",
    "."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BlockRelationResultRelation {
    /// `"BlackCheckResult_Type_BothWay"`: Each account has the other on its blocklist.
    BothWay,
    /// `"BlackCheckResult_Type_AWithB"`: To_Account is on From_Account's blocklist, not the reverse (or the reverse was not read).
    AWithB,
    /// `"BlackCheckResult_Type_BWithA"`: From_Account is on To_Account's blocklist, not the reverse.
    BWithA,
    /// `"BlackCheckResult_Type_NO"`: Neither blocklist holds the other account (as far as the check type reads).
    No,
    /// A value this spec does not list, kept as sent.
    Other(::std::string::String),
}
impl BlockRelationResultRelation {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[
        Self::BothWay,
        Self::AWithB,
        Self::BWithA,
        Self::No,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BothWay => "BlackCheckResult_Type_BothWay",
            Self::AWithB => "BlackCheckResult_Type_AWithB",
            Self::BWithA => "BlackCheckResult_Type_BWithA",
            Self::No => "BlackCheckResult_Type_NO",
            Self::Other(s) => s.as_str(),
        }
    }
    /// The value for a wire string; unlisted strings become `Other`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "BlackCheckResult_Type_BothWay" => Self::BothWay,
            "BlackCheckResult_Type_AWithB" => Self::AWithB,
            "BlackCheckResult_Type_BWithA" => Self::BWithA,
            "BlackCheckResult_Type_NO" => Self::No,
            _ => Self::Other(::std::string::ToString::to_string(s)),
        }
    }
}
impl ::core::fmt::Display for BlockRelationResultRelation {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for BlockRelationResultRelation {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for BlockRelationResultRelation {
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
impl crate::__private::schemars::JsonSchema for BlockRelationResultRelation {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("BlockRelationResultRelation")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "examples" : ["BlackCheckResult_Type_BothWay",
            "BlackCheckResult_Type_AWithB", "BlackCheckResult_Type_BWithA",
            "BlackCheckResult_Type_NO"] }
        )
    }
}
impl crate::Validate for BlockRelationResultRelation {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The blocklist relation with each account of To_Account.
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
pub struct BlockRelationResult {
    /// UserID checked.
    ///
    /// Wire name `To_Account`. Required. Example: `"id1"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// Who blocked whom; NO when the check failed.
    ///
    /// Wire name `Relation`. Required. Example: `"BlackCheckResult_Type_BothWay"`.
    #[serde(rename = "Relation")]
    pub relation: BlockRelationResultRelation,
    /// 0 when the check ran; otherwise why not.
    ///
    /// Wire name `ResultCode`. Required. Example: `0`.
    #[serde(rename = "ResultCode")]
    pub result_code: i64,
    /// The service's explanation of ResultCode; empty on success.
    ///
    /// Wire name `ResultInfo`. Optional. Example: `""`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: ::core::option::Option<::std::string::String>,
}
impl BlockRelationResult {
    ///Creates a value from its required fields (`to_account`, `relation`, `result_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::convert::Into<::std::string::String>,
        relation: BlockRelationResultRelation,
        result_code: i64,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            relation: relation,
            result_code: result_code,
            result_info: ::core::option::Option::None,
        }
    }
    ///Sets `ResultInfo`: The service's explanation of ResultCode; empty on success.
    #[must_use]
    pub fn result_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.result_info = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for BlockRelationResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `black_list_check`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlackListCheckError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint.
    SnsInvalidParameter,
    /// `30003`: The user account in the request does not exist.
    SnsAccountNotFound,
    /// `30004`: This request must be made with the app admin account.
    SnsAdminRequired,
    /// `30006`: The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsInternalError,
    /// `30007`: The relationship chain service timed out; retry later. Also a per-account ResultCode (the sample's reverse check timed out). Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsTimeout,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for BlackListCheckError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
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
            Self::SnsTimeout => {
                "The relationship chain service timed out; retry later. Also a per-account ResultCode (the sample's reverse check timed out)."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl BlackListCheckError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInvalidParameter => super::ErrorCode::SnsInvalidParameter,
            Self::SnsAccountNotFound => super::ErrorCode::SnsAccountNotFound,
            Self::SnsAdminRequired => super::ErrorCode::SnsAdminRequired,
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for BlackListCheckError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for BlackListCheckRequest {
    type Response = BlackListCheckResponse;
    type Error = BlackListCheckError;
    const INFO: &'static crate::EndpointInfo = &BLACK_LIST_CHECK;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "To_Account" => ::core::option::Option::Some(self.to_account.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "To_Account" => {
                ::core::option::Option::Some(Self {
                    to_account: self.to_account.get(items)?.to_vec(),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                    check_type: ::core::clone::Clone::clone(&self.check_type),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/black_list_check", "`.")]
pub static BLACK_LIST_CHECK: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "black_list_check",
    path: "v4/sns/black_list_check",
    legacy_paths: &[],
    summary: "Tell whether accounts and an account have blocked each other.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34913",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 30001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 30001i64,
            name: "SnsInvalidParameter",
            description: "A relationship chain request parameter is wrong; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30003i64,
            name: "SnsAccountNotFound",
            description: "The user account in the request does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30004i64,
            name: "SnsAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30006i64,
            name: "SnsInternalError",
            description: "The relationship chain service failed internally; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30007i64,
            name: "SnsTimeout",
            description: "The relationship chain service timed out; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "To_Account",
            max_items: 1000u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 30003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"BlackListCheckItem\":[{\"Relation\":\"BlackCheckResult_Type_BothWay\",\"ResultCode\":0,\"ResultInfo\":\"\",\"To_Account\":\"id1\"}],\"Fail_Account\":[\"id5\"]}",
    classify_error: crate::__private::classify::<BlackListCheckError>,
    hooks: crate::EndpointHooks::of::<BlackListCheckRequest>(),
};
