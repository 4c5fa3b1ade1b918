/// Delete up to 100 imported accounts.
///
/// Removes the listed accounts from Chat, with their profiles and relationship data; afterwards they can no longer log in and calls naming them answer that the account does not exist. One result per account tells whether it was deleted (70107: there was no such account). The page restricts deletion to apps on the Free (trial) edition; other apps get 71000.
///
/// `POST v4/im_open_login_svc/account_delete`: at most 100 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `70402`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30006` [`SnsInternalError`](AccountDeleteError::SnsInternalError): The relationship chain service failed internally; retry. Raised while clearing the accounts' relationship data. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](AccountDeleteError::SnsTimeout): The relationship chain service timed out; retry later. Timed out while clearing the accounts' relationship data. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](AccountDeleteError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. A concurrent write to the accounts' relationship data. Retryable: the service refused the call before acting on it.
/// - `40006` [`ProfileInternalError`](AccountDeleteError::ProfileInternalError): The profile service failed internally; retry later. Raised while clearing the accounts' profiles. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The service has two copies of this page (user management and group management); they agree except that one says trial plan and Pro plan where the other says Free and Pro edition for 71000.
/// - 70107 (no such account), 70169, 70202, 70402, 70403, 70500 and 71000 lie in the public range, so they are PublicError variants, not listed here. In the sample 70107 arrives per account in ResultItem rather than as the call's code.
/// - Irrevocable: a deleted account loses its profile and relationships; importing it again starts empty.
/// - Safe to repeat: a repeat finds the accounts gone and answers 70107 for them, leaving the same state.
/// - DeleteItem is not atomic: accounts are deleted one by one, so a longer list may be split over several calls (call_batched); a failure in a later call leaves the earlier calls' deletions in place.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34955>. Spec: `specs/im_open_login_svc/account_delete.json`.
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
pub struct AccountDeleteRequest {
    /// The accounts to delete, at most 100 per call.
    ///
    /// Wire name `DeleteItem`. Required. Limits: at most 100 items; each item see [`AccountItem`]. Example: `[{"UserID":"UserID_1"},{"UserID":"UserID_2"}]`.
    #[serde(rename = "DeleteItem")]
    #[schemars(length(max = 100u32))]
    pub delete_item: ::std::vec::Vec<super::types::AccountItem>,
}
impl AccountDeleteRequest {
    ///Creates a value from its required fields (`delete_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        delete_item: impl ::core::iter::IntoIterator<Item = super::types::AccountItem>,
    ) -> Self {
        Self {
            delete_item: delete_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for AccountDeleteRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("DeleteItem");
            let v = &self.delete_item;
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
/// The response of [`AccountDeleteRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct AccountDeleteResponse {
    /// One result per account.
    ///
    /// Wire name `ResultItem`. Always present.
    #[serde(rename = "ResultItem")]
    pub result_item: ::std::vec::Vec<AccountDeleteResult>,
}
impl AccountDeleteResponse {
    ///Creates a value from its required fields (`result_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        result_item: impl ::core::iter::IntoIterator<Item = AccountDeleteResult>,
    ) -> Self {
        Self {
            result_item: result_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for AccountDeleteResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One result per account.
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
pub struct AccountDeleteResult {
    /// 0 when the account was deleted; otherwise why not (70107: no such account).
    ///
    /// Wire name `ResultCode`. Required. Example: `0`.
    #[serde(rename = "ResultCode")]
    pub result_code: i64,
    /// Why the deletion failed; empty on success.
    ///
    /// Wire name `ResultInfo`. Optional. Example: `""`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: ::core::option::Option<::std::string::String>,
    /// The UserID.
    ///
    /// Wire name `UserID`. Required. Example: `"UserID_1"`.
    #[serde(rename = "UserID")]
    pub user_id: ::std::string::String,
}
impl AccountDeleteResult {
    ///Creates a value from its required fields (`result_code`, `user_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        result_code: i64,
        user_id: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            result_code: result_code,
            user_id: user_id.into(),
            result_info: ::core::option::Option::None,
        }
    }
    ///Sets `ResultInfo`: Why the deletion failed; empty on success.
    #[must_use]
    pub fn result_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.result_info = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for AccountDeleteResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `account_delete`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccountDeleteError {
    /// `30006`: The relationship chain service failed internally; retry. Raised while clearing the accounts' relationship data. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsInternalError,
    /// `30007`: The relationship chain service timed out; retry later. Timed out while clearing the accounts' relationship data. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsTimeout,
    /// `30008`: Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. A concurrent write to the accounts' relationship data. Retryable: the service refused the call before acting on it.
    SnsWriteConflict,
    /// `40006`: The profile service failed internally; retry later. Raised while clearing the accounts' profiles. Retryable, but the service may have acted: retried only for calls safe to repeat.
    ProfileInternalError,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for AccountDeleteError {
    fn from_code(code: i64) -> Self {
        match code {
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
            40006i64 => Self::ProfileInternalError,
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
            Self::SnsInternalError => {
                "The relationship chain service failed internally; retry. Raised while clearing the accounts' relationship data."
            }
            Self::SnsTimeout => {
                "The relationship chain service timed out; retry later. Timed out while clearing the accounts' relationship data."
            }
            Self::SnsWriteConflict => {
                "Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. A concurrent write to the accounts' relationship data."
            }
            Self::ProfileInternalError => {
                "The profile service failed internally; retry later. Raised while clearing the accounts' profiles."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl AccountDeleteError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::SnsWriteConflict => super::ErrorCode::SnsWriteConflict,
            Self::ProfileInternalError => super::ErrorCode::ProfileInternalError,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for AccountDeleteError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for AccountDeleteRequest {
    type Response = AccountDeleteResponse;
    type Error = AccountDeleteError;
    const INFO: &'static crate::EndpointInfo = &ACCOUNT_DELETE;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "DeleteItem" => ::core::option::Option::Some(self.delete_item.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "DeleteItem" => {
                ::core::option::Option::Some(Self {
                    delete_item: self.delete_item.get(items)?.to_vec(),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/im_open_login_svc/account_delete", "`.")]
pub static ACCOUNT_DELETE: crate::EndpointInfo = crate::EndpointInfo {
    service: "im_open_login_svc",
    command: "account_delete",
    path: "v4/im_open_login_svc/account_delete",
    legacy_paths: &[],
    summary: "Delete up to 100 imported accounts.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34955",
    rate_limit_per_second: 100u32,
    rate_quotas: &[],
    irrevocable: true,
    safe_to_repeat: true,
    invalid_request_code: 70402i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 30006i64,
            name: "SnsInternalError",
            description: "The relationship chain service failed internally; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30007i64,
            name: "SnsTimeout",
            description: "The relationship chain service timed out; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30008i64,
            name: "SnsWriteConflict",
            description: "Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones.",
            retry: crate::Retryability::Refused,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 40006i64,
            name: "ProfileInternalError",
            description: "The profile service failed internally; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "DeleteItem",
            max_items: 100u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{\"ResultItem\":[]}",
    classify_error: crate::__private::classify::<AccountDeleteError>,
    hooks: crate::EndpointHooks::of::<AccountDeleteRequest>(),
};
