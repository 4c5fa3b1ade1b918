/// Read an account's blocklist, page by page.
///
/// Answers up to MaxLimited blocked accounts of From_Account, with when each was blocked, starting at StartIndex. The answer's StartIndex is where the next page starts; 0 means the whole list was read. CurruentSequence (spelt so on the wire) is the list's current sequence.
///
/// `POST v4/sns/black_list_get`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](BlackListGetError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30003` [`SnsAccountNotFound`](BlackListGetError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](BlackListGetError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](BlackListGetError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](BlackListGetError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - CurruentSequence is misspelt on the wire (table and sample agree) while sns/group_* answer CurrentSequence; the wire spelling is kept and the Rust name is current_sequence.
/// - The sample request sends LastSequence 12 while the table says REST callers send 0; both are accepted.
/// - MaxLimited has no documented maximum; 0 would ask for an empty page, so the spec requires at least 1.
/// - BlackListItem is declared optional: an empty blocklist may come without it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34914>. Spec: `specs/sns/black_list_get.json`.
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
pub struct BlackListGetRequest {
    /// UserID of the account whose blocklist is read.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Position of the first entry of the page: 0 first, then the StartIndex of the previous answer.
    ///
    /// Wire name `StartIndex`. Required. Example: `0`.
    #[serde(rename = "StartIndex")]
    pub start_index: u32,
    /// The most entries in one page.
    ///
    /// Wire name `MaxLimited`. Required. Limits: at least 1. Example: `30`.
    #[serde(rename = "MaxLimited")]
    #[schemars(range(min = 1))]
    pub max_limited: u32,
    /// The list sequence of the previous read by a client; REST callers send 0.
    ///
    /// Wire name `LastSequence`. Required. Example: `0`.
    #[serde(rename = "LastSequence")]
    pub last_sequence: u64,
}
impl BlackListGetRequest {
    ///Starts building from the required field `From_Account`; each further required field is named in turn, `BlackListGetRequest::from_account(..).start_index(..).max_limited(..).last_sequence(..)`, which gives the value with optional fields unset.
    pub fn from_account(
        from_account: impl ::core::convert::Into<::std::string::String>,
    ) -> BlackListGetRequestNeedsStartIndex {
        BlackListGetRequestNeedsStartIndex {
            from_account: from_account.into(),
        }
    }
}
///A value of [`BlackListGetRequest`] being built: `StartIndex` comes next (`.start_index(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `BlackListGetRequest` exists only once every required field is given"]
pub struct BlackListGetRequestNeedsStartIndex {
    from_account: ::std::string::String,
}
impl BlackListGetRequestNeedsStartIndex {
    ///Sets `StartIndex`.
    pub fn start_index(self, start_index: u32) -> BlackListGetRequestNeedsMaxLimited {
        BlackListGetRequestNeedsMaxLimited {
            from_account: self.from_account,
            start_index: start_index,
        }
    }
}
///A value of [`BlackListGetRequest`] being built: `MaxLimited` comes next (`.max_limited(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `BlackListGetRequest` exists only once every required field is given"]
pub struct BlackListGetRequestNeedsMaxLimited {
    from_account: ::std::string::String,
    start_index: u32,
}
impl BlackListGetRequestNeedsMaxLimited {
    ///Sets `MaxLimited`.
    pub fn max_limited(self, max_limited: u32) -> BlackListGetRequestNeedsLastSequence {
        BlackListGetRequestNeedsLastSequence {
            from_account: self.from_account,
            start_index: self.start_index,
            max_limited: max_limited,
        }
    }
}
///A value of [`BlackListGetRequest`] being built: `LastSequence` comes next (`.last_sequence(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `BlackListGetRequest` exists only once every required field is given"]
pub struct BlackListGetRequestNeedsLastSequence {
    from_account: ::std::string::String,
    start_index: u32,
    max_limited: u32,
}
impl BlackListGetRequestNeedsLastSequence {
    ///Sets `LastSequence`.
    pub fn last_sequence(self, last_sequence: u64) -> BlackListGetRequest {
        BlackListGetRequest {
            from_account: self.from_account,
            start_index: self.start_index,
            max_limited: self.max_limited,
            last_sequence: last_sequence,
        }
    }
}
impl crate::Validate for BlackListGetRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MaxLimited");
            let v = &self.max_limited;
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::Some(1i128),
                ::core::option::Option::None,
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`BlackListGetRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct BlackListGetResponse {
    /// The blocked accounts of this page.
    ///
    /// Wire name `BlackListItem`. May be absent. Example: `[{"AddBlackTimeStamp":1430000001,"To_Account":"id1"}]`.
    #[serde(rename = "BlackListItem", default, skip_serializing_if = "Option::is_none")]
    pub black_list_item: ::core::option::Option<::std::vec::Vec<BlockedAccount>>,
    /// StartIndex of the next page; 0 when the whole list was read.
    ///
    /// Wire name `StartIndex`. Always present. Example: `0`.
    #[serde(rename = "StartIndex")]
    pub start_index: u32,
    /// The blocklist's current sequence (the wire name is misspelt).
    ///
    /// Wire name `CurruentSequence`. Always present. Example: `13`.
    #[serde(rename = "CurruentSequence")]
    pub current_sequence: u64,
}
impl BlackListGetResponse {
    ///Creates a value from its required fields (`start_index`, `current_sequence`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(start_index: u32, current_sequence: u64) -> Self {
        Self {
            start_index: start_index,
            current_sequence: current_sequence,
            black_list_item: ::core::option::Option::None,
        }
    }
    ///Sets `BlackListItem`: The blocked accounts of this page.
    #[must_use]
    pub fn black_list_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = BlockedAccount>,
    ) -> Self {
        self.black_list_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for BlackListGetResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The blocked accounts of this page.
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
pub struct BlockedAccount {
    /// UserID of the blocked account.
    ///
    /// Wire name `To_Account`. Required. Example: `"id1"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// When it was blocked.
    ///
    /// Wire name `AddBlackTimeStamp`. Required. Limits: see [`UnixTime`]. Example: `1430000001`.
    #[serde(rename = "AddBlackTimeStamp")]
    pub add_black_time_stamp: super::types::UnixTime,
}
impl BlockedAccount {
    ///Creates a value from its required fields (`to_account`, `add_black_time_stamp`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::convert::Into<::std::string::String>,
        add_black_time_stamp: super::types::UnixTime,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            add_black_time_stamp: add_black_time_stamp,
        }
    }
}
impl crate::Validate for BlockedAccount {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `black_list_get`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlackListGetError {
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
impl crate::EndpointError for BlackListGetError {
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
impl BlackListGetError {
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
impl ::core::fmt::Display for BlackListGetError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for BlackListGetRequest {
    type Response = BlackListGetResponse;
    type Error = BlackListGetError;
    const INFO: &'static crate::EndpointInfo = &BLACK_LIST_GET;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/black_list_get", "`.")]
pub static BLACK_LIST_GET: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "black_list_get",
    path: "v4/sns/black_list_get",
    legacy_paths: &[],
    summary: "Read an account's blocklist, page by page.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34914",
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
    example_response: "{\"BlackListItem\":[{\"AddBlackTimeStamp\":1430000001,\"To_Account\":\"id1\"}],\"CurruentSequence\":13,\"StartIndex\":0}",
    classify_error: crate::__private::classify::<BlackListGetError>,
    hooks: crate::EndpointHooks::of::<BlackListGetRequest>(),
};
///Pages through `v4/sns/black_list_get`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for BlackListGetRequest {
    type Item = BlockedAccount;
    fn next_page(
        &self,
        response: &BlackListGetResponse,
        _received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        let items = <Self as crate::Paged>::page_len(response) as u64;
        if crate::__private::wire_equals(&response.start_index, "0") || items == 0 {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            next.start_index = ::core::clone::Clone::clone(&response.start_index);
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
    fn page_len(response: &BlackListGetResponse) -> usize {
        response.black_list_item.as_ref().map_or(0, ::std::vec::Vec::len)
    }
    fn into_items(response: BlackListGetResponse) -> ::std::vec::Vec<Self::Item> {
        response.black_list_item.unwrap_or_default()
    }
}
