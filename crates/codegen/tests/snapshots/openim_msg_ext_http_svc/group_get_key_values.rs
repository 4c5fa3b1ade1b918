/// Read the key/value extensions of a group message.
///
/// Returns the extensions of the group message with sequence number MsgSeq, from StartSeq on, with the versions a client needs to bring its copy up to date (LatestSeq, ClearSeq).
///
/// `POST v4/openim_msg_ext_http_svc/group_get_key_values`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GroupGetKeyValuesError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10004` [`GroupInvalidParameter`](GroupGetKeyValuesError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. Also the answer for a group that does not exist (the page lists no group code).
/// - `10008` [`GroupRequestNotVerified`](GroupGetKeyValuesError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `23004` [`MsgExtensionMsgNotFound`](GroupGetKeyValuesError::MsgExtensionMsgNotFound): The message whose extensions were asked for does not exist. The group has no message with this MsgSeq.
///
/// # Notes on the documentation
///
/// - The page describes paging by StartSeq (at most 200 pairs per answer, CompleteFlag 0 when more remain) but the answer carries no cursor for the next StartSeq other than the Seq of its last pair; the spec has no paging key, and callers continue with the last Seq plus one.
/// - The page lists 10008 (the app is not on the Ultimate edition), which applies to every call of the message-extension service.
/// - Safe to repeat: the call only reads.
/// - The page of the docs snapshot has no group-type table and no code for a group that does not exist; the invalid-parameter code 10004 is taken for it. The published page (newer than the snapshot) adds a table that refuses AVChatRoom and Community groups without naming the code; the spec does not declare group_types until that code is known, and the emulator serves every group type.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/52169>. Spec: `specs/openim_msg_ext_http_svc/group_get_key_values.json`.
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
pub struct GroupGetKeyValuesRequest {
    /// The group of the message.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#1YMVAB3IZ"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The message's sequence number in the group.
    ///
    /// Wire name `MsgSeq`. Required. Example: `158`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// Return only pairs whose Seq is at least this.
    ///
    /// Wire name `StartSeq`. Optional. Example: `2`.
    #[serde(rename = "StartSeq", default, skip_serializing_if = "Option::is_none")]
    pub start_seq: ::core::option::Option<u64>,
}
impl GroupGetKeyValuesRequest {
    ///Creates a value from its required fields (`group_id`, `msg_seq`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        msg_seq: u64,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq: msg_seq,
            start_seq: ::core::option::Option::None,
        }
    }
    ///Sets `StartSeq`: Return only pairs whose Seq is at least this.
    #[must_use]
    pub fn start_seq(mut self, value: u64) -> Self {
        self.start_seq = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for GroupGetKeyValuesRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GroupGetKeyValuesRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GroupGetKeyValuesResponse {
    /// The pairs with Seq at least StartSeq, by ascending Seq; at most 200 per answer.
    ///
    /// Wire name `ExtensionList`. May be absent. Limits: each item see [`MsgExtension`]. Example: `[{"Key":"key1","Seq":1,"Value":"1"},{"Key":"key2","Seq":1,"Value":"2"},{"Key":"key3","Seq":2,"Value":"3"}]`.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    pub extension_list: ::core::option::Option<
        ::std::vec::Vec<super::types::MsgExtension>,
    >,
    /// Whether every pair was returned (0: ask again with a higher StartSeq).
    ///
    /// Wire name `CompleteFlag`. Always present. Limits: see [`YesNo`]. Example: `1`.
    #[serde(rename = "CompleteFlag")]
    pub complete_flag: super::types::YesNo,
    /// The highest Seq among the message's pairs.
    ///
    /// Wire name `LatestSeq`. Always present. Example: `2`.
    #[serde(rename = "LatestSeq")]
    pub latest_seq: u64,
    /// The Seq of the last clearing: clients drop every pair they hold with a Seq at or below it.
    ///
    /// Wire name `ClearSeq`. Always present. Example: `0`.
    #[serde(rename = "ClearSeq")]
    pub clear_seq: u64,
}
impl GroupGetKeyValuesResponse {
    ///Starts building from the required field `CompleteFlag`; each further required field is named in turn, `GroupGetKeyValuesResponse::complete_flag(..).latest_seq(..).clear_seq(..)`, which gives the value with optional fields unset.
    pub fn complete_flag(
        complete_flag: super::types::YesNo,
    ) -> GroupGetKeyValuesResponseNeedsLatestSeq {
        GroupGetKeyValuesResponseNeedsLatestSeq {
            complete_flag: complete_flag,
        }
    }
    ///Sets `ExtensionList`: The pairs with Seq at least StartSeq, by ascending Seq; at most 200 per answer.
    #[must_use]
    pub fn extension_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::MsgExtension>,
    ) -> Self {
        self.extension_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
///A value of [`GroupGetKeyValuesResponse`] being built: `LatestSeq` comes next (`.latest_seq(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GroupGetKeyValuesResponse` exists only once every required field is given"]
pub struct GroupGetKeyValuesResponseNeedsLatestSeq {
    complete_flag: super::types::YesNo,
}
impl GroupGetKeyValuesResponseNeedsLatestSeq {
    ///Sets `LatestSeq`.
    pub fn latest_seq(self, latest_seq: u64) -> GroupGetKeyValuesResponseNeedsClearSeq {
        GroupGetKeyValuesResponseNeedsClearSeq {
            complete_flag: self.complete_flag,
            latest_seq: latest_seq,
        }
    }
}
///A value of [`GroupGetKeyValuesResponse`] being built: `ClearSeq` comes next (`.clear_seq(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GroupGetKeyValuesResponse` exists only once every required field is given"]
pub struct GroupGetKeyValuesResponseNeedsClearSeq {
    complete_flag: super::types::YesNo,
    latest_seq: u64,
}
impl GroupGetKeyValuesResponseNeedsClearSeq {
    ///Sets `ClearSeq`.
    pub fn clear_seq(self, clear_seq: u64) -> GroupGetKeyValuesResponse {
        GroupGetKeyValuesResponse {
            complete_flag: self.complete_flag,
            latest_seq: self.latest_seq,
            clear_seq: clear_seq,
            extension_list: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for GroupGetKeyValuesResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.extension_list {
            let at = at.field("ExtensionList");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::None,
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
///The error codes of `group_get_key_values`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupGetKeyValuesError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. Also the answer for a group that does not exist (the page lists no group code).
    GroupInvalidParameter,
    /// `10008`: The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
    GroupRequestNotVerified,
    /// `23004`: The message whose extensions were asked for does not exist. The group has no message with this MsgSeq.
    MsgExtensionMsgNotFound,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GroupGetKeyValuesError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10004i64 => Self::GroupInvalidParameter,
            10008i64 => Self::GroupRequestNotVerified,
            23004i64 => Self::MsgExtensionMsgNotFound,
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
                "A group request parameter is invalid; fix it using the error message as a hint. Also the answer for a group that does not exist (the page lists no group code)."
            }
            Self::MsgExtensionMsgNotFound => {
                "The message whose extensions were asked for does not exist. The group has no message with this MsgSeq."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GroupGetKeyValuesError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupRequestNotVerified => super::ErrorCode::GroupRequestNotVerified,
            Self::MsgExtensionMsgNotFound => super::ErrorCode::MsgExtensionMsgNotFound,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GroupGetKeyValuesError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GroupGetKeyValuesRequest {
    type Response = GroupGetKeyValuesResponse;
    type Error = GroupGetKeyValuesError;
    const INFO: &'static crate::EndpointInfo = &GROUP_GET_KEY_VALUES;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `group_get_key_values`: An answer carries at most 200 pairs; CompleteFlag 0 says more remain from the Seq after its last pair. Unit: pairs.
pub const GROUP_GET_KEY_VALUES_PAGE_SIZE: i64 = 200i64;
#[doc = concat!(
    "Metadata and hooks of `", "v4/openim_msg_ext_http_svc/group_get_key_values", "`."
)]
pub static GROUP_GET_KEY_VALUES: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim_msg_ext_http_svc",
    command: "group_get_key_values",
    path: "v4/openim_msg_ext_http_svc/group_get_key_values",
    legacy_paths: &[],
    summary: "Read the key/value extensions of a group message.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/52169",
    rate_limit_per_second: 200u32,
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
            code: 10008i64,
            name: "GroupRequestNotVerified",
            description: "The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists.",
            retry: crate::Retryability::Refused,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 23004i64,
            name: "MsgExtensionMsgNotFound",
            description: "The message whose extensions were asked for does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[
        crate::Fact {
            name: "page_size",
            value: crate::FactValue::Integer(200i64),
            unit: ::core::option::Option::Some("pairs"),
            source: "An answer carries at most 200 pairs; CompleteFlag 0 says more remain from the Seq after its last pair.",
        },
    ],
    example_response: "{\"ClearSeq\":0,\"CompleteFlag\":1,\"ExtensionList\":[{\"Key\":\"key1\",\"Seq\":1,\"Value\":\"1\"},{\"Key\":\"key2\",\"Seq\":1,\"Value\":\"2\"},{\"Key\":\"key3\",\"Seq\":2,\"Value\":\"3\"}],\"LatestSeq\":2}",
    classify_error: crate::__private::classify::<GroupGetKeyValuesError>,
    hooks: crate::EndpointHooks::of::<GroupGetKeyValuesRequest>(),
};
