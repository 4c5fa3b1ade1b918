/// Replace the body or custom data of a message in a group's history.
///
/// The admin overwrites MsgBody, CloudCustomData or both of a stored group message named by its sequence number; fields left out keep their values. The change cannot be undone, and later reads of the history return the new content. Audio-video groups keep no history and cannot be changed. For a Community with topics, TopicId selects the topic.
///
/// `POST v4/openim/modify_group_msg`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `20001`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 20001. No history is kept. The page gives no code; 20001 (invalid request) is assumed. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `20001` [`MsgInvalidPacket`](ModifyGroupMsgError::MsgInvalidPacket): The message request packet is malformed. Also, by inference: the group or the message does not exist, or neither MsgBody nor CloudCustomData is given.
/// - `20002` [`MsgInvalidSignature`](ModifyGroupMsgError::MsgInvalidSignature): The UserSig or A2 credential is not valid; supply a correct signature.
/// - `20004` [`MsgNetworkError`](ModifyGroupMsgError::MsgNetworkError): A network failure occurred in the backend; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `20005` [`MsgInternalError`](ModifyGroupMsgError::MsgInternalError): The message service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `90001` [`MsgJsonParseFailed`](ModifyGroupMsgError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90002` [`MsgBodyInvalid`](ModifyGroupMsgError::MsgBodyInvalid): MsgBody is not an array of valid message elements; follow the message element format.
/// - `90003` [`MsgToAccountMissing`](ModifyGroupMsgError::MsgToAccountMissing): To_Account is absent or names an account that does not exist. Listed on the page although the request has no To_Account; copied from the one-to-one pages.
/// - `90007` [`MsgBodyNotArray`](ModifyGroupMsgError::MsgBodyNotArray): MsgBody is not an array; send it as an array.
/// - `90009` [`MsgAdminRequired`](ModifyGroupMsgError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90010` [`MsgFormatInvalid`](ModifyGroupMsgError::MsgFormatInvalid): The body does not follow the message format; follow the message element definitions.
/// - `90992` [`MsgServiceErrorCheckWebhook`](ModifyGroupMsgError::MsgServiceErrorCheckWebhook): The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `91000` [`MsgServiceUnavailable`](ModifyGroupMsgError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The page lists only message-service codes (2xxxx, 9xxxx) and none for a missing group or message; the spec answers 20001 (invalid request) for both, an assumption.
/// - Safe to repeat: the call sets the fields to given values, so a repeat leaves the same message. Irrevocable: the page warns that the old content cannot be restored.
/// - MsgBody's limit of 300 elements (atomic) is the bound send_group_msg states for its messages; the page gives none. A body of no elements is not a message; neither field given is a request that changes nothing, which the emulator refuses with 20001.
/// - 90003 (missing To_Account) is listed though the request has no such field: the code table is shared with the one-to-one message pages.
/// - The response sample's ErrorInfo is "succeed" rather than the usual empty string; both are kept as they are.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/47948>. Spec: `specs/openim/modify_group_msg.json`.
#[derive(
    Debug,
    Clone,
    PartialEq,
    crate::__private::serde::Serialize,
    crate::__private::OutboundDeserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct ModifyGroupMsgRequest {
    /// ID of the group whose message is changed.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#1HYEP2SHC"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// Sequence number of the message to change.
    ///
    /// Wire name `MsgSeq`. Required. Example: `23`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// The new body, replacing the whole old one.
    ///
    /// Wire name `MsgBody`. Optional. Limits: at least 1 items; at most 300 items; one list, not to be split across calls; each item see [`MsgElement`]. Example: `[{"MsgContent":{"Text":"hello"},"MsgType":"TIMTextElem"}]`.
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1u32, max = 300u32))]
    pub msg_body: ::core::option::Option<::std::vec::Vec<super::types::MsgElement>>,
    /// The new custom data of the message.
    ///
    /// Wire name `CloudCustomData`. Optional. Example: `"your cloud custom data"`.
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: ::core::option::Option<::std::string::String>,
    /// The topic of the message; only for communities with topics enabled.
    ///
    /// Wire name `TopicId`. Optional.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
}
impl ModifyGroupMsgRequest {
    ///Creates a value from its required fields (`group_id`, `msg_seq`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        msg_seq: u64,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq: msg_seq,
            msg_body: ::core::option::Option::None,
            cloud_custom_data: ::core::option::Option::None,
            topic_id: ::core::option::Option::None,
        }
    }
    ///Sets `MsgBody`: The new body, replacing the whole old one.
    #[must_use]
    pub fn msg_body(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> Self {
        self.msg_body = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `CloudCustomData`: The new custom data of the message.
    #[must_use]
    pub fn cloud_custom_data(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_custom_data = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `TopicId`: The topic of the message; only for communities with topics enabled.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for ModifyGroupMsgRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.msg_body {
            let at = at.field("MsgBody");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(300u32),
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
/// The response of [`ModifyGroupMsgRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ModifyGroupMsgResponse {}
impl ModifyGroupMsgResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ModifyGroupMsgResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `modify_group_msg`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyGroupMsgError {
    /// `20001`: The message request packet is malformed. Also, by inference: the group or the message does not exist, or neither MsgBody nor CloudCustomData is given.
    MsgInvalidPacket,
    /// `20002`: The UserSig or A2 credential is not valid; supply a correct signature.
    MsgInvalidSignature,
    /// `20004`: A network failure occurred in the backend; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgNetworkError,
    /// `20005`: The message service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgInternalError,
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90002`: MsgBody is not an array of valid message elements; follow the message element format.
    MsgBodyInvalid,
    /// `90003`: To_Account is absent or names an account that does not exist. Listed on the page although the request has no To_Account; copied from the one-to-one pages.
    MsgToAccountMissing,
    /// `90007`: MsgBody is not an array; send it as an array.
    MsgBodyNotArray,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90010`: The body does not follow the message format; follow the message element definitions.
    MsgFormatInvalid,
    /// `90992`: The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceErrorCheckWebhook,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ModifyGroupMsgError {
    fn from_code(code: i64) -> Self {
        match code {
            20001i64 => Self::MsgInvalidPacket,
            20002i64 => Self::MsgInvalidSignature,
            20004i64 => Self::MsgNetworkError,
            20005i64 => Self::MsgInternalError,
            90001i64 => Self::MsgJsonParseFailed,
            90002i64 => Self::MsgBodyInvalid,
            90003i64 => Self::MsgToAccountMissing,
            90007i64 => Self::MsgBodyNotArray,
            90009i64 => Self::MsgAdminRequired,
            90010i64 => Self::MsgFormatInvalid,
            90992i64 => Self::MsgServiceErrorCheckWebhook,
            91000i64 => Self::MsgServiceUnavailable,
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
            Self::MsgInvalidPacket => {
                "The message request packet is malformed. Also, by inference: the group or the message does not exist, or neither MsgBody nor CloudCustomData is given."
            }
            Self::MsgToAccountMissing => {
                "To_Account is absent or names an account that does not exist. Listed on the page although the request has no To_Account; copied from the one-to-one pages."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ModifyGroupMsgError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgInvalidPacket => super::ErrorCode::MsgInvalidPacket,
            Self::MsgInvalidSignature => super::ErrorCode::MsgInvalidSignature,
            Self::MsgNetworkError => super::ErrorCode::MsgNetworkError,
            Self::MsgInternalError => super::ErrorCode::MsgInternalError,
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgBodyInvalid => super::ErrorCode::MsgBodyInvalid,
            Self::MsgToAccountMissing => super::ErrorCode::MsgToAccountMissing,
            Self::MsgBodyNotArray => super::ErrorCode::MsgBodyNotArray,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgFormatInvalid => super::ErrorCode::MsgFormatInvalid,
            Self::MsgServiceErrorCheckWebhook => {
                super::ErrorCode::MsgServiceErrorCheckWebhook
            }
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ModifyGroupMsgError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ModifyGroupMsgRequest {
    type Response = ModifyGroupMsgResponse;
    type Error = ModifyGroupMsgError;
    const INFO: &'static crate::EndpointInfo = &MODIFY_GROUP_MSG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openim/modify_group_msg", "`.")]
pub static MODIFY_GROUP_MSG: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "modify_group_msg",
    path: "v4/openim/modify_group_msg",
    legacy_paths: &[],
    summary: "Replace the body or custom data of a message in a group's history.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/47948",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: true,
    safe_to_repeat: true,
    invalid_request_code: 20001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::Some(
        &[
            crate::GroupTypeRule {
                group_type: "AVChatRoom",
                support: crate::GroupTypeSupport::Error(20001i64),
            },
            crate::GroupTypeRule {
                group_type: "ChatRoom",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Community",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Private",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Public",
                support: crate::GroupTypeSupport::Supported,
            },
        ],
    ),
    group_field: ::core::option::Option::Some("GroupId"),
    errors: &[
        crate::ErrorCodeInfo {
            code: 20001i64,
            name: "MsgInvalidPacket",
            description: "The message request packet is malformed.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 20002i64,
            name: "MsgInvalidSignature",
            description: "The UserSig or A2 credential is not valid; supply a correct signature.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 20004i64,
            name: "MsgNetworkError",
            description: "A network failure occurred in the backend; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 20005i64,
            name: "MsgInternalError",
            description: "The message service failed internally; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90001i64,
            name: "MsgJsonParseFailed",
            description: "The request body is not valid JSON; fix the body.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90002i64,
            name: "MsgBodyInvalid",
            description: "MsgBody is not an array of valid message elements; follow the message element format.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90003i64,
            name: "MsgToAccountMissing",
            description: "To_Account is absent or names an account that does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90007i64,
            name: "MsgBodyNotArray",
            description: "MsgBody is not an array; send it as an array.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90009i64,
            name: "MsgAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90010i64,
            name: "MsgFormatInvalid",
            description: "The body does not follow the message format; follow the message element definitions.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90992i64,
            name: "MsgServiceErrorCheckWebhook",
            description: "The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 91000i64,
            name: "MsgServiceUnavailable",
            description: "The message service failed internally (same meaning as 90994); retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 20001i64,
            role: ::core::option::Option::None,
        },
        crate::FieldReference {
            field: "TopicId",
            entity: crate::Entity::Topic,
            missing: 20001i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<ModifyGroupMsgError>,
    hooks: crate::EndpointHooks::of::<ModifyGroupMsgRequest>(),
};
