/// List the accounts muted in a group and when each mute ends.
///
/// Answers every account of the group (or of one topic of a topic-enabled community) whose mute has not ended, with the time it ends. Mutes are set with forbid_send_msg or with MuteTime in modify_group_member_info. Older clients call this endpoint by its former path group_open_http_svc/get_group_shutted_uin, which is served as an alias.
///
/// `POST v4/group_open_http_svc/get_group_muted_account`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetGroupMutedAccountError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetGroupMutedAccountError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetGroupMutedAccountError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetGroupMutedAccountError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin.
/// - `10010` [`GroupNotFound`](GetGroupMutedAccountError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetGroupMutedAccountError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - The response table lists MutedAccountList only; the sample also carries GroupId (kept as optional) and leaves out ErrorInfo. The item fields appear in the sample and prose only.
/// - The group-type table allows Work (Private) groups although forbid_send_msg cannot mute there; the list is then empty. The spec follows this page's table.
/// - legacy_paths: clients written against older docs call group_open_http_svc/get_group_shutted_uin, the same call under its former name; the spec binds it as an alias.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34964>. Spec: `specs/group_open_http_svc/get_group_muted_account.json`.
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
pub struct GetGroupMutedAccountRequest {
    /// ID of the group whose muted accounts are listed.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// List the mutes of this topic of a topic-enabled community.
    ///
    /// Wire name `TopicId`. Optional.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
}
impl GetGroupMutedAccountRequest {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            group_id: group_id.into(),
            topic_id: ::core::option::Option::None,
        }
    }
    ///Sets `TopicId`: List the mutes of this topic of a topic-enabled community.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for GetGroupMutedAccountRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetGroupMutedAccountRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetGroupMutedAccountResponse {
    /// The group's ID, echoed back; seen in the sample, not in the table.
    ///
    /// Wire name `GroupId`. May be absent. Example: `"@TGS#2FZNNRAEU"`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: ::core::option::Option<::std::string::String>,
    /// The muted accounts with the end of their mute.
    ///
    /// Wire name `MutedAccountList`. Always present. Example: `[{"Member_Account":"tommy","MutedUntil":1458115189},{"Member_Account":"peter","MutedUntil":1458115189}]`.
    #[serde(rename = "MutedAccountList")]
    pub muted_account_list: ::std::vec::Vec<MutedAccount>,
}
impl GetGroupMutedAccountResponse {
    ///Creates a value from its required fields (`muted_account_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        muted_account_list: impl ::core::iter::IntoIterator<Item = MutedAccount>,
    ) -> Self {
        Self {
            muted_account_list: muted_account_list.into_iter().collect(),
            group_id: ::core::option::Option::None,
        }
    }
    ///Sets `GroupId`: The group's ID, echoed back; seen in the sample, not in the table.
    #[must_use]
    pub fn group_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for GetGroupMutedAccountResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The muted accounts with the end of their mute.
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
pub struct MutedAccount {
    /// The muted account's UserID.
    ///
    /// Wire name `Member_Account`. Required. Example: `"tommy"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// When the mute ends (4294967295: never).
    ///
    /// Wire name `MutedUntil`. Required. Limits: see [`UnixTime`]. Example: `1458115189`.
    #[serde(rename = "MutedUntil")]
    pub muted_until: super::types::UnixTime,
}
impl MutedAccount {
    ///Creates a value from its required fields (`member_account`, `muted_until`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
        muted_until: super::types::UnixTime,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            muted_until: muted_until,
        }
    }
}
impl crate::Validate for MutedAccount {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_group_muted_account`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetGroupMutedAccountError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin.
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
impl crate::EndpointError for GetGroupMutedAccountError {
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
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetGroupMutedAccountError {
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
impl ::core::fmt::Display for GetGroupMutedAccountError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetGroupMutedAccountRequest {
    type Response = GetGroupMutedAccountResponse;
    type Error = GetGroupMutedAccountError;
    const INFO: &'static crate::EndpointInfo = &GET_GROUP_MUTED_ACCOUNT;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_group_muted_account", "`."
)]
pub static GET_GROUP_MUTED_ACCOUNT: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_group_muted_account",
    path: "v4/group_open_http_svc/get_group_muted_account",
    legacy_paths: &["v4/group_open_http_svc/get_group_shutted_uin"],
    summary: "List the accounts muted in a group and when each mute ends.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34964",
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
            field: "TopicId",
            entity: crate::Entity::Topic,
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"GroupId\":\"@TGS#2FZNNRAEU\",\"MutedAccountList\":[{\"Member_Account\":\"tommy\",\"MutedUntil\":1458115189},{\"Member_Account\":\"peter\",\"MutedUntil\":1458115189}]}",
    classify_error: crate::__private::classify::<GetGroupMutedAccountError>,
    hooks: crate::EndpointHooks::of::<GetGroupMutedAccountRequest>(),
};
