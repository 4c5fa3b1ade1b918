/// List the members who have, or have not, read a group message, page by page.
///
/// For one group message, answers the members who read it (Filter 0) or those who did not (Filter 1), at most Count (up to 200) per call. Send Cursor "" first, then each answer's Cursor, until an answer has IsFinish 1. Read receipts need the Ultimate edition and the console switch for group read receipts; they exist only in work, public and meeting groups.
///
/// `POST v4/group_open_http_svc/get_group_msg_receipt_detail`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. The page gives no code; 10007 is assumed. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | no: the service answers 10007. The page gives no code; 10007 is assumed. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetGroupMsgReceiptDetailError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetGroupMsgReceiptDetailError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetGroupMsgReceiptDetailError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetGroupMsgReceiptDetailError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10010` [`GroupNotFound`](GetGroupMsgReceiptDetailError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetGroupMsgReceiptDetailError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10062` [`GroupReadReceiptNotFound`](GetGroupMsgReceiptDetailError::GroupReadReceiptNotFound): No read receipt exists for the requested message.
///
/// # Notes on the documentation
///
/// - The response table calls the end flag IsFinished; both samples and the prose send IsFinish, which the spec follows.
/// - The table marks MsgSeq optional, though it names the only message the call is about; the spec makes it required.
/// - The ReadList and UnreadList rows say 'list of messages'; they hold members.
/// - Count's maximum of 200 is the prose's; a minimum of 1 is implied (a page of nothing). Cursor is required: the first call sends "".
/// - No paging key: the members come in ReadList or UnreadList depending on Filter, and the paging key names one items field. Clients page by hand: Cursor from each answer until IsFinish is 1.
/// - The group type table marks AVChatRoom and Community unsupported without a code; 10007 is assumed.
/// - The link at the end of the page, to get_group_msg_receipt, points to an internal address.
///
/// Official documentation: <https://www.tencentcloud.com/document/product/1047/49438>. Spec: `specs/group_open_http_svc/get_group_msg_receipt_detail.json`.
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
pub struct GetGroupMsgReceiptDetailRequest {
    /// ID of the group of the message.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2TTV7VSII"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// Sequence number of the message.
    ///
    /// Wire name `MsgSeq`. Required. Example: `1`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// Which members to list.
    ///
    /// Wire name `Filter`. Required. Example: `1`.
    #[serde(rename = "Filter")]
    pub filter: GetGroupMsgReceiptDetailFilter,
    /// Where to continue: "" for the first call, then the Cursor of the previous answer.
    ///
    /// Wire name `Cursor`. Required. Example: `""`.
    #[serde(rename = "Cursor")]
    pub cursor: ::std::string::String,
    /// The most members in one answer; at most 200.
    ///
    /// Wire name `Count`. Required. Limits: at least 1; at most 200. Example: `5`.
    #[serde(rename = "Count")]
    #[schemars(range(min = 1, max = 200))]
    pub count: u32,
}
impl GetGroupMsgReceiptDetailRequest {
    ///Starts building from the required field `GroupId`; each further required field is named in turn, `GetGroupMsgReceiptDetailRequest::group_id(..).msg_seq(..).filter(..).cursor(..).count(..)`, which gives the value with optional fields unset.
    pub fn group_id(
        group_id: impl ::core::convert::Into<::std::string::String>,
    ) -> GetGroupMsgReceiptDetailRequestNeedsMsgSeq {
        GetGroupMsgReceiptDetailRequestNeedsMsgSeq {
            group_id: group_id.into(),
        }
    }
}
///A value of [`GetGroupMsgReceiptDetailRequest`] being built: `MsgSeq` comes next (`.msg_seq(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetGroupMsgReceiptDetailRequest` exists only once every required field is given"]
pub struct GetGroupMsgReceiptDetailRequestNeedsMsgSeq {
    group_id: ::std::string::String,
}
impl GetGroupMsgReceiptDetailRequestNeedsMsgSeq {
    ///Sets `MsgSeq`.
    pub fn msg_seq(self, msg_seq: u64) -> GetGroupMsgReceiptDetailRequestNeedsFilter {
        GetGroupMsgReceiptDetailRequestNeedsFilter {
            group_id: self.group_id,
            msg_seq: msg_seq,
        }
    }
}
///A value of [`GetGroupMsgReceiptDetailRequest`] being built: `Filter` comes next (`.filter(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetGroupMsgReceiptDetailRequest` exists only once every required field is given"]
pub struct GetGroupMsgReceiptDetailRequestNeedsFilter {
    group_id: ::std::string::String,
    msg_seq: u64,
}
impl GetGroupMsgReceiptDetailRequestNeedsFilter {
    ///Sets `Filter`.
    pub fn filter(
        self,
        filter: GetGroupMsgReceiptDetailFilter,
    ) -> GetGroupMsgReceiptDetailRequestNeedsCursor {
        GetGroupMsgReceiptDetailRequestNeedsCursor {
            group_id: self.group_id,
            msg_seq: self.msg_seq,
            filter: filter,
        }
    }
}
///A value of [`GetGroupMsgReceiptDetailRequest`] being built: `Cursor` comes next (`.cursor(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetGroupMsgReceiptDetailRequest` exists only once every required field is given"]
pub struct GetGroupMsgReceiptDetailRequestNeedsCursor {
    group_id: ::std::string::String,
    msg_seq: u64,
    filter: GetGroupMsgReceiptDetailFilter,
}
impl GetGroupMsgReceiptDetailRequestNeedsCursor {
    ///Sets `Cursor`.
    pub fn cursor(
        self,
        cursor: impl ::core::convert::Into<::std::string::String>,
    ) -> GetGroupMsgReceiptDetailRequestNeedsCount {
        GetGroupMsgReceiptDetailRequestNeedsCount {
            group_id: self.group_id,
            msg_seq: self.msg_seq,
            filter: self.filter,
            cursor: cursor.into(),
        }
    }
}
///A value of [`GetGroupMsgReceiptDetailRequest`] being built: `Count` comes next (`.count(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `GetGroupMsgReceiptDetailRequest` exists only once every required field is given"]
pub struct GetGroupMsgReceiptDetailRequestNeedsCount {
    group_id: ::std::string::String,
    msg_seq: u64,
    filter: GetGroupMsgReceiptDetailFilter,
    cursor: ::std::string::String,
}
impl GetGroupMsgReceiptDetailRequestNeedsCount {
    ///Sets `Count`.
    pub fn count(self, count: u32) -> GetGroupMsgReceiptDetailRequest {
        GetGroupMsgReceiptDetailRequest {
            group_id: self.group_id,
            msg_seq: self.msg_seq,
            filter: self.filter,
            cursor: self.cursor,
            count: count,
        }
    }
}
impl crate::Validate for GetGroupMsgReceiptDetailRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("Count");
            let v = &self.count;
            crate::__private::check_int(
                crate::__private::AsI128::as_i128(v),
                ::core::option::Option::Some(1i128),
                ::core::option::Option::Some(200i128),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetGroupMsgReceiptDetailRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetGroupMsgReceiptDetailResponse {
    /// Yes (1) when this answer holds the last members of the list.
    ///
    /// Wire name `IsFinish`. Always present. Limits: see [`YesNo`]. Example: `0`.
    #[serde(rename = "IsFinish")]
    pub is_finish: super::types::YesNo,
    /// The Cursor to send for the next page.
    ///
    /// Wire name `Cursor`. Always present. Example: `"144115213529088617"`.
    #[serde(rename = "Cursor")]
    pub cursor: ::std::string::String,
    /// Sequence number of the message.
    ///
    /// Wire name `MsgSeq`. May be absent. Example: `1`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: ::core::option::Option<u64>,
    /// With Filter 0: members who read the message.
    ///
    /// Wire name `ReadList`. May be absent. Example: `[{"Read_Account":"test1"}]`.
    #[serde(rename = "ReadList", default, skip_serializing_if = "Option::is_none")]
    pub read_list: ::core::option::Option<::std::vec::Vec<GroupMsgReader>>,
    /// With Filter 1: members who have not read the message.
    ///
    /// Wire name `UnreadList`. May be absent. Example: `[{"Unread_Account":"test"}]`.
    #[serde(rename = "UnreadList", default, skip_serializing_if = "Option::is_none")]
    pub unread_list: ::core::option::Option<::std::vec::Vec<GroupMsgNonReader>>,
}
impl GetGroupMsgReceiptDetailResponse {
    ///Creates a value from its required fields (`is_finish`, `cursor`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        is_finish: super::types::YesNo,
        cursor: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            is_finish: is_finish,
            cursor: cursor.into(),
            msg_seq: ::core::option::Option::None,
            read_list: ::core::option::Option::None,
            unread_list: ::core::option::Option::None,
        }
    }
    ///Sets `MsgSeq`: Sequence number of the message.
    #[must_use]
    pub fn msg_seq(mut self, value: u64) -> Self {
        self.msg_seq = ::core::option::Option::Some(value);
        self
    }
    ///Sets `ReadList`: With Filter 0: members who read the message.
    #[must_use]
    pub fn read_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = GroupMsgReader>,
    ) -> Self {
        self.read_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `UnreadList`: With Filter 1: members who have not read the message.
    #[must_use]
    pub fn unread_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = GroupMsgNonReader>,
    ) -> Self {
        self.unread_list = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
}
impl crate::Validate for GetGroupMsgReceiptDetailResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Which members to list.
///
#[doc = concat!(" Wire values: ", "0, 1", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GetGroupMsgReceiptDetailFilter {
    /// `0`: The members who read the message.
    Read,
    /// `1`: The members who have not read it.
    Unread,
}
impl GetGroupMsgReceiptDetailFilter {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::Read, Self::Unread];
    /// The value as sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Read => 0i64,
            Self::Unread => 1i64,
        }
    }
    /// The value for a wire number (aliases included), if listed.
    pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
        match n {
            0i64 => ::core::option::Option::Some(Self::Read),
            1i64 => ::core::option::Option::Some(Self::Unread),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for GetGroupMsgReceiptDetailFilter {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}", self.as_i64())
    }
}
impl crate::__private::serde::Serialize for GetGroupMsgReceiptDetailFilter {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for GetGroupMsgReceiptDetailFilter {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(n)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                crate::__private::serde::de::Unexpected::Signed(n),
                &concat!("one of ", "0, 1"),
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GetGroupMsgReceiptDetailFilter {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GetGroupMsgReceiptDetailFilter")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!({ "type" : "integer", "enum" : [0, 1] })
    }
}
impl crate::Validate for GetGroupMsgReceiptDetailFilter {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// With Filter 0: members who read the message.
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
pub struct GroupMsgReader {
    /// UserID of a member who read the message.
    ///
    /// Wire name `Read_Account`. Required. Example: `"test1"`.
    #[serde(rename = "Read_Account")]
    pub read_account: ::std::string::String,
}
impl GroupMsgReader {
    ///Creates a value from its required fields (`read_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(read_account: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            read_account: read_account.into(),
        }
    }
}
impl crate::Validate for GroupMsgReader {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// With Filter 1: members who have not read the message.
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
pub struct GroupMsgNonReader {
    /// UserID of a member who has not read the message.
    ///
    /// Wire name `Unread_Account`. Required. Example: `"test"`.
    #[serde(rename = "Unread_Account")]
    pub unread_account: ::std::string::String,
}
impl GroupMsgNonReader {
    ///Creates a value from its required fields (`unread_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        unread_account: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            unread_account: unread_account.into(),
        }
    }
}
impl crate::Validate for GroupMsgNonReader {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_group_msg_receipt_detail`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetGroupMsgReceiptDetailError {
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
    /// `10062`: No read receipt exists for the requested message.
    GroupReadReceiptNotFound,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetGroupMsgReceiptDetailError {
    fn from_code(code: i64) -> Self {
        match code {
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10007i64 => Self::GroupPermissionDenied,
            10010i64 => Self::GroupNotFound,
            10015i64 => Self::GroupInvalidGroupId,
            10062i64 => Self::GroupReadReceiptNotFound,
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
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetGroupMsgReceiptDetailError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::GroupInternalError => super::ErrorCode::GroupInternalError,
            Self::GroupInvalidApiName => super::ErrorCode::GroupInvalidApiName,
            Self::GroupInvalidParameter => super::ErrorCode::GroupInvalidParameter,
            Self::GroupPermissionDenied => super::ErrorCode::GroupPermissionDenied,
            Self::GroupNotFound => super::ErrorCode::GroupNotFound,
            Self::GroupInvalidGroupId => super::ErrorCode::GroupInvalidGroupId,
            Self::GroupReadReceiptNotFound => super::ErrorCode::GroupReadReceiptNotFound,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetGroupMsgReceiptDetailError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetGroupMsgReceiptDetailRequest {
    type Response = GetGroupMsgReceiptDetailResponse;
    type Error = GetGroupMsgReceiptDetailError;
    const INFO: &'static crate::EndpointInfo = &GET_GROUP_MSG_RECEIPT_DETAIL;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_group_msg_receipt_detail",
    "`."
)]
pub static GET_GROUP_MSG_RECEIPT_DETAIL: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_group_msg_receipt_detail",
    path: "v4/group_open_http_svc/get_group_msg_receipt_detail",
    legacy_paths: &[],
    summary: "List the members who have, or have not, read a group message, page by page.",
    docs: "https://www.tencentcloud.com/document/product/1047/49438",
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
                support: crate::GroupTypeSupport::Error(10007i64),
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
            code: 10062i64,
            name: "GroupReadReceiptNotFound",
            description: "No read receipt exists for the requested message.",
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
    example_response: "{\"Cursor\":\"144115213529088617\",\"IsFinish\":0,\"MsgSeq\":1,\"ReadList\":[{\"Read_Account\":\"test1\"}],\"UnreadList\":[{\"Unread_Account\":\"test\"}]}",
    classify_error: crate::__private::classify::<GetGroupMsgReceiptDetailError>,
    hooks: crate::EndpointHooks::of::<GetGroupMsgReceiptDetailRequest>(),
};
