/// Mute or unmute an account across the app, for one-to-one and group messages.
///
/// Sets how long Set_Account may not send one-to-one messages (C2CmsgNospeakingTime) and group messages (GroupmsgNospeakingTime), counted from now: 0 lifts the mute, 4294967295 mutes for good. At least one of the two must be given; the one left out keeps its current value. Unlike muting a group member, this mute covers every group the account is in. getnospeaking reads the time left.
///
/// `POST v4/openconfigsvr/setnospeaking`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `130001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `130001` [`ConfigJsonParseFailed`](SetnospeakingError::ConfigJsonParseFailed): The request body could not be parsed as JSON; send valid JSON.
/// - `130004` [`ConfigSetAccountMissing`](SetnospeakingError::ConfigSetAccountMissing): The request lacks Set_Account, the account whose mute settings are changed.
/// - `130005` [`ConfigSetAccountInvalid`](SetnospeakingError::ConfigSetAccountInvalid): Set_Account is not a valid account.
/// - `130008` [`ConfigNoMuteTimeGiven`](SetnospeakingError::ConfigNoMuteTimeGiven): Neither the one-to-one nor the group mute period is in the request; give at least one.
/// - `130014` [`ConfigSystemError`](SetnospeakingError::ConfigSystemError): The configuration service failed internally; retry, or ask support if it persists. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The rule that at least one of the two periods must be given appears only in a comment of the sample request; the error table confirms it with 130008. The format cannot state 'one of', so the client sends such a request and the service (and the emulator) answers 130008.
/// - The response sample has a trailing comma after ErrorInfo (not valid JSON) and, like every openconfigsvr answer, no ActionStatus; the fixture drops the comma, and the envelope declares ActionStatus optional for these calls.
/// - The page does not say what an account that was never imported gets; the spec takes 130005 (Set_Account invalid).
/// - Safe to repeat: setting the same period again leaves the same mute, ending a little later (the period counts from the call).
/// - The mute applies to the account's own messages; messages the admin sends on the account's behalf (send_group_msg with From_Account) are refused too, as the emulator does (10017, the group's own mute code).
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34923>. Spec: `specs/openconfigsvr/setnospeaking.json`.
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
pub struct SetnospeakingRequest {
    /// UserID of the account to mute or unmute.
    ///
    /// Wire name `Set_Account`. Required. Example: `"lumotuwe"`.
    #[serde(rename = "Set_Account")]
    pub set_account: ::std::string::String,
    /// How long the account may not send one-to-one messages, from now. Absent: unchanged.
    ///
    /// Wire name `C2CmsgNospeakingTime`. Optional. Limits: see [`GlobalMuteSeconds`]. Example: `4294967295`.
    #[serde(
        rename = "C2CmsgNospeakingTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_msg_nospeaking_time: ::core::option::Option<super::types::GlobalMuteSeconds>,
    /// How long the account may not send group messages, from now. Absent: unchanged.
    ///
    /// Wire name `GroupmsgNospeakingTime`. Optional. Limits: see [`GlobalMuteSeconds`]. Example: `7200`.
    #[serde(
        rename = "GroupmsgNospeakingTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_msg_nospeaking_time: ::core::option::Option<
        super::types::GlobalMuteSeconds,
    >,
}
impl SetnospeakingRequest {
    ///Creates a value from its required fields (`set_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(set_account: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            set_account: set_account.into(),
            c2c_msg_nospeaking_time: ::core::option::Option::None,
            group_msg_nospeaking_time: ::core::option::Option::None,
        }
    }
    ///Sets `C2CmsgNospeakingTime`: How long the account may not send one-to-one messages, from now. Absent: unchanged.
    #[must_use]
    pub fn c2c_msg_nospeaking_time(
        mut self,
        value: super::types::GlobalMuteSeconds,
    ) -> Self {
        self.c2c_msg_nospeaking_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupmsgNospeakingTime`: How long the account may not send group messages, from now. Absent: unchanged.
    #[must_use]
    pub fn group_msg_nospeaking_time(
        mut self,
        value: super::types::GlobalMuteSeconds,
    ) -> Self {
        self.group_msg_nospeaking_time = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for SetnospeakingRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`SetnospeakingRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct SetnospeakingResponse {}
impl SetnospeakingResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for SetnospeakingResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `setnospeaking`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetnospeakingError {
    /// `130001`: The request body could not be parsed as JSON; send valid JSON.
    ConfigJsonParseFailed,
    /// `130004`: The request lacks Set_Account, the account whose mute settings are changed.
    ConfigSetAccountMissing,
    /// `130005`: Set_Account is not a valid account.
    ConfigSetAccountInvalid,
    /// `130008`: Neither the one-to-one nor the group mute period is in the request; give at least one.
    ConfigNoMuteTimeGiven,
    /// `130014`: The configuration service failed internally; retry, or ask support if it persists. Retryable, but the service may have acted: retried only for calls safe to repeat.
    ConfigSystemError,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for SetnospeakingError {
    fn from_code(code: i64) -> Self {
        match code {
            130001i64 => Self::ConfigJsonParseFailed,
            130004i64 => Self::ConfigSetAccountMissing,
            130005i64 => Self::ConfigSetAccountInvalid,
            130008i64 => Self::ConfigNoMuteTimeGiven,
            130014i64 => Self::ConfigSystemError,
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
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl SetnospeakingError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::ConfigJsonParseFailed => super::ErrorCode::ConfigJsonParseFailed,
            Self::ConfigSetAccountMissing => super::ErrorCode::ConfigSetAccountMissing,
            Self::ConfigSetAccountInvalid => super::ErrorCode::ConfigSetAccountInvalid,
            Self::ConfigNoMuteTimeGiven => super::ErrorCode::ConfigNoMuteTimeGiven,
            Self::ConfigSystemError => super::ErrorCode::ConfigSystemError,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for SetnospeakingError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for SetnospeakingRequest {
    type Response = SetnospeakingResponse;
    type Error = SetnospeakingError;
    const INFO: &'static crate::EndpointInfo = &SETNOSPEAKING;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openconfigsvr/setnospeaking", "`.")]
pub static SETNOSPEAKING: crate::EndpointInfo = crate::EndpointInfo {
    service: "openconfigsvr",
    command: "setnospeaking",
    path: "v4/openconfigsvr/setnospeaking",
    legacy_paths: &[],
    summary: "Mute or unmute an account across the app, for one-to-one and group messages.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34923",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 130001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 130001i64,
            name: "ConfigJsonParseFailed",
            description: "The request body could not be parsed as JSON; send valid JSON.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130004i64,
            name: "ConfigSetAccountMissing",
            description: "The request lacks Set_Account, the account whose mute settings are changed.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130005i64,
            name: "ConfigSetAccountInvalid",
            description: "Set_Account is not a valid account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130008i64,
            name: "ConfigNoMuteTimeGiven",
            description: "Neither the one-to-one nor the group mute period is in the request; give at least one.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130014i64,
            name: "ConfigSystemError",
            description: "The configuration service failed internally; retry, or ask support if it persists.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "Set_Account",
            entity: crate::Entity::Account,
            missing: 130005i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<SetnospeakingError>,
    hooks: crate::EndpointHooks::of::<SetnospeakingRequest>(),
};
