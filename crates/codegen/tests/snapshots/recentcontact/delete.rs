/// Delete one conversation of an account, optionally with its roaming messages.
///
/// Removes a one-to-one (Type 1, To_Account) or group (Type 2, ToGroupid) conversation from the account's conversation list. With ClearRamble 1 the account's roaming messages of that conversation are cleared too.
///
/// `POST v4/recentcontact/delete`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `50002`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `50001` [`RecentContactAccountNotFound`](DeleteError::RecentContactAccountNotFound): The user account in the request does not exist.
/// - `50002` [`RecentContactInvalidParameter`](DeleteError::RecentContactInvalidParameter): A recent contacts request parameter is wrong; fix it using the error message as a hint.
/// - `50003` [`RecentContactAdminRequired`](DeleteError::RecentContactAdminRequired): This request must be made with the app admin account.
/// - `50004` [`RecentContactInternalError`](DeleteError::RecentContactInternalError): The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `50005` [`RecentContactTimeout`](DeleteError::RecentContactTimeout): The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The group field is spelled ToGroupid here (lower-case i), ToGroupId on the other recentcontact pages; the spec sends this page's spelling. Its type is written 'string' in lower case.
/// - Irrevocable: with ClearRamble the roaming messages are gone. Safe to repeat: deleting a deleted conversation leaves the list the same; the page does not say whether it is an error, and the emulator answers success.
/// - Which of To_Account and ToGroupid is needed follows Type; a request lacking the one its Type needs gets 50002 (by inference).
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/43088>. Spec: `specs/recentcontact/delete.json`.
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
pub struct DeleteRequest {
    /// UserID of the account whose conversation is deleted.
    ///
    /// Wire name `From_Account`. Required. Example: `"user0"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// One-to-one or group conversation.
    ///
    /// Wire name `Type`. Required. Limits: see [`ContactType`]. Example: `1`.
    #[serde(rename = "Type")]
    pub r#type: super::types::ContactType,
    /// One-to-one conversations: UserID of the other account.
    ///
    /// Wire name `To_Account`. Optional. Example: `"id2"`.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: ::core::option::Option<::std::string::String>,
    /// Group conversations: ID of the group (spelled with a lower-case i on this page).
    ///
    /// Wire name `ToGroupid`. Optional. Example: `"id2"`.
    #[serde(rename = "ToGroupid", default, skip_serializing_if = "Option::is_none")]
    pub to_group_id: ::core::option::Option<::std::string::String>,
    /// Yes (1) to clear the account's roaming messages of the conversation as well.
    ///
    /// Wire name `ClearRamble`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(rename = "ClearRamble", default, skip_serializing_if = "Option::is_none")]
    pub clear_ramble: ::core::option::Option<super::types::YesNo>,
}
impl DeleteRequest {
    ///Creates a value from its required fields (`from_account`, `type`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        r#type: super::types::ContactType,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            r#type: r#type,
            to_account: ::core::option::Option::None,
            to_group_id: ::core::option::Option::None,
            clear_ramble: ::core::option::Option::None,
        }
    }
    ///Sets `To_Account`: One-to-one conversations: UserID of the other account.
    #[must_use]
    pub fn to_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `ToGroupid`: Group conversations: ID of the group (spelled with a lower-case i on this page).
    #[must_use]
    pub fn to_group_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_group_id = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `ClearRamble`: Yes (1) to clear the account's roaming messages of the conversation as well.
    #[must_use]
    pub fn clear_ramble(mut self, value: super::types::YesNo) -> Self {
        self.clear_ramble = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for DeleteRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`DeleteRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct DeleteResponse {}
impl DeleteResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for DeleteResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `delete`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteError {
    /// `50001`: The user account in the request does not exist.
    RecentContactAccountNotFound,
    /// `50002`: A recent contacts request parameter is wrong; fix it using the error message as a hint.
    RecentContactInvalidParameter,
    /// `50003`: This request must be made with the app admin account.
    RecentContactAdminRequired,
    /// `50004`: The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    RecentContactInternalError,
    /// `50005`: The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    RecentContactTimeout,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for DeleteError {
    fn from_code(code: i64) -> Self {
        match code {
            50001i64 => Self::RecentContactAccountNotFound,
            50002i64 => Self::RecentContactInvalidParameter,
            50003i64 => Self::RecentContactAdminRequired,
            50004i64 => Self::RecentContactInternalError,
            50005i64 => Self::RecentContactTimeout,
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
impl DeleteError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::RecentContactAccountNotFound => {
                super::ErrorCode::RecentContactAccountNotFound
            }
            Self::RecentContactInvalidParameter => {
                super::ErrorCode::RecentContactInvalidParameter
            }
            Self::RecentContactAdminRequired => {
                super::ErrorCode::RecentContactAdminRequired
            }
            Self::RecentContactInternalError => {
                super::ErrorCode::RecentContactInternalError
            }
            Self::RecentContactTimeout => super::ErrorCode::RecentContactTimeout,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for DeleteError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for DeleteRequest {
    type Response = DeleteResponse;
    type Error = DeleteError;
    const INFO: &'static crate::EndpointInfo = &DELETE;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/recentcontact/delete", "`.")]
pub static DELETE: crate::EndpointInfo = crate::EndpointInfo {
    service: "recentcontact",
    command: "delete",
    path: "v4/recentcontact/delete",
    legacy_paths: &[],
    summary: "Delete one conversation of an account, optionally with its roaming messages.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/43088",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: true,
    safe_to_repeat: true,
    invalid_request_code: 50002i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 50001i64,
            name: "RecentContactAccountNotFound",
            description: "The user account in the request does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 50002i64,
            name: "RecentContactInvalidParameter",
            description: "A recent contacts request parameter is wrong; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 50003i64,
            name: "RecentContactAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 50004i64,
            name: "RecentContactInternalError",
            description: "The recent contacts service failed internally; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 50005i64,
            name: "RecentContactTimeout",
            description: "The recent contacts service timed out; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 50001i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<DeleteError>,
    hooks: crate::EndpointHooks::of::<DeleteRequest>(),
};
