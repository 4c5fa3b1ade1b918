/// Read a group's members and their profiles, page by page.
///
/// Answers the group's member count and a list of members with their profiles (role, join time, read position, message option, last message time, mute end, name card) and member-level custom fields. Filters choose the fields, the roles and the custom keys; the member's UserID is always returned. Without Limit every member is returned. Groups other than communities are paged with Limit and Offset; communities, which can be very large, are read in batches with Limit and the Next cursor instead (Offset is not supported there): send Next "" first, then each answer's Next, until an answer's Next is "".
///
/// `POST v4/group_open_http_svc/get_group_member_info`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. The service stores no member profiles for these groups. The page gives no code; 10007 is the code the docs give for the other member calls on audio-video groups. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | yes. Read in batches with Next; Offset is not supported. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetGroupMemberInfoError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetGroupMemberInfoError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetGroupMemberInfoError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetGroupMemberInfoError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or may not read a field it asked for; also, by inference, what audio-video groups get.
/// - `10010` [`GroupNotFound`](GetGroupMemberInfoError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetGroupMemberInfoError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10018` [`GroupResponseTooLarge`](GetGroupMemberInfoError::GroupResponseTooLarge): The answer would exceed the 1 MB response limit; request less data per call. The member list exceeds the 1 MB answer limit; page with Limit and Offset (or Next).
///
/// # Notes on the documentation
///
/// - Limit: the table says it cannot exceed 6000, while the prose gives a maximum of 200 with Offset and 100 with Next. The spec takes the table's 6000 as the hard limit (a larger value gets 10004) and records the prose values as advice.
/// - The group type table says audio-video groups are not supported and gives no code, while the get_role_in_group page sends readers to this call to query roles in audio-video groups. The spec follows this page's table and assumes 10007, as add_group_member, get_role_in_group and import_group_member document for audio-video groups.
/// - The response table lists AppMemberDefinedData as a top-level field; the samples put it inside each member, where GroupMemberInfo has it. The member fields themselves appear only in the samples and on the group system page.
/// - Samples are not all valid JSON (trailing commas after MuteUntil, a "...." placeholder) and one sends the role "Member " with a trailing space, which the open MemberRole keeps as Other.
/// - The page's debugging tool link points to openim/admin_msgwithdraw, a copy-paste slip.
/// - Offset's default of 0 is implied by 'set to 0 to start from the first member', not stated.
/// - The page gives no limit for the filter lists. AppDefinedDataFilter_GroupMember takes at most 5 keys, the most member-level custom fields an app can configure (group system page). MemberInfoFilter (16) and MemberRoleFilter (8) are stated here, not documented: over twice the values the docs list (7 fields, 3 roles), leaving room for values the service adds, since both enums are open. The filters are atomic: split over several calls they would ask for something else.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34948>. Spec: `specs/group_open_http_svc/get_group_member_info.json`.
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
pub struct GetGroupMemberInfoRequest {
    /// ID of the group whose members are read.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#1NVTZEAE4"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The member profile fields to return; without it every field is returned.
    ///
    /// Wire name `MemberInfoFilter`. Optional. Limits: at most 16 items; one list, not to be split across calls; each item see [`GroupMemberField`]. Example: `["Role","JoinTime","MsgSeq","MsgFlag","LastSendMsgTime","MuteUntil","NameCard"]`.
    #[serde(
        rename = "MemberInfoFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 16u32))]
    pub member_info_filter: ::core::option::Option<
        ::std::vec::Vec<super::types::GroupMemberField>,
    >,
    /// Return only members with these roles; without it members of every role are returned.
    ///
    /// Wire name `MemberRoleFilter`. Optional. Limits: at most 8 items; one list, not to be split across calls; each item see [`MemberRole`]. Example: `["Owner","Member"]`.
    #[serde(
        rename = "MemberRoleFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(max = 8u32))]
    pub member_role_filter: ::core::option::Option<
        ::std::vec::Vec<super::types::MemberRole>,
    >,
    /// Keys of the member-level custom fields to return; without it none are returned. An app has at most 5.
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
    /// The most members in one answer; without it every member is returned. The page recommends 100, and at most 200 per page with Offset or 100 per batch with Next.
    ///
    /// Wire name `Limit`. Optional. Limits: at most 6000. Example: `100`.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 6000))]
    pub limit: ::core::option::Option<u32>,
    /// Position of the first member to return, counting from 0: (page number - 1) x page size. Not for communities.
    ///
    /// Wire name `Offset`. Optional. The service assumes `0` when absent. Example: `0`.
    #[serde(rename = "Offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: ::core::option::Option<u32>,
    /// Communities only, where it is required: the batch cursor. "" for the first call, then the Next of the previous answer.
    ///
    /// Wire name `Next`. Optional. Example: `""`.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: ::core::option::Option<::std::string::String>,
}
impl GetGroupMemberInfoRequest {
    ///Creates a value from its required fields (`group_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            group_id: group_id.into(),
            member_info_filter: ::core::option::Option::None,
            member_role_filter: ::core::option::Option::None,
            app_defined_data_filter_group_member: ::core::option::Option::None,
            limit: ::core::option::Option::None,
            offset: ::core::option::Option::None,
            next: ::core::option::Option::None,
        }
    }
    ///Sets `MemberInfoFilter`: The member profile fields to return; without it every field is returned.
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
    ///Sets `MemberRoleFilter`: Return only members with these roles; without it members of every role are returned.
    #[must_use]
    pub fn member_role_filter(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::MemberRole>,
    ) -> Self {
        self.member_role_filter = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
    ///Sets `AppDefinedDataFilter_GroupMember`: Keys of the member-level custom fields to return; without it none are returned. An app has at most 5.
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
    ///Sets `Limit`: The most members in one answer; without it every member is returned. The page recommends 100, and at most 200 per page with Offset or 100 per batch with Next.
    #[must_use]
    pub fn limit(mut self, value: u32) -> Self {
        self.limit = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Offset`: Position of the first member to return, counting from 0: (page number - 1) x page size. Not for communities.
    #[must_use]
    pub fn offset(mut self, value: u32) -> Self {
        self.offset = ::core::option::Option::Some(value);
        self
    }
    ///Sets `Next`: Communities only, where it is required: the batch cursor. "" for the first call, then the Next of the previous answer.
    #[must_use]
    pub fn next(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.next = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for GetGroupMemberInfoRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.member_info_filter {
            let at = at.field("MemberInfoFilter");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(16u32),
                &at,
            )?;
        }
        if let ::core::option::Option::Some(v) = &self.member_role_filter {
            let at = at.field("MemberRoleFilter");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(8u32),
                &at,
            )?;
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
        if let ::core::option::Option::Some(v) = &self.limit {
            let at = at.field("Limit");
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::None,
                ::core::option::Option::Some(6000i128),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetGroupMemberInfoRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetGroupMemberInfoResponse {
    /// The group's total number of members (of every role, whatever the filters).
    ///
    /// Wire name `MemberNum`. Always present. Example: `2`.
    #[serde(rename = "MemberNum")]
    pub member_num: u32,
    /// The members of this page or batch, with the fields the filters ask for.
    ///
    /// Wire name `MemberList`. Always present. Limits: each item see [`GroupMemberInfo`]. Example: `[{"AppMemberDefinedData":[{"Key":"MemberDefined1","Value":"ModifyDefined1"}],"JoinTime":1425976500,"LastSendMsgTime":1425976500,"Member_Account":"bob","MsgFlag":"AcceptAndNotify","MsgSeq":1233,"MuteUntil":1431069882,"Role":"Owner"}]`.
    #[serde(rename = "MemberList")]
    pub member_list: ::std::vec::Vec<super::types::GroupMemberInfo>,
    /// Communities only: the cursor for the next batch; "" when there are no more members.
    ///
    /// Wire name `Next`. May be absent. Example: `"144115265295492787"`.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: ::core::option::Option<::std::string::String>,
}
impl GetGroupMemberInfoResponse {
    ///Creates a value from its required fields (`member_num`, `member_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_num: u32,
        member_list: impl ::core::iter::IntoIterator<
            Item = super::types::GroupMemberInfo,
        >,
    ) -> Self {
        Self {
            member_num: member_num,
            member_list: member_list.into_iter().collect(),
            next: ::core::option::Option::None,
        }
    }
    ///Sets `Next`: Communities only: the cursor for the next batch; "" when there are no more members.
    #[must_use]
    pub fn next(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.next = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for GetGroupMemberInfoResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MemberList");
            let v = &self.member_list;
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
///The error codes of `get_group_member_info`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetGroupMemberInfoError {
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or may not read a field it asked for; also, by inference, what audio-video groups get.
    GroupPermissionDenied,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10018`: The answer would exceed the 1 MB response limit; request less data per call. The member list exceeds the 1 MB answer limit; page with Limit and Offset (or Next).
    GroupResponseTooLarge,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetGroupMemberInfoError {
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
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is not the app admin, or may not read a field it asked for; also, by inference, what audio-video groups get."
            }
            Self::GroupResponseTooLarge => {
                "The answer would exceed the 1 MB response limit; request less data per call. The member list exceeds the 1 MB answer limit; page with Limit and Offset (or Next)."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetGroupMemberInfoError {
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
impl ::core::fmt::Display for GetGroupMemberInfoError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetGroupMemberInfoRequest {
    type Response = GetGroupMemberInfoResponse;
    type Error = GetGroupMemberInfoError;
    const INFO: &'static crate::EndpointInfo = &GET_GROUP_MEMBER_INFO;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_group_member_info", "`."
)]
pub static GET_GROUP_MEMBER_INFO: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_group_member_info",
    path: "v4/group_open_http_svc/get_group_member_info",
    legacy_paths: &[],
    summary: "Read a group's members and their profiles, page by page.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34948",
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
            field: "GroupId",
            entity: crate::Entity::Group,
            missing: 10010i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"MemberList\":[{\"AppMemberDefinedData\":[{\"Key\":\"MemberDefined1\",\"Value\":\"ModifyDefined1\"}],\"JoinTime\":1425976500,\"LastSendMsgTime\":1425976500,\"Member_Account\":\"bob\",\"MsgFlag\":\"AcceptAndNotify\",\"MsgSeq\":1233,\"MuteUntil\":1431069882,\"Role\":\"Owner\"}],\"MemberNum\":2,\"Next\":\"144115265295492787\"}",
    classify_error: crate::__private::classify::<GetGroupMemberInfoError>,
    hooks: crate::EndpointHooks::of::<GetGroupMemberInfoRequest>(),
};
///Pages through `v4/group_open_http_svc/get_group_member_info`: [`Client::pages`](crate::Client::pages) and [`Client::items`](crate::Client::items) read every page from this request on.
impl crate::Paged for GetGroupMemberInfoRequest {
    type Item = super::types::GroupMemberInfo;
    fn next_page(
        &self,
        response: &GetGroupMemberInfoResponse,
        _received: u64,
    ) -> ::core::result::Result<::core::option::Option<Self>, crate::PagingError> {
        let items = <Self as crate::Paged>::page_len(response) as u64;
        if self.next.is_some() {
            if crate::__private::wire_equals(&response.next, "\"\"") {
                ::core::result::Result::Ok(::core::option::Option::None)
            } else {
                let mut next = ::core::clone::Clone::clone(self);
                next.next = ::core::option::Option::Some(
                    ::core::clone::Clone::clone(&response.next)
                        .ok_or(crate::PagingError::MissingCursor {
                            field: "Next",
                        })?,
                );
                ::core::result::Result::Ok(::core::option::Option::Some(next))
            }
        } else if crate::__private::wire_count(&self.limit)
            .is_none_or(|limit| items < limit) || items == 0
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
    fn page_len(response: &GetGroupMemberInfoResponse) -> usize {
        response.member_list.len()
    }
    fn into_items(response: GetGroupMemberInfoResponse) -> ::std::vec::Vec<Self::Item> {
        response.member_list
    }
}
