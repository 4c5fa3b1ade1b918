/// Read how many members of an audio-video group are online.
///
/// Answers the number of online members of an audio-video group. The service recounts about every 10 seconds (immediately for groups under 300 members without web users), so polling more often than that gains nothing.
///
/// `POST v4/group_open_http_svc/get_online_member_num`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. |
/// | `ChatRoom` | no: the service answers 10007. Called Meeting in newer SDKs. Only audio-video groups count online members; 10007 for the others, as the page's error table says. |
/// | `Community` | no: the service answers 10007. Only audio-video groups count online members; 10007 for the others, as the page's error table says. |
/// | `Private` | no: the service answers 10007. Called Work in newer SDKs. Only audio-video groups count online members; 10007 for the others, as the page's error table says. |
/// | `Public` | no: the service answers 10007. Only audio-video groups count online members; 10007 for the others, as the page's error table says. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetOnlineMemberNumError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetOnlineMemberNumError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetOnlineMemberNumError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetOnlineMemberNumError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group is not an audio-video group, or the caller is not the app admin.
/// - `10010` [`GroupNotFound`](GetOnlineMemberNumError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetOnlineMemberNumError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Read only, hence safe to repeat.
/// - The emulator keeps no online state and answers the count from the generic tier.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/38521>. Spec: `specs/group_open_http_svc/get_online_member_num.json`.
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
pub struct GetOnlineMemberNumRequest {
    /// ID of the audio-video group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
}
impl GetOnlineMemberNumRequest {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self { group_id: group_id.into() }
    }
}
impl crate::Validate for GetOnlineMemberNumRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetOnlineMemberNumRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetOnlineMemberNumResponse {
    /// How many members are online.
    ///
    /// Wire name `OnlineMemberNum`. Always present. Example: `1000`.
    #[serde(rename = "OnlineMemberNum")]
    pub online_member_num: u32,
}
impl GetOnlineMemberNumResponse {
    ///Creates a value from its required fields (`online_member_num`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(online_member_num: u32) -> Self {
        Self {
            online_member_num: online_member_num,
        }
    }
}
impl crate::Validate for GetOnlineMemberNumResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_online_member_num`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetOnlineMemberNumError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group is not an audio-video group, or the caller is not the app admin.
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
impl crate::EndpointError for GetOnlineMemberNumError {
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
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group is not an audio-video group, or the caller is not the app admin."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetOnlineMemberNumError {
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
impl ::core::fmt::Display for GetOnlineMemberNumError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetOnlineMemberNumRequest {
    type Response = GetOnlineMemberNumResponse;
    type Error = GetOnlineMemberNumError;
    const INFO: &'static crate::EndpointInfo = &GET_ONLINE_MEMBER_NUM;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `get_online_member_num`: The page says the count is refreshed every 10 seconds and recommends polling at that pace. Unit: seconds.
pub const GET_ONLINE_MEMBER_NUM_REFRESH_INTERVAL: i64 = 10i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_online_member_num", "`."
)]
pub static GET_ONLINE_MEMBER_NUM: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_online_member_num",
    path: "v4/group_open_http_svc/get_online_member_num",
    legacy_paths: &[],
    summary: "Read how many members of an audio-video group are online.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/38521",
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
    ],
    facts: &[
        crate::Fact {
            name: "refresh_interval",
            value: crate::FactValue::Integer(10i64),
            unit: ::core::option::Option::Some("seconds"),
            source: "The page says the count is refreshed every 10 seconds and recommends polling at that pace.",
        },
    ],
    example_response: "{\"OnlineMemberNum\":1000}",
    classify_error: crate::__private::classify::<GetOnlineMemberNumError>,
    hooks: crate::EndpointHooks::of::<GetOnlineMemberNumRequest>(),
};
