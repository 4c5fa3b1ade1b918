/// Remove every custom attribute of a group.
///
/// Deletes all the group's custom attributes at once; get_group_attr then answers none. It counts as a write against the group's limit of 5 attribute writes a second (10049). Communities are not supported.
///
/// `POST v4/group_open_http_svc/clear_group_attr`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | no: the service answers 10007. The page lists communities as unsupported and gives no code; 10007 is the code its table gives for a group type without custom attributes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](ClearGroupAttrError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](ClearGroupAttrError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](ClearGroupAttrError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group's type does not support custom attributes.
/// - `10010` [`GroupNotFound`](ClearGroupAttrError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ClearGroupAttrError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10045` [`GroupAttrKeyTooLong`](ClearGroupAttrError::GroupAttrKeyTooLong): A custom group attribute key is longer than 32 bytes; shorten it.
/// - `10046` [`GroupAttrValueTooLong`](ClearGroupAttrError::GroupAttrValueTooLong): A custom group attribute value is longer than 4,000 bytes; shorten it.
/// - `10047` [`GroupAttrTooManyKeys`](ClearGroupAttrError::GroupAttrTooManyKeys): The group would have more than 16 custom attribute keys; remove some.
/// - `10048` [`GroupAttrTotalTooLarge`](ClearGroupAttrError::GroupAttrTotalTooLarge): All custom attribute values together exceed 16,000 bytes; reduce their size.
/// - `10049` [`GroupAttrRateLimited`](ClearGroupAttrError::GroupAttrRateLimited): Custom group attributes are being written too often; retry later. More than 5 attribute writes (set, modify, clear) to this group within one second. Retryable: the service refused the call before acting on it.
///
/// # Notes on the documentation
///
/// - Irrevocable: the attribute values are deleted and the service keeps no copy to restore. Safe to repeat all the same: clearing a group without attributes leaves it without attributes, so a repeat after a timeout changes nothing (it counts against the write quota).
/// - The error table repeats the size codes of the set and modify pages (10045-10048), which a request without attributes cannot cause; they are listed because the page lists them.
/// - Community: this page says No while set, modify and get say Yes; each spec follows its own page.
/// - 10049: the pages allow at most 5 attribute writes a second to one group; clear shares the per-group pool group_attr_writes with set and modify.
/// - The page's own address is not in the docs snapshot; docs points at the REST API overview, which lists it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34620>. Spec: `specs/group_open_http_svc/clear_group_attr.json`.
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
pub struct ClearGroupAttrRequest {
    /// ID of the group whose attributes are removed.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#aC5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
}
impl ClearGroupAttrRequest {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self { group_id: group_id.into() }
    }
}
impl crate::Validate for ClearGroupAttrRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`ClearGroupAttrRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ClearGroupAttrResponse {}
impl ClearGroupAttrResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ClearGroupAttrResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `clear_group_attr`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClearGroupAttrError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group's type does not support custom attributes.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10045`: A custom group attribute key is longer than 32 bytes; shorten it.
    GroupAttrKeyTooLong,
    /// `10046`: A custom group attribute value is longer than 4,000 bytes; shorten it.
    GroupAttrValueTooLong,
    /// `10047`: The group would have more than 16 custom attribute keys; remove some.
    GroupAttrTooManyKeys,
    /// `10048`: All custom attribute values together exceed 16,000 bytes; reduce their size.
    GroupAttrTotalTooLarge,
    /// `10049`: Custom group attributes are being written too often; retry later. More than 5 attribute writes (set, modify, clear) to this group within one second. Retryable: the service refused the call before acting on it.
    GroupAttrRateLimited,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ClearGroupAttrError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10045i64 => Self::GroupAttrKeyTooLong,
            10046i64 => Self::GroupAttrValueTooLong,
            10047i64 => Self::GroupAttrTooManyKeys,
            10048i64 => Self::GroupAttrTotalTooLarge,
            10049i64 => Self::GroupAttrRateLimited,
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
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group's type does not support custom attributes."
            }
            Self::GroupAttrRateLimited => {
                "Custom group attributes are being written too often; retry later. More than 5 attribute writes (set, modify, clear) to this group within one second."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ClearGroupAttrError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupAttrKeyTooLong => super::ErrorCode::GroupAttrKeyTooLong,
            Self::GroupAttrValueTooLong => super::ErrorCode::GroupAttrValueTooLong,
            Self::GroupAttrTooManyKeys => super::ErrorCode::GroupAttrTooManyKeys,
            Self::GroupAttrTotalTooLarge => super::ErrorCode::GroupAttrTotalTooLarge,
            Self::GroupAttrRateLimited => super::ErrorCode::GroupAttrRateLimited,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ClearGroupAttrError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ClearGroupAttrRequest {
    type Response = ClearGroupAttrResponse;
    type Error = ClearGroupAttrError;
    const INFO: &'static crate::EndpointInfo = &CLEAR_GROUP_ATTR;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/clear_group_attr", "`."
)]
pub static CLEAR_GROUP_ATTR: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "clear_group_attr",
    path: "v4/group_open_http_svc/clear_group_attr",
    legacy_paths: &[],
    summary: "Remove every custom attribute of a group.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34620",
    rate_limit_per_second: 200u32,
    rate_quotas: &[
        crate::RateQuota {
            scope: crate::QuotaScope::Group,
            pool: ::core::option::Option::Some("group_attr_writes"),
            kind: crate::QuotaKind::PerSecond(5u32),
            code: 10049i64,
        },
    ],
    irrevocable: true,
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
                support: crate::GroupTypeSupport::Error(10007i64),
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
        crate::ErrorCodeInfo {
            code: 10045i64,
            name: "GroupAttrKeyTooLong",
            description: "A custom group attribute key is longer than 32 bytes; shorten it.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10046i64,
            name: "GroupAttrValueTooLong",
            description: "A custom group attribute value is longer than 4,000 bytes; shorten it.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10047i64,
            name: "GroupAttrTooManyKeys",
            description: "The group would have more than 16 custom attribute keys; remove some.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10048i64,
            name: "GroupAttrTotalTooLarge",
            description: "All custom attribute values together exceed 16,000 bytes; reduce their size.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10049i64,
            name: "GroupAttrRateLimited",
            description: "Custom group attributes are being written too often; retry later.",
            retry: crate::Retryability::Refused,
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
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<ClearGroupAttrError>,
    hooks: crate::EndpointHooks::of::<ClearGroupAttrRequest>(),
};
