/// Change one member's role, message option, name card, custom fields or mute time.
///
/// Changes the fields the request carries for one member: Role makes the member an admin or an ordinary member again (the owner's role cannot change), MsgFlag sets how the member receives messages, NameCard its name in the group, AppMemberDefinedData its custom fields, and MuteTime mutes it for that many seconds from now (0 lifts the mute; not in Work groups). Audio-video groups keep no member profiles (10007).
///
/// `POST v4/group_open_http_svc/modify_group_member_info`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. Audio-video groups keep no member profiles; the page gives no code, 10007 is assumed as for get_group_member_info. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](ModifyGroupMemberInfoError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](ModifyGroupMemberInfoError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](ModifyGroupMemberInfoError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](ModifyGroupMemberInfoError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, the account is not a member, the group is an audio-video group, or MuteTime is given in a Work group.
/// - `10010` [`GroupNotFound`](ModifyGroupMemberInfoError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ModifyGroupMemberInfoError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Safe to repeat: each field sets a value; a repeated MuteTime moves the end of the mute by the seconds between attempts.
/// - The table describes GroupId as the group 'whose historical messages will be modified', a slip copied from another page.
/// - MsgFlag's values appear only in the prose of a sample; they are those of the shared MsgFlag type. AppMemberDefinedData's Key and Value are not in the table.
/// - The page does not give the code for a Member_Account that is not a member; the spec assumes 10007, as send_group_msg does for a sender outside the group. For Role Owner and for MuteTime in Work groups the emulator answers 10004 and 10007.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34900>. Spec: `specs/group_open_http_svc/modify_group_member_info.json`.
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
pub struct ModifyGroupMemberInfoRequest {
    /// ID of the member's group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2CLUZEAEJ"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// UserID of the member to change.
    ///
    /// Wire name `Member_Account`. Required. Example: `"bob"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// Admin to make the member an admin, Member to take the role back; Owner cannot be given (see change_group_owner).
    ///
    /// Wire name `Role`. Optional. Limits: see [`MemberRole`]. Example: `"Admin"`.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: ::core::option::Option<super::types::MemberRole>,
    /// How the member receives the group's messages.
    ///
    /// Wire name `MsgFlag`. Optional. Limits: see [`MsgFlag`]. Example: `"AcceptAndNotify"`.
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: ::core::option::Option<super::types::MsgFlag>,
    /// The member's name card in the group.
    ///
    /// Wire name `NameCard`. Optional. Limits: see [`NameCard`]. Example: `"bob"`.
    #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 50u32))]
    pub name_card: ::core::option::Option<super::types::NameCard>,
    /// Member-level custom fields to set; each key must first be configured in the Chat console.
    ///
    /// Wire name `AppMemberDefinedData`. Optional. Limits: at most 5 items; one list, not to be split across calls; each item see [`AppMemberDefinedDataItem`]. Example: `[{"Key":"MemberDefined1","Value":"ModifyData1"}]`.
    #[serde(
        rename = "AppMemberDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 5u32))]
    pub app_member_defined_data: ::core::option::Option<
        ::std::vec::Vec<super::types::AppMemberDefinedDataItem>,
    >,
    /// Mute the member for this many seconds from now; 0 lifts the mute. Not in Work (Private) groups.
    ///
    /// Wire name `MuteTime`. Optional. Limits: in seconds. Example: `86400`.
    #[serde(rename = "MuteTime", default, skip_serializing_if = "Option::is_none")]
    pub mute_time: ::core::option::Option<u32>,
}
impl ModifyGroupMemberInfoRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `ModifyGroupMemberInfoRequest::group_id(..).member_account(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> ModifyGroupMemberInfoRequestNeedsMemberAccount {
        ModifyGroupMemberInfoRequestNeedsMemberAccount {
            group_id: group_id.into(),
        }
    }
    ///Sets `Role`: Admin to make the member an admin, Member to take the role back; Owner cannot be given (see change_group_owner).
    #[must_use]
    pub fn role(mut self, value: super::types::MemberRole) -> Self {
        self.role = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MsgFlag`: How the member receives the group's messages.
    #[must_use]
    pub fn msg_flag(mut self, value: super::types::MsgFlag) -> Self {
        self.msg_flag = ::core::option::Option::Some(value);
        self
    }
    ///Sets `NameCard`: The member's name card in the group.
    #[must_use]
    pub fn name_card(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name_card = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `AppMemberDefinedData`: Member-level custom fields to set; each key must first be configured in the Chat console.
    #[must_use]
    pub fn app_member_defined_data(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = super::types::AppMemberDefinedDataItem,
        >,
    ) -> Self {
        self.app_member_defined_data = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
    ///Sets `MuteTime`: Mute the member for this many seconds from now; 0 lifts the mute. Not in Work (Private) groups.
    #[must_use]
    pub fn mute_time(mut self, value: u32) -> Self {
        self.mute_time = ::core::option::Option::Some(value);
        self
    }
}
///A value of [`ModifyGroupMemberInfoRequest`] being built: `Member_Account` comes next (`.member_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ModifyGroupMemberInfoRequest` exists only once every required field is given"]
pub struct ModifyGroupMemberInfoRequestNeedsMemberAccount {
    group_id: ::std::string::String,
}
impl ModifyGroupMemberInfoRequestNeedsMemberAccount {
    ///Sets `Member_Account`.
    pub fn member_account(
        self,
        member_account: impl ::core::convert::Into<::std::string::String>,
    ) -> ModifyGroupMemberInfoRequest {
        ModifyGroupMemberInfoRequest {
            group_id: self.group_id,
            member_account: member_account.into(),
            role: ::core::option::Option::None,
            msg_flag: ::core::option::Option::None,
            name_card: ::core::option::Option::None,
            app_member_defined_data: ::core::option::Option::None,
            mute_time: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for ModifyGroupMemberInfoRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.name_card {
            let at = at.field("NameCard");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(50u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.app_member_defined_data {
            let at = at.field("AppMemberDefinedData");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(5u32),
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
/// The response of [`ModifyGroupMemberInfoRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ModifyGroupMemberInfoResponse {}
impl ModifyGroupMemberInfoResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ModifyGroupMemberInfoResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `modify_group_member_info`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyGroupMemberInfoError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, the account is not a member, the group is an audio-video group, or MuteTime is given in a Work group.
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
impl crate::EndpointError for ModifyGroupMemberInfoError {
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
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, the account is not a member, the group is an audio-video group, or MuteTime is given in a Work group."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ModifyGroupMemberInfoError {
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
impl ::core::fmt::Display for ModifyGroupMemberInfoError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ModifyGroupMemberInfoRequest {
    type Response = ModifyGroupMemberInfoResponse;
    type Error = ModifyGroupMemberInfoError;
    const INFO: &'static crate::EndpointInfo = &MODIFY_GROUP_MEMBER_INFO;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/modify_group_member_info", "`."
)]
pub static MODIFY_GROUP_MEMBER_INFO: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "modify_group_member_info",
    path: "v4/group_open_http_svc/modify_group_member_info",
    legacy_paths: &[],
    summary: "Change one member's role, message option, name card, custom fields or mute time.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34900",
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
    classify_error: crate::__private::classify::<ModifyGroupMemberInfoError>,
    hooks: crate::EndpointHooks::of::<ModifyGroupMemberInfoRequest>(),
};
