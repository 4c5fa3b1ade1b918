/// Add up to 300 members to a group as the app admin.
///
/// Adds the listed accounts to the group and answers a result per account: added, failed, already a member, or waiting for approval. By default every member is told by a group system notification (except in Private/Work groups that are not yet active); with Silence set, nobody is. Audio-video groups (AVChatRoom) cannot have members added: users join them by themselves, and the service answers 10007. The group's member limit and each user's limit of joined groups apply.
///
/// `POST v4/group_open_http_svc/add_group_member`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. Users join audio-video groups by applying; nobody can add them. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](AddGroupMemberError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](AddGroupMemberError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](AddGroupMemberError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10005` [`GroupTooManyAccounts`](AddGroupMemberError::GroupTooManyAccounts): The request lists more accounts than allowed in one call; split it into smaller batches. MemberList has more than 300 accounts.
/// - `10007` [`GroupPermissionDenied`](AddGroupMemberError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Also the answer for audio-video groups, where nobody can add members.
/// - `10010` [`GroupNotFound`](AddGroupMemberError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10014` [`GroupMemberLimitReached`](AddGroupMemberError::GroupMemberLimitReached): The group is full, so the user cannot be added; when adding in batches, add fewer users at once. Remove accounts from the request or raise the group's MaxMemberNum.
/// - `10015` [`GroupInvalidGroupId`](AddGroupMemberError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10016` [`GroupRejectedByWebhook`](AddGroupMemberError::GroupRejectedByWebhook): The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeInviteJoinGroup webhook refused the addition.
/// - `10019` [`GroupUserNotFound`](AddGroupMemberError::GroupUserNotFound): A user ID given in the request does not exist. An account in MemberList does not exist (has not been imported).
/// - `10026` [`GroupCommandForbidden`](AddGroupMemberError::GroupCommandForbidden): This API command has been disabled for the app.
/// - `10037` [`GroupPerUserGroupLimitReached`](AddGroupMemberError::GroupPerUserGroupLimitReached): The user has created or joined as many groups as allowed; a larger package raises the limit. An account has joined as many groups as its plan allows; remove it from the request.
///
/// # Webhooks
///
/// - [`Group.CallbackBeforeInviteJoinGroup`](https://intl.cloud.tencent.com/document/product/1047/34371)
/// - [`Group.CallbackAfterNewMemberJoin`](https://intl.cloud.tencent.com/document/product/1047/34372)
/// - [`Group.CallbackAfterGroupFull`](https://intl.cloud.tencent.com/document/product/1047/34376)
///
/// # Notes on the documentation
///
/// - The fields table marks Silence as required, but the sample comment calls it optional and the table itself gives a default of 0; the spec makes it optional with that default.
/// - The sample comment lists Result values 0, 1 and 2; the table adds 3 (pending approval). The enum is open in case more appear.
/// - Safe to repeat: a repeat after a timeout finds the accounts already in the group and reports them as Result 2 instead of 1, leaving the same membership; callers should treat 2 as success.
/// - Member_Account inside MemberList is listed as a top-level row in both tables.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34921>. Spec: `specs/group_open_http_svc/add_group_member.json`.
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
pub struct AddGroupMemberRequest {
    /// ID of the group to add members to.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2J4SZEAEL"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// Whether anyone is told of the new members: with Notify every member gets a group system notification, with Silent nobody is notified.
    ///
    /// Wire name `Silence`. Optional. Limits: see [`Silence`]. The service assumes `0` when absent. Example: `1`.
    #[serde(rename = "Silence", default, skip_serializing_if = "Option::is_none")]
    pub silence: ::core::option::Option<super::types::Silence>,
    /// The accounts to add.
    ///
    /// Wire name `MemberList`. Required. Limits: at most 300 items. A value breaking these limits is answered with `10005`. Example: `[{"Member_Account":"tommy"},{"Member_Account":"jared"}]`.
    #[serde(rename = "MemberList")]
    #[schemars(length(max = 300u32))]
    pub member_list: ::std::vec::Vec<AddGroupMemberItem>,
}
impl AddGroupMemberRequest {
    ///Creates a value from its required fields (`group_id`, `member_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        member_list: impl ::core::iter::IntoIterator<Item = AddGroupMemberItem>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            member_list: member_list.into_iter().collect(),
            silence: ::core::option::Option::None,
        }
    }
    ///Sets `Silence`: Whether anyone is told of the new members: with Notify every member gets a group system notification, with Silent nobody is notified.
    #[must_use]
    pub fn silence(mut self, value: super::types::Silence) -> Self {
        self.silence = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for AddGroupMemberRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MemberList");
            let v = &self.member_list;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(300u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`AddGroupMemberRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct AddGroupMemberResponse {
    /// The result for each account of the request.
    ///
    /// Wire name `MemberList`. Always present. Example: `[{"Member_Account":"tommy","Result":1},{"Member_Account":"jared","Result":1}]`.
    #[serde(rename = "MemberList")]
    pub member_list: ::std::vec::Vec<AddedGroupMember>,
}
impl AddGroupMemberResponse {
    ///Creates a value from its required fields (`member_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_list: impl ::core::iter::IntoIterator<Item = AddedGroupMember>,
    ) -> Self {
        Self {
            member_list: member_list.into_iter().collect(),
        }
    }
}
impl crate::Validate for AddGroupMemberResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The accounts to add.
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
pub struct AddGroupMemberItem {
    /// UserID of the account to add.
    ///
    /// Wire name `Member_Account`. Required. Example: `"tommy"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
}
impl AddGroupMemberItem {
    ///Creates a value from its required fields (`member_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            member_account: member_account.into(),
        }
    }
}
impl crate::Validate for AddGroupMemberItem {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// What happened to the account.
///
#[doc = concat!(" Wire values: ", "0, 1, 2, 3", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AddedGroupMemberResult {
    /// `0`: The account was not added.
    Failed,
    /// `1`: The account is now a member.
    Added,
    /// `2`: The account was a member already.
    AlreadyMember,
    /// `3`: The invitation waits for approval by the invitee or an admin.
    PendingApproval,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl AddedGroupMemberResult {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[
        Self::Failed,
        Self::Added,
        Self::AlreadyMember,
        Self::PendingApproval,
    ];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Failed => 0i64,
            Self::Added => 1i64,
            Self::AlreadyMember => 2i64,
            Self::PendingApproval => 3i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            0i64 => Self::Failed,
            1i64 => Self::Added,
            2i64 => Self::AlreadyMember,
            3i64 => Self::PendingApproval,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for AddedGroupMemberResult {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for AddedGroupMemberResult {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for AddedGroupMemberResult {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(n))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for AddedGroupMemberResult {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("AddedGroupMemberResult")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for AddedGroupMemberResult {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The result for each account of the request.
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
pub struct AddedGroupMember {
    /// UserID of the account.
    ///
    /// Wire name `Member_Account`. Required. Example: `"tommy"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// What happened to the account.
    ///
    /// Wire name `Result`. Required. Example: `1`.
    #[serde(rename = "Result")]
    pub result: AddedGroupMemberResult,
}
impl AddedGroupMember {
    ///Creates a value from its required fields (`member_account`, `result`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
        result: AddedGroupMemberResult,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            result: result,
        }
    }
}
impl crate::Validate for AddedGroupMember {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `add_group_member`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddGroupMemberError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10005`: The request lists more accounts than allowed in one call; split it into smaller batches. MemberList has more than 300 accounts.
    GroupTooManyAccounts,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Also the answer for audio-video groups, where nobody can add members.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10014`: The group is full, so the user cannot be added; when adding in batches, add fewer users at once. Remove accounts from the request or raise the group's MaxMemberNum.
    GroupMemberLimitReached,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10016`: The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeInviteJoinGroup webhook refused the addition.
    GroupRejectedByWebhook,
    /// `10019`: A user ID given in the request does not exist. An account in MemberList does not exist (has not been imported).
    GroupUserNotFound,
    /// `10026`: This API command has been disabled for the app.
    GroupCommandForbidden,
    /// `10037`: The user has created or joined as many groups as allowed; a larger package raises the limit. An account has joined as many groups as its plan allows; remove it from the request.
    GroupPerUserGroupLimitReached,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for AddGroupMemberError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10005i64 => Self::GroupTooManyAccounts,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10014i64 => Self::GroupMemberLimitReached,
            10015i64 => Self::GroupInvalidGroupId,
            10016i64 => Self::GroupRejectedByWebhook,
            10019i64 => Self::GroupUserNotFound,
            10026i64 => Self::GroupCommandForbidden,
            10037i64 => Self::GroupPerUserGroupLimitReached,
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
                "The request lists more accounts than allowed in one call; split it into smaller batches. MemberList has more than 300 accounts."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. Also the answer for audio-video groups, where nobody can add members."
            }
            Self::GroupMemberLimitReached => {
                "The group is full, so the user cannot be added; when adding in batches, add fewer users at once. Remove accounts from the request or raise the group's MaxMemberNum."
            }
            Self::GroupRejectedByWebhook => {
                "The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeInviteJoinGroup webhook refused the addition."
            }
            Self::GroupUserNotFound => {
                "A user ID given in the request does not exist. An account in MemberList does not exist (has not been imported)."
            }
            Self::GroupPerUserGroupLimitReached => {
                "The user has created or joined as many groups as allowed; a larger package raises the limit. An account has joined as many groups as its plan allows; remove it from the request."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl AddGroupMemberError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupTooManyAccounts => super::ErrorCode::GroupTooManyAccounts,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupMemberLimitReached => super::ErrorCode::GroupMemberLimitReached,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupRejectedByWebhook => super::ErrorCode::GroupRejectedByWebhook,
            Self::GroupUserNotFound => super::ErrorCode::GroupUserNotFound,
            Self::GroupCommandForbidden => super::ErrorCode::GroupCommandForbidden,
            Self::GroupPerUserGroupLimitReached => {
                super::ErrorCode::GroupPerUserGroupLimitReached
            }
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for AddGroupMemberError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for AddGroupMemberRequest {
    type Response = AddGroupMemberResponse;
    type Error = AddGroupMemberError;
    const INFO: &'static crate::EndpointInfo = &ADD_GROUP_MEMBER;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "MemberList" => ::core::option::Option::Some(self.member_list.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "MemberList" => {
                ::core::option::Option::Some(Self {
                    member_list: self.member_list.get(items)?.to_vec(),
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                    silence: ::core::clone::Clone::clone(&self.silence),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/add_group_member", "`."
)]
pub static ADD_GROUP_MEMBER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "add_group_member",
    path: "v4/group_open_http_svc/add_group_member",
    legacy_paths: &[],
    summary: "Add up to 300 members to a group as the app admin.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34921",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "MemberList",
            code: 10005i64,
        },
    ],
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
            code: 10014i64,
            name: "GroupMemberLimitReached",
            description: "The group is full, so the user cannot be added; when adding in batches, add fewer users at once.",
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
        crate::ErrorCodeInfo {
            code: 10016i64,
            name: "GroupRejectedByWebhook",
            description: "The app's webhook server vetoed this group operation.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10019i64,
            name: "GroupUserNotFound",
            description: "A user ID given in the request does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10026i64,
            name: "GroupCommandForbidden",
            description: "This API command has been disabled for the app.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10037i64,
            name: "GroupPerUserGroupLimitReached",
            description: "The user has created or joined as many groups as allowed; a larger package raises the limit.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "MemberList",
            max_items: 300u32,
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
    example_response: "{\"MemberList\":[{\"Member_Account\":\"tommy\",\"Result\":1},{\"Member_Account\":\"jared\",\"Result\":1}]}",
    classify_error: crate::__private::classify::<AddGroupMemberError>,
    hooks: crate::EndpointHooks::of::<AddGroupMemberRequest>(),
};
