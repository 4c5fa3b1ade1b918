/// Import a topic into a community with topics, keeping its creation time.
///
/// Adds a topic to a topic-enabled community as create_topic does, for migrating topics from another system: CreateTime sets when the topic was created (by default, now), and no webhook is called. The answer carries the topic's ID, custom or assigned.
///
/// `POST v4/group_open_http_svc/import_topic`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
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
/// - `10002` [`GroupInternalError`](ImportTopicError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](ImportTopicError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](ImportTopicError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](ImportTopicError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10010` [`GroupNotFound`](ImportTopicError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ImportTopicError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10021` [`GroupIdInUse`](ImportTopicError::GroupIdInUse): Another group already uses this group ID; choose a different one. The custom TopicId is already used by a topic of the community.
/// - `10037` [`GroupPerUserGroupLimitReached`](ImportTopicError::GroupPerUserGroupLimitReached): The user has created or joined as many groups as allowed; a larger package raises the limit. The app has as many topics as its package allows.
/// - `11000` [`CommunityNotEnabled`](ImportTopicError::CommunityNotEnabled): Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
/// - `80001` [`TextContentRejected`](ImportTopicError::TextContentRejected): The message text was flagged as sensitive and was not delivered. The topic's texts failed the content security check.
/// - `80005` [`ContentCheckTimedOut`](ImportTopicError::ContentCheckTimedOut): The content security check did not finish in time, so the request was turned down; send it again. The content security check timed out. Retryable: the service refused the call before acting on it.
///
/// # Notes on the documentation
///
/// - Not safe to repeat: without a custom TopicId a repeated call imports a second topic, and with one the repeat fails (10021) although the first call imported it.
/// - TopicName: the table marks it required, the sample comments call it optional; the spec follows the table.
/// - From_Account: the table types it uint64 while the samples send a string and it names a user account (a UserID, a string everywhere else); the spec takes string. The table lists From_Account and CustomString, which no sample shows.
/// - Type: only Community is documented; the spec takes the shared GroupType and the emulator refuses other values with 10004.
/// - The page lists no webhook, unlike create_topic: an import is taken to call none.
/// - The page's debugging tool link points to import_group, and its service is group_open_http_svc while the other topic calls are under million_group_open_http_svc; the path follows the page's title and request URL.
/// - The page's own address is not in the docs snapshot; docs points at the REST API overview, which lists it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34620>. Spec: `specs/group_open_http_svc/import_topic.json`.
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
pub struct ImportTopicRequest {
    /// The type of the group the topic belongs to; only Community is accepted.
    ///
    /// Wire name `Type`. Optional. Limits: see [`GroupType`]. Example: `"Community"`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: ::core::option::Option<super::types::GroupType>,
    /// ID of the community the topic is imported into.
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
    /// When the topic was created; without it, the time of the call.
    ///
    /// Wire name `CreateTime`. Optional. Limits: see [`UnixTime`]. Example: `1448357837`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: ::core::option::Option<super::types::UnixTime>,
}
impl ImportTopicRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `ImportTopicRequest::group_id(..).topic_name(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> ImportTopicRequestNeedsTopicName {
        ImportTopicRequestNeedsTopicName {
            group_id: group_id.into(),
        }
    }
    ///Sets `Type`: The type of the group the topic belongs to; only Community is accepted.
    #[must_use]
    pub fn r#type(mut self, value: super::types::GroupType) -> Self {
        self.r#type = ::core::option::Option::Some(value);
        self
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
    ///Sets `CreateTime`: When the topic was created; without it, the time of the call.
    #[must_use]
    pub fn create_time(mut self, value: super::types::UnixTime) -> Self {
        self.create_time = ::core::option::Option::Some(value);
        self
    }
}
///A value of [`ImportTopicRequest`] being built: `TopicName` comes next (`.topic_name(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `ImportTopicRequest` exists only once every required field is given"]
pub struct ImportTopicRequestNeedsTopicName {
    group_id: ::std::string::String,
}
impl ImportTopicRequestNeedsTopicName {
    ///Sets `TopicName`.
    pub fn topic_name(
        self,
        topic_name: impl ::core::convert::Into<::std::string::String>,
    ) -> ImportTopicRequest {
        ImportTopicRequest {
            group_id: self.group_id,
            topic_name: topic_name.into(),
            r#type: ::core::option::Option::None,
            topic_id: ::core::option::Option::None,
            from_account: ::core::option::Option::None,
            custom_string: ::core::option::Option::None,
            face_url: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            introduction: ::core::option::Option::None,
            create_time: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for ImportTopicRequest {
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
/// The response of [`ImportTopicRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImportTopicResponse {
    /// The imported topic's ID: the custom one asked for, or one the service assigned.
    ///
    /// Wire name `TopicId`. Always present. Example: `"@TGS#_@TGS#cBZXAIIM62CV@TOPIC#_@TOPIC#cTCCCIIM62CW"`.
    #[serde(rename = "TopicId")]
    pub topic_id: ::std::string::String,
}
impl ImportTopicResponse {
    ///Creates a value from its required fields (`topic_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(topic_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self { topic_id: topic_id.into() }
    }
}
impl crate::Validate for ImportTopicResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `import_topic`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportTopicError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10021`: Another group already uses this group ID; choose a different one. The custom TopicId is already used by a topic of the community.
    GroupIdInUse,
    /// `10037`: The user has created or joined as many groups as allowed; a larger package raises the limit. The app has as many topics as its package allows.
    GroupPerUserGroupLimitReached,
    /// `11000`: Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
    CommunityNotEnabled,
    /// `80001`: The message text was flagged as sensitive and was not delivered. The topic's texts failed the content security check.
    TextContentRejected,
    /// `80005`: The content security check did not finish in time, so the request was turned down; send it again. The content security check timed out. Retryable: the service refused the call before acting on it.
    ContentCheckTimedOut,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImportTopicError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10021i64 => Self::GroupIdInUse,
            10037i64 => Self::GroupPerUserGroupLimitReached,
            11000i64 => Self::CommunityNotEnabled,
            80001i64 => Self::TextContentRejected,
            80005i64 => Self::ContentCheckTimedOut,
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
            Self::GroupIdInUse => {
                "Another group already uses this group ID; choose a different one. The custom TopicId is already used by a topic of the community."
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
            Self::ContentCheckTimedOut => {
                "The content security check did not finish in time, so the request was turned down; send it again. The content security check timed out."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImportTopicError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupIdInUse => super::ErrorCode::GroupIdInUse,
            Self::GroupPerUserGroupLimitReached => {
                super::ErrorCode::GroupPerUserGroupLimitReached
            }
            Self::CommunityNotEnabled => super::ErrorCode::CommunityNotEnabled,
            Self::TextContentRejected => super::ErrorCode::TextContentRejected,
            Self::ContentCheckTimedOut => super::ErrorCode::ContentCheckTimedOut,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImportTopicError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImportTopicRequest {
    type Response = ImportTopicResponse;
    type Error = ImportTopicError;
    const INFO: &'static crate::EndpointInfo = &IMPORT_TOPIC;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `import_topic`: The part the service assigns after the infix starts with this, as in the samples' @TOPIC#cRTE3HIM62C5.
pub const IMPORT_TOPIC_ASSIGNED_ID_PREFIX: &str = "@TOPIC#";
/// `import_topic`: A topic ID is the community's GroupId, this infix, then the custom or assigned part (the group system page's topic ID format, shown by every sample).
pub const IMPORT_TOPIC_CUSTOM_ID_INFIX: &str = "@TOPIC#_";
#[doc = concat!("Metadata and hooks of `", "v4/group_open_http_svc/import_topic", "`.")]
pub static IMPORT_TOPIC: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "import_topic",
    path: "v4/group_open_http_svc/import_topic",
    legacy_paths: &[],
    summary: "Import a topic into a community with topics, keeping its creation time.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34620",
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
            code: 10007i64,
            name: "GroupPermissionDenied",
            description: "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.",
            retry: crate::Retryability::No,
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
            code: 10021i64,
            name: "GroupIdInUse",
            description: "Another group already uses this group ID; choose a different one.",
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
        crate::ErrorCodeInfo {
            code: 80005i64,
            name: "ContentCheckTimedOut",
            description: "The content security check did not finish in time, so the request was turned down; send it again.",
            retry: crate::Retryability::Refused,
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
    example_response: "{\"TopicId\":\"@TGS#_@TGS#cBZXAIIM62CV@TOPIC#_@TOPIC#cTCCCIIM62CW\"}",
    classify_error: crate::__private::classify::<ImportTopicError>,
    hooks: crate::EndpointHooks::of::<ImportTopicRequest>(),
};
