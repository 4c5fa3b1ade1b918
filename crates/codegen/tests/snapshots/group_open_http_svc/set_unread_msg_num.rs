/// Set how many unread messages a group member has.
///
/// For migrations from another chat system: the admin sets a member's unread message count in a group, moving the member's read position so that the given number of the latest messages count as unread. A count larger than the group's number of messages is reduced to that number. No webhook is called and no notification is sent. Meeting (ChatRoom) and audio-video groups keep no unread counts: there the call answers success and changes nothing.
///
/// `POST v4/group_open_http_svc/set_unread_msg_num`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the call succeeds without effect. No unread counts; the call answers success without effect. |
/// | `ChatRoom` | no: the call succeeds without effect. Called Meeting in newer SDKs. No unread counts; the call answers success without effect. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](SetUnreadMsgNumError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](SetUnreadMsgNumError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](SetUnreadMsgNumError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](SetUnreadMsgNumError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. By inference, also the account is not a member of the group.
/// - `10010` [`GroupNotFound`](SetUnreadMsgNumError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](SetUnreadMsgNumError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Safe to repeat: the call sets a value rather than changing it by an amount, so a repeat leaves the same count (unless messages arrived in between, when the count is the same and the position moves with them).
/// - The group type table says ChatRoom and AVChatRoom are not supported, and the note below it says the call returns no error there; the spec records no_effect.
/// - The page does not say which code answers an account that is not a member or not imported; the spec assumes 10007 for a non-member (the page's permission code) and 10004 for an unknown account.
/// - The description of 10007 (a member removing others from a public group) is copied from another page. The debugging tool link points to openim/admin_msgwithdraw, a copy-paste slip.
/// - UnreadMsgNum is typed Integer with no range; counts are never negative, so u32.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34909>. Spec: `specs/group_open_http_svc/set_unread_msg_num.json`.
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
pub struct SetUnreadMsgNumRequest {
    /// ID of the group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2CLUZEAEJ"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// UserID of the member whose unread count is set.
    ///
    /// Wire name `Member_Account`. Required. Example: `"bob"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// The member's new unread message count; capped at the group's number of messages.
    ///
    /// Wire name `UnreadMsgNum`. Required. Example: `5`.
    #[serde(rename = "UnreadMsgNum")]
    pub unread_msg_num: u32,
}
impl SetUnreadMsgNumRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `SetUnreadMsgNumRequest::group_id(..).member_account(..).unread_msg_num(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> SetUnreadMsgNumRequestNeedsMemberAccount {
        SetUnreadMsgNumRequestNeedsMemberAccount {
            group_id: group_id.into(),
        }
    }
}
///A value of [`SetUnreadMsgNumRequest`] being built: `Member_Account` comes next (`.member_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `SetUnreadMsgNumRequest` exists only once every required field is given"]
pub struct SetUnreadMsgNumRequestNeedsMemberAccount {
    group_id: ::std::string::String,
}
impl SetUnreadMsgNumRequestNeedsMemberAccount {
    ///Sets `Member_Account`.
    pub fn member_account(
        self,
        member_account: impl ::core::convert::Into<::std::string::String>,
    ) -> SetUnreadMsgNumRequestNeedsUnreadMsgNum {
        SetUnreadMsgNumRequestNeedsUnreadMsgNum {
            group_id: self.group_id,
            member_account: member_account.into(),
        }
    }
}
///A value of [`SetUnreadMsgNumRequest`] being built: `UnreadMsgNum` comes next (`.unread_msg_num(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `SetUnreadMsgNumRequest` exists only once every required field is given"]
pub struct SetUnreadMsgNumRequestNeedsUnreadMsgNum {
    group_id: ::std::string::String,
    member_account: ::std::string::String,
}
impl SetUnreadMsgNumRequestNeedsUnreadMsgNum {
    ///Sets `UnreadMsgNum`.
    pub fn unread_msg_num(self, unread_msg_num: u32) -> SetUnreadMsgNumRequest {
        SetUnreadMsgNumRequest {
            group_id: self.group_id,
            member_account: self.member_account,
            unread_msg_num: unread_msg_num,
        }
    }
}
impl crate::Validate for SetUnreadMsgNumRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`SetUnreadMsgNumRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct SetUnreadMsgNumResponse {}
impl SetUnreadMsgNumResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for SetUnreadMsgNumResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `set_unread_msg_num`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetUnreadMsgNumError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. By inference, also the account is not a member of the group.
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
impl crate::EndpointError for SetUnreadMsgNumError {
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
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. By inference, also the account is not a member of the group."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl SetUnreadMsgNumError {
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
impl ::core::fmt::Display for SetUnreadMsgNumError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for SetUnreadMsgNumRequest {
    type Response = SetUnreadMsgNumResponse;
    type Error = SetUnreadMsgNumError;
    const INFO: &'static crate::EndpointInfo = &SET_UNREAD_MSG_NUM;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/set_unread_msg_num", "`."
)]
pub static SET_UNREAD_MSG_NUM: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "set_unread_msg_num",
    path: "v4/group_open_http_svc/set_unread_msg_num",
    legacy_paths: &[],
    summary: "Set how many unread messages a group member has.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34909",
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
                support: crate::GroupTypeSupport::NoEffect,
            },
            crate::GroupTypeRule {
                group_type: "ChatRoom",
                support: crate::GroupTypeSupport::NoEffect,
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
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10010i64,
            role: ::core::option::Option::None,
        },
        crate::FieldReference {
            field: "Member_Account",
            entity: crate::Entity::Account,
            missing: 10004i64,
            role: ::core::option::Option::Some(crate::RoleRule {
                require: crate::GroupRole::Member,
                code: 10007i64,
                except_group_types: &[],
            }),
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<SetUnreadMsgNumError>,
    hooks: crate::EndpointHooks::of::<SetUnreadMsgNumRequest>(),
};
