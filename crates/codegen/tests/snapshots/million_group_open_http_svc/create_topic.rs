/// Create a topic in a community with topics.
///
/// Adds a topic to a topic-enabled community: a name, optionally a custom ID (GroupId@TOPIC#_custom part), a creator, a photo, a notice, an introduction and a custom string. The answer carries the topic's ID, custom or assigned. Messages are sent to a topic with send_group_msg's TopicId.
///
/// `POST v4/million_group_open_http_svc/create_topic`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
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
/// - `10002` [`GroupInternalError`](CreateTopicError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](CreateTopicError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](CreateTopicError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10006` [`GroupRateLimited`](CreateTopicError::GroupRateLimited): Group operations are being called too often; slow down and retry later. Retryable: the service refused the call before acting on it.
/// - `10007` [`GroupPermissionDenied`](CreateTopicError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10008` [`GroupRequestNotVerified`](CreateTopicError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `10010` [`GroupNotFound`](CreateTopicError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](CreateTopicError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10016` [`GroupRejectedByWebhook`](CreateTopicError::GroupRejectedByWebhook): The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeCreateTopic webhook refused the topic.
/// - `10025` [`GroupIdOwnedByOperator`](CreateTopicError::GroupIdOwnedByOperator): The group ID is taken by a group the operator already owns, so that group can be used as is. The custom TopicId is already used by a topic of the community.
/// - `10036` [`GroupAvChatRoomLimitReached`](CreateTopicError::GroupAvChatRoomLimitReached): The app has reached its quota of audio-video chat rooms; buy a larger package to create more. Listed by the page, whose text speaks of audio-video groups (copied from create_group).
/// - `10037` [`GroupPerUserGroupLimitReached`](CreateTopicError::GroupPerUserGroupLimitReached): The user has created or joined as many groups as allowed; a larger package raises the limit. The app has as many topics as its package allows.
/// - `11000` [`CommunityNotEnabled`](CreateTopicError::CommunityNotEnabled): Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
/// - `80001` [`TextContentRejected`](CreateTopicError::TextContentRejected): The message text was flagged as sensitive and was not delivered. The topic's texts failed the content security check.
///
/// # Webhooks
///
/// - [`Group.CallbackBeforeCreateTopic`](https://intl.cloud.tencent.com/document/product/1047/49463)
/// - [`Group.CallbackAfterCreateTopic`](https://intl.cloud.tencent.com/document/product/1047/49464)
///
/// # Notes on the documentation
///
/// - Not safe to repeat: without a custom TopicId a repeated call creates a second topic, and with one the repeat fails (10025) although the first call created it.
/// - From_Account: the table types it uint64 while the samples send a string and it names a user account (a UserID, a string everywhere else); the spec takes string.
/// - A custom TopicId already in use: this page lists 10025 (a group ID already used) and not 10021, which import_topic gives for a topic ID in use; the emulator answers 10025 here.
/// - 10036 (too many audio-video groups) and the 10037 text come from the group pages; 10037 is read here as the topic quota of the package.
/// - The sample's GroupId (@TGS#_@TGS#cQVLVHIM62CJ) shows a community ID with an assigned part after @TGS#_.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/49471>. Spec: `specs/million_group_open_http_svc/create_topic.json`.
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
pub struct CreateTopicRequest {
    /// ID of the community the topic is created in.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#_@TGS#cQVLVHIM62CJ"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// A custom ID for the topic, made of the community's GroupId, @TOPIC#_ and a part of the caller's choosing; without it the service assigns one.
    ///
    /// Wire name `TopicId`. Optional. Example: `"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"`.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
    /// The topic's name: at most 30 bytes (UTF-8).
    ///
    /// Wire name `TopicName`. Required. Limits: at most 30 bytes (UTF-8). Example: `"TestTopic"`.
    #[serde(rename = "TopicName")]
    #[schemars(length(max = 30u32))]
    pub topic_name: ::std::string::String,
    /// The member shown as the topic's creator.
    ///
    /// Wire name `From_Account`. Optional. Example: `"1400187352"`.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: ::core::option::Option<::std::string::String>,
    /// A custom string kept with the topic: at most 3,000 bytes.
    ///
    /// Wire name `CustomString`. Optional. Limits: at most 3000 bytes (UTF-8). Example: `"This is a custom string"`.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 3000u32))]
    pub custom_string: ::core::option::Option<::std::string::String>,
    /// URL of the topic's profile photo: at most 100 bytes.
    ///
    /// Wire name `FaceUrl`. Optional. Limits: at most 100 bytes (UTF-8). Example: `"http://this.is.face.url"`.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100u32))]
    pub face_url: ::core::option::Option<::std::string::String>,
    /// The topic's notice: at most 300 bytes (UTF-8).
    ///
    /// Wire name `Notification`. Optional. Limits: at most 300 bytes (UTF-8). Example: `"This is topic Notification"`.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 300u32))]
    pub notification: ::core::option::Option<::std::string::String>,
    /// The topic's introduction: at most 240 bytes (UTF-8).
    ///
    /// Wire name `Introduction`. Optional. Limits: at most 240 bytes (UTF-8). Example: `"This is topic Introduction"`.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 240u32))]
    pub introduction: ::core::option::Option<::std::string::String>,
}
impl CreateTopicRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `CreateTopicRequest::group_id(..).topic_name(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> CreateTopicRequestNeedsTopicName {
        CreateTopicRequestNeedsTopicName {
            group_id: group_id.into(),
        }
    }
    ///Sets `TopicId`: A custom ID for the topic, made of the community's GroupId, @TOPIC#_ and a part of the caller's choosing; without it the service assigns one.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `From_Account`: The member shown as the topic's creator.
    #[must_use]
    pub fn from_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `CustomString`: A custom string kept with the topic: at most 3,000 bytes.
    #[must_use]
    pub fn custom_string(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.custom_string = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `FaceUrl`: URL of the topic's profile photo: at most 100 bytes.
    #[must_use]
    pub fn face_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.face_url = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `Notification`: The topic's notice: at most 300 bytes (UTF-8).
    #[must_use]
    pub fn notification(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.notification = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `Introduction`: The topic's introduction: at most 240 bytes (UTF-8).
    #[must_use]
    pub fn introduction(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.introduction = ::core::option::Option::Some(value.into());
        self
    }
}
///A value of [`CreateTopicRequest`] being built: `TopicName` comes next (`.topic_name(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `CreateTopicRequest` exists only once every required field is given"]
pub struct CreateTopicRequestNeedsTopicName {
    group_id: ::std::string::String,
}
impl CreateTopicRequestNeedsTopicName {
    ///Sets `TopicName`.
    pub fn topic_name(
        self,
        topic_name: impl ::core::convert::Into<::std::string::String>,
    ) -> CreateTopicRequest {
        CreateTopicRequest {
            group_id: self.group_id,
            topic_name: topic_name.into(),
            topic_id: ::core::option::Option::None,
            from_account: ::core::option::Option::None,
            custom_string: ::core::option::Option::None,
            face_url: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            introduction: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for CreateTopicRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("TopicName");
            let v = &self.topic_name;
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(30u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.custom_string {
            let at = at.field("CustomString");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(3000u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.face_url {
            let at = at.field("FaceUrl");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(100u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.notification {
            let at = at.field("Notification");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(300u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.introduction {
            let at = at.field("Introduction");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(240u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`CreateTopicRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct CreateTopicResponse {
    /// The new topic's ID: the custom one asked for, or one the service assigned.
    ///
    /// Wire name `TopicId`. Always present. Example: `"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5"`.
    #[serde(rename = "TopicId")]
    pub topic_id: ::std::string::String,
}
impl CreateTopicResponse {
    ///Creates a value from its required fields (`topic_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(topic_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self { topic_id: topic_id.into() }
    }
}
impl crate::Validate for CreateTopicResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `create_topic`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateTopicError {
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
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10016`: The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeCreateTopic webhook refused the topic.
    GroupRejectedByWebhook,
    /// `10025`: The group ID is taken by a group the operator already owns, so that group can be used as is. The custom TopicId is already used by a topic of the community.
    GroupIdOwnedByOperator,
    /// `10036`: The app has reached its quota of audio-video chat rooms; buy a larger package to create more. Listed by the page, whose text speaks of audio-video groups (copied from create_group).
    GroupAvChatRoomLimitReached,
    /// `10037`: The user has created or joined as many groups as allowed; a larger package raises the limit. The app has as many topics as its package allows.
    GroupPerUserGroupLimitReached,
    /// `11000`: Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
    CommunityNotEnabled,
    /// `80001`: The message text was flagged as sensitive and was not delivered. The topic's texts failed the content security check.
    TextContentRejected,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for CreateTopicError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10006i64 => Self::GroupRateLimited,
            10007i64 => Self::GroupPermissionDenied,
            10008i64 => Self::GroupRequestNotVerified,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10016i64 => Self::GroupRejectedByWebhook,
            10025i64 => Self::GroupIdOwnedByOperator,
            10036i64 => Self::GroupAvChatRoomLimitReached,
            10037i64 => Self::GroupPerUserGroupLimitReached,
            11000i64 => Self::CommunityNotEnabled,
            80001i64 => Self::TextContentRejected,
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
            Self::GroupRejectedByWebhook => {
                "The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeCreateTopic webhook refused the topic."
            }
            Self::GroupIdOwnedByOperator => {
                "The group ID is taken by a group the operator already owns, so that group can be used as is. The custom TopicId is already used by a topic of the community."
            }
            Self::GroupAvChatRoomLimitReached => {
                "The app has reached its quota of audio-video chat rooms; buy a larger package to create more. Listed by the page, whose text speaks of audio-video groups (copied from create_group)."
            }
            Self::GroupPerUserGroupLimitReached => {
                "The user has created or joined as many groups as allowed; a larger package raises the limit. The app has as many topics as its package allows."
            }
            Self::CommunityNotEnabled => {
                "Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature."
            }
            Self::TextContentRejected => {
                "The message text was flagged as sensitive and was not delivered. The topic's texts failed the content security check."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl CreateTopicError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupRateLimited => super::ErrorCode::GroupRateLimited,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupRequestNotVerified => super::ErrorCode::GroupRequestNotVerified,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupRejectedByWebhook => super::ErrorCode::GroupRejectedByWebhook,
            Self::GroupIdOwnedByOperator => super::ErrorCode::GroupIdOwnedByOperator,
            Self::GroupAvChatRoomLimitReached => {
                super::ErrorCode::GroupAvChatRoomLimitReached
            }
            Self::GroupPerUserGroupLimitReached => {
                super::ErrorCode::GroupPerUserGroupLimitReached
            }
            Self::CommunityNotEnabled => super::ErrorCode::CommunityNotEnabled,
            Self::TextContentRejected => super::ErrorCode::TextContentRejected,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for CreateTopicError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for CreateTopicRequest {
    type Response = CreateTopicResponse;
    type Error = CreateTopicError;
    const INFO: &'static crate::EndpointInfo = &CREATE_TOPIC;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `create_topic`: The part the service assigns after the infix starts with this, as in the samples' @TOPIC#cRTE3HIM62C5.
pub const CREATE_TOPIC_ASSIGNED_ID_PREFIX: &str = "@TOPIC#";
/// `create_topic`: A topic ID is the community's GroupId, this infix, then the custom or assigned part (the group system page's topic ID format, shown by every sample).
pub const CREATE_TOPIC_CUSTOM_ID_INFIX: &str = "@TOPIC#_";
#[doc = concat!(
    "Metadata and hooks of `", "v4/million_group_open_http_svc/create_topic", "`."
)]
pub static CREATE_TOPIC: crate::EndpointInfo = crate::EndpointInfo {
    service: "million_group_open_http_svc",
    command: "create_topic",
    path: "v4/million_group_open_http_svc/create_topic",
    legacy_paths: &[],
    summary: "Create a topic in a community with topics.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/49471",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
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
            code: 10010i64,
            name: "GroupNotFound",
            description: "The group does not exist or was already dismissed.",
            retry: crate::Retryability::No,
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
            code: 10016i64,
            name: "GroupRejectedByWebhook",
            description: "The app's webhook server vetoed this group operation.",
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
            code: 10036i64,
            name: "GroupAvChatRoomLimitReached",
            description: "The app has reached its quota of audio-video chat rooms; buy a larger package to create more.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10037i64,
            name: "GroupPerUserGroupLimitReached",
            description: "The user has created or joined as many groups as allowed; a larger package raises the limit.",
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
            code: 80001i64,
            name: "TextContentRejected",
            description: "The message text was flagged as sensitive and was not delivered.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10010i64,
            role: ::core::option::Option::None,
        },
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[
        crate::Fact {
            name: "assigned_id_prefix",
            value: crate::FactValue::Text("@TOPIC#"),
            unit: ::core::option::Option::None,
            source: "The part the service assigns after the infix starts with this, as in the samples' @TOPIC#cRTE3HIM62C5.",
        },
        crate::Fact {
            name: "custom_id_infix",
            value: crate::FactValue::Text("@TOPIC#_"),
            unit: ::core::option::Option::None,
            source: "A topic ID is the community's GroupId, this infix, then the custom or assigned part (the group system page's topic ID format, shown by every sample).",
        },
    ],
    example_response: "{\"TopicId\":\"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5\"}",
    classify_error: crate::__private::classify::<CreateTopicError>,
    hooks: crate::EndpointHooks::of::<CreateTopicRequest>(),
};
