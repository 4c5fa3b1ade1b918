/// Create a conversation group of an account and put conversations in it.
///
/// Creates one named conversation group (a folder of conversations, at most 20 per account) for the account and adds conversations to it (at most 1,000 per group). The answer gives the group's numeric ID and a result per conversation. Needs the Ultimate edition.
///
/// `POST v4/recentcontact/create_contact_group`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `50002`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `50001` [`RecentContactAccountNotFound`](CreateContactGroupError::RecentContactAccountNotFound): The user account in the request does not exist.
/// - `50002` [`RecentContactInvalidParameter`](CreateContactGroupError::RecentContactInvalidParameter): A recent contacts request parameter is wrong; fix it using the error message as a hint.
/// - `50003` [`RecentContactAdminRequired`](CreateContactGroupError::RecentContactAdminRequired): This request must be made with the app admin account.
/// - `50004` [`RecentContactInternalError`](CreateContactGroupError::RecentContactInternalError): The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `50005` [`RecentContactTimeout`](CreateContactGroupError::RecentContactTimeout): The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `51006` [`ConversationMarkCountInvalid`](CreateContactGroupError::ConversationMarkCountInvalid): A conversation mark change must name between 1 and 100 conversations.
/// - `51007` [`ConversationGroupIdLookupFailed`](CreateContactGroupError::ConversationGroupIdLookupFailed): The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.
/// - `51008` [`ConversationGroupTooManyConversations`](CreateContactGroupError::ConversationGroupTooManyConversations): The conversation group would hold more than 1,000 conversations. The group would hold more than 1,000 conversations.
/// - `51009` [`ConversationGroupNotFound`](CreateContactGroupError::ConversationGroupNotFound): The conversation group to delete does not exist.
/// - `51010` [`ConversationGroupLimitReached`](CreateContactGroupError::ConversationGroupLimitReached): The user already has the maximum of 20 conversation groups. The account has 20 conversation groups already.
/// - `51011` [`ConversationGroupNameTooLong`](CreateContactGroupError::ConversationGroupNameTooLong): The conversation group name is longer than 32 bytes. GroupName is longer than 32 bytes.
/// - `51012` [`ConversationPinLimitReached`](CreateContactGroupError::ConversationPinLimitReached): No more than 50 conversations can be pinned, and the limit cannot be raised.
/// - `51013` [`ConversationUltimateEditionRequired`](CreateContactGroupError::ConversationUltimateEditionRequired): Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition. The app is not on the Ultimate edition.
///
/// # Notes on the documentation
///
/// - The page says one conversation group per call (GroupContactItem and GroupName take exactly one item), names of at most 32 bytes (51011), at most 1,000 conversations in a group (51008), and at most 20 groups per account (51010).
/// - The response table types ContactItem as Integer; the sample's is an object. The conversation group's GroupId is an integer, unlike chat group IDs, which are strings.
/// - The sample request names group test0 and the sample answer test2: two unrelated samples. The documented fixture keeps both as they are.
/// - Not safe to repeat: a repeat asks for a group that now exists, and the docs do not say what that answers (the emulator answers 50002). The conversation list is atomic: it fills one group.
/// - The tables type Type as String in places and the samples send numbers (1, 2); the shared ContactType is an integer enum. ContactItem is typed Integer in the response tables but is an object in the samples.
/// - The page lists every code of the conversation group and mark pages (51006-51013), including those about operations it does not perform; the spec keeps the page's list.
///
/// Official documentation: <https://www.tencentcloud.com/document/product/1047/53437>. Spec: `specs/recentcontact/create_contact_group.json`.
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
pub struct CreateContactGroupRequest {
    /// UserID of the account that gets the conversation group.
    ///
    /// Wire name `From_Account`. Required. Example: `"user0"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The conversation group to create; exactly one per call.
    ///
    /// Wire name `GroupContactItem`. Required. Limits: at least 1 items; at most 1 items. Example: `[{"ContactItem":[{"To_Account":"user0","Type":1}],"GroupName":"test0"}]`.
    #[serde(rename = "GroupContactItem")]
    #[schemars(length(min = 1u32, max = 1u32))]
    pub group_contact_item: ::std::vec::Vec<NewContactGroup>,
}
impl CreateContactGroupRequest {
    ///Creates a value from its required fields (`from_account`, `group_contact_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        group_contact_item: impl ::core::iter::IntoIterator<Item = NewContactGroup>,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            group_contact_item: group_contact_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for CreateContactGroupRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupContactItem");
            let v = &self.group_contact_item;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(1u32),
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
/// The response of [`CreateContactGroupRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct CreateContactGroupResponse {
    /// The result for the created group.
    ///
    /// Wire name `GroupResultItem`. May be absent. Example: `[{"GroupItem":{"GroupId":2,"GroupName":"test2"},"ResultItem":[{"ContactItem":{"To_Account":"user1","Type":1},"ResultCode":0,"ResultInfo":""}]}]`.
    #[serde(
        rename = "GroupResultItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_result_item: ::core::option::Option<::std::vec::Vec<ContactGroupCreated>>,
}
impl CreateContactGroupResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            group_result_item: ::core::option::Option::None,
        }
    }
    ///Sets `GroupResultItem`: The result for the created group.
    #[must_use]
    pub fn group_result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = ContactGroupCreated>,
    ) -> Self {
        self.group_result_item = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for CreateContactGroupResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The conversation group to create; exactly one per call.
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
pub struct NewContactGroup {
    /// Name of the new group; at most 32 bytes.
    ///
    /// Wire name `GroupName`. Required. Limits: at least 1 bytes (UTF-8); at most 32 bytes (UTF-8). Example: `"test0"`.
    #[serde(rename = "GroupName")]
    #[schemars(length(min = 1u32, max = 32u32))]
    pub group_name: ::std::string::String,
    /// The conversations to put in it; at most 1,000.
    ///
    /// Wire name `ContactItem`. Required. Limits: at most 1000 items; one list, not to be split across calls; each item see [`ContactItem`]. Example: `[{"To_Account":"user0","Type":1}]`.
    #[serde(rename = "ContactItem")]
    #[schemars(length(max = 1000u32))]
    pub contact_item: ::std::vec::Vec<super::types::ContactItem>,
}
impl NewContactGroup {
    ///Creates a value from its required fields (`group_name`, `contact_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_name: impl ::core::convert::Into<::std::string::String>,
        contact_item: impl ::core::iter::IntoIterator<Item = super::types::ContactItem>,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            contact_item: contact_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for NewContactGroup {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupName");
            let v = &self.group_name;
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(32u32),
                &at,
            )?;
        }
        {
            let at = at.field("ContactItem");
            let v = &self.contact_item;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(1000u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The result for the created group.
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
pub struct ContactGroupCreated {
    /// The new group's name and ID.
    ///
    /// Wire name `GroupItem`. Required. Limits: see [`ContactGroup`].
    #[serde(rename = "GroupItem")]
    pub group_item: super::types::ContactGroup,
    /// One result per conversation put in the group.
    ///
    /// Wire name `ResultItem`. Optional. Limits: each item see [`ContactResult`].
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<
        ::std::vec::Vec<super::types::ContactResult>,
    >,
}
impl ContactGroupCreated {
    ///Creates a value from its required fields (`group_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_item: super::types::ContactGroup) -> Self {
        Self {
            group_item: group_item,
            result_item: ::core::option::Option::None,
        }
    }
    ///Sets `ResultItem`: One result per conversation put in the group.
    #[must_use]
    pub fn result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::ContactResult>,
    ) -> Self {
        self.result_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for ContactGroupCreated {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `create_contact_group`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateContactGroupError {
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
    /// `51008`: The conversation group would hold more than 1,000 conversations. The group would hold more than 1,000 conversations.
    ConversationGroupTooManyConversations,
    /// `51009`: The conversation group to delete does not exist.
    ConversationGroupNotFound,
    /// `51010`: The user already has the maximum of 20 conversation groups. The account has 20 conversation groups already.
    ConversationGroupLimitReached,
    /// `51011`: The conversation group name is longer than 32 bytes. GroupName is longer than 32 bytes.
    ConversationGroupNameTooLong,
    /// `51012`: No more than 50 conversations can be pinned, and the limit cannot be raised.
    ConversationPinLimitReached,
    /// `51013`: Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition. The app is not on the Ultimate edition.
    ConversationUltimateEditionRequired,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for CreateContactGroupError {
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
            Self::ConversationGroupTooManyConversations => {
                "The conversation group would hold more than 1,000 conversations. The group would hold more than 1,000 conversations."
            }
            Self::ConversationGroupLimitReached => {
                "The user already has the maximum of 20 conversation groups. The account has 20 conversation groups already."
            }
            Self::ConversationGroupNameTooLong => {
                "The conversation group name is longer than 32 bytes. GroupName is longer than 32 bytes."
            }
            Self::ConversationUltimateEditionRequired => {
                "Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition. The app is not on the Ultimate edition."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl CreateContactGroupError {
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
impl ::core::fmt::Display for CreateContactGroupError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for CreateContactGroupRequest {
    type Response = CreateContactGroupResponse;
    type Error = CreateContactGroupError;
    const INFO: &'static crate::EndpointInfo = &CREATE_CONTACT_GROUP;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "GroupContactItem" => {
                ::core::option::Option::Some(self.group_contact_item.len())
            }
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "GroupContactItem" => {
                ::core::option::Option::Some(Self {
                    group_contact_item: self.group_contact_item.get(items)?.to_vec(),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// `create_contact_group`: An account has at most 20 conversation groups (overview and 51010). Unit: groups.
pub const CREATE_CONTACT_GROUP_MAX_CONTACT_GROUPS: i64 = 20i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/recentcontact/create_contact_group", "`."
)]
pub static CREATE_CONTACT_GROUP: crate::EndpointInfo = crate::EndpointInfo {
    service: "recentcontact",
    command: "create_contact_group",
    path: "v4/recentcontact/create_contact_group",
    legacy_paths: &[],
    summary: "Create a conversation group of an account and put conversations in it.",
    docs: "https://www.tencentcloud.com/document/product/1047/53437",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
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
            field: "GroupContactItem",
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
    facts: &[
        crate::Fact {
            name: "max_contact_groups",
            value: crate::FactValue::Integer(20i64),
            unit: ::core::option::Option::Some("groups"),
            source: "An account has at most 20 conversation groups (overview and 51010).",
        },
    ],
    example_response: "{\"GroupResultItem\":[{\"GroupItem\":{\"GroupId\":2,\"GroupName\":\"test2\"},\"ResultItem\":[{\"ContactItem\":{\"To_Account\":\"user1\",\"Type\":1},\"ResultCode\":0,\"ResultInfo\":\"\"}]}]}",
    classify_error: crate::__private::classify::<CreateContactGroupError>,
    hooks: crate::EndpointHooks::of::<CreateContactGroupRequest>(),
};
