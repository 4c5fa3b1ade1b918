/// Set, delete or clear the key/value extensions of a one-to-one message.
///
/// Changes the extensions of the one-to-one message MsgKey, which must have been sent with SupportMessageExtension 1: OperateType 1 sets the listed pairs, 2 deletes them, 3 clears every pair. Each pair's Seq is a version: a caller passing the Seq it last saw gets 23001 for that pair if someone changed it since. Each pair has its own result.
///
/// `POST v4/openim_msg_ext_http_svc/set_key_values`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](SetKeyValuesError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](SetKeyValuesError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10008` [`GroupRequestNotVerified`](SetKeyValuesError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `23001` [`MsgExtensionSeqConflict`](SetKeyValuesError::MsgExtensionSeqConflict): Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again. Per pair: the Seq sent is not the pair's current one.
/// - `23002` [`MsgExtensionNotSupported`](SetKeyValuesError::MsgExtensionNotSupported): The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions. The message was sent without SupportMessageExtension.
/// - `23003` [`MsgExtensionTooFrequent`](SetKeyValuesError::MsgExtensionTooFrequent): The message's extensions were changed too often (more than 200 times in one minute). Retryable: the service refused the call before acting on it.
/// - `23004` [`MsgExtensionMsgNotFound`](SetKeyValuesError::MsgExtensionMsgNotFound): The message whose extensions were asked for does not exist. No one-to-one message has this MsgKey.
///
/// # Notes on the documentation
///
/// - Seq is required in ExtensionList items only when a user (not the admin) calls; the REST API is always called as the admin, whose Seq the service does not check, so Seq is optional here. The emulator checks it when it is sent (a stale Seq answers 23001 for that pair) and ignores it when absent.
/// - The deletion sample carries Value "" and the table makes Value required, so Value is required even when deleting.
/// - ExtensionList is not atomic: pairs are set independently (each has its own result), so a longer list may be split into calls of 20.
/// - Not safe to repeat: every change raises the pair's Seq, so a repeat after a timeout changes the versions clients see (and, with Seq sent, answers 23001).
/// - The samples' per-pair result for 23001 shows the pair as it stands on the service (its newer value and Seq).
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/51195>. Spec: `specs/openim_msg_ext_http_svc/set_key_values.json`.
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
pub struct SetKeyValuesRequest {
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
    /// What the call does to the message's pairs.
    ///
    /// Wire name `OperateType`. Required. Limits: see [`MsgExtensionOperation`]. Example: `1`.
    #[serde(rename = "OperateType")]
    pub operate_type: super::types::MsgExtensionOperation,
    /// The pairs to set or delete, at most 20; not used to clear (OperateType 3).
    ///
    /// Wire name `ExtensionList`. Optional. Limits: at most 20 items; each item see [`MsgExtension`]. Example: `[{"Key":"k1","Seq":0,"Value":"v1"},{"Key":"k2","Seq":0,"Value":"v2"},{"Key":"k3","Seq":0,"Value":"v3"}]`.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 20u32))]
    pub extension_list: ::core::option::Option<
        ::std::vec::Vec<super::types::MsgExtension>,
    >,
}
impl SetKeyValuesRequest {
    ///Starts building from the required field `To_Account`; each further required field is named in turn, `SetKeyValuesRequest::to_account(..).msg_key(..).operate_type(..)`, which gives the value with optional fields unset.
    pub fn to_account(
        to_account: impl ::core::convert::Into<::std::string::String>,
    ) -> SetKeyValuesRequestNeedsMsgKey {
        SetKeyValuesRequestNeedsMsgKey {
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
    ///Sets `ExtensionList`: The pairs to set or delete, at most 20; not used to clear (OperateType 3).
    #[must_use]
    pub fn extension_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::MsgExtension>,
    ) -> Self {
        self.extension_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
///A value of [`SetKeyValuesRequest`] being built: `MsgKey` comes next (`.msg_key(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `SetKeyValuesRequest` exists only once every required field is given"]
pub struct SetKeyValuesRequestNeedsMsgKey {
    to_account: ::std::string::String,
}
impl SetKeyValuesRequestNeedsMsgKey {
    ///Sets `MsgKey`.
    pub fn msg_key(
        self,
        msg_key: impl ::core::convert::Into<::std::string::String>,
    ) -> SetKeyValuesRequestNeedsOperateType {
        SetKeyValuesRequestNeedsOperateType {
            to_account: self.to_account,
            msg_key: msg_key.into(),
        }
    }
}
///A value of [`SetKeyValuesRequest`] being built: `OperateType` comes next (`.operate_type(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `SetKeyValuesRequest` exists only once every required field is given"]
pub struct SetKeyValuesRequestNeedsOperateType {
    to_account: ::std::string::String,
    msg_key: ::std::string::String,
}
impl SetKeyValuesRequestNeedsOperateType {
    ///Sets `OperateType`.
    pub fn operate_type(
        self,
        operate_type: super::types::MsgExtensionOperation,
    ) -> SetKeyValuesRequest {
        SetKeyValuesRequest {
            to_account: self.to_account,
            msg_key: self.msg_key,
            operate_type: operate_type,
            from_account: ::core::option::Option::None,
            extension_list: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for SetKeyValuesRequest {
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
                ::core::option::Option::Some(20u32),
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
/// The response of [`SetKeyValuesRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct SetKeyValuesResponse {
    /// One result per pair of the request.
    ///
    /// Wire name `ExtensionList`. May be absent. Limits: each item see [`MsgExtensionResult`]. Example: `[{"ErrorCode":0,"Extension":{"Key":"k1","Seq":1,"Value":"v1"}},{"ErrorCode":23001,"Extension":{"Key":"k2","Seq":2,"Value":"v1234"}}]`.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    pub extension_list: ::core::option::Option<
        ::std::vec::Vec<super::types::MsgExtensionResult>,
    >,
}
impl SetKeyValuesResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            extension_list: ::core::option::Option::None,
        }
    }
    ///Sets `ExtensionList`: One result per pair of the request.
    #[must_use]
    pub fn extension_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::MsgExtensionResult>,
    ) -> Self {
        self.extension_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for SetKeyValuesResponse {
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
///The error codes of `set_key_values`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetKeyValuesError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10008`: The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
    GroupRequestNotVerified,
    /// `23001`: Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again. Per pair: the Seq sent is not the pair's current one.
    MsgExtensionSeqConflict,
    /// `23002`: The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions. The message was sent without SupportMessageExtension.
    MsgExtensionNotSupported,
    /// `23003`: The message's extensions were changed too often (more than 200 times in one minute). Retryable: the service refused the call before acting on it.
    MsgExtensionTooFrequent,
    /// `23004`: The message whose extensions were asked for does not exist. No one-to-one message has this MsgKey.
    MsgExtensionMsgNotFound,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for SetKeyValuesError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10004i64 => Self::GroupInvalidParameter,
            10008i64 => Self::GroupRequestNotVerified,
            23001i64 => Self::MsgExtensionSeqConflict,
            23002i64 => Self::MsgExtensionNotSupported,
            23003i64 => Self::MsgExtensionTooFrequent,
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
            Self::MsgExtensionSeqConflict => {
                "Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again. Per pair: the Seq sent is not the pair's current one."
            }
            Self::MsgExtensionNotSupported => {
                "The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions. The message was sent without SupportMessageExtension."
            }
            Self::MsgExtensionMsgNotFound => {
                "The message whose extensions were asked for does not exist. No one-to-one message has this MsgKey."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl SetKeyValuesError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupRequestNotVerified => super::ErrorCode::GroupRequestNotVerified,
            Self::MsgExtensionSeqConflict => super::ErrorCode::MsgExtensionSeqConflict,
            Self::MsgExtensionNotSupported => super::ErrorCode::MsgExtensionNotSupported,
            Self::MsgExtensionTooFrequent => super::ErrorCode::MsgExtensionTooFrequent,
            Self::MsgExtensionMsgNotFound => super::ErrorCode::MsgExtensionMsgNotFound,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for SetKeyValuesError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for SetKeyValuesRequest {
    type Response = SetKeyValuesResponse;
    type Error = SetKeyValuesError;
    const INFO: &'static crate::EndpointInfo = &SET_KEY_VALUES;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "ExtensionList" => self.extension_list.as_ref().map(::std::vec::Vec::len),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "ExtensionList" => {
                ::core::option::Option::Some(Self {
                    extension_list: ::core::option::Option::Some(
                        self.extension_list.as_ref()?.get(items)?.to_vec(),
                    ),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                    to_account: ::core::clone::Clone::clone(&self.to_account),
                    msg_key: ::core::clone::Clone::clone(&self.msg_key),
                    operate_type: ::core::clone::Clone::clone(&self.operate_type),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/openim_msg_ext_http_svc/set_key_values", "`."
)]
pub static SET_KEY_VALUES: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim_msg_ext_http_svc",
    command: "set_key_values",
    path: "v4/openim_msg_ext_http_svc/set_key_values",
    legacy_paths: &[],
    summary: "Set, delete or clear the key/value extensions of a one-to-one message.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/51195",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
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
            code: 23001i64,
            name: "MsgExtensionSeqConflict",
            description: "Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 23002i64,
            name: "MsgExtensionNotSupported",
            description: "The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 23003i64,
            name: "MsgExtensionTooFrequent",
            description: "The message's extensions were changed too often (more than 200 times in one minute).",
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
    batch_fields: &[
        crate::BatchField {
            field: "ExtensionList",
            max_items: 20u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{\"ExtensionList\":[{\"ErrorCode\":0,\"Extension\":{\"Key\":\"k1\",\"Seq\":1,\"Value\":\"v1\"}},{\"ErrorCode\":23001,\"Extension\":{\"Key\":\"k2\",\"Seq\":2,\"Value\":\"v1234\"}}]}",
    classify_error: crate::__private::classify::<SetKeyValuesError>,
    hooks: crate::EndpointHooks::of::<SetKeyValuesRequest>(),
};
