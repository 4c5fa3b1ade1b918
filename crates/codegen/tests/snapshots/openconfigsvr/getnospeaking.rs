/// Read how long an account stays muted across the app.
///
/// Answers the time left of Get_Account's global mutes set by setnospeaking, for one-to-one messages and for group messages: 0 when not muted, 4294967295 when muted for good, otherwise the seconds still to run.
///
/// `POST v4/openconfigsvr/getnospeaking`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `130001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `130001` [`ConfigJsonParseFailed`](GetnospeakingError::ConfigJsonParseFailed): The request body could not be parsed as JSON; send valid JSON.
/// - `130002` [`ConfigGetAccountMissing`](GetnospeakingError::ConfigGetAccountMissing): The request lacks Get_Account, the account whose mute settings are read.
/// - `130003` [`ConfigGetAccountInvalid`](GetnospeakingError::ConfigGetAccountInvalid): Get_Account is not a valid account.
/// - `130014` [`ConfigSystemError`](GetnospeakingError::ConfigSystemError): The configuration service failed internally; retry, or ask support if it persists. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The response table types both periods as Number while setnospeaking says Integer; both are whole seconds up to 4294967295, so u32.
/// - The sample answers 7196 for a group mute of 7200 set a few seconds earlier: the value is the time left, not the period set.
/// - The answer carries no ActionStatus; the envelope declares it optional.
/// - The page does not say what an account that was never imported gets; the spec takes 130003 (Get_Account invalid).
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34924>. Spec: `specs/openconfigsvr/getnospeaking.json`.
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
pub struct GetnospeakingRequest {
    /// UserID of the account whose mutes are read.
    ///
    /// Wire name `Get_Account`. Required. Example: `"lumotuwe"`.
    #[serde(rename = "Get_Account")]
    pub get_account: ::std::string::String,
}
impl GetnospeakingRequest {
    ///Creates a value from its required fields (`get_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(get_account: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            get_account: get_account.into(),
        }
    }
}
impl crate::Validate for GetnospeakingRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetnospeakingRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetnospeakingResponse {
    /// Seconds left of the one-to-one mute (0: none, 4294967295: for good).
    ///
    /// Wire name `C2CmsgNospeakingTime`. Always present. Limits: see [`GlobalMuteSeconds`]. Example: `4294967295`.
    #[serde(rename = "C2CmsgNospeakingTime")]
    pub c2c_msg_nospeaking_time: super::types::GlobalMuteSeconds,
    /// Seconds left of the group mute (0: none, 4294967295: for good).
    ///
    /// Wire name `GroupmsgNospeakingTime`. Always present. Limits: see [`GlobalMuteSeconds`]. Example: `7196`.
    #[serde(rename = "GroupmsgNospeakingTime")]
    pub group_msg_nospeaking_time: super::types::GlobalMuteSeconds,
}
impl GetnospeakingResponse {
    ///Starts building from the required field `C2CmsgNospeakingTime`; each further required field is named in turn, `GetnospeakingResponse::c2c_msg_nospeaking_time(..).group_msg_nospeaking_time(..)`, which gives the value with optional fields unset.
    pub fn c2c_msg_nospeaking_time(
        c2c_msg_nospeaking_time: super::types::GlobalMuteSeconds,
    ) -> GetnospeakingResponseNeedsGroupMsgNospeakingTime {
        GetnospeakingResponseNeedsGroupMsgNospeakingTime {
            c2c_msg_nospeaking_time: c2c_msg_nospeaking_time,
        }
    }
}
///A value of [`GetnospeakingResponse`] being built: `GroupmsgNospeakingTime` comes next (`.group_msg_nospeaking_time(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetnospeakingResponse` exists only once every required field is given"]
pub struct GetnospeakingResponseNeedsGroupMsgNospeakingTime {
    c2c_msg_nospeaking_time: super::types::GlobalMuteSeconds,
}
impl GetnospeakingResponseNeedsGroupMsgNospeakingTime {
    ///Sets `GroupmsgNospeakingTime`.
    pub fn group_msg_nospeaking_time(
        self,
        group_msg_nospeaking_time: super::types::GlobalMuteSeconds,
    ) -> GetnospeakingResponse {
        GetnospeakingResponse {
            c2c_msg_nospeaking_time: self.c2c_msg_nospeaking_time,
            group_msg_nospeaking_time: group_msg_nospeaking_time,
        }
    }
}
impl crate::Validate for GetnospeakingResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `getnospeaking`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetnospeakingError {
    /// `130001`: The request body could not be parsed as JSON; send valid JSON.
    ConfigJsonParseFailed,
    /// `130002`: The request lacks Get_Account, the account whose mute settings are read.
    ConfigGetAccountMissing,
    /// `130003`: Get_Account is not a valid account.
    ConfigGetAccountInvalid,
    /// `130014`: The configuration service failed internally; retry, or ask support if it persists. Retryable, but the service may have acted: retried only for calls safe to repeat.
    ConfigSystemError,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetnospeakingError {
    fn from_code(code: i64) -> Self {
        match code {
            130001i64 => Self::ConfigJsonParseFailed,
            130002i64 => Self::ConfigGetAccountMissing,
            130003i64 => Self::ConfigGetAccountInvalid,
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
impl GetnospeakingError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::ConfigJsonParseFailed => super::ErrorCode::ConfigJsonParseFailed,
            Self::ConfigGetAccountMissing => super::ErrorCode::ConfigGetAccountMissing,
            Self::ConfigGetAccountInvalid => super::ErrorCode::ConfigGetAccountInvalid,
            Self::ConfigSystemError => super::ErrorCode::ConfigSystemError,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetnospeakingError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetnospeakingRequest {
    type Response = GetnospeakingResponse;
    type Error = GetnospeakingError;
    const INFO: &'static crate::EndpointInfo = &GETNOSPEAKING;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openconfigsvr/getnospeaking", "`.")]
pub static GETNOSPEAKING: crate::EndpointInfo = crate::EndpointInfo {
    service: "openconfigsvr",
    command: "getnospeaking",
    path: "v4/openconfigsvr/getnospeaking",
    legacy_paths: &[],
    summary: "Read how long an account stays muted across the app.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34924",
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
            code: 130002i64,
            name: "ConfigGetAccountMissing",
            description: "The request lacks Get_Account, the account whose mute settings are read.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 130003i64,
            name: "ConfigGetAccountInvalid",
            description: "Get_Account is not a valid account.",
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
            field: "Get_Account",
            entity: crate::Entity::Account,
            missing: 130003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"C2CmsgNospeakingTime\":4294967295,\"GroupmsgNospeakingTime\":7196}",
    classify_error: crate::__private::classify::<GetnospeakingError>,
    hooks: crate::EndpointHooks::of::<GetnospeakingRequest>(),
};
