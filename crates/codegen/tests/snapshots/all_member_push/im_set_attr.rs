/// Set all-member push attribute values of up to 100 users.
///
/// Sets, for each user named, values of the app's all-member push attributes by attribute name; the names must have been set with im_set_attr_name (90033 otherwise). Values are at most 50 bytes. Attributes not named keep their values. Attribute conditions of im_push then select users by these values.
///
/// `POST v4/all_member_push/im_set_attr`: at most 100 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90033`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](ImSetAttrError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90009` [`MsgAdminRequired`](ImSetAttrError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90018` [`MsgTooManyAccounts`](ImSetAttrError::MsgTooManyAccounts): The request names more accounts than allowed. UserAttrs names more than 100 users.
/// - `90033` [`PushAttrInvalid`](ImSetAttrError::PushAttrInvalid): An attribute in the request is not valid. An attribute is not one of the app's attribute names, or a value is longer than 50 bytes.
/// - `91000` [`MsgServiceUnavailable`](ImSetAttrError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The fields table lists only To_Account and Attrs; the sample wraps them in the UserAttrs array, which the spec follows.
/// - The page names no code for a value over 50 bytes; 90033 (invalid attribute) is taken as the invalid-request code. The general error code page's 90030 (attribute of 0 or over 50 bytes) may be what the service answers.
/// - Safe to repeat: setting the same values again leaves the same values. The page does not say whether an account must be imported; the emulator accepts any UserID.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/37170>. Spec: `specs/all_member_push/im_set_attr.json`.
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
pub struct ImSetAttrRequest {
    /// The users and their new values; at most 100 users.
    ///
    /// Wire name `UserAttrs`. Required. Limits: at least 1 items; at most 100 items; each item see [`UserPushAttrs`]. A value breaking these limits is answered with `90018`. Example: `[{"Attrs":{"city":"attr2","sex":"attr1"},"To_Account":"xiaojun012"},{"Attrs":{"city":"attr3","sex":"attr4"},"To_Account":"xiaojun013"}]`.
    #[serde(rename = "UserAttrs")]
    #[schemars(length(min = 1u32, max = 100u32))]
    pub user_attrs: ::std::vec::Vec<super::types::UserPushAttrs>,
}
impl ImSetAttrRequest {
    ///Creates a value from its required fields (`user_attrs`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_attrs: impl ::core::iter::IntoIterator<Item = super::types::UserPushAttrs>,
    ) -> Self {
        Self {
            user_attrs: user_attrs.into_iter().collect(),
        }
    }
}
impl crate::Validate for ImSetAttrRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("UserAttrs");
            let v = &self.user_attrs;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(100u32),
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
/// The response of [`ImSetAttrRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImSetAttrResponse {}
impl ImSetAttrResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ImSetAttrResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `im_set_attr`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImSetAttrError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90018`: The request names more accounts than allowed. UserAttrs names more than 100 users.
    MsgTooManyAccounts,
    /// `90033`: An attribute in the request is not valid. An attribute is not one of the app's attribute names, or a value is longer than 50 bytes.
    PushAttrInvalid,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImSetAttrError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90009i64 => Self::MsgAdminRequired,
            90018i64 => Self::MsgTooManyAccounts,
            90033i64 => Self::PushAttrInvalid,
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
            Self::MsgTooManyAccounts => {
                "The request names more accounts than allowed. UserAttrs names more than 100 users."
            }
            Self::PushAttrInvalid => {
                "An attribute in the request is not valid. An attribute is not one of the app's attribute names, or a value is longer than 50 bytes."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImSetAttrError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgTooManyAccounts => super::ErrorCode::MsgTooManyAccounts,
            Self::PushAttrInvalid => super::ErrorCode::PushAttrInvalid,
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImSetAttrError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImSetAttrRequest {
    type Response = ImSetAttrResponse;
    type Error = ImSetAttrError;
    const INFO: &'static crate::EndpointInfo = &IM_SET_ATTR;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "UserAttrs" => ::core::option::Option::Some(self.user_attrs.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "UserAttrs" => {
                ::core::option::Option::Some(Self {
                    user_attrs: self.user_attrs.get(items)?.to_vec(),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/all_member_push/im_set_attr", "`.")]
pub static IM_SET_ATTR: crate::EndpointInfo = crate::EndpointInfo {
    service: "all_member_push",
    command: "im_set_attr",
    path: "v4/all_member_push/im_set_attr",
    legacy_paths: &[],
    summary: "Set all-member push attribute values of up to 100 users.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/37170",
    rate_limit_per_second: 100u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 90033i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "UserAttrs",
            code: 90018i64,
        },
    ],
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
            code: 90018i64,
            name: "MsgTooManyAccounts",
            description: "The request names more accounts than allowed.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90033i64,
            name: "PushAttrInvalid",
            description: "An attribute in the request is not valid.",
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
    batch_fields: &[
        crate::BatchField {
            field: "UserAttrs",
            max_items: 100u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<ImSetAttrError>,
    hooks: crate::EndpointHooks::of::<ImSetAttrRequest>(),
};
