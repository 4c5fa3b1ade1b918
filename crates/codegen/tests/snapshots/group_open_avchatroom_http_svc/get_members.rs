/// List the online members of an audio-video group, page by page.
///
/// Answers the online members of an audio-video group with the time they joined and their nickname and photo, optionally only those with one mark. Start with Timestamp 0 and send each answer's NextTimestamp until it is 0. The list needs the Ultimate edition and the console switch for the online member list; other editions get the 30 latest members. The service refreshes the list every 10 seconds and keeps at most the 1,000 latest online members.
///
/// `POST v4/group_open_avchatroom_http_svc/get_members`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. |
/// | `ChatRoom` | no: the service answers 10007. Called Meeting in newer SDKs. Only audio-video groups have an online member list. |
/// | `Community` | no: the service answers 10007. This page's table says no; newer versions of the page say yes. |
/// | `Private` | no: the service answers 10007. Called Work in newer SDKs. Only audio-video groups have an online member list. |
/// | `Public` | no: the service answers 10007. Only audio-video groups have an online member list. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10001` [`GroupNotLoggedIn`](GetMembersError::GroupNotLoggedIn): The caller is not signed in: the admin identifier or its UserSig was not accepted; check both. The admin identifier or UserSig was not accepted.
/// - `10002` [`GroupInternalError`](GetMembersError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetMembersError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetMembersError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetMembersError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group is not an audio-video group, or the caller may not read the list.
/// - `10010` [`GroupNotFound`](GetMembersError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetMembersError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Read only, hence safe to repeat.
/// - The response table types MemberList as an Object; the sample shows an array of members, whose fields (JoinTime, NickName, Avatar) are not in the table. The second sample sends Mark, which the English table does not list; the Chinese page lists it as an optional filter by mark. Marks in the items is not documented for this answer and is kept optional.
/// - The group-type table of this 2024-12 page says communities are not supported; the page's later versions say they are. The spec follows this page (10007, the code of its error table for other group types).
/// - The prose says more than 500 members are paged; the Chinese page says 250. Paging follows NextTimestamp either way.
/// - The emulator keeps no online state; it answers from the generic tier.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/50293>. Spec: `specs/group_open_avchatroom_http_svc/get_members.json`.
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
pub struct GetMembersRequest {
    /// ID of the audio-video group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#a6I4ZUUGO"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The paging cursor: 0 first, then the NextTimestamp of the previous answer.
    ///
    /// Wire name `Timestamp`. Required. Example: `0`.
    #[serde(rename = "Timestamp")]
    pub timestamp: u64,
    /// List only members with this mark (see modify_user_info).
    ///
    /// Wire name `Mark`. Optional. Example: `1000`.
    #[serde(rename = "Mark", default, skip_serializing_if = "Option::is_none")]
    pub mark: ::core::option::Option<u32>,
}
impl GetMembersRequest {
    ///Creates a value from its required fields (`group_id`, `timestamp`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        timestamp: u64,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            timestamp: timestamp,
            mark: ::core::option::Option::None,
        }
    }
    ///Sets `Mark`: List only members with this mark (see modify_user_info).
    #[must_use]
    pub fn mark(mut self, value: u32) -> Self {
        self.mark = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for GetMembersRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetMembersRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetMembersResponse {
    /// The online members of this page.
    ///
    /// Wire name `MemberList`. Always present. Example: `[{"Avatar":"http://www.example.com/teacher2.jpg","JoinTime":1657773110,"Member_Account":"teacher2","NickName":"Teacher t02"}]`.
    #[serde(rename = "MemberList")]
    pub member_list: ::std::vec::Vec<OnlineMember>,
    /// The cursor of the next page; 0 when every member has been listed.
    ///
    /// Wire name `NextTimestamp`. Always present. Example: `0`.
    #[serde(rename = "NextTimestamp")]
    pub next_timestamp: u64,
}
impl GetMembersResponse {
    ///Creates a value from its required fields (`member_list`, `next_timestamp`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_list: impl ::core::iter::IntoIterator<Item = OnlineMember>,
        next_timestamp: u64,
    ) -> Self {
        Self {
            member_list: member_list.into_iter().collect(),
            next_timestamp: next_timestamp,
        }
    }
}
impl crate::Validate for GetMembersResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The online members of this page.
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
pub struct OnlineMember {
    /// The member's UserID.
    ///
    /// Wire name `Member_Account`. Required. Example: `"teacher2"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// When the member joined the group.
    ///
    /// Wire name `JoinTime`. Optional. Limits: see [`UnixTime`]. Example: `1657773110`.
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: ::core::option::Option<super::types::UnixTime>,
    /// The member's nickname.
    ///
    /// Wire name `NickName`. Optional. Example: `"Teacher t02"`.
    #[serde(rename = "NickName", default, skip_serializing_if = "Option::is_none")]
    pub nick_name: ::core::option::Option<::std::string::String>,
    /// URL of the member's profile photo.
    ///
    /// Wire name `Avatar`. Optional. Example: `"http://www.example.com/teacher2.jpg"`.
    #[serde(rename = "Avatar", default, skip_serializing_if = "Option::is_none")]
    pub avatar: ::core::option::Option<::std::string::String>,
    /// The member's marks, when it has any.
    ///
    /// Wire name `Marks`. Optional.
    #[serde(rename = "Marks", default, skip_serializing_if = "Option::is_none")]
    pub marks: ::core::option::Option<::std::vec::Vec<u32>>,
}
impl OnlineMember {
    ///Creates a value from its required fields (`member_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            join_time: ::core::option::Option::None,
            nick_name: ::core::option::Option::None,
            avatar: ::core::option::Option::None,
            marks: ::core::option::Option::None,
        }
    }
    ///Sets `JoinTime`: When the member joined the group.
    #[must_use]
    pub fn join_time(mut self, value: super::types::UnixTime) -> Self {
        self.join_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `NickName`: The member's nickname.
    #[must_use]
    pub fn nick_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.nick_name = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `Avatar`: URL of the member's profile photo.
    #[must_use]
    pub fn avatar(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.avatar = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `Marks`: The member's marks, when it has any.
    #[must_use]
    pub fn marks(mut self, value: impl ::core::iter::IntoIterator<Item = u32>) -> Self {
        self.marks = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for OnlineMember {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_members`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetMembersError {
    /// `10001`: The caller is not signed in: the admin identifier or its UserSig was not accepted; check both. The admin identifier or UserSig was not accepted.
    GroupNotLoggedIn,
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group is not an audio-video group, or the caller may not read the list.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetMembersError {
    fn from_code(code: i64) -> Self {
        match code {
            10001i64 => Self::GroupNotLoggedIn,
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
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
            Self::GroupNotLoggedIn => {
                "The caller is not signed in: the admin identifier or its UserSig was not accepted; check both. The admin identifier or UserSig was not accepted."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group is not an audio-video group, or the caller may not read the list."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetMembersError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupNotLoggedIn => super::ErrorCode::GroupNotLoggedIn,
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetMembersError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetMembersRequest {
    type Response = GetMembersResponse;
    type Error = GetMembersError;
    const INFO: &'static crate::EndpointInfo = &GET_MEMBERS;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_avchatroom_http_svc/get_members", "`."
)]
pub static GET_MEMBERS: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_avchatroom_http_svc",
    command: "get_members",
    path: "v4/group_open_avchatroom_http_svc/get_members",
    legacy_paths: &[],
    summary: "List the online members of an audio-video group, page by page.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/50293",
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
                support: crate::GroupTypeSupport::Error(10007i64),
            },
            crate::GroupTypeRule {
                group_type: "Community",
                support: crate::GroupTypeSupport::Error(10007i64),
            },
            crate::GroupTypeRule {
                group_type: "Private",
                support: crate::GroupTypeSupport::Error(10007i64),
            },
            crate::GroupTypeRule {
                group_type: "Public",
                support: crate::GroupTypeSupport::Error(10007i64),
            },
        ],
    ),
    group_field: ::core::option::Option::Some("GroupId"),
    errors: &[
        crate::ErrorCodeInfo {
            code: 10001i64,
            name: "GroupNotLoggedIn",
            description: "The caller is not signed in: the admin identifier or its UserSig was not accepted; check both.",
            retry: crate::Retryability::No,
            public: false,
        },
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
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10010i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"MemberList\":[{\"Avatar\":\"http://www.example.com/teacher2.jpg\",\"JoinTime\":1657773110,\"Member_Account\":\"teacher2\",\"NickName\":\"Teacher t02\"}],\"NextTimestamp\":0}",
    classify_error: crate::__private::classify::<GetMembersError>,
    hooks: crate::EndpointHooks::of::<GetMembersRequest>(),
};
///Pages through `v4/group_open_avchatroom_http_svc/get_members`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for GetMembersRequest {
    type Item = OnlineMember;
    fn next_page(
        &self,
        response: &GetMembersResponse,
        _received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        if crate::__private::wire_equals(&response.next_timestamp, "0") {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            next.timestamp = ::core::clone::Clone::clone(&response.next_timestamp);
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
    fn page_len(response: &GetMembersResponse) -> usize {
        response.member_list.len()
    }
    fn into_items(response: GetMembersResponse) -> ::std::vec::Vec<Self::Item> {
        response.member_list
    }
}
