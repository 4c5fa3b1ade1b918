/// Import a one-to-one message from another system into the conversation history.
///
/// Stores a message between two imported accounts with the time the caller gives, as history (SyncFromOldSystem 2: read, no notification) or as a live message (5: unread, pushed to the recipient). The service deduplicates imports by MsgSeq, MsgRandom and MsgTimeStamp.
///
/// `POST v4/openim/importmsg`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](ImportmsgError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90002` [`MsgBodyInvalid`](ImportmsgError::MsgBodyInvalid): MsgBody is not an array of valid message elements; follow the message element format.
/// - `90003` [`MsgToAccountMissing`](ImportmsgError::MsgToAccountMissing): To_Account is absent or names an account that does not exist.
/// - `90005` [`MsgRandomInvalid`](ImportmsgError::MsgRandomInvalid): MsgRandom is absent or is not an integer.
/// - `90006` [`MsgTimestampInvalid`](ImportmsgError::MsgTimestampInvalid): MsgTimeStamp is absent or is not an integer.
/// - `90007` [`MsgBodyNotArray`](ImportmsgError::MsgBodyNotArray): MsgBody is not an array; send it as an array.
/// - `90008` [`MsgFromAccountInvalid`](ImportmsgError::MsgFromAccountInvalid): From_Account is absent or names an account that does not exist. From_Account is missing or not an imported account.
/// - `90009` [`MsgAdminRequired`](ImportmsgError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90010` [`MsgFormatInvalid`](ImportmsgError::MsgFormatInvalid): The body does not follow the message format; follow the message element definitions.
/// - `90011` [`MsgBatchTooManyRecipients`](ImportmsgError::MsgBatchTooManyRecipients): A batch send may target at most 500 accounts; reduce To_Account.
/// - `90012` [`MsgToAccountNotRegistered`](ImportmsgError::MsgToAccountNotRegistered): To_Account is not registered; check that it was imported and is spelled correctly. To_Account is not an imported account.
/// - `90026` [`MsgOfflineLifetimeInvalid`](ImportmsgError::MsgOfflineLifetimeInvalid): The offline storage period is invalid; it may not exceed 7 days.
/// - `90030` [`PushAttrLengthInvalid`](ImportmsgError::PushAttrLengthInvalid): An attribute is empty or longer than 50 bytes.
/// - `90048` [`MsgAccountNotFound`](ImportmsgError::MsgAccountNotFound): The user account in the request does not exist.
/// - `90992` [`MsgServiceErrorCheckWebhook`](ImportmsgError::MsgServiceErrorCheckWebhook): The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `91000` [`MsgServiceUnavailable`](ImportmsgError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `93000` [`MsgJsonTooLarge`](ImportmsgError::MsgJsonTooLarge): The JSON packet exceeds 8 KB; make it smaller. The request is larger than 12 KB.
///
/// # Notes on the documentation
///
/// - Not safe to repeat: the service deduplicates imports by MsgSeq, MsgRandom and MsgTimeStamp, so a repeat of a request that sets all three is harmless; but without MsgSeq the service picks a random one and a repeat imports the message twice. Callers that set MsgSeq may opt in to retries.
/// - The page lists 90011 (more than 500 recipients) and 90026 (lifetime above 7 days), which fit neither a single To_Account nor a request without MsgLifeTime; they are kept as the page gives them.
/// - 90008's description says From_Account is 'not an integer', a slip for 'not a string'.
/// - MsgBody takes at most 300 elements, a bound chosen here as for the send calls (the page states none); it is atomic.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/35014>. Spec: `specs/openim/importmsg.json`.
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
pub struct ImportmsgRequest {
    /// How the message is imported.
    ///
    /// Wire name `SyncFromOldSystem`. Required. Example: `5`.
    #[serde(rename = "SyncFromOldSystem")]
    pub sync_from_old_system: ImportmsgSyncFromOldSystem,
    /// UserID of the sender, which must be imported.
    ///
    /// Wire name `From_Account`. Required. Example: `"lumotuwe1"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// UserID of the recipient, which must be imported.
    ///
    /// Wire name `To_Account`. Required. Example: `"lumotuwe2"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
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
    /// When the message was sent, as the original system recorded it.
    ///
    /// Wire name `MsgTimeStamp`. Required. Limits: see [`UnixTime`]. Example: `1556178721`.
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: super::types::UnixTime,
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
}
impl ImportmsgRequest {
    ///Starts building from the required field `SyncFromOldSystem`; each further required field is named in turn, `ImportmsgRequest::sync_from_old_system(..).from_account(..).to_account(..).msg_random(..).msg_time_stamp(..).msg_body(..)`, which gives the value with optional fields unset.
    pub fn sync_from_old_system(
        sync_from_old_system: ImportmsgSyncFromOldSystem,
    ) -> ImportmsgRequestNeedsFromAccount {
        ImportmsgRequestNeedsFromAccount {
            sync_from_old_system: sync_from_old_system,
        }
    }
    ///Sets `MsgSeq`: The message's sequence number, chosen by the caller (random when absent): with MsgRandom and the time it identifies the message, and it orders messages of the same second.
    #[must_use]
    pub fn msg_seq(mut self, value: u32) -> Self {
        self.msg_seq = ::core::option::Option::Some(value);
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
}
///A value of [`ImportmsgRequest`] being built: `From_Account` comes next (`.from_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ImportmsgRequest` exists only once every required field is given"]
pub struct ImportmsgRequestNeedsFromAccount {
    sync_from_old_system: ImportmsgSyncFromOldSystem,
}
impl ImportmsgRequestNeedsFromAccount {
    ///Sets `From_Account`.
    pub fn from_account(
        self,
        from_account: impl ::core::convert::Into<::std::string::String>,
    ) -> ImportmsgRequestNeedsToAccount {
        ImportmsgRequestNeedsToAccount {
            sync_from_old_system: self.sync_from_old_system,
            from_account: from_account.into(),
        }
    }
}
///A value of [`ImportmsgRequest`] being built: `To_Account` comes next (`.to_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ImportmsgRequest` exists only once every required field is given"]
pub struct ImportmsgRequestNeedsToAccount {
    sync_from_old_system: ImportmsgSyncFromOldSystem,
    from_account: ::std::string::String,
}
impl ImportmsgRequestNeedsToAccount {
    ///Sets `To_Account`.
    pub fn to_account(
        self,
        to_account: impl ::core::convert::Into<::std::string::String>,
    ) -> ImportmsgRequestNeedsMsgRandom {
        ImportmsgRequestNeedsMsgRandom {
            sync_from_old_system: self.sync_from_old_system,
            from_account: self.from_account,
            to_account: to_account.into(),
        }
    }
}
///A value of [`ImportmsgRequest`] being built: `MsgRandom` comes next (`.msg_random(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ImportmsgRequest` exists only once every required field is given"]
pub struct ImportmsgRequestNeedsMsgRandom {
    sync_from_old_system: ImportmsgSyncFromOldSystem,
    from_account: ::std::string::String,
    to_account: ::std::string::String,
}
impl ImportmsgRequestNeedsMsgRandom {
    ///Sets `MsgRandom`.
    pub fn msg_random(self, msg_random: u32) -> ImportmsgRequestNeedsMsgTimeStamp {
        ImportmsgRequestNeedsMsgTimeStamp {
            sync_from_old_system: self.sync_from_old_system,
            from_account: self.from_account,
            to_account: self.to_account,
            msg_random: msg_random,
        }
    }
}
///A value of [`ImportmsgRequest`] being built: `MsgTimeStamp` comes next (`.msg_time_stamp(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ImportmsgRequest` exists only once every required field is given"]
pub struct ImportmsgRequestNeedsMsgTimeStamp {
    sync_from_old_system: ImportmsgSyncFromOldSystem,
    from_account: ::std::string::String,
    to_account: ::std::string::String,
    msg_random: u32,
}
impl ImportmsgRequestNeedsMsgTimeStamp {
    ///Sets `MsgTimeStamp`.
    pub fn msg_time_stamp(
        self,
        msg_time_stamp: super::types::UnixTime,
    ) -> ImportmsgRequestNeedsMsgBody {
        ImportmsgRequestNeedsMsgBody {
            sync_from_old_system: self.sync_from_old_system,
            from_account: self.from_account,
            to_account: self.to_account,
            msg_random: self.msg_random,
            msg_time_stamp: msg_time_stamp,
        }
    }
}
///A value of [`ImportmsgRequest`] being built: `MsgBody` comes next (`.msg_body(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ImportmsgRequest` exists only once every required field is given"]
pub struct ImportmsgRequestNeedsMsgBody {
    sync_from_old_system: ImportmsgSyncFromOldSystem,
    from_account: ::std::string::String,
    to_account: ::std::string::String,
    msg_random: u32,
    msg_time_stamp: super::types::UnixTime,
}
impl ImportmsgRequestNeedsMsgBody {
    ///Sets `MsgBody`.
    pub fn msg_body(
        self,
        msg_body: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> ImportmsgRequest {
        ImportmsgRequest {
            sync_from_old_system: self.sync_from_old_system,
            from_account: self.from_account,
            to_account: self.to_account,
            msg_random: self.msg_random,
            msg_time_stamp: self.msg_time_stamp,
            msg_body: msg_body.into_iter().collect(),
            msg_seq: ::core::option::Option::None,
            cloud_custom_data: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for ImportmsgRequest {
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
        ::core::result::Result::Ok(())
    }
}
/// The response of [`ImportmsgRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImportmsgResponse {}
impl ImportmsgResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ImportmsgResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// How the message is imported.
///
#[doc = concat!(" Wire values: ", "2, 5", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportmsgSyncFromOldSystem {
    /// `2`: As history: marked read, not pushed.
    History,
    /// `5`: As a live message: unread and pushed to the recipient.
    RealTime,
}
impl ImportmsgSyncFromOldSystem {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::History, Self::RealTime];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::History => 2i64,
            Self::RealTime => 5i64,
        }
    }
    /// The value for a wire number (aliases included), if listed.
    pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
        match n {
            2i64 => ::core::option::Option::Some(Self::History),
            5i64 => ::core::option::Option::Some(Self::RealTime),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for ImportmsgSyncFromOldSystem {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for ImportmsgSyncFromOldSystem {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for ImportmsgSyncFromOldSystem {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(n)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                crate::__private::serde::de::Unexpected::Signed(n),
                &concat!("one of ", "2, 5"),
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for ImportmsgSyncFromOldSystem {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("ImportmsgSyncFromOldSystem")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!({ "type" : "integer", "enum" : [2, 5] })
    }
}
impl crate::Validate for ImportmsgSyncFromOldSystem {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `importmsg`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportmsgError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90002`: MsgBody is not an array of valid message elements; follow the message element format.
    MsgBodyInvalid,
    /// `90003`: To_Account is absent or names an account that does not exist.
    MsgToAccountMissing,
    /// `90005`: MsgRandom is absent or is not an integer.
    MsgRandomInvalid,
    /// `90006`: MsgTimeStamp is absent or is not an integer.
    MsgTimestampInvalid,
    /// `90007`: MsgBody is not an array; send it as an array.
    MsgBodyNotArray,
    /// `90008`: From_Account is absent or names an account that does not exist. From_Account is missing or not an imported account.
    MsgFromAccountInvalid,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90010`: The body does not follow the message format; follow the message element definitions.
    MsgFormatInvalid,
    /// `90011`: A batch send may target at most 500 accounts; reduce To_Account.
    MsgBatchTooManyRecipients,
    /// `90012`: To_Account is not registered; check that it was imported and is spelled correctly. To_Account is not an imported account.
    MsgToAccountNotRegistered,
    /// `90026`: The offline storage period is invalid; it may not exceed 7 days.
    MsgOfflineLifetimeInvalid,
    /// `90030`: An attribute is empty or longer than 50 bytes.
    PushAttrLengthInvalid,
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
impl crate::EndpointError for ImportmsgError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90002i64 => Self::MsgBodyInvalid,
            90003i64 => Self::MsgToAccountMissing,
            90005i64 => Self::MsgRandomInvalid,
            90006i64 => Self::MsgTimestampInvalid,
            90007i64 => Self::MsgBodyNotArray,
            90008i64 => Self::MsgFromAccountInvalid,
            90009i64 => Self::MsgAdminRequired,
            90010i64 => Self::MsgFormatInvalid,
            90011i64 => Self::MsgBatchTooManyRecipients,
            90012i64 => Self::MsgToAccountNotRegistered,
            90026i64 => Self::MsgOfflineLifetimeInvalid,
            90030i64 => Self::PushAttrLengthInvalid,
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
            Self::MsgFromAccountInvalid => {
                "From_Account is absent or names an account that does not exist. From_Account is missing or not an imported account."
            }
            Self::MsgToAccountNotRegistered => {
                "To_Account is not registered; check that it was imported and is spelled correctly. To_Account is not an imported account."
            }
            Self::MsgJsonTooLarge => {
                "The JSON packet exceeds 8 KB; make it smaller. The request is larger than 12 KB."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImportmsgError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgBodyInvalid => super::ErrorCode::MsgBodyInvalid,
            Self::MsgToAccountMissing => super::ErrorCode::MsgToAccountMissing,
            Self::MsgRandomInvalid => super::ErrorCode::MsgRandomInvalid,
            Self::MsgTimestampInvalid => super::ErrorCode::MsgTimestampInvalid,
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
            Self::PushAttrLengthInvalid => super::ErrorCode::PushAttrLengthInvalid,
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
impl ::core::fmt::Display for ImportmsgError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImportmsgRequest {
    type Response = ImportmsgResponse;
    type Error = ImportmsgError;
    const INFO: &'static crate::EndpointInfo = &IMPORTMSG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `importmsg`: The page's 93000: the JSON request may be at most 12 KB. Unit: bytes.
pub const IMPORTMSG_MAX_MESSAGE_BYTES: i64 = 12288i64;
#[doc = concat!("Metadata and hooks of `", "v4/openim/importmsg", "`.")]
pub static IMPORTMSG: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "importmsg",
    path: "v4/openim/importmsg",
    legacy_paths: &[],
    summary: "Import a one-to-one message from another system into the conversation history.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/35014",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
    invalid_request_code: 90001i64,
    invalid_request_fields: &[],
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
            code: 90006i64,
            name: "MsgTimestampInvalid",
            description: "MsgTimeStamp is absent or is not an integer.",
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
            code: 90030i64,
            name: "PushAttrLengthInvalid",
            description: "An attribute is empty or longer than 50 bytes.",
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
            missing: 90008i64,
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
    example_response: "{}",
    classify_error: crate::__private::classify::<ImportmsgError>,
    hooks: crate::EndpointHooks::of::<ImportmsgRequest>(),
};
