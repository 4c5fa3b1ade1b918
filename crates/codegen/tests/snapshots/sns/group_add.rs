/// Create friend lists for an account, optionally putting friends in them.
///
/// Creates named friend lists (the lists that sort an account's friends; not chat groups) for an account, and can put some of its friends into the new lists at once. Only existing friends can be put in a list: each account of To_Account gets its own result, and those that failed are also listed in Fail_Account. An account has at most 32 lists. The response carries the account's list sequence after the change.
///
/// `POST v4/sns/group_add`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](GroupAddError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30002` [`SnsAppIdMismatch`](GroupAddError::SnsAppIdMismatch): The SDKAppID does not match. Also seen as a friend's own ResultCode.
/// - `30003` [`SnsAccountNotFound`](GroupAddError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](GroupAddError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](GroupAddError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](GroupAddError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](GroupAddError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
/// - `30011` [`SnsFriendGroupLimitReached`](GroupAddError::SnsFriendGroupLimitReached): The user already has the maximum number of friend lists.
///
/// # Notes on the documentation
///
/// - The page states no limit on GroupName; the limit of 32 comes from the seed copy of sns/group_delete, which gives 32 as the most lists an account can have. Creating lists beyond that total gets 30011.
/// - The sample's per-friend codes include 32216 (Err_SNS_GroupAdd_ToTinyId_Not_Friend), which neither this page's table nor the general error code page documents, so errors.json does not define it.
/// - Not safe to repeat: a repeat after a timeout asks for lists that now exist, and the docs do not say whether that is an error.
/// - CurrentSequence is documented only as Integer; sequence numbers are 64-bit elsewhere in the API, so u64 is used, as in sns/group_delete.
/// - The page states no limit on To_Account; 100 is stated here, not documented: as many accounts as multiaccount_import and delete_group_member take per call. It is atomic: splitting it over several calls would repeat the creation of the lists, and the call is not safe to repeat.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34950>. Spec: `specs/sns/group_add.json`.
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
pub struct GroupAddRequest {
    /// UserID of the account that gets the new lists.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Names of the lists to create. An account has at most 32 lists, so one call names at most 32.
    ///
    /// Wire name `GroupName`. Required. Limits: at most 32 items. Example: `["group1","group2","group3"]`.
    #[serde(rename = "GroupName")]
    #[schemars(length(max = 32u32))]
    pub group_name: ::std::vec::Vec<::std::string::String>,
    /// UserIDs of friends of the account to put into the new lists; at most 100.
    ///
    /// Wire name `To_Account`. Optional. Limits: at most 100 items; one list, not to be split across calls. Example: `["id1","id2","id3"]`.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100u32))]
    pub to_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl GroupAddRequest {
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
            group_name: group_name
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            to_account: ::core::option::Option::None,
        }
    }
    ///Sets `To_Account`: UserIDs of friends of the account to put into the new lists; at most 100.
    #[must_use]
    pub fn to_account(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.to_account = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for GroupAddRequest {
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
        if let ::core::option::Option::Some(v) = &self.to_account {
            let at = at.field("To_Account");
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
/// The response of [`GroupAddRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GroupAddResponse {
    /// With To_Account: the result for each of its accounts.
    ///
    /// Wire name `ResultItem`. May be absent. Limits: each item see [`AccountResult`]. Example: `[{"ResultCode":0,"ResultInfo":"","To_Account":"id1"}]`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<
        ::std::vec::Vec<super::types::AccountResult>,
    >,
    /// UserIDs of To_Account that failed; sent only when at least one failed.
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["id2","id3"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Sequence number of the account's friend lists after the change.
    ///
    /// Wire name `CurrentSequence`. Always present. Example: `3`.
    #[serde(rename = "CurrentSequence")]
    pub current_sequence: u64,
}
impl GroupAddResponse {
    ///Creates a value from its required fields (`current_sequence`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(current_sequence: u64) -> Self {
        Self {
            current_sequence: current_sequence,
            result_item: ::core::option::Option::None,
            fail_account: ::core::option::Option::None,
        }
    }
    ///Sets `ResultItem`: With To_Account: the result for each of its accounts.
    #[must_use]
    pub fn result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::AccountResult>,
    ) -> Self {
        self.result_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `Fail_Account`: UserIDs of To_Account that failed; sent only when at least one failed.
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
impl crate::Validate for GroupAddResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `group_add`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupAddError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint.
    SnsInvalidParameter,
    /// `30002`: The SDKAppID does not match. Also seen as a friend's own ResultCode.
    SnsAppIdMismatch,
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
    /// `30011`: The user already has the maximum number of friend lists.
    SnsFriendGroupLimitReached,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GroupAddError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30002i64 => Self::SnsAppIdMismatch,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
            30011i64 => Self::SnsFriendGroupLimitReached,
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
            Self::SnsAppIdMismatch => {
                "The SDKAppID does not match. Also seen as a friend's own ResultCode."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GroupAddError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInvalidParameter => super::ErrorCode::SnsInvalidParameter,
            Self::SnsAppIdMismatch => super::ErrorCode::SnsAppIdMismatch,
            Self::SnsAccountNotFound => super::ErrorCode::SnsAccountNotFound,
            Self::SnsAdminRequired => super::ErrorCode::SnsAdminRequired,
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::SnsWriteConflict => super::ErrorCode::SnsWriteConflict,
            Self::SnsFriendGroupLimitReached => {
                super::ErrorCode::SnsFriendGroupLimitReached
            }
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GroupAddError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GroupAddRequest {
    type Response = GroupAddResponse;
    type Error = GroupAddError;
    const INFO: &'static crate::EndpointInfo = &GROUP_ADD;
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
                    to_account: ::core::clone::Clone::clone(&self.to_account),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// `group_add`: The per-friend ResultCode for an account that is not a friend, from the page's sample; the error catalog does not define it.
pub const GROUP_ADD_NOT_A_FRIEND_RESULT: i64 = 32216i64;
#[doc = concat!("Metadata and hooks of `", "v4/sns/group_add", "`.")]
pub static GROUP_ADD: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "group_add",
    path: "v4/sns/group_add",
    legacy_paths: &[],
    summary: "Create friend lists for an account, optionally putting friends in them.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34950",
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
            code: 30002i64,
            name: "SnsAppIdMismatch",
            description: "The SDKAppID does not match.",
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
        crate::ErrorCodeInfo {
            code: 30011i64,
            name: "SnsFriendGroupLimitReached",
            description: "The user already has the maximum number of friend lists.",
            retry: crate::Retryability::No,
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
    facts: &[
        crate::Fact {
            name: "not_a_friend_result",
            value: crate::FactValue::Integer(32216i64),
            unit: ::core::option::Option::None,
            source: "The per-friend ResultCode for an account that is not a friend, from the page's sample; the error catalog does not define it.",
        },
    ],
    example_response: "{\"CurrentSequence\":3,\"Fail_Account\":[\"id2\",\"id3\"],\"ResultItem\":[{\"ResultCode\":0,\"ResultInfo\":\"\",\"To_Account\":\"id1\"}]}",
    classify_error: crate::__private::classify::<GroupAddError>,
    hooks: crate::EndpointHooks::of::<GroupAddRequest>(),
};
