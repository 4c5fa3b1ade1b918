/// Delete topics of a community.
///
/// Deletes the listed topics of a topic-enabled community, for good: their messages go with them. The answer has one result per topic: ErrorCode 0 when it was deleted, 110003 when it did not exist (any more), another code when it failed.
///
/// `POST v4/million_group_open_http_svc/destroy_topic`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 11000. Topics exist only in communities; the page gives no code, 11000 (no topic feature for this group) is assumed. |
/// | `ChatRoom` | no: the service answers 11000. Topics exist only in communities; the page gives no code, 11000 (no topic feature for this group) is assumed. |
/// | `Community` | yes. Only communities created with topics enabled (SupportTopic); others get 11000. |
/// | `Private` | no: the service answers 11000. Topics exist only in communities; the page gives no code, 11000 (no topic feature for this group) is assumed. |
/// | `Public` | no: the service answers 11000. Topics exist only in communities; the page gives no code, 11000 (no topic feature for this group) is assumed. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](DestroyTopicError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](DestroyTopicError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](DestroyTopicError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10006` [`GroupRateLimited`](DestroyTopicError::GroupRateLimited): Group operations are being called too often; slow down and retry later. Retryable: the service refused the call before acting on it.
/// - `10007` [`GroupPermissionDenied`](DestroyTopicError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10008` [`GroupRequestNotVerified`](DestroyTopicError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `10015` [`GroupInvalidGroupId`](DestroyTopicError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed. The group does not exist: this page lists no 10010.
/// - `10021` [`GroupIdInUse`](DestroyTopicError::GroupIdInUse): Another group already uses this group ID; choose a different one. Listed by the page (copied from the group pages).
/// - `10025` [`GroupIdOwnedByOperator`](DestroyTopicError::GroupIdOwnedByOperator): The group ID is taken by a group the operator already owns, so that group can be used as is. Listed by the page (copied from the group pages).
/// - `11000` [`CommunityNotEnabled`](DestroyTopicError::CommunityNotEnabled): Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
/// - `110002` [`TopicDeleteFailed`](DestroyTopicError::TopicDeleteFailed): The topic could not be deleted; the ErrorInfo says why. A topic could not be deleted; also answered per topic.
/// - `110003` [`TopicAlreadyDeleted`](DestroyTopicError::TopicAlreadyDeleted): The topic does not exist any more: it was deleted. A topic did not exist any more; answered per topic in DestroyResultItem.
///
/// # Webhooks
///
/// - [`Group.CallbackAfterTopicDestroyed`](https://intl.cloud.tencent.com/document/product/1047/49465)
///
/// # Notes on the documentation
///
/// - Irrevocable: the page says a deleted topic cannot be recovered. Not safe to repeat: a repeat after a timeout reports 110003 for topics the first call did delete.
/// - The item fields of DestroyResultItem (ErrorCode, ErrorInfo, TopicId) appear only in the sample.
/// - The page gives no limit on the number of topics in TopicIdList; none is stated. The list is not atomic (a split only deletes the topics in several calls), but without a maximum the client never splits it.
/// - The error table lists no 10010; a missing community is taken to answer 10015. 10021 and 10025 are about group IDs and seem copied from the group pages.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/49470>. Spec: `specs/million_group_open_http_svc/destroy_topic.json`.
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
pub struct DestroyTopicRequest {
    /// ID of the community whose topics are deleted.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#_@TGS#cQVLVHIM62CJ"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The IDs of the topics to delete.
    ///
    /// Wire name `TopicIdList`. Required. Example: `["@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic","@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1"]`.
    #[serde(rename = "TopicIdList")]
    pub topic_id_list: ::std::vec::Vec<::std::string::String>,
}
impl DestroyTopicRequest {
    ///Creates a value from its required fields (`group_id`, `topic_id_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        topic_id_list: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            topic_id_list: topic_id_list
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
        }
    }
}
impl crate::Validate for DestroyTopicRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`DestroyTopicRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct DestroyTopicResponse {
    /// One result per topic of the request.
    ///
    /// Wire name `DestroyResultItem`. May be absent. Example: `[{"ErrorCode":0,"ErrorInfo":"ok","TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"},{"ErrorCode":0,"ErrorInfo":"ok","TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1"}]`.
    #[serde(
        rename = "DestroyResultItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destroy_result_item: ::core::option::Option<::std::vec::Vec<TopicDestroyResult>>,
}
impl DestroyTopicResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            destroy_result_item: ::core::option::Option::None,
        }
    }
    ///Sets `DestroyResultItem`: One result per topic of the request.
    #[must_use]
    pub fn destroy_result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = TopicDestroyResult>,
    ) -> Self {
        self.destroy_result_item = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for DestroyTopicResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One result per topic of the request.
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
pub struct TopicDestroyResult {
    /// The result for this topic: 0 when deleted, else the error code (110003: it does not exist).
    ///
    /// Wire name `ErrorCode`. Required. Example: `0`.
    #[serde(rename = "ErrorCode")]
    pub error_code: i64,
    /// The service's explanation of this topic's ErrorCode.
    ///
    /// Wire name `ErrorInfo`. Optional. Example: `"ok"`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: ::core::option::Option<::std::string::String>,
    /// The topic this result is about.
    ///
    /// Wire name `TopicId`. Required. Example: `"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"`.
    #[serde(rename = "TopicId")]
    pub topic_id: ::std::string::String,
}
impl TopicDestroyResult {
    ///Creates a value from its required fields (`error_code`, `topic_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        error_code: i64,
        topic_id: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            error_code: error_code,
            topic_id: topic_id.into(),
            error_info: ::core::option::Option::None,
        }
    }
    ///Sets `ErrorInfo`: The service's explanation of this topic's ErrorCode.
    #[must_use]
    pub fn error_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_info = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for TopicDestroyResult {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `destroy_topic`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DestroyTopicError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10006`: Group operations are being called too often; slow down and retry later. Retryable: the service refused the call before acting on it.
    GroupRateLimited,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
    GroupPermissionDenied,
    /// `10008`: The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
    GroupRequestNotVerified,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed. The group does not exist: this page lists no 10010.
    GroupInvalidGroupId,
    /// `10021`: Another group already uses this group ID; choose a different one. Listed by the page (copied from the group pages).
    GroupIdInUse,
    /// `10025`: The group ID is taken by a group the operator already owns, so that group can be used as is. Listed by the page (copied from the group pages).
    GroupIdOwnedByOperator,
    /// `11000`: Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
    CommunityNotEnabled,
    /// `110002`: The topic could not be deleted; the ErrorInfo says why. A topic could not be deleted; also answered per topic.
    TopicDeleteFailed,
    /// `110003`: The topic does not exist any more: it was deleted. A topic did not exist any more; answered per topic in DestroyResultItem.
    TopicAlreadyDeleted,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for DestroyTopicError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10006i64 => Self::GroupRateLimited,
            10007i64 => Self::GroupPermissionDenied,
            10008i64 => Self::GroupRequestNotVerified,
            10015i64 => Self::GroupInvalidGroupId,
            10021i64 => Self::GroupIdInUse,
            10025i64 => Self::GroupIdOwnedByOperator,
            11000i64 => Self::CommunityNotEnabled,
            110002i64 => Self::TopicDeleteFailed,
            110003i64 => Self::TopicAlreadyDeleted,
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
            Self::GroupInvalidGroupId => {
                "The group ID is invalid, meaning the group does not exist or was dismissed. The group does not exist: this page lists no 10010."
            }
            Self::GroupIdInUse => {
                "Another group already uses this group ID; choose a different one. Listed by the page (copied from the group pages)."
            }
            Self::GroupIdOwnedByOperator => {
                "The group ID is taken by a group the operator already owns, so that group can be used as is. Listed by the page (copied from the group pages)."
            }
            Self::CommunityNotEnabled => {
                "Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature."
            }
            Self::TopicDeleteFailed => {
                "The topic could not be deleted; the ErrorInfo says why. A topic could not be deleted; also answered per topic."
            }
            Self::TopicAlreadyDeleted => {
                "The topic does not exist any more: it was deleted. A topic did not exist any more; answered per topic in DestroyResultItem."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl DestroyTopicError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupRateLimited => super::ErrorCode::GroupRateLimited,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupRequestNotVerified => super::ErrorCode::GroupRequestNotVerified,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupIdInUse => super::ErrorCode::GroupIdInUse,
            Self::GroupIdOwnedByOperator => super::ErrorCode::GroupIdOwnedByOperator,
            Self::CommunityNotEnabled => super::ErrorCode::CommunityNotEnabled,
            Self::TopicDeleteFailed => super::ErrorCode::TopicDeleteFailed,
            Self::TopicAlreadyDeleted => super::ErrorCode::TopicAlreadyDeleted,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for DestroyTopicError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for DestroyTopicRequest {
    type Response = DestroyTopicResponse;
    type Error = DestroyTopicError;
    const INFO: &'static crate::EndpointInfo = &DESTROY_TOPIC;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/million_group_open_http_svc/destroy_topic", "`."
)]
pub static DESTROY_TOPIC: crate::EndpointInfo = crate::EndpointInfo {
    service: "million_group_open_http_svc",
    command: "destroy_topic",
    path: "v4/million_group_open_http_svc/destroy_topic",
    legacy_paths: &[],
    summary: "Delete topics of a community.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/49470",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: true,
    safe_to_repeat: false,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::Some(
        &[
            crate::GroupTypeRule {
                group_type: "AVChatRoom",
                support: crate::GroupTypeSupport::Error(11000i64),
            },
            crate::GroupTypeRule {
                group_type: "ChatRoom",
                support: crate::GroupTypeSupport::Error(11000i64),
            },
            crate::GroupTypeRule {
                group_type: "Community",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Private",
                support: crate::GroupTypeSupport::Error(11000i64),
            },
            crate::GroupTypeRule {
                group_type: "Public",
                support: crate::GroupTypeSupport::Error(11000i64),
            },
        ],
    ),
    group_field: ::core::option::Option::Some("GroupId"),
    errors: &[
        crate::ErrorCodeInfo {
            code: 10002i64,
            name: "GroupInternalError",
            description: "The group service failed internally; send the request again.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10003i64,
            name: "GroupInvalidApiName",
            description: "The API name in the request URL is not recognized; correct it.",
            retry: crate::Retryability::No,
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
            code: 10006i64,
            name: "GroupRateLimited",
            description: "Group operations are being called too often; slow down and retry later.",
            retry: crate::Retryability::Refused,
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
            code: 10008i64,
            name: "GroupRequestNotVerified",
            description: "The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists.",
            retry: crate::Retryability::Refused,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10015i64,
            name: "GroupInvalidGroupId",
            description: "The group ID is invalid, meaning the group does not exist or was dismissed.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10021i64,
            name: "GroupIdInUse",
            description: "Another group already uses this group ID; choose a different one.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10025i64,
            name: "GroupIdOwnedByOperator",
            description: "The group ID is taken by a group the operator already owns, so that group can be used as is.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 11000i64,
            name: "CommunityNotEnabled",
            description: "Community groups are not enabled for this app; turn the feature on first.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 110002i64,
            name: "TopicDeleteFailed",
            description: "The topic could not be deleted; the ErrorInfo says why.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 110003i64,
            name: "TopicAlreadyDeleted",
            description: "The topic does not exist any more: it was deleted.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10015i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"DestroyResultItem\":[{\"ErrorCode\":0,\"ErrorInfo\":\"ok\",\"TopicId\":\"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic\"},{\"ErrorCode\":0,\"ErrorInfo\":\"ok\",\"TopicId\":\"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1\"}]}",
    classify_error: crate::__private::classify::<DestroyTopicError>,
    hooks: crate::EndpointHooks::of::<DestroyTopicRequest>(),
};
