/// Add or change some custom attributes of a group, keeping the others.
///
/// Writes the given key-value pairs into the group's custom attributes: an existing key gets the new value, a new key is added; keys not in the request are kept. The group may hold at most 16 keys (10047) with 16,000 bytes of values in all (10048). Writes to one group's attributes are limited to 5 a second (10049). Read them back with get_group_attr.
///
/// `POST v4/group_open_http_svc/modify_group_attr`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. The page lists communities as supported, while clear_group_attr does not. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](ModifyGroupAttrError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](ModifyGroupAttrError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](ModifyGroupAttrError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The group's type does not support custom attributes.
/// - `10010` [`GroupNotFound`](ModifyGroupAttrError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ModifyGroupAttrError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10045` [`GroupAttrKeyTooLong`](ModifyGroupAttrError::GroupAttrKeyTooLong): A custom group attribute key is longer than 32 bytes; shorten it.
/// - `10046` [`GroupAttrValueTooLong`](ModifyGroupAttrError::GroupAttrValueTooLong): A custom group attribute value is longer than 4,000 bytes; shorten it.
/// - `10047` [`GroupAttrTooManyKeys`](ModifyGroupAttrError::GroupAttrTooManyKeys): The group would have more than 16 custom attribute keys; remove some.
/// - `10048` [`GroupAttrTotalTooLarge`](ModifyGroupAttrError::GroupAttrTotalTooLarge): All custom attribute values together exceed 16,000 bytes; reduce their size.
/// - `10049` [`GroupAttrRateLimited`](ModifyGroupAttrError::GroupAttrRateLimited): Custom group attributes are being written too often; retry later. More than 5 attribute writes (set, modify, clear) to this group within one second. Retryable: the service refused the call before acting on it.
///
/// # Notes on the documentation
///
/// - Safe to repeat: writing the same values to the same keys twice leaves the state of writing them once (the repeat counts against the 5-a-second write quota).
/// - The page does not say whether modify merges into or replaces the attributes; the set page says it resets them, so modify is taken to merge (the Chat SDK's setGroupAttributes/initGroupAttributes pair behaves so). The emulator merges, refusing with 10047 a merge that would leave more than 16 keys.
/// - GroupAttr is atomic: the group's limit of 16 keys is also the request's, so splitting gains nothing and would spend the write quota.
/// - The request sample separates the two GroupAttr items with a full-width comma (，), which is not JSON; the documented fixture uses an ordinary comma.
/// - The key and value sub-fields are described only inside GroupAttr's description; they are lower-case on the wire (key, value), unlike the Key/Value of the counter and custom-field lists.
/// - 10049: the pages allow at most 5 attribute writes a second to one group, whether adds, changes or deletions; the spec states it as a per-group quota in the pool group_attr_writes, which set, modify and clear share, so that the client waits for it and the emulator answers 10049 beyond it.
/// - Too many items in GroupAttr answers 10047 (the field's own code). A key over 32 bytes (10045) or a value over 4,000 bytes (10046) sit inside the items, where the format gives no per-field code: the client refuses them before sending and the emulator answers the endpoint's 10004 for them. The 16,000-byte total of 10048 spans all of a group's values and is enforced by the emulator's handler only.
/// - The page's own address is not in the docs snapshot; docs points at the REST API overview, which lists it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34620>. Spec: `specs/group_open_http_svc/modify_group_attr.json`.
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
pub struct ModifyGroupAttrRequest {
    /// ID of the group whose attributes are changed.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#aC5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The attributes to add or change: at most 16 keys. Keys already on the group and not listed keep their values.
    ///
    /// Wire name `GroupAttr`. Required. Limits: at most 16 items; one list, not to be split across calls; each item see [`GroupAttrItem`]. A value breaking these limits is answered with `10047`. Example: `[{"key":"attr_key","value":"attr_val"},{"key":"attr_key1","value":"attr_val1"}]`.
    #[serde(rename = "GroupAttr")]
    #[schemars(length(max = 16u32))]
    pub group_attr: ::std::vec::Vec<super::types::GroupAttrItem>,
}
impl ModifyGroupAttrRequest {
    ///Creates a value from its required fields (`group_id`, `group_attr`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        group_attr: impl ::core::iter::IntoIterator<Item = super::types::GroupAttrItem>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            group_attr: group_attr.into_iter().collect(),
        }
    }
}
impl crate::Validate for ModifyGroupAttrRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupAttr");
            let v = &self.group_attr;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(16u32),
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
/// The response of [`ModifyGroupAttrRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ModifyGroupAttrResponse {}
impl ModifyGroupAttrResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ModifyGroupAttrResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `modify_group_attr`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyGroupAttrError {
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
impl crate::EndpointError for ModifyGroupAttrError {
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
impl ModifyGroupAttrError {
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
impl ::core::fmt::Display for ModifyGroupAttrError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ModifyGroupAttrRequest {
    type Response = ModifyGroupAttrResponse;
    type Error = ModifyGroupAttrError;
    const INFO: &'static crate::EndpointInfo = &MODIFY_GROUP_ATTR;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `modify_group_attr`: The most custom attribute keys a group holds; beyond it the service answers 10047. Unit: keys.
pub const MODIFY_GROUP_ATTR_MAX_KEYS: i64 = 16i64;
/// `modify_group_attr`: The most bytes all of a group's attribute values take together; beyond it the service answers 10048. Unit: bytes.
pub const MODIFY_GROUP_ATTR_MAX_TOTAL_VALUE_BYTES: i64 = 16000i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/modify_group_attr", "`."
)]
pub static MODIFY_GROUP_ATTR: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "modify_group_attr",
    path: "v4/group_open_http_svc/modify_group_attr",
    legacy_paths: &[],
    summary: "Add or change some custom attributes of a group, keeping the others.",
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
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "GroupAttr",
            code: 10047i64,
        },
    ],
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
    facts: &[
        crate::Fact {
            name: "max_keys",
            value: crate::FactValue::Integer(16i64),
            unit: ::core::option::Option::Some("keys"),
            source: "The most custom attribute keys a group holds; beyond it the service answers 10047.",
        },
        crate::Fact {
            name: "max_total_value_bytes",
            value: crate::FactValue::Integer(16000i64),
            unit: ::core::option::Option::Some("bytes"),
            source: "The most bytes all of a group's attribute values take together; beyond it the service answers 10048.",
        },
    ],
    example_response: "{}",
    classify_error: crate::__private::classify::<ModifyGroupAttrError>,
    hooks: crate::EndpointHooks::of::<ModifyGroupAttrRequest>(),
};
