/// Delete friend lists of an account.
///
/// Deletes up to 32 of an account's friend lists (the named lists that group its friends; not chat groups). The friends themselves stay friends. The response carries the account's list sequence after the change, which advances with every modification of its lists.
///
/// `POST v4/sns/group_delete`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](GroupDeleteError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30003` [`SnsAccountNotFound`](GroupDeleteError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](GroupDeleteError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](GroupDeleteError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](GroupDeleteError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](GroupDeleteError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
///
/// # Notes on the documentation
///
/// - The limit of 32 names per call comes from the seed page; the 2024-12 docs snapshot does not state it.
/// - The docs' sample response has ErrorInfo "0" on success, not the empty string other endpoints send; clients must not read meaning into ErrorInfo when ErrorCode is 0.
/// - Not safe to repeat: a repeat after a timeout names lists that no longer exist, and the docs do not say whether that is an error.
/// - CurrentSequence is documented only as Integer; sequence numbers are 64-bit in the rest of the API, so u64 is used.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34926>. Spec: `specs/sns/group_delete.json`.
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
pub struct GroupDeleteRequest {
    /// UserID of the account whose friend lists are deleted.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Names of the friend lists to delete. An account has at most 32 lists, so one call names at most 32.
    ///
    /// Wire name `GroupName`. Required. Limits: at most 32 items. Example: `["group1","group2","group3"]`.
    #[serde(rename = "GroupName")]
    #[schemars(length(max = 32u32))]
    pub group_name: ::std::vec::Vec<::std::string::String>,
}
impl GroupDeleteRequest {
    ///Creates a value from its required fields (`from_account`, `group_name`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        group_name: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            group_name: group_name.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
impl crate::Validate for GroupDeleteRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupName");
            let v = &self.group_name;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(32u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GroupDeleteRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GroupDeleteResponse {
    /// Sequence number of the account's friend lists after the deletion.
    ///
    /// Wire name `CurrentSequence`. Always present. Example: `4`.
    #[serde(rename = "CurrentSequence")]
    pub current_sequence: u64,
}
impl GroupDeleteResponse {
    ///Creates a value from its required fields (`current_sequence`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(current_sequence: u64) -> Self {
        Self {
            current_sequence: current_sequence,
        }
    }
}
impl crate::Validate for GroupDeleteResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `group_delete`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupDeleteError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint.
    SnsInvalidParameter,
    /// `30003`: The user account in the request does not exist.
    SnsAccountNotFound,
    /// `30004`: This request must be made with the app admin account.
    SnsAdminRequired,
    /// `30006`: The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsInternalError,
    /// `30007`: The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsTimeout,
    /// `30008`: Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
    SnsWriteConflict,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GroupDeleteError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
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
impl GroupDeleteError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInvalidParameter => super::ErrorCode::SnsInvalidParameter,
            Self::SnsAccountNotFound => super::ErrorCode::SnsAccountNotFound,
            Self::SnsAdminRequired => super::ErrorCode::SnsAdminRequired,
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::SnsWriteConflict => super::ErrorCode::SnsWriteConflict,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GroupDeleteError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GroupDeleteRequest {
    type Response = GroupDeleteResponse;
    type Error = GroupDeleteError;
    const INFO: &'static crate::EndpointInfo = &GROUP_DELETE;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "GroupName" => ::core::option::Option::Some(self.group_name.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "GroupName" => {
                ::core::option::Option::Some(Self {
                    group_name: self.group_name.get(items)?.to_vec(),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/group_delete", "`.")]
pub static GROUP_DELETE: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "group_delete",
    path: "v4/sns/group_delete",
    legacy_paths: &[],
    summary: "Delete friend lists of an account.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34926",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
    invalid_request_code: 30001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 30001i64,
            name: "SnsInvalidParameter",
            description: "A relationship chain request parameter is wrong; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30003i64,
            name: "SnsAccountNotFound",
            description: "The user account in the request does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30004i64,
            name: "SnsAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
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
    ],
    batch_fields: &[
        crate::BatchField {
            field: "GroupName",
            max_items: 32u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 30003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"CurrentSequence\":4}",
    classify_error: crate::__private::classify::<GroupDeleteError>,
    hooks: crate::EndpointHooks::of::<GroupDeleteRequest>(),
};
