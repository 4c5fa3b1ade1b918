/// Recall one sender's messages among a group's last 1,000 messages.
///
/// Marks every message that the given account sent among the group's 1,000 most recent messages as recalled. Clients are not notified: they see the messages as recalled the next time they pull the history. Audio-video groups (AVChatRoom) keep no history, so there the call succeeds without effect. For a Community with topics, TopicId selects the topic.
///
/// `POST v4/group_open_http_svc/delete_group_msg_by_sender`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the call succeeds without effect. No history is stored, so nothing is recalled; the service still answers success. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](DeleteGroupMsgBySenderError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](DeleteGroupMsgBySenderError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](DeleteGroupMsgBySenderError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](DeleteGroupMsgBySenderError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10010` [`GroupNotFound`](DeleteGroupMsgBySenderError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](DeleteGroupMsgBySenderError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - The group-type table says AVChatRoom is not supported, while the note below it says the call has no effect there and returns no error; this spec records the behaviour (no_effect) rather than an error.
/// - The docs have two pages for this command, one calling it deleting and one recalling; both describe the same silent recall.
/// - Not safe to repeat: a repeat after a timeout would also recall messages the sender posted in between.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34970>. Spec: `specs/group_open_http_svc/delete_group_msg_by_sender.json`.
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
pub struct DeleteGroupMsgBySenderRequest {
    /// ID of the group whose messages are recalled.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// UserID of the sender whose messages are recalled.
    ///
    /// Wire name `Sender_Account`. Required. Example: `"leckie"`.
    #[serde(rename = "Sender_Account")]
    pub sender_account: ::std::string::String,
    /// Recall only in this topic; for communities with topics enabled.
    ///
    /// Wire name `TopicId`. Optional.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
}
impl DeleteGroupMsgBySenderRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `DeleteGroupMsgBySenderRequest::group_id(..).sender_account(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> DeleteGroupMsgBySenderRequestNeedsSenderAccount {
        DeleteGroupMsgBySenderRequestNeedsSenderAccount {
            group_id: group_id.into(),
        }
    }
    ///Sets `TopicId`: Recall only in this topic; for communities with topics enabled.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
}
///A value of [`DeleteGroupMsgBySenderRequest`] being built: `Sender_Account` comes next (`.sender_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `DeleteGroupMsgBySenderRequest` exists only once every required field is given"]
pub struct DeleteGroupMsgBySenderRequestNeedsSenderAccount {
    group_id: ::std::string::String,
}
impl DeleteGroupMsgBySenderRequestNeedsSenderAccount {
    ///Sets `Sender_Account`.
    pub fn sender_account(
        self,
        sender_account: impl ::core::convert::Into<::std::string::String>,
    ) -> DeleteGroupMsgBySenderRequest {
        DeleteGroupMsgBySenderRequest {
            group_id: self.group_id,
            sender_account: sender_account.into(),
            topic_id: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for DeleteGroupMsgBySenderRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`DeleteGroupMsgBySenderRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct DeleteGroupMsgBySenderResponse {}
impl DeleteGroupMsgBySenderResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for DeleteGroupMsgBySenderResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `delete_group_msg_by_sender`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteGroupMsgBySenderError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for DeleteGroupMsgBySenderError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
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
impl DeleteGroupMsgBySenderError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for DeleteGroupMsgBySenderError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for DeleteGroupMsgBySenderRequest {
    type Response = DeleteGroupMsgBySenderResponse;
    type Error = DeleteGroupMsgBySenderError;
    const INFO: &'static crate::EndpointInfo = &DELETE_GROUP_MSG_BY_SENDER;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `delete_group_msg_by_sender`: Only the group's most recent 1,000 messages are searched for the sender's messages (summary and description of the page). Unit: messages.
pub const DELETE_GROUP_MSG_BY_SENDER_RECALL_WINDOW: i64 = 1000i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/delete_group_msg_by_sender", "`."
)]
pub static DELETE_GROUP_MSG_BY_SENDER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "delete_group_msg_by_sender",
    path: "v4/group_open_http_svc/delete_group_msg_by_sender",
    legacy_paths: &[],
    summary: "Recall one sender's messages among a group's last 1,000 messages.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34970",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: true,
    safe_to_repeat: false,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::Some(
        &[
            crate::GroupTypeRule {
                group_type: "AVChatRoom",
                support: crate::GroupTypeSupport::NoEffect,
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
            code: 10010i64,
            name: "GroupNotFound",
            description: "The group does not exist or was already dismissed.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10015i64,
            name: "GroupInvalidGroupId",
            description: "The group ID is invalid, meaning the group does not exist or was dismissed.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10010i64,
            role: ::core::option::Option::None,
        },
        crate::FieldReference {
            field: "TopicId",
            entity: crate::Entity::Topic,
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[
        crate::Fact {
            name: "recall_window",
            value: crate::FactValue::Integer(1000i64),
            unit: ::core::option::Option::Some("messages"),
            source: "Only the group's most recent 1,000 messages are searched for the sender's messages (summary and description of the page).",
        },
    ],
    example_response: "{}",
    classify_error: crate::__private::classify::<DeleteGroupMsgBySenderError>,
    hooks: crate::EndpointHooks::of::<DeleteGroupMsgBySenderRequest>(),
};
