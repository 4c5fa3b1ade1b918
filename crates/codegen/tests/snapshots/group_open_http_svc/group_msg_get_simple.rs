/// Read up to 20 messages of a group's history, newest first.
///
/// Answers the group's messages with sequence numbers up to ReqMsgSeq (without it, the latest ones), at most ReqMsgNumber and at most 20 per call. Every message in a group has a sequence number; later messages have larger ones. To walk back through the whole history, call without ReqMsgSeq, then each time with the smallest sequence number received minus 1. A message that expired, failed to be stored or was deleted comes back as a placeholder (IsPlaceMsg 1, empty MsgBody); recalled messages are left out unless WithRecalledMsg is set. History is kept for a limited time (7 days by default, 30 on the Ultimate edition) and not at all for audio-video groups.
///
/// `POST v4/group_open_http_svc/group_msg_get_simple`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10044. Audio-video groups store no history. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. TopicId reads a topic of a topic-enabled community. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GroupMsgGetSimpleError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GroupMsgGetSimpleError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GroupMsgGetSimpleError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GroupMsgGetSimpleError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10010` [`GroupNotFound`](GroupMsgGetSimpleError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GroupMsgGetSimpleError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10044` [`GroupHistoryUnsupported`](GroupMsgGetSimpleError::GroupHistoryUnsupported): This type of group, such as an audio-video chat room, does not keep message history to fetch. The group is an audio-video group (AVChatRoom), which keeps no history; documented on the general error code page, not on this one.
///
/// # Notes on the documentation
///
/// - The page's background section says earlier messages have greater sequence numbers, the reverse of the MsgSeq row ('the smaller the value, the earlier') and of the paging rule (continue with the smallest received minus 1). The spec follows the latter two.
/// - The response table documents `groupID` and MsgList; the sample answers GroupId and RspMsgList, which the spec uses. GroupId is optional in case the table's spelling is what some deployments send.
/// - IsSystemMsg is in the table but in no sample; MsgBody's contents (Text, Index, Data, Desc, Ext) appear only in the sample. The sample's From_Account values look like internal numeric IDs rather than UserIDs.
/// - The table says 'at most 20 messages per request, set 20 or less', while IsFinished explains a partial answer by 'more than 20 messages'; the spec takes 20 as the limit of ReqMsgNumber (a larger value gets 10004).
/// - The page does not say what audio-video groups get; the general error code page documents 10044 for fetching the history of such groups, which the spec uses.
/// - MsgPriority is an integer (1-4) here, while send_group_msg takes a string (High, Normal, Low). The table says it and MsgRandom serve to discard repeated messages.
/// - The sentence describing ReqMsgSeq in the sample prose is garbled ('less than or equal to the ReqMsgNumber of ReqMsgSeq'); the table's reading is used.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34971>. Spec: `specs/group_open_http_svc/group_msg_get_simple.json`.
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
pub struct GroupMsgGetSimpleRequest {
    /// ID of the group whose history is read.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#15ERQPAER"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// How many messages to return.
    ///
    /// Wire name `ReqMsgNumber`. Required. Limits: at most 20. Example: `2`.
    #[serde(rename = "ReqMsgNumber")]
    #[schemars(range(max = 20))]
    pub req_msg_number: u32,
    /// Return messages with sequence numbers up to this one; without it, the latest messages.
    ///
    /// Wire name `ReqMsgSeq`. Optional. Example: `7803321`.
    #[serde(rename = "ReqMsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub req_msg_seq: ::core::option::Option<u64>,
    /// Whether recalled messages are returned too (Yes: included, with IsPlaceMsg 2; No: left out).
    ///
    /// Wire name `WithRecalledMsg`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(
        rename = "WithRecalledMsg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub with_recalled_msg: ::core::option::Option<super::types::YesNo>,
    /// Read this topic of a topic-enabled community.
    ///
    /// Wire name `TopicId`. Optional.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
}
impl GroupMsgGetSimpleRequest {
    ///Creates a value from its required fields (`group_id`, `req_msg_number`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        req_msg_number: u32,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            req_msg_number: req_msg_number,
            req_msg_seq: ::core::option::Option::None,
            with_recalled_msg: ::core::option::Option::None,
            topic_id: ::core::option::Option::None,
        }
    }
    ///Sets `ReqMsgSeq`: Return messages with sequence numbers up to this one; without it, the latest messages.
    #[must_use]
    pub fn req_msg_seq(mut self, value: u64) -> Self {
        self.req_msg_seq = ::core::option::Option::Some(value);
        self
    }
    ///Sets `WithRecalledMsg`: Whether recalled messages are returned too (Yes: included, with IsPlaceMsg 2; No: left out).
    #[must_use]
    pub fn with_recalled_msg(mut self, value: super::types::YesNo) -> Self {
        self.with_recalled_msg = ::core::option::Option::Some(value);
        self
    }
    ///Sets `TopicId`: Read this topic of a topic-enabled community.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for GroupMsgGetSimpleRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("ReqMsgNumber");
            let v = &self.req_msg_number;
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::None,
                ::core::option::Option::Some(20i128),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GroupMsgGetSimpleRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
#[derive(
    Debug,
    Clone,
    PartialEq,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct GroupMsgGetSimpleResponse {
    /// The group ID of the request.
    ///
    /// Wire name `GroupId`. May be absent. Example: `"@TGS#15ERQPAER"`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: ::core::option::Option<::std::string::String>,
    /// Whether every requested message was returned.
    ///
    /// Wire name `IsFinished`. Always present. Example: `1`.
    #[serde(rename = "IsFinished")]
    pub is_finished: GroupMsgGetSimpleResponseIsFinished,
    /// The messages, newest (largest sequence number) first.
    ///
    /// Wire name `RspMsgList`. May be absent.
    #[serde(rename = "RspMsgList", default, skip_serializing_if = "Option::is_none")]
    pub rsp_msg_list: ::core::option::Option<::std::vec::Vec<GroupHistoryMsg>>,
}
impl GroupMsgGetSimpleResponse {
    ///Creates a value from its required fields (`is_finished`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(is_finished: GroupMsgGetSimpleResponseIsFinished) -> Self {
        Self {
            is_finished: is_finished,
            group_id: ::core::option::Option::None,
            rsp_msg_list: ::core::option::Option::None,
        }
    }
    ///Sets `GroupId`: The group ID of the request.
    #[must_use]
    pub fn group_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `RspMsgList`: The messages, newest (largest sequence number) first.
    #[must_use]
    pub fn rsp_msg_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = GroupHistoryMsg>,
    ) -> Self {
        self.rsp_msg_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for GroupMsgGetSimpleResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.rsp_msg_list {
            let at = at.field("RspMsgList");
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
/// Whether every requested message was returned.
///
#[doc = concat!(" Wire values: ", "0, 1, 2", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupMsgGetSimpleResponseIsFinished {
    /// `0`: Not all: the messages were too large or more than 20 were asked for.
    Partial,
    /// `1`: Every requested message was returned.
    Complete,
    /// `2`: Not all, for the same reasons, and all the messages have expired.
    PartialExpired,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl GroupMsgGetSimpleResponseIsFinished {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[
        Self::Partial,
        Self::Complete,
        Self::PartialExpired,
    ];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Partial => 0i64,
            Self::Complete => 1i64,
            Self::PartialExpired => 2i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            0i64 => Self::Partial,
            1i64 => Self::Complete,
            2i64 => Self::PartialExpired,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for GroupMsgGetSimpleResponseIsFinished {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for GroupMsgGetSimpleResponseIsFinished {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de>
for GroupMsgGetSimpleResponseIsFinished {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(n))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GroupMsgGetSimpleResponseIsFinished {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GroupMsgGetSimpleResponseIsFinished")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for GroupMsgGetSimpleResponseIsFinished {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Whether the entry is a real message or a placeholder.
///
#[doc = concat!(" Wire values: ", "0, 1, 2", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupHistoryMsgIsPlaceMsg {
    /// `0`: A stored message.
    Message,
    /// `1`: The message expired, was not stored or was deleted; MsgBody is empty.
    Missing,
    /// `2`: The message was recalled.
    Recalled,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl GroupHistoryMsgIsPlaceMsg {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Message, Self::Missing, Self::Recalled];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Message => 0i64,
            Self::Missing => 1i64,
            Self::Recalled => 2i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            0i64 => Self::Message,
            1i64 => Self::Missing,
            2i64 => Self::Recalled,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for GroupHistoryMsgIsPlaceMsg {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for GroupHistoryMsgIsPlaceMsg {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for GroupHistoryMsgIsPlaceMsg {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(n))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GroupHistoryMsgIsPlaceMsg {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GroupHistoryMsgIsPlaceMsg")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for GroupHistoryMsgIsPlaceMsg {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Set to 1 for system messages.
///
#[doc = concat!(" Wire values: ", "0, 1", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupHistoryMsgIsSystemMsg {
    /// `0`: An ordinary message.
    No,
    /// `1`: A system message.
    Yes,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl GroupHistoryMsgIsSystemMsg {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::No, Self::Yes];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::No => 0i64,
            Self::Yes => 1i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            0i64 => Self::No,
            1i64 => Self::Yes,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for GroupHistoryMsgIsSystemMsg {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for GroupHistoryMsgIsSystemMsg {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for GroupHistoryMsgIsSystemMsg {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(n))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GroupHistoryMsgIsSystemMsg {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GroupHistoryMsgIsSystemMsg")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for GroupHistoryMsgIsSystemMsg {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The message's priority, as given by the sender or chosen by the service.
///
#[doc = concat!(" Wire values: ", "1, 2, 3, 4", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupHistoryMsgMsgPriority {
    /// `1`: High priority.
    High,
    /// `2`: Normal priority.
    Normal,
    /// `3`: Low priority.
    Low,
    /// `4`: Lowest priority.
    Lowest,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl GroupHistoryMsgMsgPriority {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[
        Self::High,
        Self::Normal,
        Self::Low,
        Self::Lowest,
    ];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::High => 1i64,
            Self::Normal => 2i64,
            Self::Low => 3i64,
            Self::Lowest => 4i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            1i64 => Self::High,
            2i64 => Self::Normal,
            3i64 => Self::Low,
            4i64 => Self::Lowest,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for GroupHistoryMsgMsgPriority {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for GroupHistoryMsgMsgPriority {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for GroupHistoryMsgMsgPriority {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(n))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GroupHistoryMsgMsgPriority {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GroupHistoryMsgMsgPriority")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for GroupHistoryMsgMsgPriority {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The messages, newest (largest sequence number) first.
#[derive(
    Debug,
    Clone,
    PartialEq,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct GroupHistoryMsg {
    /// UserID of the sender.
    ///
    /// Wire name `From_Account`. Required. Example: `"leckie"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Whether the entry is a real message or a placeholder.
    ///
    /// Wire name `IsPlaceMsg`. Required. Example: `0`.
    #[serde(rename = "IsPlaceMsg")]
    pub is_place_msg: GroupHistoryMsgIsPlaceMsg,
    /// Set to 1 for system messages.
    ///
    /// Wire name `IsSystemMsg`. Optional. Example: `1`.
    #[serde(rename = "IsSystemMsg", default, skip_serializing_if = "Option::is_none")]
    pub is_system_msg: ::core::option::Option<GroupHistoryMsgIsSystemMsg>,
    /// The message's elements, in order; empty for placeholders.
    ///
    /// Wire name `MsgBody`. Required. Limits: each item see [`MsgElement`]. Example: `[{"MsgContent":{"Text":"Report"},"MsgType":"TIMTextElem"}]`.
    #[serde(rename = "MsgBody")]
    pub msg_body: ::std::vec::Vec<super::types::MsgElement>,
    /// The message's priority, as given by the sender or chosen by the service.
    ///
    /// Wire name `MsgPriority`. Optional. Example: `1`.
    #[serde(rename = "MsgPriority", default, skip_serializing_if = "Option::is_none")]
    pub msg_priority: ::core::option::Option<GroupHistoryMsgMsgPriority>,
    /// The message's random number, used to discard repeats; chosen by the service when the sender gave none.
    ///
    /// Wire name `MsgRandom`. Required. Example: `51083293`.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// The message's sequence number in the group; smaller is earlier.
    ///
    /// Wire name `MsgSeq`. Required. Example: `7803321`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// When the message was sent, by the service's clock.
    ///
    /// Wire name `MsgTimeStamp`. Required. Limits: see [`UnixTime`]. Example: `1458721802`.
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: super::types::UnixTime,
}
impl GroupHistoryMsg {
    ///Creates a value from its required fields (`from_account`, `is_place_msg`, `msg_body`, `msg_random`, `msg_seq`, `msg_time_stamp`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        is_place_msg: GroupHistoryMsgIsPlaceMsg,
        msg_body: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
        msg_random: u32,
        msg_seq: u64,
        msg_time_stamp: super::types::UnixTime,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            is_place_msg: is_place_msg,
            msg_body: msg_body.into_iter().collect(),
            msg_random: msg_random,
            msg_seq: msg_seq,
            msg_time_stamp: msg_time_stamp,
            is_system_msg: ::core::option::Option::None,
            msg_priority: ::core::option::Option::None,
        }
    }
    ///Sets `IsSystemMsg`: Set to 1 for system messages.
    #[must_use]
    pub fn is_system_msg(mut self, value: GroupHistoryMsgIsSystemMsg) -> Self {
        self.is_system_msg = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MsgPriority`: The message's priority, as given by the sender or chosen by the service.
    #[must_use]
    pub fn msg_priority(mut self, value: GroupHistoryMsgMsgPriority) -> Self {
        self.msg_priority = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for GroupHistoryMsg {
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
///The error codes of `group_msg_get_simple`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupMsgGetSimpleError {
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
    /// `10044`: This type of group, such as an audio-video chat room, does not keep message history to fetch. The group is an audio-video group (AVChatRoom), which keeps no history; documented on the general error code page, not on this one.
    GroupHistoryUnsupported,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GroupMsgGetSimpleError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10044i64 => Self::GroupHistoryUnsupported,
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
            Self::GroupHistoryUnsupported => {
                "This type of group, such as an audio-video chat room, does not keep message history to fetch. The group is an audio-video group (AVChatRoom), which keeps no history; documented on the general error code page, not on this one."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GroupMsgGetSimpleError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupHistoryUnsupported => super::ErrorCode::GroupHistoryUnsupported,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GroupMsgGetSimpleError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GroupMsgGetSimpleRequest {
    type Response = GroupMsgGetSimpleResponse;
    type Error = GroupMsgGetSimpleError;
    const INFO: &'static crate::EndpointInfo = &GROUP_MSG_GET_SIMPLE;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/group_msg_get_simple", "`."
)]
pub static GROUP_MSG_GET_SIMPLE: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "group_msg_get_simple",
    path: "v4/group_open_http_svc/group_msg_get_simple",
    legacy_paths: &[],
    summary: "Read up to 20 messages of a group's history, newest first.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34971",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::Some(
        &[
            crate::GroupTypeRule {
                group_type: "AVChatRoom",
                support: crate::GroupTypeSupport::Error(10044i64),
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
            code: 10044i64,
            name: "GroupHistoryUnsupported",
            description: "This type of group, such as an audio-video chat room, does not keep message history to fetch.",
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
    facts: &[],
    example_response: "{\"GroupId\":\"@TGS#15ERQPAER\",\"IsFinished\":1}",
    classify_error: crate::__private::classify::<GroupMsgGetSimpleError>,
    hooks: crate::EndpointHooks::of::<GroupMsgGetSimpleRequest>(),
};
