/// Set or remove marks (numeric labels) of up to 500 online members of an audio-video group.
///
/// CommandType 1 adds the given marks to each listed member and 2 removes them. Marks are numbers from 1000 up chosen by the app, plus two special marks only the app admin may set: 500 keeps a member counted as online for up to three days, 600 hides it from the online list unless the list is read by that mark. A group uses at most 10 different marks, each on at most 1,000 members. Only online members can be marked (except with 500), and marks are cleared when a member leaves or goes offline. The answer lists the members whose marks were changed; when none of them is online the call fails.
///
/// `POST v4/group_open_avchatroom_http_svc/modify_user_info`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | yes. |
/// | `ChatRoom` | no: the service answers 10007. Called Meeting in newer SDKs. Marks exist only in audio-video groups. |
/// | `Community` | no: the service answers 10007. Marks exist only in audio-video groups. |
/// | `Private` | no: the service answers 10007. Called Work in newer SDKs. Marks exist only in audio-video groups. |
/// | `Public` | no: the service answers 10007. Marks exist only in audio-video groups. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10001` [`GroupNotLoggedIn`](ModifyUserInfoError::GroupNotLoggedIn): The caller is not signed in: the admin identifier or its UserSig was not accepted; check both. The admin identifier or UserSig was not accepted.
/// - `10002` [`GroupInternalError`](ModifyUserInfoError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](ModifyUserInfoError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](ModifyUserInfoError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](ModifyUserInfoError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is neither the app admin nor the owner, the edition does not include the feature, or the group is not an audio-video group.
/// - `10010` [`GroupNotFound`](ModifyUserInfoError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](ModifyUserInfoError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
///
/// # Notes on the documentation
///
/// - Safe to repeat: setting a mark a member already has, or removing one it no longer has, changes nothing.
/// - The response table types MemberList as an Object; the samples show an array of {Member_Account, Marks}, the shared MemberMarks type. CommandType is echoed in the response sample but not in its table; it is kept as an optional integer.
/// - The request samples have a trailing comma after the last MemberList item (invalid JSON); the fixture drops it. The table describes GroupId as the group 'whose historical messages will be modified', a slip copied from another page.
/// - Marks must be 1000 or more, except the special 500 and 600; the spec cannot state a set of ranges, so a mark's value is not checked before sending. Each member carries at most 10 marks (the most a group can use).
/// - MemberList is not atomic: batch helpers split longer lists at 500 (the page's limit; it gives no code beyond it, 10004 is used).
/// - The emulator keeps no online state; it answers from the generic tier (the answer lists the request's members).
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/50294>. Spec: `specs/group_open_avchatroom_http_svc/modify_user_info.json`.
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
pub struct ModifyUserInfoRequest {
    /// ID of the audio-video group.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#a6I4ZUUGO"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// Whether the marks are set or removed.
    ///
    /// Wire name `CommandType`. Required. Example: `1`.
    #[serde(rename = "CommandType")]
    pub command_type: ModifyUserInfoCommandType,
    /// The members and their marks; a longer list may be sent in several calls.
    ///
    /// Wire name `MemberList`. Required. Limits: at least 1 items; at most 500 items; each item see [`MemberMarks`]. Example: `[{"Marks":[1000],"Member_Account":"teacher10"},{"Marks":[1001],"Member_Account":"student9"}]`.
    #[serde(rename = "MemberList")]
    #[schemars(length(min = 1u32, max = 500u32))]
    pub member_list: ::std::vec::Vec<super::types::MemberMarks>,
}
impl ModifyUserInfoRequest {
    ///Creates a value from its required fields (`group_id`, `command_type`, `member_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        command_type: ModifyUserInfoCommandType,
        member_list: impl ::core::iter::IntoIterator<Item = super::types::MemberMarks>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            command_type: command_type,
            member_list: member_list.into_iter().collect(),
        }
    }
}
impl crate::Validate for ModifyUserInfoRequest {
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
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(500u32),
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
/// The response of [`ModifyUserInfoRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct ModifyUserInfoResponse {
    /// The CommandType of the request, echoed back; in the sample, not in the table.
    ///
    /// Wire name `CommandType`. May be absent. Example: `1`.
    #[serde(rename = "CommandType", default, skip_serializing_if = "Option::is_none")]
    pub command_type: ::core::option::Option<u32>,
    /// The members whose marks changed; offline members are left out.
    ///
    /// Wire name `MemberList`. Always present. Limits: each item see [`MemberMarks`]. Example: `[{"Marks":[1000],"Member_Account":"teacher10"},{"Marks":[1001],"Member_Account":"student9"}]`.
    #[serde(rename = "MemberList")]
    pub member_list: ::std::vec::Vec<super::types::MemberMarks>,
}
impl ModifyUserInfoResponse {
    ///Creates a value from its required fields (`member_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        member_list: impl ::core::iter::IntoIterator<Item = super::types::MemberMarks>,
    ) -> Self {
        Self {
            member_list: member_list.into_iter().collect(),
            command_type: ::core::option::Option::None,
        }
    }
    ///Sets `CommandType`: The CommandType of the request, echoed back; in the sample, not in the table.
    #[must_use]
    pub fn command_type(mut self, value: u32) -> Self {
        self.command_type = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for ModifyUserInfoResponse {
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
/// Whether the marks are set or removed.
///
#[doc = concat!(" Wire values: ", "1, 2", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModifyUserInfoCommandType {
    /// `1`: Add the marks.
    Set,
    /// `2`: Remove the marks.
    Remove,
}
impl ModifyUserInfoCommandType {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Set, Self::Remove];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Set => 1i64,
            Self::Remove => 2i64,
        }
    }
    /// The value for a wire number (aliases included), if listed.
    pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
        match n {
            1i64 => ::core::option::Option::Some(Self::Set),
            2i64 => ::core::option::Option::Some(Self::Remove),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for ModifyUserInfoCommandType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for ModifyUserInfoCommandType {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for ModifyUserInfoCommandType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(n)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                crate::__private::serde::de::Unexpected::Signed(n),
                &concat!("one of ", "1, 2"),
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for ModifyUserInfoCommandType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("ModifyUserInfoCommandType")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!({ "type" : "integer", "enum" : [1, 2] })
    }
}
impl crate::Validate for ModifyUserInfoCommandType {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `modify_user_info`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyUserInfoError {
    /// `10001`: The caller is not signed in: the admin identifier or its UserSig was not accepted; check both. The admin identifier or UserSig was not accepted.
    GroupNotLoggedIn,
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is neither the app admin nor the owner, the edition does not include the feature, or the group is not an audio-video group.
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
impl crate::EndpointError for ModifyUserInfoError {
    fn from_code(code: i64) -> Self {
        match code {
            10001i64 => Self::GroupNotLoggedIn,
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
            Self::GroupNotLoggedIn => {
                "The caller is not signed in: the admin identifier or its UserSig was not accepted; check both. The admin identifier or UserSig was not accepted."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin. The caller is neither the app admin nor the owner, the edition does not include the feature, or the group is not an audio-video group."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl ModifyUserInfoError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupNotLoggedIn => super::ErrorCode::GroupNotLoggedIn,
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
impl ::core::fmt::Display for ModifyUserInfoError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for ModifyUserInfoRequest {
    type Response = ModifyUserInfoResponse;
    type Error = ModifyUserInfoError;
    const INFO: &'static crate::EndpointInfo = &MODIFY_USER_INFO;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "MemberList" => ::core::option::Option::Some(self.member_list.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "MemberList" => {
                ::core::option::Option::Some(Self {
                    member_list: self.member_list.get(items)?.to_vec(),
                    group_id: ::core::clone::Clone::clone(&self.group_id),
                    command_type: ::core::clone::Clone::clone(&self.command_type),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_avchatroom_http_svc/modify_user_info", "`."
)]
pub static MODIFY_USER_INFO: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_avchatroom_http_svc",
    command: "modify_user_info",
    path: "v4/group_open_avchatroom_http_svc/modify_user_info",
    legacy_paths: &[],
    summary: "Set or remove marks (numeric labels) of up to 500 online members of an audio-video group.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/50294",
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
                support: crate::GroupTypeSupport::Error(10007i64),
            },
            crate::GroupTypeRule {
                group_type: "Community",
                support: crate::GroupTypeSupport::Error(10007i64),
            },
            crate::GroupTypeRule {
                group_type: "Private",
                support: crate::GroupTypeSupport::Error(10007i64),
            },
            crate::GroupTypeRule {
                group_type: "Public",
                support: crate::GroupTypeSupport::Error(10007i64),
            },
        ],
    ),
    group_field: ::core::option::Option::Some("GroupId"),
    errors: &[
        crate::ErrorCodeInfo {
            code: 10001i64,
            name: "GroupNotLoggedIn",
            description: "The caller is not signed in: the admin identifier or its UserSig was not accepted; check both.",
            retry: crate::Retryability::No,
            public: false,
        },
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
            field: "MemberList",
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
    ],
    facts: &[],
    example_response: "{\"CommandType\":1,\"MemberList\":[{\"Marks\":[1000],\"Member_Account\":\"teacher10\"},{\"Marks\":[1001],\"Member_Account\":\"student9\"}]}",
    classify_error: crate::__private::classify::<ModifyUserInfoError>,
    hooks: crate::EndpointHooks::of::<ModifyUserInfoRequest>(),
};
