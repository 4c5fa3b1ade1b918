/// Read an account's conversation list, page by page, pinned ones apart.
///
/// Answers the account's recent conversations (one-to-one and group), newest first, a page at a time. Pinned conversations page separately from the others: the answer carries the next start time and index of both, which the next request sends back, until CompleteFlag is 1. AssistFlags chooses whether pinned conversations are told apart (bit 0), whether conversations without messages are returned (bit 1) and whether pinned conversations are paged too (bit 2).
///
/// `POST v4/recentcontact/get_list`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `50002`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `50001` [`RecentContactAccountNotFound`](GetListError::RecentContactAccountNotFound): The user account in the request does not exist.
/// - `50002` [`RecentContactInvalidParameter`](GetListError::RecentContactInvalidParameter): A recent contacts request parameter is wrong; fix it using the error message as a hint.
/// - `50003` [`RecentContactAdminRequired`](GetListError::RecentContactAdminRequired): This request must be made with the app admin account.
/// - `50004` [`RecentContactInternalError`](GetListError::RecentContactInternalError): The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `50005` [`RecentContactTimeout`](GetListError::RecentContactTimeout): The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - MsgTime is described as the 'conversation duration', while the samples carry Unix times; the spec reads it as the time of the last message.
/// - Group conversations are named by GroupId here and by ToGroupId in the other recentcontact calls; the spec keeps each page's spelling.
/// - AssistFlags is a bit set of three documented bits, so at most 7 here; a larger value is refused with 50002 (stated, not documented).
/// - The page gives no page size; the service chooses it. Paging: send each answer's four cursor fields back until CompleteFlag is 1.
/// - The answer's ErrorDisplay is part of the envelope.
/// - Read only and safe to repeat.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/43087>. Spec: `specs/recentcontact/get_list.json`.
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
pub struct GetListRequest {
    /// UserID of the account whose conversations are listed.
    ///
    /// Wire name `From_Account`. Required. Example: `"user0"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Ordinary conversations: the start time of the page; 0 for the first page, then the answer's TimeStamp.
    ///
    /// Wire name `TimeStamp`. Required. Limits: see [`UnixTime`]. Example: `0`.
    #[serde(rename = "TimeStamp")]
    pub time_stamp: super::types::UnixTime,
    /// Ordinary conversations: the start index of the page; 0 for the first page, then the answer's StartIndex.
    ///
    /// Wire name `StartIndex`. Required. Example: `0`.
    #[serde(rename = "StartIndex")]
    pub start_index: u32,
    /// Pinned conversations: the start time of the page; 0 for the first page, then the answer's TopTimeStamp.
    ///
    /// Wire name `TopTimeStamp`. Required. Limits: see [`UnixTime`]. Example: `0`.
    #[serde(rename = "TopTimeStamp")]
    pub top_time_stamp: super::types::UnixTime,
    /// Pinned conversations: the start index of the page; 0 for the first page, then the answer's TopStartIndex.
    ///
    /// Wire name `TopStartIndex`. Required. Example: `0`.
    #[serde(rename = "TopStartIndex")]
    pub top_start_index: u32,
    /// Option bits: bit 0 (1) tells pinned conversations apart; bit 1 (2) returns conversations without messages; bit 2 (4) pages pinned conversations.
    ///
    /// Wire name `AssistFlags`. Required. Limits: at most 7. Example: `7`.
    #[serde(rename = "AssistFlags")]
    #[schemars(range(max = 7))]
    pub assist_flags: u32,
}
impl GetListRequest {
    ///Starts building from the required field `From_Account`; each further required field is named in turn, `GetListRequest::from_account(..).time_stamp(..).start_index(..).top_time_stamp(..).top_start_index(..).assist_flags(..)`, which gives the value with optional fields unset.
    pub fn from_account(
        from_account: impl ::core::convert::Into<::std::string::String>,
    ) -> GetListRequestNeedsTimeStamp {
        GetListRequestNeedsTimeStamp {
            from_account: from_account.into(),
        }
    }
}
///A value of [`GetListRequest`] being built: `TimeStamp` comes next (`.time_stamp(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListRequest` exists only once every required field is given"]
pub struct GetListRequestNeedsTimeStamp {
    from_account: ::std::string::String,
}
impl GetListRequestNeedsTimeStamp {
    ///Sets `TimeStamp`.
    pub fn time_stamp(
        self,
        time_stamp: super::types::UnixTime,
    ) -> GetListRequestNeedsStartIndex {
        GetListRequestNeedsStartIndex {
            from_account: self.from_account,
            time_stamp: time_stamp,
        }
    }
}
///A value of [`GetListRequest`] being built: `StartIndex` comes next (`.start_index(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListRequest` exists only once every required field is given"]
pub struct GetListRequestNeedsStartIndex {
    from_account: ::std::string::String,
    time_stamp: super::types::UnixTime,
}
impl GetListRequestNeedsStartIndex {
    ///Sets `StartIndex`.
    pub fn start_index(self, start_index: u32) -> GetListRequestNeedsTopTimeStamp {
        GetListRequestNeedsTopTimeStamp {
            from_account: self.from_account,
            time_stamp: self.time_stamp,
            start_index: start_index,
        }
    }
}
///A value of [`GetListRequest`] being built: `TopTimeStamp` comes next (`.top_time_stamp(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListRequest` exists only once every required field is given"]
pub struct GetListRequestNeedsTopTimeStamp {
    from_account: ::std::string::String,
    time_stamp: super::types::UnixTime,
    start_index: u32,
}
impl GetListRequestNeedsTopTimeStamp {
    ///Sets `TopTimeStamp`.
    pub fn top_time_stamp(
        self,
        top_time_stamp: super::types::UnixTime,
    ) -> GetListRequestNeedsTopStartIndex {
        GetListRequestNeedsTopStartIndex {
            from_account: self.from_account,
            time_stamp: self.time_stamp,
            start_index: self.start_index,
            top_time_stamp: top_time_stamp,
        }
    }
}
///A value of [`GetListRequest`] being built: `TopStartIndex` comes next (`.top_start_index(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListRequest` exists only once every required field is given"]
pub struct GetListRequestNeedsTopStartIndex {
    from_account: ::std::string::String,
    time_stamp: super::types::UnixTime,
    start_index: u32,
    top_time_stamp: super::types::UnixTime,
}
impl GetListRequestNeedsTopStartIndex {
    ///Sets `TopStartIndex`.
    pub fn top_start_index(
        self,
        top_start_index: u32,
    ) -> GetListRequestNeedsAssistFlags {
        GetListRequestNeedsAssistFlags {
            from_account: self.from_account,
            time_stamp: self.time_stamp,
            start_index: self.start_index,
            top_time_stamp: self.top_time_stamp,
            top_start_index: top_start_index,
        }
    }
}
///A value of [`GetListRequest`] being built: `AssistFlags` comes next (`.assist_flags(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListRequest` exists only once every required field is given"]
pub struct GetListRequestNeedsAssistFlags {
    from_account: ::std::string::String,
    time_stamp: super::types::UnixTime,
    start_index: u32,
    top_time_stamp: super::types::UnixTime,
    top_start_index: u32,
}
impl GetListRequestNeedsAssistFlags {
    ///Sets `AssistFlags`.
    pub fn assist_flags(self, assist_flags: u32) -> GetListRequest {
        GetListRequest {
            from_account: self.from_account,
            time_stamp: self.time_stamp,
            start_index: self.start_index,
            top_time_stamp: self.top_time_stamp,
            top_start_index: self.top_start_index,
            assist_flags: assist_flags,
        }
    }
}
impl crate::Validate for GetListRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("AssistFlags");
            let v = &self.assist_flags;
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::None,
                ::core::option::Option::Some(7i128),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetListRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetListResponse {
    /// The conversations of this page.
    ///
    /// Wire name `SessionItem`. May be absent. Example: `[{"MsgTime":1630997627,"To_Account":"id2","TopFlag":1,"Type":1}]`.
    #[serde(rename = "SessionItem", default, skip_serializing_if = "Option::is_none")]
    pub session_item: ::core::option::Option<::std::vec::Vec<SessionItem>>,
    /// Yes (1) when every conversation has been returned.
    ///
    /// Wire name `CompleteFlag`. Always present. Limits: see [`YesNo`]. Example: `1`.
    #[serde(rename = "CompleteFlag")]
    pub complete_flag: super::types::YesNo,
    /// The TimeStamp of the next request.
    ///
    /// Wire name `TimeStamp`. Always present. Limits: see [`UnixTime`]. Example: `1631012800`.
    #[serde(rename = "TimeStamp")]
    pub time_stamp: super::types::UnixTime,
    /// The StartIndex of the next request.
    ///
    /// Wire name `StartIndex`. Always present. Example: `0`.
    #[serde(rename = "StartIndex")]
    pub start_index: u32,
    /// The TopTimeStamp of the next request.
    ///
    /// Wire name `TopTimeStamp`. Always present. Limits: see [`UnixTime`]. Example: `1631012800`.
    #[serde(rename = "TopTimeStamp")]
    pub top_time_stamp: super::types::UnixTime,
    /// The TopStartIndex of the next request.
    ///
    /// Wire name `TopStartIndex`. Always present. Example: `0`.
    #[serde(rename = "TopStartIndex")]
    pub top_start_index: u32,
}
impl GetListResponse {
    ///Starts building from the required field `CompleteFlag`; each further required field is named in turn, `GetListResponse::complete_flag(..).time_stamp(..).start_index(..).top_time_stamp(..).top_start_index(..)`, which gives the value with optional fields unset.
    pub fn complete_flag(
        complete_flag: super::types::YesNo,
    ) -> GetListResponseNeedsTimeStamp {
        GetListResponseNeedsTimeStamp {
            complete_flag: complete_flag,
        }
    }
    ///Sets `SessionItem`: The conversations of this page.
    #[must_use]
    pub fn session_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = SessionItem>,
    ) -> Self {
        self.session_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
///A value of [`GetListResponse`] being built: `TimeStamp` comes next (`.time_stamp(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListResponse` exists only once every required field is given"]
pub struct GetListResponseNeedsTimeStamp {
    complete_flag: super::types::YesNo,
}
impl GetListResponseNeedsTimeStamp {
    ///Sets `TimeStamp`.
    pub fn time_stamp(
        self,
        time_stamp: super::types::UnixTime,
    ) -> GetListResponseNeedsStartIndex {
        GetListResponseNeedsStartIndex {
            complete_flag: self.complete_flag,
            time_stamp: time_stamp,
        }
    }
}
///A value of [`GetListResponse`] being built: `StartIndex` comes next (`.start_index(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListResponse` exists only once every required field is given"]
pub struct GetListResponseNeedsStartIndex {
    complete_flag: super::types::YesNo,
    time_stamp: super::types::UnixTime,
}
impl GetListResponseNeedsStartIndex {
    ///Sets `StartIndex`.
    pub fn start_index(self, start_index: u32) -> GetListResponseNeedsTopTimeStamp {
        GetListResponseNeedsTopTimeStamp {
            complete_flag: self.complete_flag,
            time_stamp: self.time_stamp,
            start_index: start_index,
        }
    }
}
///A value of [`GetListResponse`] being built: `TopTimeStamp` comes next (`.top_time_stamp(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListResponse` exists only once every required field is given"]
pub struct GetListResponseNeedsTopTimeStamp {
    complete_flag: super::types::YesNo,
    time_stamp: super::types::UnixTime,
    start_index: u32,
}
impl GetListResponseNeedsTopTimeStamp {
    ///Sets `TopTimeStamp`.
    pub fn top_time_stamp(
        self,
        top_time_stamp: super::types::UnixTime,
    ) -> GetListResponseNeedsTopStartIndex {
        GetListResponseNeedsTopStartIndex {
            complete_flag: self.complete_flag,
            time_stamp: self.time_stamp,
            start_index: self.start_index,
            top_time_stamp: top_time_stamp,
        }
    }
}
///A value of [`GetListResponse`] being built: `TopStartIndex` comes next (`.top_start_index(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetListResponse` exists only once every required field is given"]
pub struct GetListResponseNeedsTopStartIndex {
    complete_flag: super::types::YesNo,
    time_stamp: super::types::UnixTime,
    start_index: u32,
    top_time_stamp: super::types::UnixTime,
}
impl GetListResponseNeedsTopStartIndex {
    ///Sets `TopStartIndex`.
    pub fn top_start_index(self, top_start_index: u32) -> GetListResponse {
        GetListResponse {
            complete_flag: self.complete_flag,
            time_stamp: self.time_stamp,
            start_index: self.start_index,
            top_time_stamp: self.top_time_stamp,
            top_start_index: top_start_index,
            session_item: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for GetListResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The conversations of this page.
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
pub struct SessionItem {
    /// One-to-one or group conversation.
    ///
    /// Wire name `Type`. Required. Limits: see [`ContactType`]. Example: `1`.
    #[serde(rename = "Type")]
    pub r#type: super::types::ContactType,
    /// One-to-one conversations: UserID of the other account.
    ///
    /// Wire name `To_Account`. Optional. Example: `"id2"`.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: ::core::option::Option<::std::string::String>,
    /// Group conversations: ID of the group.
    ///
    /// Wire name `GroupId`. Optional. Example: `"id3"`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: ::core::option::Option<::std::string::String>,
    /// Time of the conversation's last message.
    ///
    /// Wire name `MsgTime`. Required. Limits: see [`UnixTime`]. Example: `1630997627`.
    #[serde(rename = "MsgTime")]
    pub msg_time: super::types::UnixTime,
    /// Yes (1) for a pinned conversation.
    ///
    /// Wire name `TopFlag`. Optional. Limits: see [`YesNo`]. Example: `1`.
    #[serde(rename = "TopFlag", default, skip_serializing_if = "Option::is_none")]
    pub top_flag: ::core::option::Option<super::types::YesNo>,
}
impl SessionItem {
    ///Creates a value from its required fields (`type`, `msg_time`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        r#type: super::types::ContactType,
        msg_time: super::types::UnixTime,
    ) -> Self {
        Self {
            r#type: r#type,
            msg_time: msg_time,
            to_account: ::core::option::Option::None,
            group_id: ::core::option::Option::None,
            top_flag: ::core::option::Option::None,
        }
    }
    ///Sets `To_Account`: One-to-one conversations: UserID of the other account.
    #[must_use]
    pub fn to_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `GroupId`: Group conversations: ID of the group.
    #[must_use]
    pub fn group_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `TopFlag`: Yes (1) for a pinned conversation.
    #[must_use]
    pub fn top_flag(mut self, value: super::types::YesNo) -> Self {
        self.top_flag = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for SessionItem {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_list`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetListError {
    /// `50001`: The user account in the request does not exist.
    RecentContactAccountNotFound,
    /// `50002`: A recent contacts request parameter is wrong; fix it using the error message as a hint.
    RecentContactInvalidParameter,
    /// `50003`: This request must be made with the app admin account.
    RecentContactAdminRequired,
    /// `50004`: The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    RecentContactInternalError,
    /// `50005`: The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    RecentContactTimeout,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetListError {
    fn from_code(code: i64) -> Self {
        match code {
            50001i64 => Self::RecentContactAccountNotFound,
            50002i64 => Self::RecentContactInvalidParameter,
            50003i64 => Self::RecentContactAdminRequired,
            50004i64 => Self::RecentContactInternalError,
            50005i64 => Self::RecentContactTimeout,
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
impl GetListError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::RecentContactAccountNotFound => {
                super::ErrorCode::RecentContactAccountNotFound
            }
            Self::RecentContactInvalidParameter => {
                super::ErrorCode::RecentContactInvalidParameter
            }
            Self::RecentContactAdminRequired => {
                super::ErrorCode::RecentContactAdminRequired
            }
            Self::RecentContactInternalError => {
                super::ErrorCode::RecentContactInternalError
            }
            Self::RecentContactTimeout => super::ErrorCode::RecentContactTimeout,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetListError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetListRequest {
    type Response = GetListResponse;
    type Error = GetListError;
    const INFO: &'static crate::EndpointInfo = &GET_LIST;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/recentcontact/get_list", "`.")]
pub static GET_LIST: crate::EndpointInfo = crate::EndpointInfo {
    service: "recentcontact",
    command: "get_list",
    path: "v4/recentcontact/get_list",
    legacy_paths: &[],
    summary: "Read an account's conversation list, page by page, pinned ones apart.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/43087",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 50002i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 50001i64,
            name: "RecentContactAccountNotFound",
            description: "The user account in the request does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 50002i64,
            name: "RecentContactInvalidParameter",
            description: "A recent contacts request parameter is wrong; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 50003i64,
            name: "RecentContactAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 50004i64,
            name: "RecentContactInternalError",
            description: "The recent contacts service failed internally; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 50005i64,
            name: "RecentContactTimeout",
            description: "The recent contacts service timed out; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 50001i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"CompleteFlag\":1,\"SessionItem\":[{\"MsgTime\":1630997627,\"To_Account\":\"id2\",\"TopFlag\":1,\"Type\":1}],\"StartIndex\":0,\"TimeStamp\":1631012800,\"TopStartIndex\":0,\"TopTimeStamp\":1631012800}",
    classify_error: crate::__private::classify::<GetListError>,
    hooks: crate::EndpointHooks::of::<GetListRequest>(),
};
///Pages through `v4/recentcontact/get_list`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for GetListRequest {
    type Item = SessionItem;
    fn next_page(
        &self,
        response: &GetListResponse,
        _received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        if crate::__private::wire_equals(&response.complete_flag, "1") {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            next.start_index = ::core::clone::Clone::clone(&response.start_index);
            next.time_stamp = ::core::clone::Clone::clone(&response.time_stamp);
            next.top_start_index = ::core::clone::Clone::clone(
                &response.top_start_index,
            );
            next.top_time_stamp = ::core::clone::Clone::clone(&response.top_time_stamp);
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
    fn page_len(response: &GetListResponse) -> usize {
        response.session_item.as_ref().map_or(0, ::std::vec::Vec::len)
    }
    fn into_items(response: GetListResponse) -> ::std::vec::Vec<Self::Item> {
        response.session_item.unwrap_or_default()
    }
}
