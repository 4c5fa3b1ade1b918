/// Import friends into an account's friend list with their data, without requests.
///
/// Writes friends into From_Account's friend list directly, with the data they had elsewhere: remark and when it was set, friend lists, add source and wording, when the friendship began, and custom friend fields. No request is sent and the other account's settings are not asked; the relation is one-way (the other account's list does not change). Meant for moving an existing relationship chain into Chat. Each account gets its own result; those that failed are also listed in Fail_Account.
///
/// `POST v4/sns/friend_import`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](FriendImportError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30002` [`SnsAppIdMismatch`](FriendImportError::SnsAppIdMismatch): The SDKAppID does not match. Also a per-account ResultCode.
/// - `30003` [`SnsAccountNotFound`](FriendImportError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](FriendImportError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](FriendImportError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](FriendImportError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](FriendImportError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
/// - `30010` [`SnsFriendLimitReached`](FriendImportError::SnsFriendLimitReached): The user already has the maximum number of friends. Also a per-account ResultCode: From_Account's friend list is full.
/// - `30011` [`SnsFriendGroupLimitReached`](FriendImportError::SnsFriendGroupLimitReached): The user already has the maximum number of friend lists.
///
/// # Notes on the documentation
///
/// - GroupName is an array here but a single string in friend_add; each page is followed. AddSource is required here but optional in friend_add; each page is followed.
/// - The request samples are captioned as responses; they are requests.
/// - The limits on Remark (96 bytes), GroupName entries (30 bytes), AddWording (256 bytes) and the AddSource form come from the relationship chain page the table links to, not in the reference copy. A friend is in at most 32 lists, the most lists an account has (sns/group_add). AddFriendItem's 100 is stated here, not documented: as in friend_add. Not atomic: every friend is imported on its own.
/// - The page does not say whether the import is one-way; the Sns.CallbackFriendAdd page says importing triggers no webhook, and the spec (and the emulator) take the import as writing From_Account's side only, the way a migration copies each account's own list.
/// - Safe to repeat: importing the same friend with the same data again leaves the same friend list (the friend's data is overwritten with itself).
/// - CustomItem's Value is a string or an integer by the table; SnsItem's value also takes a list, which custom fields do not use. The table marks Tag and Value optional, but an item without them means nothing; SnsItem requires both.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34903>. Spec: `specs/sns/friend_import.json`.
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
pub struct FriendImportRequest {
    /// UserID of the account whose friend list gets the friends.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The friends to import, one item each.
    ///
    /// Wire name `AddFriendItem`. Required. Limits: at least 1 items; at most 100 items. Example: `[{"AddSource":"AddSource_Type_XXXXXXXX","To_Account":"id1"}]`.
    #[serde(rename = "AddFriendItem")]
    #[schemars(length(min = 1u32, max = 100u32))]
    pub add_friend_item: ::std::vec::Vec<FriendImportItem>,
}
impl FriendImportRequest {
    ///Creates a value from its required fields (`from_account`, `add_friend_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        add_friend_item: impl ::core::iter::IntoIterator<Item = FriendImportItem>,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            add_friend_item: add_friend_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for FriendImportRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("AddFriendItem");
            let v = &self.add_friend_item;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
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
/// The response of [`FriendImportRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct FriendImportResponse {
    /// The result for each friend of AddFriendItem.
    ///
    /// Wire name `ResultItem`. May be absent. Limits: each item see [`AccountResult`]. Example: `[{"ResultCode":0,"ResultInfo":"","To_Account":"id1"}]`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<
        ::std::vec::Vec<super::types::AccountResult>,
    >,
    /// UserIDs that could not be imported; sent only when at least one failed.
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["id2","id3"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl FriendImportResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            result_item: ::core::option::Option::None,
            fail_account: ::core::option::Option::None,
        }
    }
    ///Sets `ResultItem`: The result for each friend of AddFriendItem.
    #[must_use]
    pub fn result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::AccountResult>,
    ) -> Self {
        self.result_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `Fail_Account`: UserIDs that could not be imported; sent only when at least one failed.
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
impl crate::Validate for FriendImportResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The friends to import, one item each.
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
pub struct FriendImportItem {
    /// UserID of the friend.
    ///
    /// Wire name `To_Account`. Required. Example: `"id1"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The remark From_Account keeps about the friend.
    ///
    /// Wire name `Remark`. Optional. Limits: at most 96 bytes (UTF-8). Example: `"remark1"`.
    #[serde(rename = "Remark", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 96u32))]
    pub remark: ::core::option::Option<::std::string::String>,
    /// When the remark was set.
    ///
    /// Wire name `RemarkTime`. Optional. Limits: see [`UnixTime`]. Example: `1420000001`.
    #[serde(rename = "RemarkTime", default, skip_serializing_if = "Option::is_none")]
    pub remark_time: ::core::option::Option<super::types::UnixTime>,
    /// The friend lists of From_Account the friend is in.
    ///
    /// Wire name `GroupName`. Optional. Limits: at most 32 items; each item at most 30 bytes (UTF-8). Example: `["Friends"]`.
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 32u32))]
    #[schemars(inner(length(max = 30u32)))]
    pub group_name: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Where the friendship came from.
    ///
    /// Wire name `AddSource`. Required. Limits: see [`SnsAddSource`]. Example: `"AddSource_Type_XXXXXXXX"`.
    #[serde(rename = "AddSource")]
    #[schemars(length(min = 4u32, max = 23u32))]
    pub add_source: super::types::SnsAddSource,
    /// The message that went with the original request.
    ///
    /// Wire name `AddWording`. Optional. Limits: at most 256 bytes (UTF-8). Example: `"I'm Test1"`.
    #[serde(rename = "AddWording", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256u32))]
    pub add_wording: ::core::option::Option<::std::string::String>,
    /// When the friendship began.
    ///
    /// Wire name `AddTime`. Optional. Limits: see [`UnixTime`]. Example: `1420000001`.
    #[serde(rename = "AddTime", default, skip_serializing_if = "Option::is_none")]
    pub add_time: ::core::option::Option<super::types::UnixTime>,
    /// Custom friend fields (Tag_SNS_Custom_*) From_Account keeps about the friend.
    ///
    /// Wire name `CustomItem`. Optional. Limits: each item see [`SnsItem`]. Example: `[{"Tag":"Tag_SNS_Custom_XXXX","Value":"Test"}]`.
    #[serde(rename = "CustomItem", default, skip_serializing_if = "Option::is_none")]
    pub custom_item: ::core::option::Option<::std::vec::Vec<super::types::SnsItem>>,
}
impl FriendImportItem {
    ///Starts building from the required field `To_Account`; each further required field is named in turn, `FriendImportItem::to_account(..).add_source(..)`, which gives the value with optional fields unset.
    pub fn to_account(
        to_account: impl ::core::convert::Into<::std::string::String>,
    ) -> FriendImportItemNeedsAddSource {
        FriendImportItemNeedsAddSource {
            to_account: to_account.into(),
        }
    }
    ///Sets `Remark`: The remark From_Account keeps about the friend.
    #[must_use]
    pub fn remark(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.remark = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `RemarkTime`: When the remark was set.
    #[must_use]
    pub fn remark_time(mut self, value: super::types::UnixTime) -> Self {
        self.remark_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupName`: The friend lists of From_Account the friend is in.
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
    ///Sets `AddWording`: The message that went with the original request.
    #[must_use]
    pub fn add_wording(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.add_wording = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `AddTime`: When the friendship began.
    #[must_use]
    pub fn add_time(mut self, value: super::types::UnixTime) -> Self {
        self.add_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `CustomItem`: Custom friend fields (Tag_SNS_Custom_*) From_Account keeps about the friend.
    #[must_use]
    pub fn custom_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::SnsItem>,
    ) -> Self {
        self.custom_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
///A value of [`FriendImportItem`] being built: `AddSource` comes next (`.add_source(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `FriendImportItem` exists only once every required field is given"]
pub struct FriendImportItemNeedsAddSource {
    to_account: ::std::string::String,
}
impl FriendImportItemNeedsAddSource {
    ///Sets `AddSource`.
    pub fn add_source(
        self,
        add_source: impl ::core::convert::Into<::std::string::String>,
    ) -> FriendImportItem {
        FriendImportItem {
            to_account: self.to_account,
            add_source: add_source.into(),
            remark: ::core::option::Option::None,
            remark_time: ::core::option::Option::None,
            group_name: ::core::option::Option::None,
            add_wording: ::core::option::Option::None,
            add_time: ::core::option::Option::None,
            custom_item: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for FriendImportItem {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.remark {
            let at = at.field("Remark");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(96u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.group_name {
            let at = at.field("GroupName");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(32u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(30u32),
                    &at,
                )?;
            }
        }
        {
            let at = at.field("AddSource");
            let v = &self.add_source;
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(16u32),
                ::core::option::Option::Some(23u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.add_wording {
            let at = at.field("AddWording");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(256u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
///The error codes of `friend_import`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FriendImportError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint.
    SnsInvalidParameter,
    /// `30002`: The SDKAppID does not match. Also a per-account ResultCode.
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
    /// `30010`: The user already has the maximum number of friends. Also a per-account ResultCode: From_Account's friend list is full.
    SnsFriendLimitReached,
    /// `30011`: The user already has the maximum number of friend lists.
    SnsFriendGroupLimitReached,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for FriendImportError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30002i64 => Self::SnsAppIdMismatch,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
            30010i64 => Self::SnsFriendLimitReached,
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
                "The SDKAppID does not match. Also a per-account ResultCode."
            }
            Self::SnsFriendLimitReached => {
                "The user already has the maximum number of friends. Also a per-account ResultCode: From_Account's friend list is full."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl FriendImportError {
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
            Self::SnsFriendLimitReached => super::ErrorCode::SnsFriendLimitReached,
            Self::SnsFriendGroupLimitReached => {
                super::ErrorCode::SnsFriendGroupLimitReached
            }
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for FriendImportError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for FriendImportRequest {
    type Response = FriendImportResponse;
    type Error = FriendImportError;
    const INFO: &'static crate::EndpointInfo = &FRIEND_IMPORT;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "AddFriendItem" => ::core::option::Option::Some(self.add_friend_item.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "AddFriendItem" => {
                ::core::option::Option::Some(Self {
                    add_friend_item: self.add_friend_item.get(items)?.to_vec(),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/friend_import", "`.")]
pub static FRIEND_IMPORT: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "friend_import",
    path: "v4/sns/friend_import",
    legacy_paths: &[],
    summary: "Import friends into an account's friend list with their data, without requests.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34903",
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
            code: 30010i64,
            name: "SnsFriendLimitReached",
            description: "The user already has the maximum number of friends.",
            retry: crate::Retryability::No,
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
            field: "AddFriendItem",
            max_items: 100u32,
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
    example_response: "{\"Fail_Account\":[\"id2\",\"id3\"],\"ResultItem\":[{\"ResultCode\":0,\"ResultInfo\":\"\",\"To_Account\":\"id1\"}]}",
    classify_error: crate::__private::classify::<FriendImportError>,
    hooks: crate::EndpointHooks::of::<FriendImportRequest>(),
};
