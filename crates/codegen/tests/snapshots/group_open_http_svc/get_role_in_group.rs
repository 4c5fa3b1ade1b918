/// Read the roles of up to 500 accounts in a group (owner, admin, member or not a member).
///
/// Answers, for each listed account, its role in the group: Owner, Admin, Member, or NotMember for accounts outside it. Audio-video groups are refused with 10007; read their member roles with get_group_member_info.
///
/// `POST v4/group_open_http_svc/get_role_in_group`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. The page gives 10007; get_group_member_info reads roles there. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetRoleInGroupError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetRoleInGroupError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetRoleInGroupError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetRoleInGroupError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the group is an audio-video group.
/// - `10010` [`GroupNotFound`](GetRoleInGroupError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetRoleInGroupError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed. This page describes 10015 as a body that does not parse as JSON; elsewhere it is an invalid group ID.
///
/// # Notes on the documentation
///
/// - Read only, hence safe to repeat.
/// - The role here has a fourth value, NotMember, which MemberRole (the role of an actual member) does not have; it is a type of its own.
/// - The sample's introduction speaks of the groups a user has joined, copied from get_joined_group_list. UserIdList holds roles, not IDs, and its item fields appear only in the sample.
/// - User_Account is not atomic: batch helpers split longer lists at 500. The page gives no code for a longer list; the spec uses 10004.
/// - The page describes 10015 as a JSON parse failure; the catalog keeps the meaning the other group pages give it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34963>. Spec: `specs/group_open_http_svc/get_role_in_group.json`.
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
pub struct GetRoleInGroupRequest {
    /// ID of the group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// UserIDs of the accounts whose role is read; a longer list may be sent in several calls.
    ///
    /// Wire name `User_Account`. Required. Limits: at least 1 items; at most 500 items. Example: `["leckie","peter","wesley"]`.
    #[serde(rename = "User_Account")]
    #[schemars(length(min = 1u32, max = 500u32))]
    pub user_account: ::std::vec::Vec<::std::string::String>,
}
impl GetRoleInGroupRequest {
    ///Creates a value from its required fields (`group_id`, `user_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        user_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            user_account: user_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
        }
    }
}
impl crate::Validate for GetRoleInGroupRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("User_Account");
            let v = &self.user_account;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(500u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetRoleInGroupRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetRoleInGroupResponse {
    /// The role of each account of the request.
    ///
    /// Wire name `UserIdList`. Always present. Example: `[{"Member_Account":"leckie","Role":"Owner"},{"Member_Account":"peter","Role":"Member"},{"Member_Account":"wesley","Role":"NotMember"}]`.
    #[serde(rename = "UserIdList")]
    pub user_id_list: ::std::vec::Vec<RoleInGroup>,
}
impl GetRoleInGroupResponse {
    ///Creates a value from its required fields (`user_id_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_id_list: impl ::core::iter::IntoIterator<Item = RoleInGroup>,
    ) -> Self {
        Self {
            user_id_list: user_id_list.into_iter().collect(),
        }
    }
}
impl crate::Validate for GetRoleInGroupResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The account's role, or NotMember.
///
#[doc = concat!(
    " Wire values: ", "\"Owner\", \"Admin\", \"Member\", \"NotMember\"", "."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleInGroupRole {
    /// `"Owner"`: The group owner.
    Owner,
    /// `"Admin"`: An admin.
    Admin,
    /// `"Member"`: An ordinary member.
    Member,
    /// `"NotMember"`: Not in the group.
    NotMember,
    /// A value this spec does not list, kept as sent.
    Other(::std::string::String),
}
impl RoleInGroupRole {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[
        Self::Owner,
        Self::Admin,
        Self::Member,
        Self::NotMember,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "Owner",
            Self::Admin => "Admin",
            Self::Member => "Member",
            Self::NotMember => "NotMember",
            Self::Other(s) => s.as_str(),
        }
    }
    /// The value for a wire string; unlisted strings become `Other`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Owner" => Self::Owner,
            "Admin" => Self::Admin,
            "Member" => Self::Member,
            "NotMember" => Self::NotMember,
            _ => Self::Other(::std::string::ToString::to_string(s)),
        }
    }
}
impl ::core::fmt::Display for RoleInGroupRole {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for RoleInGroupRole {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for RoleInGroupRole {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(&s))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for RoleInGroupRole {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("RoleInGroupRole")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "examples" : ["Owner", "Admin", "Member", "NotMember"] }
        )
    }
}
impl crate::Validate for RoleInGroupRole {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The role of each account of the request.
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
pub struct RoleInGroup {
    /// The account's UserID.
    ///
    /// Wire name `Member_Account`. Required. Example: `"leckie"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// The account's role, or NotMember.
    ///
    /// Wire name `Role`. Required. Example: `"Owner"`.
    #[serde(rename = "Role")]
    pub role: RoleInGroupRole,
}
impl RoleInGroup {
    ///Creates a value from its required fields (`member_account`, `role`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
        role: RoleInGroupRole,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            role: role,
        }
    }
}
impl crate::Validate for RoleInGroup {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_role_in_group`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetRoleInGroupError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the group is an audio-video group.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed. This page describes 10015 as a body that does not parse as JSON; elsewhere it is an invalid group ID.
    GroupInvalidGroupId,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetRoleInGroupError {
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
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the group is an audio-video group."
            }
            Self::GroupInvalidGroupId => {
                "The group ID is invalid, meaning the group does not exist or was dismissed. This page describes 10015 as a body that does not parse as JSON; elsewhere it is an invalid group ID."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetRoleInGroupError {
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
impl ::core::fmt::Display for GetRoleInGroupError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetRoleInGroupRequest {
    type Response = GetRoleInGroupResponse;
    type Error = GetRoleInGroupError;
    const INFO: &'static crate::EndpointInfo = &GET_ROLE_IN_GROUP;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "User_Account" => ::core::option::Option::Some(self.user_account.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "User_Account" => {
                ::core::option::Option::Some(Self {
                    user_account: self.user_account.get(items)?.to_vec(),
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_role_in_group", "`."
)]
pub static GET_ROLE_IN_GROUP: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_role_in_group",
    path: "v4/group_open_http_svc/get_role_in_group",
    legacy_paths: &[],
    summary: "Read the roles of up to 500 accounts in a group (owner, admin, member or not a member).",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34963",
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
    batch_fields: &[
        crate::BatchField {
            field: "User_Account",
            max_items: 500u32,
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
    example_response: "{\"UserIdList\":[{\"Member_Account\":\"leckie\",\"Role\":\"Owner\"},{\"Member_Account\":\"peter\",\"Role\":\"Member\"},{\"Member_Account\":\"wesley\",\"Role\":\"NotMember\"}]}",
    classify_error: crate::__private::classify::<GetRoleInGroupError>,
    hooks: crate::EndpointHooks::of::<GetRoleInGroupRequest>(),
};
