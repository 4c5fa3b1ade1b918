/// Read the app's daily usage statistics of the last 30 days.
///
/// Answers one entry per day of the last 30 days with the app's operations figures: accounts (registered, active, logged in, peak online), messages (up and down, one-to-one and group, APNs pushes), relationship chain changes, groups (created, disbanded, joins, exits) and webhook traffic. RequestField chooses the figures; without it every figure is answered. Counts travel as decimal strings.
///
/// `POST v4/openconfigsvr/getappinfo`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `130001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `130001` [`ConfigJsonParseFailed`](GetappinfoError::ConfigJsonParseFailed): The request body could not be parsed as JSON; send valid JSON.
/// - `130009` [`StatsDbOpenFailed`](GetappinfoError::StatsDbOpenFailed): The statistics database could not be opened; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `130010` [`StatsDbPingFailed`](GetappinfoError::StatsDbPingFailed): The statistics database did not answer; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `130011` [`StatsDbQueryFailed`](GetappinfoError::StatsDbQueryFailed): Querying the statistics database failed; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `130012` [`StatsDbResultInvalid`](GetappinfoError::StatsDbResultInvalid): The statistics database's answer could not be read; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The figures are listed in a separate table of names without types; every count is a JSON string of digits in the samples, so they are u64 carried in strings. AppId is the SDKAppID, also a string of digits. Date is YYYYMMDD.
/// - The first response sample has a trailing comma after UpMsgNum (not valid JSON) and the answers carry no ActionStatus; the fixture drops the comma and the envelope declares ActionStatus optional for these calls.
/// - Every figure is optional: only those RequestField asks for come back (the second sample holds three).
/// - RequestField's limit of 64 is stated here, not documented: twice the 32 figures the page lists, since the enum is open. Atomic: the figures of one call make one answer.
/// - The emulator answers one entry for today, from its own counts (accounts, groups, friend pairs); the other figures are 0.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34886>. Spec: `specs/openconfigsvr/getappinfo.json`.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    crate::__private::serde::Serialize,
    crate::__private::OutboundDeserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct GetappinfoRequest {
    /// The figures to answer; without it, all of them. Date comes with every entry.
    ///
    /// Wire name `RequestField`. Optional. Limits: at most 64 items; one list, not to be split across calls. Example: `["ChainIncrease","ChainDecrease"]`.
    #[serde(rename = "RequestField", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 64u32))]
    pub request_field: ::core::option::Option<
        ::std::vec::Vec<GetappinfoRequestFieldItem>,
    >,
}
impl GetappinfoRequest {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            request_field: ::core::option::Option::None,
        }
    }
    ///Sets `RequestField`: The figures to answer; without it, all of them. Date comes with every entry.
    #[must_use]
    pub fn request_field(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = GetappinfoRequestFieldItem>,
    ) -> Self {
        self.request_field = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for GetappinfoRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.request_field {
            let at = at.field("RequestField");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(64u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetappinfoRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetappinfoResponse {
    /// One entry per day, newest first, with the figures asked for.
    ///
    /// Wire name `Result`. Always present. Example: `[{"ChainDecrease":"8","ChainIncrease":"8","Date":"20160605"}]`.
    #[serde(rename = "Result")]
    pub result: ::std::vec::Vec<AppDailyStats>,
}
impl GetappinfoResponse {
    ///Creates a value from its required fields (`result`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(result: impl ::core::iter::IntoIterator<Item = AppDailyStats>) -> Self {
        Self {
            result: result.into_iter().collect(),
        }
    }
}
impl crate::Validate for GetappinfoResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("Result");
            let v = &self.result;
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
/// The figures to answer; without it, all of them. Date comes with every entry.
///
#[doc = concat!(
    " Wire values: ",
    "\"AppName\", \"AppId\", \"Company\", \"ActiveUserNum\", \"RegistUserNumOneDay\", \"RegistUserNumTotal\", \"LoginTimes\", \"LoginUserNum\", \"UpMsgNum\", \"SendMsgUserNum\", \"APNSMsgNum\", \"C2CUpMsgNum\", \"C2CDownMsgNum\", \"C2CSendMsgUserNum\", \"C2CAPNSMsgNum\", \"MaxOnlineNum\", \"DownMsgNum\", \"ChainIncrease\", \"ChainDecrease\", \"GroupUpMsgNum\", \"GroupDownMsgNum\", \"GroupSendMsgUserNum\", \"GroupAPNSMsgNum\", \"GroupSendMsgGroupNum\", \"GroupJoinGroupTimes\", \"GroupQuitGroupTimes\", \"GroupNewGroupNum\", \"GroupAllGroupNum\", \"GroupDestroyGroupNum\", \"CallBackReq\", \"CallBackRsp\", \"Date\"",
    "."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetappinfoRequestFieldItem {
    /// `"AppName"`: The app's name.
    AppName,
    /// `"AppId"`: The app's SDKAppID.
    AppId,
    /// `"Company"`: The customer's name.
    Company,
    /// `"ActiveUserNum"`: Active users.
    ActiveUserNum,
    /// `"RegistUserNumOneDay"`: Accounts registered that day.
    RegistUserNumOneDay,
    /// `"RegistUserNumTotal"`: Accounts registered in all.
    RegistUserNumTotal,
    /// `"LoginTimes"`: Logins.
    LoginTimes,
    /// `"LoginUserNum"`: Accounts that logged in.
    LoginUserNum,
    /// `"UpMsgNum"`: Messages sent up to the service (one-to-one and group).
    UpMsgNum,
    /// `"SendMsgUserNum"`: Accounts that sent messages.
    SendMsgUserNum,
    /// `"APNSMsgNum"`: APNs push notifications sent.
    APNSMsgNum,
    /// `"C2CUpMsgNum"`: One-to-one messages sent up.
    C2CUpMsgNum,
    /// `"C2CDownMsgNum"`: One-to-one messages delivered down.
    C2CDownMsgNum,
    /// `"C2CSendMsgUserNum"`: Accounts that sent one-to-one messages.
    C2CSendMsgUserNum,
    /// `"C2CAPNSMsgNum"`: APNs pushes of one-to-one messages.
    C2CAPNSMsgNum,
    /// `"MaxOnlineNum"`: Peak of accounts online at once.
    MaxOnlineNum,
    /// `"DownMsgNum"`: Messages delivered down (one-to-one and group).
    DownMsgNum,
    /// `"ChainIncrease"`: Relationship chain pairs added.
    ChainIncrease,
    /// `"ChainDecrease"`: Relationship chain pairs removed.
    ChainDecrease,
    /// `"GroupUpMsgNum"`: Group messages sent up.
    GroupUpMsgNum,
    /// `"GroupDownMsgNum"`: Group messages delivered down.
    GroupDownMsgNum,
    /// `"GroupSendMsgUserNum"`: Accounts that sent group messages.
    GroupSendMsgUserNum,
    /// `"GroupAPNSMsgNum"`: APNs pushes of group messages.
    GroupAPNSMsgNum,
    /// `"GroupSendMsgGroupNum"`: Groups in which messages were sent.
    GroupSendMsgGroupNum,
    /// `"GroupJoinGroupTimes"`: Joins of groups.
    GroupJoinGroupTimes,
    /// `"GroupQuitGroupTimes"`: Exits from groups.
    GroupQuitGroupTimes,
    /// `"GroupNewGroupNum"`: Groups created.
    GroupNewGroupNum,
    /// `"GroupAllGroupNum"`: Groups in all.
    GroupAllGroupNum,
    /// `"GroupDestroyGroupNum"`: Groups disbanded.
    GroupDestroyGroupNum,
    /// `"CallBackReq"`: Webhook requests sent.
    CallBackReq,
    /// `"CallBackRsp"`: Webhook answers received.
    CallBackRsp,
    /// `"Date"`: The day the figures are for, as YYYYMMDD.
    Date,
    /// A value this spec does not list, kept as sent.
    Other(::std::string::String),
}
impl GetappinfoRequestFieldItem {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[
        Self::AppName,
        Self::AppId,
        Self::Company,
        Self::ActiveUserNum,
        Self::RegistUserNumOneDay,
        Self::RegistUserNumTotal,
        Self::LoginTimes,
        Self::LoginUserNum,
        Self::UpMsgNum,
        Self::SendMsgUserNum,
        Self::APNSMsgNum,
        Self::C2CUpMsgNum,
        Self::C2CDownMsgNum,
        Self::C2CSendMsgUserNum,
        Self::C2CAPNSMsgNum,
        Self::MaxOnlineNum,
        Self::DownMsgNum,
        Self::ChainIncrease,
        Self::ChainDecrease,
        Self::GroupUpMsgNum,
        Self::GroupDownMsgNum,
        Self::GroupSendMsgUserNum,
        Self::GroupAPNSMsgNum,
        Self::GroupSendMsgGroupNum,
        Self::GroupJoinGroupTimes,
        Self::GroupQuitGroupTimes,
        Self::GroupNewGroupNum,
        Self::GroupAllGroupNum,
        Self::GroupDestroyGroupNum,
        Self::CallBackReq,
        Self::CallBackRsp,
        Self::Date,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppName => "AppName",
            Self::AppId => "AppId",
            Self::Company => "Company",
            Self::ActiveUserNum => "ActiveUserNum",
            Self::RegistUserNumOneDay => "RegistUserNumOneDay",
            Self::RegistUserNumTotal => "RegistUserNumTotal",
            Self::LoginTimes => "LoginTimes",
            Self::LoginUserNum => "LoginUserNum",
            Self::UpMsgNum => "UpMsgNum",
            Self::SendMsgUserNum => "SendMsgUserNum",
            Self::APNSMsgNum => "APNSMsgNum",
            Self::C2CUpMsgNum => "C2CUpMsgNum",
            Self::C2CDownMsgNum => "C2CDownMsgNum",
            Self::C2CSendMsgUserNum => "C2CSendMsgUserNum",
            Self::C2CAPNSMsgNum => "C2CAPNSMsgNum",
            Self::MaxOnlineNum => "MaxOnlineNum",
            Self::DownMsgNum => "DownMsgNum",
            Self::ChainIncrease => "ChainIncrease",
            Self::ChainDecrease => "ChainDecrease",
            Self::GroupUpMsgNum => "GroupUpMsgNum",
            Self::GroupDownMsgNum => "GroupDownMsgNum",
            Self::GroupSendMsgUserNum => "GroupSendMsgUserNum",
            Self::GroupAPNSMsgNum => "GroupAPNSMsgNum",
            Self::GroupSendMsgGroupNum => "GroupSendMsgGroupNum",
            Self::GroupJoinGroupTimes => "GroupJoinGroupTimes",
            Self::GroupQuitGroupTimes => "GroupQuitGroupTimes",
            Self::GroupNewGroupNum => "GroupNewGroupNum",
            Self::GroupAllGroupNum => "GroupAllGroupNum",
            Self::GroupDestroyGroupNum => "GroupDestroyGroupNum",
            Self::CallBackReq => "CallBackReq",
            Self::CallBackRsp => "CallBackRsp",
            Self::Date => "Date",
            Self::Other(s) => s.as_str(),
        }
    }
    /// The value for a wire string; unlisted strings become `Other`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "AppName" => Self::AppName,
            "AppId" => Self::AppId,
            "Company" => Self::Company,
            "ActiveUserNum" => Self::ActiveUserNum,
            "RegistUserNumOneDay" => Self::RegistUserNumOneDay,
            "RegistUserNumTotal" => Self::RegistUserNumTotal,
            "LoginTimes" => Self::LoginTimes,
            "LoginUserNum" => Self::LoginUserNum,
            "UpMsgNum" => Self::UpMsgNum,
            "SendMsgUserNum" => Self::SendMsgUserNum,
            "APNSMsgNum" => Self::APNSMsgNum,
            "C2CUpMsgNum" => Self::C2CUpMsgNum,
            "C2CDownMsgNum" => Self::C2CDownMsgNum,
            "C2CSendMsgUserNum" => Self::C2CSendMsgUserNum,
            "C2CAPNSMsgNum" => Self::C2CAPNSMsgNum,
            "MaxOnlineNum" => Self::MaxOnlineNum,
            "DownMsgNum" => Self::DownMsgNum,
            "ChainIncrease" => Self::ChainIncrease,
            "ChainDecrease" => Self::ChainDecrease,
            "GroupUpMsgNum" => Self::GroupUpMsgNum,
            "GroupDownMsgNum" => Self::GroupDownMsgNum,
            "GroupSendMsgUserNum" => Self::GroupSendMsgUserNum,
            "GroupAPNSMsgNum" => Self::GroupAPNSMsgNum,
            "GroupSendMsgGroupNum" => Self::GroupSendMsgGroupNum,
            "GroupJoinGroupTimes" => Self::GroupJoinGroupTimes,
            "GroupQuitGroupTimes" => Self::GroupQuitGroupTimes,
            "GroupNewGroupNum" => Self::GroupNewGroupNum,
            "GroupAllGroupNum" => Self::GroupAllGroupNum,
            "GroupDestroyGroupNum" => Self::GroupDestroyGroupNum,
            "CallBackReq" => Self::CallBackReq,
            "CallBackRsp" => Self::CallBackRsp,
            "Date" => Self::Date,
            _ => Self::Other(::std::string::ToString::to_string(s)),
        }
    }
}
impl ::core::fmt::Display for GetappinfoRequestFieldItem {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for GetappinfoRequestFieldItem {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for GetappinfoRequestFieldItem {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(&s))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GetappinfoRequestFieldItem {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GetappinfoRequestFieldItem")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "examples" : ["AppName", "AppId", "Company",
            "ActiveUserNum", "RegistUserNumOneDay", "RegistUserNumTotal", "LoginTimes",
            "LoginUserNum", "UpMsgNum", "SendMsgUserNum", "APNSMsgNum", "C2CUpMsgNum",
            "C2CDownMsgNum", "C2CSendMsgUserNum", "C2CAPNSMsgNum", "MaxOnlineNum",
            "DownMsgNum", "ChainIncrease", "ChainDecrease", "GroupUpMsgNum",
            "GroupDownMsgNum", "GroupSendMsgUserNum", "GroupAPNSMsgNum",
            "GroupSendMsgGroupNum", "GroupJoinGroupTimes", "GroupQuitGroupTimes",
            "GroupNewGroupNum", "GroupAllGroupNum", "GroupDestroyGroupNum",
            "CallBackReq", "CallBackRsp", "Date"] }
        )
    }
}
impl crate::Validate for GetappinfoRequestFieldItem {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One entry per day, newest first, with the figures asked for.
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
pub struct AppDailyStats {
    /// The app's name.
    ///
    /// Wire name `AppName`. Optional. Example: `"Real-Time Communication Scenario Trial Edition"`.
    #[serde(rename = "AppName", default, skip_serializing_if = "Option::is_none")]
    pub app_name: ::core::option::Option<::std::string::String>,
    /// The app's SDKAppID.
    ///
    /// Wire name `AppId`. Optional. Limits: sent as a decimal string. Example: `"1104620500"`.
    #[serde(rename = "AppId", default, skip_serializing_if = "Option::is_none")]
    pub app_id: ::core::option::Option<crate::StrInt<u64>>,
    /// The customer's name.
    ///
    /// Wire name `Company`. Optional. Example: `"Linye"`.
    #[serde(rename = "Company", default, skip_serializing_if = "Option::is_none")]
    pub company: ::core::option::Option<::std::string::String>,
    /// Active users. A count, sent as a decimal string.
    ///
    /// Wire name `ActiveUserNum`. Optional. Limits: sent as a decimal string. Example: `"2014"`.
    #[serde(rename = "ActiveUserNum", default, skip_serializing_if = "Option::is_none")]
    pub active_user_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Accounts registered that day. A count, sent as a decimal string.
    ///
    /// Wire name `RegistUserNumOneDay`. Optional. Limits: sent as a decimal string. Example: `"1052"`.
    #[serde(
        rename = "RegistUserNumOneDay",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub regist_user_num_one_day: ::core::option::Option<crate::StrInt<u64>>,
    /// Accounts registered in all. A count, sent as a decimal string.
    ///
    /// Wire name `RegistUserNumTotal`. Optional. Limits: sent as a decimal string. Example: `"53091"`.
    #[serde(
        rename = "RegistUserNumTotal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub regist_user_num_total: ::core::option::Option<crate::StrInt<u64>>,
    /// Logins. A count, sent as a decimal string.
    ///
    /// Wire name `LoginTimes`. Optional. Limits: sent as a decimal string. Example: `"13708"`.
    #[serde(rename = "LoginTimes", default, skip_serializing_if = "Option::is_none")]
    pub login_times: ::core::option::Option<crate::StrInt<u64>>,
    /// Accounts that logged in. A count, sent as a decimal string.
    ///
    /// Wire name `LoginUserNum`. Optional. Limits: sent as a decimal string. Example: `"2094"`.
    #[serde(rename = "LoginUserNum", default, skip_serializing_if = "Option::is_none")]
    pub login_user_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Messages sent up to the service (one-to-one and group). A count, sent as a decimal string.
    ///
    /// Wire name `UpMsgNum`. Optional. Limits: sent as a decimal string. Example: `"60642"`.
    #[serde(rename = "UpMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub up_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Accounts that sent messages. A count, sent as a decimal string.
    ///
    /// Wire name `SendMsgUserNum`. Optional. Limits: sent as a decimal string. Example: `"19"`.
    #[serde(rename = "SendMsgUserNum", default, skip_serializing_if = "Option::is_none")]
    pub send_msg_user_num: ::core::option::Option<crate::StrInt<u64>>,
    /// APNs push notifications sent. A count, sent as a decimal string.
    ///
    /// Wire name `APNSMsgNum`. Optional. Limits: sent as a decimal string. Example: `"84"`.
    #[serde(rename = "APNSMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub apns_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// One-to-one messages sent up. A count, sent as a decimal string.
    ///
    /// Wire name `C2CUpMsgNum`. Optional. Limits: sent as a decimal string. Example: `"52209"`.
    #[serde(rename = "C2CUpMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub c2c_up_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// One-to-one messages delivered down. A count, sent as a decimal string.
    ///
    /// Wire name `C2CDownMsgNum`. Optional. Limits: sent as a decimal string. Example: `"11040"`.
    #[serde(rename = "C2CDownMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub c2c_down_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Accounts that sent one-to-one messages. A count, sent as a decimal string.
    ///
    /// Wire name `C2CSendMsgUserNum`. Optional. Limits: sent as a decimal string. Example: `"9"`.
    #[serde(
        rename = "C2CSendMsgUserNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_send_msg_user_num: ::core::option::Option<crate::StrInt<u64>>,
    /// APNs pushes of one-to-one messages. A count, sent as a decimal string.
    ///
    /// Wire name `C2CAPNSMsgNum`. Optional. Limits: sent as a decimal string. Example: `"84"`.
    #[serde(rename = "C2CAPNSMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub c2capns_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Peak of accounts online at once. A count, sent as a decimal string.
    ///
    /// Wire name `MaxOnlineNum`. Optional. Limits: sent as a decimal string. Example: `"62"`.
    #[serde(rename = "MaxOnlineNum", default, skip_serializing_if = "Option::is_none")]
    pub max_online_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Messages delivered down (one-to-one and group). A count, sent as a decimal string.
    ///
    /// Wire name `DownMsgNum`. Optional. Limits: sent as a decimal string. Example: `"11869"`.
    #[serde(rename = "DownMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub down_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Relationship chain pairs added. A count, sent as a decimal string.
    ///
    /// Wire name `ChainIncrease`. Optional. Limits: sent as a decimal string. Example: `"18"`.
    #[serde(rename = "ChainIncrease", default, skip_serializing_if = "Option::is_none")]
    pub chain_increase: ::core::option::Option<crate::StrInt<u64>>,
    /// Relationship chain pairs removed. A count, sent as a decimal string.
    ///
    /// Wire name `ChainDecrease`. Optional. Limits: sent as a decimal string. Example: `"16"`.
    #[serde(rename = "ChainDecrease", default, skip_serializing_if = "Option::is_none")]
    pub chain_decrease: ::core::option::Option<crate::StrInt<u64>>,
    /// Group messages sent up. A count, sent as a decimal string.
    ///
    /// Wire name `GroupUpMsgNum`. Optional. Limits: sent as a decimal string. Example: `"8433"`.
    #[serde(rename = "GroupUpMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub group_up_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Group messages delivered down. A count, sent as a decimal string.
    ///
    /// Wire name `GroupDownMsgNum`. Optional. Limits: sent as a decimal string. Example: `"829"`.
    #[serde(
        rename = "GroupDownMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_down_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Accounts that sent group messages. A count, sent as a decimal string.
    ///
    /// Wire name `GroupSendMsgUserNum`. Optional. Limits: sent as a decimal string. Example: `"12"`.
    #[serde(
        rename = "GroupSendMsgUserNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_send_msg_user_num: ::core::option::Option<crate::StrInt<u64>>,
    /// APNs pushes of group messages. A count, sent as a decimal string.
    ///
    /// Wire name `GroupAPNSMsgNum`. Optional. Limits: sent as a decimal string. Example: `"0"`.
    #[serde(
        rename = "GroupAPNSMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_apns_msg_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Groups in which messages were sent. A count, sent as a decimal string.
    ///
    /// Wire name `GroupSendMsgGroupNum`. Optional. Limits: sent as a decimal string. Example: `"5189"`.
    #[serde(
        rename = "GroupSendMsgGroupNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_send_msg_group_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Joins of groups. A count, sent as a decimal string.
    ///
    /// Wire name `GroupJoinGroupTimes`. Optional. Limits: sent as a decimal string. Example: `"121438"`.
    #[serde(
        rename = "GroupJoinGroupTimes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_join_group_times: ::core::option::Option<crate::StrInt<u64>>,
    /// Exits from groups. A count, sent as a decimal string.
    ///
    /// Wire name `GroupQuitGroupTimes`. Optional. Limits: sent as a decimal string. Example: `"108292"`.
    #[serde(
        rename = "GroupQuitGroupTimes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_quit_group_times: ::core::option::Option<crate::StrInt<u64>>,
    /// Groups created. A count, sent as a decimal string.
    ///
    /// Wire name `GroupNewGroupNum`. Optional. Limits: sent as a decimal string. Example: `"35904"`.
    #[serde(
        rename = "GroupNewGroupNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_new_group_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Groups in all. A count, sent as a decimal string.
    ///
    /// Wire name `GroupAllGroupNum`. Optional. Limits: sent as a decimal string. Example: `"41913"`.
    #[serde(
        rename = "GroupAllGroupNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_all_group_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Groups disbanded. A count, sent as a decimal string.
    ///
    /// Wire name `GroupDestroyGroupNum`. Optional. Limits: sent as a decimal string. Example: `"35019"`.
    #[serde(
        rename = "GroupDestroyGroupNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_destroy_group_num: ::core::option::Option<crate::StrInt<u64>>,
    /// Webhook requests sent. A count, sent as a decimal string.
    ///
    /// Wire name `CallBackReq`. Optional. Limits: sent as a decimal string. Example: `"73069"`.
    #[serde(rename = "CallBackReq", default, skip_serializing_if = "Option::is_none")]
    pub call_back_req: ::core::option::Option<crate::StrInt<u64>>,
    /// Webhook answers received. A count, sent as a decimal string.
    ///
    /// Wire name `CallBackRsp`. Optional. Limits: sent as a decimal string. Example: `"72902"`.
    #[serde(rename = "CallBackRsp", default, skip_serializing_if = "Option::is_none")]
    pub call_back_rsp: ::core::option::Option<crate::StrInt<u64>>,
    /// The day the figures are for, as YYYYMMDD.
    ///
    /// Wire name `Date`. Optional. Limits: at least 8 bytes (UTF-8); at most 8 bytes (UTF-8); matches `^[0-9]{8}$`. Example: `"20160607"`.
    #[serde(rename = "Date", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 2u32, max = 8u32))]
    pub date: ::core::option::Option<::std::string::String>,
}
impl AppDailyStats {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            app_name: ::core::option::Option::None,
            app_id: ::core::option::Option::None,
            company: ::core::option::Option::None,
            active_user_num: ::core::option::Option::None,
            regist_user_num_one_day: ::core::option::Option::None,
            regist_user_num_total: ::core::option::Option::None,
            login_times: ::core::option::Option::None,
            login_user_num: ::core::option::Option::None,
            up_msg_num: ::core::option::Option::None,
            send_msg_user_num: ::core::option::Option::None,
            apns_msg_num: ::core::option::Option::None,
            c2c_up_msg_num: ::core::option::Option::None,
            c2c_down_msg_num: ::core::option::Option::None,
            c2c_send_msg_user_num: ::core::option::Option::None,
            c2capns_msg_num: ::core::option::Option::None,
            max_online_num: ::core::option::Option::None,
            down_msg_num: ::core::option::Option::None,
            chain_increase: ::core::option::Option::None,
            chain_decrease: ::core::option::Option::None,
            group_up_msg_num: ::core::option::Option::None,
            group_down_msg_num: ::core::option::Option::None,
            group_send_msg_user_num: ::core::option::Option::None,
            group_apns_msg_num: ::core::option::Option::None,
            group_send_msg_group_num: ::core::option::Option::None,
            group_join_group_times: ::core::option::Option::None,
            group_quit_group_times: ::core::option::Option::None,
            group_new_group_num: ::core::option::Option::None,
            group_all_group_num: ::core::option::Option::None,
            group_destroy_group_num: ::core::option::Option::None,
            call_back_req: ::core::option::Option::None,
            call_back_rsp: ::core::option::Option::None,
            date: ::core::option::Option::None,
        }
    }
    ///Sets `AppName`: The app's name.
    #[must_use]
    pub fn app_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_name = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `AppId`: The app's SDKAppID.
    #[must_use]
    pub fn app_id(mut self, value: crate::StrInt<u64>) -> Self {
        self.app_id = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Company`: The customer's name.
    #[must_use]
    pub fn company(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.company = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `ActiveUserNum`: Active users. A count, sent as a decimal string.
    #[must_use]
    pub fn active_user_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.active_user_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `RegistUserNumOneDay`: Accounts registered that day. A count, sent as a decimal string.
    #[must_use]
    pub fn regist_user_num_one_day(mut self, value: crate::StrInt<u64>) -> Self {
        self.regist_user_num_one_day = ::core::option::Option::Some(value);
        self
    }
    ///Sets `RegistUserNumTotal`: Accounts registered in all. A count, sent as a decimal string.
    #[must_use]
    pub fn regist_user_num_total(mut self, value: crate::StrInt<u64>) -> Self {
        self.regist_user_num_total = ::core::option::Option::Some(value);
        self
    }
    ///Sets `LoginTimes`: Logins. A count, sent as a decimal string.
    #[must_use]
    pub fn login_times(mut self, value: crate::StrInt<u64>) -> Self {
        self.login_times = ::core::option::Option::Some(value);
        self
    }
    ///Sets `LoginUserNum`: Accounts that logged in. A count, sent as a decimal string.
    #[must_use]
    pub fn login_user_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.login_user_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `UpMsgNum`: Messages sent up to the service (one-to-one and group). A count, sent as a decimal string.
    #[must_use]
    pub fn up_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.up_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `SendMsgUserNum`: Accounts that sent messages. A count, sent as a decimal string.
    #[must_use]
    pub fn send_msg_user_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.send_msg_user_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `APNSMsgNum`: APNs push notifications sent. A count, sent as a decimal string.
    #[must_use]
    pub fn apns_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.apns_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `C2CUpMsgNum`: One-to-one messages sent up. A count, sent as a decimal string.
    #[must_use]
    pub fn c2c_up_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.c2c_up_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `C2CDownMsgNum`: One-to-one messages delivered down. A count, sent as a decimal string.
    #[must_use]
    pub fn c2c_down_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.c2c_down_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `C2CSendMsgUserNum`: Accounts that sent one-to-one messages. A count, sent as a decimal string.
    #[must_use]
    pub fn c2c_send_msg_user_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.c2c_send_msg_user_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `C2CAPNSMsgNum`: APNs pushes of one-to-one messages. A count, sent as a decimal string.
    #[must_use]
    pub fn c2capns_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.c2capns_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MaxOnlineNum`: Peak of accounts online at once. A count, sent as a decimal string.
    #[must_use]
    pub fn max_online_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.max_online_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `DownMsgNum`: Messages delivered down (one-to-one and group). A count, sent as a decimal string.
    #[must_use]
    pub fn down_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.down_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ChainIncrease`: Relationship chain pairs added. A count, sent as a decimal string.
    #[must_use]
    pub fn chain_increase(mut self, value: crate::StrInt<u64>) -> Self {
        self.chain_increase = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ChainDecrease`: Relationship chain pairs removed. A count, sent as a decimal string.
    #[must_use]
    pub fn chain_decrease(mut self, value: crate::StrInt<u64>) -> Self {
        self.chain_decrease = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupUpMsgNum`: Group messages sent up. A count, sent as a decimal string.
    #[must_use]
    pub fn group_up_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_up_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupDownMsgNum`: Group messages delivered down. A count, sent as a decimal string.
    #[must_use]
    pub fn group_down_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_down_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupSendMsgUserNum`: Accounts that sent group messages. A count, sent as a decimal string.
    #[must_use]
    pub fn group_send_msg_user_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_send_msg_user_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupAPNSMsgNum`: APNs pushes of group messages. A count, sent as a decimal string.
    #[must_use]
    pub fn group_apns_msg_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_apns_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupSendMsgGroupNum`: Groups in which messages were sent. A count, sent as a decimal string.
    #[must_use]
    pub fn group_send_msg_group_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_send_msg_group_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupJoinGroupTimes`: Joins of groups. A count, sent as a decimal string.
    #[must_use]
    pub fn group_join_group_times(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_join_group_times = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupQuitGroupTimes`: Exits from groups. A count, sent as a decimal string.
    #[must_use]
    pub fn group_quit_group_times(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_quit_group_times = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupNewGroupNum`: Groups created. A count, sent as a decimal string.
    #[must_use]
    pub fn group_new_group_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_new_group_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupAllGroupNum`: Groups in all. A count, sent as a decimal string.
    #[must_use]
    pub fn group_all_group_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_all_group_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupDestroyGroupNum`: Groups disbanded. A count, sent as a decimal string.
    #[must_use]
    pub fn group_destroy_group_num(mut self, value: crate::StrInt<u64>) -> Self {
        self.group_destroy_group_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `CallBackReq`: Webhook requests sent. A count, sent as a decimal string.
    #[must_use]
    pub fn call_back_req(mut self, value: crate::StrInt<u64>) -> Self {
        self.call_back_req = ::core::option::Option::Some(value);
        self
    }
    ///Sets `CallBackRsp`: Webhook answers received. A count, sent as a decimal string.
    #[must_use]
    pub fn call_back_rsp(mut self, value: crate::StrInt<u64>) -> Self {
        self.call_back_rsp = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Date`: The day the figures are for, as YYYYMMDD.
    #[must_use]
    pub fn date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.date = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for AppDailyStats {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.date {
            let at = at.field("Date");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(8u32),
                ::core::option::Option::Some(8u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
///The error codes of `getappinfo`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetappinfoError {
    /// `130001`: The request body could not be parsed as JSON; send valid JSON.
    ConfigJsonParseFailed,
    /// `130009`: The statistics database could not be opened; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    StatsDbOpenFailed,
    /// `130010`: The statistics database did not answer; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    StatsDbPingFailed,
    /// `130011`: Querying the statistics database failed; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    StatsDbQueryFailed,
    /// `130012`: The statistics database's answer could not be read; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    StatsDbResultInvalid,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetappinfoError {
    fn from_code(code: i64) -> Self {
        match code {
            130001i64 => Self::ConfigJsonParseFailed,
            130009i64 => Self::StatsDbOpenFailed,
            130010i64 => Self::StatsDbPingFailed,
            130011i64 => Self::StatsDbQueryFailed,
            130012i64 => Self::StatsDbResultInvalid,
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
impl GetappinfoError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::ConfigJsonParseFailed => super::ErrorCode::ConfigJsonParseFailed,
            Self::StatsDbOpenFailed => super::ErrorCode::StatsDbOpenFailed,
            Self::StatsDbPingFailed => super::ErrorCode::StatsDbPingFailed,
            Self::StatsDbQueryFailed => super::ErrorCode::StatsDbQueryFailed,
            Self::StatsDbResultInvalid => super::ErrorCode::StatsDbResultInvalid,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetappinfoError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetappinfoRequest {
    type Response = GetappinfoResponse;
    type Error = GetappinfoError;
    const INFO: &'static crate::EndpointInfo = &GETAPPINFO;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openconfigsvr/getappinfo", "`.")]
pub static GETAPPINFO: crate::EndpointInfo = crate::EndpointInfo {
    service: "openconfigsvr",
    command: "getappinfo",
    path: "v4/openconfigsvr/getappinfo",
    legacy_paths: &[],
    summary: "Read the app's daily usage statistics of the last 30 days.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34886",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 130001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 130001i64,
            name: "ConfigJsonParseFailed",
            description: "The request body could not be parsed as JSON; send valid JSON.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130009i64,
            name: "StatsDbOpenFailed",
            description: "The statistics database could not be opened; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130010i64,
            name: "StatsDbPingFailed",
            description: "The statistics database did not answer; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130011i64,
            name: "StatsDbQueryFailed",
            description: "Querying the statistics database failed; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130012i64,
            name: "StatsDbResultInvalid",
            description: "The statistics database's answer could not be read; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[],
    facts: &[],
    example_response: "{\"Result\":[{\"ChainDecrease\":\"8\",\"ChainIncrease\":\"8\",\"Date\":\"20160605\"}]}",
    classify_error: crate::__private::classify::<GetappinfoError>,
    hooks: crate::EndpointHooks::of::<GetappinfoRequest>(),
};
