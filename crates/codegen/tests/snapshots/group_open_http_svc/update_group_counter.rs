/// Set, increase or decrease some of a group's counters.
///
/// Writes the listed counters of the group, each by its Mode: Set gives the counter the value, Increase adds it and Decrease subtracts it (a counter that does not exist starts at 0). A group holds at most 20 counter keys (10063). The answer carries the counters' values after the update.
///
/// `POST v4/group_open_http_svc/update_group_counter`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | no: the service answers 10007. The page lists communities as unsupported and gives no code; 10007 (insufficient permission) is taken as the answer. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](UpdateGroupCounterError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](UpdateGroupCounterError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](UpdateGroupCounterError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller may not act on the group's counters, or the group's type has none.
/// - `10010` [`GroupNotFound`](UpdateGroupCounterError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](UpdateGroupCounterError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10059` [`GroupUltimateEditionRequired`](UpdateGroupCounterError::GroupUltimateEditionRequired): This feature requires the Ultimate edition. Group counters need the Ultimate edition.
/// - `10063` [`GroupCounterTooManyKeys`](UpdateGroupCounterError::GroupCounterTooManyKeys): The group would have more than 20 counter keys; remove some. The update would leave the group with more than 20 counter keys.
///
/// # Notes on the documentation
///
/// - Not safe to repeat: with Mode Increase or Decrease a repeated call changes the counters twice. Callers who use Set only may opt into retries.
/// - The request and response samples separate items with a full-width comma (，), which is not JSON; the documented fixture uses ordinary commas. Key and Value are described only inside GroupCounter's description.
/// - Mode's values appear in a sample comment and the field's description; no default is stated. The emulator takes Set when Mode is absent, the only reading under which the sample's values (5 and 1) answer as sent.
/// - Keys: the table allows 128 bytes per key (GroupCounterKey); the page gives no code for a longer key, so it gets the endpoint's 10004. Too many items answers 10063, the field's own code.
/// - GroupCounter is atomic: every item takes the one Mode of the call, and the counters are read back together.
/// - Community: unsupported on all three counter pages; the code is not given, 10007 is assumed.
/// - The page's own address is not in the docs snapshot; docs points at the REST API overview, which lists it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34620>. Spec: `specs/group_open_http_svc/update_group_counter.json`.
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
pub struct UpdateGroupCounterRequest {
    /// ID of the group whose counters are updated.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#aC5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The counters to write and the value to set, add or subtract: at most 20.
    ///
    /// Wire name `GroupCounter`. Required. Limits: at most 20 items; one list, not to be split across calls; each item see [`GroupCounterItem`]. A value breaking these limits is answered with `10063`. Example: `[{"Key":"like","Value":5},{"Key":"unlike","Value":1}]`.
    #[serde(rename = "GroupCounter")]
    #[schemars(length(max = 20u32))]
    pub group_counter: ::std::vec::Vec<super::types::GroupCounterItem>,
    /// How the values are applied to every listed counter.
    ///
    /// Wire name `Mode`. Optional. Example: `"Set"`.
    #[serde(rename = "Mode", default, skip_serializing_if = "Option::is_none")]
    pub mode: ::core::option::Option<UpdateGroupCounterMode>,
}
impl UpdateGroupCounterRequest {
    ///Creates a value from its required fields (`group_id`, `group_counter`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        group_counter: impl ::core::iter::IntoIterator<
            Item = super::types::GroupCounterItem,
        >,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            group_counter: group_counter.into_iter().collect(),
            mode: ::core::option::Option::None,
        }
    }
    ///Sets `Mode`: How the values are applied to every listed counter.
    #[must_use]
    pub fn mode(mut self, value: UpdateGroupCounterMode) -> Self {
        self.mode = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for UpdateGroupCounterRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupCounter");
            let v = &self.group_counter;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(20u32),
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
/// The response of [`UpdateGroupCounterRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct UpdateGroupCounterResponse {
    /// The updated counters with their values after the update.
    ///
    /// Wire name `GroupCounter`. Always present. Limits: each item see [`GroupCounterItem`]. Example: `[{"Key":"like","Value":5},{"Key":"unlike","Value":1}]`.
    #[serde(rename = "GroupCounter")]
    pub group_counter: ::std::vec::Vec<super::types::GroupCounterItem>,
}
impl UpdateGroupCounterResponse {
    ///Creates a value from its required fields (`group_counter`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_counter: impl ::core::iter::IntoIterator<
            Item = super::types::GroupCounterItem,
        >,
    ) -> Self {
        Self {
            group_counter: group_counter.into_iter().collect(),
        }
    }
}
impl crate::Validate for UpdateGroupCounterResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupCounter");
            let v = &self.group_counter;
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
/// How the values are applied to every listed counter.
///
#[doc = concat!(" Wire values: ", "\"Set\", \"Increase\", \"Decrease\"", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UpdateGroupCounterMode {
    /// `"Set"`: Give each counter the value.
    Set,
    /// `"Increase"`: Add the value to each counter (from 0 for a new key).
    Increase,
    /// `"Decrease"`: Subtract the value from each counter (from 0 for a new key).
    Decrease,
}
impl UpdateGroupCounterMode {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Set, Self::Increase, Self::Decrease];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Set => "Set",
            Self::Increase => "Increase",
            Self::Decrease => "Decrease",
        }
    }
    /// The value for a wire string (aliases included), if listed.
    pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
        match s {
            "Set" => ::core::option::Option::Some(Self::Set),
            "Increase" => ::core::option::Option::Some(Self::Increase),
            "Decrease" => ::core::option::Option::Some(Self::Decrease),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for UpdateGroupCounterMode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for UpdateGroupCounterMode {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for UpdateGroupCounterMode {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(&s)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                &s,
                &["Set", "Increase", "Decrease"],
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for UpdateGroupCounterMode {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("UpdateGroupCounterMode")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "enum" : ["Set", "Increase", "Decrease"] }
        )
    }
}
impl crate::Validate for UpdateGroupCounterMode {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `update_group_counter`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateGroupCounterError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller may not act on the group's counters, or the group's type has none.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10059`: This feature requires the Ultimate edition. Group counters need the Ultimate edition.
    GroupUltimateEditionRequired,
    /// `10063`: The group would have more than 20 counter keys; remove some. The update would leave the group with more than 20 counter keys.
    GroupCounterTooManyKeys,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for UpdateGroupCounterError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10059i64 => Self::GroupUltimateEditionRequired,
            10063i64 => Self::GroupCounterTooManyKeys,
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
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller may not act on the group's counters, or the group's type has none."
            }
            Self::GroupUltimateEditionRequired => {
                "This feature requires the Ultimate edition. Group counters need the Ultimate edition."
            }
            Self::GroupCounterTooManyKeys => {
                "The group would have more than 20 counter keys; remove some. The update would leave the group with more than 20 counter keys."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl UpdateGroupCounterError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupUltimateEditionRequired => {
                super::ErrorCode::GroupUltimateEditionRequired
            }
            Self::GroupCounterTooManyKeys => super::ErrorCode::GroupCounterTooManyKeys,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for UpdateGroupCounterError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for UpdateGroupCounterRequest {
    type Response = UpdateGroupCounterResponse;
    type Error = UpdateGroupCounterError;
    const INFO: &'static crate::EndpointInfo = &UPDATE_GROUP_COUNTER;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `update_group_counter`: The most counter keys a group holds; beyond it the service answers 10063. Unit: keys.
pub const UPDATE_GROUP_COUNTER_MAX_KEYS: i64 = 20i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/update_group_counter", "`."
)]
pub static UPDATE_GROUP_COUNTER: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "update_group_counter",
    path: "v4/group_open_http_svc/update_group_counter",
    legacy_paths: &[],
    summary: "Set, increase or decrease some of a group's counters.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34620",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "GroupCounter",
            code: 10063i64,
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
            code: 10059i64,
            name: "GroupUltimateEditionRequired",
            description: "This feature requires the Ultimate edition.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10063i64,
            name: "GroupCounterTooManyKeys",
            description: "The group would have more than 20 counter keys; remove some.",
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
            name: "max_keys",
            value: crate::FactValue::Integer(20i64),
            unit: ::core::option::Option::Some("keys"),
            source: "The most counter keys a group holds; beyond it the service answers 10063.",
        },
    ],
    example_response: "{\"GroupCounter\":[{\"Key\":\"like\",\"Value\":5},{\"Key\":\"unlike\",\"Value\":1}]}",
    classify_error: crate::__private::classify::<UpdateGroupCounterError>,
    hooks: crate::EndpointHooks::of::<UpdateGroupCounterRequest>(),
};
