/// Set profile fields of one user.
///
/// Writes the given profile fields, standard (Tag_Profile_IM_*) or custom (Tag_Profile_Custom_*, configured in the console), of one account. Each field has a value type and limit set by its tag; string values take at most 500 bytes (40601). Fields not listed keep their values.
///
/// `POST v4/profile/portrait_set`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `40601`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `40001` [`ProfileInvalidParameter`](PortraitSetError::ProfileInvalidParameter): A profile request parameter is wrong; fix it using the error message as a hint.
/// - `40003` [`ProfileAccountNotFound`](PortraitSetError::ProfileAccountNotFound): The user account in the request does not exist. From_Account is not an imported account.
/// - `40004` [`ProfileAdminRequired`](PortraitSetError::ProfileAdminRequired): This request must be made with the app admin account.
/// - `40006` [`ProfileInternalError`](PortraitSetError::ProfileInternalError): The profile service failed internally; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `40008` [`ProfileWriteDenied`](PortraitSetError::ProfileWriteDenied): The caller may not write one of the given profile fields. A custom field is not writable by the admin (console settings).
/// - `40009` [`ProfileTagNotFound`](PortraitSetError::ProfileTagNotFound): A profile field tag in the request is unknown.
/// - `40601` [`ProfileValueTooLong`](PortraitSetError::ProfileValueTooLong): A profile field value is longer than 500 bytes. A value is longer than 500 bytes.
/// - `40605` [`ProfileInvalidStandardValue`](PortraitSetError::ProfileInvalidStandardValue): A standard profile field has a value outside what it accepts. A standard field's value is not one it takes (a gender or allow type outside its enum).
/// - `40610` [`ProfileInvalidStandardType`](PortraitSetError::ProfileInvalidStandardType): A standard profile field has a value of the wrong type. A standard field's value has the wrong JSON type (a string for an integer field).
///
/// # Webhooks
///
/// - [`Profile.CallbackPortraitSet`](https://intl.cloud.tencent.com/document/product/1047/48733)
///
/// # Notes on the documentation
///
/// - The page's only sample response is a failure (40001, Err_Profile_Comm_Decode_Fail); the documented success sample of the fixtures is the ordinary envelope with ActionStatus OK and no other field, as the response table (envelope fields only) implies.
/// - The invalid-parameter code taken is 40601: the request's only declared limits are the 500-byte limits of profile values, which the page answers with 40601. A request that lacks a field or does not decode gets 40001 from the service; the emulator answers 40601 for those too, because the spec has one code for every refused input.
/// - ProfileItem is atomic (one profile update) and takes at most 100 items, a bound chosen here: the page states none, and a profile has far fewer fields (a dozen standard ones and the custom ones of the console).
/// - The value types of the standard tags follow the published standard profile fields page (33520), which the docs snapshot does not hold: Nick, Location, SelfSignature and Image are strings, Gender, AllowType and AdminForbidType string enums, BirthDay, Language, MsgSettings, Level and Role integers.
/// - Safe to repeat: setting the same values again leaves the same profile.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34916>. Spec: `specs/profile/portrait_set.json`.
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
pub struct PortraitSetRequest {
    /// The account whose profile to set.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The fields to set, each a tag and its value.
    ///
    /// Wire name `ProfileItem`. Required. Limits: at most 100 items; one list, not to be split across calls; each item see [`ProfileItem`]. Example: `[{"Tag":"Tag_Profile_IM_Nick","Value":"MyNickName"}]`.
    #[serde(rename = "ProfileItem")]
    #[schemars(length(max = 100u32))]
    pub profile_item: ::std::vec::Vec<super::types::ProfileItem>,
}
impl PortraitSetRequest {
    ///Creates a value from its required fields (`from_account`, `profile_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        profile_item: impl ::core::iter::IntoIterator<Item = super::types::ProfileItem>,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            profile_item: profile_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for PortraitSetRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("ProfileItem");
            let v = &self.profile_item;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
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
/// The response of [`PortraitSetRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct PortraitSetResponse {}
impl PortraitSetResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for PortraitSetResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `portrait_set`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PortraitSetError {
    /// `40001`: A profile request parameter is wrong; fix it using the error message as a hint.
    ProfileInvalidParameter,
    /// `40003`: The user account in the request does not exist. From_Account is not an imported account.
    ProfileAccountNotFound,
    /// `40004`: This request must be made with the app admin account.
    ProfileAdminRequired,
    /// `40006`: The profile service failed internally; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    ProfileInternalError,
    /// `40008`: The caller may not write one of the given profile fields. A custom field is not writable by the admin (console settings).
    ProfileWriteDenied,
    /// `40009`: A profile field tag in the request is unknown.
    ProfileTagNotFound,
    /// `40601`: A profile field value is longer than 500 bytes. A value is longer than 500 bytes.
    ProfileValueTooLong,
    /// `40605`: A standard profile field has a value outside what it accepts. A standard field's value is not one it takes (a gender or allow type outside its enum).
    ProfileInvalidStandardValue,
    /// `40610`: A standard profile field has a value of the wrong type. A standard field's value has the wrong JSON type (a string for an integer field).
    ProfileInvalidStandardType,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for PortraitSetError {
    fn from_code(code: i64) -> Self {
        match code {
            40001i64 => Self::ProfileInvalidParameter,
            40003i64 => Self::ProfileAccountNotFound,
            40004i64 => Self::ProfileAdminRequired,
            40006i64 => Self::ProfileInternalError,
            40008i64 => Self::ProfileWriteDenied,
            40009i64 => Self::ProfileTagNotFound,
            40601i64 => Self::ProfileValueTooLong,
            40605i64 => Self::ProfileInvalidStandardValue,
            40610i64 => Self::ProfileInvalidStandardType,
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
            Self::ProfileAccountNotFound => {
                "The user account in the request does not exist. From_Account is not an imported account."
            }
            Self::ProfileWriteDenied => {
                "The caller may not write one of the given profile fields. A custom field is not writable by the admin (console settings)."
            }
            Self::ProfileValueTooLong => {
                "A profile field value is longer than 500 bytes. A value is longer than 500 bytes."
            }
            Self::ProfileInvalidStandardValue => {
                "A standard profile field has a value outside what it accepts. A standard field's value is not one it takes (a gender or allow type outside its enum)."
            }
            Self::ProfileInvalidStandardType => {
                "A standard profile field has a value of the wrong type. A standard field's value has the wrong JSON type (a string for an integer field)."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl PortraitSetError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::ProfileInvalidParameter => super::ErrorCode::ProfileInvalidParameter,
            Self::ProfileAccountNotFound => super::ErrorCode::ProfileAccountNotFound,
            Self::ProfileAdminRequired => super::ErrorCode::ProfileAdminRequired,
            Self::ProfileInternalError => super::ErrorCode::ProfileInternalError,
            Self::ProfileWriteDenied => super::ErrorCode::ProfileWriteDenied,
            Self::ProfileTagNotFound => super::ErrorCode::ProfileTagNotFound,
            Self::ProfileValueTooLong => super::ErrorCode::ProfileValueTooLong,
            Self::ProfileInvalidStandardValue => {
                super::ErrorCode::ProfileInvalidStandardValue
            }
            Self::ProfileInvalidStandardType => {
                super::ErrorCode::ProfileInvalidStandardType
            }
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for PortraitSetError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for PortraitSetRequest {
    type Response = PortraitSetResponse;
    type Error = PortraitSetError;
    const INFO: &'static crate::EndpointInfo = &PORTRAIT_SET;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/profile/portrait_set", "`.")]
pub static PORTRAIT_SET: crate::EndpointInfo = crate::EndpointInfo {
    service: "profile",
    command: "portrait_set",
    path: "v4/profile/portrait_set",
    legacy_paths: &[],
    summary: "Set profile fields of one user.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34916",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 40601i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 40001i64,
            name: "ProfileInvalidParameter",
            description: "A profile request parameter is wrong; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40003i64,
            name: "ProfileAccountNotFound",
            description: "The user account in the request does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40004i64,
            name: "ProfileAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40006i64,
            name: "ProfileInternalError",
            description: "The profile service failed internally; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40008i64,
            name: "ProfileWriteDenied",
            description: "The caller may not write one of the given profile fields.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40009i64,
            name: "ProfileTagNotFound",
            description: "A profile field tag in the request is unknown.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40601i64,
            name: "ProfileValueTooLong",
            description: "A profile field value is longer than 500 bytes.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40605i64,
            name: "ProfileInvalidStandardValue",
            description: "A standard profile field has a value outside what it accepts.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40610i64,
            name: "ProfileInvalidStandardType",
            description: "A standard profile field has a value of the wrong type.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 40003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<PortraitSetError>,
    hooks: crate::EndpointHooks::of::<PortraitSetRequest>(),
};
