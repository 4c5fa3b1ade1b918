/// Import up to 300 members into a group, keeping their join times and unread counts.
///
/// Adds members to a group for a migration, without webhooks or notifications: each may keep its original join time (later than the group's creation and earlier than now, or the member is not imported), be made an admin, and start with an unread count (capped at the group's number of messages). Each account gets a result: imported, failed, or already a member. Audio-video groups are refused with 10007.
///
/// `POST v4/group_open_http_svc/import_group_member`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. Audio-video groups keep no member list to import into. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](ImportGroupMemberError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](ImportGroupMemberError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](ImportGroupMemberError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10005` [`GroupTooManyAccounts`](ImportGroupMemberError::GroupTooManyAccounts): The request lists more accounts than allowed in one call; split it into smaller batches. More than 300 members in one call.
/// - `10006` [`GroupRateLimited`](ImportGroupMemberError::GroupRateLimited): Group operations are being called too often; slow down and retry later. Retryable: the service refused the call before acting on it.
/// - `10007` [`GroupPermissionDenied`](ImportGroupMemberError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the group is an audio-video group.
/// - `10010` [`GroupNotFound`](ImportGroupMemberError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ImportGroupMemberError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Safe to repeat: a member imported by the first attempt gets result 2 (already a member) the second time and is left as it was, so the state is the one a single call leaves; only the per-account results differ.
/// - MemberList is not atomic: importing 600 members as two calls of 300 has the same effect, so batch helpers split longer lists at 300 (10005 beyond it).
/// - The table lists Member_Account, Role, JoinTime and UnreadMsgNum as top-level rows; the sample puts them inside each MemberList item, as the spec does.
/// - The page does not say what a join time outside the allowed range answers beyond 'cannot be imported'; the emulator answers result 0 for that member.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34969>. Spec: `specs/group_open_http_svc/import_group_member.json`.
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
pub struct ImportGroupMemberRequest {
    /// ID of the group the members are imported into.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2J4SZEAEL"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The members to import; a longer list may be sent in several calls.
    ///
    /// Wire name `MemberList`. Required. Limits: at least 1 items; at most 300 items. A value breaking these limits is answered with `10005`. Example: `[{"JoinTime":1448357837,"Member_Account":"tommy","Role":"Admin","UnreadMsgNum":5},{"JoinTime":1448357857,"Member_Account":"jared","UnreadMsgNum":2}]`.
    #[serde(rename = "MemberList")]
    #[schemars(length(min = 1u32, max = 300u32))]
    pub member_list: ::std::vec::Vec<ImportGroupMember>,
}
impl ImportGroupMemberRequest {
    ///Creates a value from its required fields (`group_id`, `member_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        member_list: impl ::core::iter::IntoIterator<Item = ImportGroupMember>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            member_list: member_list.into_iter().collect(),
        }
    }
}
impl crate::Validate for ImportGroupMemberRequest {
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
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(300u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`ImportGroupMemberRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImportGroupMemberResponse {
    /// The result for each account of the request.
    ///
    /// Wire name `MemberList`. Always present. Example: `[{"Member_Account":"tommy","Result":1},{"Member_Account":"jared","Result":1}]`.
    #[serde(rename = "MemberList")]
    pub member_list: ::std::vec::Vec<ImportedGroupMember>,
}
impl ImportGroupMemberResponse {
    ///Creates a value from its required fields (`member_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_list: impl ::core::iter::IntoIterator<Item = ImportedGroupMember>,
    ) -> Self {
        Self {
            member_list: member_list.into_iter().collect(),
        }
    }
}
impl crate::Validate for ImportGroupMemberResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The members to import; a longer list may be sent in several calls.
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
pub struct ImportGroupMember {
    /// UserID of the member, an imported account.
    ///
    /// Wire name `Member_Account`. Required. Example: `"tommy"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// The member's role: only Admin may be given; without it the member is an ordinary member.
    ///
    /// Wire name `Role`. Optional. Limits: see [`MemberRole`]. Example: `"Admin"`.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: ::core::option::Option<super::types::MemberRole>,
    /// When the member joined in the system it comes from: after the group's creation and before now.
    ///
    /// Wire name `JoinTime`. Optional. Limits: see [`UnixTime`]. Example: `1448357837`.
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: ::core::option::Option<super::types::UnixTime>,
    /// How many of the group's latest messages the member has not read; capped at the group's number of messages.
    ///
    /// Wire name `UnreadMsgNum`. Optional. Example: `5`.
    #[serde(rename = "UnreadMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_msg_num: ::core::option::Option<u32>,
}
impl ImportGroupMember {
    ///Creates a value from its required fields (`member_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            role: ::core::option::Option::None,
            join_time: ::core::option::Option::None,
            unread_msg_num: ::core::option::Option::None,
        }
    }
    ///Sets `Role`: The member's role: only Admin may be given; without it the member is an ordinary member.
    #[must_use]
    pub fn role(mut self, value: super::types::MemberRole) -> Self {
        self.role = ::core::option::Option::Some(value);
        self
    }
    ///Sets `JoinTime`: When the member joined in the system it comes from: after the group's creation and before now.
    #[must_use]
    pub fn join_time(mut self, value: super::types::UnixTime) -> Self {
        self.join_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `UnreadMsgNum`: How many of the group's latest messages the member has not read; capped at the group's number of messages.
    #[must_use]
    pub fn unread_msg_num(mut self, value: u32) -> Self {
        self.unread_msg_num = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for ImportGroupMember {
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
#[doc = concat!(" Wire values: ", "0, 1, 2", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportedGroupMemberResult {
    /// `0`: Not imported (for example a join time out of range, or an account that is not imported).
    Failed,
    /// `1`: Imported as a member.
    Imported,
    /// `2`: Already a member; left as it was.
    AlreadyMember,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl ImportedGroupMemberResult {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[
        Self::Failed,
        Self::Imported,
        Self::AlreadyMember,
    ];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Failed => 0i64,
            Self::Imported => 1i64,
            Self::AlreadyMember => 2i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            0i64 => Self::Failed,
            1i64 => Self::Imported,
            2i64 => Self::AlreadyMember,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for ImportedGroupMemberResult {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for ImportedGroupMemberResult {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
impl<'de> crate::__private::serde::Deserialize<'de> for ImportedGroupMemberResult {
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
impl crate::__private::schemars::JsonSchema for ImportedGroupMemberResult {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("ImportedGroupMemberResult")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for ImportedGroupMemberResult {
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
pub struct ImportedGroupMember {
    /// The account's UserID.
    ///
    /// Wire name `Member_Account`. Required. Example: `"tommy"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// What happened to the account.
    ///
    /// Wire name `Result`. Required. Example: `1`.
    #[serde(rename = "Result")]
    pub result: ImportedGroupMemberResult,
}
impl ImportedGroupMember {
    ///Creates a value from its required fields (`member_account`, `result`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
        result: ImportedGroupMemberResult,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            result: result,
        }
    }
}
impl crate::Validate for ImportedGroupMember {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `import_group_member`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportGroupMemberError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10005`: The request lists more accounts than allowed in one call; split it into smaller batches. More than 300 members in one call.
    GroupTooManyAccounts,
    /// `10006`: Group operations are being called too often; slow down and retry later. Retryable: the service refused the call before acting on it.
    GroupRateLimited,
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
impl crate::EndpointError for ImportGroupMemberError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10005i64 => Self::GroupTooManyAccounts,
            10006i64 => Self::GroupRateLimited,
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
                "The request lists more accounts than allowed in one call; split it into smaller batches. More than 300 members in one call."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the group is an audio-video group."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImportGroupMemberError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupTooManyAccounts => super::ErrorCode::GroupTooManyAccounts,
            Self::GroupRateLimited => super::ErrorCode::GroupRateLimited,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImportGroupMemberError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImportGroupMemberRequest {
    type Response = ImportGroupMemberResponse;
    type Error = ImportGroupMemberError;
    const INFO: &'static crate::EndpointInfo = &IMPORT_GROUP_MEMBER;
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
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/import_group_member", "`."
)]
pub static IMPORT_GROUP_MEMBER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "import_group_member",
    path: "v4/group_open_http_svc/import_group_member",
    legacy_paths: &[],
    summary: "Import up to 300 members into a group, keeping their join times and unread counts.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34969",
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
            code: 10006i64,
            name: "GroupRateLimited",
            description: "Group operations are being called too often; slow down and retry later.",
            retry: crate::Retryability::Refused,
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
    classify_error: crate::__private::classify::<ImportGroupMemberError>,
    hooks: crate::EndpointHooks::of::<ImportGroupMemberRequest>(),
};
