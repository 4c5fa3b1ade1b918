/// Remove some all-member push tags of up to 100 users.
///
/// Removes the listed tags from each user named; tags the user does not hold are ignored, and its other tags stay.
///
/// `POST v4/all_member_push/im_remove_tag`: at most 100 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](ImRemoveTagError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90009` [`MsgAdminRequired`](ImRemoveTagError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90018` [`MsgTooManyAccounts`](ImRemoveTagError::MsgTooManyAccounts): The request names more accounts than allowed. UserTags names more than 100 users.
/// - `91000` [`MsgServiceUnavailable`](ImRemoveTagError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The fields table lists only To_Account and Tags; the sample wraps them in the UserTags array, which the spec follows.
/// - The page gives no limit on the tags per user; the shared UserPushTags type carries im_add_tag's 10 per user and 50 bytes per tag, which is stated here, not documented for removal. More tags of one user are removed over several entries or calls, or all at once with im_remove_all_tags.
/// - The page's debugging-tool link points at im_remove_attr, a slip.
/// - Safe to repeat: removing tags already removed changes nothing.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/37174>. Spec: `specs/all_member_push/im_remove_tag.json`.
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
pub struct ImRemoveTagRequest {
    /// The users and the tags to remove from each; at most 100 users.
    ///
    /// Wire name `UserTags`. Required. Limits: at least 1 items; at most 100 items; each item see [`UserPushTags`]. A value breaking these limits is answered with `90018`. Example: `[{"Tags":["a","b"],"To_Account":"xiaojun012"},{"Tags":["a","b"],"To_Account":"xiaojun013"}]`.
    #[serde(rename = "UserTags")]
    #[schemars(length(min = 1u32, max = 100u32))]
    pub user_tags: ::std::vec::Vec<super::types::UserPushTags>,
}
impl ImRemoveTagRequest {
    ///Creates a value from its required fields (`user_tags`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_tags: impl ::core::iter::IntoIterator<Item = super::types::UserPushTags>,
    ) -> Self {
        Self {
            user_tags: user_tags.into_iter().collect(),
        }
    }
}
impl crate::Validate for ImRemoveTagRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("UserTags");
            let v = &self.user_tags;
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
/// The response of [`ImRemoveTagRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImRemoveTagResponse {}
impl ImRemoveTagResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ImRemoveTagResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `im_remove_tag`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImRemoveTagError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90018`: The request names more accounts than allowed. UserTags names more than 100 users.
    MsgTooManyAccounts,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImRemoveTagError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90009i64 => Self::MsgAdminRequired,
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
                "The request names more accounts than allowed. UserTags names more than 100 users."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImRemoveTagError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgTooManyAccounts => super::ErrorCode::MsgTooManyAccounts,
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImRemoveTagError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImRemoveTagRequest {
    type Response = ImRemoveTagResponse;
    type Error = ImRemoveTagError;
    const INFO: &'static crate::EndpointInfo = &IM_REMOVE_TAG;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "UserTags" => ::core::option::Option::Some(self.user_tags.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "UserTags" => {
                ::core::option::Option::Some(Self {
                    user_tags: self.user_tags.get(items)?.to_vec(),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/all_member_push/im_remove_tag", "`.")]
pub static IM_REMOVE_TAG: crate::EndpointInfo = crate::EndpointInfo {
    service: "all_member_push",
    command: "im_remove_tag",
    path: "v4/all_member_push/im_remove_tag",
    legacy_paths: &[],
    summary: "Remove some all-member push tags of up to 100 users.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/37174",
    rate_limit_per_second: 100u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 90001i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "UserTags",
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
            code: 91000i64,
            name: "MsgServiceUnavailable",
            description: "The message service failed internally (same meaning as 90994); retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "UserTags",
            max_items: 100u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<ImRemoveTagError>,
    hooks: crate::EndpointHooks::of::<ImRemoveTagRequest>(),
};
