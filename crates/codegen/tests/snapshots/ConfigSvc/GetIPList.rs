/// List the service's IP addresses, for firewall allowlists.
///
/// Answers the IP addresses and CIDR ranges of the service: those the SDKs connect to and the egress addresses webhook requests come from, so that an app can put them on its allowlists. The request body is empty.
///
/// `POST v4/ConfigSvc/GetIPList`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `60002`.
/// # Notes on the documentation
///
/// - The page documents an extra query parameter, nettype (0: every address; 1/2: native SDK addresses inside/outside China; 3/4: web SDK addresses inside/outside China; 5/6: webhook egress addresses inside/outside China). The spec format has no per-endpoint query parameters, so the client cannot send it yet and the service answers its default list. Open work for the envelope format.
/// - The page lists no error codes of its own, only the public ones; invalid_request is the public 60002 (malformed request), since the call takes no fields that could break a limit.
/// - The sample carries ActionStatus, which the response table leaves out, and the table lists ErrorInfo, which the sample leaves out; the envelope handles both.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/36742>. Spec: `specs/ConfigSvc/GetIPList.json`.
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
pub struct GetIpListRequest {}
impl GetIpListRequest {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for GetIpListRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetIpListRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetIpListResponse {
    /// IPv4 addresses and CIDR ranges ("183.192.202.0/25").
    ///
    /// Wire name `IPList`. Always present. Example: `["127.0.0.2","183.192.202.0/25"]`.
    #[serde(rename = "IPList")]
    pub ip_list: ::std::vec::Vec<::std::string::String>,
}
impl GetIpListResponse {
    ///Creates a value from its required fields (`ip_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ip_list: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            ip_list: ip_list.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
impl crate::Validate for GetIpListResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `GetIPList`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetIpListError {
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetIpListError {
    fn from_code(code: i64) -> Self {
        match code {
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
impl GetIpListError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetIpListError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetIpListRequest {
    type Response = GetIpListResponse;
    type Error = GetIpListError;
    const INFO: &'static crate::EndpointInfo = &GET_IP_LIST;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/ConfigSvc/GetIPList", "`.")]
pub static GET_IP_LIST: crate::EndpointInfo = crate::EndpointInfo {
    service: "ConfigSvc",
    command: "GetIPList",
    path: "v4/ConfigSvc/GetIPList",
    legacy_paths: &[],
    summary: "List the service's IP addresses, for firewall allowlists.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/36742",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 60002i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[],
    batch_fields: &[],
    references: &[],
    facts: &[],
    example_response: "{\"IPList\":[\"127.0.0.2\",\"183.192.202.0/25\"]}",
    classify_error: crate::__private::classify::<GetIpListError>,
    hooks: crate::EndpointHooks::of::<GetIpListRequest>(),
};
