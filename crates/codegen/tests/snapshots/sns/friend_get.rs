/// Read an account's friends and their data, page by page.
///
/// Answers a page of From_Account's friends, each with its standard fields (Tag_SNS_IM_*: add source, remark, friend lists, add time, ...) and custom fields (Tag_SNS_Custom_*), plus the total number of friends. Start with StartIndex 0 and send each answer's NextStartIndex until CompleteFlag is 1. StandardSequence and CustomSequence let a caller that keeps a copy skip data that did not change: when the sequence sent equals the service's, that kind of data is left out of the answer.
///
/// `POST v4/sns/friend_get`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](FriendGetError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30003` [`SnsAccountNotFound`](FriendGetError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](FriendGetError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](FriendGetError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](FriendGetError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - CompleteFlag: the table says any non-zero value ends the paging; the sample sends 1, and the paging ends on 1 (or on a page without friends). A u32 keeps any other value.
/// - The page gives no page size; the emulator answers at most 100 friends per page (its own choice).
/// - Paging copies only StartIndex from the answer: sending the sequences back with the next page would make the service leave the unchanged data out of the later pages, which is not what a caller reading the whole list wants.
/// - UserDataItem is declared optional: a page whose data is all skipped by the sequences, or an account without friends, may carry none.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34908>. Spec: `specs/sns/friend_get.json`.
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
pub struct FriendGetRequest {
    /// UserID of the account whose friends are read.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Position of the first friend of the page: 0 first, then the NextStartIndex of the previous answer.
    ///
    /// Wire name `StartIndex`. Required. Example: `0`.
    #[serde(rename = "StartIndex")]
    pub start_index: u32,
    /// The StandardSequence of an earlier answer; when it is still current, standard friend fields are left out. 0 or absent: always sent.
    ///
    /// Wire name `StandardSequence`. Optional. Example: `0`.
    #[serde(
        rename = "StandardSequence",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub standard_sequence: ::core::option::Option<u64>,
    /// The CustomSequence of an earlier answer; when it is still current, custom friend fields are left out. 0 or absent: always sent.
    ///
    /// Wire name `CustomSequence`. Optional. Example: `0`.
    #[serde(rename = "CustomSequence", default, skip_serializing_if = "Option::is_none")]
    pub custom_sequence: ::core::option::Option<u64>,
}
impl FriendGetRequest {
    ///Creates a value from its required fields (`from_account`, `start_index`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        start_index: u32,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            start_index: start_index,
            standard_sequence: ::core::option::Option::None,
            custom_sequence: ::core::option::Option::None,
        }
    }
    ///Sets `StandardSequence`: The StandardSequence of an earlier answer; when it is still current, standard friend fields are left out. 0 or absent: always sent.
    #[must_use]
    pub fn standard_sequence(mut self, value: u64) -> Self {
        self.standard_sequence = ::core::option::Option::Some(value);
        self
    }
    ///Sets `CustomSequence`: The CustomSequence of an earlier answer; when it is still current, custom friend fields are left out. 0 or absent: always sent.
    #[must_use]
    pub fn custom_sequence(mut self, value: u64) -> Self {
        self.custom_sequence = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for FriendGetRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`FriendGetRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct FriendGetResponse {
    /// The friends of this page with their fields.
    ///
    /// Wire name `UserDataItem`. May be absent. Example: `[{"To_Account":"id1","ValueItem":[{"Tag":"Tag_SNS_IM_AddSource","Value":"AddSource_Type_Android"},{"Tag":"Tag_SNS_IM_Group","Value":["Group1","Group2"]},{"Tag":"Tag_SNS_IM_AddTime","Value":1563867420}]}]`.
    #[serde(rename = "UserDataItem", default, skip_serializing_if = "Option::is_none")]
    pub user_data_item: ::core::option::Option<::std::vec::Vec<FriendData>>,
    /// The current sequence of standard friend data; send it back to skip unchanged data.
    ///
    /// Wire name `StandardSequence`. Always present. Example: `88`.
    #[serde(rename = "StandardSequence")]
    pub standard_sequence: u64,
    /// The current sequence of custom friend data; send it back to skip unchanged data.
    ///
    /// Wire name `CustomSequence`. Always present. Example: `46`.
    #[serde(rename = "CustomSequence")]
    pub custom_sequence: u64,
    /// How many friends From_Account has in all.
    ///
    /// Wire name `FriendNum`. Always present. Example: `20`.
    #[serde(rename = "FriendNum")]
    pub friend_num: u32,
    /// 1 on the last page; 0 while more friends follow.
    ///
    /// Wire name `CompleteFlag`. Always present. Example: `1`.
    #[serde(rename = "CompleteFlag")]
    pub complete_flag: u32,
    /// StartIndex of the next page (0 on the last page).
    ///
    /// Wire name `NextStartIndex`. Always present. Example: `0`.
    #[serde(rename = "NextStartIndex")]
    pub next_start_index: u32,
}
impl FriendGetResponse {
    ///Starts building from the required field `StandardSequence`; each further required field is named in turn, `FriendGetResponse::standard_sequence(..).custom_sequence(..).friend_num(..).complete_flag(..).next_start_index(..)`, which gives the value with optional fields unset.
    pub fn standard_sequence(
        standard_sequence: u64,
    ) -> FriendGetResponseNeedsCustomSequence {
        FriendGetResponseNeedsCustomSequence {
            standard_sequence: standard_sequence,
        }
    }
    ///Sets `UserDataItem`: The friends of this page with their fields.
    #[must_use]
    pub fn user_data_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = FriendData>,
    ) -> Self {
        self.user_data_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
///A value of [`FriendGetResponse`] being built: `CustomSequence` comes next (`.custom_sequence(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `FriendGetResponse` exists only once every required field is given"]
pub struct FriendGetResponseNeedsCustomSequence {
    standard_sequence: u64,
}
impl FriendGetResponseNeedsCustomSequence {
    ///Sets `CustomSequence`.
    pub fn custom_sequence(
        self,
        custom_sequence: u64,
    ) -> FriendGetResponseNeedsFriendNum {
        FriendGetResponseNeedsFriendNum {
            standard_sequence: self.standard_sequence,
            custom_sequence: custom_sequence,
        }
    }
}
///A value of [`FriendGetResponse`] being built: `FriendNum` comes next (`.friend_num(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `FriendGetResponse` exists only once every required field is given"]
pub struct FriendGetResponseNeedsFriendNum {
    standard_sequence: u64,
    custom_sequence: u64,
}
impl FriendGetResponseNeedsFriendNum {
    ///Sets `FriendNum`.
    pub fn friend_num(self, friend_num: u32) -> FriendGetResponseNeedsCompleteFlag {
        FriendGetResponseNeedsCompleteFlag {
            standard_sequence: self.standard_sequence,
            custom_sequence: self.custom_sequence,
            friend_num: friend_num,
        }
    }
}
///A value of [`FriendGetResponse`] being built: `CompleteFlag` comes next (`.complete_flag(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `FriendGetResponse` exists only once every required field is given"]
pub struct FriendGetResponseNeedsCompleteFlag {
    standard_sequence: u64,
    custom_sequence: u64,
    friend_num: u32,
}
impl FriendGetResponseNeedsCompleteFlag {
    ///Sets `CompleteFlag`.
    pub fn complete_flag(
        self,
        complete_flag: u32,
    ) -> FriendGetResponseNeedsNextStartIndex {
        FriendGetResponseNeedsNextStartIndex {
            standard_sequence: self.standard_sequence,
            custom_sequence: self.custom_sequence,
            friend_num: self.friend_num,
            complete_flag: complete_flag,
        }
    }
}
///A value of [`FriendGetResponse`] being built: `NextStartIndex` comes next (`.next_start_index(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `FriendGetResponse` exists only once every required field is given"]
pub struct FriendGetResponseNeedsNextStartIndex {
    standard_sequence: u64,
    custom_sequence: u64,
    friend_num: u32,
    complete_flag: u32,
}
impl FriendGetResponseNeedsNextStartIndex {
    ///Sets `NextStartIndex`.
    pub fn next_start_index(self, next_start_index: u32) -> FriendGetResponse {
        FriendGetResponse {
            standard_sequence: self.standard_sequence,
            custom_sequence: self.custom_sequence,
            friend_num: self.friend_num,
            complete_flag: self.complete_flag,
            next_start_index: next_start_index,
            user_data_item: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for FriendGetResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The friends of this page with their fields.
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
pub struct FriendData {
    /// UserID of the friend.
    ///
    /// Wire name `To_Account`. Required. Example: `"id1"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The friend's fields as From_Account keeps them.
    ///
    /// Wire name `ValueItem`. Optional. Limits: each item see [`SnsItem`]. Example: `[{"Tag":"Tag_SNS_IM_Remark","Value":"Remark1"}]`.
    #[serde(rename = "ValueItem", default, skip_serializing_if = "Option::is_none")]
    pub value_item: ::core::option::Option<::std::vec::Vec<super::types::SnsItem>>,
}
impl FriendData {
    ///Creates a value from its required fields (`to_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(to_account: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            to_account: to_account.into(),
            value_item: ::core::option::Option::None,
        }
    }
    ///Sets `ValueItem`: The friend's fields as From_Account keeps them.
    #[must_use]
    pub fn value_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::SnsItem>,
    ) -> Self {
        self.value_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for FriendData {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `friend_get`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FriendGetError {
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
impl crate::EndpointError for FriendGetError {
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
impl FriendGetError {
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
impl ::core::fmt::Display for FriendGetError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for FriendGetRequest {
    type Response = FriendGetResponse;
    type Error = FriendGetError;
    const INFO: &'static crate::EndpointInfo = &FRIEND_GET;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/friend_get", "`.")]
pub static FRIEND_GET: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "friend_get",
    path: "v4/sns/friend_get",
    legacy_paths: &[],
    summary: "Read an account's friends and their data, page by page.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34908",
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
    example_response: "{\"CompleteFlag\":1,\"CustomSequence\":46,\"FriendNum\":20,\"NextStartIndex\":0,\"StandardSequence\":88,\"UserDataItem\":[{\"To_Account\":\"id1\",\"ValueItem\":[{\"Tag\":\"Tag_SNS_IM_AddSource\",\"Value\":\"AddSource_Type_Android\"},{\"Tag\":\"Tag_SNS_IM_Group\",\"Value\":[\"Group1\",\"Group2\"]},{\"Tag\":\"Tag_SNS_IM_AddTime\",\"Value\":1563867420}]}]}",
    classify_error: crate::__private::classify::<FriendGetError>,
    hooks: crate::EndpointHooks::of::<FriendGetRequest>(),
};
///Pages through `v4/sns/friend_get`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for FriendGetRequest {
    type Item = FriendData;
    fn next_page(
        &self,
        response: &FriendGetResponse,
        _received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        let items = <Self as crate::Paged>::page_len(response) as u64;
        if crate::__private::wire_equals(&response.complete_flag, "1") || items == 0 {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            next.start_index = ::core::clone::Clone::clone(&response.next_start_index);
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
    fn page_len(response: &FriendGetResponse) -> usize {
        response.user_data_item.as_ref().map_or(0, ::std::vec::Vec::len)
    }
    fn into_items(response: FriendGetResponse) -> ::std::vec::Vec<Self::Item> {
        response.user_data_item.unwrap_or_default()
    }
}
