/// Send one message to every audio-video group of the app.
///
/// The admin broadcasts a message to all audio-video (AVChatRoom) groups of the app at once; other group types do not receive it. The sender is the admin unless From_Account names an existing account. A message whose content and Random repeat one sent less than five minutes before is discarded. The call is limited to once a second: merge messages into one body of up to 12,000 bytes instead of calling more often. It needs the Ultimate edition and the console switch for audio-video group broadcasts, and clients of recent SDK versions.
///
/// `POST v4/group_open_http_svc/send_broadcast_msg`: at most 1 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](SendBroadcastMsgError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](SendBroadcastMsgError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](SendBroadcastMsgError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. Also, by inference, From_Account names no imported account.
/// - `10007` [`GroupPermissionDenied`](SendBroadcastMsgError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The console switch is off, or the caller is not the app admin.
/// - `10023` [`GroupMessageRateLimited`](SendBroadcastMsgError::GroupMessageRateLimited): Group messages are being sent too often; retry later. More than one broadcast a second. Retryable: the service refused the call before acting on it.
///
/// # Notes on the documentation
///
/// - No group_types: the call names no group, so there is no group field to check. The page's table says only audio-video groups receive broadcasts; the emulator delivers to those and skips the other types.
/// - Safe to repeat: a repeat within five minutes with the same Random and body is discarded as the same message (the Random row). Irrevocable: the broadcast cannot be recalled (group_msg_recall does not support audio-video groups).
/// - The page requires From_Account to exist but gives no code; 10004 is assumed.
/// - The 12,000-byte size is from a note; the page documents no code for a larger message (send_group_msg answers 80002), so the emulator answers 10004.
/// - The page gives no limit on MsgBody's elements; 300 (atomic) is the bound send_group_msg states for the same size of message. At least one element is implied.
/// - The page names no webhook, and the after-send webhook of groups does not say it covers broadcasts, so none is listed.
/// - MsgSeq is documented as 'the unique identifier of a message' although each audio-video group numbers its own messages; the emulator keeps one counter of broadcasts for the app.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/49440>. Spec: `specs/group_open_http_svc/send_broadcast_msg.json`.
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
pub struct SendBroadcastMsgRequest {
    /// UserID of the sender; without it the admin sends. It must be an imported account.
    ///
    /// Wire name `From_Account`. Optional. Example: `"test"`.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: ::core::option::Option<::std::string::String>,
    /// A random number that identifies the message among repeats: the same content with the same Random within five minutes is discarded.
    ///
    /// Wire name `Random`. Required. Example: `8912345`.
    #[serde(rename = "Random")]
    pub random: u32,
    /// The message's elements, in order.
    ///
    /// Wire name `MsgBody`. Required. Limits: at least 1 items; at most 300 items; one list, not to be split across calls; each item see [`MsgElement`]. Example: `[{"MsgContent":{"Data":"{ \"type\":1, \"content\":\"hello world\"}"},"MsgType":"TIMCustomElem"}]`.
    #[serde(rename = "MsgBody")]
    #[schemars(length(min = 1u32, max = 300u32))]
    pub msg_body: ::std::vec::Vec<super::types::MsgElement>,
    /// Custom data stored with the message.
    ///
    /// Wire name `CloudCustomData`. Optional. Example: `"your cloud custom data"`.
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: ::core::option::Option<::std::string::String>,
}
impl SendBroadcastMsgRequest {
    ///Creates a value from its required fields (`random`, `msg_body`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        random: u32,
        msg_body: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> Self {
        Self {
            random: random,
            msg_body: msg_body.into_iter().collect(),
            from_account: ::core::option::Option::None,
            cloud_custom_data: ::core::option::Option::None,
        }
    }
    ///Sets `From_Account`: UserID of the sender; without it the admin sends. It must be an imported account.
    #[must_use]
    pub fn from_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `CloudCustomData`: Custom data stored with the message.
    #[must_use]
    pub fn cloud_custom_data(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_custom_data = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for SendBroadcastMsgRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MsgBody");
            let v = &self.msg_body;
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
/// The response of [`SendBroadcastMsgRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct SendBroadcastMsgResponse {
    /// Sequence number of the broadcast message.
    ///
    /// Wire name `MsgSeq`. Always present. Example: `1283`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
}
impl SendBroadcastMsgResponse {
    ///Creates a value from its required fields (`msg_seq`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(msg_seq: u64) -> Self {
        Self { msg_seq: msg_seq }
    }
}
impl crate::Validate for SendBroadcastMsgResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `send_broadcast_msg`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SendBroadcastMsgError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. Also, by inference, From_Account names no imported account.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The console switch is off, or the caller is not the app admin.
    GroupPermissionDenied,
    /// `10023`: Group messages are being sent too often; retry later. More than one broadcast a second. Retryable: the service refused the call before acting on it.
    GroupMessageRateLimited,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for SendBroadcastMsgError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10023i64 => Self::GroupMessageRateLimited,
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
                "A group request parameter is invalid; fix it using the error message as a hint. Also, by inference, From_Account names no imported account."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The console switch is off, or the caller is not the app admin."
            }
            Self::GroupMessageRateLimited => {
                "Group messages are being sent too often; retry later. More than one broadcast a second."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl SendBroadcastMsgError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupMessageRateLimited => super::ErrorCode::GroupMessageRateLimited,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for SendBroadcastMsgError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for SendBroadcastMsgRequest {
    type Response = SendBroadcastMsgResponse;
    type Error = SendBroadcastMsgError;
    const INFO: &'static crate::EndpointInfo = &SEND_BROADCAST_MSG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `send_broadcast_msg`: The note under the sample: several messages may be merged into one of up to 12,000 bytes; counted here as bytes of the JSON MsgBody. Unit: bytes.
pub const SEND_BROADCAST_MSG_MAX_MESSAGE_BYTES: i64 = 12000i64;
/// `send_broadcast_msg`: Two messages with the same content and Random within five minutes are the same message (Random row). Unit: seconds.
pub const SEND_BROADCAST_MSG_REPEAT_WINDOW: i64 = 300i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/send_broadcast_msg", "`."
)]
pub static SEND_BROADCAST_MSG: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "send_broadcast_msg",
    path: "v4/group_open_http_svc/send_broadcast_msg",
    legacy_paths: &[],
    summary: "Send one message to every audio-video group of the app.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/49440",
    rate_limit_per_second: 1u32,
    rate_quotas: &[],
    irrevocable: true,
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
            code: 10003i64,
            name: "GroupInvalidApiName",
            description: "The API name in the request URL is not recognized; correct it.",
            retry: crate::Retryability::No,
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
            code: 10007i64,
            name: "GroupPermissionDenied",
            description: "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10023i64,
            name: "GroupMessageRateLimited",
            description: "Group messages are being sent too often; retry later.",
            retry: crate::Retryability::Refused,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[
        crate::Fact {
            name: "max_message_bytes",
            value: crate::FactValue::Integer(12000i64),
            unit: ::core::option::Option::Some("bytes"),
            source: "The note under the sample: several messages may be merged into one of up to 12,000 bytes; counted here as bytes of the JSON MsgBody.",
        },
        crate::Fact {
            name: "repeat_window",
            value: crate::FactValue::Integer(300i64),
            unit: ::core::option::Option::Some("seconds"),
            source: "Two messages with the same content and Random within five minutes are the same message (Random row).",
        },
    ],
    example_response: "{\"MsgSeq\":1283}",
    classify_error: crate::__private::classify::<SendBroadcastMsgError>,
    hooks: crate::EndpointHooks::of::<SendBroadcastMsgRequest>(),
};
