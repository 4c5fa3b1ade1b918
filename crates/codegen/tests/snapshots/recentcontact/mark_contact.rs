/// Set or clear standard and custom marks of an account's conversations.
///
/// For up to 100 conversations of the account, sets or clears bits of the 64-bit standard mark and sets the custom mark, as OptType says (1: standard, 2: custom, 3: both). Bits 0-31 are the service's own (favourite, unread, collapsed, hidden, ...), bits 32-63 are the app's. Standard marks need the Ultimate edition; custom marks do not. Each conversation gets its own result code.
///
/// `POST v4/recentcontact/mark_contact`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `50002`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `50001` [`RecentContactAccountNotFound`](MarkContactError::RecentContactAccountNotFound): The user account in the request does not exist.
/// - `50002` [`RecentContactInvalidParameter`](MarkContactError::RecentContactInvalidParameter): A recent contacts request parameter is wrong; fix it using the error message as a hint.
/// - `50003` [`RecentContactAdminRequired`](MarkContactError::RecentContactAdminRequired): This request must be made with the app admin account.
/// - `50004` [`RecentContactInternalError`](MarkContactError::RecentContactInternalError): The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `50005` [`RecentContactTimeout`](MarkContactError::RecentContactTimeout): The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `51006` [`ConversationMarkCountInvalid`](MarkContactError::ConversationMarkCountInvalid): A conversation mark change must name between 1 and 100 conversations. MarkItem is empty or has more than 100 items.
/// - `51007` [`ConversationGroupIdLookupFailed`](MarkContactError::ConversationGroupIdLookupFailed): The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.
/// - `51008` [`ConversationGroupTooManyConversations`](MarkContactError::ConversationGroupTooManyConversations): The conversation group would hold more than 1,000 conversations.
/// - `51009` [`ConversationGroupNotFound`](MarkContactError::ConversationGroupNotFound): The conversation group to delete does not exist.
/// - `51010` [`ConversationGroupLimitReached`](MarkContactError::ConversationGroupLimitReached): The user already has the maximum of 20 conversation groups.
/// - `51011` [`ConversationGroupNameTooLong`](MarkContactError::ConversationGroupNameTooLong): The conversation group name is longer than 32 bytes.
/// - `51012` [`ConversationPinLimitReached`](MarkContactError::ConversationPinLimitReached): No more than 50 conversations can be pinned, and the limit cannot be raised. Listed on the page; pinning is not done by this call.
/// - `51013` [`ConversationUltimateEditionRequired`](MarkContactError::ConversationUltimateEditionRequired): Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition. A standard mark change by an app not on the Ultimate edition.
///
/// # Notes on the documentation
///
/// - The box under the request table numbers the service's bits from 1 (1 favourite, 2 unread, 3 collapsed, 4 hidden) while a 64-bit mark has bits 0-63; the spec accepts 0-63 and leaves the numbering to the page's reader. SetMark and ClearMark take at most 64 numbers each (one per bit; stated, not documented).
/// - 51006 answers an empty MarkItem or one of more than 100 items (its catalog text), so MarkItem's own limits answer 51006, not 50002.
/// - The tables type Type as String in places and the samples send numbers (1, 2); the shared ContactType is an integer enum. ContactItem is typed Integer in the response tables but is an object in the samples.
/// - The response table's OptType row has a stray Yes cell; the response's OptType is kept as the integer sent (u8) rather than the request enum, so an unknown value still decodes.
/// - Safe to repeat: setting and clearing bits and setting the custom mark give the same marks when repeated. Not irrevocable: marks can be changed back.
/// - The page's Type rows name To_Account and ToGroupId as both optional; which one is needed follows Type.
/// - The page lists every code of the conversation group and mark pages (51006-51013), including those about operations it does not perform; the spec keeps the page's list.
///
/// Official documentation: <https://www.tencentcloud.com/document/product/1047/53438>. Spec: `specs/recentcontact/mark_contact.json`.
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
pub struct MarkContactRequest {
    /// UserID of the account whose conversations are marked.
    ///
    /// Wire name `From_Account`. Required. Example: `"user0"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The marks to change, one item per conversation; 1 to 100.
    ///
    /// Wire name `MarkItem`. Required. Limits: at least 1 items; at most 100 items. A value breaking these limits is answered with `51006`. Example: `[{"ContactItem":{"To_Account":"user1","Type":1},"CustomMark":"abcd","OptType":3,"SetMark":[1,2,3]}]`.
    #[serde(rename = "MarkItem")]
    #[schemars(length(min = 1u32, max = 100u32))]
    pub mark_item: ::std::vec::Vec<MarkItem>,
}
impl MarkContactRequest {
    ///Creates a value from its required fields (`from_account`, `mark_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        mark_item: impl ::core::iter::IntoIterator<Item = MarkItem>,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            mark_item: mark_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for MarkContactRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MarkItem");
            let v = &self.mark_item;
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
/// The response of [`MarkContactRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct MarkContactResponse {
    /// One result per MarkItem.
    ///
    /// Wire name `ResultItem`. May be absent. Example: `[{"ContactItem":{"To_Account":"user1","Type":1},"OptType":3,"ResultCode":0,"ResultInfo":""}]`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<::std::vec::Vec<MarkResult>>,
}
impl MarkContactResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            result_item: ::core::option::Option::None,
        }
    }
    ///Sets `ResultItem`: One result per MarkItem.
    #[must_use]
    pub fn result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = MarkResult>,
    ) -> Self {
        self.result_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for MarkContactResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Which marks the item changes.
///
#[doc = concat!(" Wire values: ", "1, 2, 3", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkItemOptType {
    /// `1`: The standard marks (SetMark, ClearMark).
    Standard,
    /// `2`: The custom mark (CustomMark).
    Custom,
    /// `3`: Both the standard and the custom marks.
    Both,
}
impl MarkItemOptType {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Standard, Self::Custom, Self::Both];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Standard => 1i64,
            Self::Custom => 2i64,
            Self::Both => 3i64,
        }
    }
    /// The value for a wire number (aliases included), if listed.
    pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
        match n {
            1i64 => ::core::option::Option::Some(Self::Standard),
            2i64 => ::core::option::Option::Some(Self::Custom),
            3i64 => ::core::option::Option::Some(Self::Both),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for MarkItemOptType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for MarkItemOptType {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for MarkItemOptType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(n)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                crate::__private::serde::de::Unexpected::Signed(n),
                &concat!("one of ", "1, 2, 3"),
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for MarkItemOptType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("MarkItemOptType")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "integer", "enum" : [1, 2, 3] }
        )
    }
}
impl crate::Validate for MarkItemOptType {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The marks to change, one item per conversation; 1 to 100.
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
pub struct MarkItem {
    /// Which marks the item changes.
    ///
    /// Wire name `OptType`. Required. Example: `3`.
    #[serde(rename = "OptType")]
    pub opt_type: MarkItemOptType,
    /// The conversation.
    ///
    /// Wire name `ContactItem`. Required. Limits: see [`ContactItem`].
    #[serde(rename = "ContactItem")]
    pub contact_item: super::types::ContactItem,
    /// Standard mark bits to clear, by number.
    ///
    /// Wire name `ClearMark`. Optional. Limits: at most 64 items; each item at most 63. Example: `[4]`.
    #[serde(rename = "ClearMark", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 64u32))]
    #[schemars(inner(range(max = 63)))]
    pub clear_mark: ::core::option::Option<::std::vec::Vec<u8>>,
    /// Standard mark bits to set, by number.
    ///
    /// Wire name `SetMark`. Optional. Limits: at most 64 items; each item at most 63. Example: `[1,2,3]`.
    #[serde(rename = "SetMark", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 64u32))]
    #[schemars(inner(range(max = 63)))]
    pub set_mark: ::core::option::Option<::std::vec::Vec<u8>>,
    /// The new custom mark; at most 256 bytes.
    ///
    /// Wire name `CustomMark`. Optional. Limits: at most 256 bytes (UTF-8). Example: `"abcd"`.
    #[serde(rename = "CustomMark", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256u32))]
    pub custom_mark: ::core::option::Option<::std::string::String>,
}
impl MarkItem {
    ///Creates a value from its required fields (`opt_type`, `contact_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        opt_type: MarkItemOptType,
        contact_item: super::types::ContactItem,
    ) -> Self {
        Self {
            opt_type: opt_type,
            contact_item: contact_item,
            clear_mark: ::core::option::Option::None,
            set_mark: ::core::option::Option::None,
            custom_mark: ::core::option::Option::None,
        }
    }
    ///Sets `ClearMark`: Standard mark bits to clear, by number.
    #[must_use]
    pub fn clear_mark(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = u8>,
    ) -> Self {
        self.clear_mark = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `SetMark`: Standard mark bits to set, by number.
    #[must_use]
    pub fn set_mark(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = u8>,
    ) -> Self {
        self.set_mark = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `CustomMark`: The new custom mark; at most 256 bytes.
    #[must_use]
    pub fn custom_mark(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.custom_mark = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for MarkItem {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.clear_mark {
            let at = at.field("ClearMark");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(64u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_int(
                    crate::__private::AsI128::as_i128(v),
                    ::core::option::Option::None,
                    ::core::option::Option::Some(63i128),
                    &at,
                )?;
            }
        }
        if let ::core::option::Option::Some(v) = &self.set_mark {
            let at = at.field("SetMark");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(64u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_int(
                    crate::__private::AsI128::as_i128(v),
                    ::core::option::Option::None,
                    ::core::option::Option::Some(63i128),
                    &at,
                )?;
            }
        }
        if let ::core::option::Option::Some(v) = &self.custom_mark {
            let at = at.field("CustomMark");
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
/// One result per MarkItem.
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
pub struct MarkResult {
    /// The item's operation type, as sent.
    ///
    /// Wire name `OptType`. Required. Example: `3`.
    #[serde(rename = "OptType")]
    pub opt_type: u8,
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
impl MarkResult {
    ///Creates a value from its required fields (`opt_type`, `contact_item`, `result_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        opt_type: u8,
        contact_item: super::types::ContactItem,
        result_code: i64,
    ) -> Self {
        Self {
            opt_type: opt_type,
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
impl crate::Validate for MarkResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `mark_contact`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MarkContactError {
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
    /// `51006`: A conversation mark change must name between 1 and 100 conversations. MarkItem is empty or has more than 100 items.
    ConversationMarkCountInvalid,
    /// `51007`: The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.
    ConversationGroupIdLookupFailed,
    /// `51008`: The conversation group would hold more than 1,000 conversations.
    ConversationGroupTooManyConversations,
    /// `51009`: The conversation group to delete does not exist.
    ConversationGroupNotFound,
    /// `51010`: The user already has the maximum of 20 conversation groups.
    ConversationGroupLimitReached,
    /// `51011`: The conversation group name is longer than 32 bytes.
    ConversationGroupNameTooLong,
    /// `51012`: No more than 50 conversations can be pinned, and the limit cannot be raised. Listed on the page; pinning is not done by this call.
    ConversationPinLimitReached,
    /// `51013`: Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition. A standard mark change by an app not on the Ultimate edition.
    ConversationUltimateEditionRequired,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for MarkContactError {
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
            Self::ConversationMarkCountInvalid => {
                "A conversation mark change must name between 1 and 100 conversations. MarkItem is empty or has more than 100 items."
            }
            Self::ConversationPinLimitReached => {
                "No more than 50 conversations can be pinned, and the limit cannot be raised. Listed on the page; pinning is not done by this call."
            }
            Self::ConversationUltimateEditionRequired => {
                "Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition. A standard mark change by an app not on the Ultimate edition."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl MarkContactError {
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
impl ::core::fmt::Display for MarkContactError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for MarkContactRequest {
    type Response = MarkContactResponse;
    type Error = MarkContactError;
    const INFO: &'static crate::EndpointInfo = &MARK_CONTACT;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "MarkItem" => ::core::option::Option::Some(self.mark_item.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "MarkItem" => {
                ::core::option::Option::Some(Self {
                    mark_item: self.mark_item.get(items)?.to_vec(),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/recentcontact/mark_contact", "`.")]
pub static MARK_CONTACT: crate::EndpointInfo = crate::EndpointInfo {
    service: "recentcontact",
    command: "mark_contact",
    path: "v4/recentcontact/mark_contact",
    legacy_paths: &[],
    summary: "Set or clear standard and custom marks of an account's conversations.",
    docs: "https://www.tencentcloud.com/document/product/1047/53438",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 50002i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "MarkItem",
            code: 51006i64,
        },
    ],
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
            field: "MarkItem",
            max_items: 100u32,
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
    example_response: "{\"ResultItem\":[{\"ContactItem\":{\"To_Account\":\"user1\",\"Type\":1},\"OptType\":3,\"ResultCode\":0,\"ResultInfo\":\"\"}]}",
    classify_error: crate::__private::classify::<MarkContactError>,
    hooks: crate::EndpointHooks::of::<MarkContactRequest>(),
};
