/// Send friend requests from one account, or add friends at once.
///
/// From_Account asks each account of AddFriendItem to become its friend. Depending on the other account's friend request setting the friend is added at once, the request waits for approval (result 30539) or is refused; ForceAddFlags set to 1 makes the admin add the friend whatever that setting says. AddType chooses whether only From_Account gets the friend (one-way) or both accounts get each other (two-way, the default). Blocklists stop requests in both directions (results 30515, 30525). Every account gets its own result; those that failed are also listed in Fail_Account.
///
/// `POST v4/sns/friend_add`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](FriendAddError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30002` [`SnsAppIdMismatch`](FriendAddError::SnsAppIdMismatch): The SDKAppID does not match. Also a per-account ResultCode.
/// - `30003` [`SnsAccountNotFound`](FriendAddError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](FriendAddError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](FriendAddError::SnsInternalError): The relationship chain service failed internally; retry. Also a per-account ResultCode. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](FriendAddError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](FriendAddError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
/// - `30009` [`SnsAddFriendForbidden`](FriendAddError::SnsAddFriendForbidden): The backend does not allow this user to send friend requests.
/// - `30010` [`SnsFriendLimitReached`](FriendAddError::SnsFriendLimitReached): The user already has the maximum number of friends.
/// - `30011` [`SnsFriendGroupLimitReached`](FriendAddError::SnsFriendGroupLimitReached): The user already has the maximum number of friend lists.
/// - `30012` [`SnsPendingLimitReached`](FriendAddError::SnsPendingLimitReached): The user already has the maximum number of pending friend requests.
/// - `30014` [`SnsPeerFriendLimitReached`](FriendAddError::SnsPeerFriendLimitReached): The other user already has the maximum number of friends.
/// - `30515` [`SnsPeerInOwnBlocklist`](FriendAddError::SnsPeerInOwnBlocklist): The user to add is on the requester's own blocklist; remove them from it first. Per account: To_Account is on From_Account's blocklist.
/// - `30516` [`SnsPeerRejectsAll`](FriendAddError::SnsPeerRejectsAll): The other user does not accept any friend requests. Per account: To_Account accepts no friend requests.
/// - `30525` [`SnsBlockedByPeer`](FriendAddError::SnsBlockedByPeer): The requester is on the other user's blocklist and cannot add them. Per account: From_Account is on To_Account's blocklist.
/// - `30539` [`SnsRequestPending`](FriendAddError::SnsRequestPending): The other user must approve the request, so only a pending request was created; the caller may notify the requester. Per account: the request now waits for To_Account's approval; nothing was added yet.
/// - `30540` [`SnsAddFriendFiltered`](FriendAddError::SnsAddFriendFiltered): The friend request was blocked by the security policy because requests are sent too often; slow down and retry later. Retryable: the service refused the call before acting on it.
///
/// # Webhooks
///
/// - [`Sns.CallbackFriendAdd`](https://intl.cloud.tencent.com/document/product/1047/34359)
///
/// # Notes on the documentation
///
/// - The request samples are captioned 'Response to a complete request' and 'Response to a batch request'; they are requests, and the fixtures treat them so.
/// - GroupName is a single string here (the page says a friend can be put in one list when added) but an array in friend_import; the spec follows each page.
/// - AddSource is optional here but required in friend_import; each page is followed. Its form (the AddSource_Type_ prefix and a keyword of at most 8 bytes), and the limits on Remark (96 bytes), GroupName (30 bytes) and AddWording (256 bytes) come from the relationship chain page the table links to, which is not in the reference copy: stated from that page, not from this one.
/// - The page gives no limit on AddFriendItem; 100 is stated here, not documented, as the size the batch helpers split at (the same bound group_add states for its To_Account); a request above the service's own bound would get 30001. It is not atomic: every account is handled on its own, so a longer list can be split.
/// - Per-account codes: the batch sample answers 30006 and 30002 per account with ResultInfo names; the codes table mixes call-level codes with per-account ones (30515, 30516, 30525, 30539). The spec lists every code of the table as an error of the call and says in `when` which ones the page describes per account.
/// - Not safe to repeat: a repeat after a timeout sends the requests again (a second pending request, or a webhook fired twice), and the page does not say how an existing friend is answered.
/// - Sns.CallbackPrevFriendAdd is not listed: its page says requests sent through the REST API do not trigger it. Sns.CallbackFriendAdd fires when a friend is added.
/// - The emulator keeps no friend request settings (AllowType), so it adds every friend at once, as with ForceAddFlags 1; 30516 and 30539 do not occur there.
/// - ForceAddFlags is typed as the 0/1 switch YesNo; the page gives only 1 and 0.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34902>. Spec: `specs/sns/friend_add.json`.
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
pub struct FriendAddRequest {
    /// UserID of the account that sends the friend requests.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The accounts to add, one item each.
    ///
    /// Wire name `AddFriendItem`. Required. Limits: at least 1 items; at most 100 items. Example: `[{"AddSource":"AddSource_Type_XXXXXXXX","To_Account":"id1"}]`.
    #[serde(rename = "AddFriendItem")]
    #[schemars(length(min = 1u32, max = 100u32))]
    pub add_friend_item: ::std::vec::Vec<FriendAddItem>,
    /// One-way (only From_Account gets the friend) or two-way (both get each other). Two-way when absent.
    ///
    /// Wire name `AddType`. Optional. The service assumes `"Add_Type_Both"` when absent. Example: `"Add_Type_Both"`.
    #[serde(rename = "AddType", default, skip_serializing_if = "Option::is_none")]
    pub add_type: ::core::option::Option<FriendAddAddType>,
    /// 1: the admin adds the friends at once, whatever their friend request setting; 0 (or absent): an ordinary request.
    ///
    /// Wire name `ForceAddFlags`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(rename = "ForceAddFlags", default, skip_serializing_if = "Option::is_none")]
    pub force_add_flags: ::core::option::Option<super::types::YesNo>,
}
impl FriendAddRequest {
    ///Creates a value from its required fields (`from_account`, `add_friend_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        add_friend_item: impl ::core::iter::IntoIterator<Item = FriendAddItem>,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            add_friend_item: add_friend_item.into_iter().collect(),
            add_type: ::core::option::Option::None,
            force_add_flags: ::core::option::Option::None,
        }
    }
    ///Sets `AddType`: One-way (only From_Account gets the friend) or two-way (both get each other). Two-way when absent.
    #[must_use]
    pub fn add_type(mut self, value: FriendAddAddType) -> Self {
        self.add_type = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ForceAddFlags`: 1: the admin adds the friends at once, whatever their friend request setting; 0 (or absent): an ordinary request.
    #[must_use]
    pub fn force_add_flags(mut self, value: super::types::YesNo) -> Self {
        self.force_add_flags = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for FriendAddRequest {
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
/// The response of [`FriendAddRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct FriendAddResponse {
    /// The result for each account of AddFriendItem.
    ///
    /// Wire name `ResultItem`. May be absent. Limits: each item see [`AccountResult`]. Example: `[{"ResultCode":0,"ResultInfo":"","To_Account":"id1"}]`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<
        ::std::vec::Vec<super::types::AccountResult>,
    >,
    /// UserIDs whose request failed; sent only when at least one failed.
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["id2","id3"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl FriendAddResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            result_item: ::core::option::Option::None,
            fail_account: ::core::option::Option::None,
        }
    }
    ///Sets `ResultItem`: The result for each account of AddFriendItem.
    #[must_use]
    pub fn result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::AccountResult>,
    ) -> Self {
        self.result_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `Fail_Account`: UserIDs whose request failed; sent only when at least one failed.
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
impl crate::Validate for FriendAddResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The accounts to add, one item each.
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
pub struct FriendAddItem {
    /// UserID of the account to add as a friend.
    ///
    /// Wire name `To_Account`. Required. Example: `"id1"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The remark From_Account keeps about the new friend.
    ///
    /// Wire name `Remark`. Optional. Limits: at most 96 bytes (UTF-8). Example: `"remark1"`.
    #[serde(rename = "Remark", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 96u32))]
    pub remark: ::core::option::Option<::std::string::String>,
    /// The one friend list of From_Account to put the new friend in (a single name here, unlike friend_import).
    ///
    /// Wire name `GroupName`. Optional. Limits: at most 30 bytes (UTF-8). Example: `"Classmates"`.
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 30u32))]
    pub group_name: ::core::option::Option<::std::string::String>,
    /// Where the request came from.
    ///
    /// Wire name `AddSource`. Optional. Limits: see [`SnsAddSource`]. Example: `"AddSource_Type_XXXXXXXX"`.
    #[serde(rename = "AddSource", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 4u32, max = 23u32))]
    pub add_source: ::core::option::Option<super::types::SnsAddSource>,
    /// A message from From_Account to go with the request.
    ///
    /// Wire name `AddWording`. Optional. Limits: at most 256 bytes (UTF-8). Example: `"I'm Test1"`.
    #[serde(rename = "AddWording", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256u32))]
    pub add_wording: ::core::option::Option<::std::string::String>,
}
impl FriendAddItem {
    ///Creates a value from its required fields (`to_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(to_account: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            to_account: to_account.into(),
            remark: ::core::option::Option::None,
            group_name: ::core::option::Option::None,
            add_source: ::core::option::Option::None,
            add_wording: ::core::option::Option::None,
        }
    }
    ///Sets `Remark`: The remark From_Account keeps about the new friend.
    #[must_use]
    pub fn remark(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.remark = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `GroupName`: The one friend list of From_Account to put the new friend in (a single name here, unlike friend_import).
    #[must_use]
    pub fn group_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_name = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `AddSource`: Where the request came from.
    #[must_use]
    pub fn add_source(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.add_source = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `AddWording`: A message from From_Account to go with the request.
    #[must_use]
    pub fn add_wording(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.add_wording = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for FriendAddItem {
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
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(30u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.add_source {
            let at = at.field("AddSource");
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
/// One-way (only From_Account gets the friend) or two-way (both get each other). Two-way when absent.
///
#[doc = concat!(" Wire values: ", "\"Add_Type_Single\", \"Add_Type_Both\"", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FriendAddAddType {
    /// `"Add_Type_Single"`: Only From_Account's friend list gets the other account.
    Single,
    /// `"Add_Type_Both"`: Both accounts become each other's friends.
    Both,
}
impl FriendAddAddType {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Single, Self::Both];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "Add_Type_Single",
            Self::Both => "Add_Type_Both",
        }
    }
    /// The value for a wire string (aliases included), if listed.
    pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
        match s {
            "Add_Type_Single" => ::core::option::Option::Some(Self::Single),
            "Add_Type_Both" => ::core::option::Option::Some(Self::Both),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for FriendAddAddType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for FriendAddAddType {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for FriendAddAddType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(&s)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                &s,
                &["Add_Type_Single", "Add_Type_Both"],
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for FriendAddAddType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("FriendAddAddType")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "enum" : ["Add_Type_Single", "Add_Type_Both"] }
        )
    }
}
impl crate::Validate for FriendAddAddType {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `friend_add`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FriendAddError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint.
    SnsInvalidParameter,
    /// `30002`: The SDKAppID does not match. Also a per-account ResultCode.
    SnsAppIdMismatch,
    /// `30003`: The user account in the request does not exist.
    SnsAccountNotFound,
    /// `30004`: This request must be made with the app admin account.
    SnsAdminRequired,
    /// `30006`: The relationship chain service failed internally; retry. Also a per-account ResultCode. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsInternalError,
    /// `30007`: The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsTimeout,
    /// `30008`: Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
    SnsWriteConflict,
    /// `30009`: The backend does not allow this user to send friend requests.
    SnsAddFriendForbidden,
    /// `30010`: The user already has the maximum number of friends.
    SnsFriendLimitReached,
    /// `30011`: The user already has the maximum number of friend lists.
    SnsFriendGroupLimitReached,
    /// `30012`: The user already has the maximum number of pending friend requests.
    SnsPendingLimitReached,
    /// `30014`: The other user already has the maximum number of friends.
    SnsPeerFriendLimitReached,
    /// `30515`: The user to add is on the requester's own blocklist; remove them from it first. Per account: To_Account is on From_Account's blocklist.
    SnsPeerInOwnBlocklist,
    /// `30516`: The other user does not accept any friend requests. Per account: To_Account accepts no friend requests.
    SnsPeerRejectsAll,
    /// `30525`: The requester is on the other user's blocklist and cannot add them. Per account: From_Account is on To_Account's blocklist.
    SnsBlockedByPeer,
    /// `30539`: The other user must approve the request, so only a pending request was created; the caller may notify the requester. Per account: the request now waits for To_Account's approval; nothing was added yet.
    SnsRequestPending,
    /// `30540`: The friend request was blocked by the security policy because requests are sent too often; slow down and retry later. Retryable: the service refused the call before acting on it.
    SnsAddFriendFiltered,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for FriendAddError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30002i64 => Self::SnsAppIdMismatch,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
            30009i64 => Self::SnsAddFriendForbidden,
            30010i64 => Self::SnsFriendLimitReached,
            30011i64 => Self::SnsFriendGroupLimitReached,
            30012i64 => Self::SnsPendingLimitReached,
            30014i64 => Self::SnsPeerFriendLimitReached,
            30515i64 => Self::SnsPeerInOwnBlocklist,
            30516i64 => Self::SnsPeerRejectsAll,
            30525i64 => Self::SnsBlockedByPeer,
            30539i64 => Self::SnsRequestPending,
            30540i64 => Self::SnsAddFriendFiltered,
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
            Self::SnsInternalError => {
                "The relationship chain service failed internally; retry. Also a per-account ResultCode."
            }
            Self::SnsPeerInOwnBlocklist => {
                "The user to add is on the requester's own blocklist; remove them from it first. Per account: To_Account is on From_Account's blocklist."
            }
            Self::SnsPeerRejectsAll => {
                "The other user does not accept any friend requests. Per account: To_Account accepts no friend requests."
            }
            Self::SnsBlockedByPeer => {
                "The requester is on the other user's blocklist and cannot add them. Per account: From_Account is on To_Account's blocklist."
            }
            Self::SnsRequestPending => {
                "The other user must approve the request, so only a pending request was created; the caller may notify the requester. Per account: the request now waits for To_Account's approval; nothing was added yet."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl FriendAddError {
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
            Self::SnsAddFriendForbidden => super::ErrorCode::SnsAddFriendForbidden,
            Self::SnsFriendLimitReached => super::ErrorCode::SnsFriendLimitReached,
            Self::SnsFriendGroupLimitReached => {
                super::ErrorCode::SnsFriendGroupLimitReached
            }
            Self::SnsPendingLimitReached => super::ErrorCode::SnsPendingLimitReached,
            Self::SnsPeerFriendLimitReached => {
                super::ErrorCode::SnsPeerFriendLimitReached
            }
            Self::SnsPeerInOwnBlocklist => super::ErrorCode::SnsPeerInOwnBlocklist,
            Self::SnsPeerRejectsAll => super::ErrorCode::SnsPeerRejectsAll,
            Self::SnsBlockedByPeer => super::ErrorCode::SnsBlockedByPeer,
            Self::SnsRequestPending => super::ErrorCode::SnsRequestPending,
            Self::SnsAddFriendFiltered => super::ErrorCode::SnsAddFriendFiltered,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for FriendAddError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for FriendAddRequest {
    type Response = FriendAddResponse;
    type Error = FriendAddError;
    const INFO: &'static crate::EndpointInfo = &FRIEND_ADD;
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
                    add_type: ::core::clone::Clone::clone(&self.add_type),
                    force_add_flags: ::core::clone::Clone::clone(&self.force_add_flags),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/friend_add", "`.")]
pub static FRIEND_ADD: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "friend_add",
    path: "v4/sns/friend_add",
    legacy_paths: &[],
    summary: "Send friend requests from one account, or add friends at once.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34902",
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
            code: 30009i64,
            name: "SnsAddFriendForbidden",
            description: "The backend does not allow this user to send friend requests.",
            retry: crate::Retryability::No,
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
        crate::ErrorCodeInfo {
            code: 30012i64,
            name: "SnsPendingLimitReached",
            description: "The user already has the maximum number of pending friend requests.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30014i64,
            name: "SnsPeerFriendLimitReached",
            description: "The other user already has the maximum number of friends.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30515i64,
            name: "SnsPeerInOwnBlocklist",
            description: "The user to add is on the requester's own blocklist; remove them from it first.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30516i64,
            name: "SnsPeerRejectsAll",
            description: "The other user does not accept any friend requests.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30525i64,
            name: "SnsBlockedByPeer",
            description: "The requester is on the other user's blocklist and cannot add them.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30539i64,
            name: "SnsRequestPending",
            description: "The other user must approve the request, so only a pending request was created; the caller may notify the requester.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30540i64,
            name: "SnsAddFriendFiltered",
            description: "The friend request was blocked by the security policy because requests are sent too often; slow down and retry later.",
            retry: crate::Retryability::Refused,
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
    classify_error: crate::__private::classify::<FriendAddError>,
    hooks: crate::EndpointHooks::of::<FriendAddRequest>(),
};
