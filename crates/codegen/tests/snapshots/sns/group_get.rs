/// Read an account's friend lists, optionally with their members.
///
/// Answers the names of an account's friend lists (the lists that sort its friends; not chat groups) with the number of friends in each. GroupName restricts the answer to the named lists; NeedFriend adds the UserIDs of the friends in each list. The response carries the account's current list sequence.
///
/// `POST v4/sns/group_get`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](GroupGetError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30003` [`SnsAccountNotFound`](GroupGetError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](GroupGetError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](GroupGetError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](GroupGetError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The table says NeedFriend is valid only when GroupName is empty, yet the complete sample sends both and its answer lists the friends of the named list. The spec does not forbid the combination; which reading the service follows is not settled by the docs.
/// - The error section points to ResultCode and ResultInfo fields that this response does not have (the text is copied from sns/group_add).
/// - The page has no link to itself; the documentation link is the one the general API list gives (1047/40123).
/// - ResultItem is optional: the docs do not say what an account without lists gets.
/// - Safe to repeat: the call only reads.
/// - The page states no limit on GroupName; 32 is stated here, the most lists an account can have (as for sns/group_add and sns/group_delete). It is atomic: the answer carries one CurrentSequence for the lists read together.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/40123>. Spec: `specs/sns/group_get.json`.
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
pub struct GroupGetRequest {
    /// UserID of the account whose lists are read.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Whether to return the friends in each list; without it only names and counts are returned.
    ///
    /// Wire name `NeedFriend`. Optional. Example: `"Need_Friend_Type_Yes"`.
    #[serde(rename = "NeedFriend", default, skip_serializing_if = "Option::is_none")]
    pub need_friend: ::core::option::Option<GroupGetNeedFriend>,
    /// Names of the lists to read; without it every list is read. An account has at most 32 lists.
    ///
    /// Wire name `GroupName`. Optional. Limits: at most 32 items; one list, not to be split across calls. Example: `["group1"]`.
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 32u32))]
    pub group_name: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl GroupGetRequest {
    ///Creates a value from its required fields (`from_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(from_account: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            from_account: from_account.into(),
            need_friend: ::core::option::Option::None,
            group_name: ::core::option::Option::None,
        }
    }
    ///Sets `NeedFriend`: Whether to return the friends in each list; without it only names and counts are returned.
    #[must_use]
    pub fn need_friend(mut self, value: GroupGetNeedFriend) -> Self {
        self.need_friend = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupName`: Names of the lists to read; without it every list is read. An account has at most 32 lists.
    #[must_use]
    pub fn group_name(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.group_name = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for GroupGetRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.group_name {
            let at = at.field("GroupName");
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
/// The response of [`GroupGetRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GroupGetResponse {
    /// One entry per list.
    ///
    /// Wire name `ResultItem`. May be absent. Example: `[{"FriendNumber":1,"GroupName":"group1","To_Account":["friend1"]}]`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<::std::vec::Vec<FriendList>>,
    /// Sequence number of the account's friend lists.
    ///
    /// Wire name `CurrentSequence`. Always present. Example: `2`.
    #[serde(rename = "CurrentSequence")]
    pub current_sequence: u64,
}
impl GroupGetResponse {
    ///Creates a value from its required fields (`current_sequence`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(current_sequence: u64) -> Self {
        Self {
            current_sequence: current_sequence,
            result_item: ::core::option::Option::None,
        }
    }
    ///Sets `ResultItem`: One entry per list.
    #[must_use]
    pub fn result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = FriendList>,
    ) -> Self {
        self.result_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for GroupGetResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Whether to return the friends in each list; without it only names and counts are returned.
///
#[doc = concat!(" Wire values: ", "\"Need_Friend_Type_Yes\"", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupGetNeedFriend {
    /// `"Need_Friend_Type_Yes"`: Return the UserIDs of the friends in each list.
    Yes,
}
impl GroupGetNeedFriend {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Yes];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "Need_Friend_Type_Yes",
        }
    }
    /// The value for a wire string (aliases included), if listed.
    pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
        match s {
            "Need_Friend_Type_Yes" => ::core::option::Option::Some(Self::Yes),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for GroupGetNeedFriend {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for GroupGetNeedFriend {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for GroupGetNeedFriend {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(&s)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                &s,
                &["Need_Friend_Type_Yes"],
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GroupGetNeedFriend {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GroupGetNeedFriend")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "enum" : ["Need_Friend_Type_Yes"] }
        )
    }
}
impl crate::Validate for GroupGetNeedFriend {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One entry per list.
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
pub struct FriendList {
    /// The list's name.
    ///
    /// Wire name `GroupName`. Required. Example: `"group1"`.
    #[serde(rename = "GroupName")]
    pub group_name: ::std::string::String,
    /// How many friends the list holds.
    ///
    /// Wire name `FriendNumber`. Required. Example: `1`.
    #[serde(rename = "FriendNumber")]
    pub friend_number: u32,
    /// UserIDs of the friends in the list, with NeedFriend.
    ///
    /// Wire name `To_Account`. Optional. Example: `["friend1"]`.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl FriendList {
    ///Creates a value from its required fields (`group_name`, `friend_number`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_name: impl ::core::convert::Into<::std::string::String>,
        friend_number: u32,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            friend_number: friend_number,
            to_account: ::core::option::Option::None,
        }
    }
    ///Sets `To_Account`: UserIDs of the friends in the list, with NeedFriend.
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
impl crate::Validate for FriendList {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `group_get`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupGetError {
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
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GroupGetError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
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
impl GroupGetError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInvalidParameter => super::ErrorCode::SnsInvalidParameter,
            Self::SnsAccountNotFound => super::ErrorCode::SnsAccountNotFound,
            Self::SnsAdminRequired => super::ErrorCode::SnsAdminRequired,
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GroupGetError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GroupGetRequest {
    type Response = GroupGetResponse;
    type Error = GroupGetError;
    const INFO: &'static crate::EndpointInfo = &GROUP_GET;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/group_get", "`.")]
pub static GROUP_GET: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "group_get",
    path: "v4/sns/group_get",
    legacy_paths: &[],
    summary: "Read an account's friend lists, optionally with their members.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/40123",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
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
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 30003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"CurrentSequence\":2,\"ResultItem\":[{\"FriendNumber\":1,\"GroupName\":\"group1\",\"To_Account\":[\"friend1\"]}]}",
    classify_error: crate::__private::classify::<GroupGetError>,
    hooks: crate::EndpointHooks::of::<GroupGetRequest>(),
};
