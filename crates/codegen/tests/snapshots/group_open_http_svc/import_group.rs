/// Import an existing group from another system, keeping its creation time, without webhooks or notifications.
///
/// Creates a group as create_group does, for migrating groups from another chat system: CreateTime keeps the group's original creation time (the time of the call when absent), and neither webhooks nor notifications are sent. Members are imported afterwards with import_group_member and messages with import_group_msg. Audio-video groups cannot be imported (10007): create them and set their profile instead.
///
/// `POST v4/group_open_http_svc/import_group`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. Audio-video groups cannot be imported; create them with create_group and set their profile with modify_group_base_info. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](ImportGroupError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](ImportGroupError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](ImportGroupError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](ImportGroupError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the type is AVChatRoom.
/// - `10021` [`GroupIdInUse`](ImportGroupError::GroupIdInUse): Another group already uses this group ID; choose a different one. The custom GroupId is already in use; also what a repeat of a successful import with a custom ID gets.
///
/// # Notes on the documentation
///
/// - Not safe to repeat: without GroupId a repeat after a timeout imports a second group; with GroupId the repeat fails with 10021 although the first attempt created the group.
/// - No webhooks: the page says imports trigger none, which is their difference from create_group.
/// - The request table gives MaxMemberCount a maximum of 6,000 and a default of 2,000 while allowing 100,000 for communities; the shared MaxMemberNum type keeps 100,000 as the hard bound and the plan decides the rest.
/// - The third sample has a custom field key with a leading space (" GroupTestData2"), which the key pattern refuses; the fixture drops the space.
/// - AppDefinedData's Key and Value are not in the table; they are those of create_group. The byte limits of the name, introduction, notice and photo URL are those of the shared types (GroupName 30, GroupIntroduction 240, GroupNotification 300, GroupFaceUrl 100 bytes), the same on create_group, import_group and modify_group_base_info.
/// - The page's references list set_unread_msg_num and destroy_group; import_group_msg is the call that imports a group's messages.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34967>. Spec: `specs/group_open_http_svc/import_group.json`.
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
pub struct ImportGroupRequest {
    /// UserID of the owner, an imported account; it becomes a member. Without it the group has no owner.
    ///
    /// Wire name `Owner_Account`. Optional. Example: `"leckie"`.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: ::core::option::Option<::std::string::String>,
    /// The group type; audio-video groups cannot be imported.
    ///
    /// Wire name `Type`. Required. Limits: see [`GroupType`]. Example: `"Public"`.
    #[serde(rename = "Type")]
    pub r#type: super::types::GroupType,
    /// A custom group ID instead of an assigned one, under the same rules as create_group (printable ASCII, at most 48 bytes; communities start with @TGS#_, other groups may not start with @TGS#).
    ///
    /// Wire name `GroupId`. Optional. Limits: at least 1 bytes (UTF-8); at most 48 bytes (UTF-8); matches `^[ -~]+$`. Example: `"MyFirstGroup"`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1u32, max = 48u32))]
    pub group_id: ::core::option::Option<::std::string::String>,
    /// The group name.
    ///
    /// Wire name `Name`. Required. Limits: see [`GroupName`]. Example: `"TestGroup"`.
    #[serde(rename = "Name")]
    #[schemars(length(max = 30u32))]
    pub name: super::types::GroupName,
    /// The group introduction.
    ///
    /// Wire name `Introduction`. Optional. Limits: see [`GroupIntroduction`]. Example: `"This is group Introduction"`.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 240u32))]
    pub introduction: ::core::option::Option<super::types::GroupIntroduction>,
    /// The group notice.
    ///
    /// Wire name `Notification`. Optional. Limits: see [`GroupNotification`]. Example: `"This is group Notification"`.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 300u32))]
    pub notification: ::core::option::Option<super::types::GroupNotification>,
    /// URL of the group's profile photo.
    ///
    /// Wire name `FaceUrl`. Optional. Limits: see [`GroupFaceUrl`]. Example: `"http://this.is.face.url"`.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100u32))]
    pub face_url: ::core::option::Option<super::types::GroupFaceUrl>,
    /// The most members the group may have; the page gives 6,000 at most and 2,000 when absent, and up to 100,000 for communities.
    ///
    /// Wire name `MaxMemberCount`. Optional. Limits: see [`MaxMemberNum`]. Example: `500`.
    #[serde(rename = "MaxMemberCount", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100000))]
    pub max_member_count: ::core::option::Option<super::types::MaxMemberNum>,
    /// How requests to join are handled; not for communities.
    ///
    /// Wire name `ApplyJoinOption`. Optional. Limits: see [`ApplyJoinOption`]. The service assumes `"NeedPermission"` when absent. Example: `"FreeAccess"`.
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: ::core::option::Option<super::types::ApplyJoinOption>,
    /// Group-level custom fields; each key must first be configured in the Chat console.
    ///
    /// Wire name `AppDefinedData`. Optional. Limits: at most 10 items; one list, not to be split across calls; each item see [`AppDefinedDataItem`]. Example: `[{"Key":"GroupTestData1","Value":"xxxxx"}]`.
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 10u32))]
    pub app_defined_data: ::core::option::Option<
        ::std::vec::Vec<super::types::AppDefinedDataItem>,
    >,
    /// When the group was created in the system it comes from; the time of the call when absent.
    ///
    /// Wire name `CreateTime`. Optional. Limits: see [`UnixTime`]. Example: `1448357837`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: ::core::option::Option<super::types::UnixTime>,
    /// Whether the community supports topics; communities only.
    ///
    /// Wire name `SupportTopic`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: ::core::option::Option<super::types::YesNo>,
}
impl ImportGroupRequest {
    ///Creates a value from its required fields (`type`, `name`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        r#type: super::types::GroupType,
        name: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            r#type: r#type,
            name: name.into(),
            owner_account: ::core::option::Option::None,
            group_id: ::core::option::Option::None,
            introduction: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            face_url: ::core::option::Option::None,
            max_member_count: ::core::option::Option::None,
            apply_join_option: ::core::option::Option::None,
            app_defined_data: ::core::option::Option::None,
            create_time: ::core::option::Option::None,
            support_topic: ::core::option::Option::None,
        }
    }
    ///Sets `Owner_Account`: UserID of the owner, an imported account; it becomes a member. Without it the group has no owner.
    #[must_use]
    pub fn owner_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `GroupId`: A custom group ID instead of an assigned one, under the same rules as create_group (printable ASCII, at most 48 bytes; communities start with @TGS#_, other groups may not start with @TGS#).
    #[must_use]
    pub fn group_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `Introduction`: The group introduction.
    #[must_use]
    pub fn introduction(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.introduction = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `Notification`: The group notice.
    #[must_use]
    pub fn notification(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.notification = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `FaceUrl`: URL of the group's profile photo.
    #[must_use]
    pub fn face_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.face_url = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `MaxMemberCount`: The most members the group may have; the page gives 6,000 at most and 2,000 when absent, and up to 100,000 for communities.
    #[must_use]
    pub fn max_member_count(mut self, value: super::types::MaxMemberNum) -> Self {
        self.max_member_count = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ApplyJoinOption`: How requests to join are handled; not for communities.
    #[must_use]
    pub fn apply_join_option(mut self, value: super::types::ApplyJoinOption) -> Self {
        self.apply_join_option = ::core::option::Option::Some(value);
        self
    }
    ///Sets `AppDefinedData`: Group-level custom fields; each key must first be configured in the Chat console.
    #[must_use]
    pub fn app_defined_data(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::AppDefinedDataItem>,
    ) -> Self {
        self.app_defined_data = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
    ///Sets `CreateTime`: When the group was created in the system it comes from; the time of the call when absent.
    #[must_use]
    pub fn create_time(mut self, value: super::types::UnixTime) -> Self {
        self.create_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `SupportTopic`: Whether the community supports topics; communities only.
    #[must_use]
    pub fn support_topic(mut self, value: super::types::YesNo) -> Self {
        self.support_topic = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for ImportGroupRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.group_id {
            let at = at.field("GroupId");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(48u32),
                &at,
            )?;
        }
        {
            let at = at.field("Name");
            let v = &self.name;
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(30u32),
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
        if let ::core::option::Option::Some(v) = &self.notification {
            let at = at.field("Notification");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(300u32),
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
        if let ::core::option::Option::Some(v) = &self.max_member_count {
            let at = at.field("MaxMemberCount");
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::None,
                ::core::option::Option::Some(100000i128),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.app_defined_data {
            let at = at.field("AppDefinedData");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(10u32),
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
/// The response of [`ImportGroupRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ImportGroupResponse {
    /// ID of the imported group: the custom ID given, or one the service assigned.
    ///
    /// Wire name `GroupId`. Always present. Example: `"@TGS#2J4SZEAEL"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
}
impl ImportGroupResponse {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self { group_id: group_id.into() }
    }
}
impl crate::Validate for ImportGroupResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `import_group`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportGroupError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the type is AVChatRoom.
    GroupPermissionDenied,
    /// `10021`: Another group already uses this group ID; choose a different one. The custom GroupId is already in use; also what a repeat of a successful import with a custom ID gets.
    GroupIdInUse,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ImportGroupError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10021i64 => Self::GroupIdInUse,
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
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or the type is AVChatRoom."
            }
            Self::GroupIdInUse => {
                "Another group already uses this group ID; choose a different one. The custom GroupId is already in use; also what a repeat of a successful import with a custom ID gets."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ImportGroupError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupIdInUse => super::ErrorCode::GroupIdInUse,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ImportGroupError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ImportGroupRequest {
    type Response = ImportGroupResponse;
    type Error = ImportGroupError;
    const INFO: &'static crate::EndpointInfo = &IMPORT_GROUP;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/group_open_http_svc/import_group", "`.")]
pub static IMPORT_GROUP: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "import_group",
    path: "v4/group_open_http_svc/import_group",
    legacy_paths: &[],
    summary: "Import an existing group from another system, keeping its creation time, without webhooks or notifications.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34967",
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
                support: crate::GroupTypeSupport::Error(10007i64),
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
    group_field: ::core::option::Option::Some("Type"),
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
            code: 10021i64,
            name: "GroupIdInUse",
            description: "Another group already uses this group ID; choose a different one.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "Owner_Account",
            entity: crate::Entity::Account,
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"GroupId\":\"@TGS#2J4SZEAEL\"}",
    classify_error: crate::__private::classify::<ImportGroupError>,
    hooks: crate::EndpointHooks::of::<ImportGroupRequest>(),
};
