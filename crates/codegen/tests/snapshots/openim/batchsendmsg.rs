/// Send one one-to-one message to up to 500 accounts.
///
/// Sends the same message to every account in To_Account, as the admin or on behalf of From_Account. The call succeeds when the message reached at least one recipient: ErrorList then names the recipients it did not reach (70107: no such account); it fails (90012) when it reached none. One MsgKey identifies the message for all recipients.
///
/// `POST v4/openim/batchsendmsg`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](BatchsendmsgError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90002` [`MsgBodyInvalid`](BatchsendmsgError::MsgBodyInvalid): MsgBody is not an array of valid message elements; follow the message element format.
/// - `90004` [`MsgSeqInvalid`](BatchsendmsgError::MsgSeqInvalid): MsgSeq in the request is not a valid message sequence number. MsgSeq is not valid.
/// - `90007` [`MsgBodyNotArray`](BatchsendmsgError::MsgBodyNotArray): MsgBody is not an array; send it as an array.
/// - `90008` [`MsgFromAccountInvalid`](BatchsendmsgError::MsgFromAccountInvalid): From_Account is absent or names an account that does not exist. From_Account is not an imported account.
/// - `90009` [`MsgAdminRequired`](BatchsendmsgError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90010` [`MsgFormatInvalid`](BatchsendmsgError::MsgFormatInvalid): The body does not follow the message format; follow the message element definitions.
/// - `90011` [`MsgBatchTooManyRecipients`](BatchsendmsgError::MsgBatchTooManyRecipients): A batch send may target at most 500 accounts; reduce To_Account. More than 500 recipients.
/// - `90012` [`MsgToAccountNotRegistered`](BatchsendmsgError::MsgToAccountNotRegistered): To_Account is not registered; check that it was imported and is spelled correctly. No recipient is an imported account: the message reached nobody.
/// - `90026` [`MsgOfflineLifetimeInvalid`](BatchsendmsgError::MsgOfflineLifetimeInvalid): The offline storage period is invalid; it may not exceed 7 days. MsgLifeTime asks for more than 7 days.
/// - `90048` [`MsgAccountNotFound`](BatchsendmsgError::MsgAccountNotFound): The user account in the request does not exist.
/// - `90992` [`MsgServiceErrorCheckWebhook`](BatchsendmsgError::MsgServiceErrorCheckWebhook): The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `91000` [`MsgServiceUnavailable`](BatchsendmsgError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `93000` [`MsgJsonTooLarge`](BatchsendmsgError::MsgJsonTooLarge): The JSON packet exceeds 8 KB; make it smaller. The request is larger than 12 KB.
///
/// # Notes on the documentation
///
/// - The partial-failure sample has ActionStatus SomeError, a value the envelope does not know (it documents OK and FAIL) and the response table does not list; the fixture repairs it to OK, with ErrorCode 0 as the sample has, and keeps ErrorList.
/// - To_Account is not atomic: call_batched may split a longer list into calls of 500, each of which sends its own copy of the message with its own MsgKey (so one recall no longer reaches every recipient), and a failing later call leaves the earlier copies delivered.
/// - Not safe to repeat: as for sendmsg, repeats are discarded only within the same second.
/// - 70107 and 70169 are public codes; 70107 arrives per recipient in ErrorList.
/// - The page lists no 20xxx codes and no webhook; it has neither SupportMessageExtension nor ForbidCallbackControl, which sendmsg has.
/// - MsgBody takes at most 300 elements, a bound chosen here as for group messages (the page states none; a body within the 12 KB packet limit cannot hold many more). SendMsgControl takes at most 3 values, the values they have. Both are atomic: they describe one message.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34920>. Spec: `specs/openim/batchsendmsg.json`.
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
pub struct BatchsendmsgRequest {
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
    /// Wire name `From_Account`. Optional. Example: `"dave"`.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: ::core::option::Option<::std::string::String>,
    /// The recipients, at most 500 per call.
    ///
    /// Wire name `To_Account`. Required. Limits: at most 500 items. A value breaking these limits is answered with `90011`. Example: `["bonnie","rong"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(max = 500u32))]
    pub to_account: ::std::vec::Vec<::std::string::String>,
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
    /// The message: its elements, in order.
    ///
    /// Wire name `MsgBody`. Required. Limits: at most 300 items; one list, not to be split across calls; each item see [`MsgElement`]. Example: `[{"MsgContent":{"Text":"hi, beauty"},"MsgType":"TIMTextElem"}]`.
    #[serde(rename = "MsgBody")]
    #[schemars(length(max = 300u32))]
    pub msg_body: ::std::vec::Vec<super::types::MsgElement>,
    /// How long the message is kept for offline delivery: 0 delivers only to online devices; at most 7 days, and 7 days when absent.
    ///
    /// Wire name `MsgLifeTime`. Optional. Limits: in seconds. The service assumes `604800` when absent. Example: `60`.
    #[serde(rename = "MsgLifeTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_life_time: ::core::option::Option<u32>,
    /// Custom data stored with the message in the cloud and delivered to the recipient; it survives reinstalling the app.
    ///
    /// Wire name `CloudCustomData`. Optional. Example: `"your cloud custom data"`.
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: ::core::option::Option<::std::string::String>,
    /// Effects to leave out for this message.
    ///
    /// Wire name `SendMsgControl`. Optional. Limits: at most 3 items; one list, not to be split across calls; each item see [`SendMsgControl`]. Example: `["NoUnread","NoLastMsg"]`.
    #[serde(rename = "SendMsgControl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 3u32))]
    pub send_msg_control: ::core::option::Option<
        ::std::vec::Vec<super::types::SendMsgControl>,
    >,
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
impl BatchsendmsgRequest {
    ///Creates a value from its required fields (`to_account`, `msg_random`, `msg_body`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
        msg_random: u32,
        msg_body: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> Self {
        Self {
            to_account: to_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            msg_random: msg_random,
            msg_body: msg_body.into_iter().collect(),
            sync_other_machine: ::core::option::Option::None,
            from_account: ::core::option::Option::None,
            msg_seq: ::core::option::Option::None,
            msg_life_time: ::core::option::Option::None,
            cloud_custom_data: ::core::option::Option::None,
            send_msg_control: ::core::option::Option::None,
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
    ///Sets `MsgSeq`: The message's sequence number, chosen by the caller (random when absent): with MsgRandom and the time it identifies the message, and it orders messages of the same second.
    #[must_use]
    pub fn msg_seq(mut self, value: u32) -> Self {
        self.msg_seq = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MsgLifeTime`: How long the message is kept for offline delivery: 0 delivers only to online devices; at most 7 days, and 7 days when absent.
    #[must_use]
    pub fn msg_life_time(mut self, value: u32) -> Self {
        self.msg_life_time = ::core::option::Option::Some(value);
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
impl crate::Validate for BatchsendmsgRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("To_Account");
            let v = &self.to_account;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(500u32),
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
        if let ::core::option::Option::Some(v) = &self.send_msg_control {
            let at = at.field("SendMsgControl");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(3u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`BatchsendmsgRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct BatchsendmsgResponse {
    /// The message's key (at most 50 characters), the same for every recipient: it recalls the message.
    ///
    /// Wire name `MsgKey`. Always present. Example: `"128493_903762_1572870301"`.
    #[serde(rename = "MsgKey")]
    pub msg_key: ::std::string::String,
    /// The recipients the message did not reach, with why; absent or empty when it reached all.
    ///
    /// Wire name `ErrorList`. May be absent. Limits: each item see [`AccountError`]. Example: `[{"ErrorCode":70107,"To_Account":"rong"}]`.
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Option::is_none")]
    pub error_list: ::core::option::Option<::std::vec::Vec<super::types::AccountError>>,
}
impl BatchsendmsgResponse {
    ///Creates a value from its required fields (`msg_key`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(msg_key: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            msg_key: msg_key.into(),
            error_list: ::core::option::Option::None,
        }
    }
    ///Sets `ErrorList`: The recipients the message did not reach, with why; absent or empty when it reached all.
    #[must_use]
    pub fn error_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::AccountError>,
    ) -> Self {
        self.error_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for BatchsendmsgResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `batchsendmsg`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BatchsendmsgError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90002`: MsgBody is not an array of valid message elements; follow the message element format.
    MsgBodyInvalid,
    /// `90004`: MsgSeq in the request is not a valid message sequence number. MsgSeq is not valid.
    MsgSeqInvalid,
    /// `90007`: MsgBody is not an array; send it as an array.
    MsgBodyNotArray,
    /// `90008`: From_Account is absent or names an account that does not exist. From_Account is not an imported account.
    MsgFromAccountInvalid,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90010`: The body does not follow the message format; follow the message element definitions.
    MsgFormatInvalid,
    /// `90011`: A batch send may target at most 500 accounts; reduce To_Account. More than 500 recipients.
    MsgBatchTooManyRecipients,
    /// `90012`: To_Account is not registered; check that it was imported and is spelled correctly. No recipient is an imported account: the message reached nobody.
    MsgToAccountNotRegistered,
    /// `90026`: The offline storage period is invalid; it may not exceed 7 days. MsgLifeTime asks for more than 7 days.
    MsgOfflineLifetimeInvalid,
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
impl crate::EndpointError for BatchsendmsgError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90002i64 => Self::MsgBodyInvalid,
            90004i64 => Self::MsgSeqInvalid,
            90007i64 => Self::MsgBodyNotArray,
            90008i64 => Self::MsgFromAccountInvalid,
            90009i64 => Self::MsgAdminRequired,
            90010i64 => Self::MsgFormatInvalid,
            90011i64 => Self::MsgBatchTooManyRecipients,
            90012i64 => Self::MsgToAccountNotRegistered,
            90026i64 => Self::MsgOfflineLifetimeInvalid,
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
            Self::MsgSeqInvalid => {
                "MsgSeq in the request is not a valid message sequence number. MsgSeq is not valid."
            }
            Self::MsgFromAccountInvalid => {
                "From_Account is absent or names an account that does not exist. From_Account is not an imported account."
            }
            Self::MsgBatchTooManyRecipients => {
                "A batch send may target at most 500 accounts; reduce To_Account. More than 500 recipients."
            }
            Self::MsgToAccountNotRegistered => {
                "To_Account is not registered; check that it was imported and is spelled correctly. No recipient is an imported account: the message reached nobody."
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
impl BatchsendmsgError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgBodyInvalid => super::ErrorCode::MsgBodyInvalid,
            Self::MsgSeqInvalid => super::ErrorCode::MsgSeqInvalid,
            Self::MsgBodyNotArray => super::ErrorCode::MsgBodyNotArray,
            Self::MsgFromAccountInvalid => super::ErrorCode::MsgFromAccountInvalid,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgFormatInvalid => super::ErrorCode::MsgFormatInvalid,
            Self::MsgBatchTooManyRecipients => {
                super::ErrorCode::MsgBatchTooManyRecipients
            }
            Self::MsgToAccountNotRegistered => {
                super::ErrorCode::MsgToAccountNotRegistered
            }
            Self::MsgOfflineLifetimeInvalid => {
                super::ErrorCode::MsgOfflineLifetimeInvalid
            }
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
impl ::core::fmt::Display for BatchsendmsgError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for BatchsendmsgRequest {
    type Response = BatchsendmsgResponse;
    type Error = BatchsendmsgError;
    const INFO: &'static crate::EndpointInfo = &BATCHSENDMSG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "To_Account" => ::core::option::Option::Some(self.to_account.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "To_Account" => {
                ::core::option::Option::Some(Self {
                    to_account: self.to_account.get(items)?.to_vec(),
                    sync_other_machine: ::core::clone::Clone::clone(
                        &self.sync_other_machine,
                    ),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                    msg_seq: ::core::clone::Clone::clone(&self.msg_seq),
                    msg_random: ::core::clone::Clone::clone(&self.msg_random),
                    msg_body: ::core::clone::Clone::clone(&self.msg_body),
                    msg_life_time: ::core::clone::Clone::clone(&self.msg_life_time),
                    cloud_custom_data: ::core::clone::Clone::clone(
                        &self.cloud_custom_data,
                    ),
                    send_msg_control: ::core::clone::Clone::clone(
                        &self.send_msg_control,
                    ),
                    offline_push_info: ::core::clone::Clone::clone(
                        &self.offline_push_info,
                    ),
                    is_need_read_receipt: ::core::clone::Clone::clone(
                        &self.is_need_read_receipt,
                    ),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// `batchsendmsg`: The page's 93000: the JSON request may be at most 12 KB. Unit: bytes.
pub const BATCHSENDMSG_MAX_MESSAGE_BYTES: i64 = 12288i64;
#[doc = concat!("Metadata and hooks of `", "v4/openim/batchsendmsg", "`.")]
pub static BATCHSENDMSG: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "batchsendmsg",
    path: "v4/openim/batchsendmsg",
    legacy_paths: &[],
    summary: "Send one one-to-one message to up to 500 accounts.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34920",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
    invalid_request_code: 90001i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "To_Account",
            code: 90011i64,
        },
    ],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
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
            code: 90004i64,
            name: "MsgSeqInvalid",
            description: "MsgSeq in the request is not a valid message sequence number.",
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
            code: 90008i64,
            name: "MsgFromAccountInvalid",
            description: "From_Account is absent or names an account that does not exist.",
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
            code: 90011i64,
            name: "MsgBatchTooManyRecipients",
            description: "A batch send may target at most 500 accounts; reduce To_Account.",
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
    batch_fields: &[
        crate::BatchField {
            field: "To_Account",
            max_items: 500u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 90008i64,
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
    example_response: "{\"ErrorList\":[{\"ErrorCode\":70107,\"To_Account\":\"rong\"}],\"MsgKey\":\"128493_903762_1572870301\"}",
    classify_error: crate::__private::classify::<BatchsendmsgError>,
    hooks: crate::EndpointHooks::of::<BatchsendmsgRequest>(),
};
