/// Make a member the owner of a group; the former owner stays as an ordinary member.
///
/// Hands the group's ownership to NewOwner_Account, who must already be a member; the former owner, if any, stays in the group as an ordinary member. A group without an owner gets one this way. Audio-video groups have no transferable ownership (10007).
///
/// `POST v4/group_open_http_svc/change_group_owner`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. Ownership of audio-video groups cannot be transferred; the page gives 10007. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](ChangeGroupOwnerError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](ChangeGroupOwnerError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. Also when the new owner is not a member of the group.
/// - `10007` [`GroupPermissionDenied`](ChangeGroupOwnerError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the group is an audio-video group.
/// - `10010` [`GroupNotFound`](ChangeGroupOwnerError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ChangeGroupOwnerError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Safe to repeat: once the new owner holds the group, the same call again makes no further change.
/// - The page does not name the code for a new owner who is not a member; the spec assumes 10004 (an invalid parameter).
/// - The page's only reference points to group_msg_recall, which has nothing to do with ownership; get_role_in_group reads the result.
/// - The error table has no 10003, unlike the other pages of this service.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34966>. Spec: `specs/group_open_http_svc/change_group_owner.json`.
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
pub struct ChangeGroupOwnerRequest {
    /// ID of the group whose owner changes.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#1NVTZEAE4"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// UserID of the new owner, a member of the group.
    ///
    /// Wire name `NewOwner_Account`. Required. Example: `"peter"`.
    #[serde(rename = "NewOwner_Account")]
    pub new_owner_account: ::std::string::String,
}
impl ChangeGroupOwnerRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `ChangeGroupOwnerRequest::group_id(..).new_owner_account(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> ChangeGroupOwnerRequestNeedsNewOwnerAccount {
        ChangeGroupOwnerRequestNeedsNewOwnerAccount {
            group_id: group_id.into(),
        }
    }
}
///A value of [`ChangeGroupOwnerRequest`] being built: `NewOwner_Account` comes next (`.new_owner_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ChangeGroupOwnerRequest` exists only once every required field is given"]
pub struct ChangeGroupOwnerRequestNeedsNewOwnerAccount {
    group_id: ::std::string::String,
}
impl ChangeGroupOwnerRequestNeedsNewOwnerAccount {
    ///Sets `NewOwner_Account`.
    pub fn new_owner_account(
        self,
        new_owner_account: impl ::core::convert::Into<::std::string::String>,
    ) -> ChangeGroupOwnerRequest {
        ChangeGroupOwnerRequest {
            group_id: self.group_id,
            new_owner_account: new_owner_account.into(),
        }
    }
}
impl crate::Validate for ChangeGroupOwnerRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`ChangeGroupOwnerRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ChangeGroupOwnerResponse {}
impl ChangeGroupOwnerResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ChangeGroupOwnerResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `change_group_owner`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeGroupOwnerError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. Also when the new owner is not a member of the group.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the group is an audio-video group.
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
impl crate::EndpointError for ChangeGroupOwnerError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
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
                "A group request parameter is invalid; fix it using the error message as a hint. Also when the new owner is not a member of the group."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the group is an audio-video group."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ChangeGroupOwnerError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ChangeGroupOwnerError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ChangeGroupOwnerRequest {
    type Response = ChangeGroupOwnerResponse;
    type Error = ChangeGroupOwnerError;
    const INFO: &'static crate::EndpointInfo = &CHANGE_GROUP_OWNER;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/change_group_owner", "`."
)]
pub static CHANGE_GROUP_OWNER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "change_group_owner",
    path: "v4/group_open_http_svc/change_group_owner",
    legacy_paths: &[],
    summary: "Make a member the owner of a group; the former owner stays as an ordinary member.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34966",
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
                support: crate::GroupTypeSupport::Error(10007i64),
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
        crate::FieldReference {
            field: "NewOwner_Account",
            entity: crate::Entity::Account,
            missing: 10004i64,
            role: ::core::option::Option::Some(crate::RoleRule {
                require: crate::GroupRole::Member,
                code: 10004i64,
                except_group_types: &[],
            }),
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<ChangeGroupOwnerError>,
    hooks: crate::EndpointHooks::of::<ChangeGroupOwnerRequest>(),
};
