/// Change a topic's profile: name, photo, notice, introduction, custom string, mute-all.
///
/// Changes the given profile fields of one topic of a topic-enabled community; fields not in the request keep their values. MuteAllMember On lets only the owner, admins and the app admin speak in the topic.
///
/// `POST v4/million_group_open_http_svc/modify_topic`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
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
/// - `10002` [`GroupInternalError`](ModifyTopicError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](ModifyTopicError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](ModifyTopicError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10006` [`GroupRateLimited`](ModifyTopicError::GroupRateLimited): Group operations are being called too often; slow down and retry later. Retryable: the service refused the call before acting on it.
/// - `10007` [`GroupPermissionDenied`](ModifyTopicError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10008` [`GroupRequestNotVerified`](ModifyTopicError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `10010` [`GroupNotFound`](ModifyTopicError::GroupNotFound): The group does not exist or was already dismissed. The topic does not exist (any more).
/// - `10015` [`GroupInvalidGroupId`](ModifyTopicError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10016` [`GroupRejectedByWebhook`](ModifyTopicError::GroupRejectedByWebhook): The app's webhook server vetoed this group operation. The app's webhook refused the change.
/// - `11000` [`CommunityNotEnabled`](ModifyTopicError::CommunityNotEnabled): Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
/// - `80001` [`TextContentRejected`](ModifyTopicError::TextContentRejected): The message text was flagged as sensitive and was not delivered. The new texts failed the content security check.
///
/// # Webhooks
///
/// - [`Group.CallbackAfterTopicInfoChanged`](https://intl.cloud.tencent.com/document/product/1047/49466)
///
/// # Notes on the documentation
///
/// - Safe to repeat: the call sets values, so a repeat leaves the state of one call.
/// - From_Account: the table types it uint64 while the samples send a string and it names a user account (a UserID, a string everywhere else); the spec takes string.
/// - MuteAllMember's values On and Off appear only in a sample comment (OnOff).
/// - 10016: the page says the Topic Profile Change webhook refused the change, while that webhook (Group.CallbackAfterTopicInfoChanged) is called after a change; which webhook can refuse is not documented.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/49468>. Spec: `specs/million_group_open_http_svc/modify_topic.json`.
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
pub struct ModifyTopicRequest {
    /// ID of the community of the topic.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#_@TGS#cQVLVHIM62CJ"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// ID of the topic to change.
    ///
    /// Wire name `TopicId`. Required. Example: `"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5"`.
    #[serde(rename = "TopicId")]
    pub topic_id: ::std::string::String,
    /// The topic's name: at most 30 bytes (UTF-8).
    ///
    /// Wire name `TopicName`. Optional. Limits: at most 30 bytes (UTF-8). Example: `"TestTopicName"`.
    #[serde(rename = "TopicName", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 30u32))]
    pub topic_name: ::core::option::Option<::std::string::String>,
    /// The member making the change.
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
    /// Mute every ordinary member of the topic (On) or lift that (Off).
    ///
    /// Wire name `MuteAllMember`. Optional. Limits: see [`OnOff`]. Example: `"On"`.
    #[serde(rename = "MuteAllMember", default, skip_serializing_if = "Option::is_none")]
    pub mute_all_member: ::core::option::Option<super::types::OnOff>,
}
impl ModifyTopicRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `ModifyTopicRequest::group_id(..).topic_id(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> ModifyTopicRequestNeedsTopicId {
        ModifyTopicRequestNeedsTopicId {
            group_id: group_id.into(),
        }
    }
    ///Sets `TopicName`: The topic's name: at most 30 bytes (UTF-8).
    #[must_use]
    pub fn topic_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_name = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `From_Account`: The member making the change.
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
    ///Sets `MuteAllMember`: Mute every ordinary member of the topic (On) or lift that (Off).
    #[must_use]
    pub fn mute_all_member(mut self, value: super::types::OnOff) -> Self {
        self.mute_all_member = ::core::option::Option::Some(value);
        self
    }
}
///A value of [`ModifyTopicRequest`] being built: `TopicId` comes next (`.topic_id(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ModifyTopicRequest` exists only once every required field is given"]
pub struct ModifyTopicRequestNeedsTopicId {
    group_id: ::std::string::String,
}
impl ModifyTopicRequestNeedsTopicId {
    ///Sets `TopicId`.
    pub fn topic_id(
        self,
        topic_id: impl ::core::convert::Into<::std::string::String>,
    ) -> ModifyTopicRequest {
        ModifyTopicRequest {
            group_id: self.group_id,
            topic_id: topic_id.into(),
            topic_name: ::core::option::Option::None,
            from_account: ::core::option::Option::None,
            custom_string: ::core::option::Option::None,
            face_url: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            introduction: ::core::option::Option::None,
            mute_all_member: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for ModifyTopicRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.topic_name {
            let at = at.field("TopicName");
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
/// The response of [`ModifyTopicRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ModifyTopicResponse {}
impl ModifyTopicResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ModifyTopicResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `modify_topic`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyTopicError {
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
    /// `10010`: The group does not exist or was already dismissed. The topic does not exist (any more).
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10016`: The app's webhook server vetoed this group operation. The app's webhook refused the change.
    GroupRejectedByWebhook,
    /// `11000`: Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
    CommunityNotEnabled,
    /// `80001`: The message text was flagged as sensitive and was not delivered. The new texts failed the content security check.
    TextContentRejected,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ModifyTopicError {
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
            Self::GroupNotFound => {
                "The group does not exist or was already dismissed. The topic does not exist (any more)."
            }
            Self::GroupRejectedByWebhook => {
                "The app's webhook server vetoed this group operation. The app's webhook refused the change."
            }
            Self::CommunityNotEnabled => {
                "Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature."
            }
            Self::TextContentRejected => {
                "The message text was flagged as sensitive and was not delivered. The new texts failed the content security check."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ModifyTopicError {
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
            Self::CommunityNotEnabled => super::ErrorCode::CommunityNotEnabled,
            Self::TextContentRejected => super::ErrorCode::TextContentRejected,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ModifyTopicError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ModifyTopicRequest {
    type Response = ModifyTopicResponse;
    type Error = ModifyTopicError;
    const INFO: &'static crate::EndpointInfo = &MODIFY_TOPIC;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/million_group_open_http_svc/modify_topic", "`."
)]
pub static MODIFY_TOPIC: crate::EndpointInfo = crate::EndpointInfo {
    service: "million_group_open_http_svc",
    command: "modify_topic",
    path: "v4/million_group_open_http_svc/modify_topic",
    legacy_paths: &[],
    summary: "Change a topic's profile: name, photo, notice, introduction, custom string, mute-all.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/49468",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
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
            field: "TopicId",
            entity: crate::Entity::Topic,
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
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<ModifyTopicError>,
    hooks: crate::EndpointHooks::of::<ModifyTopicRequest>(),
};
