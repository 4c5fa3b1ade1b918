/// Push a system notification to a group's members, or to some of them.
///
/// The admin sends a text notification that clients receive as custom data from the REST API (not as a message of the history). Without ToMembers_Account, or with an empty list, every member gets it; with a list, only the listed members (at most 500). Audio-video groups take only notifications to every member. For a Community with topics, TopicId selects the topic.
///
/// `POST v4/group_open_http_svc/send_group_system_notification`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. Only to every member: ToMembers_Account must be absent or empty (10004 otherwise, by inference). |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](SendGroupSystemNotificationError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](SendGroupSystemNotificationError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](SendGroupSystemNotificationError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. Also, by inference, a recipient list for an audio-video group.
/// - `10007` [`GroupPermissionDenied`](SendGroupSystemNotificationError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10010` [`GroupNotFound`](SendGroupSystemNotificationError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](SendGroupSystemNotificationError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - The table marks ToMembers_Account required, while its own description and the first sample leave it out to reach every member; the spec makes it optional.
/// - Irrevocable and not safe to repeat: a notification cannot be taken back, and a repeat is delivered again (the request carries no Random to discard it).
/// - ToMembers_Account is not atomic: the same notification sent to 1,000 members as two calls of 500 reaches the same members.
/// - The page states no limit on Content and no code for a recipient list in an audio-video group; 10004 is assumed for the latter.
/// - The description of 10007 (a member removing others from a public group) is copied from another page.
/// - The page names no webhook: notifications are not messages, so the send-message webhooks do not apply.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34958>. Spec: `specs/group_open_http_svc/send_group_system_notification.json`.
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
pub struct SendGroupSystemNotificationRequest {
    /// ID of the group whose members get the notification.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2C5SZEAEF"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// UserIDs of the members who get it, at most 500; absent or empty: every member.
    ///
    /// Wire name `ToMembers_Account`. Optional. Limits: at most 500 items. Example: `["peter","leckie"]`.
    #[serde(
        rename = "ToMembers_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 500u32))]
    pub to_members_account: ::core::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The text of the notification.
    ///
    /// Wire name `Content`. Required. Example: `"Hello World"`.
    #[serde(rename = "Content")]
    pub content: ::std::string::String,
    /// Send in this topic; only for communities with topics enabled.
    ///
    /// Wire name `TopicId`. Optional.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: ::core::option::Option<::std::string::String>,
}
impl SendGroupSystemNotificationRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `SendGroupSystemNotificationRequest::group_id(..).content(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> SendGroupSystemNotificationRequestNeedsContent {
        SendGroupSystemNotificationRequestNeedsContent {
            group_id: group_id.into(),
        }
    }
    ///Sets `ToMembers_Account`: UserIDs of the members who get it, at most 500; absent or empty: every member.
    #[must_use]
    pub fn to_members_account(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.to_members_account = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    ///Sets `TopicId`: Send in this topic; only for communities with topics enabled.
    #[must_use]
    pub fn topic_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_id = ::core::option::Option::Some(value.into());
        self
    }
}
///A value of [`SendGroupSystemNotificationRequest`] being built: `Content` comes next (`.content(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `SendGroupSystemNotificationRequest` exists only once every required field is given"]
pub struct SendGroupSystemNotificationRequestNeedsContent {
    group_id: ::std::string::String,
}
impl SendGroupSystemNotificationRequestNeedsContent {
    ///Sets `Content`.
    pub fn content(
        self,
        content: impl ::core::convert::Into<::std::string::String>,
    ) -> SendGroupSystemNotificationRequest {
        SendGroupSystemNotificationRequest {
            group_id: self.group_id,
            content: content.into(),
            to_members_account: ::core::option::Option::None,
            topic_id: ::core::option::Option::None,
        }
    }
}
impl crate::Validate for SendGroupSystemNotificationRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.to_members_account {
            let at = at.field("ToMembers_Account");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(500u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`SendGroupSystemNotificationRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct SendGroupSystemNotificationResponse {}
impl SendGroupSystemNotificationResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for SendGroupSystemNotificationResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `send_group_system_notification`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SendGroupSystemNotificationError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. Also, by inference, a recipient list for an audio-video group.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for SendGroupSystemNotificationError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
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
                "A group request parameter is invalid; fix it using the error message as a hint. Also, by inference, a recipient list for an audio-video group."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl SendGroupSystemNotificationError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for SendGroupSystemNotificationError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for SendGroupSystemNotificationRequest {
    type Response = SendGroupSystemNotificationResponse;
    type Error = SendGroupSystemNotificationError;
    const INFO: &'static crate::EndpointInfo = &SEND_GROUP_SYSTEM_NOTIFICATION;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "ToMembers_Account" => {
                self.to_members_account.as_ref().map(::std::vec::Vec::len)
            }
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "ToMembers_Account" => {
                ::core::option::Option::Some(Self {
                    to_members_account: ::core::option::Option::Some(
                        self.to_members_account.as_ref()?.get(items)?.to_vec(),
                    ),
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                    content: ::core::clone::Clone::clone(&self.content),
                    topic_id: ::core::clone::Clone::clone(&self.topic_id),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/send_group_system_notification",
    "`."
)]
pub static SEND_GROUP_SYSTEM_NOTIFICATION: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "send_group_system_notification",
    path: "v4/group_open_http_svc/send_group_system_notification",
    legacy_paths: &[],
    summary: "Push a system notification to a group's members, or to some of them.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34958",
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
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "ChatRoom",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Community",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Private",
                support: crate::GroupTypeSupport::Supported,
            },
            crate::GroupTypeRule {
                group_type: "Public",
                support: crate::GroupTypeSupport::Supported,
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
    ],
    batch_fields: &[
        crate::BatchField {
            field: "ToMembers_Account",
            max_items: 500u32,
        },
    ],
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
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<SendGroupSystemNotificationError>,
    hooks: crate::EndpointHooks::of::<SendGroupSystemNotificationRequest>(),
};
