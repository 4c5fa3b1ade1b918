/// Create a group of any type as the app admin, optionally with an owner, members and custom fields.
///
/// Creates a group and answers its ID: the one given in GroupId, or one the service assigns (starting with @TGS#). The owner, when given, must be an imported account and becomes a member; without one the group has no owner. Members listed in MemberList (at most 100) are added at creation, except in audio-video groups (AVChatRoom), where users can only join by themselves through the SDK. The profile fields (name, introduction, notice, photo, member limit, join options) and custom fields set here can be changed later with modify_group_base_info. Creating groups is subject to the plan's quotas: the number of groups, of audio-video groups, of groups one user may join, and of members per group.
///
/// `POST v4/group_open_http_svc/create_group`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. MemberList is refused with 10007: users, the owner included, join through the SDK each time they use the group. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. Requires the Ultimate edition with communities enabled. A custom GroupId must start with @TGS#_; ApplyJoinOption is not supported; SupportTopic turns topics on. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](CreateGroupError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](CreateGroupError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](CreateGroupError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10005` [`GroupTooManyAccounts`](CreateGroupError::GroupTooManyAccounts): The request lists more accounts than allowed in one call; split it into smaller batches. MemberList has more than 100 members.
/// - `10006` [`GroupRateLimited`](CreateGroupError::GroupRateLimited): Group operations are being called too often; slow down and retry later. Usually too large a net increase of groups in one day (10,000 for paid editions). Retryable: the service refused the call before acting on it.
/// - `10007` [`GroupPermissionDenied`](CreateGroupError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. For example MemberList given for a group type that does not allow adding members (AVChatRoom).
/// - `10008` [`GroupRequestNotVerified`](CreateGroupError::GroupRequestNotVerified): The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
/// - `10016` [`GroupRejectedByWebhook`](CreateGroupError::GroupRejectedByWebhook): The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeCreateGroup webhook refused the group.
/// - `10021` [`GroupIdInUse`](CreateGroupError::GroupIdInUse): Another group already uses this group ID; choose a different one.
/// - `10025` [`GroupIdOwnedByOperator`](CreateGroupError::GroupIdOwnedByOperator): The group ID is taken by a group the operator already owns, so that group can be used as is. The admin account already uses this custom group ID; this is also what a repeat of a successful creation with a custom ID gets.
/// - `10036` [`GroupAvChatRoomLimitReached`](CreateGroupError::GroupAvChatRoomLimitReached): The app has reached its quota of audio-video chat rooms; buy a larger package to create more.
/// - `10037` [`GroupPerUserGroupLimitReached`](CreateGroupError::GroupPerUserGroupLimitReached): The user has created or joined as many groups as allowed; a larger package raises the limit. The owner given in Owner_Account has created or joined as many groups as allowed.
/// - `10038` [`GroupMemberQuotaExceeded`](CreateGroupError::GroupMemberQuotaExceeded): The group member count exceeds the plan's limit; upgrade the package and then raise the group's maximum member count.
/// - `10058` [`GroupFreeEditionLimitReached`](CreateGroupError::GroupFreeEditionLimitReached): The free edition's quota of 100 groups is used up; buy a package to create more groups.
///
/// # Webhooks
///
/// - [`Group.CallbackBeforeCreateGroup`](https://intl.cloud.tencent.com/document/product/1047/34368)
/// - [`Group.CallbackAfterCreateGroup`](https://intl.cloud.tencent.com/document/product/1047/34369)
///
/// # Notes on the documentation
///
/// - MemberList and the custom field lists are atomic: a longer member list cannot be sent as several create_group calls (that would create several groups); add further members with add_group_member.
/// - Not safe to repeat: without GroupId a repeat after a timeout creates a second group; with GroupId the repeat fails (10021 or 10025) although the first attempt created the group.
/// - InviteJoinOption is absent from the 2024-12 English page; newer versions of the docs and SDKs have it, and apps send it. It is optional and described from those; its default is not documented.
/// - The fields table lists AppMemberDefinedData as a top-level field, but the samples put it inside each MemberList item, where this spec has it. MemberList's Member_Account and Role and the Key/Value of both custom-field lists appear only in the samples.
/// - The request calls the member limit MaxMemberCount while get_group_info and modify_group_base_info call it MaxMemberNum.
/// - The response table documents only GroupId; the topic-enabled sample also returns HugeGroupFlag and Type, kept here as optional fields.
/// - The group system page says a custom group ID has 'less than 48 bytes' and a custom field key 'less than 16 bytes'; other Tencent pages give 48 and 16 as the maximum, so these specs allow 48 and 16. Custom field values: at most 512 bytes per group field and 64 per member field, at most 10 group and 5 member fields per app (group system page).
/// - The table calls SupportTopic 'No' (not required) where other rows say 'Optional'; same meaning. Its default (0) is implied, not stated.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34895>. Spec: `specs/group_open_http_svc/create_group.json`.
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
pub struct CreateGroupRequest {
    /// UserID of the owner, an imported account; it is added as a member. Without it the group has no owner.
    ///
    /// Wire name `Owner_Account`. Optional. Example: `"leckie"`.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: ::core::option::Option<::std::string::String>,
    /// The group type; Work and Meeting are accepted for Private and ChatRoom.
    ///
    /// Wire name `Type`. Required. Limits: see [`GroupType`]. Example: `"Public"`.
    #[serde(rename = "Type")]
    pub r#type: super::types::GroupType,
    /// A custom group ID instead of an assigned one: printable ASCII (0x20-0x7e), not starting with @TGS# (which marks assigned IDs), except that community IDs must start with @TGS#_. Unique in the app.
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
    /// The most members the group may have. When absent, the plan's per-group limit (for example 20 on the Free edition); after upgrading the plan, raise it with modify_group_base_info.
    ///
    /// Wire name `MaxMemberCount`. Optional. Limits: see [`MaxMemberNum`]. Example: `500`.
    #[serde(rename = "MaxMemberCount", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100000))]
    pub max_member_count: ::core::option::Option<super::types::MaxMemberNum>,
    /// How requests to join are handled; meaningful only for group types that users can ask to join, and not supported for communities.
    ///
    /// Wire name `ApplyJoinOption`. Optional. Limits: see [`ApplyJoinOption`]. The service assumes `"NeedPermission"` when absent. Example: `"FreeAccess"`.
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: ::core::option::Option<super::types::ApplyJoinOption>,
    /// How invitations by members are handled (newer SDKs); not for communities, and never binding on admins.
    ///
    /// Wire name `InviteJoinOption`. Optional. Limits: see [`InviteJoinOption`]. Example: `"NeedPermission"`.
    #[serde(
        rename = "InviteJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invite_join_option: ::core::option::Option<super::types::InviteJoinOption>,
    /// Group-level custom fields; each key must first be configured in the Chat console.
    ///
    /// Wire name `AppDefinedData`. Optional. Limits: at most 10 items; one list, not to be split across calls; each item see [`AppDefinedDataItem`]. Example: `[{"Key":"GroupTestData1","Value":"xxxxx"},{"Key":"GroupTestData2","Value":"abc\u0000\u0001"}]`.
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 10u32))]
    pub app_defined_data: ::core::option::Option<
        ::std::vec::Vec<super::types::AppDefinedDataItem>,
    >,
    /// Members added at creation besides the owner; not allowed for audio-video groups.
    ///
    /// Wire name `MemberList`. Optional. Limits: at most 100 items; one list, not to be split across calls. A value breaking these limits is answered with `10005`. Example: `[{"Member_Account":"bob","Role":"Admin"},{"Member_Account":"peter"}]`.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100u32))]
    pub member_list: ::core::option::Option<::std::vec::Vec<CreateGroupMember>>,
    /// Whether the community supports topics (Yes: topics can be created in it); for communities only.
    ///
    /// Wire name `SupportTopic`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: ::core::option::Option<super::types::YesNo>,
}
impl CreateGroupRequest {
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
            invite_join_option: ::core::option::Option::None,
            app_defined_data: ::core::option::Option::None,
            member_list: ::core::option::Option::None,
            support_topic: ::core::option::Option::None,
        }
    }
    ///Sets `Owner_Account`: UserID of the owner, an imported account; it is added as a member. Without it the group has no owner.
    #[must_use]
    pub fn owner_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `GroupId`: A custom group ID instead of an assigned one: printable ASCII (0x20-0x7e), not starting with @TGS# (which marks assigned IDs), except that community IDs must start with @TGS#_. Unique in the app.
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
    ///Sets `MaxMemberCount`: The most members the group may have. When absent, the plan's per-group limit (for example 20 on the Free edition); after upgrading the plan, raise it with modify_group_base_info.
    #[must_use]
    pub fn max_member_count(mut self, value: super::types::MaxMemberNum) -> Self {
        self.max_member_count = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ApplyJoinOption`: How requests to join are handled; meaningful only for group types that users can ask to join, and not supported for communities.
    #[must_use]
    pub fn apply_join_option(mut self, value: super::types::ApplyJoinOption) -> Self {
        self.apply_join_option = ::core::option::Option::Some(value);
        self
    }
    ///Sets `InviteJoinOption`: How invitations by members are handled (newer SDKs); not for communities, and never binding on admins.
    #[must_use]
    pub fn invite_join_option(mut self, value: super::types::InviteJoinOption) -> Self {
        self.invite_join_option = ::core::option::Option::Some(value);
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
    ///Sets `MemberList`: Members added at creation besides the owner; not allowed for audio-video groups.
    #[must_use]
    pub fn member_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = CreateGroupMember>,
    ) -> Self {
        self.member_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `SupportTopic`: Whether the community supports topics (Yes: topics can be created in it); for communities only.
    #[must_use]
    pub fn support_topic(mut self, value: super::types::YesNo) -> Self {
        self.support_topic = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for CreateGroupRequest {
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
        if let ::core::option::Option::Some(v) = &self.member_list {
            let at = at.field("MemberList");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(100u32),
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
/// The response of [`CreateGroupRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct CreateGroupResponse {
    /// ID of the new group: the custom ID given, or one the service assigned.
    ///
    /// Wire name `GroupId`. Always present. Example: `"@TGS#2J4SZEAEL"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The group type; seen in the sample for a community with topics.
    ///
    /// Wire name `Type`. May be absent. Limits: see [`GroupType`]. Example: `"Community"`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: ::core::option::Option<super::types::GroupType>,
    /// Seen in the sample for a community with topics (value 0); its meaning is not documented.
    ///
    /// Wire name `HugeGroupFlag`. May be absent. Example: `0`.
    #[serde(rename = "HugeGroupFlag", default, skip_serializing_if = "Option::is_none")]
    pub huge_group_flag: ::core::option::Option<u32>,
}
impl CreateGroupResponse {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            group_id: group_id.into(),
            r#type: ::core::option::Option::None,
            huge_group_flag: ::core::option::Option::None,
        }
    }
    ///Sets `Type`: The group type; seen in the sample for a community with topics.
    #[must_use]
    pub fn r#type(mut self, value: super::types::GroupType) -> Self {
        self.r#type = ::core::option::Option::Some(value);
        self
    }
    ///Sets `HugeGroupFlag`: Seen in the sample for a community with topics (value 0); its meaning is not documented.
    #[must_use]
    pub fn huge_group_flag(mut self, value: u32) -> Self {
        self.huge_group_flag = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for CreateGroupResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Members added at creation besides the owner; not allowed for audio-video groups.
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
pub struct CreateGroupMember {
    /// UserID of the member, an imported account.
    ///
    /// Wire name `Member_Account`. Required. Example: `"bob"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// The member's role; only Admin can be given here, and members without it are ordinary members.
    ///
    /// Wire name `Role`. Optional. Limits: see [`MemberRole`]. Example: `"Admin"`.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: ::core::option::Option<super::types::MemberRole>,
    /// The member's custom fields; each key must first be configured in the Chat console.
    ///
    /// Wire name `AppMemberDefinedData`. Optional. Limits: at most 5 items; one list, not to be split across calls; each item see [`AppMemberDefinedDataItem`]. Example: `[{"Key":"MemberDefined1","Value":"MemberData1"}]`.
    #[serde(
        rename = "AppMemberDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 5u32))]
    pub app_member_defined_data: ::core::option::Option<
        ::std::vec::Vec<super::types::AppMemberDefinedDataItem>,
    >,
}
impl CreateGroupMember {
    ///Creates a value from its required fields (`member_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            role: ::core::option::Option::None,
            app_member_defined_data: ::core::option::Option::None,
        }
    }
    ///Sets `Role`: The member's role; only Admin can be given here, and members without it are ordinary members.
    #[must_use]
    pub fn role(mut self, value: super::types::MemberRole) -> Self {
        self.role = ::core::option::Option::Some(value);
        self
    }
    ///Sets `AppMemberDefinedData`: The member's custom fields; each key must first be configured in the Chat console.
    #[must_use]
    pub fn app_member_defined_data(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = super::types::AppMemberDefinedDataItem,
        >,
    ) -> Self {
        self.app_member_defined_data = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for CreateGroupMember {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.app_member_defined_data {
            let at = at.field("AppMemberDefinedData");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(5u32),
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
///The error codes of `create_group`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateGroupError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10005`: The request lists more accounts than allowed in one call; split it into smaller batches. MemberList has more than 100 members.
    GroupTooManyAccounts,
    /// `10006`: Group operations are being called too often; slow down and retry later. Usually too large a net increase of groups in one day (10,000 for paid editions). Retryable: the service refused the call before acting on it.
    GroupRateLimited,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. For example MemberList given for a group type that does not allow adding members (AVChatRoom).
    GroupPermissionDenied,
    /// `10008`: The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
    GroupRequestNotVerified,
    /// `10016`: The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeCreateGroup webhook refused the group.
    GroupRejectedByWebhook,
    /// `10021`: Another group already uses this group ID; choose a different one.
    GroupIdInUse,
    /// `10025`: The group ID is taken by a group the operator already owns, so that group can be used as is. The admin account already uses this custom group ID; this is also what a repeat of a successful creation with a custom ID gets.
    GroupIdOwnedByOperator,
    /// `10036`: The app has reached its quota of audio-video chat rooms; buy a larger package to create more.
    GroupAvChatRoomLimitReached,
    /// `10037`: The user has created or joined as many groups as allowed; a larger package raises the limit. The owner given in Owner_Account has created or joined as many groups as allowed.
    GroupPerUserGroupLimitReached,
    /// `10038`: The group member count exceeds the plan's limit; upgrade the package and then raise the group's maximum member count.
    GroupMemberQuotaExceeded,
    /// `10058`: The free edition's quota of 100 groups is used up; buy a package to create more groups.
    GroupFreeEditionLimitReached,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for CreateGroupError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10005i64 => Self::GroupTooManyAccounts,
            10006i64 => Self::GroupRateLimited,
            10007i64 => Self::GroupPermissionDenied,
            10008i64 => Self::GroupRequestNotVerified,
            10016i64 => Self::GroupRejectedByWebhook,
            10021i64 => Self::GroupIdInUse,
            10025i64 => Self::GroupIdOwnedByOperator,
            10036i64 => Self::GroupAvChatRoomLimitReached,
            10037i64 => Self::GroupPerUserGroupLimitReached,
            10038i64 => Self::GroupMemberQuotaExceeded,
            10058i64 => Self::GroupFreeEditionLimitReached,
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
            Self::GroupTooManyAccounts => {
                "The request lists more accounts than allowed in one call; split it into smaller batches. MemberList has more than 100 members."
            }
            Self::GroupRateLimited => {
                "Group operations are being called too often; slow down and retry later. Usually too large a net increase of groups in one day (10,000 for paid editions)."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. For example MemberList given for a group type that does not allow adding members (AVChatRoom)."
            }
            Self::GroupRejectedByWebhook => {
                "The app's webhook server vetoed this group operation. The app's Group.CallbackBeforeCreateGroup webhook refused the group."
            }
            Self::GroupIdOwnedByOperator => {
                "The group ID is taken by a group the operator already owns, so that group can be used as is. The admin account already uses this custom group ID; this is also what a repeat of a successful creation with a custom ID gets."
            }
            Self::GroupPerUserGroupLimitReached => {
                "The user has created or joined as many groups as allowed; a larger package raises the limit. The owner given in Owner_Account has created or joined as many groups as allowed."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl CreateGroupError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupTooManyAccounts => super::ErrorCode::GroupTooManyAccounts,
            Self::GroupRateLimited => super::ErrorCode::GroupRateLimited,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupRequestNotVerified => super::ErrorCode::GroupRequestNotVerified,
            Self::GroupRejectedByWebhook => super::ErrorCode::GroupRejectedByWebhook,
            Self::GroupIdInUse => super::ErrorCode::GroupIdInUse,
            Self::GroupIdOwnedByOperator => super::ErrorCode::GroupIdOwnedByOperator,
            Self::GroupAvChatRoomLimitReached => {
                super::ErrorCode::GroupAvChatRoomLimitReached
            }
            Self::GroupPerUserGroupLimitReached => {
                super::ErrorCode::GroupPerUserGroupLimitReached
            }
            Self::GroupMemberQuotaExceeded => super::ErrorCode::GroupMemberQuotaExceeded,
            Self::GroupFreeEditionLimitReached => {
                super::ErrorCode::GroupFreeEditionLimitReached
            }
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for CreateGroupError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for CreateGroupRequest {
    type Response = CreateGroupResponse;
    type Error = CreateGroupError;
    const INFO: &'static crate::EndpointInfo = &CREATE_GROUP;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
/// `create_group`: IDs the service assigns start with @TGS#, and custom IDs of other groups may not (the GroupId field).
pub const CREATE_GROUP_ASSIGNED_ID_PREFIX: &str = "@TGS#";
/// `create_group`: A custom community ID must start with @TGS#_ (the GroupId field).
pub const CREATE_GROUP_COMMUNITY_ID_PREFIX: &str = "@TGS#_";
#[doc = concat!("Metadata and hooks of `", "v4/group_open_http_svc/create_group", "`.")]
pub static CREATE_GROUP: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "create_group",
    path: "v4/group_open_http_svc/create_group",
    legacy_paths: &[],
    summary: "Create a group of any type as the app admin, optionally with an owner, members and custom fields.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34895",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
    invalid_request_code: 10004i64,
    invalid_request_fields: &[
        crate::InvalidRequestField {
            field: "MemberList",
            code: 10005i64,
        },
    ],
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
            code: 10005i64,
            name: "GroupTooManyAccounts",
            description: "The request lists more accounts than allowed in one call; split it into smaller batches.",
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
            code: 10016i64,
            name: "GroupRejectedByWebhook",
            description: "The app's webhook server vetoed this group operation.",
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
            code: 10038i64,
            name: "GroupMemberQuotaExceeded",
            description: "The group member count exceeds the plan's limit; upgrade the package and then raise the group's maximum member count.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 10058i64,
            name: "GroupFreeEditionLimitReached",
            description: "The free edition's quota of 100 groups is used up; buy a package to create more groups.",
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
    facts: &[
        crate::Fact {
            name: "assigned_id_prefix",
            value: crate::FactValue::Text("@TGS#"),
            unit: ::core::option::Option::None,
            source: "IDs the service assigns start with @TGS#, and custom IDs of other groups may not (the GroupId field).",
        },
        crate::Fact {
            name: "community_id_prefix",
            value: crate::FactValue::Text("@TGS#_"),
            unit: ::core::option::Option::None,
            source: "A custom community ID must start with @TGS#_ (the GroupId field).",
        },
    ],
    example_response: "{\"GroupId\":\"@TGS#2J4SZEAEL\",\"HugeGroupFlag\":0,\"Type\":\"Community\"}",
    classify_error: crate::__private::classify::<CreateGroupError>,
    hooks: crate::EndpointHooks::of::<CreateGroupRequest>(),
};
