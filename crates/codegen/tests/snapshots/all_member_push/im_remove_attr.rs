/// Remove all-member push attribute values of up to 100 users.
///
/// Removes, for each user named, the values of the listed attributes (by attribute name, as set with im_set_attr_name); the user's other attributes keep their values.
///
/// `POST v4/all_member_push/im_remove_attr`: at most 100 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90033`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](ImRemoveAttrError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90009` [`MsgAdminRequired`](ImRemoveAttrError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90018` [`MsgTooManyAccounts`](ImRemoveAttrError::MsgTooManyAccounts): The request names more accounts than allowed. UserAttrs names more than 100 users.
/// - `90033` [`PushAttrInvalid`](ImRemoveAttrError::PushAttrInvalid): An attribute in the request is not valid. An attribute is not one of the app's attribute names.
/// - `91000` [`MsgServiceUnavailable`](ImRemoveAttrError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - Here Attrs is an array of attribute names, where im_set_attr and im_get_attr carry an object of values under the same name; the table calls it a tag set, a slip for attribute names. The UserAttrs wrapper appears only in the sample.
/// - The page gives no limit on the names per user; 10 is stated here, the most attributes an app has (im_set_attr_name).
/// - Safe to repeat: removing values already removed changes nothing.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/37171>. Spec: `specs/all_member_push/im_remove_attr.json`.
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
pub struct ImRemoveAttrRequest {
    /// The users and the attributes to remove from each; at most 100 users.
    ///
    /// Wire name `UserAttrs`. Required. Limits: at least 1 items; at most 100 items. A value breaking these limits is answered with `90018`. Example: `[{"Attrs":["sex","city"],"To_Account":"xiaojun013"},{"Attrs":["sex","city"],"To_Account":"xiaojun012"}]`.
    #[serde(rename = "UserAttrs")]
    #[schemars(length(min = 1u32, max = 100u32))]
    pub user_attrs: ::std::vec::Vec<UserPushAttrRemoval>,
}
impl ImRemoveAttrRequest {
    ///Creates a value from its required fields (`user_attrs`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_attrs: impl ::core::iter::IntoIterator<Item = UserPushAttrRemoval>,
    ) -> Self {
        Self {
            user_attrs: user_attrs.into_iter().collect(),
        }
    }
}
impl crate::Validate for ImRemoveAttrRequest {
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
/// The response of [`ImRemoveAttrRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImRemoveAttrResponse {}
impl ImRemoveAttrResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ImRemoveAttrResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The users and the attributes to remove from each; at most 100 users.
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
pub struct UserPushAttrRemoval {
    /// UserID of the user.
    ///
    /// Wire name `To_Account`. Required. Limits: see [`UserId`]. Example: `"xiaojun013"`.
    #[serde(rename = "To_Account")]
    #[schemars(length(min = 1u32, max = 32u32))]
    pub to_account: super::types::UserId,
    /// Names of the attributes to remove; an app has at most 10.
    ///
    /// Wire name `Attrs`. Required. Limits: at most 10 items; one list, not to be split across calls; each item see [`PushAttrName`]. Example: `["sex","city"]`.
    #[serde(rename = "Attrs")]
    #[schemars(length(max = 10u32))]
    #[schemars(inner(length(min = 1u32, max = 50u32)))]
    pub attrs: ::std::vec::Vec<super::types::PushAttrName>,
}
impl UserPushAttrRemoval {
    ///Creates a value from its required fields (`to_account`, `attrs`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::convert::Into<::std::string::String>,
        attrs: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            attrs: attrs.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
impl crate::Validate for UserPushAttrRemoval {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("To_Account");
            let v = &self.to_account;
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(32u32),
                &at,
            )?;
        }
        {
            let at = at.field("Attrs");
            let v = &self.attrs;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(10u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
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
///The error codes of `im_remove_attr`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImRemoveAttrError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90018`: The request names more accounts than allowed. UserAttrs names more than 100 users.
    MsgTooManyAccounts,
    /// `90033`: An attribute in the request is not valid. An attribute is not one of the app's attribute names.
    PushAttrInvalid,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImRemoveAttrError {
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
                "An attribute in the request is not valid. An attribute is not one of the app's attribute names."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImRemoveAttrError {
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
impl ::core::fmt::Display for ImRemoveAttrError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImRemoveAttrRequest {
    type Response = ImRemoveAttrResponse;
    type Error = ImRemoveAttrError;
    const INFO: &'static crate::EndpointInfo = &IM_REMOVE_ATTR;
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
#[doc = concat!("Metadata and hooks of `", "v4/all_member_push/im_remove_attr", "`.")]
pub static IM_REMOVE_ATTR: crate::EndpointInfo = crate::EndpointInfo {
    service: "all_member_push",
    command: "im_remove_attr",
    path: "v4/all_member_push/im_remove_attr",
    legacy_paths: &[],
    summary: "Remove all-member push attribute values of up to 100 users.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/37171",
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
    classify_error: crate::__private::classify::<ImRemoveAttrError>,
    hooks: crate::EndpointHooks::of::<ImRemoveAttrRequest>(),
};
