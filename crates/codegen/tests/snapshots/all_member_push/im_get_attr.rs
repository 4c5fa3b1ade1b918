/// Read the all-member push attributes of up to 100 users.
///
/// Answers, for each account named, its values of the app's all-member push attributes by attribute name (set with im_set_attr); an account without values gets an empty Attrs. Attribute names must have been set with im_set_attr_name first.
///
/// `POST v4/all_member_push/im_get_attr`: at most 100 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](ImGetAttrError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90018` [`MsgTooManyAccounts`](ImGetAttrError::MsgTooManyAccounts): The request names more accounts than allowed. To_Account names more than 100 accounts.
/// - `91000` [`MsgServiceUnavailable`](ImGetAttrError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The response table calls UserAttrs a list of user tags; it carries attributes (Attrs), as the sample shows.
/// - The sample answers the accounts in another order than the request named them; the order is not documented, and the emulator answers in request order.
/// - Unlike the other calls of this service, the page does not list 90009 (admin required) although the overview says the admin account must be used.
/// - The limit of 100 accounts is in the overview's prose; 90018 is the code for too many accounts. At least one account is required (the field is required; an empty list asks nothing).
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/37169>. Spec: `specs/all_member_push/im_get_attr.json`.
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
pub struct ImGetAttrRequest {
    /// UserIDs of the users to read; at most 100.
    ///
    /// Wire name `To_Account`. Required. Limits: at least 1 items; at most 100 items; each item see [`UserId`]. A value breaking these limits is answered with `90018`. Example: `["Zhang Xiaohong","Chen Xiaoming","abc"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(min = 1u32, max = 100u32))]
    #[schemars(inner(length(min = 1u32, max = 32u32)))]
    pub to_account: ::std::vec::Vec<super::types::UserId>,
}
impl ImGetAttrRequest {
    ///Creates a value from its required fields (`to_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            to_account: to_account.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
impl crate::Validate for ImGetAttrRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("To_Account");
            let v = &self.to_account;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(100u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(32u32),
                    &at,
                )?;
            }
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`ImGetAttrRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImGetAttrResponse {
    /// One entry per account asked for, with its attribute values.
    ///
    /// Wire name `UserAttrs`. Always present. Limits: each item see [`UserPushAttrs`]. Example: `[{"Attrs":{"city":"New York","sex":"Female"},"To_Account":"Zhang Xiaohong"},{"Attrs":{},"To_Account":"abc"}]`.
    #[serde(rename = "UserAttrs")]
    pub user_attrs: ::std::vec::Vec<super::types::UserPushAttrs>,
}
impl ImGetAttrResponse {
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
impl crate::Validate for ImGetAttrResponse {
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
///The error codes of `im_get_attr`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImGetAttrError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90018`: The request names more accounts than allowed. To_Account names more than 100 accounts.
    MsgTooManyAccounts,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImGetAttrError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90018i64 => Self::MsgTooManyAccounts,
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
                "The request names more accounts than allowed. To_Account names more than 100 accounts."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImGetAttrError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgTooManyAccounts => super::ErrorCode::MsgTooManyAccounts,
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImGetAttrError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImGetAttrRequest {
    type Response = ImGetAttrResponse;
    type Error = ImGetAttrError;
    const INFO: &'static crate::EndpointInfo = &IM_GET_ATTR;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "To_Account" => ::core::option::Option::Some(self.to_account.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "To_Account" => {
                ::core::option::Option::Some(Self {
                    to_account: self.to_account.get(items)?.to_vec(),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/all_member_push/im_get_attr", "`.")]
pub static IM_GET_ATTR: crate::EndpointInfo = crate::EndpointInfo {
    service: "all_member_push",
    command: "im_get_attr",
    path: "v4/all_member_push/im_get_attr",
    legacy_paths: &[],
    summary: "Read the all-member push attributes of up to 100 users.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/37169",
    rate_limit_per_second: 100u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 90001i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "To_Account",
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
            code: 90018i64,
            name: "MsgTooManyAccounts",
            description: "The request names more accounts than allowed.",
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
            field: "To_Account",
            max_items: 100u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{\"UserAttrs\":[{\"Attrs\":{\"city\":\"New York\",\"sex\":\"Female\"},\"To_Account\":\"Zhang Xiaohong\"},{\"Attrs\":{},\"To_Account\":\"abc\"}]}",
    classify_error: crate::__private::classify::<ImGetAttrError>,
    hooks: crate::EndpointHooks::of::<ImGetAttrRequest>(),
};
