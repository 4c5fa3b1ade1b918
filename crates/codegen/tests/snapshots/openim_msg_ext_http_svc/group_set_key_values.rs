/// Set, delete or clear the key/value extensions of a group message.
///
/// Changes the extensions of the group message MsgSeq, which must have been sent with SupportMessageExtension 1: OperateType 1 sets the listed pairs, 2 deletes them, 3 clears every pair. Each pair's Seq is a version: a caller passing the Seq it last saw gets 23001 for that pair if someone changed it since.
///
/// `POST v4/openim_msg_ext_http_svc/group_set_key_values`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GroupSetKeyValuesError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](GroupSetKeyValuesError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. Also the answer for a group that does not exist (the page lists no group code).
/// - `10008` [`GroupRequestNotVerified`](GroupSetKeyValuesError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `23001` [`MsgExtensionSeqConflict`](GroupSetKeyValuesError::MsgExtensionSeqConflict): Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again. Per pair: the Seq sent is not the pair's current one.
/// - `23002` [`MsgExtensionNotSupported`](GroupSetKeyValuesError::MsgExtensionNotSupported): The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions. The message was sent without SupportMessageExtension.
/// - `23003` [`MsgExtensionTooFrequent`](GroupSetKeyValuesError::MsgExtensionTooFrequent): The message's extensions were changed too often (more than 200 times in one minute). Retryable: the service refused the call before acting on it.
/// - `23004` [`MsgExtensionMsgNotFound`](GroupSetKeyValuesError::MsgExtensionMsgNotFound): The message whose extensions were asked for does not exist. The group has no message with this MsgSeq.
///
/// # Notes on the documentation
///
/// - Seq is required in ExtensionList items only when a user (not the admin) calls; the REST API is always called as the admin, whose Seq the service does not check, so Seq is optional here. The emulator checks it when it is sent (a stale Seq answers 23001 for that pair) and ignores it when absent.
/// - The deletion sample carries Value "" and the table makes Value required, so Value is required even when deleting.
/// - ExtensionList is not atomic: pairs are set independently (each has its own result), so a longer list may be split into calls of 20.
/// - Not safe to repeat: every change raises the pair's Seq, so a repeat after a timeout changes the versions clients see (and, with Seq sent, answers 23001).
/// - The samples' per-pair result for 23001 shows the pair as it stands on the service (its newer value and Seq).
/// - The first request sample has a trailing comma after the last pair (not valid JSON); the fixture drops it.
/// - The page of the docs snapshot has no group-type table and no code for a group that does not exist; the invalid-parameter code 10004 is taken for it. The published page (newer than the snapshot) adds a table that refuses AVChatRoom and Community groups without naming the code; the spec does not declare group_types until that code is known, and the emulator serves every group type.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/52170>. Spec: `specs/openim_msg_ext_http_svc/group_set_key_values.json`.
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
pub struct GroupSetKeyValuesRequest {
    /// The group of the message.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#1YMVAB3IZ"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The message's sequence number in the group.
    ///
    /// Wire name `MsgSeq`. Required. Example: `158`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// What the call does to the message's pairs.
    ///
    /// Wire name `OperateType`. Required. Limits: see [`MsgExtensionOperation`]. Example: `1`.
    #[serde(rename = "OperateType")]
    pub operate_type: super::types::MsgExtensionOperation,
    /// The pairs to set or delete, at most 20; not used to clear (OperateType 3).
    ///
    /// Wire name `ExtensionList`. Optional. Limits: at most 20 items; each item see [`MsgExtension`]. Example: `[{"Key":"key1","Seq":0,"Value":"value1"},{"Key":"key2","Seq":0,"Value":"value2"}]`.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 20u32))]
    pub extension_list: ::core::option::Option<
        ::std::vec::Vec<super::types::MsgExtension>,
    >,
}
impl GroupSetKeyValuesRequest {
    ///Creates a value from its required fields (`group_id`, `msg_seq`, `operate_type`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        msg_seq: u64,
        operate_type: super::types::MsgExtensionOperation,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq: msg_seq,
            operate_type: operate_type,
            extension_list: ::core::option::Option::None,
        }
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
impl crate::Validate for GroupSetKeyValuesRequest {
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
/// The response of [`GroupSetKeyValuesRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GroupSetKeyValuesResponse {
    /// One result per pair of the request.
    ///
    /// Wire name `ExtensionList`. May be absent. Limits: each item see [`MsgExtensionResult`]. Example: `[{"ErrorCode":0,"Extension":{"Key":"key1","Seq":1,"Value":"value1"}},{"ErrorCode":23001,"Extension":{"Key":"key2","Seq":2,"Value":"value1234"}}]`.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    pub extension_list: ::core::option::Option<
        ::std::vec::Vec<super::types::MsgExtensionResult>,
    >,
}
impl GroupSetKeyValuesResponse {
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
impl crate::Validate for GroupSetKeyValuesResponse {
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
///The error codes of `group_set_key_values`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupSetKeyValuesError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. Also the answer for a group that does not exist (the page lists no group code).
    GroupInvalidParameter,
    /// `10008`: The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
    GroupRequestNotVerified,
    /// `23001`: Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again. Per pair: the Seq sent is not the pair's current one.
    MsgExtensionSeqConflict,
    /// `23002`: The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions. The message was sent without SupportMessageExtension.
    MsgExtensionNotSupported,
    /// `23003`: The message's extensions were changed too often (more than 200 times in one minute). Retryable: the service refused the call before acting on it.
    MsgExtensionTooFrequent,
    /// `23004`: The message whose extensions were asked for does not exist. The group has no message with this MsgSeq.
    MsgExtensionMsgNotFound,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GroupSetKeyValuesError {
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
            Self::GroupInvalidParameter => {
                "A group request parameter is invalid; fix it using the error message as a hint. Also the answer for a group that does not exist (the page lists no group code)."
            }
            Self::MsgExtensionSeqConflict => {
                "Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again. Per pair: the Seq sent is not the pair's current one."
            }
            Self::MsgExtensionNotSupported => {
                "The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions. The message was sent without SupportMessageExtension."
            }
            Self::MsgExtensionMsgNotFound => {
                "The message whose extensions were asked for does not exist. The group has no message with this MsgSeq."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GroupSetKeyValuesError {
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
impl ::core::fmt::Display for GroupSetKeyValuesError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GroupSetKeyValuesRequest {
    type Response = GroupSetKeyValuesResponse;
    type Error = GroupSetKeyValuesError;
    const INFO: &'static crate::EndpointInfo = &GROUP_SET_KEY_VALUES;
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
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                    msg_seq: ::core::clone::Clone::clone(&self.msg_seq),
                    operate_type: ::core::clone::Clone::clone(&self.operate_type),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/openim_msg_ext_http_svc/group_set_key_values", "`."
)]
pub static GROUP_SET_KEY_VALUES: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim_msg_ext_http_svc",
    command: "group_set_key_values",
    path: "v4/openim_msg_ext_http_svc/group_set_key_values",
    legacy_paths: &[],
    summary: "Set, delete or clear the key/value extensions of a group message.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/52170",
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
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"ExtensionList\":[{\"ErrorCode\":0,\"Extension\":{\"Key\":\"key1\",\"Seq\":1,\"Value\":\"value1\"}},{\"ErrorCode\":23001,\"Extension\":{\"Key\":\"key2\",\"Seq\":2,\"Value\":\"value1234\"}}]}",
    classify_error: crate::__private::classify::<GroupSetKeyValuesError>,
    hooks: crate::EndpointHooks::of::<GroupSetKeyValuesRequest>(),
};
