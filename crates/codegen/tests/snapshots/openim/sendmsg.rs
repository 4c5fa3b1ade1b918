/// Send a one-to-one message to one account, as the admin or on behalf of another account.
///
/// Delivers a message made of one or more elements to To_Account. The sender is the admin, or From_Account when given (the service does not check friendship, blocklists or mutes between the two). SyncOtherMachine decides whether the sender's own devices and history get a copy; MsgLifeTime how long the message waits for an offline recipient; SendMsgControl leaves it out of unread counts or conversation updates; ForbidCallbackControl skips the message webhooks. The answer carries the message's time and MsgKey, which recalls it (admin_msgwithdraw) and addresses its extensions.
///
/// `POST v4/openim/sendmsg`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `20001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `20001` [`MsgInvalidPacket`](SendmsgError::MsgInvalidPacket): The message request packet is malformed. The request is invalid.
/// - `20002` [`MsgInvalidSignature`](SendmsgError::MsgInvalidSignature): The UserSig or A2 credential is not valid; supply a correct signature.
/// - `20003` [`MsgInvalidAccount`](SendmsgError::MsgInvalidAccount): The sender or recipient user ID is invalid or unknown; make sure it has been imported. The sender or the recipient is not an imported account.
/// - `20004` [`MsgNetworkError`](SendmsgError::MsgNetworkError): A network failure occurred in the backend; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `20005` [`MsgInternalError`](SendmsgError::MsgInternalError): The message service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `20006` [`MsgRejectedByWebhook`](SendmsgError::MsgRejectedByWebhook): The app's pre-send webhook refused this one-to-one message. The app's before-send webhook refused the message.
/// - `20012` [`MsgSenderMuted`](SendmsgError::MsgSenderMuted): The sender is muted and cannot send messages. The sender is muted app-wide for one-to-one messages (openconfigsvr/setnospeaking).
/// - `90001` [`MsgJsonParseFailed`](SendmsgError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90002` [`MsgBodyInvalid`](SendmsgError::MsgBodyInvalid): MsgBody is not an array of valid message elements; follow the message element format.
/// - `90003` [`MsgToAccountMissing`](SendmsgError::MsgToAccountMissing): To_Account is absent or names an account that does not exist.
/// - `90005` [`MsgRandomInvalid`](SendmsgError::MsgRandomInvalid): MsgRandom is absent or is not an integer.
/// - `90007` [`MsgBodyNotArray`](SendmsgError::MsgBodyNotArray): MsgBody is not an array; send it as an array.
/// - `90009` [`MsgAdminRequired`](SendmsgError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90010` [`MsgFormatInvalid`](SendmsgError::MsgFormatInvalid): The body does not follow the message format; follow the message element definitions.
/// - `90012` [`MsgToAccountNotRegistered`](SendmsgError::MsgToAccountNotRegistered): To_Account is not registered; check that it was imported and is spelled correctly.
/// - `90026` [`MsgOfflineLifetimeInvalid`](SendmsgError::MsgOfflineLifetimeInvalid): The offline storage period is invalid; it may not exceed 7 days. MsgLifeTime asks for more than 7 days.
/// - `90031` [`MsgSyncOtherMachineInvalid`](SendmsgError::MsgSyncOtherMachineInvalid): SyncOtherMachine is not an integer.
/// - `90044` [`MsgLifeTimeInvalid`](SendmsgError::MsgLifeTimeInvalid): MsgLifeTime is not an integer.
/// - `90048` [`MsgAccountNotFound`](SendmsgError::MsgAccountNotFound): The user account in the request does not exist.
/// - `90992` [`MsgServiceErrorCheckWebhook`](SendmsgError::MsgServiceErrorCheckWebhook): The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `91000` [`MsgServiceUnavailable`](SendmsgError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `93000` [`MsgJsonTooLarge`](SendmsgError::MsgJsonTooLarge): The JSON packet exceeds 8 KB; make it smaller. The request is larger than 12 KB.
///
/// # Webhooks
///
/// - [`C2C.CallbackBeforeSendMsg`](https://intl.cloud.tencent.com/document/product/1047/34364)
/// - [`C2C.CallbackAfterSendMsg`](https://intl.cloud.tencent.com/document/product/1047/34365)
///
/// # Notes on the documentation
///
/// - Not safe to repeat: the service discards a repeat only when MsgRandom (and MsgSeq) match a message of the same second; a retry after a timeout arrives later and would deliver the message twice.
/// - MsgLifeTime: the table says a value above 7 days is kept for 7 days, while 90026 says such a value is refused. The spec declares no maximum and describes both; the emulator accepts the value.
/// - MsgSeq is a caller-chosen 32-bit number, not unique; the feature description says history of one conversation is ordered by time, then by MsgSeq within a second.
/// - The first sample carries SupportMessageExtension and the table documents it; the other samples leave it out (it defaults to 0).
/// - Which code a missing From_Account gets is not stated: 20003 (sender or recipient does not exist) is taken, 90012 for a missing To_Account, as the page describes them.
/// - MsgBody takes at most 300 elements, a bound chosen here as for group messages (the page states none; a body within the 12 KB packet limit cannot hold many more). ForbidCallbackControl and SendMsgControl take at most 2 and 3 values, the values they have. All three are atomic: they describe one message.
/// - The page names the before-send and after-send one-to-one message webhooks; they are specified under specs/webhooks from the one-to-one webhook pages of the docs snapshot. ForbidCallbackControl refers to them.
/// - 20012 is not in the page's code table: the openconfigsvr/setnospeaking page says a sender muted app-wide for one-to-one messages gets 20012 (and the before-send webhook is not called). The spec adds it from that page.
/// - The element kinds are those the MsgType row lists; their fields follow the Message Formats page, which the snapshot does not hold (see the MsgElement type).
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34919>. Spec: `specs/openim/sendmsg.json`.
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
pub struct SendmsgRequest {
    /// Whether the message is also synchronised to the sender (From_Account, or the admin).
    ///
    /// Wire name `SyncOtherMachine`. Optional. Limits: see [`SyncOtherMachine`]. Example: `2`.
    #[serde(
        rename = "SyncOtherMachine",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sync_other_machine: ::core::option::Option<super::types::SyncOtherMachine>,
    /// UserID shown as the sender, which must be imported; without it the admin is the sender.
    ///
    /// Wire name `From_Account`. Optional. Example: `"lumotuwe1"`.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: ::core::option::Option<::std::string::String>,
    /// UserID of the recipient, which must be imported.
    ///
    /// Wire name `To_Account`. Required. Example: `"lumotuwe2"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// How long the message is kept for offline delivery: 0 delivers only to online devices; at most 7 days, and 7 days when absent.
    ///
    /// Wire name `MsgLifeTime`. Optional. Limits: in seconds. The service assumes `604800` when absent. Example: `60`.
    #[serde(rename = "MsgLifeTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_life_time: ::core::option::Option<u32>,
    /// The message's sequence number, chosen by the caller (random when absent): with MsgRandom and the time it identifies the message, and it orders messages of the same second.
    ///
    /// Wire name `MsgSeq`. Optional. Example: `93847636`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: ::core::option::Option<u32>,
    /// A random number chosen by the caller, used to discard repeats within the same second.
    ///
    /// Wire name `MsgRandom`. Required. Example: `1287657`.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// One-to-one message webhooks not to call for this message.
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
    /// Effects to leave out for this message.
    ///
    /// Wire name `SendMsgControl`. Optional. Limits: at most 3 items; one list, not to be split across calls; each item see [`SendMsgControl`]. Example: `["NoUnread","NoLastMsg"]`.
    #[serde(rename = "SendMsgControl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 3u32))]
    pub send_msg_control: ::core::option::Option<
        ::std::vec::Vec<super::types::SendMsgControl>,
    >,
    /// The message: its elements, in order.
    ///
    /// Wire name `MsgBody`. Required. Limits: at most 300 items; one list, not to be split across calls; each item see [`MsgElement`]. Example: `[{"MsgContent":{"Text":"hi, beauty"},"MsgType":"TIMTextElem"}]`.
    #[serde(rename = "MsgBody")]
    #[schemars(length(max = 300u32))]
    pub msg_body: ::std::vec::Vec<super::types::MsgElement>,
    /// Custom data stored with the message in the cloud and delivered to the recipient; it survives reinstalling the app.
    ///
    /// Wire name `CloudCustomData`. Optional. Example: `"your cloud custom data"`.
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: ::core::option::Option<::std::string::String>,
    /// Whether the message takes key/value extensions (openim_msg_ext_http_svc).
    ///
    /// Wire name `SupportMessageExtension`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `0`.
    #[serde(
        rename = "SupportMessageExtension",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_message_extension: ::core::option::Option<super::types::YesNo>,
    /// How the message appears as an offline push notification.
    ///
    /// Wire name `OfflinePushInfo`. Optional. Limits: see [`OfflinePushInfo`]. Example: `{"AndroidInfo":{"Sound":"android.mp3"},"ApnsInfo":{"BadgeMode":1,"Image":"www.image.com","Sound":"apns.mp3","SubTitle":"apns subtitle","Title":"apns title"},"Desc":"Content to push offline","Ext":"Passthrough content","PushFlag":0}`.
    #[serde(
        rename = "OfflinePushInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub offline_push_info: ::core::option::Option<super::types::OfflinePushInfo>,
    /// Whether the recipient is asked for a read receipt.
    ///
    /// Wire name `IsNeedReadReceipt`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `0`.
    #[serde(
        rename = "IsNeedReadReceipt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_need_read_receipt: ::core::option::Option<super::types::YesNo>,
}
impl SendmsgRequest {
    ///Creates a value from its required fields (`to_account`, `msg_random`, `msg_body`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::convert::Into<::std::string::String>,
        msg_random: u32,
        msg_body: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            msg_random: msg_random,
            msg_body: msg_body.into_iter().collect(),
            sync_other_machine: ::core::option::Option::None,
            from_account: ::core::option::Option::None,
            msg_life_time: ::core::option::Option::None,
            msg_seq: ::core::option::Option::None,
            forbid_callback_control: ::core::option::Option::None,
            send_msg_control: ::core::option::Option::None,
            cloud_custom_data: ::core::option::Option::None,
            support_message_extension: ::core::option::Option::None,
            offline_push_info: ::core::option::Option::None,
            is_need_read_receipt: ::core::option::Option::None,
        }
    }
    ///Sets `SyncOtherMachine`: Whether the message is also synchronised to the sender (From_Account, or the admin).
    #[must_use]
    pub fn sync_other_machine(mut self, value: super::types::SyncOtherMachine) -> Self {
        self.sync_other_machine = ::core::option::Option::Some(value);
        self
    }
    ///Sets `From_Account`: UserID shown as the sender, which must be imported; without it the admin is the sender.
    #[must_use]
    pub fn from_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `MsgLifeTime`: How long the message is kept for offline delivery: 0 delivers only to online devices; at most 7 days, and 7 days when absent.
    #[must_use]
    pub fn msg_life_time(mut self, value: u32) -> Self {
        self.msg_life_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MsgSeq`: The message's sequence number, chosen by the caller (random when absent): with MsgRandom and the time it identifies the message, and it orders messages of the same second.
    #[must_use]
    pub fn msg_seq(mut self, value: u32) -> Self {
        self.msg_seq = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ForbidCallbackControl`: One-to-one message webhooks not to call for this message.
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
    ///Sets `SendMsgControl`: Effects to leave out for this message.
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
    ///Sets `CloudCustomData`: Custom data stored with the message in the cloud and delivered to the recipient; it survives reinstalling the app.
    #[must_use]
    pub fn cloud_custom_data(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_custom_data = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `SupportMessageExtension`: Whether the message takes key/value extensions (openim_msg_ext_http_svc).
    #[must_use]
    pub fn support_message_extension(mut self, value: super::types::YesNo) -> Self {
        self.support_message_extension = ::core::option::Option::Some(value);
        self
    }
    ///Sets `OfflinePushInfo`: How the message appears as an offline push notification.
    #[must_use]
    pub fn offline_push_info(mut self, value: super::types::OfflinePushInfo) -> Self {
        self.offline_push_info = ::core::option::Option::Some(value);
        self
    }
    ///Sets `IsNeedReadReceipt`: Whether the recipient is asked for a read receipt.
    #[must_use]
    pub fn is_need_read_receipt(mut self, value: super::types::YesNo) -> Self {
        self.is_need_read_receipt = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for SendmsgRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
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
                ::core::option::Option::Some(3u32),
                &at,
            )?;
        }
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
        ::core::result::Result::Ok(())
    }
}
/// The response of [`SendmsgRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct SendmsgResponse {
    /// When the message was sent, by the service's clock.
    ///
    /// Wire name `MsgTime`. Always present. Limits: see [`UnixTime`]. Example: `1572870301`.
    #[serde(rename = "MsgTime")]
    pub msg_time: super::types::UnixTime,
    /// The message's unique key (at most 50 characters): it recalls the message and addresses its extensions.
    ///
    /// Wire name `MsgKey`. Always present. Example: `"89541_2574206_1572870301"`.
    #[serde(rename = "MsgKey")]
    pub msg_key: ::std::string::String,
}
impl SendmsgResponse {
    ///Creates a value from its required fields (`msg_time`, `msg_key`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        msg_time: super::types::UnixTime,
        msg_key: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            msg_time: msg_time,
            msg_key: msg_key.into(),
        }
    }
}
impl crate::Validate for SendmsgResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `sendmsg`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SendmsgError {
    /// `20001`: The message request packet is malformed. The request is invalid.
    MsgInvalidPacket,
    /// `20002`: The UserSig or A2 credential is not valid; supply a correct signature.
    MsgInvalidSignature,
    /// `20003`: The sender or recipient user ID is invalid or unknown; make sure it has been imported. The sender or the recipient is not an imported account.
    MsgInvalidAccount,
    /// `20004`: A network failure occurred in the backend; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgNetworkError,
    /// `20005`: The message service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgInternalError,
    /// `20006`: The app's pre-send webhook refused this one-to-one message. The app's before-send webhook refused the message.
    MsgRejectedByWebhook,
    /// `20012`: The sender is muted and cannot send messages. The sender is muted app-wide for one-to-one messages (openconfigsvr/setnospeaking).
    MsgSenderMuted,
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90002`: MsgBody is not an array of valid message elements; follow the message element format.
    MsgBodyInvalid,
    /// `90003`: To_Account is absent or names an account that does not exist.
    MsgToAccountMissing,
    /// `90005`: MsgRandom is absent or is not an integer.
    MsgRandomInvalid,
    /// `90007`: MsgBody is not an array; send it as an array.
    MsgBodyNotArray,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90010`: The body does not follow the message format; follow the message element definitions.
    MsgFormatInvalid,
    /// `90012`: To_Account is not registered; check that it was imported and is spelled correctly.
    MsgToAccountNotRegistered,
    /// `90026`: The offline storage period is invalid; it may not exceed 7 days. MsgLifeTime asks for more than 7 days.
    MsgOfflineLifetimeInvalid,
    /// `90031`: SyncOtherMachine is not an integer.
    MsgSyncOtherMachineInvalid,
    /// `90044`: MsgLifeTime is not an integer.
    MsgLifeTimeInvalid,
    /// `90048`: The user account in the request does not exist.
    MsgAccountNotFound,
    /// `90992`: The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceErrorCheckWebhook,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// `93000`: The JSON packet exceeds 8 KB; make it smaller. The request is larger than 12 KB.
    MsgJsonTooLarge,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for SendmsgError {
    fn from_code(code: i64) -> Self {
        match code {
            20001i64 => Self::MsgInvalidPacket,
            20002i64 => Self::MsgInvalidSignature,
            20003i64 => Self::MsgInvalidAccount,
            20004i64 => Self::MsgNetworkError,
            20005i64 => Self::MsgInternalError,
            20006i64 => Self::MsgRejectedByWebhook,
            20012i64 => Self::MsgSenderMuted,
            90001i64 => Self::MsgJsonParseFailed,
            90002i64 => Self::MsgBodyInvalid,
            90003i64 => Self::MsgToAccountMissing,
            90005i64 => Self::MsgRandomInvalid,
            90007i64 => Self::MsgBodyNotArray,
            90009i64 => Self::MsgAdminRequired,
            90010i64 => Self::MsgFormatInvalid,
            90012i64 => Self::MsgToAccountNotRegistered,
            90026i64 => Self::MsgOfflineLifetimeInvalid,
            90031i64 => Self::MsgSyncOtherMachineInvalid,
            90044i64 => Self::MsgLifeTimeInvalid,
            90048i64 => Self::MsgAccountNotFound,
            90992i64 => Self::MsgServiceErrorCheckWebhook,
            91000i64 => Self::MsgServiceUnavailable,
            93000i64 => Self::MsgJsonTooLarge,
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
                "The message request packet is malformed. The request is invalid."
            }
            Self::MsgInvalidAccount => {
                "The sender or recipient user ID is invalid or unknown; make sure it has been imported. The sender or the recipient is not an imported account."
            }
            Self::MsgRejectedByWebhook => {
                "The app's pre-send webhook refused this one-to-one message. The app's before-send webhook refused the message."
            }
            Self::MsgSenderMuted => {
                "The sender is muted and cannot send messages. The sender is muted app-wide for one-to-one messages (openconfigsvr/setnospeaking)."
            }
            Self::MsgOfflineLifetimeInvalid => {
                "The offline storage period is invalid; it may not exceed 7 days. MsgLifeTime asks for more than 7 days."
            }
            Self::MsgJsonTooLarge => {
                "The JSON packet exceeds 8 KB; make it smaller. The request is larger than 12 KB."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl SendmsgError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgInvalidPacket => super::ErrorCode::MsgInvalidPacket,
            Self::MsgInvalidSignature => super::ErrorCode::MsgInvalidSignature,
            Self::MsgInvalidAccount => super::ErrorCode::MsgInvalidAccount,
            Self::MsgNetworkError => super::ErrorCode::MsgNetworkError,
            Self::MsgInternalError => super::ErrorCode::MsgInternalError,
            Self::MsgRejectedByWebhook => super::ErrorCode::MsgRejectedByWebhook,
            Self::MsgSenderMuted => super::ErrorCode::MsgSenderMuted,
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgBodyInvalid => super::ErrorCode::MsgBodyInvalid,
            Self::MsgToAccountMissing => super::ErrorCode::MsgToAccountMissing,
            Self::MsgRandomInvalid => super::ErrorCode::MsgRandomInvalid,
            Self::MsgBodyNotArray => super::ErrorCode::MsgBodyNotArray,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgFormatInvalid => super::ErrorCode::MsgFormatInvalid,
            Self::MsgToAccountNotRegistered => {
                super::ErrorCode::MsgToAccountNotRegistered
            }
            Self::MsgOfflineLifetimeInvalid => {
                super::ErrorCode::MsgOfflineLifetimeInvalid
            }
            Self::MsgSyncOtherMachineInvalid => {
                super::ErrorCode::MsgSyncOtherMachineInvalid
            }
            Self::MsgLifeTimeInvalid => super::ErrorCode::MsgLifeTimeInvalid,
            Self::MsgAccountNotFound => super::ErrorCode::MsgAccountNotFound,
            Self::MsgServiceErrorCheckWebhook => {
                super::ErrorCode::MsgServiceErrorCheckWebhook
            }
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::MsgJsonTooLarge => super::ErrorCode::MsgJsonTooLarge,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for SendmsgError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for SendmsgRequest {
    type Response = SendmsgResponse;
    type Error = SendmsgError;
    const INFO: &'static crate::EndpointInfo = &SENDMSG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `sendmsg`: The page's 93000: the JSON request may be at most 12 KB. Unit: bytes.
pub const SENDMSG_MAX_MESSAGE_BYTES: i64 = 12288i64;
#[doc = concat!("Metadata and hooks of `", "v4/openim/sendmsg", "`.")]
pub static SENDMSG: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "sendmsg",
    path: "v4/openim/sendmsg",
    legacy_paths: &[],
    summary: "Send a one-to-one message to one account, as the admin or on behalf of another account.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34919",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
    invalid_request_code: 20001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
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
            code: 20003i64,
            name: "MsgInvalidAccount",
            description: "The sender or recipient user ID is invalid or unknown; make sure it has been imported.",
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
            code: 20006i64,
            name: "MsgRejectedByWebhook",
            description: "The app's pre-send webhook refused this one-to-one message.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 20012i64,
            name: "MsgSenderMuted",
            description: "The sender is muted and cannot send messages.",
            retry: crate::Retryability::No,
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
            code: 90005i64,
            name: "MsgRandomInvalid",
            description: "MsgRandom is absent or is not an integer.",
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
            code: 90012i64,
            name: "MsgToAccountNotRegistered",
            description: "To_Account is not registered; check that it was imported and is spelled correctly.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90026i64,
            name: "MsgOfflineLifetimeInvalid",
            description: "The offline storage period is invalid; it may not exceed 7 days.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90031i64,
            name: "MsgSyncOtherMachineInvalid",
            description: "SyncOtherMachine is not an integer.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90044i64,
            name: "MsgLifeTimeInvalid",
            description: "MsgLifeTime is not an integer.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90048i64,
            name: "MsgAccountNotFound",
            description: "The user account in the request does not exist.",
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
        crate::ErrorCodeInfo {
            code: 93000i64,
            name: "MsgJsonTooLarge",
            description: "The JSON packet exceeds 8 KB; make it smaller.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 20003i64,
            role: ::core::option::Option::None,
        },
        crate::FieldReference {
            field: "To_Account",
            entity: crate::Entity::Account,
            missing: 90012i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[
        crate::Fact {
            name: "max_message_bytes",
            value: crate::FactValue::Integer(12288i64),
            unit: ::core::option::Option::Some("bytes"),
            source: "The page's 93000: the JSON request may be at most 12 KB.",
        },
    ],
    example_response: "{\"MsgKey\":\"89541_2574206_1572870301\",\"MsgTime\":1572870301}",
    classify_error: crate::__private::classify::<SendmsgError>,
    hooks: crate::EndpointHooks::of::<SendmsgRequest>(),
};
