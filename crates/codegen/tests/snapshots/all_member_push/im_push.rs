/// Push a message to every user of the app, or to the users selected by tags or attributes.
///
/// Starts a push task that delivers one message (one or more elements) to all users of the app, or only to those whose tags (TagsAnd, TagsOr) or attribute values (AttrsAnd, AttrsOr) match the Condition; tag and attribute conditions cannot be mixed. The sender shown is the admin, or the account named in From_Account. The message may be kept for offline users up to seven days (MsgLifeTime; 0, the default, reaches only users online now), is not stored in the roaming history, and may carry offline push settings. The answer carries the task's ID; delivery itself takes up to about a minute. The feature belongs to the Ultimate edition and must be enabled first (90045). An app may push 100 times a day by default (90047 beyond) and at most once a second (90024).
///
/// `POST v4/all_member_push/im_push`: at most 1 calls per second. **Irrevocable**: the call cannot be undone. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `90010`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](ImPushError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90002` [`MsgBodyInvalid`](ImPushError::MsgBodyInvalid): MsgBody is not an array of valid message elements; follow the message element format.
/// - `90005` [`MsgRandomInvalid`](ImPushError::MsgRandomInvalid): MsgRandom is absent or is not an integer.
/// - `90007` [`MsgBodyNotArray`](ImPushError::MsgBodyNotArray): MsgBody is not an array; send it as an array.
/// - `90009` [`MsgAdminRequired`](ImPushError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90010` [`MsgFormatInvalid`](ImPushError::MsgFormatInvalid): The body does not follow the message format; follow the message element definitions.
/// - `90020` [`PushConditionTagTooLong`](ImPushError::PushConditionTagTooLong): A tag in the push conditions is longer than 50 bytes. A tag of TagsAnd or TagsOr is longer than 50 bytes.
/// - `90022` [`PushDuplicateTags`](ImPushError::PushDuplicateTags): The push conditions repeat the same tag in TagsOr and TagsAnd.
/// - `90024` [`PushTooFrequent`](ImPushError::PushTooFrequent): All-user pushes must be at least one second apart; retry later. The previous push of the app was one second ago or less. Retryable: the service refused the call before acting on it.
/// - `90026` [`MsgOfflineLifetimeInvalid`](ImPushError::MsgOfflineLifetimeInvalid): The offline storage period is invalid; it may not exceed 7 days. MsgLifeTime is above 604,800 seconds (seven days).
/// - `90032` [`PushTooManyTags`](ImPushError::PushTooManyTags): More than 10 tags were given in push conditions or in a tag-adding request. TagsAnd or TagsOr lists more than 10 tags.
/// - `90033` [`PushAttrInvalid`](ImPushError::PushAttrInvalid): An attribute in the request is not valid. An attribute of AttrsAnd or AttrsOr is not one of the app's attribute names.
/// - `90039` [`PushAttrAndTagConditionsMixed`](ImPushError::PushAttrAndTagConditionsMixed): The push conditions combine attribute conditions with tag conditions; a push selects by one kind only.
/// - `90040` [`PushTagEmpty`](ImPushError::PushTagEmpty): A tag in the push conditions is null.
/// - `90045` [`PushAllUsersNotEnabled`](ImPushError::PushAllUsersNotEnabled): The push-to-all-users feature is not enabled for the app.
/// - `90047` [`PushDailyQuotaExceeded`](ImPushError::PushDailyQuotaExceeded): The daily quota of all-user pushes (100 by default) is used up. The app has used its pushes of the day (100 by default).
/// - `91000` [`MsgServiceUnavailable`](ImPushError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - Quota: at most 100 pushes a day per app by default (90047 beyond) and more than one second between two pushes (90024 otherwise), both from the page's calling frequency section, in rate_limit.quotas (one pool, so that a push refused by one is not counted by the other). The client keeps them before sending; the emulator answers their codes. Both count a sliding window (the last 24 hours, the last second); the page does not say whether its day is a UTC or a Beijing calendar day. rate_limit.per_second is 1, the most the interval allows.
/// - Not safe to repeat: a repeat after a timeout starts a second push. MsgRandom lets the service drop a repeat only within one second, while a retry later than that is either refused (90024) or pushed again. Irrevocable: no endpoint withdraws a push once started, and it uses up one of the day's pushes whatever its outcome for recipients.
/// - The fields table lists AttrsOr, AttrsAnd, TagsOr and TagsAnd as top-level fields; the description of Condition and every sample put them inside Condition, which the spec follows.
/// - Attribute and tag conditions are mutually exclusive (90039), and a tag may not appear in both TagsAnd and TagsOr (90022); the type cannot state either rule, so the service (and the emulator) answer them. How AttrsAnd and AttrsOr combine when both are given is not documented; the emulator requires both to hold, as for TagsAnd and TagsOr.
/// - The limits inside Condition (at most 10 tags per list, 50 bytes per tag) are answered by the service with 90032 and 90020; the spec format gives per-field codes only to top-level fields, so a request breaking them is refused by the client before sending, and the emulator answers the endpoint's 90010 for them.
/// - Two codes describe a too long tag: 90020 on this page and 90034 on the general error code page; the spec lists the page's 90020 for push conditions (90034 is kept for the tag-adding call). 90020 and 90039 are not on the general error code page; their catalog meanings are worded from this page.
/// - MsgLifeTime: the table calls the default 0 and the maximum 604,800 seconds; the general page's 90026 says the period may not exceed seven days, which is the same bound.
/// - The page gives no limit on MsgBody's elements; min_items 1 follows 90002 (MsgBody must hold valid elements). Its table lists eight MsgType values; the shared MsgElement type describes four and keeps the others as raw JSON.
/// - From_Account: the page does not say whether the account must exist, and lists no code for one that does not, so no precondition is declared. OfflinePushInfo's sub-fields appear only in a sample; the shared OfflinePushInfo type describes them.
/// - The page wants two pushes more than one second apart, while the catalog's wording of 90024 says at least one second; the spec takes the page's stricter reading, and the emulator refuses a push that comes one second or less after the previous one.
/// - The fourth sample repeats the first with another MsgRandom; the two tag samples carry the same caption although the second uses TagsOr (users with either tag), and the two attribute samples differ only in the attribute value.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/37166>. Spec: `specs/all_member_push/im_push.json`.
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
pub struct ImPushRequest {
    /// UserID shown to the recipients as the sender; without it the admin making the call is the sender.
    ///
    /// Wire name `From_Account`. Optional. Example: `"xiaoming"`.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: ::core::option::Option<::std::string::String>,
    /// A random 32-bit number chosen by the caller, which the service uses to drop a repeat of the same push within one second.
    ///
    /// Wire name `MsgRandom`. Required. Example: `56512`.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// How long, in seconds, the message waits for users who are offline: at most 604,800 (seven days). 0, the default, delivers it only to users online now.
    ///
    /// Wire name `MsgLifeTime`. Optional. Limits: at least 0; at most 604800; in seconds. A value breaking these limits is answered with `90026`. The service assumes `0` when absent. Example: `120`.
    #[serde(rename = "MsgLifeTime", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 604800))]
    pub msg_life_time: ::core::option::Option<u32>,
    /// Which users receive the push: by tags (TagsAnd, TagsOr) or by attribute values (AttrsAnd, AttrsOr), never both kinds at once (90039). Without it every user of the app receives it.
    ///
    /// Wire name `Condition`. Optional. Example: `{"TagsAnd":["Stock A","Stock B"]}`.
    #[serde(rename = "Condition", default, skip_serializing_if = "Option::is_none")]
    pub condition: ::core::option::Option<PushCondition>,
    /// The message: its elements, in order.
    ///
    /// Wire name `MsgBody`. Required. Limits: at least 1 items; each item see [`MsgElement`]. A value breaking these limits is answered with `90002`. Example: `[{"MsgContent":{"Text":"hi, beauty"},"MsgType":"TIMTextElem"}]`.
    #[serde(rename = "MsgBody")]
    #[schemars(length(min = 1u32))]
    pub msg_body: ::std::vec::Vec<super::types::MsgElement>,
    /// How the message appears as an offline push notification.
    ///
    /// Wire name `OfflinePushInfo`. Optional. Limits: see [`OfflinePushInfo`]. Example: `{"AndroidInfo":{"Sound":"android.mp3"},"ApnsInfo":{"BadgeMode":1,"Image":"www.image.com","Sound":"apns.mp3","SubTitle":"apns subtitle","Title":"apns title"},"Desc":"Content to push offline","Ext":"Passthrough content","PushFlag":0}`.
    #[serde(
        rename = "OfflinePushInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub offline_push_info: ::core::option::Option<super::types::OfflinePushInfo>,
}
impl ImPushRequest {
    ///Creates a value from its required fields (`msg_random`, `msg_body`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        msg_random: u32,
        msg_body: impl ::core::iter::IntoIterator<Item = super::types::MsgElement>,
    ) -> Self {
        Self {
            msg_random: msg_random,
            msg_body: msg_body.into_iter().collect(),
            from_account: ::core::option::Option::None,
            msg_life_time: ::core::option::Option::None,
            condition: ::core::option::Option::None,
            offline_push_info: ::core::option::Option::None,
        }
    }
    ///Sets `From_Account`: UserID shown to the recipients as the sender; without it the admin making the call is the sender.
    #[must_use]
    pub fn from_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `MsgLifeTime`: How long, in seconds, the message waits for users who are offline: at most 604,800 (seven days). 0, the default, delivers it only to users online now.
    #[must_use]
    pub fn msg_life_time(mut self, value: u32) -> Self {
        self.msg_life_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Condition`: Which users receive the push: by tags (TagsAnd, TagsOr) or by attribute values (AttrsAnd, AttrsOr), never both kinds at once (90039). Without it every user of the app receives it.
    #[must_use]
    pub fn condition(mut self, value: PushCondition) -> Self {
        self.condition = ::core::option::Option::Some(value);
        self
    }
    ///Sets `OfflinePushInfo`: How the message appears as an offline push notification.
    #[must_use]
    pub fn offline_push_info(mut self, value: super::types::OfflinePushInfo) -> Self {
        self.offline_push_info = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for ImPushRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.msg_life_time {
            let at = at.field("MsgLifeTime");
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::Some(0i128),
                ::core::option::Option::Some(604800i128),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.condition {
            let at = at.field("Condition");
            crate::Validate::validate_at(v, &at)?;
        }
        {
            let at = at.field("MsgBody");
            let v = &self.msg_body;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
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
/// The response of [`ImPushRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImPushResponse {
    /// ID of the push task the call started.
    ///
    /// Wire name `TaskId`. Always present. Example: `"1400123456_144115212910570789_4155518400_15723514"`.
    #[serde(rename = "TaskId")]
    pub task_id: ::std::string::String,
}
impl ImPushResponse {
    ///Creates a value from its required fields (`task_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(task_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self { task_id: task_id.into() }
    }
}
impl crate::Validate for ImPushResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Which users receive the push: by tags (TagsAnd, TagsOr) or by attribute values (AttrsAnd, AttrsOr), never both kinds at once (90039). Without it every user of the app receives it.
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
pub struct PushCondition {
    /// Users holding every one of these tags; at most 10, none repeated in TagsOr (90022).
    ///
    /// Wire name `TagsAnd`. Optional. Limits: at most 10 items; one list, not to be split across calls; each item see [`PushTag`]. Example: `["Stock A","Stock B"]`.
    #[serde(rename = "TagsAnd", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 10u32))]
    #[schemars(inner(length(min = 1u32, max = 50u32)))]
    pub tags_and: ::core::option::Option<::std::vec::Vec<super::types::PushTag>>,
    /// Users holding at least one of these tags; at most 10, none repeated in TagsAnd (90022).
    ///
    /// Wire name `TagsOr`. Optional. Limits: at most 10 items; one list, not to be split across calls; each item see [`PushTag`]. Example: `["Stock A","Stock B"]`.
    #[serde(rename = "TagsOr", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 10u32))]
    #[schemars(inner(length(min = 1u32, max = 50u32)))]
    pub tags_or: ::core::option::Option<::std::vec::Vec<super::types::PushTag>>,
    /// Users whose attributes have every one of these values, by attribute name.
    ///
    /// Wire name `AttrsAnd`. Optional. Limits: see [`PushAttrs`]. Example: `{"Membership Level":"Platinum Premier members","city":"Shenzhen"}`.
    #[serde(rename = "AttrsAnd", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("maxProperties" = 10u32))]
    #[schemars(extend("additionalProperties" = {"type":"string", "maxLength":50u32}))]
    pub attrs_and: ::core::option::Option<super::types::PushAttrs>,
    /// Users whose attributes have at least one of these values, by attribute name.
    ///
    /// Wire name `AttrsOr`. Optional. Limits: see [`PushAttrs`]. Example: `{"city":"Shenzhen"}`.
    #[serde(rename = "AttrsOr", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("maxProperties" = 10u32))]
    #[schemars(extend("additionalProperties" = {"type":"string", "maxLength":50u32}))]
    pub attrs_or: ::core::option::Option<super::types::PushAttrs>,
}
impl PushCondition {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            tags_and: ::core::option::Option::None,
            tags_or: ::core::option::Option::None,
            attrs_and: ::core::option::Option::None,
            attrs_or: ::core::option::Option::None,
        }
    }
    ///Sets `TagsAnd`: Users holding every one of these tags; at most 10, none repeated in TagsOr (90022).
    #[must_use]
    pub fn tags_and(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.tags_and = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    ///Sets `TagsOr`: Users holding at least one of these tags; at most 10, none repeated in TagsAnd (90022).
    #[must_use]
    pub fn tags_or(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.tags_or = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    ///Sets `AttrsAnd`: Users whose attributes have every one of these values, by attribute name.
    #[must_use]
    pub fn attrs_and(mut self, value: super::types::PushAttrs) -> Self {
        self.attrs_and = ::core::option::Option::Some(value);
        self
    }
    ///Sets `AttrsOr`: Users whose attributes have at least one of these values, by attribute name.
    #[must_use]
    pub fn attrs_or(mut self, value: super::types::PushAttrs) -> Self {
        self.attrs_or = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for PushCondition {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.tags_and {
            let at = at.field("TagsAnd");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(10u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(50u32),
                    &at,
                )?;
            }
        }
        if let ::core::option::Option::Some(v) = &self.tags_or {
            let at = at.field("TagsOr");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(10u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(50u32),
                    &at,
                )?;
            }
        }
        if let ::core::option::Option::Some(v) = &self.attrs_and {
            let at = at.field("AttrsAnd");
            crate::__private::check_entries(
                v.len(),
                ::core::option::Option::Some(10u32),
                &at,
            )?;
            for (k, v) in v.iter() {
                let at = at.key(k);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(50u32),
                    &at,
                )?;
            }
        }
        if let ::core::option::Option::Some(v) = &self.attrs_or {
            let at = at.field("AttrsOr");
            crate::__private::check_entries(
                v.len(),
                ::core::option::Option::Some(10u32),
                &at,
            )?;
            for (k, v) in v.iter() {
                let at = at.key(k);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(50u32),
                    &at,
                )?;
            }
        }
        ::core::result::Result::Ok(())
    }
}
///The error codes of `im_push`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImPushError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90002`: MsgBody is not an array of valid message elements; follow the message element format.
    MsgBodyInvalid,
    /// `90005`: MsgRandom is absent or is not an integer.
    MsgRandomInvalid,
    /// `90007`: MsgBody is not an array; send it as an array.
    MsgBodyNotArray,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90010`: The body does not follow the message format; follow the message element definitions.
    MsgFormatInvalid,
    /// `90020`: A tag in the push conditions is longer than 50 bytes. A tag of TagsAnd or TagsOr is longer than 50 bytes.
    PushConditionTagTooLong,
    /// `90022`: The push conditions repeat the same tag in TagsOr and TagsAnd.
    PushDuplicateTags,
    /// `90024`: All-user pushes must be at least one second apart; retry later. The previous push of the app was one second ago or less. Retryable: the service refused the call before acting on it.
    PushTooFrequent,
    /// `90026`: The offline storage period is invalid; it may not exceed 7 days. MsgLifeTime is above 604,800 seconds (seven days).
    MsgOfflineLifetimeInvalid,
    /// `90032`: More than 10 tags were given in push conditions or in a tag-adding request. TagsAnd or TagsOr lists more than 10 tags.
    PushTooManyTags,
    /// `90033`: An attribute in the request is not valid. An attribute of AttrsAnd or AttrsOr is not one of the app's attribute names.
    PushAttrInvalid,
    /// `90039`: The push conditions combine attribute conditions with tag conditions; a push selects by one kind only.
    PushAttrAndTagConditionsMixed,
    /// `90040`: A tag in the push conditions is null.
    PushTagEmpty,
    /// `90045`: The push-to-all-users feature is not enabled for the app.
    PushAllUsersNotEnabled,
    /// `90047`: The daily quota of all-user pushes (100 by default) is used up. The app has used its pushes of the day (100 by default).
    PushDailyQuotaExceeded,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImPushError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90002i64 => Self::MsgBodyInvalid,
            90005i64 => Self::MsgRandomInvalid,
            90007i64 => Self::MsgBodyNotArray,
            90009i64 => Self::MsgAdminRequired,
            90010i64 => Self::MsgFormatInvalid,
            90020i64 => Self::PushConditionTagTooLong,
            90022i64 => Self::PushDuplicateTags,
            90024i64 => Self::PushTooFrequent,
            90026i64 => Self::MsgOfflineLifetimeInvalid,
            90032i64 => Self::PushTooManyTags,
            90033i64 => Self::PushAttrInvalid,
            90039i64 => Self::PushAttrAndTagConditionsMixed,
            90040i64 => Self::PushTagEmpty,
            90045i64 => Self::PushAllUsersNotEnabled,
            90047i64 => Self::PushDailyQuotaExceeded,
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
            Self::PushConditionTagTooLong => {
                "A tag in the push conditions is longer than 50 bytes. A tag of TagsAnd or TagsOr is longer than 50 bytes."
            }
            Self::PushTooFrequent => {
                "All-user pushes must be at least one second apart; retry later. The previous push of the app was one second ago or less."
            }
            Self::MsgOfflineLifetimeInvalid => {
                "The offline storage period is invalid; it may not exceed 7 days. MsgLifeTime is above 604,800 seconds (seven days)."
            }
            Self::PushTooManyTags => {
                "More than 10 tags were given in push conditions or in a tag-adding request. TagsAnd or TagsOr lists more than 10 tags."
            }
            Self::PushAttrInvalid => {
                "An attribute in the request is not valid. An attribute of AttrsAnd or AttrsOr is not one of the app's attribute names."
            }
            Self::PushDailyQuotaExceeded => {
                "The daily quota of all-user pushes (100 by default) is used up. The app has used its pushes of the day (100 by default)."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImPushError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgBodyInvalid => super::ErrorCode::MsgBodyInvalid,
            Self::MsgRandomInvalid => super::ErrorCode::MsgRandomInvalid,
            Self::MsgBodyNotArray => super::ErrorCode::MsgBodyNotArray,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgFormatInvalid => super::ErrorCode::MsgFormatInvalid,
            Self::PushConditionTagTooLong => super::ErrorCode::PushConditionTagTooLong,
            Self::PushDuplicateTags => super::ErrorCode::PushDuplicateTags,
            Self::PushTooFrequent => super::ErrorCode::PushTooFrequent,
            Self::MsgOfflineLifetimeInvalid => {
                super::ErrorCode::MsgOfflineLifetimeInvalid
            }
            Self::PushTooManyTags => super::ErrorCode::PushTooManyTags,
            Self::PushAttrInvalid => super::ErrorCode::PushAttrInvalid,
            Self::PushAttrAndTagConditionsMixed => {
                super::ErrorCode::PushAttrAndTagConditionsMixed
            }
            Self::PushTagEmpty => super::ErrorCode::PushTagEmpty,
            Self::PushAllUsersNotEnabled => super::ErrorCode::PushAllUsersNotEnabled,
            Self::PushDailyQuotaExceeded => super::ErrorCode::PushDailyQuotaExceeded,
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImPushError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImPushRequest {
    type Response = ImPushResponse;
    type Error = ImPushError;
    const INFO: &'static crate::EndpointInfo = &IM_PUSH;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/all_member_push/im_push", "`.")]
pub static IM_PUSH: crate::EndpointInfo = crate::EndpointInfo {
    service: "all_member_push",
    command: "im_push",
    path: "v4/all_member_push/im_push",
    legacy_paths: &[],
    summary: "Push a message to every user of the app, or to the users selected by tags or attributes.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/37166",
    rate_limit_per_second: 1u32,
    rate_quotas: &[
        crate::RateQuota {
            scope: crate::QuotaScope::App,
            pool: ::core::option::Option::Some("im_push"),
            kind: crate::QuotaKind::PerDay(100u32),
            code: 90047i64,
        },
        crate::RateQuota {
            scope: crate::QuotaScope::App,
            pool: ::core::option::Option::Some("im_push"),
            kind: crate::QuotaKind::MinInterval(
                ::core::time::Duration::from_millis(1000u64),
            ),
            code: 90024i64,
        },
    ],
    irrevocable: true,
    safe_to_repeat: false,
    invalid_request_code: 90010i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "MsgLifeTime",
            code: 90026i64,
        },
        crate::InvalidRequestField {
            field: "MsgBody",
            code: 90002i64,
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
            code: 90020i64,
            name: "PushConditionTagTooLong",
            description: "A tag in the push conditions is longer than 50 bytes.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90022i64,
            name: "PushDuplicateTags",
            description: "The push conditions repeat the same tag in TagsOr and TagsAnd.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90024i64,
            name: "PushTooFrequent",
            description: "All-user pushes must be at least one second apart; retry later.",
            retry: crate::Retryability::Refused,
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
            code: 90032i64,
            name: "PushTooManyTags",
            description: "More than 10 tags were given in push conditions or in a tag-adding request.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90033i64,
            name: "PushAttrInvalid",
            description: "An attribute in the request is not valid.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90039i64,
            name: "PushAttrAndTagConditionsMixed",
            description: "The push conditions combine attribute conditions with tag conditions; a push selects by one kind only.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90040i64,
            name: "PushTagEmpty",
            description: "A tag in the push conditions is null.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90045i64,
            name: "PushAllUsersNotEnabled",
            description: "The push-to-all-users feature is not enabled for the app.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90047i64,
            name: "PushDailyQuotaExceeded",
            description: "The daily quota of all-user pushes (100 by default) is used up.",
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
    references: &[],
    facts: &[],
    example_response: "{\"TaskId\":\"1400123456_144115212910570789_4155518400_15723514\"}",
    classify_error: crate::__private::classify::<ImPushError>,
    hooks: crate::EndpointHooks::of::<ImPushRequest>(),
};
