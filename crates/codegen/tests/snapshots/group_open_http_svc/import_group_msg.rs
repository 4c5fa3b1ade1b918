/// Import up to seven historical messages into a group, keeping their send times.
///
/// For migrations from another chat system: the admin writes old messages into a group's history with their original senders and send times, without calling webhooks or notifying anyone. Messages must come in ascending time order, each earlier than now and later than the group's creation and than the group's latest message; the service gives each a sequence number and reports a result per message (0, or 10004 for a bad send time, 80002 for a message over 12,000 bytes). Importing leaves every member's unread count at 0: import members or set unread counts (set_unread_msg_num) afterwards. RecentContactFlag 1 also updates the members' conversation lists. Audio-video groups keep no history and refuse the call with 10007.
///
/// `POST v4/group_open_http_svc/import_group_msg`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. No history is kept; the page gives 10007 for this case. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. TopicId imports into a topic; RecentContactFlag is not supported here. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10004` [`GroupInvalidParameter`](ImportGroupMsgError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. Also a per-message Result: the send time is not later than the group's creation and latest message, or not earlier than now.
/// - `10007` [`GroupPermissionDenied`](ImportGroupMsgError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Also what audio-video groups get.
/// - `10010` [`GroupNotFound`](ImportGroupMsgError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ImportGroupMsgError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10020` [`GroupMessageTooLong`](ImportGroupMsgError::GroupMessageTooLong): The message is longer than the group service accepts (12 KB); send a shorter one. Documented on the page of import_group_msg, not in the general code list.
///
/// # Notes on the documentation
///
/// - The table types MsgList as Object; the sample sends an array of messages, which the spec follows. The limit of 7 is from the prose above the sample.
/// - The response sample has a trailing comma after the last ImportMsgResult item (not valid JSON); the documented fixture drops it.
/// - The sample request carries // comments, which the fixture drops.
/// - Result documents 80002 (message over 12,000 bytes) per message, while the error table gives 10020 (over 12 KB) for the call; the spec lists both meanings and the emulator answers 80002 per message.
/// - Not safe to repeat: Random is optional, so a repeat without it is not discarded as one; and whether a repeat's times, no longer later than the latest message, fail each message or the call is not documented.
/// - The page gives no limit on MsgBody's elements; 300 (atomic) is the bound send_group_msg states for the same 12 KB messages. At least one element is implied: a message has a body.
/// - RecentContactFlag is described as an Integer with the value 1 meaning yes; the shared YesNo type gives it 0 and 1. The row says communities do not support it, the sample comment only audio-video groups.
/// - The page says imports do not trigger webhooks, so none is listed.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34968>. Spec: `specs/group_open_http_svc/import_group_msg.json`.
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
pub struct ImportGroupMsgRequest {
    /// ID of the group whose history receives the messages.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// Yes (1) to update the members' conversation lists with the imported messages; by default they are not. Not for audio-video groups and communities.
    ///
    /// Wire name `RecentContactFlag`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(
        rename = "RecentContactFlag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recent_contact_flag: ::core::option::Option<super::types::YesNo>,
    /// The messages to import, oldest first; at most 7 per call.
    ///
    /// Wire name `MsgList`. Required. Limits: at least 1 items; at most 7 items. Example: `[{"From_Account":"leckie","MsgBody":[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"}],"Random":8912345,"SendTime":1620808101}]`.
    #[serde(rename = "MsgList")]
    #[schemars(length(min = 1u32, max = 7u32))]
    pub msg_list: ::std::vec::Vec<ImportGroupMsgItem>,
    /// Import into this topic; only for communities with topics enabled.
    ///
    /// Wire name `TopicId`. Optional.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
}
impl ImportGroupMsgRequest {
    ///Creates a value from its required fields (`group_id`, `msg_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        msg_list: impl ::core::iter::IntoIterator<Item = ImportGroupMsgItem>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            msg_list: msg_list.into_iter().collect(),
            recent_contact_flag: ::core::option::Option::None,
            topic_id: ::core::option::Option::None,
        }
    }
    ///Sets `RecentContactFlag`: Yes (1) to update the members' conversation lists with the imported messages; by default they are not. Not for audio-video groups and communities.
    #[must_use]
    pub fn recent_contact_flag(mut self, value: super::types::YesNo) -> Self {
        self.recent_contact_flag = ::core::option::Option::Some(value);
        self
    }
    ///Sets `TopicId`: Import into this topic; only for communities with topics enabled.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for ImportGroupMsgRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MsgList");
            let v = &self.msg_list;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(7u32),
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
/// The response of [`ImportGroupMsgRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImportGroupMsgResponse {
    /// One result per imported message, in request order.
    ///
    /// Wire name `ImportMsgResult`. May be absent. Example: `[{"MsgSeq":1,"MsgTime":1620808101,"Result":0}]`.
    #[serde(
        rename = "ImportMsgResult",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub import_msg_result: ::core::option::Option<::std::vec::Vec<ImportGroupMsgResult>>,
}
impl ImportGroupMsgResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            import_msg_result: ::core::option::Option::None,
        }
    }
    ///Sets `ImportMsgResult`: One result per imported message, in request order.
    #[must_use]
    pub fn import_msg_result(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = ImportGroupMsgResult>,
    ) -> Self {
        self.import_msg_result = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for ImportGroupMsgResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The messages to import, oldest first; at most 7 per call.
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
pub struct ImportGroupMsgItem {
    /// UserID of the original sender.
    ///
    /// Wire name `From_Account`. Required. Example: `"leckie"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// When the message was originally sent; earlier than now and than no earlier message of the group.
    ///
    /// Wire name `SendTime`. Required. Limits: see [`UnixTime`]. Example: `1620808101`.
    #[serde(rename = "SendTime")]
    pub send_time: super::types::UnixTime,
    /// A random number; a second message with the same one within five minutes is discarded as a repeat.
    ///
    /// Wire name `Random`. Optional. Example: `8912345`.
    #[serde(rename = "Random", default, skip_serializing_if = "Option::is_none")]
    pub random: ::core::option::Option<u32>,
    /// The message's elements, in order.
    ///
    /// Wire name `MsgBody`. Required. Limits: at least 1 items; at most 300 items; one list, not to be split across calls; each item see [`MsgElement`]. Example: `[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"}]`.
    #[serde(rename = "MsgBody")]
    #[schemars(length(min = 1u32, max = 300u32))]
    pub msg_body: ::std::vec::Vec<super::types::MsgElement>,
}
impl ImportGroupMsgItem {
    ///Creates a value from its required fields (`from_account`, `send_time`, `msg_body`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        send_time: super::types::UnixTime,
        msg_body: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            send_time: send_time,
            msg_body: msg_body.into_iter().collect(),
            random: ::core::option::Option::None,
        }
    }
    ///Sets `Random`: A random number; a second message with the same one within five minutes is discarded as a repeat.
    #[must_use]
    pub fn random(mut self, value: u32) -> Self {
        self.random = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for ImportGroupMsgItem {
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
/// One result per imported message, in request order.
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
pub struct ImportGroupMsgResult {
    /// The sequence number the message got in the group.
    ///
    /// Wire name `MsgSeq`. Required. Example: `1`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// The message's send time, as imported.
    ///
    /// Wire name `MsgTime`. Required. Limits: see [`UnixTime`]. Example: `1620808101`.
    #[serde(rename = "MsgTime")]
    pub msg_time: super::types::UnixTime,
    /// 0 when the message was imported; 10004 for an invalid send time; 80002 for a message over 12,000 bytes.
    ///
    /// Wire name `Result`. Required. Example: `0`.
    #[serde(rename = "Result")]
    pub result: i64,
}
impl ImportGroupMsgResult {
    ///Creates a value from its required fields (`msg_seq`, `msg_time`, `result`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(msg_seq: u64, msg_time: super::types::UnixTime, result: i64) -> Self {
        Self {
            msg_seq: msg_seq,
            msg_time: msg_time,
            result: result,
        }
    }
}
impl crate::Validate for ImportGroupMsgResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `import_group_msg`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportGroupMsgError {
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. Also a per-message Result: the send time is not later than the group's creation and latest message, or not earlier than now.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Also what audio-video groups get.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10020`: The message is longer than the group service accepts (12 KB); send a shorter one. Documented on the page of import_group_msg, not in the general code list.
    GroupMessageTooLong,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImportGroupMsgError {
    fn from_code(code: i64) -> Self {
        match code {
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10020i64 => Self::GroupMessageTooLong,
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
                "A group request parameter is invalid; fix it using the error message as a hint. Also a per-message Result: the send time is not later than the group's creation and latest message, or not earlier than now."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Also what audio-video groups get."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImportGroupMsgError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupMessageTooLong => super::ErrorCode::GroupMessageTooLong,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImportGroupMsgError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImportGroupMsgRequest {
    type Response = ImportGroupMsgResponse;
    type Error = ImportGroupMsgError;
    const INFO: &'static crate::EndpointInfo = &IMPORT_GROUP_MSG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "MsgList" => ::core::option::Option::Some(self.msg_list.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "MsgList" => {
                ::core::option::Option::Some(Self {
                    msg_list: self.msg_list.get(items)?.to_vec(),
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                    recent_contact_flag: ::core::clone::Clone::clone(
                        &self.recent_contact_flag,
                    ),
                    topic_id: ::core::clone::Clone::clone(&self.topic_id),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// `import_group_msg`: A message over 12,000 bytes gets the per-message result 80002 (the Result row); counted here as bytes of the JSON MsgBody. Unit: bytes.
pub const IMPORT_GROUP_MSG_MAX_MESSAGE_BYTES: i64 = 12000i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/import_group_msg", "`."
)]
pub static IMPORT_GROUP_MSG: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "import_group_msg",
    path: "v4/group_open_http_svc/import_group_msg",
    legacy_paths: &[],
    summary: "Import up to seven historical messages into a group, keeping their send times.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34968",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::Some(
        &[
            crate::GroupTypeRule {
                group_type: "AVChatRoom",
                support: crate::GroupTypeSupport::Error(10007i64),
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
            code: 10020i64,
            name: "GroupMessageTooLong",
            description: "The message is longer than the group service accepts (12 KB); send a shorter one. Documented on the page of import_group_msg, not in the general code list.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "MsgList",
            max_items: 7u32,
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
            name: "max_message_bytes",
            value: crate::FactValue::Integer(12000i64),
            unit: ::core::option::Option::Some("bytes"),
            source: "A message over 12,000 bytes gets the per-message result 80002 (the Result row); counted here as bytes of the JSON MsgBody.",
        },
    ],
    example_response: "{\"ImportMsgResult\":[{\"MsgSeq\":1,\"MsgTime\":1620808101,\"Result\":0}]}",
    classify_error: crate::__private::classify::<ImportGroupMsgError>,
    hooks: crate::EndpointHooks::of::<ImportGroupMsgRequest>(),
};
