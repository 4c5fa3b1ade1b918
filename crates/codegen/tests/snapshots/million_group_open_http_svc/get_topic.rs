/// Read the profiles of a community's topics, and one member's standing in each.
///
/// Answers, for the listed topics of a topic-enabled community (or all of them when TopicIdList is absent), the topic's profile and what From_Account's standing in it is (muting, read position, message option). Each item has its own ErrorCode: the top-level code says only that the call went through. ResponseFilter keeps only the named profile fields.
///
/// `POST v4/million_group_open_http_svc/get_topic`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
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
/// - `10002` [`GroupInternalError`](GetTopicError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetTopicError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetTopicError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10006` [`GroupRateLimited`](GetTopicError::GroupRateLimited): Group operations are being called too often; slow down and retry later. Retryable: the service refused the call before acting on it.
/// - `10007` [`GroupPermissionDenied`](GetTopicError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10008` [`GroupRequestNotVerified`](GetTopicError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `10010` [`GroupNotFound`](GetTopicError::GroupNotFound): The group does not exist or was already dismissed. The community, or a topic, does not exist (any more).
/// - `11000` [`CommunityNotEnabled`](GetTopicError::CommunityNotEnabled): Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
/// - `110003` [`TopicAlreadyDeleted`](GetTopicError::TopicAlreadyDeleted): The topic does not exist any more: it was deleted. A topic was deleted; answered per topic in TopicAndSelfInfo.
///
/// # Notes on the documentation
///
/// - From_Account: the table types it uint64 while the samples send a string and it names a user account (a UserID, a string everywhere else); the spec takes string. The table marks it required.
/// - The response's TopicInfo spells the community's ID GroupID (capital D), unlike GroupId in every request; TopicInfo keeps the answer's spelling.
/// - ResponseFilter is an array of field names here, while get_group_info's filter of the same name is an object of arrays. Its values come from the sample (TopicName, FaceUrl, Notification, Introduction) and the other TopicInfo fields; the enum is open.
/// - Every field of TopicAndSelfInfo, SelfInfo and TopicInfo appears only in the samples. The sample comment calls the top-level ErrorCode and ErrorInfo meaningless: each item carries its own.
/// - SelfInfo.ShutUpTime is read as a duration in seconds (the sample's comment says muting period); MsgSeq as the read position.
/// - The page gives no limit on TopicIdList or ResponseFilter; none is stated.
/// - The page's own address is not in the docs snapshot; docs points at the REST API overview, which lists it.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34620>. Spec: `specs/million_group_open_http_svc/get_topic.json`.
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
pub struct GetTopicRequest {
    /// ID of the community whose topics are read.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#_@TGS#cQVLVHIM62CJ"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The member whose standing in each topic (SelfInfo) is answered.
    ///
    /// Wire name `From_Account`. Required. Example: `"1400187352"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The topics to read; without it every topic of the community is answered.
    ///
    /// Wire name `TopicIdList`. Optional. Example: `["@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5"]`.
    #[serde(rename = "TopicIdList", default, skip_serializing_if = "Option::is_none")]
    pub topic_id_list: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The topic profile fields to answer; without it every field is answered.
    ///
    /// Wire name `ResponseFilter`. Optional. Example: `["TopicName","FaceUrl","Notification","Introduction"]`.
    #[serde(rename = "ResponseFilter", default, skip_serializing_if = "Option::is_none")]
    pub response_filter: ::core::option::Option<
        ::std::vec::Vec<GetTopicResponseFilterItem>,
    >,
}
impl GetTopicRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `GetTopicRequest::group_id(..).from_account(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> GetTopicRequestNeedsFromAccount {
        GetTopicRequestNeedsFromAccount {
            group_id: group_id.into(),
        }
    }
    ///Sets `TopicIdList`: The topics to read; without it every topic of the community is answered.
    #[must_use]
    pub fn topic_id_list(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.topic_id_list = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    ///Sets `ResponseFilter`: The topic profile fields to answer; without it every field is answered.
    #[must_use]
    pub fn response_filter(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = GetTopicResponseFilterItem>,
    ) -> Self {
        self.response_filter = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
///A value of [`GetTopicRequest`] being built: `From_Account` comes next (`.from_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetTopicRequest` exists only once every required field is given"]
pub struct GetTopicRequestNeedsFromAccount {
    group_id: ::std::string::String,
}
impl GetTopicRequestNeedsFromAccount {
    ///Sets `From_Account`.
    pub fn from_account(
        self,
        from_account: impl ::core::convert::Into<::std::string::String>,
    ) -> GetTopicRequest {
        GetTopicRequest {
            group_id: self.group_id,
            from_account: from_account.into(),
            topic_id_list: ::core::option::Option::None,
            response_filter: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for GetTopicRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetTopicRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetTopicResponse {
    /// One item per topic read.
    ///
    /// Wire name `TopicAndSelfInfo`. May be absent. Example: `[{"ErrorCode":0,"ErrorInfo":"ok","SelfInfo":{"MsgFlag":"AcceptAndNotify","MsgSeq":0,"ShutUpTime":0},"TopicInfo":{"GroupID":"@TGS#_@TGS#cQVLVHIM62CJ","TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5","TopicName":"TestTopicName"}}]`.
    #[serde(
        rename = "TopicAndSelfInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub topic_and_self_info: ::core::option::Option<::std::vec::Vec<TopicAndSelfInfo>>,
}
impl GetTopicResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            topic_and_self_info: ::core::option::Option::None,
        }
    }
    ///Sets `TopicAndSelfInfo`: One item per topic read.
    #[must_use]
    pub fn topic_and_self_info(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = TopicAndSelfInfo>,
    ) -> Self {
        self.topic_and_self_info = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for GetTopicResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The topic profile fields to answer; without it every field is answered.
///
#[doc = concat!(
    " Wire values: ",
    "\"TopicName\", \"FaceUrl\", \"Notification\", \"Introduction\", \"CustomString\", \"MuteAllMember\", \"CreateTime\", \"LastMsgTime\", \"NextMsgSeq\"",
    "."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetTopicResponseFilterItem {
    /// `"TopicName"`: The topic's name.
    TopicName,
    /// `"FaceUrl"`: The topic's profile photo URL.
    FaceUrl,
    /// `"Notification"`: The topic's notice.
    Notification,
    /// `"Introduction"`: The topic's introduction.
    Introduction,
    /// `"CustomString"`: The topic's custom string.
    CustomString,
    /// `"MuteAllMember"`: Whether the topic is muted as a whole.
    MuteAllMember,
    /// `"CreateTime"`: When the topic was created.
    CreateTime,
    /// `"LastMsgTime"`: When its last message was sent.
    LastMsgTime,
    /// `"NextMsgSeq"`: The sequence number of its next message.
    NextMsgSeq,
    /// A value this spec does not list, kept as sent.
    Other(::std::string::String),
}
impl GetTopicResponseFilterItem {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[
        Self::TopicName,
        Self::FaceUrl,
        Self::Notification,
        Self::Introduction,
        Self::CustomString,
        Self::MuteAllMember,
        Self::CreateTime,
        Self::LastMsgTime,
        Self::NextMsgSeq,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TopicName => "TopicName",
            Self::FaceUrl => "FaceUrl",
            Self::Notification => "Notification",
            Self::Introduction => "Introduction",
            Self::CustomString => "CustomString",
            Self::MuteAllMember => "MuteAllMember",
            Self::CreateTime => "CreateTime",
            Self::LastMsgTime => "LastMsgTime",
            Self::NextMsgSeq => "NextMsgSeq",
            Self::Other(s) => s.as_str(),
        }
    }
    /// The value for a wire string; unlisted strings become `Other`.
    pub fn from_wire(s: &str) -> Self {
        match s {
            "TopicName" => Self::TopicName,
            "FaceUrl" => Self::FaceUrl,
            "Notification" => Self::Notification,
            "Introduction" => Self::Introduction,
            "CustomString" => Self::CustomString,
            "MuteAllMember" => Self::MuteAllMember,
            "CreateTime" => Self::CreateTime,
            "LastMsgTime" => Self::LastMsgTime,
            "NextMsgSeq" => Self::NextMsgSeq,
            _ => Self::Other(::std::string::ToString::to_string(s)),
        }
    }
}
impl ::core::fmt::Display for GetTopicResponseFilterItem {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for GetTopicResponseFilterItem {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for GetTopicResponseFilterItem {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::core::result::Result::Ok(Self::from_wire(&s))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GetTopicResponseFilterItem {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GetTopicResponseFilterItem")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "examples" : ["TopicName", "FaceUrl", "Notification",
            "Introduction", "CustomString", "MuteAllMember", "CreateTime", "LastMsgTime",
            "NextMsgSeq"] }
        )
    }
}
impl crate::Validate for GetTopicResponseFilterItem {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One item per topic read.
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
pub struct TopicAndSelfInfo {
    /// The result for this topic: 0, or the error code (110003: it does not exist); when not 0 the other fields may be absent.
    ///
    /// Wire name `ErrorCode`. Required. Example: `0`.
    #[serde(rename = "ErrorCode")]
    pub error_code: i64,
    /// The service's explanation of this topic's ErrorCode.
    ///
    /// Wire name `ErrorInfo`. Optional. Example: `"ok"`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: ::core::option::Option<::std::string::String>,
    /// From_Account's standing in the topic.
    ///
    /// Wire name `SelfInfo`. Optional. Limits: see [`TopicSelfInfo`]. Example: `{"MsgFlag":"AcceptAndNotify","MsgSeq":0,"ShutUpTime":0}`.
    #[serde(rename = "SelfInfo", default, skip_serializing_if = "Option::is_none")]
    pub self_info: ::core::option::Option<super::types::TopicSelfInfo>,
    /// The topic's profile, with the fields the filter asks for.
    ///
    /// Wire name `TopicInfo`. Optional. Limits: see [`TopicInfo`]. Example: `{"GroupID":"@TGS#_@TGS#cQVLVHIM62CJ","TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5","TopicName":"TestTopicName"}`.
    #[serde(rename = "TopicInfo", default, skip_serializing_if = "Option::is_none")]
    pub topic_info: ::core::option::Option<super::types::TopicInfo>,
}
impl TopicAndSelfInfo {
    ///Creates a value from its required fields (`error_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(error_code: i64) -> Self {
        Self {
            error_code: error_code,
            error_info: ::core::option::Option::None,
            self_info: ::core::option::Option::None,
            topic_info: ::core::option::Option::None,
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
    ///Sets `SelfInfo`: From_Account's standing in the topic.
    #[must_use]
    pub fn self_info(mut self, value: super::types::TopicSelfInfo) -> Self {
        self.self_info = ::core::option::Option::Some(value);
        self
    }
    ///Sets `TopicInfo`: The topic's profile, with the fields the filter asks for.
    #[must_use]
    pub fn topic_info(mut self, value: super::types::TopicInfo) -> Self {
        self.topic_info = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for TopicAndSelfInfo {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_topic`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetTopicError {
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
    /// `10010`: The group does not exist or was already dismissed. The community, or a topic, does not exist (any more).
    GroupNotFound,
    /// `11000`: Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature.
    CommunityNotEnabled,
    /// `110003`: The topic does not exist any more: it was deleted. A topic was deleted; answered per topic in TopicAndSelfInfo.
    TopicAlreadyDeleted,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetTopicError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10006i64 => Self::GroupRateLimited,
            10007i64 => Self::GroupPermissionDenied,
            10008i64 => Self::GroupRequestNotVerified,
            10010i64 => Self::GroupNotFound,
            11000i64 => Self::CommunityNotEnabled,
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
            Self::GroupNotFound => {
                "The group does not exist or was already dismissed. The community, or a topic, does not exist (any more)."
            }
            Self::CommunityNotEnabled => {
                "Community groups are not enabled for this app; turn the feature on first. The group is not a community with topics, or the app has no topic feature."
            }
            Self::TopicAlreadyDeleted => {
                "The topic does not exist any more: it was deleted. A topic was deleted; answered per topic in TopicAndSelfInfo."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetTopicError {
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
            Self::CommunityNotEnabled => super::ErrorCode::CommunityNotEnabled,
            Self::TopicAlreadyDeleted => super::ErrorCode::TopicAlreadyDeleted,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetTopicError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetTopicRequest {
    type Response = GetTopicResponse;
    type Error = GetTopicError;
    const INFO: &'static crate::EndpointInfo = &GET_TOPIC;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/million_group_open_http_svc/get_topic", "`."
)]
pub static GET_TOPIC: crate::EndpointInfo = crate::EndpointInfo {
    service: "million_group_open_http_svc",
    command: "get_topic",
    path: "v4/million_group_open_http_svc/get_topic",
    legacy_paths: &[],
    summary: "Read the profiles of a community's topics, and one member's standing in each.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34620",
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
            code: 11000i64,
            name: "CommunityNotEnabled",
            description: "Community groups are not enabled for this app; turn the feature on first.",
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
    example_response: "{\"TopicAndSelfInfo\":[{\"ErrorCode\":0,\"ErrorInfo\":\"ok\",\"SelfInfo\":{\"MsgFlag\":\"AcceptAndNotify\",\"MsgSeq\":0,\"ShutUpTime\":0},\"TopicInfo\":{\"GroupID\":\"@TGS#_@TGS#cQVLVHIM62CJ\",\"TopicId\":\"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5\",\"TopicName\":\"TestTopicName\"}}]}",
    classify_error: crate::__private::classify::<GetTopicError>,
    hooks: crate::EndpointHooks::of::<GetTopicRequest>(),
};
