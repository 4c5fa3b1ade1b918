/// Read chosen profile fields of up to 100 users.
///
/// Returns, for each listed user, the profile fields named in TagList, standard (Tag_Profile_IM_*) or custom (Tag_Profile_Custom_*). A field that was never set is left out. A user whose profile could not be read gets a non-zero ResultCode in its item and is named in Fail_Account; the call still succeeds.
///
/// `POST v4/profile/portrait_get`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `40001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `40001` [`ProfileInvalidParameter`](PortraitGetError::ProfileInvalidParameter): A profile request parameter is wrong; fix it using the error message as a hint.
/// - `40002` [`ProfileAccountMissing`](PortraitGetError::ProfileAccountMissing): The request does not say whose profile to fetch; supply the user accounts. To_Account is missing.
/// - `40003` [`ProfileAccountNotFound`](PortraitGetError::ProfileAccountNotFound): The user account in the request does not exist. A listed user is not an imported account.
/// - `40004` [`ProfileAdminRequired`](PortraitGetError::ProfileAdminRequired): This request must be made with the app admin account.
/// - `40006` [`ProfileInternalError`](PortraitGetError::ProfileInternalError): The profile service failed internally; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `40007` [`ProfileReadDenied`](PortraitGetError::ProfileReadDenied): The caller may not read one of the requested profile fields.
/// - `40009` [`ProfileTagNotFound`](PortraitGetError::ProfileTagNotFound): A profile field tag in the request is unknown.
///
/// # Notes on the documentation
///
/// - The response table types Value as uint64_t/string/bytes depending on the tag; the shared ProfileItem type types the standard tags (strings, string enums, integers) and keeps custom tags as raw JSON, since their type is set in the console.
/// - The page lists 40003 (account does not exist) as a code of the call while its last sample shows a per-user failure (40006) inside an otherwise successful answer. This spec takes 40003 as the call's answer when a listed user is not imported (refers_to), and per-user codes for failures while reading.
/// - The sample responses carry ErrorDisplay, an envelope field, which the envelope already describes.
/// - To_Account is not atomic: users are read independently, so a longer list may be split over several calls (call_batched). The 100-user limit is the page's; the code for exceeding it is not given, and the invalid-parameter code 40001 is assumed.
/// - Safe to repeat: the call only reads.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34917>. Spec: `specs/profile/portrait_get.json`.
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
pub struct PortraitGetRequest {
    /// The users whose profiles to read, at most 100 per call.
    ///
    /// Wire name `To_Account`. Required. Limits: at most 100 items. Example: `["id1"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(max = 100u32))]
    pub to_account: ::std::vec::Vec<::std::string::String>,
    /// The profile fields to read, by tag.
    ///
    /// Wire name `TagList`. Required. Limits: each item see [`ProfileTag`]. Example: `["Tag_Profile_IM_Nick"]`.
    #[serde(rename = "TagList")]
    pub tag_list: ::std::vec::Vec<super::types::ProfileTag>,
}
impl PortraitGetRequest {
    ///Creates a value from its required fields (`to_account`, `tag_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
        tag_list: impl ::core::iter::IntoIterator<Item = super::types::ProfileTag>,
    ) -> Self {
        Self {
            to_account: to_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            tag_list: tag_list.into_iter().collect(),
        }
    }
}
impl crate::Validate for PortraitGetRequest {
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
                ::core::option::Option::None,
                ::core::option::Option::Some(100u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`PortraitGetRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct PortraitGetResponse {
    /// One item per user, in request order.
    ///
    /// Wire name `UserProfileItem`. Always present.
    #[serde(rename = "UserProfileItem")]
    pub user_profile_item: ::std::vec::Vec<UserProfileItem>,
    /// The users whose profiles could not be read; present only when there are some.
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["id4"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl PortraitGetResponse {
    ///Creates a value from its required fields (`user_profile_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_profile_item: impl ::core::iter::IntoIterator<Item = UserProfileItem>,
    ) -> Self {
        Self {
            user_profile_item: user_profile_item.into_iter().collect(),
            fail_account: ::core::option::Option::None,
        }
    }
    ///Sets `Fail_Account`: The users whose profiles could not be read; present only when there are some.
    #[must_use]
    pub fn fail_account(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.fail_account = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for PortraitGetResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("UserProfileItem");
            let v = &self.user_profile_item;
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
/// One item per user, in request order.
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
pub struct UserProfileItem {
    /// The user.
    ///
    /// Wire name `To_Account`. Required. Example: `"id1"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The requested fields that are set; absent when the read failed.
    ///
    /// Wire name `ProfileItem`. Optional. Limits: each item see [`ProfileItem`]. Example: `[{"Tag":"Tag_Profile_IM_Nick","Value":"NickNameTest1"}]`.
    #[serde(rename = "ProfileItem", default, skip_serializing_if = "Option::is_none")]
    pub profile_item: ::core::option::Option<::std::vec::Vec<super::types::ProfileItem>>,
    /// 0 when the profile was read; otherwise why not.
    ///
    /// Wire name `ResultCode`. Required. Example: `0`.
    #[serde(rename = "ResultCode")]
    pub result_code: i64,
    /// Why the read failed; empty on success.
    ///
    /// Wire name `ResultInfo`. Optional. Example: `""`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: ::core::option::Option<::std::string::String>,
}
impl UserProfileItem {
    ///Creates a value from its required fields (`to_account`, `result_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::convert::Into<::std::string::String>,
        result_code: i64,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            result_code: result_code,
            profile_item: ::core::option::Option::None,
            result_info: ::core::option::Option::None,
        }
    }
    ///Sets `ProfileItem`: The requested fields that are set; absent when the read failed.
    #[must_use]
    pub fn profile_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::ProfileItem>,
    ) -> Self {
        self.profile_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `ResultInfo`: Why the read failed; empty on success.
    #[must_use]
    pub fn result_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.result_info = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for UserProfileItem {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.profile_item {
            let at = at.field("ProfileItem");
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
///The error codes of `portrait_get`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PortraitGetError {
    /// `40001`: A profile request parameter is wrong; fix it using the error message as a hint.
    ProfileInvalidParameter,
    /// `40002`: The request does not say whose profile to fetch; supply the user accounts. To_Account is missing.
    ProfileAccountMissing,
    /// `40003`: The user account in the request does not exist. A listed user is not an imported account.
    ProfileAccountNotFound,
    /// `40004`: This request must be made with the app admin account.
    ProfileAdminRequired,
    /// `40006`: The profile service failed internally; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    ProfileInternalError,
    /// `40007`: The caller may not read one of the requested profile fields.
    ProfileReadDenied,
    /// `40009`: A profile field tag in the request is unknown.
    ProfileTagNotFound,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for PortraitGetError {
    fn from_code(code: i64) -> Self {
        match code {
            40001i64 => Self::ProfileInvalidParameter,
            40002i64 => Self::ProfileAccountMissing,
            40003i64 => Self::ProfileAccountNotFound,
            40004i64 => Self::ProfileAdminRequired,
            40006i64 => Self::ProfileInternalError,
            40007i64 => Self::ProfileReadDenied,
            40009i64 => Self::ProfileTagNotFound,
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
            Self::ProfileAccountMissing => {
                "The request does not say whose profile to fetch; supply the user accounts. To_Account is missing."
            }
            Self::ProfileAccountNotFound => {
                "The user account in the request does not exist. A listed user is not an imported account."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl PortraitGetError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::ProfileInvalidParameter => super::ErrorCode::ProfileInvalidParameter,
            Self::ProfileAccountMissing => super::ErrorCode::ProfileAccountMissing,
            Self::ProfileAccountNotFound => super::ErrorCode::ProfileAccountNotFound,
            Self::ProfileAdminRequired => super::ErrorCode::ProfileAdminRequired,
            Self::ProfileInternalError => super::ErrorCode::ProfileInternalError,
            Self::ProfileReadDenied => super::ErrorCode::ProfileReadDenied,
            Self::ProfileTagNotFound => super::ErrorCode::ProfileTagNotFound,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for PortraitGetError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for PortraitGetRequest {
    type Response = PortraitGetResponse;
    type Error = PortraitGetError;
    const INFO: &'static crate::EndpointInfo = &PORTRAIT_GET;
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
                    tag_list: ::core::clone::Clone::clone(&self.tag_list),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/profile/portrait_get", "`.")]
pub static PORTRAIT_GET: crate::EndpointInfo = crate::EndpointInfo {
    service: "profile",
    command: "portrait_get",
    path: "v4/profile/portrait_get",
    legacy_paths: &[],
    summary: "Read chosen profile fields of up to 100 users.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34917",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 40001i64,
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
            code: 40002i64,
            name: "ProfileAccountMissing",
            description: "The request does not say whose profile to fetch; supply the user accounts.",
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
            code: 40007i64,
            name: "ProfileReadDenied",
            description: "The caller may not read one of the requested profile fields.",
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
    ],
    batch_fields: &[
        crate::BatchField {
            field: "To_Account",
            max_items: 100u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "To_Account",
            entity: crate::Entity::Account,
            missing: 40003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"Fail_Account\":[\"id4\"],\"UserProfileItem\":[]}",
    classify_error: crate::__private::classify::<PortraitGetError>,
    hooks: crate::EndpointHooks::of::<PortraitGetRequest>(),
};
