/// Rename a conversation group or add conversations to it and remove them.
///
/// Changes one conversation group of the account: UpdateGroupType 1 renames it (OldGroupName to NewGroupName), 2 adds conversations to it or removes them (ContactOptType 1 or 2 per conversation). The answer repeats the change with the group's ID and a result per conversation. Needs the Ultimate edition.
///
/// `POST v4/recentcontact/update_contact_group`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `50002`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `50001` [`RecentContactAccountNotFound`](UpdateContactGroupError::RecentContactAccountNotFound): The user account in the request does not exist.
/// - `50002` [`RecentContactInvalidParameter`](UpdateContactGroupError::RecentContactInvalidParameter): A recent contacts request parameter is wrong; fix it using the error message as a hint.
/// - `50003` [`RecentContactAdminRequired`](UpdateContactGroupError::RecentContactAdminRequired): This request must be made with the app admin account.
/// - `50004` [`RecentContactInternalError`](UpdateContactGroupError::RecentContactInternalError): The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `50005` [`RecentContactTimeout`](UpdateContactGroupError::RecentContactTimeout): The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `51006` [`ConversationMarkCountInvalid`](UpdateContactGroupError::ConversationMarkCountInvalid): A conversation mark change must name between 1 and 100 conversations.
/// - `51007` [`ConversationGroupIdLookupFailed`](UpdateContactGroupError::ConversationGroupIdLookupFailed): The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.
/// - `51008` [`ConversationGroupTooManyConversations`](UpdateContactGroupError::ConversationGroupTooManyConversations): The conversation group would hold more than 1,000 conversations.
/// - `51009` [`ConversationGroupNotFound`](UpdateContactGroupError::ConversationGroupNotFound): The conversation group to delete does not exist. No conversation group has OldGroupName.
/// - `51010` [`ConversationGroupLimitReached`](UpdateContactGroupError::ConversationGroupLimitReached): The user already has the maximum of 20 conversation groups.
/// - `51011` [`ConversationGroupNameTooLong`](UpdateContactGroupError::ConversationGroupNameTooLong): The conversation group name is longer than 32 bytes. NewGroupName is longer than 32 bytes.
/// - `51012` [`ConversationPinLimitReached`](UpdateContactGroupError::ConversationPinLimitReached): No more than 50 conversations can be pinned, and the limit cannot be raised.
/// - `51013` [`ConversationUltimateEditionRequired`](UpdateContactGroupError::ConversationUltimateEditionRequired): Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition.
///
/// # Notes on the documentation
///
/// - The request table marks both ToGroupId and To_Account required although only the one that Type needs applies; the shared ContactItem makes both optional.
/// - NewGroupName is marked required 'when UpdateGroupType is 1'; so is OldGroupName, yet a conversation change needs it too (the sample sends it), so it is required always.
/// - The response table has stray Required cells (UpdateType, UpdateGroupType, ContactOptType); the echoed enums are kept as plain integers (u8) so that new values still decode.
/// - ContactUpdateItem takes at most 1,000 items, the most conversations a group can hold (51008); stated, not documented. It is atomic: one change of one group.
/// - Not safe to repeat: a repeated rename no longer finds OldGroupName, and a repeated change answers per-conversation codes the docs do not give.
/// - The tables type Type as String in places and the samples send numbers (1, 2); the shared ContactType is an integer enum. ContactItem is typed Integer in the response tables but is an object in the samples.
/// - The page lists every code of the conversation group and mark pages (51006-51013), including those about operations it does not perform; the spec keeps the page's list.
///
/// Official documentation: <https://www.tencentcloud.com/document/product/1047/53439>. Spec: `specs/recentcontact/update_contact_group.json`.
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
pub struct UpdateContactGroupRequest {
    /// UserID of the account whose conversation group changes.
    ///
    /// Wire name `From_Account`. Required. Example: `"user0"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// What is updated; 1 (a conversation group) is the only value.
    ///
    /// Wire name `UpdateType`. Required. Example: `1`.
    #[serde(rename = "UpdateType")]
    pub update_type: UpdateContactGroupUpdateType,
    /// The change.
    ///
    /// Wire name `UpdateGroup`. Required. Example: `{"ContactUpdateItem":[{"ContactItem":{"To_Account":"user1","Type":1},"ContactOptType":1}],"OldGroupName":"test1","UpdateGroupType":2}`.
    #[serde(rename = "UpdateGroup")]
    pub update_group: ContactGroupUpdate,
}
impl UpdateContactGroupRequest {
    ///Creates a value from its required fields (`from_account`, `update_type`, `update_group`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        update_type: UpdateContactGroupUpdateType,
        update_group: ContactGroupUpdate,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            update_type: update_type,
            update_group: update_group,
        }
    }
}
impl crate::Validate for UpdateContactGroupRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("UpdateGroup");
            let v = &self.update_group;
            crate::Validate::validate_at(v, &at)?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`UpdateContactGroupRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct UpdateContactGroupResponse {
    /// The UpdateType of the request.
    ///
    /// Wire name `UpdateType`. May be absent. Example: `1`.
    #[serde(rename = "UpdateType", default, skip_serializing_if = "Option::is_none")]
    pub update_type: ::core::option::Option<u8>,
    /// The result of the change.
    ///
    /// Wire name `UpdateGroupResult`. May be absent.
    #[serde(
        rename = "UpdateGroupResult",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_group_result: ::core::option::Option<ContactGroupUpdateResult>,
}
impl UpdateContactGroupResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            update_type: ::core::option::Option::None,
            update_group_result: ::core::option::Option::None,
        }
    }
    ///Sets `UpdateType`: The UpdateType of the request.
    #[must_use]
    pub fn update_type(mut self, value: u8) -> Self {
        self.update_type = ::core::option::Option::Some(value);
        self
    }
    ///Sets `UpdateGroupResult`: The result of the change.
    #[must_use]
    pub fn update_group_result(mut self, value: ContactGroupUpdateResult) -> Self {
        self.update_group_result = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for UpdateContactGroupResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// What is updated; 1 (a conversation group) is the only value.
///
#[doc = concat!(" Wire values: ", "1", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UpdateContactGroupUpdateType {
    /// `1`: A conversation group.
    Group,
    /// A value this spec does not list, kept as sent.
    Other(i64),
}
impl UpdateContactGroupUpdateType {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Group];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Group => 1i64,
            Self::Other(n) => *n,
        }
    }
    /// The value for a wire number; unlisted numbers become `Other`.
    pub fn from_wire(n: i64) -> Self {
        match n {
            1i64 => Self::Group,
            n => Self::Other(n),
        }
    }
}
impl ::core::fmt::Display for UpdateContactGroupUpdateType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for UpdateContactGroupUpdateType {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for UpdateContactGroupUpdateType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(n))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for UpdateContactGroupUpdateType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("UpdateContactGroupUpdateType")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "format" : "int64" }
        )
    }
}
impl crate::Validate for UpdateContactGroupUpdateType {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Rename or change the conversations.
///
#[doc = concat!(" Wire values: ", "1, 2", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContactGroupUpdateUpdateGroupType {
    /// `1`: Rename the group (NewGroupName).
    Rename,
    /// `2`: Add or remove conversations (ContactUpdateItem).
    Contacts,
}
impl ContactGroupUpdateUpdateGroupType {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Rename, Self::Contacts];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Rename => 1i64,
            Self::Contacts => 2i64,
        }
    }
    /// The value for a wire number (aliases included), if listed.
    pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
        match n {
            1i64 => ::core::option::Option::Some(Self::Rename),
            2i64 => ::core::option::Option::Some(Self::Contacts),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for ContactGroupUpdateUpdateGroupType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for ContactGroupUpdateUpdateGroupType {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de>
for ContactGroupUpdateUpdateGroupType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(n)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                crate::__private::serde::de::Unexpected::Signed(n),
                &concat!("one of ", "1, 2"),
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for ContactGroupUpdateUpdateGroupType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("ContactGroupUpdateUpdateGroupType")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!({ "type" : "integer", "enum" : [1, 2] })
    }
}
impl crate::Validate for ContactGroupUpdateUpdateGroupType {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Add or remove.
///
#[doc = concat!(" Wire values: ", "1, 2", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContactUpdateItemContactOptType {
    /// `1`: Put the conversation in the group.
    Add,
    /// `2`: Take it out of the group.
    Remove,
}
impl ContactUpdateItemContactOptType {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Add, Self::Remove];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Add => 1i64,
            Self::Remove => 2i64,
        }
    }
    /// The value for a wire number (aliases included), if listed.
    pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
        match n {
            1i64 => ::core::option::Option::Some(Self::Add),
            2i64 => ::core::option::Option::Some(Self::Remove),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for ContactUpdateItemContactOptType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for ContactUpdateItemContactOptType {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for ContactUpdateItemContactOptType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(n)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                crate::__private::serde::de::Unexpected::Signed(n),
                &concat!("one of ", "1, 2"),
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for ContactUpdateItemContactOptType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("ContactUpdateItemContactOptType")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!({ "type" : "integer", "enum" : [1, 2] })
    }
}
impl crate::Validate for ContactUpdateItemContactOptType {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Conversation changes: the conversations to add or remove.
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
pub struct ContactUpdateItem {
    /// Add or remove.
    ///
    /// Wire name `ContactOptType`. Required. Example: `1`.
    #[serde(rename = "ContactOptType")]
    pub contact_opt_type: ContactUpdateItemContactOptType,
    /// The conversation.
    ///
    /// Wire name `ContactItem`. Required. Limits: see [`ContactItem`].
    #[serde(rename = "ContactItem")]
    pub contact_item: super::types::ContactItem,
}
impl ContactUpdateItem {
    ///Creates a value from its required fields (`contact_opt_type`, `contact_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        contact_opt_type: ContactUpdateItemContactOptType,
        contact_item: super::types::ContactItem,
    ) -> Self {
        Self {
            contact_opt_type: contact_opt_type,
            contact_item: contact_item,
        }
    }
}
impl crate::Validate for ContactUpdateItem {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The change.
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
pub struct ContactGroupUpdate {
    /// Rename or change the conversations.
    ///
    /// Wire name `UpdateGroupType`. Required. Example: `2`.
    #[serde(rename = "UpdateGroupType")]
    pub update_group_type: ContactGroupUpdateUpdateGroupType,
    /// Name of the group to change.
    ///
    /// Wire name `OldGroupName`. Required. Example: `"test1"`.
    #[serde(rename = "OldGroupName")]
    pub old_group_name: ::std::string::String,
    /// Renames: the new name, at most 32 bytes.
    ///
    /// Wire name `NewGroupName`. Optional. Limits: at least 1 bytes (UTF-8); at most 32 bytes (UTF-8). Example: `"test2"`.
    #[serde(rename = "NewGroupName", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1u32, max = 32u32))]
    pub new_group_name: ::core::option::Option<::std::string::String>,
    /// Conversation changes: the conversations to add or remove.
    ///
    /// Wire name `ContactUpdateItem`. Optional. Limits: at most 1000 items; one list, not to be split across calls.
    #[serde(
        rename = "ContactUpdateItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 1000u32))]
    pub contact_update_item: ::core::option::Option<::std::vec::Vec<ContactUpdateItem>>,
}
impl ContactGroupUpdate {
    ///Creates a value from its required fields (`update_group_type`, `old_group_name`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        update_group_type: ContactGroupUpdateUpdateGroupType,
        old_group_name: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            update_group_type: update_group_type,
            old_group_name: old_group_name.into(),
            new_group_name: ::core::option::Option::None,
            contact_update_item: ::core::option::Option::None,
        }
    }
    ///Sets `NewGroupName`: Renames: the new name, at most 32 bytes.
    #[must_use]
    pub fn new_group_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_group_name = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `ContactUpdateItem`: Conversation changes: the conversations to add or remove.
    #[must_use]
    pub fn contact_update_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = ContactUpdateItem>,
    ) -> Self {
        self.contact_update_item = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for ContactGroupUpdate {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.new_group_name {
            let at = at.field("NewGroupName");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(32u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.contact_update_item {
            let at = at.field("ContactUpdateItem");
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
/// One result per conversation change.
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
pub struct ContactUpdateResult {
    /// The change, as sent (1 add, 2 remove).
    ///
    /// Wire name `ContactOptType`. Required. Example: `1`.
    #[serde(rename = "ContactOptType")]
    pub contact_opt_type: u8,
    /// The conversation.
    ///
    /// Wire name `ContactItem`. Required. Limits: see [`ContactItem`].
    #[serde(rename = "ContactItem")]
    pub contact_item: super::types::ContactItem,
    /// 0 on success; otherwise why not.
    ///
    /// Wire name `ResultCode`. Required. Example: `0`.
    #[serde(rename = "ResultCode")]
    pub result_code: i64,
    /// The service's explanation of ResultCode.
    ///
    /// Wire name `ResultInfo`. Optional. Example: `""`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: ::core::option::Option<::std::string::String>,
}
impl ContactUpdateResult {
    ///Creates a value from its required fields (`contact_opt_type`, `contact_item`, `result_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        contact_opt_type: u8,
        contact_item: super::types::ContactItem,
        result_code: i64,
    ) -> Self {
        Self {
            contact_opt_type: contact_opt_type,
            contact_item: contact_item,
            result_code: result_code,
            result_info: ::core::option::Option::None,
        }
    }
    ///Sets `ResultInfo`: The service's explanation of ResultCode.
    #[must_use]
    pub fn result_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.result_info = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for ContactUpdateResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The result of the change.
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
pub struct ContactGroupUpdateResult {
    /// The UpdateGroupType of the request.
    ///
    /// Wire name `UpdateGroupType`. Required. Example: `2`.
    #[serde(rename = "UpdateGroupType")]
    pub update_group_type: u8,
    /// The group's name after the change.
    ///
    /// Wire name `GroupName`. Optional. Example: `"test1"`.
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    pub group_name: ::core::option::Option<::std::string::String>,
    /// The group's numeric ID.
    ///
    /// Wire name `GroupId`. Optional. Example: `1`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: ::core::option::Option<u32>,
    /// The group's name before the change.
    ///
    /// Wire name `OldGroupName`. Optional. Example: `"test1"`.
    #[serde(rename = "OldGroupName", default, skip_serializing_if = "Option::is_none")]
    pub old_group_name: ::core::option::Option<::std::string::String>,
    /// One result per conversation change.
    ///
    /// Wire name `ContactResultItem`. Optional.
    #[serde(
        rename = "ContactResultItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_result_item: ::core::option::Option<
        ::std::vec::Vec<ContactUpdateResult>,
    >,
}
impl ContactGroupUpdateResult {
    ///Creates a value from its required fields (`update_group_type`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(update_group_type: u8) -> Self {
        Self {
            update_group_type: update_group_type,
            group_name: ::core::option::Option::None,
            group_id: ::core::option::Option::None,
            old_group_name: ::core::option::Option::None,
            contact_result_item: ::core::option::Option::None,
        }
    }
    ///Sets `GroupName`: The group's name after the change.
    #[must_use]
    pub fn group_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_name = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `GroupId`: The group's numeric ID.
    #[must_use]
    pub fn group_id(mut self, value: u32) -> Self {
        self.group_id = ::core::option::Option::Some(value);
        self
    }
    ///Sets `OldGroupName`: The group's name before the change.
    #[must_use]
    pub fn old_group_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.old_group_name = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `ContactResultItem`: One result per conversation change.
    #[must_use]
    pub fn contact_result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = ContactUpdateResult>,
    ) -> Self {
        self.contact_result_item = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for ContactGroupUpdateResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `update_contact_group`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateContactGroupError {
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
    /// `51009`: The conversation group to delete does not exist. No conversation group has OldGroupName.
    ConversationGroupNotFound,
    /// `51010`: The user already has the maximum of 20 conversation groups.
    ConversationGroupLimitReached,
    /// `51011`: The conversation group name is longer than 32 bytes. NewGroupName is longer than 32 bytes.
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
impl crate::EndpointError for UpdateContactGroupError {
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
                "The conversation group to delete does not exist. No conversation group has OldGroupName."
            }
            Self::ConversationGroupNameTooLong => {
                "The conversation group name is longer than 32 bytes. NewGroupName is longer than 32 bytes."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl UpdateContactGroupError {
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
impl ::core::fmt::Display for UpdateContactGroupError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for UpdateContactGroupRequest {
    type Response = UpdateContactGroupResponse;
    type Error = UpdateContactGroupError;
    const INFO: &'static crate::EndpointInfo = &UPDATE_CONTACT_GROUP;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `update_contact_group`: A conversation group holds at most 1,000 conversations (overview and 51008). Unit: conversations.
pub const UPDATE_CONTACT_GROUP_MAX_GROUP_CONVERSATIONS: i64 = 1000i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/recentcontact/update_contact_group", "`."
)]
pub static UPDATE_CONTACT_GROUP: crate::EndpointInfo = crate::EndpointInfo {
    service: "recentcontact",
    command: "update_contact_group",
    path: "v4/recentcontact/update_contact_group",
    legacy_paths: &[],
    summary: "Rename a conversation group or add conversations to it and remove them.",
    docs: "https://www.tencentcloud.com/document/product/1047/53439",
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
    batch_fields: &[],
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
            name: "max_group_conversations",
            value: crate::FactValue::Integer(1000i64),
            unit: ::core::option::Option::Some("conversations"),
            source: "A conversation group holds at most 1,000 conversations (overview and 51008).",
        },
    ],
    example_response: "{\"UpdateType\":1}",
    classify_error: crate::__private::classify::<UpdateContactGroupError>,
    hooks: crate::EndpointHooks::of::<UpdateContactGroupRequest>(),
};
