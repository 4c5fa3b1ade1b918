/// Change a group's profile: name, introduction, notice, photo, member limit, join options, mute-all, custom fields.
///
/// Changes only the fields the request carries. An AppDefinedData item with an empty Value deletes that custom field. MuteAllMember On mutes every ordinary member (the owner, admins and the app admin may still post); Off lifts it. MaxMemberNum does not apply to audio-video groups, and ApplyJoinOption not to communities. Changes of the name, introduction, notice or photo fire the Group.CallbackAfterGroupInfoChanged webhook.
///
/// `POST v4/group_open_http_svc/modify_group_base_info`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. MaxMemberNum has no effect. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](ModifyGroupBaseInfoError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](ModifyGroupBaseInfoError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](ModifyGroupBaseInfoError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](ModifyGroupBaseInfoError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or may not change a field of the request.
/// - `10010` [`GroupNotFound`](ModifyGroupBaseInfoError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ModifyGroupBaseInfoError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10026` [`GroupCommandForbidden`](ModifyGroupBaseInfoError::GroupCommandForbidden): This API command has been disabled for the app. This command is disabled for the app; the page asks for a support ticket.
///
/// # Webhooks
///
/// - [`Group.CallbackAfterGroupInfoChanged`](https://intl.cloud.tencent.com/document/product/1047/34378)
///
/// # Notes on the documentation
///
/// - Safe to repeat: every field sets a value, so a second identical call leaves the profile as the first did (deleting an already deleted custom field included).
/// - MuteAllMember's values On and Off appear only in the sample comments. The page's references point to delete_group_member, unrelated here.
/// - InviteJoinOption is not on this 2024-12 English page; newer versions of the docs and SDKs have it (see create_group). It is optional.
/// - AppDefinedData is atomic: the set of changes is one edit of the profile. The byte limits of the name, introduction, notice and photo URL are those of the shared types (GroupName 30, GroupIntroduction 240, GroupNotification 300, GroupFaceUrl 100 bytes), the same on create_group, import_group and modify_group_base_info.
/// - The webhook page says only changes of the name, introduction, notice and photo fire Group.CallbackAfterGroupInfoChanged.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34962>. Spec: `specs/group_open_http_svc/modify_group_base_info.json`.
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
pub struct ModifyGroupBaseInfoRequest {
    /// ID of the group whose profile changes.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#1NVTZEAE4"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The new group name.
    ///
    /// Wire name `Name`. Optional. Limits: see [`GroupName`]. Example: `"NewName"`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 30u32))]
    pub name: ::core::option::Option<super::types::GroupName>,
    /// The new introduction.
    ///
    /// Wire name `Introduction`. Optional. Limits: see [`GroupIntroduction`]. Example: `"NewIntroduction"`.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 240u32))]
    pub introduction: ::core::option::Option<super::types::GroupIntroduction>,
    /// The new notice.
    ///
    /// Wire name `Notification`. Optional. Limits: see [`GroupNotification`]. Example: `"NewNotification"`.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 300u32))]
    pub notification: ::core::option::Option<super::types::GroupNotification>,
    /// The new profile photo URL.
    ///
    /// Wire name `FaceUrl`. Optional. Limits: see [`GroupFaceUrl`]. Example: `"http://this.is.new.face.url"`.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100u32))]
    pub face_url: ::core::option::Option<super::types::GroupFaceUrl>,
    /// The new member limit, within the plan's limit for the group type; ignored for audio-video groups.
    ///
    /// Wire name `MaxMemberNum`. Optional. Limits: see [`MaxMemberNum`]. Example: `500`.
    #[serde(rename = "MaxMemberNum", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100000))]
    pub max_member_num: ::core::option::Option<super::types::MaxMemberNum>,
    /// How requests to join are handled from now on; not for communities.
    ///
    /// Wire name `ApplyJoinOption`. Optional. Limits: see [`ApplyJoinOption`]. Example: `"NeedPermission"`.
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: ::core::option::Option<super::types::ApplyJoinOption>,
    /// How invitations by members are handled from now on (newer SDKs); not for communities.
    ///
    /// Wire name `InviteJoinOption`. Optional. Limits: see [`InviteJoinOption`]. Example: `"NeedPermission"`.
    #[serde(
        rename = "InviteJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invite_join_option: ::core::option::Option<super::types::InviteJoinOption>,
    /// Custom fields to set; an item with an empty Value deletes its field.
    ///
    /// Wire name `AppDefinedData`. Optional. Limits: at most 10 items; one list, not to be split across calls; each item see [`AppDefinedDataItem`]. Example: `[{"Key":"GroupTestData1","Value":"NewData"},{"Key":"GroupTestData2","Value":""}]`.
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 10u32))]
    pub app_defined_data: ::core::option::Option<
        ::std::vec::Vec<super::types::AppDefinedDataItem>,
    >,
    /// On mutes every ordinary member; Off lifts it.
    ///
    /// Wire name `MuteAllMember`. Optional. Limits: see [`OnOff`]. Example: `"On"`.
    #[serde(rename = "MuteAllMember", default, skip_serializing_if = "Option::is_none")]
    pub mute_all_member: ::core::option::Option<super::types::OnOff>,
}
impl ModifyGroupBaseInfoRequest {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            group_id: group_id.into(),
            name: ::core::option::Option::None,
            introduction: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            face_url: ::core::option::Option::None,
            max_member_num: ::core::option::Option::None,
            apply_join_option: ::core::option::Option::None,
            invite_join_option: ::core::option::Option::None,
            app_defined_data: ::core::option::Option::None,
            mute_all_member: ::core::option::Option::None,
        }
    }
    ///Sets `Name`: The new group name.
    #[must_use]
    pub fn name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `Introduction`: The new introduction.
    #[must_use]
    pub fn introduction(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.introduction = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `Notification`: The new notice.
    #[must_use]
    pub fn notification(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.notification = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `FaceUrl`: The new profile photo URL.
    #[must_use]
    pub fn face_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.face_url = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `MaxMemberNum`: The new member limit, within the plan's limit for the group type; ignored for audio-video groups.
    #[must_use]
    pub fn max_member_num(mut self, value: super::types::MaxMemberNum) -> Self {
        self.max_member_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ApplyJoinOption`: How requests to join are handled from now on; not for communities.
    #[must_use]
    pub fn apply_join_option(mut self, value: super::types::ApplyJoinOption) -> Self {
        self.apply_join_option = ::core::option::Option::Some(value);
        self
    }
    ///Sets `InviteJoinOption`: How invitations by members are handled from now on (newer SDKs); not for communities.
    #[must_use]
    pub fn invite_join_option(mut self, value: super::types::InviteJoinOption) -> Self {
        self.invite_join_option = ::core::option::Option::Some(value);
        self
    }
    ///Sets `AppDefinedData`: Custom fields to set; an item with an empty Value deletes its field.
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
    ///Sets `MuteAllMember`: On mutes every ordinary member; Off lifts it.
    #[must_use]
    pub fn mute_all_member(mut self, value: super::types::OnOff) -> Self {
        self.mute_all_member = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for ModifyGroupBaseInfoRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.name {
            let at = at.field("Name");
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
        if let ::core::option::Option::Some(v) = &self.max_member_num {
            let at = at.field("MaxMemberNum");
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
/// The response of [`ModifyGroupBaseInfoRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ModifyGroupBaseInfoResponse {}
impl ModifyGroupBaseInfoResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for ModifyGroupBaseInfoResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `modify_group_base_info`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyGroupBaseInfoError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or may not change a field of the request.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10026`: This API command has been disabled for the app. This command is disabled for the app; the page asks for a support ticket.
    GroupCommandForbidden,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for ModifyGroupBaseInfoError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10026i64 => Self::GroupCommandForbidden,
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
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or may not change a field of the request."
            }
            Self::GroupCommandForbidden => {
                "This API command has been disabled for the app. This command is disabled for the app; the page asks for a support ticket."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ModifyGroupBaseInfoError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupCommandForbidden => super::ErrorCode::GroupCommandForbidden,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for ModifyGroupBaseInfoError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ModifyGroupBaseInfoRequest {
    type Response = ModifyGroupBaseInfoResponse;
    type Error = ModifyGroupBaseInfoError;
    const INFO: &'static crate::EndpointInfo = &MODIFY_GROUP_BASE_INFO;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/modify_group_base_info", "`."
)]
pub static MODIFY_GROUP_BASE_INFO: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "modify_group_base_info",
    path: "v4/group_open_http_svc/modify_group_base_info",
    legacy_paths: &[],
    summary: "Change a group's profile: name, introduction, notice, photo, member limit, join options, mute-all, custom fields.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34962",
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
        crate::ErrorCodeInfo {
            code: 10026i64,
            name: "GroupCommandForbidden",
            description: "This API command has been disabled for the app.",
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
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<ModifyGroupBaseInfoError>,
    hooks: crate::EndpointHooks::of::<ModifyGroupBaseInfoRequest>(),
};
