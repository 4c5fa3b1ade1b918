/// Recall up to ten messages of a group by their sequence numbers.
///
/// The admin recalls group messages named by sequence number, whether they were sent by a client or through the REST API, as long as the group still keeps them in its roaming history. Clients drop recalled messages from their caches; the history answers them as recalled placeholders. The call succeeds as a whole and reports a result code per message: 0 when the message was recalled, otherwise why not (10030 not found, 10031 out of the allowed time, 10032 not recallable). Sequence numbers come from the send_group_msg answer, the after-send webhook or the history (group_msg_get_simple). For a Community with topics, TopicId selects the topic.
///
/// `POST v4/group_open_http_svc/group_msg_recall`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10033. Audio-video groups keep no history to recall from; the page gives no code, and 10033 is its code for a group type without recall. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. TopicId recalls in a topic of a topic-enabled community. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GroupMsgRecallError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GroupMsgRecallError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GroupMsgRecallError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GroupMsgRecallError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10010` [`GroupNotFound`](GroupMsgRecallError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GroupMsgRecallError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10030` [`GroupRecallMessageNotFound`](GroupMsgRecallError::GroupRecallMessageNotFound): The group message to recall cannot be found. Also a per-message RetCode: no message has this sequence number.
/// - `10031` [`GroupRecallTimeLimitExceeded`](GroupMsgRecallError::GroupRecallTimeLimitExceeded): The group message is older than the recall window (two minutes by default) and can no longer be recalled. Also a per-message RetCode: the message left the roaming history's time window.
/// - `10032` [`GroupMessageNotRecallable`](GroupMsgRecallError::GroupMessageNotRecallable): This group message is not eligible for recall. Also a per-message RetCode: the message cannot be recalled (for example, it was recalled already).
/// - `10033` [`GroupTypeRecallUnsupported`](GroupMsgRecallError::GroupTypeRecallUnsupported): Messages in this type of group cannot be recalled.
/// - `10041` [`GroupRecallDisabled`](GroupMsgRecallError::GroupRecallDisabled): Recalling group messages is turned off for this app.
///
/// # Webhooks
///
/// - [`Group.CallbackAfterRecallMsg`](https://intl.cloud.tencent.com/document/product/1047/34354)
///
/// # Notes on the documentation
///
/// - Irrevocable: the page warns that a recall cannot be undone.
/// - Safe to repeat: recalling a message that is already recalled leaves it recalled; the repeated call's per-message codes may differ from the first (the spec's emulator answers 10032 for a message recalled before), but the state is the same.
/// - MsgSeqList's limit of 10 is the table's; at least one sequence is implied (a recall of nothing is a malformed request). The list is not atomic: recalling 20 messages as two calls of 10 does the same thing.
/// - The page says 'any period of time' yet documents 10031 for a message out of the allowed time. The spec reads both together: any age while the message is kept in the roaming history (7 days by default), 10031 beyond it. The catalog's two-minute window for 10031 concerns recalls by members from clients, not the admin.
/// - The GroupId row describes the group 'whose historical messages will be modified', a slip copied from modify_group_msg.
/// - RetCode and MsgSeq are typed Integer; MsgSeq is u64 as elsewhere, RetCode i64 as codes are. The page does not say whether RecallRetList is sent on success when every recall succeeded; the spec makes it optional.
/// - The group type table marks AVChatRoom unsupported without a code; 10033 (this type of group does not support recalls) is the page's own code for that case.
/// - The snapshot carries no address for the Group.CallbackAfterRecallMsg page; the webhook entry links the webhook overview, which lists it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34965>. Spec: `specs/group_open_http_svc/group_msg_recall.json`.
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
pub struct GroupMsgRecallRequest {
    /// ID of the group whose messages are recalled.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2J4SZEAEL"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The messages to recall, by sequence number; at least 1 and at most 10 per call.
    ///
    /// Wire name `MsgSeqList`. Required. Limits: at least 1 items; at most 10 items; each item see [`GroupMsgSeqItem`]. Example: `[{"MsgSeq":100},{"MsgSeq":101}]`.
    #[serde(rename = "MsgSeqList")]
    #[schemars(length(min = 1u32, max = 10u32))]
    pub msg_seq_list: ::std::vec::Vec<super::types::GroupMsgSeqItem>,
    /// Recall in this topic; only for communities with topics enabled.
    ///
    /// Wire name `TopicId`. Optional.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
}
impl GroupMsgRecallRequest {
    ///Creates a value from its required fields (`group_id`, `msg_seq_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        msg_seq_list: impl ::core::iter::IntoIterator<
            Item = super::types::GroupMsgSeqItem,
        >,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq_list: msg_seq_list.into_iter().collect(),
            topic_id: ::core::option::Option::None,
        }
    }
    ///Sets `TopicId`: Recall in this topic; only for communities with topics enabled.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for GroupMsgRecallRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MsgSeqList");
            let v = &self.msg_seq_list;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(10u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GroupMsgRecallRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GroupMsgRecallResponse {
    /// One result per requested message.
    ///
    /// Wire name `RecallRetList`. May be absent. Example: `[{"MsgSeq":100,"RetCode":10030},{"MsgSeq":101,"RetCode":0}]`.
    #[serde(rename = "RecallRetList", default, skip_serializing_if = "Option::is_none")]
    pub recall_ret_list: ::core::option::Option<::std::vec::Vec<GroupMsgRecallResult>>,
}
impl GroupMsgRecallResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            recall_ret_list: ::core::option::Option::None,
        }
    }
    ///Sets `RecallRetList`: One result per requested message.
    #[must_use]
    pub fn recall_ret_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = GroupMsgRecallResult>,
    ) -> Self {
        self.recall_ret_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for GroupMsgRecallResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One result per requested message.
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
pub struct GroupMsgRecallResult {
    /// Sequence number of the message.
    ///
    /// Wire name `MsgSeq`. Required. Example: `100`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// 0 when the message was recalled; otherwise an error code of this endpoint saying why not (10030, 10031, 10032).
    ///
    /// Wire name `RetCode`. Required. Example: `10030`.
    #[serde(rename = "RetCode")]
    pub ret_code: i64,
}
impl GroupMsgRecallResult {
    ///Creates a value from its required fields (`msg_seq`, `ret_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(msg_seq: u64, ret_code: i64) -> Self {
        Self {
            msg_seq: msg_seq,
            ret_code: ret_code,
        }
    }
}
impl crate::Validate for GroupMsgRecallResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `group_msg_recall`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupMsgRecallError {
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
    /// `10030`: The group message to recall cannot be found. Also a per-message RetCode: no message has this sequence number.
    GroupRecallMessageNotFound,
    /// `10031`: The group message is older than the recall window (two minutes by default) and can no longer be recalled. Also a per-message RetCode: the message left the roaming history's time window.
    GroupRecallTimeLimitExceeded,
    /// `10032`: This group message is not eligible for recall. Also a per-message RetCode: the message cannot be recalled (for example, it was recalled already).
    GroupMessageNotRecallable,
    /// `10033`: Messages in this type of group cannot be recalled.
    GroupTypeRecallUnsupported,
    /// `10041`: Recalling group messages is turned off for this app.
    GroupRecallDisabled,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GroupMsgRecallError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10030i64 => Self::GroupRecallMessageNotFound,
            10031i64 => Self::GroupRecallTimeLimitExceeded,
            10032i64 => Self::GroupMessageNotRecallable,
            10033i64 => Self::GroupTypeRecallUnsupported,
            10041i64 => Self::GroupRecallDisabled,
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
            Self::GroupRecallMessageNotFound => {
                "The group message to recall cannot be found. Also a per-message RetCode: no message has this sequence number."
            }
            Self::GroupRecallTimeLimitExceeded => {
                "The group message is older than the recall window (two minutes by default) and can no longer be recalled. Also a per-message RetCode: the message left the roaming history's time window."
            }
            Self::GroupMessageNotRecallable => {
                "This group message is not eligible for recall. Also a per-message RetCode: the message cannot be recalled (for example, it was recalled already)."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GroupMsgRecallError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupRecallMessageNotFound => {
                super::ErrorCode::GroupRecallMessageNotFound
            }
            Self::GroupRecallTimeLimitExceeded => {
                super::ErrorCode::GroupRecallTimeLimitExceeded
            }
            Self::GroupMessageNotRecallable => {
                super::ErrorCode::GroupMessageNotRecallable
            }
            Self::GroupTypeRecallUnsupported => {
                super::ErrorCode::GroupTypeRecallUnsupported
            }
            Self::GroupRecallDisabled => super::ErrorCode::GroupRecallDisabled,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GroupMsgRecallError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GroupMsgRecallRequest {
    type Response = GroupMsgRecallResponse;
    type Error = GroupMsgRecallError;
    const INFO: &'static crate::EndpointInfo = &GROUP_MSG_RECALL;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "MsgSeqList" => ::core::option::Option::Some(self.msg_seq_list.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "MsgSeqList" => {
                ::core::option::Option::Some(Self {
                    msg_seq_list: self.msg_seq_list.get(items)?.to_vec(),
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                    topic_id: ::core::clone::Clone::clone(&self.topic_id),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// `group_msg_recall`: A message can be recalled at any age while it is kept in the roaming history; the history keeps messages 7 days by default (group_msg_get_simple page), so older messages answer 10031. Unit: seconds.
pub const GROUP_MSG_RECALL_RECALL_WINDOW: i64 = 604800i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/group_msg_recall", "`."
)]
pub static GROUP_MSG_RECALL: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "group_msg_recall",
    path: "v4/group_open_http_svc/group_msg_recall",
    legacy_paths: &[],
    summary: "Recall up to ten messages of a group by their sequence numbers.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34965",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: true,
    safe_to_repeat: true,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::Some(
        &[
            crate::GroupTypeRule {
                group_type: "AVChatRoom",
                support: crate::GroupTypeSupport::Error(10033i64),
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
        crate::ErrorCodeInfo {
            code: 10030i64,
            name: "GroupRecallMessageNotFound",
            description: "The group message to recall cannot be found.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10031i64,
            name: "GroupRecallTimeLimitExceeded",
            description: "The group message is older than the recall window (two minutes by default) and can no longer be recalled.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10032i64,
            name: "GroupMessageNotRecallable",
            description: "This group message is not eligible for recall.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10033i64,
            name: "GroupTypeRecallUnsupported",
            description: "Messages in this type of group cannot be recalled.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10041i64,
            name: "GroupRecallDisabled",
            description: "Recalling group messages is turned off for this app.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "MsgSeqList",
            max_items: 10u32,
        },
    ],
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
            value: crate::FactValue::Integer(604800i64),
            unit: ::core::option::Option::Some("seconds"),
            source: "A message can be recalled at any age while it is kept in the roaming history; the history keeps messages 7 days by default (group_msg_get_simple page), so older messages answer 10031.",
        },
    ],
    example_response: "{\"RecallRetList\":[{\"MsgSeq\":100,\"RetCode\":10030},{\"MsgSeq\":101,\"RetCode\":0}]}",
    classify_error: crate::__private::classify::<GroupMsgRecallError>,
    hooks: crate::EndpointHooks::of::<GroupMsgRecallRequest>(),
};
