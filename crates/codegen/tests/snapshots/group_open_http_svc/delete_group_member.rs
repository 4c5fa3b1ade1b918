/// Remove up to 100 members from a group as the app admin.
///
/// Removes the listed accounts from the group. Accounts that are not members are ignored and the call still succeeds. By default every member is told of the removal by a system notification (except in Private/Work groups that are not yet active); with Silence set, only the removed members are. Reason, when given, is carried in that notification. Audio-video groups (AVChatRoom) have no removable membership: the service answers 10004, and muting members is the way to silence them there.
///
/// `POST v4/group_open_http_svc/delete_group_member`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10004. Mute members instead. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](DeleteGroupMemberError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](DeleteGroupMemberError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](DeleteGroupMemberError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. Also returned for audio-video groups (AVChatRoom), which do not support removing members.
/// - `10007` [`GroupPermissionDenied`](DeleteGroupMemberError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. For example an ordinary member of a Public group trying to remove others; only owners, admins and the app admin may.
/// - `10010` [`GroupNotFound`](DeleteGroupMemberError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](DeleteGroupMemberError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Webhooks
///
/// - [`Group.CallbackAfterMemberExit`](https://intl.cloud.tencent.com/document/product/1047/34373)
///
/// # Notes on the documentation
///
/// - Removing members is not irrevocable in the sense of destroy_group: they can be added back with add_group_member, although their join time and member data are lost.
/// - Safe to repeat: removing an account that is no longer a member succeeds without effect, as the docs state, so a repeat after a timeout reports the same outcome.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34949>. Spec: `specs/group_open_http_svc/delete_group_member.json`.
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
pub struct DeleteGroupMemberRequest {
    /// ID of the group to remove members from.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2J4SZEAEL"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// Whether the other members are told of the removal: with Notify every member gets a system notification of it, with Silent only the removed members learn of it.
    ///
    /// Wire name `Silence`. Optional. Limits: see [`Silence`]. The service assumes `0` when absent.
    #[serde(rename = "Silence", default, skip_serializing_if = "Option::is_none")]
    pub silence: ::core::option::Option<super::types::Silence>,
    /// Why the members were removed; shown in the removal notification.
    ///
    /// Wire name `Reason`. Optional. Example: `"kick reason"`.
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: ::core::option::Option<::std::string::String>,
    /// UserIDs of the members to remove.
    ///
    /// Wire name `MemberToDel_Account`. Required. Limits: at most 100 items. Example: `["tommy","jared"]`.
    #[serde(rename = "MemberToDel_Account")]
    #[schemars(length(max = 100u32))]
    pub member_to_del_account: ::std::vec::Vec<::std::string::String>,
}
impl DeleteGroupMemberRequest {
    ///Creates a value from its required fields (`group_id`, `member_to_del_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        member_to_del_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            member_to_del_account: member_to_del_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            silence: ::core::option::Option::None,
            reason: ::core::option::Option::None,
        }
    }
    ///Sets `Silence`: Whether the other members are told of the removal: with Notify every member gets a system notification of it, with Silent only the removed members learn of it.
    #[must_use]
    pub fn silence(mut self, value: super::types::Silence) -> Self {
        self.silence = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Reason`: Why the members were removed; shown in the removal notification.
    #[must_use]
    pub fn reason(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for DeleteGroupMemberRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MemberToDel_Account");
            let v = &self.member_to_del_account;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(100u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`DeleteGroupMemberRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct DeleteGroupMemberResponse {}
impl DeleteGroupMemberResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for DeleteGroupMemberResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `delete_group_member`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteGroupMemberError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. Also returned for audio-video groups (AVChatRoom), which do not support removing members.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. For example an ordinary member of a Public group trying to remove others; only owners, admins and the app admin may.
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
impl crate::EndpointError for DeleteGroupMemberError {
    fn from_code(code: i64) -> Self {
        match code {
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
            Self::GroupInvalidParameter => {
                "A group request parameter is invalid; fix it using the error message as a hint. Also returned for audio-video groups (AVChatRoom), which do not support removing members."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. For example an ordinary member of a Public group trying to remove others; only owners, admins and the app admin may."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl DeleteGroupMemberError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
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
impl ::core::fmt::Display for DeleteGroupMemberError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for DeleteGroupMemberRequest {
    type Response = DeleteGroupMemberResponse;
    type Error = DeleteGroupMemberError;
    const INFO: &'static crate::EndpointInfo = &DELETE_GROUP_MEMBER;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "MemberToDel_Account" => {
                ::core::option::Option::Some(self.member_to_del_account.len())
            }
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "MemberToDel_Account" => {
                ::core::option::Option::Some(Self {
                    member_to_del_account: self
                        .member_to_del_account
                        .get(items)?
                        .to_vec(),
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                    silence: ::core::clone::Clone::clone(&self.silence),
                    reason: ::core::clone::Clone::clone(&self.reason),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/delete_group_member", "`."
)]
pub static DELETE_GROUP_MEMBER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "delete_group_member",
    path: "v4/group_open_http_svc/delete_group_member",
    legacy_paths: &[],
    summary: "Remove up to 100 members from a group as the app admin.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34949",
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
                support: crate::GroupTypeSupport::Error(10004i64),
            },
            crate::GroupTypeRule {
                group_type: "ChatRoom",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Community",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Private",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Public",
                support: crate::GroupTypeSupport::Supported,
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
            field: "MemberToDel_Account",
            max_items: 100u32,
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
    classify_error: crate::__private::classify::<DeleteGroupMemberError>,
    hooks: crate::EndpointHooks::of::<DeleteGroupMemberRequest>(),
};
