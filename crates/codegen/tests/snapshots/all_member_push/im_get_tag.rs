/// Read the all-member push tags of up to 100 users.
///
/// Answers, for each account named, the all-member push tags it holds (added with im_add_tag; a user holds at most 100).
///
/// `POST v4/all_member_push/im_get_tag`: at most 100 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](ImGetTagError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90009` [`MsgAdminRequired`](ImGetTagError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90018` [`MsgTooManyAccounts`](ImGetTagError::MsgTooManyAccounts): The request names more accounts than allowed. To_Account names more than 100 accounts.
/// - `91000` [`MsgServiceUnavailable`](ImGetTagError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The page does not say what a user without tags gets; the emulator answers an empty Tags, as im_get_attr answers an empty Attrs. The order of the answer is not documented; the emulator answers in request order.
/// - The limit of 100 accounts is in the overview's prose; 90018 is the code for too many accounts.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/37172>. Spec: `specs/all_member_push/im_get_tag.json`.
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
pub struct ImGetTagRequest {
    /// UserIDs of the users to read; at most 100.
    ///
    /// Wire name `To_Account`. Required. Limits: at least 1 items; at most 100 items; each item see [`UserId`]. A value breaking these limits is answered with `90018`. Example: `["xiaojun012","xiaojun013"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(min = 1u32, max = 100u32))]
    #[schemars(inner(length(min = 1u32, max = 32u32)))]
    pub to_account: ::std::vec::Vec<super::types::UserId>,
}
impl ImGetTagRequest {
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
impl crate::Validate for ImGetTagRequest {
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
/// The response of [`ImGetTagRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImGetTagResponse {
    /// One entry per account asked for, with the tags it holds.
    ///
    /// Wire name `UserTags`. Always present. Example: `[{"Tags":["a","b"],"To_Account":"xiaojun012"},{"Tags":["a","c"],"To_Account":"xiaojun013"}]`.
    #[serde(rename = "UserTags")]
    pub user_tags: ::std::vec::Vec<UserPushTagList>,
}
impl ImGetTagResponse {
    ///Creates a value from its required fields (`user_tags`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_tags: impl ::core::iter::IntoIterator<Item = UserPushTagList>,
    ) -> Self {
        Self {
            user_tags: user_tags.into_iter().collect(),
        }
    }
}
impl crate::Validate for ImGetTagResponse {
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
/// One entry per account asked for, with the tags it holds.
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
pub struct UserPushTagList {
    /// UserID of the user.
    ///
    /// Wire name `To_Account`. Required. Limits: see [`UserId`]. Example: `"xiaojun012"`.
    #[serde(rename = "To_Account")]
    #[schemars(length(min = 1u32, max = 32u32))]
    pub to_account: super::types::UserId,
    /// Every tag the user holds (at most 100); empty when none.
    ///
    /// Wire name `Tags`. Required. Limits: each item see [`PushTag`]. Example: `["a","b"]`.
    #[serde(rename = "Tags")]
    #[schemars(inner(length(min = 1u32, max = 50u32)))]
    pub tags: ::std::vec::Vec<super::types::PushTag>,
}
impl UserPushTagList {
    ///Creates a value from its required fields (`to_account`, `tags`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::convert::Into<::std::string::String>,
        tags: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            tags: tags.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
impl crate::Validate for UserPushTagList {
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
            let at = at.field("Tags");
            let v = &self.tags;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::None,
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
///The error codes of `im_get_tag`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImGetTagError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90018`: The request names more accounts than allowed. To_Account names more than 100 accounts.
    MsgTooManyAccounts,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImGetTagError {
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
                "The request names more accounts than allowed. To_Account names more than 100 accounts."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImGetTagError {
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
impl ::core::fmt::Display for ImGetTagError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImGetTagRequest {
    type Response = ImGetTagResponse;
    type Error = ImGetTagError;
    const INFO: &'static crate::EndpointInfo = &IM_GET_TAG;
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
#[doc = concat!("Metadata and hooks of `", "v4/all_member_push/im_get_tag", "`.")]
pub static IM_GET_TAG: crate::EndpointInfo = crate::EndpointInfo {
    service: "all_member_push",
    command: "im_get_tag",
    path: "v4/all_member_push/im_get_tag",
    legacy_paths: &[],
    summary: "Read the all-member push tags of up to 100 users.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/37172",
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
            field: "To_Account",
            max_items: 100u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{\"UserTags\":[{\"Tags\":[\"a\",\"b\"],\"To_Account\":\"xiaojun012\"},{\"Tags\":[\"a\",\"c\"],\"To_Account\":\"xiaojun013\"}]}",
    classify_error: crate::__private::classify::<ImGetTagError>,
    hooks: crate::EndpointHooks::of::<ImGetTagRequest>(),
};
