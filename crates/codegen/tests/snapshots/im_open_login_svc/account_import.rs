/// Register one app account with Chat, optionally with a nickname and profile photo.
///
/// Makes one of the app's own accounts known to Chat, which gives it an internal ID so that it can log in and be named by other calls (as a group owner, member or message sender). Chat keeps a single internal ID per UserID: importing an account that already exists creates nothing new. Nick and FaceUrl fill the account's profile; other profile fields are set with profile/portrait_set.
///
/// `POST v4/im_open_login_svc/account_import`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `70402`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `40006` [`ProfileInternalError`](AccountImportError::ProfileInternalError): The profile service failed internally; retry later. Raised while writing the nickname or profile photo. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `40601` [`ProfileValueTooLong`](AccountImportError::ProfileValueTooLong): A profile field value is longer than 500 bytes. Nick or FaceUrl is longer than 500 bytes.
///
/// # Notes on the documentation
///
/// - The page also lists 70169, 70398, 70402, 70403 and 70500. They lie in the public range (60000-79999), so they are PublicError variants, not listed here; 70402 is this call's invalid-parameter code and 70398 means the Free edition's limit of 100 accounts is reached.
/// - The fields table gives no length for Nick and FaceUrl; the 500-byte limit comes from the page's own error 40601 (a profile value longer than 500 bytes).
/// - Safe to repeat: the page states that importing an account again creates no second internal ID, so a repeat after a timeout leaves one account, as a single call does.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34953>. Spec: `specs/im_open_login_svc/account_import.json`.
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
pub struct AccountImportRequest {
    /// The account's UserID: the name the app uses for it, and the one it logs in with.
    ///
    /// Wire name `UserID`. Required. Limits: see [`UserId`]. Example: `"test"`.
    #[serde(rename = "UserID")]
    #[schemars(length(min = 1u32, max = 32u32))]
    pub user_id: super::types::UserId,
    /// The account's nickname, stored in its profile.
    ///
    /// Wire name `Nick`. Optional. Limits: at most 500 bytes (UTF-8). A value breaking these limits is answered with `40601`. Example: `"test"`.
    #[serde(rename = "Nick", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 500u32))]
    pub nick: ::core::option::Option<::std::string::String>,
    /// URL of the account's profile photo, stored in its profile.
    ///
    /// Wire name `FaceUrl`. Optional. Limits: at most 500 bytes (UTF-8). A value breaking these limits is answered with `40601`. Example: `"http://www.qq.com"`.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 500u32))]
    pub face_url: ::core::option::Option<::std::string::String>,
}
impl AccountImportRequest {
    ///Creates a value from its required fields (`user_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            user_id: user_id.into(),
            nick: ::core::option::Option::None,
            face_url: ::core::option::Option::None,
        }
    }
    ///Sets `Nick`: The account's nickname, stored in its profile.
    #[must_use]
    pub fn nick(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.nick = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `FaceUrl`: URL of the account's profile photo, stored in its profile.
    #[must_use]
    pub fn face_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.face_url = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for AccountImportRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("UserID");
            let v = &self.user_id;
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(32u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.nick {
            let at = at.field("Nick");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(500u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.face_url {
            let at = at.field("FaceUrl");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(500u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`AccountImportRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct AccountImportResponse {}
impl AccountImportResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for AccountImportResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `account_import`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccountImportError {
    /// `40006`: The profile service failed internally; retry later. Raised while writing the nickname or profile photo. Retryable, but the service may have acted: retried only for calls safe to repeat.
    ProfileInternalError,
    /// `40601`: A profile field value is longer than 500 bytes. Nick or FaceUrl is longer than 500 bytes.
    ProfileValueTooLong,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for AccountImportError {
    fn from_code(code: i64) -> Self {
        match code {
            40006i64 => Self::ProfileInternalError,
            40601i64 => Self::ProfileValueTooLong,
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
            Self::ProfileInternalError => {
                "The profile service failed internally; retry later. Raised while writing the nickname or profile photo."
            }
            Self::ProfileValueTooLong => {
                "A profile field value is longer than 500 bytes. Nick or FaceUrl is longer than 500 bytes."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl AccountImportError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::ProfileInternalError => super::ErrorCode::ProfileInternalError,
            Self::ProfileValueTooLong => super::ErrorCode::ProfileValueTooLong,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for AccountImportError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for AccountImportRequest {
    type Response = AccountImportResponse;
    type Error = AccountImportError;
    const INFO: &'static crate::EndpointInfo = &ACCOUNT_IMPORT;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/im_open_login_svc/account_import", "`.")]
pub static ACCOUNT_IMPORT: crate::EndpointInfo = crate::EndpointInfo {
    service: "im_open_login_svc",
    command: "account_import",
    path: "v4/im_open_login_svc/account_import",
    legacy_paths: &[],
    summary: "Register one app account with Chat, optionally with a nickname and profile photo.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34953",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 70402i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "Nick",
            code: 40601i64,
        },
        crate::InvalidRequestField {
            field: "FaceUrl",
            code: 40601i64,
        },
    ],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 40006i64,
            name: "ProfileInternalError",
            description: "The profile service failed internally; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40601i64,
            name: "ProfileValueTooLong",
            description: "A profile field value is longer than 500 bytes.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<AccountImportError>,
    hooks: crate::EndpointHooks::of::<AccountImportRequest>(),
};
