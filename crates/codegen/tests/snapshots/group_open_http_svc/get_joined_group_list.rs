/// List the groups an account has joined, with the profile fields and own member fields asked for, page by page.
///
/// Answers the groups the account belongs to and their total count. By default audio-video groups (WithHugeGroups) and Work groups that have no message yet (WithNoActiveGroups) are left out. GroupType restricts the list to one type, SupportTopic (with GroupType Community) to communities with or without topics. Without ResponseFilter only each GroupId is returned; GroupBaseInfoFilter asks for group profile fields and SelfInfoFilter for the account's own member fields (SelfInfo). Page with Limit and Offset.
///
/// `POST v4/group_open_http_svc/get_joined_group_list`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. Listed only with WithHugeGroups 1, and possibly incompletely: the service keeps no full member list. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. Groups without a message yet are listed only with WithNoActiveGroups 1. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetJoinedGroupListError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetJoinedGroupListError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetJoinedGroupListError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint. Also when Member_Account is not an imported account, or SupportTopic is given without GroupType Community.
/// - `10018` [`GroupResponseTooLarge`](GetJoinedGroupListError::GroupResponseTooLarge): The answer would exceed the 1 MB response limit; request less data per call.
///
/// # Notes on the documentation
///
/// - Read only, hence safe to repeat.
/// - The response table describes GroupIdList as group information, yet its name says IDs; every field of its items, SelfInfo included, appears only in the samples. The item type is a type of its own (JoinedGroup) built from the shared group field types.
/// - The page lists no 10007 and no code for an account that is not imported; the spec assumes 10004.
/// - Limit: the prose says it cannot exceed 5,000; the table gives no maximum. The spec takes 5,000.
/// - The ALL IN ONE sample asks for MuteAllMember in GroupBaseInfoFilter, which the shared GroupBaseInfoField type now lists. InfoSeq, MuteUntil and NameCard are not in this page's samples; they are member and group fields of the group system page, kept optional.
/// - The page gives no limit for the filter lists; GroupBaseInfoFilter (32) and SelfInfoFilter (16) take the bounds get_group_info uses for the same lists.
/// - group_field is GroupType: a caller passing the group type in the options is checked against the table, which supports every type (audio-video groups with WithHugeGroups).
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34925>. Spec: `specs/group_open_http_svc/get_joined_group_list.json`.
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
pub struct GetJoinedGroupListRequest {
    /// UserID of the account whose groups are listed.
    ///
    /// Wire name `Member_Account`. Required. Example: `"leckie"`.
    #[serde(rename = "Member_Account")]
    pub member_account: ::std::string::String,
    /// Whether audio-video groups are listed too; their information may be incomplete.
    ///
    /// Wire name `WithHugeGroups`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(rename = "WithHugeGroups", default, skip_serializing_if = "Option::is_none")]
    pub with_huge_groups: ::core::option::Option<super::types::YesNo>,
    /// Whether Work (Private) groups without any message yet are listed too.
    ///
    /// Wire name `WithNoActiveGroups`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
    #[serde(
        rename = "WithNoActiveGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub with_no_active_groups: ::core::option::Option<super::types::YesNo>,
    /// The most groups in one answer; every group when absent. At most 5,000.
    ///
    /// Wire name `Limit`. Optional. Limits: at most 5000. Example: `10`.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 5000))]
    pub limit: ::core::option::Option<u32>,
    /// Position of the first group to return, counting from 0.
    ///
    /// Wire name `Offset`. Optional. The service assumes `0` when absent. Example: `0`.
    #[serde(rename = "Offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: ::core::option::Option<u32>,
    /// List only groups of this type.
    ///
    /// Wire name `GroupType`. Optional. Limits: see [`GroupType`]. Example: `"Public"`.
    #[serde(rename = "GroupType", default, skip_serializing_if = "Option::is_none")]
    pub group_type: ::core::option::Option<super::types::GroupType>,
    /// The fields to return besides GroupId.
    ///
    /// Wire name `ResponseFilter`. Optional.
    #[serde(rename = "ResponseFilter", default, skip_serializing_if = "Option::is_none")]
    pub response_filter: ::core::option::Option<JoinedGroupFilter>,
    /// With GroupType Community: list only communities with topics (1) or without (0).
    ///
    /// Wire name `SupportTopic`. Optional. Limits: see [`YesNo`]. Example: `1`.
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: ::core::option::Option<super::types::YesNo>,
}
impl GetJoinedGroupListRequest {
    ///Creates a value from its required fields (`member_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_account: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            member_account: member_account.into(),
            with_huge_groups: ::core::option::Option::None,
            with_no_active_groups: ::core::option::Option::None,
            limit: ::core::option::Option::None,
            offset: ::core::option::Option::None,
            group_type: ::core::option::Option::None,
            response_filter: ::core::option::Option::None,
            support_topic: ::core::option::Option::None,
        }
    }
    ///Sets `WithHugeGroups`: Whether audio-video groups are listed too; their information may be incomplete.
    #[must_use]
    pub fn with_huge_groups(mut self, value: super::types::YesNo) -> Self {
        self.with_huge_groups = ::core::option::Option::Some(value);
        self
    }
    ///Sets `WithNoActiveGroups`: Whether Work (Private) groups without any message yet are listed too.
    #[must_use]
    pub fn with_no_active_groups(mut self, value: super::types::YesNo) -> Self {
        self.with_no_active_groups = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Limit`: The most groups in one answer; every group when absent. At most 5,000.
    #[must_use]
    pub fn limit(mut self, value: u32) -> Self {
        self.limit = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Offset`: Position of the first group to return, counting from 0.
    #[must_use]
    pub fn offset(mut self, value: u32) -> Self {
        self.offset = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GroupType`: List only groups of this type.
    #[must_use]
    pub fn group_type(mut self, value: super::types::GroupType) -> Self {
        self.group_type = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ResponseFilter`: The fields to return besides GroupId.
    #[must_use]
    pub fn response_filter(mut self, value: JoinedGroupFilter) -> Self {
        self.response_filter = ::core::option::Option::Some(value);
        self
    }
    ///Sets `SupportTopic`: With GroupType Community: list only communities with topics (1) or without (0).
    #[must_use]
    pub fn support_topic(mut self, value: super::types::YesNo) -> Self {
        self.support_topic = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for GetJoinedGroupListRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.limit {
            let at = at.field("Limit");
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::None,
                ::core::option::Option::Some(5000i128),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.response_filter {
            let at = at.field("ResponseFilter");
            crate::Validate::validate_at(v, &at)?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetJoinedGroupListRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetJoinedGroupListResponse {
    /// How many groups match, whatever Limit and Offset.
    ///
    /// Wire name `TotalCount`. Always present. Example: `2`.
    #[serde(rename = "TotalCount")]
    pub total_count: u32,
    /// The groups of this page, with the fields the filter asks for.
    ///
    /// Wire name `GroupIdList`. Always present. Example: `[{"GroupId":"@TGS#2J4SZEAEL"},{"GroupId":"@TGS#2C5SZEAEF"}]`.
    #[serde(rename = "GroupIdList")]
    pub group_id_list: ::std::vec::Vec<JoinedGroup>,
}
impl GetJoinedGroupListResponse {
    ///Creates a value from its required fields (`total_count`, `group_id_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        total_count: u32,
        group_id_list: impl ::core::iter::IntoIterator<Item = JoinedGroup>,
    ) -> Self {
        Self {
            total_count: total_count,
            group_id_list: group_id_list.into_iter().collect(),
        }
    }
}
impl crate::Validate for GetJoinedGroupListResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupIdList");
            let v = &self.group_id_list;
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
/// The fields to return besides GroupId.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    crate::__private::serde::Serialize,
    crate::__private::OutboundDeserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct JoinedGroupFilter {
    /// Group profile fields to return.
    ///
    /// Wire name `GroupBaseInfoFilter`. Optional. Limits: at most 32 items; one list, not to be split across calls; each item see [`GroupBaseInfoField`]. Example: `["Type","Name","Introduction","Notification"]`.
    #[serde(
        rename = "GroupBaseInfoFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 32u32))]
    pub group_base_info_filter: ::core::option::Option<
        ::std::vec::Vec<super::types::GroupBaseInfoField>,
    >,
    /// The account's own member fields to return, in SelfInfo.
    ///
    /// Wire name `SelfInfoFilter`. Optional. Limits: at most 16 items; one list, not to be split across calls; each item see [`GroupMemberField`]. Example: `["Role","JoinTime"]`.
    #[serde(rename = "SelfInfoFilter", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 16u32))]
    pub self_info_filter: ::core::option::Option<
        ::std::vec::Vec<super::types::GroupMemberField>,
    >,
}
impl JoinedGroupFilter {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            group_base_info_filter: ::core::option::Option::None,
            self_info_filter: ::core::option::Option::None,
        }
    }
    ///Sets `GroupBaseInfoFilter`: Group profile fields to return.
    #[must_use]
    pub fn group_base_info_filter(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::GroupBaseInfoField>,
    ) -> Self {
        self.group_base_info_filter = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
    ///Sets `SelfInfoFilter`: The account's own member fields to return, in SelfInfo.
    #[must_use]
    pub fn self_info_filter(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::GroupMemberField>,
    ) -> Self {
        self.self_info_filter = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for JoinedGroupFilter {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.group_base_info_filter {
            let at = at.field("GroupBaseInfoFilter");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(32u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.self_info_filter {
            let at = at.field("SelfInfoFilter");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(16u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The account's own member fields in this group (those SelfInfoFilter asks for).
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
pub struct JoinedGroupSelfInfo {
    /// The user's role in the group.
    ///
    /// Wire name `Role`. Optional. Limits: see [`MemberRole`]. Example: `"Member"`.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: ::core::option::Option<super::types::MemberRole>,
    /// When the user joined the group.
    ///
    /// Wire name `JoinTime`. Optional. Limits: see [`UnixTime`]. Example: `1588148506`.
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: ::core::option::Option<super::types::UnixTime>,
    /// How the user receives the group's messages.
    ///
    /// Wire name `MsgFlag`. Optional. Limits: see [`MsgFlag`]. Example: `"AcceptAndNotify"`.
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: ::core::option::Option<super::types::MsgFlag>,
    /// Sequence number of the last message the user has read.
    ///
    /// Wire name `MsgSeq`. Optional. Example: `1`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: ::core::option::Option<u64>,
    /// When the user's mute in the group ends; 0 when not muted.
    ///
    /// Wire name `MuteUntil`. Optional. Limits: see [`UnixTime`]. Example: `0`.
    #[serde(rename = "MuteUntil", default, skip_serializing_if = "Option::is_none")]
    pub mute_until: ::core::option::Option<super::types::UnixTime>,
    /// The user's name card in the group.
    ///
    /// Wire name `NameCard`. Optional. Limits: see [`NameCard`]. Example: `""`.
    #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 50u32))]
    pub name_card: ::core::option::Option<super::types::NameCard>,
    /// Communities with topics: the read position over all topics.
    ///
    /// Wire name `GrossTopicReadSeq`. Optional. Example: `2`.
    #[serde(
        rename = "GrossTopicReadSeq",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gross_topic_read_seq: ::core::option::Option<u64>,
}
impl JoinedGroupSelfInfo {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            role: ::core::option::Option::None,
            join_time: ::core::option::Option::None,
            msg_flag: ::core::option::Option::None,
            msg_seq: ::core::option::Option::None,
            mute_until: ::core::option::Option::None,
            name_card: ::core::option::Option::None,
            gross_topic_read_seq: ::core::option::Option::None,
        }
    }
    ///Sets `Role`: The user's role in the group.
    #[must_use]
    pub fn role(mut self, value: super::types::MemberRole) -> Self {
        self.role = ::core::option::Option::Some(value);
        self
    }
    ///Sets `JoinTime`: When the user joined the group.
    #[must_use]
    pub fn join_time(mut self, value: super::types::UnixTime) -> Self {
        self.join_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MsgFlag`: How the user receives the group's messages.
    #[must_use]
    pub fn msg_flag(mut self, value: super::types::MsgFlag) -> Self {
        self.msg_flag = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MsgSeq`: Sequence number of the last message the user has read.
    #[must_use]
    pub fn msg_seq(mut self, value: u64) -> Self {
        self.msg_seq = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MuteUntil`: When the user's mute in the group ends; 0 when not muted.
    #[must_use]
    pub fn mute_until(mut self, value: super::types::UnixTime) -> Self {
        self.mute_until = ::core::option::Option::Some(value);
        self
    }
    ///Sets `NameCard`: The user's name card in the group.
    #[must_use]
    pub fn name_card(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name_card = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `GrossTopicReadSeq`: Communities with topics: the read position over all topics.
    #[must_use]
    pub fn gross_topic_read_seq(mut self, value: u64) -> Self {
        self.gross_topic_read_seq = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for JoinedGroupSelfInfo {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.name_card {
            let at = at.field("NameCard");
            crate::__private::check_bytes(
                v,
                ::core::option::Option::None,
                ::core::option::Option::Some(50u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The groups of this page, with the fields the filter asks for.
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
pub struct JoinedGroup {
    /// The group's ID.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2J4SZEAEL"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The group type.
    ///
    /// Wire name `Type`. Optional. Limits: see [`GroupType`]. Example: `"Private"`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: ::core::option::Option<super::types::GroupType>,
    /// The group name.
    ///
    /// Wire name `Name`. Optional. Limits: see [`GroupName`]. Example: `"d"`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 30u32))]
    pub name: ::core::option::Option<super::types::GroupName>,
    /// The group introduction.
    ///
    /// Wire name `Introduction`. Optional. Limits: see [`GroupIntroduction`]. Example: `""`.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 240u32))]
    pub introduction: ::core::option::Option<super::types::GroupIntroduction>,
    /// The group notice.
    ///
    /// Wire name `Notification`. Optional. Limits: see [`GroupNotification`]. Example: `""`.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 300u32))]
    pub notification: ::core::option::Option<super::types::GroupNotification>,
    /// URL of the group's profile photo.
    ///
    /// Wire name `FaceUrl`. Optional. Limits: see [`GroupFaceUrl`]. Example: `""`.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100u32))]
    pub face_url: ::core::option::Option<super::types::GroupFaceUrl>,
    /// UserID of the owner; empty without one.
    ///
    /// Wire name `Owner_Account`. Optional. Example: `""`.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: ::core::option::Option<::std::string::String>,
    /// When the group was created.
    ///
    /// Wire name `CreateTime`. Optional. Limits: see [`UnixTime`]. Example: `1585718204`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: ::core::option::Option<super::types::UnixTime>,
    /// A counter that grows with every change of the group's profile.
    ///
    /// Wire name `InfoSeq`. Optional.
    #[serde(rename = "InfoSeq", default, skip_serializing_if = "Option::is_none")]
    pub info_seq: ::core::option::Option<u64>,
    /// When the group's profile last changed.
    ///
    /// Wire name `LastInfoTime`. Optional. Limits: see [`UnixTime`]. Example: `1588148506`.
    #[serde(rename = "LastInfoTime", default, skip_serializing_if = "Option::is_none")]
    pub last_info_time: ::core::option::Option<super::types::UnixTime>,
    /// When the last message was sent to the group.
    ///
    /// Wire name `LastMsgTime`. Optional. Limits: see [`UnixTime`]. Example: `0`.
    #[serde(rename = "LastMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_time: ::core::option::Option<super::types::UnixTime>,
    /// The sequence number the group's next message will get.
    ///
    /// Wire name `NextMsgSeq`. Optional. Example: `2`.
    #[serde(rename = "NextMsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub next_msg_seq: ::core::option::Option<u64>,
    /// The current number of members.
    ///
    /// Wire name `MemberNum`. Optional. Example: `1`.
    #[serde(rename = "MemberNum", default, skip_serializing_if = "Option::is_none")]
    pub member_num: ::core::option::Option<u32>,
    /// The most members the group may have.
    ///
    /// Wire name `MaxMemberNum`. Optional. Limits: see [`MaxMemberNum`]. Example: `200`.
    #[serde(rename = "MaxMemberNum", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100000))]
    pub max_member_num: ::core::option::Option<super::types::MaxMemberNum>,
    /// How requests to join are handled.
    ///
    /// Wire name `ApplyJoinOption`. Optional. Limits: see [`ApplyJoinOption`]. Example: `"DisableApply"`.
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: ::core::option::Option<super::types::ApplyJoinOption>,
    /// Whether the whole group is muted.
    ///
    /// Wire name `MuteAllMember`. Optional. Limits: see [`OnOff`]. Example: `"Off"`.
    #[serde(rename = "MuteAllMember", default, skip_serializing_if = "Option::is_none")]
    pub mute_all_member: ::core::option::Option<super::types::OnOff>,
    /// Communities: whether topics are enabled.
    ///
    /// Wire name `SupportTopic`. Optional. Limits: see [`YesNo`]. Example: `1`.
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: ::core::option::Option<super::types::YesNo>,
    /// Communities with topics: the next sequence number over all topics.
    ///
    /// Wire name `GrossTopicNextMsgSeq`. Optional. Example: `3`.
    #[serde(
        rename = "GrossTopicNextMsgSeq",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gross_topic_next_msg_seq: ::core::option::Option<u64>,
    /// The account's own member fields in this group (those SelfInfoFilter asks for).
    ///
    /// Wire name `SelfInfo`. Optional.
    #[serde(rename = "SelfInfo", default, skip_serializing_if = "Option::is_none")]
    pub self_info: ::core::option::Option<JoinedGroupSelfInfo>,
}
impl JoinedGroup {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            group_id: group_id.into(),
            r#type: ::core::option::Option::None,
            name: ::core::option::Option::None,
            introduction: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            face_url: ::core::option::Option::None,
            owner_account: ::core::option::Option::None,
            create_time: ::core::option::Option::None,
            info_seq: ::core::option::Option::None,
            last_info_time: ::core::option::Option::None,
            last_msg_time: ::core::option::Option::None,
            next_msg_seq: ::core::option::Option::None,
            member_num: ::core::option::Option::None,
            max_member_num: ::core::option::Option::None,
            apply_join_option: ::core::option::Option::None,
            mute_all_member: ::core::option::Option::None,
            support_topic: ::core::option::Option::None,
            gross_topic_next_msg_seq: ::core::option::Option::None,
            self_info: ::core::option::Option::None,
        }
    }
    ///Sets `Type`: The group type.
    #[must_use]
    pub fn r#type(mut self, value: super::types::GroupType) -> Self {
        self.r#type = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Name`: The group name.
    #[must_use]
    pub fn name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
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
    ///Sets `Owner_Account`: UserID of the owner; empty without one.
    #[must_use]
    pub fn owner_account(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_account = ::core::option::Option::Some(value.into());
        self
    }
    ///Sets `CreateTime`: When the group was created.
    #[must_use]
    pub fn create_time(mut self, value: super::types::UnixTime) -> Self {
        self.create_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `InfoSeq`: A counter that grows with every change of the group's profile.
    #[must_use]
    pub fn info_seq(mut self, value: u64) -> Self {
        self.info_seq = ::core::option::Option::Some(value);
        self
    }
    ///Sets `LastInfoTime`: When the group's profile last changed.
    #[must_use]
    pub fn last_info_time(mut self, value: super::types::UnixTime) -> Self {
        self.last_info_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `LastMsgTime`: When the last message was sent to the group.
    #[must_use]
    pub fn last_msg_time(mut self, value: super::types::UnixTime) -> Self {
        self.last_msg_time = ::core::option::Option::Some(value);
        self
    }
    ///Sets `NextMsgSeq`: The sequence number the group's next message will get.
    #[must_use]
    pub fn next_msg_seq(mut self, value: u64) -> Self {
        self.next_msg_seq = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MemberNum`: The current number of members.
    #[must_use]
    pub fn member_num(mut self, value: u32) -> Self {
        self.member_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MaxMemberNum`: The most members the group may have.
    #[must_use]
    pub fn max_member_num(mut self, value: super::types::MaxMemberNum) -> Self {
        self.max_member_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ApplyJoinOption`: How requests to join are handled.
    #[must_use]
    pub fn apply_join_option(mut self, value: super::types::ApplyJoinOption) -> Self {
        self.apply_join_option = ::core::option::Option::Some(value);
        self
    }
    ///Sets `MuteAllMember`: Whether the whole group is muted.
    #[must_use]
    pub fn mute_all_member(mut self, value: super::types::OnOff) -> Self {
        self.mute_all_member = ::core::option::Option::Some(value);
        self
    }
    ///Sets `SupportTopic`: Communities: whether topics are enabled.
    #[must_use]
    pub fn support_topic(mut self, value: super::types::YesNo) -> Self {
        self.support_topic = ::core::option::Option::Some(value);
        self
    }
    ///Sets `GrossTopicNextMsgSeq`: Communities with topics: the next sequence number over all topics.
    #[must_use]
    pub fn gross_topic_next_msg_seq(mut self, value: u64) -> Self {
        self.gross_topic_next_msg_seq = ::core::option::Option::Some(value);
        self
    }
    ///Sets `SelfInfo`: The account's own member fields in this group (those SelfInfoFilter asks for).
    #[must_use]
    pub fn self_info(mut self, value: JoinedGroupSelfInfo) -> Self {
        self.self_info = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for JoinedGroup {
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
        if let ::core::option::Option::Some(v) = &self.self_info {
            let at = at.field("SelfInfo");
            crate::Validate::validate_at(v, &at)?;
        }
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_joined_group_list`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetJoinedGroupListError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint. Also when Member_Account is not an imported account, or SupportTopic is given without GroupType Community.
    GroupInvalidParameter,
    /// `10018`: The answer would exceed the 1 MB response limit; request less data per call.
    GroupResponseTooLarge,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetJoinedGroupListError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10018i64 => Self::GroupResponseTooLarge,
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
                "A group request parameter is invalid; fix it using the error message as a hint. Also when Member_Account is not an imported account, or SupportTopic is given without GroupType Community."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetJoinedGroupListError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupResponseTooLarge => super::ErrorCode::GroupResponseTooLarge,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetJoinedGroupListError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetJoinedGroupListRequest {
    type Response = GetJoinedGroupListResponse;
    type Error = GetJoinedGroupListError;
    const INFO: &'static crate::EndpointInfo = &GET_JOINED_GROUP_LIST;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_joined_group_list", "`."
)]
pub static GET_JOINED_GROUP_LIST: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_joined_group_list",
    path: "v4/group_open_http_svc/get_joined_group_list",
    legacy_paths: &[],
    summary: "List the groups an account has joined, with the profile fields and own member fields asked for, page by page.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34925",
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
    group_field: ::core::option::Option::Some("GroupType"),
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
            code: 10018i64,
            name: "GroupResponseTooLarge",
            description: "The answer would exceed the 1 MB response limit; request less data per call.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "Member_Account",
            entity: crate::Entity::Account,
            missing: 10004i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"GroupIdList\":[{\"GroupId\":\"@TGS#2J4SZEAEL\"},{\"GroupId\":\"@TGS#2C5SZEAEF\"}],\"TotalCount\":2}",
    classify_error: crate::__private::classify::<GetJoinedGroupListError>,
    hooks: crate::EndpointHooks::of::<GetJoinedGroupListRequest>(),
};
///Pages through `v4/group_open_http_svc/get_joined_group_list`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for GetJoinedGroupListRequest {
    type Item = JoinedGroup;
    fn next_page(
        &self,
        response: &GetJoinedGroupListResponse,
        received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        let items = <Self as crate::Paged>::page_len(response) as u64;
        if crate::__private::wire_count(&self.limit).is_none_or(|limit| items < limit)
            || items == 0
            || crate::__private::wire_count(&response.total_count)
                .is_some_and(|total| received >= total)
        {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            next.offset = ::core::option::Option::Some(
                crate::__private::next_offset(&self.offset, items, "Offset")?,
            );
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
    fn page_len(response: &GetJoinedGroupListResponse) -> usize {
        response.group_id_list.len()
    }
    fn into_items(response: GetJoinedGroupListResponse) -> ::std::vec::Vec<Self::Item> {
        response.group_id_list
    }
}
