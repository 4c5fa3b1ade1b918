/// List the banned accounts of an audio-video group, page by page.
///
/// Answers the accounts whose ban has not ended, with the time it ends, up to Limit (at most 100) from Offset. Start with Offset 0 and send each answer's NextOffset; a NextOffset of 0 means the list is complete.
///
/// `POST v4/group_open_http_svc/get_group_ban_member`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. |
/// | `ChatRoom` | no: the service answers 10007. Called Meeting in newer SDKs. Member banning exists only in audio-video groups; the page gives no code for other types, and 10007 is assumed. |
/// | `Community` | no: the service answers 10007. Member banning exists only in audio-video groups; the page gives no code for other types, and 10007 is assumed. |
/// | `Private` | no: the service answers 10007. Called Work in newer SDKs. Member banning exists only in audio-video groups; the page gives no code for other types, and 10007 is assumed. |
/// | `Public` | no: the service answers 10007. Member banning exists only in audio-video groups; the page gives no code for other types, and 10007 is assumed. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetGroupBanMemberError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetGroupBanMemberError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetGroupBanMemberError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10005` [`GroupTooManyAccounts`](GetGroupBanMemberError::GroupTooManyAccounts): The request lists more accounts than allowed in one call; split it into smaller batches. Copied on this page from unban_group_member (more than 20 accounts); a listing sends no accounts, so it is not expected here.
/// - `10007` [`GroupPermissionDenied`](GetGroupBanMemberError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Banning is not switched on in the console, the caller is not the app admin, or the group is not an audio-video group.
/// - `10010` [`GroupNotFound`](GetGroupBanMemberError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetGroupBanMemberError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - The request table copies its descriptions from unban_group_member ("members to be unbanned"), and the sample's introduction speaks of broadcast messages to audio-video groups; both are slips. The item fields are described in prose only.
/// - The error table repeats unban_group_member's 10005 (more than 20 accounts); it is listed, but nothing in this request can cause it.
/// - Offset is required by the table although 0 is the natural default; the spec keeps it required.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/50295>. Spec: `specs/group_open_http_svc/get_group_ban_member.json`.
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
pub struct GetGroupBanMemberRequest {
    /// ID of the audio-video group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The most bans in one answer, at most 100.
    ///
    /// Wire name `Limit`. Optional. Limits: at most 100. Example: `20`.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub limit: ::core::option::Option<u32>,
    /// Where to start: 0 first, then the NextOffset of the previous answer.
    ///
    /// Wire name `Offset`. Required. Example: `0`.
    #[serde(rename = "Offset")]
    pub offset: u32,
}
impl GetGroupBanMemberRequest {
    ///Creates a value from its required fields (`group_id`, `offset`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        offset: u32,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            offset: offset,
            limit: ::core::option::Option::None,
        }
    }
    ///Sets `Limit`: The most bans in one answer, at most 100.
    #[must_use]
    pub fn limit(mut self, value: u32) -> Self {
        self.limit = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for GetGroupBanMemberRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.limit {
            let at = at.field("Limit");
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::None,
                ::core::option::Option::Some(100i128),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetGroupBanMemberRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetGroupBanMemberResponse {
    /// The banned accounts of this page.
    ///
    /// Wire name `BannedAccountList`. Always present. Example: `[{"BannedUntil":1660875916,"Member_Account":"brennanli1"},{"BannedUntil":1660875916,"Member_Account":"brennanli12"}]`.
    #[serde(rename = "BannedAccountList")]
    pub banned_account_list: ::std::vec::Vec<BannedAccount>,
    /// The Offset of the next page; 0 when there are no more bans.
    ///
    /// Wire name `NextOffset`. Always present. Example: `2`.
    #[serde(rename = "NextOffset")]
    pub next_offset: u32,
}
impl GetGroupBanMemberResponse {
    ///Creates a value from its required fields (`banned_account_list`, `next_offset`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        banned_account_list: impl ::core::iter::IntoIterator<Item = BannedAccount>,
        next_offset: u32,
    ) -> Self {
        Self {
            banned_account_list: banned_account_list.into_iter().collect(),
            next_offset: next_offset,
        }
    }
}
impl crate::Validate for GetGroupBanMemberResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The banned accounts of this page.
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
pub struct BannedAccount {
    /// The banned account's UserID.
    ///
    /// Wire name `Member_Account`. Required. Example: `"brennanli1"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// When the ban ends.
    ///
    /// Wire name `BannedUntil`. Required. Limits: see [`UnixTime`]. Example: `1660875916`.
    #[serde(rename = "BannedUntil")]
    pub banned_until: super::types::UnixTime,
}
impl BannedAccount {
    ///Creates a value from its required fields (`member_account`, `banned_until`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
        banned_until: super::types::UnixTime,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            banned_until: banned_until,
        }
    }
}
impl crate::Validate for BannedAccount {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_group_ban_member`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetGroupBanMemberError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10005`: The request lists more accounts than allowed in one call; split it into smaller batches. Copied on this page from unban_group_member (more than 20 accounts); a listing sends no accounts, so it is not expected here.
    GroupTooManyAccounts,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Banning is not switched on in the console, the caller is not the app admin, or the group is not an audio-video group.
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
impl crate::EndpointError for GetGroupBanMemberError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10005i64 => Self::GroupTooManyAccounts,
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
            Self::GroupTooManyAccounts => {
                "The request lists more accounts than allowed in one call; split it into smaller batches. Copied on this page from unban_group_member (more than 20 accounts); a listing sends no accounts, so it is not expected here."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Banning is not switched on in the console, the caller is not the app admin, or the group is not an audio-video group."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetGroupBanMemberError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupTooManyAccounts => super::ErrorCode::GroupTooManyAccounts,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetGroupBanMemberError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetGroupBanMemberRequest {
    type Response = GetGroupBanMemberResponse;
    type Error = GetGroupBanMemberError;
    const INFO: &'static crate::EndpointInfo = &GET_GROUP_BAN_MEMBER;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_group_ban_member", "`."
)]
pub static GET_GROUP_BAN_MEMBER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_group_ban_member",
    path: "v4/group_open_http_svc/get_group_ban_member",
    legacy_paths: &[],
    summary: "List the banned accounts of an audio-video group, page by page.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/50295",
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
            code: 10005i64,
            name: "GroupTooManyAccounts",
            description: "The request lists more accounts than allowed in one call; split it into smaller batches.",
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
    example_response: "{\"BannedAccountList\":[{\"BannedUntil\":1660875916,\"Member_Account\":\"brennanli1\"},{\"BannedUntil\":1660875916,\"Member_Account\":\"brennanli12\"}],\"NextOffset\":2}",
    classify_error: crate::__private::classify::<GetGroupBanMemberError>,
    hooks: crate::EndpointHooks::of::<GetGroupBanMemberRequest>(),
};
///Pages through `v4/group_open_http_svc/get_group_ban_member`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for GetGroupBanMemberRequest {
    type Item = BannedAccount;
    fn next_page(
        &self,
        response: &GetGroupBanMemberResponse,
        _received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        if crate::__private::wire_equals(&response.next_offset, "0") {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            next.offset = ::core::clone::Clone::clone(&response.next_offset);
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
    fn page_len(response: &GetGroupBanMemberResponse) -> usize {
        response.banned_account_list.len()
    }
    fn into_items(response: GetGroupBanMemberResponse) -> ::std::vec::Vec<Self::Item> {
        response.banned_account_list
    }
}
