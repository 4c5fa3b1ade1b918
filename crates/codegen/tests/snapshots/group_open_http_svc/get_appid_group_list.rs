/// List the IDs of the app's groups, up to 10,000 per call, optionally of one type.
///
/// Answers the IDs of the app's groups, at most Limit (10,000 at most, the default) per call, and the total number of groups (of GroupType, when given) whatever the page. Page with Next: 0 first, then each answer's Next, until an answer's Next is 0.
///
/// `POST v4/group_open_http_svc/get_appid_group_list`: at most 1 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetAppidGroupListError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](GetAppidGroupListError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. For example an unknown GroupType.
/// - `10007` [`GroupPermissionDenied`](GetAppidGroupListError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin.
/// - `10018` [`GroupResponseTooLarge`](GetAppidGroupListError::GroupResponseTooLarge): The answer would exceed the 1 MB response limit; request less data per call. The answer would exceed 1 MB; ask for fewer IDs with Limit.
///
/// # Notes on the documentation
///
/// - Read only, hence safe to repeat.
/// - The rate limit is 1 call per second, far below the 200 of the other group calls.
/// - GroupIdList is described as a list of IDs but its items are objects with a GroupId (the shared GroupIdItem). TotalCount's description speaks of Limit and Offset, while the call pages with Next.
/// - Next is sent as a JSON number; the sample's 4454685361 exceeds 32 bits, hence u64.
/// - GroupType may also name BChatRoom, a legacy type; GroupType is the closed list of the five current types, so such a request cannot be written with this binding. The page does not document 10003 or 10010 here; neither is listed.
/// - Limit's lower bound of 1 is stated here, not documented: a page of none would not advance.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34960>. Spec: `specs/group_open_http_svc/get_appid_group_list.json`.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    crate::__private::serde::Serialize,
    crate::__private::OutboundDeserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct GetAppidGroupListRequest {
    /// The most group IDs in one answer; 10,000 when absent.
    ///
    /// Wire name `Limit`. Optional. Limits: at least 1; at most 10000. The service assumes `10000` when absent. Example: `1000`.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 10000))]
    pub limit: ::core::option::Option<u32>,
    /// The paging cursor: 0 first, then the Next of the previous answer.
    ///
    /// Wire name `Next`. Optional. The service assumes `0` when absent. Example: `0`.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: ::core::option::Option<u64>,
    /// List only groups of this type; every type when absent.
    ///
    /// Wire name `GroupType`. Optional. Limits: see [`GroupType`]. Example: `"Public"`.
    #[serde(rename = "GroupType", default, skip_serializing_if = "Option::is_none")]
    pub group_type: ::core::option::Option<super::types::GroupType>,
}
impl GetAppidGroupListRequest {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            limit: ::core::option::Option::None,
            next: ::core::option::Option::None,
            group_type: ::core::option::Option::None,
        }
    }
    ///Sets `Limit`: The most group IDs in one answer; 10,000 when absent.
    #[must_use]
    pub fn limit(mut self, value: u32) -> Self {
        self.limit = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Next`: The paging cursor: 0 first, then the Next of the previous answer.
    #[must_use]
    pub fn next(mut self, value: u64) -> Self {
        self.next = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupType`: List only groups of this type; every type when absent.
    #[must_use]
    pub fn group_type(mut self, value: super::types::GroupType) -> Self {
        self.group_type = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for GetAppidGroupListRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.limit {
            let at = at.field("Limit");
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::Some(1i128),
                ::core::option::Option::Some(10000i128),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetAppidGroupListRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetAppidGroupListResponse {
    /// How many groups the app has (of GroupType, when given), whatever Limit and Next.
    ///
    /// Wire name `TotalCount`. Always present. Example: `2`.
    #[serde(rename = "TotalCount")]
    pub total_count: u32,
    /// The group IDs of this page.
    ///
    /// Wire name `GroupIdList`. Always present. Limits: at most 10000 items; each item see [`GroupIdItem`]. Example: `[{"GroupId":"@TGS#2J4SZEAEL"},{"GroupId":"@TGS#2C5SZEAEF"}]`.
    #[serde(rename = "GroupIdList")]
    #[schemars(length(max = 10000u32))]
    pub group_id_list: ::std::vec::Vec<super::types::GroupIdItem>,
    /// The cursor of the next page; 0 when every group has been listed.
    ///
    /// Wire name `Next`. Always present. Example: `4454685361`.
    #[serde(rename = "Next")]
    pub next: u64,
}
impl GetAppidGroupListResponse {
    ///Creates a value from its required fields (`total_count`, `group_id_list`, `next`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        total_count: u32,
        group_id_list: impl ::core::iter::IntoIterator<Item = super::types::GroupIdItem>,
        next: u64,
    ) -> Self {
        Self {
            total_count: total_count,
            group_id_list: group_id_list.into_iter().collect(),
            next: next,
        }
    }
}
impl crate::Validate for GetAppidGroupListResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupIdList");
            let v = &self.group_id_list;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(10000u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_appid_group_list`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetAppidGroupListError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. For example an unknown GroupType.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin.
    GroupPermissionDenied,
    /// `10018`: The answer would exceed the 1 MB response limit; request less data per call. The answer would exceed 1 MB; ask for fewer IDs with Limit.
    GroupResponseTooLarge,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetAppidGroupListError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10018i64 => Self::GroupResponseTooLarge,
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
            Self::GroupInvalidParameter => {
                "A group request parameter is invalid; fix it using the error message as a hint. For example an unknown GroupType."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin."
            }
            Self::GroupResponseTooLarge => {
                "The answer would exceed the 1 MB response limit; request less data per call. The answer would exceed 1 MB; ask for fewer IDs with Limit."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetAppidGroupListError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupResponseTooLarge => super::ErrorCode::GroupResponseTooLarge,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetAppidGroupListError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetAppidGroupListRequest {
    type Response = GetAppidGroupListResponse;
    type Error = GetAppidGroupListError;
    const INFO: &'static crate::EndpointInfo = &GET_APPID_GROUP_LIST;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_appid_group_list", "`."
)]
pub static GET_APPID_GROUP_LIST: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_appid_group_list",
    path: "v4/group_open_http_svc/get_appid_group_list",
    legacy_paths: &[],
    summary: "List the IDs of the app's groups, up to 10,000 per call, optionally of one type.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34960",
    rate_limit_per_second: 1u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 10002i64,
            name: "GroupInternalError",
            description: "The group service failed internally; send the request again.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10004i64,
            name: "GroupInvalidParameter",
            description: "A group request parameter is invalid; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10007i64,
            name: "GroupPermissionDenied",
            description: "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10018i64,
            name: "GroupResponseTooLarge",
            description: "The answer would exceed the 1 MB response limit; request less data per call.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[],
    facts: &[],
    example_response: "{\"GroupIdList\":[{\"GroupId\":\"@TGS#2J4SZEAEL\"},{\"GroupId\":\"@TGS#2C5SZEAEF\"}],\"Next\":4454685361,\"TotalCount\":2}",
    classify_error: crate::__private::classify::<GetAppidGroupListError>,
    hooks: crate::EndpointHooks::of::<GetAppidGroupListRequest>(),
};
///Pages through `v4/group_open_http_svc/get_appid_group_list`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for GetAppidGroupListRequest {
    type Item = super::types::GroupIdItem;
    fn next_page(
        &self,
        response: &GetAppidGroupListResponse,
        _received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        let items = <Self as crate::Paged>::page_len(response) as u64;
        if crate::__private::wire_equals(&response.next, "0") || items == 0 {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            next.next = ::core::option::Option::Some(
                ::core::clone::Clone::clone(&response.next),
            );
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
    fn page_len(response: &GetAppidGroupListResponse) -> usize {
        response.group_id_list.len()
    }
    fn into_items(response: GetAppidGroupListResponse) -> ::std::vec::Vec<Self::Item> {
        response.group_id_list
    }
}
