/// Read the history of a one-to-one conversation in a time range, as one of its two parties sees it.
///
/// Returns the messages exchanged between Operator_Account and Peer_Account whose time lies between MinTime and MaxTime, as Operator_Account's history holds them (messages that party deleted, or that were sent with SyncOtherMachine 2 by that party, may be missing). Recalled messages are included, marked by MsgFlagBits. Each answer holds the most recent messages of the range up to MaxCnt (and a size limit of about 13 KB), listed oldest first; when Complete is 0, ask again with MaxTime set to LastMsgTime and LastMsgKey set to the answer's LastMsgKey to get older ones.
///
/// `POST v4/openim/admin_getroammsg`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](AdminGetroammsgError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90003` [`MsgToAccountMissing`](AdminGetroammsgError::MsgToAccountMissing): To_Account is absent or names an account that does not exist. Peer_Account is missing or not an imported account.
/// - `90008` [`MsgFromAccountInvalid`](AdminGetroammsgError::MsgFromAccountInvalid): From_Account is absent or names an account that does not exist. Operator_Account is missing or not an imported account.
/// - `90009` [`MsgAdminRequired`](AdminGetroammsgError::MsgAdminRequired): This request must be made with the app admin account.
/// - `91000` [`MsgServiceUnavailable`](AdminGetroammsgError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - Pages run from newest to oldest although each answer lists its messages oldest first: in the samples the first answer's LastMsgTime is its first (oldest) message, and the continued read sets MaxTime to it. The paging key copies LastMsgTime into MaxTime and LastMsgKey into LastMsgKey and stops on Complete 1 (or an empty answer).
/// - The error table names To_Account and From_Account (90003, 90008), fields this request does not have; the spec takes them to mean Peer_Account and Operator_Account.
/// - The page gives no limit for MaxCnt and none for the time range beyond the roaming period (7 days by default, longer as a paid option).
/// - MsgBody and CloudCustomData are optional in answers: the samples always carry them, but a recalled message may have no body.
/// - Safe to repeat: the call only reads.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/35478>. Spec: `specs/openim/admin_getroammsg.json`.
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
pub struct AdminGetroammsgRequest {
    /// The party whose history is read.
    ///
    /// Wire name `Operator_Account`. Required. Example: `"user2"`.
    #[serde(rename = "Operator_Account")]
    pub operator_account: ::std::string::String,
    /// The other party of the conversation.
    ///
    /// Wire name `Peer_Account`. Required. Example: `"user1"`.
    #[serde(rename = "Peer_Account")]
    pub peer_account: ::std::string::String,
    /// The most messages one answer returns.
    ///
    /// Wire name `MaxCnt`. Required. Example: `100`.
    #[serde(rename = "MaxCnt")]
    pub max_cnt: u32,
    /// Start of the time range (inclusive).
    ///
    /// Wire name `MinTime`. Required. Limits: see [`UnixTime`]. Example: `1584669600`.
    #[serde(rename = "MinTime")]
    pub min_time: super::types::UnixTime,
    /// End of the time range (inclusive); on a continued read, the previous answer's LastMsgTime.
    ///
    /// Wire name `MaxTime`. Required. Limits: see [`UnixTime`]. Example: `1584673200`.
    #[serde(rename = "MaxTime")]
    pub max_time: super::types::UnixTime,
    /// On a continued read: the previous answer's LastMsgKey, the oldest message already returned.
    ///
    /// Wire name `LastMsgKey`. Optional. Example: `"549396494_2578554_1584669680"`.
    #[serde(rename = "LastMsgKey", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_key: ::core::option::Option<::std::string::String>,
}
impl AdminGetroammsgRequest {
    ///Starts building from the required field `Operator_Account`; each further required field is named in turn, `AdminGetroammsgRequest::operator_account(..).peer_account(..).max_cnt(..).min_time(..).max_time(..)`, which gives the value with optional fields unset.
    pub fn operator_account(
        operator_account: impl ::core::convert::Into<::std::string::String>,
    ) -> AdminGetroammsgRequestNeedsPeerAccount {
        AdminGetroammsgRequestNeedsPeerAccount {
            operator_account: operator_account.into(),
        }
    }
    ///Sets `LastMsgKey`: On a continued read: the previous answer's LastMsgKey, the oldest message already returned.
    #[must_use]
    pub fn last_msg_key(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_msg_key = ::core::option::Option::Some(value.into());
        self
    }
}
///A value of [`AdminGetroammsgRequest`] being built: `Peer_Account` comes next (`.peer_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `AdminGetroammsgRequest` exists only once every required field is given"]
pub struct AdminGetroammsgRequestNeedsPeerAccount {
    operator_account: ::std::string::String,
}
impl AdminGetroammsgRequestNeedsPeerAccount {
    ///Sets `Peer_Account`.
    pub fn peer_account(
        self,
        peer_account: impl ::core::convert::Into<::std::string::String>,
    ) -> AdminGetroammsgRequestNeedsMaxCnt {
        AdminGetroammsgRequestNeedsMaxCnt {
            operator_account: self.operator_account,
            peer_account: peer_account.into(),
        }
    }
}
///A value of [`AdminGetroammsgRequest`] being built: `MaxCnt` comes next (`.max_cnt(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `AdminGetroammsgRequest` exists only once every required field is given"]
pub struct AdminGetroammsgRequestNeedsMaxCnt {
    operator_account: ::std::string::String,
    peer_account: ::std::string::String,
}
impl AdminGetroammsgRequestNeedsMaxCnt {
    ///Sets `MaxCnt`.
    pub fn max_cnt(self, max_cnt: u32) -> AdminGetroammsgRequestNeedsMinTime {
        AdminGetroammsgRequestNeedsMinTime {
            operator_account: self.operator_account,
            peer_account: self.peer_account,
            max_cnt: max_cnt,
        }
    }
}
///A value of [`AdminGetroammsgRequest`] being built: `MinTime` comes next (`.min_time(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `AdminGetroammsgRequest` exists only once every required field is given"]
pub struct AdminGetroammsgRequestNeedsMinTime {
    operator_account: ::std::string::String,
    peer_account: ::std::string::String,
    max_cnt: u32,
}
impl AdminGetroammsgRequestNeedsMinTime {
    ///Sets `MinTime`.
    pub fn min_time(
        self,
        min_time: super::types::UnixTime,
    ) -> AdminGetroammsgRequestNeedsMaxTime {
        AdminGetroammsgRequestNeedsMaxTime {
            operator_account: self.operator_account,
            peer_account: self.peer_account,
            max_cnt: self.max_cnt,
            min_time: min_time,
        }
    }
}
///A value of [`AdminGetroammsgRequest`] being built: `MaxTime` comes next (`.max_time(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `AdminGetroammsgRequest` exists only once every required field is given"]
pub struct AdminGetroammsgRequestNeedsMaxTime {
    operator_account: ::std::string::String,
    peer_account: ::std::string::String,
    max_cnt: u32,
    min_time: super::types::UnixTime,
}
impl AdminGetroammsgRequestNeedsMaxTime {
    ///Sets `MaxTime`.
    pub fn max_time(self, max_time: super::types::UnixTime) -> AdminGetroammsgRequest {
        AdminGetroammsgRequest {
            operator_account: self.operator_account,
            peer_account: self.peer_account,
            max_cnt: self.max_cnt,
            min_time: self.min_time,
            max_time: max_time,
            last_msg_key: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for AdminGetroammsgRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`AdminGetroammsgRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct AdminGetroammsgResponse {
    /// Whether every message of the range has been returned.
    ///
    /// Wire name `Complete`. Always present. Example: `1`.
    #[serde(rename = "Complete")]
    pub complete: AdminGetroammsgResponseComplete,
    /// How many messages this answer holds.
    ///
    /// Wire name `MsgCnt`. Always present. Example: `1`.
    #[serde(rename = "MsgCnt")]
    pub msg_cnt: u32,
    /// Time of the oldest message of this answer (the next read's MaxTime).
    ///
    /// Wire name `LastMsgTime`. May be absent. Limits: see [`UnixTime`]. Example: `1584669680`.
    #[serde(rename = "LastMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_time: ::core::option::Option<super::types::UnixTime>,
    /// Key of the oldest message of this answer (the next read's LastMsgKey).
    ///
    /// Wire name `LastMsgKey`. May be absent. Example: `"549396494_2578554_1584669680"`.
    #[serde(rename = "LastMsgKey", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_key: ::core::option::Option<::std::string::String>,
    /// The messages, oldest first.
    ///
    /// Wire name `MsgList`. May be absent.
    #[serde(rename = "MsgList", default, skip_serializing_if = "Option::is_none")]
    pub msg_list: ::core::option::Option<::std::vec::Vec<C2cMessage>>,
}
impl AdminGetroammsgResponse {
    ///Creates a value from its required fields (`complete`, `msg_cnt`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(complete: AdminGetroammsgResponseComplete, msg_cnt: u32) -> Self {
        Self {
            complete: complete,
            msg_cnt: msg_cnt,
            last_msg_time: ::core::option::Option::None,
            last_msg_key: ::core::option::Option::None,
            msg_list: ::core::option::Option::None,
        }
    }
    ///Sets `LastMsgTime`: Time of the oldest message of this answer (the next read's MaxTime).
    #[must_use]
    pub fn last_msg_time(mut self, value: super::types::UnixTime) -> Self {
        self.last_msg_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `LastMsgKey`: Key of the oldest message of this answer (the next read's LastMsgKey).
    #[must_use]
    pub fn last_msg_key(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_msg_key = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `MsgList`: The messages, oldest first.
    #[must_use]
    pub fn msg_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = C2cMessage>,
    ) -> Self {
        self.msg_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for AdminGetroammsgResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.msg_list {
            let at = at.field("MsgList");
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
/// Whether every message of the range has been returned.
///
#[doc = concat!(" Wire values: ", "0, 1", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AdminGetroammsgResponseComplete {
    /// `0`: Older messages remain: continue.
    Incomplete,
    /// `1`: Nothing remains.
    Complete,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl AdminGetroammsgResponseComplete {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Incomplete, Self::Complete];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Incomplete => 0i64,
            Self::Complete => 1i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            0i64 => Self::Incomplete,
            1i64 => Self::Complete,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for AdminGetroammsgResponseComplete {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for AdminGetroammsgResponseComplete {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for AdminGetroammsgResponseComplete {
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
impl crate::__private::schemars::JsonSchema for AdminGetroammsgResponseComplete {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("AdminGetroammsgResponseComplete")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for AdminGetroammsgResponseComplete {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The message's state.
///
#[doc = concat!(" Wire values: ", "0, 8", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum C2cMessageMsgFlagBits {
    /// `0`: An ordinary message.
    Normal,
    /// `8`: A recalled message.
    Recalled,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl C2cMessageMsgFlagBits {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Normal, Self::Recalled];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Normal => 0i64,
            Self::Recalled => 8i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            0i64 => Self::Normal,
            8i64 => Self::Recalled,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for C2cMessageMsgFlagBits {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for C2cMessageMsgFlagBits {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for C2cMessageMsgFlagBits {
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
impl crate::__private::schemars::JsonSchema for C2cMessageMsgFlagBits {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("C2cMessageMsgFlagBits")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for C2cMessageMsgFlagBits {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The messages, oldest first.
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
pub struct C2cMessage {
    /// The sender.
    ///
    /// Wire name `From_Account`. Required. Example: `"user1"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The recipient.
    ///
    /// Wire name `To_Account`. Required. Example: `"user2"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The message's sequence number.
    ///
    /// Wire name `MsgSeq`. Required. Example: `549396494`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u32,
    /// The message's random number.
    ///
    /// Wire name `MsgRandom`. Required. Example: `2578554`.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// When the message was sent.
    ///
    /// Wire name `MsgTimeStamp`. Required. Limits: see [`UnixTime`]. Example: `1584669680`.
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: super::types::UnixTime,
    /// The message's state.
    ///
    /// Wire name `MsgFlagBits`. Optional. Example: `0`.
    #[serde(rename = "MsgFlagBits", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag_bits: ::core::option::Option<C2cMessageMsgFlagBits>,
    /// Whether the recipient has sent a read receipt for it.
    ///
    /// Wire name `IsPeerRead`. Optional. Limits: see [`YesNo`]. Example: `0`.
    #[serde(rename = "IsPeerRead", default, skip_serializing_if = "Option::is_none")]
    pub is_peer_read: ::core::option::Option<super::types::YesNo>,
    /// The message's key, which recalls it.
    ///
    /// Wire name `MsgKey`. Required. Example: `"549396494_2578554_1584669680"`.
    #[serde(rename = "MsgKey")]
    pub msg_key: ::std::string::String,
    /// The message's elements; empty for a recalled message.
    ///
    /// Wire name `MsgBody`. Optional. Limits: each item see [`MsgElement`]. Example: `[{"MsgContent":{"Text":"1"},"MsgType":"TIMTextElem"}]`.
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: ::core::option::Option<::std::vec::Vec<super::types::MsgElement>>,
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
impl C2cMessage {
    ///Starts building from the required field `From_Account`; each further required field is named in turn, `C2cMessage::from_account(..).to_account(..).msg_seq(..).msg_random(..).msg_time_stamp(..).msg_key(..)`, which gives the value with optional fields unset.
    pub fn from_account(
        from_account: impl ::core::convert::Into<::std::string::String>,
    ) -> C2cMessageNeedsToAccount {
        C2cMessageNeedsToAccount {
            from_account: from_account.into(),
        }
    }
    ///Sets `MsgFlagBits`: The message's state.
    #[must_use]
    pub fn msg_flag_bits(mut self, value: C2cMessageMsgFlagBits) -> Self {
        self.msg_flag_bits = ::core::option::Option::Some(value);
        self
    }
    ///Sets `IsPeerRead`: Whether the recipient has sent a read receipt for it.
    #[must_use]
    pub fn is_peer_read(mut self, value: super::types::YesNo) -> Self {
        self.is_peer_read = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MsgBody`: The message's elements; empty for a recalled message.
    #[must_use]
    pub fn msg_body(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> Self {
        self.msg_body = ::core::option::Option::Some(value.into_iter().collect());
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
///A value of [`C2cMessage`] being built: `To_Account` comes next (`.to_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `C2cMessage` exists only once every required field is given"]
pub struct C2cMessageNeedsToAccount {
    from_account: ::std::string::String,
}
impl C2cMessageNeedsToAccount {
    ///Sets `To_Account`.
    pub fn to_account(
        self,
        to_account: impl ::core::convert::Into<::std::string::String>,
    ) -> C2cMessageNeedsMsgSeq {
        C2cMessageNeedsMsgSeq {
            from_account: self.from_account,
            to_account: to_account.into(),
        }
    }
}
///A value of [`C2cMessage`] being built: `MsgSeq` comes next (`.msg_seq(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `C2cMessage` exists only once every required field is given"]
pub struct C2cMessageNeedsMsgSeq {
    from_account: ::std::string::String,
    to_account: ::std::string::String,
}
impl C2cMessageNeedsMsgSeq {
    ///Sets `MsgSeq`.
    pub fn msg_seq(self, msg_seq: u32) -> C2cMessageNeedsMsgRandom {
        C2cMessageNeedsMsgRandom {
            from_account: self.from_account,
            to_account: self.to_account,
            msg_seq: msg_seq,
        }
    }
}
///A value of [`C2cMessage`] being built: `MsgRandom` comes next (`.msg_random(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `C2cMessage` exists only once every required field is given"]
pub struct C2cMessageNeedsMsgRandom {
    from_account: ::std::string::String,
    to_account: ::std::string::String,
    msg_seq: u32,
}
impl C2cMessageNeedsMsgRandom {
    ///Sets `MsgRandom`.
    pub fn msg_random(self, msg_random: u32) -> C2cMessageNeedsMsgTimeStamp {
        C2cMessageNeedsMsgTimeStamp {
            from_account: self.from_account,
            to_account: self.to_account,
            msg_seq: self.msg_seq,
            msg_random: msg_random,
        }
    }
}
///A value of [`C2cMessage`] being built: `MsgTimeStamp` comes next (`.msg_time_stamp(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `C2cMessage` exists only once every required field is given"]
pub struct C2cMessageNeedsMsgTimeStamp {
    from_account: ::std::string::String,
    to_account: ::std::string::String,
    msg_seq: u32,
    msg_random: u32,
}
impl C2cMessageNeedsMsgTimeStamp {
    ///Sets `MsgTimeStamp`.
    pub fn msg_time_stamp(
        self,
        msg_time_stamp: super::types::UnixTime,
    ) -> C2cMessageNeedsMsgKey {
        C2cMessageNeedsMsgKey {
            from_account: self.from_account,
            to_account: self.to_account,
            msg_seq: self.msg_seq,
            msg_random: self.msg_random,
            msg_time_stamp: msg_time_stamp,
        }
    }
}
///A value of [`C2cMessage`] being built: `MsgKey` comes next (`.msg_key(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `C2cMessage` exists only once every required field is given"]
pub struct C2cMessageNeedsMsgKey {
    from_account: ::std::string::String,
    to_account: ::std::string::String,
    msg_seq: u32,
    msg_random: u32,
    msg_time_stamp: super::types::UnixTime,
}
impl C2cMessageNeedsMsgKey {
    ///Sets `MsgKey`.
    pub fn msg_key(
        self,
        msg_key: impl ::core::convert::Into<::std::string::String>,
    ) -> C2cMessage {
        C2cMessage {
            from_account: self.from_account,
            to_account: self.to_account,
            msg_seq: self.msg_seq,
            msg_random: self.msg_random,
            msg_time_stamp: self.msg_time_stamp,
            msg_key: msg_key.into(),
            msg_flag_bits: ::core::option::Option::None,
            is_peer_read: ::core::option::Option::None,
            msg_body: ::core::option::Option::None,
            cloud_custom_data: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for C2cMessage {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.msg_body {
            let at = at.field("MsgBody");
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
///The error codes of `admin_getroammsg`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminGetroammsgError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90003`: To_Account is absent or names an account that does not exist. Peer_Account is missing or not an imported account.
    MsgToAccountMissing,
    /// `90008`: From_Account is absent or names an account that does not exist. Operator_Account is missing or not an imported account.
    MsgFromAccountInvalid,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for AdminGetroammsgError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90003i64 => Self::MsgToAccountMissing,
            90008i64 => Self::MsgFromAccountInvalid,
            90009i64 => Self::MsgAdminRequired,
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
            Self::MsgToAccountMissing => {
                "To_Account is absent or names an account that does not exist. Peer_Account is missing or not an imported account."
            }
            Self::MsgFromAccountInvalid => {
                "From_Account is absent or names an account that does not exist. Operator_Account is missing or not an imported account."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl AdminGetroammsgError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgToAccountMissing => super::ErrorCode::MsgToAccountMissing,
            Self::MsgFromAccountInvalid => super::ErrorCode::MsgFromAccountInvalid,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for AdminGetroammsgError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for AdminGetroammsgRequest {
    type Response = AdminGetroammsgResponse;
    type Error = AdminGetroammsgError;
    const INFO: &'static crate::EndpointInfo = &ADMIN_GETROAMMSG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openim/admin_getroammsg", "`.")]
pub static ADMIN_GETROAMMSG: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "admin_getroammsg",
    path: "v4/openim/admin_getroammsg",
    legacy_paths: &[],
    summary: "Read the history of a one-to-one conversation in a time range, as one of its two parties sees it.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/35478",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
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
            code: 90003i64,
            name: "MsgToAccountMissing",
            description: "To_Account is absent or names an account that does not exist.",
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
            field: "Operator_Account",
            entity: crate::Entity::Account,
            missing: 90008i64,
            role: ::core::option::Option::None,
        },
        crate::FieldReference {
            field: "Peer_Account",
            entity: crate::Entity::Account,
            missing: 90003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"Complete\":1,\"LastMsgKey\":\"549396494_2578554_1584669680\",\"LastMsgTime\":1584669680,\"MsgCnt\":1}",
    classify_error: crate::__private::classify::<AdminGetroammsgError>,
    hooks: crate::EndpointHooks::of::<AdminGetroammsgRequest>(),
};
///Pages through `v4/openim/admin_getroammsg`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for AdminGetroammsgRequest {
    type Item = C2cMessage;
    fn next_page(
        &self,
        response: &AdminGetroammsgResponse,
        _received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        let items = <Self as crate::Paged>::page_len(response) as u64;
        if crate::__private::wire_equals(&response.complete, "1") || items == 0 {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            next.last_msg_key = ::core::option::Option::Some(
                ::core::clone::Clone::clone(&response.last_msg_key)
                    .ok_or(crate::PagingError::MissingCursor {
                        field: "LastMsgKey",
                    })?,
            );
            next.max_time = ::core::clone::Clone::clone(&response.last_msg_time)
                .ok_or(crate::PagingError::MissingCursor {
                    field: "LastMsgTime",
                })?;
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
    fn page_len(response: &AdminGetroammsgResponse) -> usize {
        response.msg_list.as_ref().map_or(0, ::std::vec::Vec::len)
    }
    fn into_items(response: AdminGetroammsgResponse) -> ::std::vec::Vec<Self::Item> {
        response.msg_list.unwrap_or_default()
    }
}
