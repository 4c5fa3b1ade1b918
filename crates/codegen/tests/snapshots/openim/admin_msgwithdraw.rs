/// Recall a one-to-one message by its MsgKey.
///
/// Recalls a message that From_Account sent to To_Account: it stays in the history marked as recalled (admin_getroammsg MsgFlagBits 8) and clients show it as withdrawn. The MsgKey comes from the sendmsg or batchsendmsg answer, or from the history. A message already recalled answers 20023.
///
/// `POST v4/openim/admin_msgwithdraw`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `20022` [`MsgRecallMessageNotFound`](AdminMsgwithdrawError::MsgRecallMessageNotFound): The message to recall cannot be found; check its identifiers. No message of the conversation has this MsgKey.
/// - `20023` [`MsgAlreadyRecalled`](AdminMsgwithdrawError::MsgAlreadyRecalled): The message was already recalled.
/// - `90001` [`MsgJsonParseFailed`](AdminMsgwithdrawError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90003` [`MsgToAccountMissing`](AdminMsgwithdrawError::MsgToAccountMissing): To_Account is absent or names an account that does not exist. To_Account is missing or not an imported account.
/// - `90008` [`MsgFromAccountInvalid`](AdminMsgwithdrawError::MsgFromAccountInvalid): From_Account is absent or names an account that does not exist. From_Account is missing or not an imported account.
/// - `90009` [`MsgAdminRequired`](AdminMsgwithdrawError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90054` [`MsgRecallKeyInvalid`](AdminMsgwithdrawError::MsgRecallKeyInvalid): The MsgKey in the recall request is not valid. MsgKey is malformed.
/// - `91000` [`MsgServiceUnavailable`](AdminMsgwithdrawError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Webhooks
///
/// - [`C2C.CallbackAfterMsgWithDraw`](https://intl.cloud.tencent.com/document/product/1047/43466)
///
/// # Notes on the documentation
///
/// - Irrevocable: a recalled message cannot be restored.
/// - Safe to repeat: a repeat finds the message recalled and answers 20023, the state unchanged; callers retrying after a timeout should treat 20023 as success.
/// - The page states no time window for the admin's recall (clients may recall within two minutes by default, a client-side setting); the emulator recalls at any age.
/// - The page names no webhook; the one-to-one recall webhook has no page in the docs snapshot.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/35015>. Spec: `specs/openim/admin_msgwithdraw.json`.
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
pub struct AdminMsgwithdrawRequest {
    /// The message's sender.
    ///
    /// Wire name `From_Account`. Required. Example: `"vinson"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The message's recipient.
    ///
    /// Wire name `To_Account`. Required. Example: `"dramon"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The key of the message to recall.
    ///
    /// Wire name `MsgKey`. Required. Example: `"31906_833502_1572869830"`.
    #[serde(rename = "MsgKey")]
    pub msg_key: ::std::string::String,
}
impl AdminMsgwithdrawRequest {
    ///Starts building from the required field `From_Account`; each further required field is named in turn, `AdminMsgwithdrawRequest::from_account(..).to_account(..).msg_key(..)`, which gives the value with optional fields unset.
    pub fn from_account(
        from_account: impl ::core::convert::Into<::std::string::String>,
    ) -> AdminMsgwithdrawRequestNeedsToAccount {
        AdminMsgwithdrawRequestNeedsToAccount {
            from_account: from_account.into(),
        }
    }
}
///A value of [`AdminMsgwithdrawRequest`] being built: `To_Account` comes next (`.to_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `AdminMsgwithdrawRequest` exists only once every required field is given"]
pub struct AdminMsgwithdrawRequestNeedsToAccount {
    from_account: ::std::string::String,
}
impl AdminMsgwithdrawRequestNeedsToAccount {
    ///Sets `To_Account`.
    pub fn to_account(
        self,
        to_account: impl ::core::convert::Into<::std::string::String>,
    ) -> AdminMsgwithdrawRequestNeedsMsgKey {
        AdminMsgwithdrawRequestNeedsMsgKey {
            from_account: self.from_account,
            to_account: to_account.into(),
        }
    }
}
///A value of [`AdminMsgwithdrawRequest`] being built: `MsgKey` comes next (`.msg_key(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `AdminMsgwithdrawRequest` exists only once every required field is given"]
pub struct AdminMsgwithdrawRequestNeedsMsgKey {
    from_account: ::std::string::String,
    to_account: ::std::string::String,
}
impl AdminMsgwithdrawRequestNeedsMsgKey {
    ///Sets `MsgKey`.
    pub fn msg_key(
        self,
        msg_key: impl ::core::convert::Into<::std::string::String>,
    ) -> AdminMsgwithdrawRequest {
        AdminMsgwithdrawRequest {
            from_account: self.from_account,
            to_account: self.to_account,
            msg_key: msg_key.into(),
        }
    }
}
impl crate::Validate for AdminMsgwithdrawRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`AdminMsgwithdrawRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct AdminMsgwithdrawResponse {}
impl AdminMsgwithdrawResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for AdminMsgwithdrawResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `admin_msgwithdraw`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminMsgwithdrawError {
    /// `20022`: The message to recall cannot be found; check its identifiers. No message of the conversation has this MsgKey.
    MsgRecallMessageNotFound,
    /// `20023`: The message was already recalled.
    MsgAlreadyRecalled,
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90003`: To_Account is absent or names an account that does not exist. To_Account is missing or not an imported account.
    MsgToAccountMissing,
    /// `90008`: From_Account is absent or names an account that does not exist. From_Account is missing or not an imported account.
    MsgFromAccountInvalid,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90054`: The MsgKey in the recall request is not valid. MsgKey is malformed.
    MsgRecallKeyInvalid,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for AdminMsgwithdrawError {
    fn from_code(code: i64) -> Self {
        match code {
            20022i64 => Self::MsgRecallMessageNotFound,
            20023i64 => Self::MsgAlreadyRecalled,
            90001i64 => Self::MsgJsonParseFailed,
            90003i64 => Self::MsgToAccountMissing,
            90008i64 => Self::MsgFromAccountInvalid,
            90009i64 => Self::MsgAdminRequired,
            90054i64 => Self::MsgRecallKeyInvalid,
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
            Self::MsgRecallMessageNotFound => {
                "The message to recall cannot be found; check its identifiers. No message of the conversation has this MsgKey."
            }
            Self::MsgToAccountMissing => {
                "To_Account is absent or names an account that does not exist. To_Account is missing or not an imported account."
            }
            Self::MsgFromAccountInvalid => {
                "From_Account is absent or names an account that does not exist. From_Account is missing or not an imported account."
            }
            Self::MsgRecallKeyInvalid => {
                "The MsgKey in the recall request is not valid. MsgKey is malformed."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl AdminMsgwithdrawError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgRecallMessageNotFound => super::ErrorCode::MsgRecallMessageNotFound,
            Self::MsgAlreadyRecalled => super::ErrorCode::MsgAlreadyRecalled,
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgToAccountMissing => super::ErrorCode::MsgToAccountMissing,
            Self::MsgFromAccountInvalid => super::ErrorCode::MsgFromAccountInvalid,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgRecallKeyInvalid => super::ErrorCode::MsgRecallKeyInvalid,
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for AdminMsgwithdrawError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for AdminMsgwithdrawRequest {
    type Response = AdminMsgwithdrawResponse;
    type Error = AdminMsgwithdrawError;
    const INFO: &'static crate::EndpointInfo = &ADMIN_MSGWITHDRAW;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openim/admin_msgwithdraw", "`.")]
pub static ADMIN_MSGWITHDRAW: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "admin_msgwithdraw",
    path: "v4/openim/admin_msgwithdraw",
    legacy_paths: &[],
    summary: "Recall a one-to-one message by its MsgKey.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/35015",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: true,
    safe_to_repeat: true,
    invalid_request_code: 90001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 20022i64,
            name: "MsgRecallMessageNotFound",
            description: "The message to recall cannot be found; check its identifiers.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 20023i64,
            name: "MsgAlreadyRecalled",
            description: "The message was already recalled.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90001i64,
            name: "MsgJsonParseFailed",
            description: "The request body is not valid JSON; fix the body.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90003i64,
            name: "MsgToAccountMissing",
            description: "To_Account is absent or names an account that does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90008i64,
            name: "MsgFromAccountInvalid",
            description: "From_Account is absent or names an account that does not exist.",
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
            code: 90054i64,
            name: "MsgRecallKeyInvalid",
            description: "The MsgKey in the recall request is not valid.",
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
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 90008i64,
            role: ::core::option::Option::None,
        },
        crate::FieldReference {
            field: "To_Account",
            entity: crate::Entity::Account,
            missing: 90003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<AdminMsgwithdrawError>,
    hooks: crate::EndpointHooks::of::<AdminMsgwithdrawRequest>(),
};
