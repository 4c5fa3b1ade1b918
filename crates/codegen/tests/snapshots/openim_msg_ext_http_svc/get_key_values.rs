/// Read the key/value extensions of a one-to-one message.
///
/// Returns the extensions of the one-to-one message MsgKey between From_Account and To_Account, from StartSeq on, with the versions a client needs to bring its copy up to date (LatestSeq, ClearSeq).
///
/// `POST v4/openim_msg_ext_http_svc/get_key_values`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetKeyValuesError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](GetKeyValuesError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10008` [`GroupRequestNotVerified`](GetKeyValuesError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `23004` [`MsgExtensionMsgNotFound`](GetKeyValuesError::MsgExtensionMsgNotFound): The message whose extensions were asked for does not exist. No one-to-one message has this MsgKey.
///
/// # Notes on the documentation
///
/// - The page describes paging by StartSeq (at most 200 pairs per answer, CompleteFlag 0 when more remain) but the answer carries no cursor for the next StartSeq other than the Seq of its last pair; the spec has no paging key, and callers continue with the last Seq plus one.
/// - The page lists 10008 (the app is not on the Ultimate edition), which applies to every call of the message-extension service.
/// - Safe to repeat: the call only reads.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/51194>. Spec: `specs/openim_msg_ext_http_svc/get_key_values.json`.
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
pub struct GetKeyValuesRequest {
    /// The message's sender.
    ///
    /// Wire name `From_Account`. Optional. Example: `"62768"`.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: ::core::option::Option<::std::string::String>,
    /// The message's recipient.
    ///
    /// Wire name `To_Account`. Required. Example: `"116400"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The message's key (from sendmsg or the history).
    ///
    /// Wire name `MsgKey`. Required. Example: `"44739199_12_1665388280"`.
    #[serde(rename = "MsgKey")]
    pub msg_key: ::std::string::String,
    /// Return only pairs whose Seq is at least this.
    ///
    /// Wire name `StartSeq`. Optional. Example: `2`.
    #[serde(rename = "StartSeq", default, skip_serializing_if = "Option::is_none")]
    pub start_seq: ::core::option::Option<u64>,
}
impl GetKeyValuesRequest {
    ///Starts building from the required field `To_Account`; each further required field is named in turn, `GetKeyValuesRequest::to_account(..).msg_key(..)`, which gives the value with optional fields unset.
    pub fn to_account(
        to_account: impl ::core::convert::Into<::std::string::String>,
    ) -> GetKeyValuesRequestNeedsMsgKey {
        GetKeyValuesRequestNeedsMsgKey {
            to_account: to_account.into(),
        }
    }
    ///Sets `From_Account`: The message's sender.
    #[must_use]
    pub fn from_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `StartSeq`: Return only pairs whose Seq is at least this.
    #[must_use]
    pub fn start_seq(mut self, value: u64) -> Self {
        self.start_seq = ::core::option::Option::Some(value);
        self
    }
}
///A value of [`GetKeyValuesRequest`] being built: `MsgKey` comes next (`.msg_key(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetKeyValuesRequest` exists only once every required field is given"]
pub struct GetKeyValuesRequestNeedsMsgKey {
    to_account: ::std::string::String,
}
impl GetKeyValuesRequestNeedsMsgKey {
    ///Sets `MsgKey`.
    pub fn msg_key(
        self,
        msg_key: impl ::core::convert::Into<::std::string::String>,
    ) -> GetKeyValuesRequest {
        GetKeyValuesRequest {
            to_account: self.to_account,
            msg_key: msg_key.into(),
            from_account: ::core::option::Option::None,
            start_seq: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for GetKeyValuesRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetKeyValuesRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetKeyValuesResponse {
    /// The pairs with Seq at least StartSeq, by ascending Seq; at most 200 per answer.
    ///
    /// Wire name `ExtensionList`. May be absent. Limits: each item see [`MsgExtension`]. Example: `[{"Key":"k1","Seq":1,"Value":"v1"},{"Key":"k2","Seq":1,"Value":"v2"},{"Key":"k3","Seq":2,"Value":"v3"}]`.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    pub extension_list: ::core::option::Option<
        ::std::vec::Vec<super::types::MsgExtension>,
    >,
    /// Whether every pair was returned (0: ask again with a higher StartSeq).
    ///
    /// Wire name `CompleteFlag`. Always present. Limits: see [`YesNo`]. Example: `1`.
    #[serde(rename = "CompleteFlag")]
    pub complete_flag: super::types::YesNo,
    /// The highest Seq among the message's pairs.
    ///
    /// Wire name `LatestSeq`. Always present. Example: `2`.
    #[serde(rename = "LatestSeq")]
    pub latest_seq: u64,
    /// The Seq of the last clearing: clients drop every pair they hold with a Seq at or below it.
    ///
    /// Wire name `ClearSeq`. Always present. Example: `0`.
    #[serde(rename = "ClearSeq")]
    pub clear_seq: u64,
}
impl GetKeyValuesResponse {
    ///Starts building from the required field `CompleteFlag`; each further required field is named in turn, `GetKeyValuesResponse::complete_flag(..).latest_seq(..).clear_seq(..)`, which gives the value with optional fields unset.
    pub fn complete_flag(
        complete_flag: super::types::YesNo,
    ) -> GetKeyValuesResponseNeedsLatestSeq {
        GetKeyValuesResponseNeedsLatestSeq {
            complete_flag: complete_flag,
        }
    }
    ///Sets `ExtensionList`: The pairs with Seq at least StartSeq, by ascending Seq; at most 200 per answer.
    #[must_use]
    pub fn extension_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::MsgExtension>,
    ) -> Self {
        self.extension_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
///A value of [`GetKeyValuesResponse`] being built: `LatestSeq` comes next (`.latest_seq(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetKeyValuesResponse` exists only once every required field is given"]
pub struct GetKeyValuesResponseNeedsLatestSeq {
    complete_flag: super::types::YesNo,
}
impl GetKeyValuesResponseNeedsLatestSeq {
    ///Sets `LatestSeq`.
    pub fn latest_seq(self, latest_seq: u64) -> GetKeyValuesResponseNeedsClearSeq {
        GetKeyValuesResponseNeedsClearSeq {
            complete_flag: self.complete_flag,
            latest_seq: latest_seq,
        }
    }
}
///A value of [`GetKeyValuesResponse`] being built: `ClearSeq` comes next (`.clear_seq(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetKeyValuesResponse` exists only once every required field is given"]
pub struct GetKeyValuesResponseNeedsClearSeq {
    complete_flag: super::types::YesNo,
    latest_seq: u64,
}
impl GetKeyValuesResponseNeedsClearSeq {
    ///Sets `ClearSeq`.
    pub fn clear_seq(self, clear_seq: u64) -> GetKeyValuesResponse {
        GetKeyValuesResponse {
            complete_flag: self.complete_flag,
            latest_seq: self.latest_seq,
            clear_seq: clear_seq,
            extension_list: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for GetKeyValuesResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.extension_list {
            let at = at.field("ExtensionList");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::None,
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
///The error codes of `get_key_values`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetKeyValuesError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10008`: The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
    GroupRequestNotVerified,
    /// `23004`: The message whose extensions were asked for does not exist. No one-to-one message has this MsgKey.
    MsgExtensionMsgNotFound,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetKeyValuesError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10004i64 => Self::GroupInvalidParameter,
            10008i64 => Self::GroupRequestNotVerified,
            23004i64 => Self::MsgExtensionMsgNotFound,
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
            Self::MsgExtensionMsgNotFound => {
                "The message whose extensions were asked for does not exist. No one-to-one message has this MsgKey."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetKeyValuesError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupRequestNotVerified => super::ErrorCode::GroupRequestNotVerified,
            Self::MsgExtensionMsgNotFound => super::ErrorCode::MsgExtensionMsgNotFound,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetKeyValuesError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetKeyValuesRequest {
    type Response = GetKeyValuesResponse;
    type Error = GetKeyValuesError;
    const INFO: &'static crate::EndpointInfo = &GET_KEY_VALUES;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `get_key_values`: An answer carries at most 200 pairs; CompleteFlag 0 says more remain from the Seq after its last pair. Unit: pairs.
pub const GET_KEY_VALUES_PAGE_SIZE: i64 = 200i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/openim_msg_ext_http_svc/get_key_values", "`."
)]
pub static GET_KEY_VALUES: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim_msg_ext_http_svc",
    command: "get_key_values",
    path: "v4/openim_msg_ext_http_svc/get_key_values",
    legacy_paths: &[],
    summary: "Read the key/value extensions of a one-to-one message.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/51194",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 10002i64,
            name: "GroupInternalError",
            description: "The group service failed internally; send the request again.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10004i64,
            name: "GroupInvalidParameter",
            description: "A group request parameter is invalid; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10008i64,
            name: "GroupRequestNotVerified",
            description: "The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists.",
            retry: crate::Retryability::Refused,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 23004i64,
            name: "MsgExtensionMsgNotFound",
            description: "The message whose extensions were asked for does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[],
    facts: &[
        crate::Fact {
            name: "page_size",
            value: crate::FactValue::Integer(200i64),
            unit: ::core::option::Option::Some("pairs"),
            source: "An answer carries at most 200 pairs; CompleteFlag 0 says more remain from the Seq after its last pair.",
        },
    ],
    example_response: "{\"ClearSeq\":0,\"CompleteFlag\":1,\"ExtensionList\":[{\"Key\":\"k1\",\"Seq\":1,\"Value\":\"v1\"},{\"Key\":\"k2\",\"Seq\":1,\"Value\":\"v2\"},{\"Key\":\"k3\",\"Seq\":2,\"Value\":\"v3\"}],\"LatestSeq\":2}",
    classify_error: crate::__private::classify::<GetKeyValuesError>,
    hooks: crate::EndpointHooks::of::<GetKeyValuesRequest>(),
};
