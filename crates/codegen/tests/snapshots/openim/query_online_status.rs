/// Ask the login state of up to 500 accounts, with per-account failures.
///
/// Like querystate: returns Online, PushOnline or Offline for each listed account, with per-platform states when IsNeedDetail is 1. Accounts whose state could not be read (70107: not imported) are listed in ErrorList; the call fails only when every account failed.
///
/// `POST v4/openim/query_online_status`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](QueryOnlineStatusError::MsgJsonParseFailed): The request body is not valid JSON; fix the body. The body is not JSON, or To_Account is empty.
/// - `90003` [`MsgToAccountMissing`](QueryOnlineStatusError::MsgToAccountMissing): To_Account is absent or names an account that does not exist.
/// - `90009` [`MsgAdminRequired`](QueryOnlineStatusError::MsgAdminRequired): This request must be made with the app admin account.
/// - `90011` [`MsgBatchTooManyRecipients`](QueryOnlineStatusError::MsgBatchTooManyRecipients): A batch send may target at most 500 accounts; reduce To_Account. More than 500 accounts.
/// - `90992` [`MsgServiceErrorCheckWebhook`](QueryOnlineStatusError::MsgServiceErrorCheckWebhook): The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `90994` [`MsgServiceError`](QueryOnlineStatusError::MsgServiceError): The message service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `90995` [`MsgServiceErrorRetry`](QueryOnlineStatusError::MsgServiceErrorRetry): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `91000` [`MsgServiceUnavailable`](QueryOnlineStatusError::MsgServiceUnavailable): The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The sample responses are not valid JSON: a comma is missing after ErrorCode, and the second one has a trailing comma after State. The fixtures repair both.
/// - The response table calls the per-account state QueryResult.Status, while every sample writes State; the spec takes State (as querystate also documents it).
/// - The table lists platforms as iPhone, Android, Web, PC, iPad and Mac while the sample writes IPhone; Platform is a plain string.
/// - 70107 and 70169 lie in the public range; 70107 arrives per account in ErrorList.
/// - To_Account is not atomic: states are read independently, so a longer list may be split (call_batched).
/// - Safe to repeat: the call only reads.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/35477>. Spec: `specs/openim/query_online_status.json`.
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
pub struct QueryOnlineStatusRequest {
    /// The accounts to query, at most 500 per call.
    ///
    /// Wire name `To_Account`. Required. Limits: at most 500 items. A value breaking these limits is answered with `90011`. Example: `["id1","id2","id3","id4"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(max = 500u32))]
    pub to_account: ::std::vec::Vec<::std::string::String>,
    /// Whether to return each account's per-platform states.
    ///
    /// Wire name `IsNeedDetail`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(rename = "IsNeedDetail", default, skip_serializing_if = "Option::is_none")]
    pub is_need_detail: ::core::option::Option<super::types::YesNo>,
}
impl QueryOnlineStatusRequest {
    ///Creates a value from its required fields (`to_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            to_account: to_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            is_need_detail: ::core::option::Option::None,
        }
    }
    ///Sets `IsNeedDetail`: Whether to return each account's per-platform states.
    #[must_use]
    pub fn is_need_detail(mut self, value: super::types::YesNo) -> Self {
        self.is_need_detail = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for QueryOnlineStatusRequest {
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
                ::core::option::Option::Some(500u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`QueryOnlineStatusRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct QueryOnlineStatusResponse {
    /// One state per account that could be read.
    ///
    /// Wire name `QueryResult`. May be absent. Limits: each item see [`OnlineStateResult`]. Example: `[{"State":"Offline","To_Account":"id1"}]`.
    #[serde(rename = "QueryResult", default, skip_serializing_if = "Option::is_none")]
    pub query_result: ::core::option::Option<
        ::std::vec::Vec<super::types::OnlineStateResult>,
    >,
    /// The accounts whose state could not be read, with why.
    ///
    /// Wire name `ErrorList`. May be absent. Limits: each item see [`AccountError`]. Example: `[{"ErrorCode":70107,"To_Account":"id4"}]`.
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Option::is_none")]
    pub error_list: ::core::option::Option<::std::vec::Vec<super::types::AccountError>>,
}
impl QueryOnlineStatusResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            query_result: ::core::option::Option::None,
            error_list: ::core::option::Option::None,
        }
    }
    ///Sets `QueryResult`: One state per account that could be read.
    #[must_use]
    pub fn query_result(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::OnlineStateResult>,
    ) -> Self {
        self.query_result = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `ErrorList`: The accounts whose state could not be read, with why.
    #[must_use]
    pub fn error_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::AccountError>,
    ) -> Self {
        self.error_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for QueryOnlineStatusResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `query_online_status`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryOnlineStatusError {
    /// `90001`: The request body is not valid JSON; fix the body. The body is not JSON, or To_Account is empty.
    MsgJsonParseFailed,
    /// `90003`: To_Account is absent or names an account that does not exist.
    MsgToAccountMissing,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90011`: A batch send may target at most 500 accounts; reduce To_Account. More than 500 accounts.
    MsgBatchTooManyRecipients,
    /// `90992`: The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceErrorCheckWebhook,
    /// `90994`: The message service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceError,
    /// `90995`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceErrorRetry,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for QueryOnlineStatusError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90003i64 => Self::MsgToAccountMissing,
            90009i64 => Self::MsgAdminRequired,
            90011i64 => Self::MsgBatchTooManyRecipients,
            90992i64 => Self::MsgServiceErrorCheckWebhook,
            90994i64 => Self::MsgServiceError,
            90995i64 => Self::MsgServiceErrorRetry,
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
            Self::MsgJsonParseFailed => {
                "The request body is not valid JSON; fix the body. The body is not JSON, or To_Account is empty."
            }
            Self::MsgBatchTooManyRecipients => {
                "A batch send may target at most 500 accounts; reduce To_Account. More than 500 accounts."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl QueryOnlineStatusError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgToAccountMissing => super::ErrorCode::MsgToAccountMissing,
            Self::MsgAdminRequired => super::ErrorCode::MsgAdminRequired,
            Self::MsgBatchTooManyRecipients => {
                super::ErrorCode::MsgBatchTooManyRecipients
            }
            Self::MsgServiceErrorCheckWebhook => {
                super::ErrorCode::MsgServiceErrorCheckWebhook
            }
            Self::MsgServiceError => super::ErrorCode::MsgServiceError,
            Self::MsgServiceErrorRetry => super::ErrorCode::MsgServiceErrorRetry,
            Self::MsgServiceUnavailable => super::ErrorCode::MsgServiceUnavailable,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for QueryOnlineStatusError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for QueryOnlineStatusRequest {
    type Response = QueryOnlineStatusResponse;
    type Error = QueryOnlineStatusError;
    const INFO: &'static crate::EndpointInfo = &QUERY_ONLINE_STATUS;
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
                    is_need_detail: ::core::clone::Clone::clone(&self.is_need_detail),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openim/query_online_status", "`.")]
pub static QUERY_ONLINE_STATUS: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "query_online_status",
    path: "v4/openim/query_online_status",
    legacy_paths: &[],
    summary: "Ask the login state of up to 500 accounts, with per-account failures.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/35477",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 90001i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "To_Account",
            code: 90011i64,
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
            code: 90003i64,
            name: "MsgToAccountMissing",
            description: "To_Account is absent or names an account that does not exist.",
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
            code: 90011i64,
            name: "MsgBatchTooManyRecipients",
            description: "A batch send may target at most 500 accounts; reduce To_Account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90992i64,
            name: "MsgServiceErrorCheckWebhook",
            description: "The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90994i64,
            name: "MsgServiceError",
            description: "The message service failed internally; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90995i64,
            name: "MsgServiceErrorRetry",
            description: "The message service failed internally (same meaning as 90994); retry.",
            retry: crate::Retryability::OutcomeUnknown,
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
            max_items: 500u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{\"ErrorList\":[{\"ErrorCode\":70107,\"To_Account\":\"id4\"}],\"QueryResult\":[{\"State\":\"Offline\",\"To_Account\":\"id1\"}]}",
    classify_error: crate::__private::classify::<QueryOnlineStatusError>,
    hooks: crate::EndpointHooks::of::<QueryOnlineStatusRequest>(),
};
