/// Delete a conversation group of an account.
///
/// Deletes one named conversation group of the account (one per call); the conversations themselves stay. The answer names the deleted group and its ID. Needs the Ultimate edition.
///
/// `POST v4/recentcontact/del_contact_group`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `50002`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `50001` [`RecentContactAccountNotFound`](DelContactGroupError::RecentContactAccountNotFound): The user account in the request does not exist.
/// - `50002` [`RecentContactInvalidParameter`](DelContactGroupError::RecentContactInvalidParameter): A recent contacts request parameter is wrong; fix it using the error message as a hint.
/// - `50003` [`RecentContactAdminRequired`](DelContactGroupError::RecentContactAdminRequired): This request must be made with the app admin account.
/// - `50004` [`RecentContactInternalError`](DelContactGroupError::RecentContactInternalError): The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `50005` [`RecentContactTimeout`](DelContactGroupError::RecentContactTimeout): The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `51006` [`ConversationMarkCountInvalid`](DelContactGroupError::ConversationMarkCountInvalid): A conversation mark change must name between 1 and 100 conversations.
/// - `51007` [`ConversationGroupIdLookupFailed`](DelContactGroupError::ConversationGroupIdLookupFailed): The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.
/// - `51008` [`ConversationGroupTooManyConversations`](DelContactGroupError::ConversationGroupTooManyConversations): The conversation group would hold more than 1,000 conversations.
/// - `51009` [`ConversationGroupNotFound`](DelContactGroupError::ConversationGroupNotFound): The conversation group to delete does not exist. No conversation group has this name.
/// - `51010` [`ConversationGroupLimitReached`](DelContactGroupError::ConversationGroupLimitReached): The user already has the maximum of 20 conversation groups.
/// - `51011` [`ConversationGroupNameTooLong`](DelContactGroupError::ConversationGroupNameTooLong): The conversation group name is longer than 32 bytes.
/// - `51012` [`ConversationPinLimitReached`](DelContactGroupError::ConversationPinLimitReached): No more than 50 conversations can be pinned, and the limit cannot be raised.
/// - `51013` [`ConversationUltimateEditionRequired`](DelContactGroupError::ConversationUltimateEditionRequired): Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition.
///
/// # Notes on the documentation
///
/// - The sample request has a // comment, which the fixture drops. One group per call is the page's current limit.
/// - Irrevocable: the group and its membership are gone. Safe to repeat: a repeat finds no group and answers 51009, leaving the state the same.
/// - The page lists every code of the conversation group and mark pages (51006-51013), including those about operations it does not perform; the spec keeps the page's list.
///
/// Official documentation: <https://www.tencentcloud.com/document/product/1047/53441>. Spec: `specs/recentcontact/del_contact_group.json`.
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
pub struct DelContactGroupRequest {
    /// UserID of the account whose conversation group is deleted.
    ///
    /// Wire name `From_Account`. Required. Example: `"user0"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Name of the group to delete; exactly one per call.
    ///
    /// Wire name `GroupName`. Required. Limits: at least 1 items; at most 1 items. Example: `["test0"]`.
    #[serde(rename = "GroupName")]
    #[schemars(length(min = 1u32, max = 1u32))]
    pub group_name: ::std::vec::Vec<::std::string::String>,
}
impl DelContactGroupRequest {
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
impl crate::Validate for DelContactGroupRequest {
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
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(1u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`DelContactGroupRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct DelContactGroupResponse {
    /// The deleted group.
    ///
    /// Wire name `GroupItem`. May be absent. Limits: each item see [`ContactGroup`]. Example: `[{"GroupId":2,"GroupName":"test0"}]`.
    #[serde(rename = "GroupItem", default, skip_serializing_if = "Option::is_none")]
    pub group_item: ::core::option::Option<::std::vec::Vec<super::types::ContactGroup>>,
}
impl DelContactGroupResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            group_item: ::core::option::Option::None,
        }
    }
    ///Sets `GroupItem`: The deleted group.
    #[must_use]
    pub fn group_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::ContactGroup>,
    ) -> Self {
        self.group_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for DelContactGroupResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `del_contact_group`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DelContactGroupError {
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
    /// `51006`: A conversation mark change must name between 1 and 100 conversations.
    ConversationMarkCountInvalid,
    /// `51007`: The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.
    ConversationGroupIdLookupFailed,
    /// `51008`: The conversation group would hold more than 1,000 conversations.
    ConversationGroupTooManyConversations,
    /// `51009`: The conversation group to delete does not exist. No conversation group has this name.
    ConversationGroupNotFound,
    /// `51010`: The user already has the maximum of 20 conversation groups.
    ConversationGroupLimitReached,
    /// `51011`: The conversation group name is longer than 32 bytes.
    ConversationGroupNameTooLong,
    /// `51012`: No more than 50 conversations can be pinned, and the limit cannot be raised.
    ConversationPinLimitReached,
    /// `51013`: Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition.
    ConversationUltimateEditionRequired,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for DelContactGroupError {
    fn from_code(code: i64) -> Self {
        match code {
            50001i64 => Self::RecentContactAccountNotFound,
            50002i64 => Self::RecentContactInvalidParameter,
            50003i64 => Self::RecentContactAdminRequired,
            50004i64 => Self::RecentContactInternalError,
            50005i64 => Self::RecentContactTimeout,
            51006i64 => Self::ConversationMarkCountInvalid,
            51007i64 => Self::ConversationGroupIdLookupFailed,
            51008i64 => Self::ConversationGroupTooManyConversations,
            51009i64 => Self::ConversationGroupNotFound,
            51010i64 => Self::ConversationGroupLimitReached,
            51011i64 => Self::ConversationGroupNameTooLong,
            51012i64 => Self::ConversationPinLimitReached,
            51013i64 => Self::ConversationUltimateEditionRequired,
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
            Self::ConversationGroupNotFound => {
                "The conversation group to delete does not exist. No conversation group has this name."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl DelContactGroupError {
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
            Self::ConversationMarkCountInvalid => {
                super::ErrorCode::ConversationMarkCountInvalid
            }
            Self::ConversationGroupIdLookupFailed => {
                super::ErrorCode::ConversationGroupIdLookupFailed
            }
            Self::ConversationGroupTooManyConversations => {
                super::ErrorCode::ConversationGroupTooManyConversations
            }
            Self::ConversationGroupNotFound => {
                super::ErrorCode::ConversationGroupNotFound
            }
            Self::ConversationGroupLimitReached => {
                super::ErrorCode::ConversationGroupLimitReached
            }
            Self::ConversationGroupNameTooLong => {
                super::ErrorCode::ConversationGroupNameTooLong
            }
            Self::ConversationPinLimitReached => {
                super::ErrorCode::ConversationPinLimitReached
            }
            Self::ConversationUltimateEditionRequired => {
                super::ErrorCode::ConversationUltimateEditionRequired
            }
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for DelContactGroupError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for DelContactGroupRequest {
    type Response = DelContactGroupResponse;
    type Error = DelContactGroupError;
    const INFO: &'static crate::EndpointInfo = &DEL_CONTACT_GROUP;
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
#[doc = concat!("Metadata and hooks of `", "v4/recentcontact/del_contact_group", "`.")]
pub static DEL_CONTACT_GROUP: crate::EndpointInfo = crate::EndpointInfo {
    service: "recentcontact",
    command: "del_contact_group",
    path: "v4/recentcontact/del_contact_group",
    legacy_paths: &[],
    summary: "Delete a conversation group of an account.",
    docs: "https://www.tencentcloud.com/document/product/1047/53441",
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
        crate::ErrorCodeInfo {
            code: 51006i64,
            name: "ConversationMarkCountInvalid",
            description: "A conversation mark change must name between 1 and 100 conversations.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 51007i64,
            name: "ConversationGroupIdLookupFailed",
            description: "The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 51008i64,
            name: "ConversationGroupTooManyConversations",
            description: "The conversation group would hold more than 1,000 conversations.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 51009i64,
            name: "ConversationGroupNotFound",
            description: "The conversation group to delete does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 51010i64,
            name: "ConversationGroupLimitReached",
            description: "The user already has the maximum of 20 conversation groups.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 51011i64,
            name: "ConversationGroupNameTooLong",
            description: "The conversation group name is longer than 32 bytes.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 51012i64,
            name: "ConversationPinLimitReached",
            description: "No more than 50 conversations can be pinned, and the limit cannot be raised.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 51013i64,
            name: "ConversationUltimateEditionRequired",
            description: "Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "GroupName",
            max_items: 1u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 50001i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"GroupItem\":[{\"GroupId\":2,\"GroupName\":\"test0\"}]}",
    classify_error: crate::__private::classify::<DelContactGroupError>,
    hooks: crate::EndpointHooks::of::<DelContactGroupRequest>(),
};
