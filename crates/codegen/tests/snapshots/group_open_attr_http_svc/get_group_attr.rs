/// Read all custom attributes of a group.
///
/// Answers the group's custom attributes as a list of key-value pairs, as the last set, modify or clear left them.
///
/// `POST v4/group_open_attr_http_svc/get_group_attr`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
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
/// - `10002` [`GroupInternalError`](GetGroupAttrError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](GetGroupAttrError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetGroupAttrError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group's type does not support custom attributes.
/// - `10010` [`GroupNotFound`](GetGroupAttrError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetGroupAttrError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - This is the only endpoint of the group_open_attr_http_svc service; the write calls live under group_open_http_svc.
/// - The table types GroupAttrAry as an array without its item fields; the sample shows lower-case key and value, as the write calls take them (GroupAttrItem).
/// - GroupAttrAry is taken as optional: the page does not say what a group without attributes answers.
/// - The page's own address is not in the docs snapshot; docs points at the REST API overview, which lists it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34620>. Spec: `specs/group_open_attr_http_svc/get_group_attr.json`.
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
pub struct GetGroupAttrRequest {
    /// ID of the group whose attributes are read.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#aC5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
}
impl GetGroupAttrRequest {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self { group_id: group_id.into() }
    }
}
impl crate::Validate for GetGroupAttrRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetGroupAttrRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetGroupAttrResponse {
    /// The group's attributes; empty or absent when it has none.
    ///
    /// Wire name `GroupAttrAry`. May be absent. Limits: each item see [`GroupAttrItem`]. Example: `[{"key":"attr_key1","value":"attr_val1"},{"key":"attr_key2","value":"attr_val2"}]`.
    #[serde(rename = "GroupAttrAry", default, skip_serializing_if = "Option::is_none")]
    pub group_attr_ary: ::core::option::Option<
        ::std::vec::Vec<super::types::GroupAttrItem>,
    >,
}
impl GetGroupAttrResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            group_attr_ary: ::core::option::Option::None,
        }
    }
    ///Sets `GroupAttrAry`: The group's attributes; empty or absent when it has none.
    #[must_use]
    pub fn group_attr_ary(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::GroupAttrItem>,
    ) -> Self {
        self.group_attr_ary = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for GetGroupAttrResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.group_attr_ary {
            let at = at.field("GroupAttrAry");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::None,
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
///The error codes of `get_group_attr`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetGroupAttrError {
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
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetGroupAttrError {
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
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group's type does not support custom attributes."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetGroupAttrError {
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
impl ::core::fmt::Display for GetGroupAttrError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetGroupAttrRequest {
    type Response = GetGroupAttrResponse;
    type Error = GetGroupAttrError;
    const INFO: &'static crate::EndpointInfo = &GET_GROUP_ATTR;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_attr_http_svc/get_group_attr", "`."
)]
pub static GET_GROUP_ATTR: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_attr_http_svc",
    command: "get_group_attr",
    path: "v4/group_open_attr_http_svc/get_group_attr",
    legacy_paths: &[],
    summary: "Read all custom attributes of a group.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34620",
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
    facts: &[],
    example_response: "{\"GroupAttrAry\":[{\"key\":\"attr_key1\",\"value\":\"attr_val1\"},{\"key\":\"attr_key2\",\"value\":\"attr_val2\"}]}",
    classify_error: crate::__private::classify::<GetGroupAttrError>,
    hooks: crate::EndpointHooks::of::<GetGroupAttrRequest>(),
};
