/// Name the app's user attributes for all-member push (at most 10, numbered 0 to 9).
///
/// An app has up to ten custom user attributes for all-member push, numbered 0 to 9. This call gives names to some of them (the map's keys are the numbers as strings); the names are then what im_set_attr, im_get_attr and the attribute conditions of im_push use. Attributes the request does not name keep their names.
///
/// `POST v4/all_member_push/im_set_attr_name`: at most 100 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90030`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](ImSetAttrNameError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90009` [`MsgAdminRequired`](ImSetAttrNameError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90030` [`PushAttrLengthInvalid`](ImSetAttrNameError::PushAttrLengthInvalid): An attribute is empty or longer than 50 bytes. An attribute name is empty or longer than 50 bytes, or the key is not an attribute number from 0 to 9.
/// - `91000` [`MsgServiceUnavailable`](ImSetAttrNameError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The fields table has two pseudo-rows ('Digital key', 'Attribute name') and never names AttrNames; the sample wraps the pairs in AttrNames, which the spec follows: a map from attribute number to name.
/// - The page lists no code for a bad name or number; 90030 (an attribute of 0 bytes or over 50 bytes) comes from the general error code page and is taken as the invalid-request code. The type cannot restrict the map's keys to 0-9; the emulator answers 90030 for another key.
/// - Safe to repeat: setting the same names again leaves the same names.
/// - The page does not say whether a call replaces the whole table or only the numbers it names; the emulator changes only the numbers named.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/37167>. Spec: `specs/all_member_push/im_set_attr_name.json`.
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
pub struct ImSetAttrNameRequest {
    /// Attribute names by attribute number ("0" to "9"); each name at most 50 bytes.
    ///
    /// Wire name `AttrNames`. Required. Limits: see [`PushAttrNames`]. Example: `{"0":"sex","1":"city","2":"country"}`.
    #[serde(rename = "AttrNames")]
    #[schemars(extend("maxProperties" = 10u32))]
    #[schemars(
        extend(
            "additionalProperties" = {"type":"string",
            "minLength":1u32,
            "maxLength":50u32}
        )
    )]
    pub attr_names: super::types::PushAttrNames,
}
impl ImSetAttrNameRequest {
    ///Creates a value from its required fields (`attr_names`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(attr_names: super::types::PushAttrNames) -> Self {
        Self { attr_names: attr_names }
    }
}
impl crate::Validate for ImSetAttrNameRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("AttrNames");
            let v = &self.attr_names;
            crate::__private::check_entries(
                v.len(),
                ::core::option::Option::Some(10u32),
                &at,
            )?;
            for (k, v) in v.iter() {
                let at = at.key(k);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(50u32),
                    &at,
                )?;
            }
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`ImSetAttrNameRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImSetAttrNameResponse {}
impl ImSetAttrNameResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ImSetAttrNameResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `im_set_attr_name`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImSetAttrNameError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90030`: An attribute is empty or longer than 50 bytes. An attribute name is empty or longer than 50 bytes, or the key is not an attribute number from 0 to 9.
    PushAttrLengthInvalid,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImSetAttrNameError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90009i64 => Self::MsgAdminRequired,
            90030i64 => Self::PushAttrLengthInvalid,
            91000i64 => Self::MsgServiceUnavailable,
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
            Self::PushAttrLengthInvalid => {
                "An attribute is empty or longer than 50 bytes. An attribute name is empty or longer than 50 bytes, or the key is not an attribute number from 0 to 9."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImSetAttrNameError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::PushAttrLengthInvalid => super::ErrorCode::PushAttrLengthInvalid,
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImSetAttrNameError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImSetAttrNameRequest {
    type Response = ImSetAttrNameResponse;
    type Error = ImSetAttrNameError;
    const INFO: &'static crate::EndpointInfo = &IM_SET_ATTR_NAME;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/all_member_push/im_set_attr_name", "`.")]
pub static IM_SET_ATTR_NAME: crate::EndpointInfo = crate::EndpointInfo {
    service: "all_member_push",
    command: "im_set_attr_name",
    path: "v4/all_member_push/im_set_attr_name",
    legacy_paths: &[],
    summary: "Name the app's user attributes for all-member push (at most 10, numbered 0 to 9).",
    docs: "https://intl.cloud.tencent.com/document/product/1047/37167",
    rate_limit_per_second: 100u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 90030i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 90001i64,
            name: "MsgJsonParseFailed",
            description: "The request body is not valid JSON; fix the body.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90009i64,
            name: "MsgAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90030i64,
            name: "PushAttrLengthInvalid",
            description: "An attribute is empty or longer than 50 bytes.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 91000i64,
            name: "MsgServiceUnavailable",
            description: "The message service failed internally (same meaning as 90994); retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<ImSetAttrNameError>,
    hooks: crate::EndpointHooks::of::<ImSetAttrNameRequest>(),
};
