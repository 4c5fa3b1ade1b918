/// Read the profiles, members and custom fields of up to 50 groups.
///
/// Answers, for each listed group, its basic profile, its member list with each member's profile, and its group-level and member-level custom fields. Without ResponseFilter everything is returned; with it, only the basic fields, member fields and custom field keys it names. Each group carries its own ErrorCode: the call as a whole succeeds even when some groups do not exist. Audio-video groups (AVChatRoom) store no member profiles.
///
/// `POST v4/group_open_http_svc/get_group_info`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. The service stores no member profiles for these groups, so no full member list can be read. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetGroupInfoError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetGroupInfoError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetGroupInfoError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetGroupInfoError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin.
/// - `10010` [`GroupNotFound`](GetGroupInfoError::GroupNotFound): The group does not exist or was already dismissed. Also a group's own ErrorCode in GroupInfo.
/// - `10015` [`GroupInvalidGroupId`](GetGroupInfoError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed. Also a group's own ErrorCode in GroupInfo.
/// - `10018` [`GroupResponseTooLarge`](GetGroupInfoError::GroupResponseTooLarge): The answer would exceed the 1 MB response limit; request less data per call. Too much was asked for in one call: ask for fewer groups, or filter the fields.
///
/// # Notes on the documentation
///
/// - The docs have two pages for this command (get_group_info and get_group_info-2) with the same content; the first one's filter sample has an unquoted Role (invalid JSON) and its filtered response has custom field keys with a leading space (" MemberDefined1").
/// - The envelope's ErrorCode and ErrorInfo say little here: the sample comments call them meaningless and point to each group's own ErrorCode, which is where a missing group shows.
/// - The response table documents only GroupInfo; every field inside it (Appid, NextMsgSeq, MuteAllMember, the member fields, ...) comes from the samples and the group system page. InfoSeq is listed on the group system page but absent from the samples. All are optional because the filters decide which ones are sent.
/// - The request table says ResponseFilter holds three filters but lists four, and lists them as top-level rows although they sit inside ResponseFilter.
/// - The filter sample asks for member field "Account", while the response field is Member_Account and get_group_member_info says the member's UserID is always returned; GroupMemberField therefore does not list it (being open, it can still send "Account").
/// - The group type table says 'the 4 built-in group types' and then lists five. The group system page mentions types of older SDKs (BChatRoom) that are no longer recommended; GroupType stays closed so that requests naming an unknown type are refused, which means an answer reporting such a legacy type would not decode.
/// - The 50-group limit per call is stated in the sample prose only.
/// - The page gives no limit for the filter lists. The custom-field filters take at most 10 group-level and 5 member-level keys, the most custom fields an app can configure (group system page). GroupBaseInfoFilter (32) and MemberInfoFilter (16) are stated here, not documented: over twice the fields the docs list (14 and 7), leaving room for fields the service adds, since both enums are open.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34961>. Spec: `specs/group_open_http_svc/get_group_info.json`.
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
pub struct GetGroupInfoRequest {
    /// IDs of the groups to read.
    ///
    /// Wire name `GroupIdList`. Required. Limits: at most 50 items. Example: `["@TGS#1NVTZEAE4","@TGS#1CXTZEAET"]`.
    #[serde(rename = "GroupIdList")]
    #[schemars(length(max = 50u32))]
    pub group_id_list: ::std::vec::Vec<::std::string::String>,
    /// Which fields to return: without it every field is returned, with it only those its lists name.
    ///
    /// Wire name `ResponseFilter`. Optional.
    #[serde(rename = "ResponseFilter", default, skip_serializing_if = "Option::is_none")]
    pub response_filter: ::core::option::Option<GroupInfoFilter>,
}
impl GetGroupInfoRequest {
    ///Creates a value from its required fields (`group_id_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id_list: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            group_id_list: group_id_list
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            response_filter: ::core::option::Option::None,
        }
    }
    ///Sets `ResponseFilter`: Which fields to return: without it every field is returned, with it only those its lists name.
    #[must_use]
    pub fn response_filter(mut self, value: GroupInfoFilter) -> Self {
        self.response_filter = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for GetGroupInfoRequest {
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
                ::core::option::Option::Some(50u32),
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
/// The response of [`GetGroupInfoRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetGroupInfoResponse {
    /// One entry per requested group, with that group's own result code.
    ///
    /// Wire name `GroupInfo`. Always present. Example: `[{"ErrorCode":0,"ErrorInfo":"","GroupId":"@TGS#2J4SZEAEL","Name":"MyFirstGroup","Type":"Public"}]`.
    #[serde(rename = "GroupInfo")]
    pub group_info: ::std::vec::Vec<GroupInfo>,
}
impl GetGroupInfoResponse {
    ///Creates a value from its required fields (`group_info`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_info: impl ::core::iter::IntoIterator<Item = GroupInfo>) -> Self {
        Self {
            group_info: group_info.into_iter().collect(),
        }
    }
}
impl crate::Validate for GetGroupInfoResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("GroupInfo");
            let v = &self.group_info;
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
/// Which fields to return: without it every field is returned, with it only those its lists name.
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
pub struct GroupInfoFilter {
    /// The basic profile fields to return.
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
    /// The member profile fields to return for each member.
    ///
    /// Wire name `MemberInfoFilter`. Optional. Limits: at most 16 items; one list, not to be split across calls; each item see [`GroupMemberField`]. Example: `["Role"]`.
    #[serde(
        rename = "MemberInfoFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 16u32))]
    pub member_info_filter: ::core::option::Option<
        ::std::vec::Vec<super::types::GroupMemberField>,
    >,
    /// Keys of the group-level custom fields to return; an app has at most 10.
    ///
    /// Wire name `AppDefinedDataFilter_Group`. Optional. Limits: at most 10 items; one list, not to be split across calls; each item see [`CustomFieldKey`]. Example: `["GroupTestData1","GroupTestData2"]`.
    #[serde(
        rename = "AppDefinedDataFilter_Group",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 10u32))]
    #[schemars(inner(length(min = 1u32, max = 16u32)))]
    pub app_defined_data_filter_group: ::core::option::Option<
        ::std::vec::Vec<super::types::CustomFieldKey>,
    >,
    /// Keys of the member-level custom fields to return for each member; an app has at most 5.
    ///
    /// Wire name `AppDefinedDataFilter_GroupMember`. Optional. Limits: at most 5 items; one list, not to be split across calls; each item see [`CustomFieldKey`]. Example: `["MemberDefined2","MemberDefined1"]`.
    #[serde(
        rename = "AppDefinedDataFilter_GroupMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 5u32))]
    #[schemars(inner(length(min = 1u32, max = 16u32)))]
    pub app_defined_data_filter_group_member: ::core::option::Option<
        ::std::vec::Vec<super::types::CustomFieldKey>,
    >,
}
impl GroupInfoFilter {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            group_base_info_filter: ::core::option::Option::None,
            member_info_filter: ::core::option::Option::None,
            app_defined_data_filter_group: ::core::option::Option::None,
            app_defined_data_filter_group_member: ::core::option::Option::None,
        }
    }
    ///Sets `GroupBaseInfoFilter`: The basic profile fields to return.
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
    ///Sets `MemberInfoFilter`: The member profile fields to return for each member.
    #[must_use]
    pub fn member_info_filter(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::GroupMemberField>,
    ) -> Self {
        self.member_info_filter = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
    ///Sets `AppDefinedDataFilter_Group`: Keys of the group-level custom fields to return; an app has at most 10.
    #[must_use]
    pub fn app_defined_data_filter_group(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.app_defined_data_filter_group = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    ///Sets `AppDefinedDataFilter_GroupMember`: Keys of the member-level custom fields to return for each member; an app has at most 5.
    #[must_use]
    pub fn app_defined_data_filter_group_member(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.app_defined_data_filter_group_member = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for GroupInfoFilter {
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
        if let ::core::option::Option::Some(v) = &self.member_info_filter {
            let at = at.field("MemberInfoFilter");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(16u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.app_defined_data_filter_group {
            let at = at.field("AppDefinedDataFilter_Group");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(10u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(16u32),
                    &at,
                )?;
            }
        }
        if let ::core::option::Option::Some(v) = &self
            .app_defined_data_filter_group_member
        {
            let at = at.field("AppDefinedDataFilter_GroupMember");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(5u32),
                &at,
            )?;
            for (i, v) in v.iter().enumerate() {
                let at = at.index(i);
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(16u32),
                    &at,
                )?;
            }
        }
        ::core::result::Result::Ok(())
    }
}
/// One entry per requested group, with that group's own result code.
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
pub struct GroupInfo {
    /// The group's ID.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2J4SZEAEL"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The result for this group: 0, or the error code (such as 10010 or 10015 for a group that does not exist); when it is not 0 the other fields may be absent.
    ///
    /// Wire name `ErrorCode`. Required. Example: `0`.
    #[serde(rename = "ErrorCode")]
    pub error_code: i64,
    /// The service's explanation of this group's ErrorCode.
    ///
    /// Wire name `ErrorInfo`. Optional. Example: `""`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: ::core::option::Option<::std::string::String>,
    /// The group type.
    ///
    /// Wire name `Type`. Optional. Limits: see [`GroupType`]. Example: `"Public"`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: ::core::option::Option<super::types::GroupType>,
    /// The group name.
    ///
    /// Wire name `Name`. Optional. Limits: see [`GroupName`]. Example: `"MyFirstGroup"`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 30u32))]
    pub name: ::core::option::Option<super::types::GroupName>,
    /// The SDKAppID of the app the group belongs to.
    ///
    /// Wire name `Appid`. Optional. Example: `1400001001`.
    #[serde(rename = "Appid", default, skip_serializing_if = "Option::is_none")]
    pub appid: ::core::option::Option<u32>,
    /// The group introduction.
    ///
    /// Wire name `Introduction`. Optional. Limits: see [`GroupIntroduction`]. Example: `"TestGroup"`.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 240u32))]
    pub introduction: ::core::option::Option<super::types::GroupIntroduction>,
    /// The group notice.
    ///
    /// Wire name `Notification`. Optional. Limits: see [`GroupNotification`]. Example: `"TestGroup"`.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 300u32))]
    pub notification: ::core::option::Option<super::types::GroupNotification>,
    /// URL of the group's profile photo.
    ///
    /// Wire name `FaceUrl`. Optional. Limits: see [`GroupFaceUrl`]. Example: `"http://this.is.face.url"`.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100u32))]
    pub face_url: ::core::option::Option<super::types::GroupFaceUrl>,
    /// UserID of the owner, when the group has one.
    ///
    /// Wire name `Owner_Account`. Optional. Example: `"leckie"`.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: ::core::option::Option<::std::string::String>,
    /// When the group was created.
    ///
    /// Wire name `CreateTime`. Optional. Limits: see [`UnixTime`]. Example: `1426976500`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: ::core::option::Option<super::types::UnixTime>,
    /// A counter that grows with every change of the group's profile.
    ///
    /// Wire name `InfoSeq`. Optional.
    #[serde(rename = "InfoSeq", default, skip_serializing_if = "Option::is_none")]
    pub info_seq: ::core::option::Option<u64>,
    /// When the group's profile last changed.
    ///
    /// Wire name `LastInfoTime`. Optional. Limits: see [`UnixTime`]. Example: `1426976500`.
    #[serde(rename = "LastInfoTime", default, skip_serializing_if = "Option::is_none")]
    pub last_info_time: ::core::option::Option<super::types::UnixTime>,
    /// When the last message was sent to the group.
    ///
    /// Wire name `LastMsgTime`. Optional. Limits: see [`UnixTime`]. Example: `1426976600`.
    #[serde(rename = "LastMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_time: ::core::option::Option<super::types::UnixTime>,
    /// The sequence number the group's next message will get; messages are numbered from 1 and system notices count too.
    ///
    /// Wire name `NextMsgSeq`. Optional. Example: `1234`.
    #[serde(rename = "NextMsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub next_msg_seq: ::core::option::Option<u64>,
    /// The current number of members.
    ///
    /// Wire name `MemberNum`. Optional. Example: `2`.
    #[serde(rename = "MemberNum", default, skip_serializing_if = "Option::is_none")]
    pub member_num: ::core::option::Option<u32>,
    /// The most members the group may have (MaxMemberCount when creating it).
    ///
    /// Wire name `MaxMemberNum`. Optional. Limits: see [`MaxMemberNum`]. Example: `50`.
    #[serde(rename = "MaxMemberNum", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100000))]
    pub max_member_num: ::core::option::Option<super::types::MaxMemberNum>,
    /// How requests to join are handled.
    ///
    /// Wire name `ApplyJoinOption`. Optional. Limits: see [`ApplyJoinOption`]. Example: `"FreeAccess"`.
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: ::core::option::Option<super::types::ApplyJoinOption>,
    /// Whether the whole group is muted.
    ///
    /// Wire name `MuteAllMember`. Optional. Limits: see [`OnOff`]. Example: `"On"`.
    #[serde(rename = "MuteAllMember", default, skip_serializing_if = "Option::is_none")]
    pub mute_all_member: ::core::option::Option<super::types::OnOff>,
    /// The group-level custom fields (those the filter asks for).
    ///
    /// Wire name `AppDefinedData`. Optional. Limits: each item see [`AppDefinedDataItem`]. Example: `[{"Key":"GroupTestData1","Value":"xxxx"}]`.
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_defined_data: ::core::option::Option<
        ::std::vec::Vec<super::types::AppDefinedDataItem>,
    >,
    /// The members, with the member fields the filter asks for.
    ///
    /// Wire name `MemberList`. Optional. Limits: each item see [`GroupMemberInfo`]. Example: `[{"JoinTime":1425976500,"LastSendMsgTime":1425976500,"Member_Account":"leckie","MsgFlag":"AcceptAndNotify","MsgSeq":1233,"MuteUntil":1431069882,"Role":"Owner"}]`.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: ::core::option::Option<
        ::std::vec::Vec<super::types::GroupMemberInfo>,
    >,
}
impl GroupInfo {
    ///Creates a value from its required fields (`group_id`, `error_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        error_code: i64,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            error_code: error_code,
            error_info: ::core::option::Option::None,
            r#type: ::core::option::Option::None,
            name: ::core::option::Option::None,
            appid: ::core::option::Option::None,
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
            app_defined_data: ::core::option::Option::None,
            member_list: ::core::option::Option::None,
        }
    }
    ///Sets `ErrorInfo`: The service's explanation of this group's ErrorCode.
    #[must_use]
    pub fn error_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_info = ::core::option::Option::Some(value.into());
        self
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
    ///Sets `Appid`: The SDKAppID of the app the group belongs to.
    #[must_use]
    pub fn appid(mut self, value: u32) -> Self {
        self.appid = ::core::option::Option::Some(value);
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
    ///Sets `Owner_Account`: UserID of the owner, when the group has one.
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
    ///Sets `NextMsgSeq`: The sequence number the group's next message will get; messages are numbered from 1 and system notices count too.
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
    ///Sets `MaxMemberNum`: The most members the group may have (MaxMemberCount when creating it).
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
    ///Sets `AppDefinedData`: The group-level custom fields (those the filter asks for).
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
    ///Sets `MemberList`: The members, with the member fields the filter asks for.
    #[must_use]
    pub fn member_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::GroupMemberInfo>,
    ) -> Self {
        self.member_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for GroupInfo {
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
                ::core::option::Option::None,
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
///The error codes of `get_group_info`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetGroupInfoError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed. Also a group's own ErrorCode in GroupInfo.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed. Also a group's own ErrorCode in GroupInfo.
    GroupInvalidGroupId,
    /// `10018`: The answer would exceed the 1 MB response limit; request less data per call. Too much was asked for in one call: ask for fewer groups, or filter the fields.
    GroupResponseTooLarge,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetGroupInfoError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
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
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin."
            }
            Self::GroupNotFound => {
                "The group does not exist or was already dismissed. Also a group's own ErrorCode in GroupInfo."
            }
            Self::GroupInvalidGroupId => {
                "The group ID is invalid, meaning the group does not exist or was dismissed. Also a group's own ErrorCode in GroupInfo."
            }
            Self::GroupResponseTooLarge => {
                "The answer would exceed the 1 MB response limit; request less data per call. Too much was asked for in one call: ask for fewer groups, or filter the fields."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetGroupInfoError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupResponseTooLarge => super::ErrorCode::GroupResponseTooLarge,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetGroupInfoError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetGroupInfoRequest {
    type Response = GetGroupInfoResponse;
    type Error = GetGroupInfoError;
    const INFO: &'static crate::EndpointInfo = &GET_GROUP_INFO;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "GroupIdList" => ::core::option::Option::Some(self.group_id_list.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "GroupIdList" => {
                ::core::option::Option::Some(Self {
                    group_id_list: self.group_id_list.get(items)?.to_vec(),
                    response_filter: ::core::clone::Clone::clone(&self.response_filter),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_group_info", "`."
)]
pub static GET_GROUP_INFO: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_group_info",
    path: "v4/group_open_http_svc/get_group_info",
    legacy_paths: &[],
    summary: "Read the profiles, members and custom fields of up to 50 groups.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34961",
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
    group_field: ::core::option::Option::Some("GroupIdList"),
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
            code: 10018i64,
            name: "GroupResponseTooLarge",
            description: "The answer would exceed the 1 MB response limit; request less data per call.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "GroupIdList",
            max_items: 50u32,
        },
    ],
    references: &[],
    facts: &[],
    example_response: "{\"GroupInfo\":[{\"ErrorCode\":0,\"ErrorInfo\":\"\",\"GroupId\":\"@TGS#2J4SZEAEL\",\"Name\":\"MyFirstGroup\",\"Type\":\"Public\"}]}",
    classify_error: crate::__private::classify::<GetGroupInfoError>,
    hooks: crate::EndpointHooks::of::<GetGroupInfoRequest>(),
};
