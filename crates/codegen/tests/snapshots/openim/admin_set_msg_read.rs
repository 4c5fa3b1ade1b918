/// Mark a one-to-one conversation as read for one of its parties.
///
/// Marks as read, for Report_Account, the messages Peer_Account sent it up to MsgReadTime (now when absent), which clears their unread count.
///
/// `POST v4/openim/admin_set_msg_read`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](AdminSetMsgReadError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90003` [`MsgToAccountMissing`](AdminSetMsgReadError::MsgToAccountMissing): To_Account is absent or names an account that does not exist. Peer_Account is missing or not an imported account.
/// - `90008` [`MsgFromAccountInvalid`](AdminSetMsgReadError::MsgFromAccountInvalid): From_Account is absent or names an account that does not exist. Report_Account is missing or not an imported account.
///
/// # Notes on the documentation
///
/// - The table types MsgReadTime as a String holding seconds; the spec sends it as digits in a string. No sample shows it.
/// - The error table names To_Account and From_Account (90003, 90008); the spec takes them to mean Peer_Account and Report_Account.
/// - Safe to repeat: marking the same messages read twice leaves them read.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/38996>. Spec: `specs/openim/admin_set_msg_read.json`.
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
pub struct AdminSetMsgReadRequest {
    /// The party whose messages become read.
    ///
    /// Wire name `Report_Account`. Required. Example: `"dramon1"`.
    #[serde(rename = "Report_Account")]
    pub report_account: ::std::string::String,
    /// The other party of the conversation.
    ///
    /// Wire name `Peer_Account`. Required. Example: `"dramon2"`.
    #[serde(rename = "Peer_Account")]
    pub peer_account: ::std::string::String,
    /// Messages up to this time become read; now when absent. Sent as decimal digits in a string.
    ///
    /// Wire name `MsgReadTime`. Optional. Limits: sent as a decimal string; in seconds. Example: `"1584669680"`.
    #[serde(rename = "MsgReadTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_read_time: ::core::option::Option<crate::StrInt<u64>>,
}
impl AdminSetMsgReadRequest {
    ///Starts building from the required field `Report_Account`; each further required field is named in turn, `AdminSetMsgReadRequest::report_account(..).peer_account(..)`, which gives the value with optional fields unset.
    pub fn report_account(
        report_account: impl ::core::convert::Into<::std::string::String>,
    ) -> AdminSetMsgReadRequestNeedsPeerAccount {
        AdminSetMsgReadRequestNeedsPeerAccount {
            report_account: report_account.into(),
        }
    }
    ///Sets `MsgReadTime`: Messages up to this time become read; now when absent. Sent as decimal digits in a string.
    #[must_use]
    pub fn msg_read_time(mut self, value: crate::StrInt<u64>) -> Self {
        self.msg_read_time = ::core::option::Option::Some(value);
        self
    }
}
///A value of [`AdminSetMsgReadRequest`] being built: `Peer_Account` comes next (`.peer_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `AdminSetMsgReadRequest` exists only once every required field is given"]
pub struct AdminSetMsgReadRequestNeedsPeerAccount {
    report_account: ::std::string::String,
}
impl AdminSetMsgReadRequestNeedsPeerAccount {
    ///Sets `Peer_Account`.
    pub fn peer_account(
        self,
        peer_account: impl ::core::convert::Into<::std::string::String>,
    ) -> AdminSetMsgReadRequest {
        AdminSetMsgReadRequest {
            report_account: self.report_account,
            peer_account: peer_account.into(),
            msg_read_time: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for AdminSetMsgReadRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`AdminSetMsgReadRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct AdminSetMsgReadResponse {}
impl AdminSetMsgReadResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for AdminSetMsgReadResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `admin_set_msg_read`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminSetMsgReadError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90003`: To_Account is absent or names an account that does not exist. Peer_Account is missing or not an imported account.
    MsgToAccountMissing,
    /// `90008`: From_Account is absent or names an account that does not exist. Report_Account is missing or not an imported account.
    MsgFromAccountInvalid,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for AdminSetMsgReadError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90003i64 => Self::MsgToAccountMissing,
            90008i64 => Self::MsgFromAccountInvalid,
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
            Self::MsgToAccountMissing => {
                "To_Account is absent or names an account that does not exist. Peer_Account is missing or not an imported account."
            }
            Self::MsgFromAccountInvalid => {
                "From_Account is absent or names an account that does not exist. Report_Account is missing or not an imported account."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl AdminSetMsgReadError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgToAccountMissing => super::ErrorCode::MsgToAccountMissing,
            Self::MsgFromAccountInvalid => super::ErrorCode::MsgFromAccountInvalid,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for AdminSetMsgReadError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for AdminSetMsgReadRequest {
    type Response = AdminSetMsgReadResponse;
    type Error = AdminSetMsgReadError;
    const INFO: &'static crate::EndpointInfo = &ADMIN_SET_MSG_READ;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openim/admin_set_msg_read", "`.")]
pub static ADMIN_SET_MSG_READ: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "admin_set_msg_read",
    path: "v4/openim/admin_set_msg_read",
    legacy_paths: &[],
    summary: "Mark a one-to-one conversation as read for one of its parties.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/38996",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 90001i64,
    invalid_request_fields: &[],
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
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "Report_Account",
            entity: crate::Entity::Account,
            missing: 90008i64,
            role: ::core::option::Option::None,
        },
        crate::FieldReference {
            field: "Peer_Account",
            entity: crate::Entity::Account,
            missing: 90003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<AdminSetMsgReadError>,
    hooks: crate::EndpointHooks::of::<AdminSetMsgReadRequest>(),
};
