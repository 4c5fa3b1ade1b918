/// Lift the bans of up to 20 accounts of an audio-video group.
///
/// Ends the bans of the listed accounts at once: they may join the audio-video group again and receive its messages. Accounts without a ban are left as they are.
///
/// `POST v4/group_open_http_svc/unban_group_member`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
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
/// - `10002` [`GroupInternalError`](UnbanGroupMemberError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](UnbanGroupMemberError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](UnbanGroupMemberError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10005` [`GroupTooManyAccounts`](UnbanGroupMemberError::GroupTooManyAccounts): The request lists more accounts than allowed in one call; split it into smaller batches. More than 20 accounts in one call.
/// - `10007` [`GroupPermissionDenied`](UnbanGroupMemberError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Banning is not switched on in the console, the caller is not the app admin, or the group is not an audio-video group.
/// - `10010` [`GroupNotFound`](UnbanGroupMemberError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](UnbanGroupMemberError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Safe to repeat: lifting a ban that is already lifted changes nothing.
/// - The sample is not valid JSON (misplaced quotes in Members_Account and a trailing comma); the fixture repairs both.
/// - The page's note tells readers to disable the console switch in order to unban, which contradicts the call's purpose; the switch must stay on for the call to work, as for ban_group_member.
/// - 10010 and 10015 are listed as for ban_group_member.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/50297>. Spec: `specs/group_open_http_svc/unban_group_member.json`.
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
pub struct UnbanGroupMemberRequest {
    /// ID of the audio-video group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// UserIDs of the accounts whose ban ends; a longer list may be sent in several calls.
    ///
    /// Wire name `Members_Account`. Required. Limits: at least 1 items; at most 20 items. A value breaking these limits is answered with `10005`. Example: `["brennanli3","brennanli12"]`.
    #[serde(rename = "Members_Account")]
    #[schemars(length(min = 1u32, max = 20u32))]
    pub members_account: ::std::vec::Vec<::std::string::String>,
}
impl UnbanGroupMemberRequest {
    ///Creates a value from its required fields (`group_id`, `members_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        members_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            members_account: members_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
        }
    }
}
impl crate::Validate for UnbanGroupMemberRequest {
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
        ::core::result::Result::Ok(())
    }
}
/// The response of [`UnbanGroupMemberRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct UnbanGroupMemberResponse {}
impl UnbanGroupMemberResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for UnbanGroupMemberResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `unban_group_member`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnbanGroupMemberError {
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
impl crate::EndpointError for UnbanGroupMemberError {
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
impl UnbanGroupMemberError {
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
impl ::core::fmt::Display for UnbanGroupMemberError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for UnbanGroupMemberRequest {
    type Response = UnbanGroupMemberResponse;
    type Error = UnbanGroupMemberError;
    const INFO: &'static crate::EndpointInfo = &UNBAN_GROUP_MEMBER;
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
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/unban_group_member", "`."
)]
pub static UNBAN_GROUP_MEMBER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "unban_group_member",
    path: "v4/group_open_http_svc/unban_group_member",
    legacy_paths: &[],
    summary: "Lift the bans of up to 20 accounts of an audio-video group.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/50297",
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
    classify_error: crate::__private::classify::<UnbanGroupMemberError>,
    hooks: crate::EndpointHooks::of::<UnbanGroupMemberRequest>(),
};
