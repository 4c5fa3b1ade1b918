/// Send an ordinary message to a group, as the app admin or on behalf of a member.
///
/// Delivers a message made of one or more elements (text, emoji, location, custom data, ...) to the group, as the admin account or as the member named in From_Account. Options restrict who receives it (To_Account, OnlineOnlyFlag), keep it out of conversation updates or unread counts (SendMsgControl), mention members (GroupAtInfo), skip the app's message webhooks (ForbidCallbackControl), set its priority and its offline push presentation. The answer carries the message's sequence number and time. Within five minutes, a second message with the same Random (and content) is discarded as a duplicate. Messages are limited in size (80002) and in frequency (10023; excess messages may be dropped, as MsgDropReason tells).
///
/// `POST v4/group_open_http_svc/send_group_msg`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. No @all mention; OnlineOnlyFlag and SendMsgControl do not apply; To_Account is not available. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. Messages are left out of unread counts unless the console enables them; SendMsgControl NoUnread fails until then. |
/// | `Community` | yes. TopicId sends to a topic of a topic-enabled community; To_Account is not available. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](SendGroupMsgError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](SendGroupMsgError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](SendGroupMsgError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10010` [`GroupNotFound`](SendGroupMsgError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](SendGroupMsgError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10016` [`GroupRejectedByWebhook`](SendGroupMsgError::GroupRejectedByWebhook): The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeSendMsg webhook refused the message.
/// - `10017` [`GroupSenderMuted`](SendGroupMsgError::GroupSenderMuted): The message cannot be sent because the sender is muted in the group. The sender is muted.
/// - `10023` [`GroupMessageRateLimited`](SendGroupMsgError::GroupMessageRateLimited): Group messages are being sent too often; retry later. Retryable: the service refused the call before acting on it.
/// - `80002` [`MessageTooLarge`](SendGroupMsgError::MessageTooLarge): The message packet exceeds 8 KB; make it smaller. This page gives 12 KB as the maximum message size.
///
/// # Webhooks
///
/// - [`Group.CallbackBeforeSendMsg`](https://intl.cloud.tencent.com/document/product/1047/34374)
/// - [`Group.CallbackAfterSendMsg`](https://intl.cloud.tencent.com/document/product/1047/34375)
/// - [`Group.CallbackSendMsgException`](https://intl.cloud.tencent.com/document/product/1047/49462)
///
/// # Notes on the documentation
///
/// - Safe to repeat: the service discards a message whose Random (and content) repeats one sent less than five minutes before, and a retry sends the same body with the same Random, so a repeat after a timeout cannot post the message twice. This holds only while retries stay within those five minutes, and only if callers keep Random when they rebuild a request; what the discarded repeat answers is not documented.
/// - To_Account is atomic: splitting a longer recipient list over several calls would send several messages (and, with one Random, have the later ones discarded as repeats).
/// - The sample comments say two messages with the same Random within five minutes are the same message; the fields table says the content must match too. The spec describes the stricter table reading.
/// - This page gives 12 KB as the largest message (80002); the general error code page says 8 KB for the same code.
/// - GroupAtInfo (GroupAtAllFlag, GroupAt_Account) appears only in a sample, not in the fields table. The sub-fields of OfflinePushInfo appear only in samples; the Message Formats page they point to is not in the docs snapshot, so the shared OfflinePushInfo type has only the sample's fields, and PushFlag's value 1 (no offline push) comes from that page's published version.
/// - MsgPriority is a string (High, Normal, Low) here, while group_msg_get_simple answers an integer priority (1-4).
/// - The OnlineOnlyFlag sample calls any value above 0 online-only; the table documents 0 and 1, which the enum lists.
/// - The description of 10007 on this page (a member removing others from a public group) is copied from another page; here it presumably means that the sender may not post in the group.
/// - The webhook list names only Group.CallbackAfterSendMsg; the webhook pages of Group.CallbackBeforeSendMsg and Group.CallbackSendMsgException name messages sent by the REST API among their triggers, and ForbidCallbackControl refers to the before-send webhook.
/// - The page gives no limit on the number of elements of MsgBody, of mentions in GroupAtInfo, or of values in ForbidCallbackControl and SendMsgControl; the limits here are stated, not documented. MsgBody takes at most 300 elements: none is shorter than 42 bytes of JSON (a tag and an empty MsgContent), so a body within the 12 KB limit has at most 292. GroupAtInfo takes at most 300 mentions, a bound chosen here, far above what a message of a chat shows. ForbidCallbackControl and SendMsgControl take at most 2, the values they have. All four are atomic: they describe one message.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34959>. Spec: `specs/group_open_http_svc/send_group_msg.json`.
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
pub struct SendGroupMsgRequest {
    /// ID of the group to send to.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// A random 32-bit number chosen by the caller: a message with the same Random (and content) as one sent less than five minutes before is discarded as a repeat. Keep it when retrying the same message.
    ///
    /// Wire name `Random`. Required. Example: `8912345`.
    #[serde(rename = "Random")]
    pub random: u32,
    /// The message's priority (the values are case-sensitive).
    ///
    /// Wire name `MsgPriority`. Optional. The service assumes `"Normal"` when absent. Example: `"High"`.
    #[serde(rename = "MsgPriority", default, skip_serializing_if = "Option::is_none")]
    pub msg_priority: ::core::option::Option<SendGroupMsgMsgPriority>,
    /// The message: its elements, in order.
    ///
    /// Wire name `MsgBody`. Required. Limits: at most 300 items; one list, not to be split across calls; each item see [`MsgElement`]. Example: `[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"},{"MsgContent":{"Data":"abc\u0000\u0001","Index":6},"MsgType":"TIMFaceElem"}]`.
    #[serde(rename = "MsgBody")]
    #[schemars(length(max = 300u32))]
    pub msg_body: ::std::vec::Vec<super::types::MsgElement>,
    /// UserID shown as the sender, which must exist; without it the admin account making the call is the sender.
    ///
    /// Wire name `From_Account`. Optional. Example: `"leckie"`.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: ::core::option::Option<::std::string::String>,
    /// How the message appears as an offline push notification.
    ///
    /// Wire name `OfflinePushInfo`. Optional. Limits: see [`OfflinePushInfo`]. Example: `{"AndroidInfo":{"Sound":"android.mp3"},"ApnsInfo":{"BadgeMode":1,"Image":"www.image.com","Sound":"apns.mp3","SubTitle":"apns subtitle","Title":"apns title"},"Desc":"Content to push offline","Ext":"Passthrough content","PushFlag":0}`.
    #[serde(
        rename = "OfflinePushInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub offline_push_info: ::core::option::Option<super::types::OfflinePushInfo>,
    /// Webhooks not to call for this message; by default both are called when configured.
    ///
    /// Wire name `ForbidCallbackControl`. Optional. Limits: at most 2 items; one list, not to be split across calls; each item see [`ForbidCallbackControl`]. Example: `["ForbidBeforeSendMsgCallback","ForbidAfterSendMsgCallback"]`.
    #[serde(
        rename = "ForbidCallbackControl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 2u32))]
    pub forbid_callback_control: ::core::option::Option<
        ::std::vec::Vec<super::types::ForbidCallbackControl>,
    >,
    /// Whether only members online now receive the message, with no offline push and no history; not valid for audio-video groups.
    ///
    /// Wire name `OnlineOnlyFlag`. Optional. The service assumes `0` when absent. Example: `1`.
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: ::core::option::Option<SendGroupMsgOnlineOnlyFlag>,
    /// Effects to leave out for this message; not with OnlineOnlyFlag 1, and not for audio-video groups.
    ///
    /// Wire name `SendMsgControl`. Optional. Limits: at most 2 items; one list, not to be split across calls; each item see [`SendMsgControl`]. Example: `["NoLastMsg"]`.
    #[serde(rename = "SendMsgControl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2u32))]
    pub send_msg_control: ::core::option::Option<
        ::std::vec::Vec<super::types::SendMsgControl>,
    >,
    /// Custom data stored with the message in the cloud and delivered to recipients; it survives reinstalling the app.
    ///
    /// Wire name `CloudCustomData`. Optional. Example: `"your cloud custom data"`.
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: ::core::option::Option<::std::string::String>,
    /// Whether the message supports message extensions (key-value data attached later).
    ///
    /// Wire name `SupportMessageExtension`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `0`.
    #[serde(
        rename = "SupportMessageExtension",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_message_extension: ::core::option::Option<super::types::YesNo>,
    /// Deliver only to these members; the message then does not count as unread. Ultimate edition, Work (Private), Public and Meeting (ChatRoom) groups only.
    ///
    /// Wire name `To_Account`. Optional. Limits: at most 50 items; one list, not to be split across calls. Example: `["brennanli2","brennanli3"]`.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 50u32))]
    pub to_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Send to this topic of a topic-enabled community.
    ///
    /// Wire name `TopicId`. Optional.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
    /// The mentions (@) of the message, in the order they appear in its text: each one either everybody or one member. Audio-video groups do not support mentioning everybody.
    ///
    /// Wire name `GroupAtInfo`. Optional. Limits: at most 300 items; one list, not to be split across calls. Example: `[{"GroupAtAllFlag":1},{"GroupAtAllFlag":0,"GroupAt_Account":"tommy"}]`.
    #[serde(rename = "GroupAtInfo", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 300u32))]
    pub group_at_info: ::core::option::Option<::std::vec::Vec<GroupAtInfo>>,
}
impl SendGroupMsgRequest {
    ///Creates a value from its required fields (`group_id`, `random`, `msg_body`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        random: u32,
        msg_body: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            random: random,
            msg_body: msg_body.into_iter().collect(),
            msg_priority: ::core::option::Option::None,
            from_account: ::core::option::Option::None,
            offline_push_info: ::core::option::Option::None,
            forbid_callback_control: ::core::option::Option::None,
            online_only_flag: ::core::option::Option::None,
            send_msg_control: ::core::option::Option::None,
            cloud_custom_data: ::core::option::Option::None,
            support_message_extension: ::core::option::Option::None,
            to_account: ::core::option::Option::None,
            topic_id: ::core::option::Option::None,
            group_at_info: ::core::option::Option::None,
        }
    }
    ///Sets `MsgPriority`: The message's priority (the values are case-sensitive).
    #[must_use]
    pub fn msg_priority(mut self, value: SendGroupMsgMsgPriority) -> Self {
        self.msg_priority = ::core::option::Option::Some(value);
        self
    }
    ///Sets `From_Account`: UserID shown as the sender, which must exist; without it the admin account making the call is the sender.
    #[must_use]
    pub fn from_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `OfflinePushInfo`: How the message appears as an offline push notification.
    #[must_use]
    pub fn offline_push_info(mut self, value: super::types::OfflinePushInfo) -> Self {
        self.offline_push_info = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ForbidCallbackControl`: Webhooks not to call for this message; by default both are called when configured.
    #[must_use]
    pub fn forbid_callback_control(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = super::types::ForbidCallbackControl,
        >,
    ) -> Self {
        self.forbid_callback_control = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
    ///Sets `OnlineOnlyFlag`: Whether only members online now receive the message, with no offline push and no history; not valid for audio-video groups.
    #[must_use]
    pub fn online_only_flag(mut self, value: SendGroupMsgOnlineOnlyFlag) -> Self {
        self.online_only_flag = ::core::option::Option::Some(value);
        self
    }
    ///Sets `SendMsgControl`: Effects to leave out for this message; not with OnlineOnlyFlag 1, and not for audio-video groups.
    #[must_use]
    pub fn send_msg_control(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::SendMsgControl>,
    ) -> Self {
        self.send_msg_control = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
    ///Sets `CloudCustomData`: Custom data stored with the message in the cloud and delivered to recipients; it survives reinstalling the app.
    #[must_use]
    pub fn cloud_custom_data(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_custom_data = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `SupportMessageExtension`: Whether the message supports message extensions (key-value data attached later).
    #[must_use]
    pub fn support_message_extension(mut self, value: super::types::YesNo) -> Self {
        self.support_message_extension = ::core::option::Option::Some(value);
        self
    }
    ///Sets `To_Account`: Deliver only to these members; the message then does not count as unread. Ultimate edition, Work (Private), Public and Meeting (ChatRoom) groups only.
    #[must_use]
    pub fn to_account(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.to_account = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    ///Sets `TopicId`: Send to this topic of a topic-enabled community.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `GroupAtInfo`: The mentions (@) of the message, in the order they appear in its text: each one either everybody or one member. Audio-video groups do not support mentioning everybody.
    #[must_use]
    pub fn group_at_info(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = GroupAtInfo>,
    ) -> Self {
        self.group_at_info = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for SendGroupMsgRequest {
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
                ::core::option::Option::Some(300u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::Validate::validate_at(v, &at)?;
            }
        }
        if let ::core::option::Option::Some(v) = &self.forbid_callback_control {
            let at = at.field("ForbidCallbackControl");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(2u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.send_msg_control {
            let at = at.field("SendMsgControl");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(2u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.to_account {
            let at = at.field("To_Account");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(50u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.group_at_info {
            let at = at.field("GroupAtInfo");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(300u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`SendGroupMsgRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct SendGroupMsgResponse {
    /// When the message was sent, by the service's clock.
    ///
    /// Wire name `MsgTime`. Always present. Limits: see [`UnixTime`]. Example: `1497249503`.
    #[serde(rename = "MsgTime")]
    pub msg_time: super::types::UnixTime,
    /// The message's sequence number, which identifies it in the group.
    ///
    /// Wire name `MsgSeq`. Always present. Example: `1`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// Why the message was dropped, when it was; empty or absent otherwise. Currently only MsgFreqCtrl (over the frequency limit).
    ///
    /// Wire name `MsgDropReason`. May be absent. Example: `"MsgFreqCtrl"`.
    #[serde(rename = "MsgDropReason", default, skip_serializing_if = "Option::is_none")]
    pub msg_drop_reason: ::core::option::Option<::std::string::String>,
}
impl SendGroupMsgResponse {
    ///Creates a value from its required fields (`msg_time`, `msg_seq`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(msg_time: super::types::UnixTime, msg_seq: u64) -> Self {
        Self {
            msg_time: msg_time,
            msg_seq: msg_seq,
            msg_drop_reason: ::core::option::Option::None,
        }
    }
    ///Sets `MsgDropReason`: Why the message was dropped, when it was; empty or absent otherwise. Currently only MsgFreqCtrl (over the frequency limit).
    #[must_use]
    pub fn msg_drop_reason(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.msg_drop_reason = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for SendGroupMsgResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The message's priority (the values are case-sensitive).
///
#[doc = concat!(" Wire values: ", "\"High\", \"Normal\", \"Low\"", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SendGroupMsgMsgPriority {
    /// `"High"`: High priority.
    High,
    /// `"Normal"`: Normal priority.
    Normal,
    /// `"Low"`: Low priority.
    Low,
}
impl SendGroupMsgMsgPriority {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::High, Self::Normal, Self::Low];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "High",
            Self::Normal => "Normal",
            Self::Low => "Low",
        }
    }
    /// The value for a wire string (aliases included), if listed.
    pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
        match s {
            "High" => ::core::option::Option::Some(Self::High),
            "Normal" => ::core::option::Option::Some(Self::Normal),
            "Low" => ::core::option::Option::Some(Self::Low),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for SendGroupMsgMsgPriority {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for SendGroupMsgMsgPriority {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for SendGroupMsgMsgPriority {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(&s)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                &s,
                &["High", "Normal", "Low"],
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for SendGroupMsgMsgPriority {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("SendGroupMsgMsgPriority")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "enum" : ["High", "Normal", "Low"] }
        )
    }
}
impl crate::Validate for SendGroupMsgMsgPriority {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Whether only members online now receive the message, with no offline push and no history; not valid for audio-video groups.
///
#[doc = concat!(" Wire values: ", "0, 1", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SendGroupMsgOnlineOnlyFlag {
    /// `0`: Every member, stored in the history.
    AllMembers,
    /// `1`: Online members only, not stored.
    OnlineOnly,
}
impl SendGroupMsgOnlineOnlyFlag {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::AllMembers, Self::OnlineOnly];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::AllMembers => 0i64,
            Self::OnlineOnly => 1i64,
        }
    }
    /// The value for a wire number (aliases included), if listed.
    pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
        match n {
            0i64 => ::core::option::Option::Some(Self::AllMembers),
            1i64 => ::core::option::Option::Some(Self::OnlineOnly),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for SendGroupMsgOnlineOnlyFlag {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for SendGroupMsgOnlineOnlyFlag {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for SendGroupMsgOnlineOnlyFlag {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(n)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                crate::__private::serde::de::Unexpected::Signed(n),
                &concat!("one of ", "0, 1"),
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for SendGroupMsgOnlineOnlyFlag {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("SendGroupMsgOnlineOnlyFlag")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!({ "type" : "integer", "enum" : [0, 1] })
    }
}
impl crate::Validate for SendGroupMsgOnlineOnlyFlag {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Whether this mention is of everybody.
///
#[doc = concat!(" Wire values: ", "0, 1", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupAtInfoGroupAtAllFlag {
    /// `0`: One member, named in GroupAt_Account.
    Member,
    /// `1`: Every member.
    All,
}
impl GroupAtInfoGroupAtAllFlag {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Member, Self::All];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Member => 0i64,
            Self::All => 1i64,
        }
    }
    /// The value for a wire number (aliases included), if listed.
    pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
        match n {
            0i64 => ::core::option::Option::Some(Self::Member),
            1i64 => ::core::option::Option::Some(Self::All),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for GroupAtInfoGroupAtAllFlag {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for GroupAtInfoGroupAtAllFlag {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for GroupAtInfoGroupAtAllFlag {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(n)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                crate::__private::serde::de::Unexpected::Signed(n),
                &concat!("one of ", "0, 1"),
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GroupAtInfoGroupAtAllFlag {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GroupAtInfoGroupAtAllFlag")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!({ "type" : "integer", "enum" : [0, 1] })
    }
}
impl crate::Validate for GroupAtInfoGroupAtAllFlag {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The mentions (@) of the message, in the order they appear in its text: each one either everybody or one member. Audio-video groups do not support mentioning everybody.
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
pub struct GroupAtInfo {
    /// Whether this mention is of everybody.
    ///
    /// Wire name `GroupAtAllFlag`. Required. Example: `0`.
    #[serde(rename = "GroupAtAllFlag")]
    pub group_at_all_flag: GroupAtInfoGroupAtAllFlag,
    /// UserID of the mentioned member, when GroupAtAllFlag is 0.
    ///
    /// Wire name `GroupAt_Account`. Optional. Example: `"tommy"`.
    #[serde(
        rename = "GroupAt_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_at_account: ::core::option::Option<::std::string::String>,
}
impl GroupAtInfo {
    ///Creates a value from its required fields (`group_at_all_flag`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_at_all_flag: GroupAtInfoGroupAtAllFlag) -> Self {
        Self {
            group_at_all_flag: group_at_all_flag,
            group_at_account: ::core::option::Option::None,
        }
    }
    ///Sets `GroupAt_Account`: UserID of the mentioned member, when GroupAtAllFlag is 0.
    #[must_use]
    pub fn group_at_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_at_account = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for GroupAtInfo {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `send_group_msg`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SendGroupMsgError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10016`: The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeSendMsg webhook refused the message.
    GroupRejectedByWebhook,
    /// `10017`: The message cannot be sent because the sender is muted in the group. The sender is muted.
    GroupSenderMuted,
    /// `10023`: Group messages are being sent too often; retry later. Retryable: the service refused the call before acting on it.
    GroupMessageRateLimited,
    /// `80002`: The message packet exceeds 8 KB; make it smaller. This page gives 12 KB as the maximum message size.
    MessageTooLarge,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for SendGroupMsgError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10016i64 => Self::GroupRejectedByWebhook,
            10017i64 => Self::GroupSenderMuted,
            10023i64 => Self::GroupMessageRateLimited,
            80002i64 => Self::MessageTooLarge,
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
            Self::GroupRejectedByWebhook => {
                "The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeSendMsg webhook refused the message."
            }
            Self::GroupSenderMuted => {
                "The message cannot be sent because the sender is muted in the group. The sender is muted."
            }
            Self::MessageTooLarge => {
                "The message packet exceeds 8 KB; make it smaller. This page gives 12 KB as the maximum message size."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl SendGroupMsgError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupRejectedByWebhook => super::ErrorCode::GroupRejectedByWebhook,
            Self::GroupSenderMuted => super::ErrorCode::GroupSenderMuted,
            Self::GroupMessageRateLimited => super::ErrorCode::GroupMessageRateLimited,
            Self::MessageTooLarge => super::ErrorCode::MessageTooLarge,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for SendGroupMsgError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for SendGroupMsgRequest {
    type Response = SendGroupMsgResponse;
    type Error = SendGroupMsgError;
    const INFO: &'static crate::EndpointInfo = &SEND_GROUP_MSG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `send_group_msg`: The largest message this page allows, 12 KB, answered with 80002 beyond it; counted here as bytes of the JSON MsgBody. Unit: bytes.
pub const SEND_GROUP_MSG_MAX_MESSAGE_BYTES: i64 = 12288i64;
/// `send_group_msg`: A message with the same Random and content as one sent less than five minutes before is discarded as a repeat (the Random field). Unit: seconds.
pub const SEND_GROUP_MSG_REPEAT_WINDOW: i64 = 300i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/send_group_msg", "`."
)]
pub static SEND_GROUP_MSG: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "send_group_msg",
    path: "v4/group_open_http_svc/send_group_msg",
    legacy_paths: &[],
    summary: "Send an ordinary message to a group, as the app admin or on behalf of a member.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34959",
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
                support: crate::GroupTypeSupport::Supported,
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
            code: 10016i64,
            name: "GroupRejectedByWebhook",
            description: "The app's webhook server vetoed this group operation.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10017i64,
            name: "GroupSenderMuted",
            description: "The message cannot be sent because the sender is muted in the group.",
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
        crate::ErrorCodeInfo {
            code: 80002i64,
            name: "MessageTooLarge",
            description: "The message packet exceeds 8 KB; make it smaller.",
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
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 10004i64,
            role: ::core::option::Option::Some(crate::RoleRule {
                require: crate::GroupRole::Member,
                code: 10007i64,
                except_group_types: &["AVChatRoom"],
            }),
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
            value: crate::FactValue::Integer(12288i64),
            unit: ::core::option::Option::Some("bytes"),
            source: "The largest message this page allows, 12 KB, answered with 80002 beyond it; counted here as bytes of the JSON MsgBody.",
        },
        crate::Fact {
            name: "repeat_window",
            value: crate::FactValue::Integer(300i64),
            unit: ::core::option::Option::Some("seconds"),
            source: "A message with the same Random and content as one sent less than five minutes before is discarded as a repeat (the Random field).",
        },
    ],
    example_response: "{\"MsgDropReason\":\"MsgFreqCtrl\",\"MsgSeq\":1,\"MsgTime\":1497249503}",
    classify_error: crate::__private::classify::<SendGroupMsgError>,
    hooks: crate::EndpointHooks::of::<SendGroupMsgRequest>(),
};
