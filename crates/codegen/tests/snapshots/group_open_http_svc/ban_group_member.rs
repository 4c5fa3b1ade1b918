/// Ban up to 20 accounts from an audio-video group for a time, with a reason.
///
/// Bans the listed accounts from the audio-video group for Duration seconds: while banned they receive none of its messages and cannot join it again. Description is the reason shown to them. Banning needs the Ultimate edition and the console switch for audio-video group member banning (10007 otherwise). unban_group_member lifts a ban early and get_group_ban_member lists the bans.
///
/// `POST v4/group_open_http_svc/ban_group_member`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
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
/// - `10002` [`GroupInternalError`](BanGroupMemberError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](BanGroupMemberError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](BanGroupMemberError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10005` [`GroupTooManyAccounts`](BanGroupMemberError::GroupTooManyAccounts): The request lists more accounts than allowed in one call; split it into smaller batches. More than 20 accounts in one call.
/// - `10007` [`GroupPermissionDenied`](BanGroupMemberError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Banning is not switched on in the console, the caller is not the app admin, or the group is not an audio-video group.
/// - `10010` [`GroupNotFound`](BanGroupMemberError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](BanGroupMemberError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Safe to repeat: a repeat sets the same ban again, its end moved by the seconds between attempts.
/// - The sample's Members_Account is not valid JSON ([brennanli3", "brennanli12]); the fixture repairs it to two quoted strings.
/// - The page lists no 10010 or 10015 for a missing or invalid group, while every other group call of the same service does; the spec lists both, as the service answers them before looking at the call.
/// - Members_Account is not atomic (the same ban for each account), so batch helpers split longer lists at 20, the page's limit, answered with 10005.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/50296>. Spec: `specs/group_open_http_svc/ban_group_member.json`.
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
pub struct BanGroupMemberRequest {
    /// ID of the audio-video group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// UserIDs of the accounts to ban; a longer list may be sent in several calls.
    ///
    /// Wire name `Members_Account`. Required. Limits: at least 1 items; at most 20 items. A value breaking these limits is answered with `10005`. Example: `["brennanli3","brennanli12"]`.
    #[serde(rename = "Members_Account")]
    #[schemars(length(min = 1u32, max = 20u32))]
    pub members_account: ::std::vec::Vec<::std::string::String>,
    /// How long the ban lasts from now, in seconds.
    ///
    /// Wire name `Duration`. Required. Limits: in seconds. Example: `3600`.
    #[serde(rename = "Duration")]
    pub duration: u32,
    /// The reason for the ban, at most 1,000 bytes.
    ///
    /// Wire name `Description`. Optional. Limits: at most 1000 bytes (UTF-8). Example: `"you are banned because of irregularities"`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 1000u32))]
    pub description: ::core::option::Option<::std::string::String>,
}
impl BanGroupMemberRequest {
    ///Creates a value from its required fields (`group_id`, `members_account`, `duration`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        members_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
        duration: u32,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            members_account: members_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            duration: duration,
            description: ::core::option::Option::None,
        }
    }
    ///Sets `Description`: The reason for the ban, at most 1,000 bytes.
    #[must_use]
    pub fn description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for BanGroupMemberRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("Members_Account");
            let v = &self.members_account;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(20u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.description {
            let at = at.field("Description");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(1000u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`BanGroupMemberRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct BanGroupMemberResponse {}
impl BanGroupMemberResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for BanGroupMemberResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `ban_group_member`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BanGroupMemberError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10005`: The request lists more accounts than allowed in one call; split it into smaller batches. More than 20 accounts in one call.
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
impl crate::EndpointError for BanGroupMemberError {
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
                "The request lists more accounts than allowed in one call; split it into smaller batches. More than 20 accounts in one call."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Banning is not switched on in the console, the caller is not the app admin, or the group is not an audio-video group."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl BanGroupMemberError {
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
impl ::core::fmt::Display for BanGroupMemberError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for BanGroupMemberRequest {
    type Response = BanGroupMemberResponse;
    type Error = BanGroupMemberError;
    const INFO: &'static crate::EndpointInfo = &BAN_GROUP_MEMBER;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "Members_Account" => ::core::option::Option::Some(self.members_account.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "Members_Account" => {
                ::core::option::Option::Some(Self {
                    members_account: self.members_account.get(items)?.to_vec(),
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                    duration: ::core::clone::Clone::clone(&self.duration),
                    description: ::core::clone::Clone::clone(&self.description),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/ban_group_member", "`."
)]
pub static BAN_GROUP_MEMBER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "ban_group_member",
    path: "v4/group_open_http_svc/ban_group_member",
    legacy_paths: &[],
    summary: "Ban up to 20 accounts from an audio-video group for a time, with a reason.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/50296",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "Members_Account",
            code: 10005i64,
        },
    ],
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
    batch_fields: &[
        crate::BatchField {
            field: "Members_Account",
            max_items: 20u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10010i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<BanGroupMemberError>,
    hooks: crate::EndpointHooks::of::<BanGroupMemberRequest>(),
};
