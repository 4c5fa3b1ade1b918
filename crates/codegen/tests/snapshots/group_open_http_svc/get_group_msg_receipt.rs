/// Read how many members have and have not read some group messages.
///
/// For messages named by sequence number, answers the number of members who read each and the number who did not, with a code per message (10062 when the message has no read receipt). Read receipts need the Ultimate edition and the console switch for group read receipts; they exist only in work, public and meeting groups.
///
/// `POST v4/group_open_http_svc/get_group_msg_receipt`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `10004`.
///
/// # Group types
///
/// | Group type | Supported |
/// |---|---|
/// | `AVChatRoom` | no: the service answers 10007. The page gives no code; 10007 is assumed, as for other member calls on these groups. |
/// | `ChatRoom` | yes. Called Meeting in newer SDKs. |
/// | `Community` | no: the service answers 10007. The page gives no code; 10007 is assumed. |
/// | `Private` | yes. Called Work in newer SDKs. |
/// | `Public` | yes. |
///
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `10002` [`GroupInternalError`](GetGroupMsgReceiptError::GroupInternalError): The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `10003` [`GroupInvalidApiName`](GetGroupMsgReceiptError::GroupInvalidApiName): The API name in the request URL is not recognized; correct it.
/// - `10004` [`GroupInvalidParameter`](GetGroupMsgReceiptError::GroupInvalidParameter): A group request parameter is invalid; fix it using the error message as a hint.
/// - `10007` [`GroupPermissionDenied`](GetGroupMsgReceiptError::GroupPermissionDenied): The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
/// - `10010` [`GroupNotFound`](GetGroupMsgReceiptError::GroupNotFound): The group does not exist or was already dismissed.
/// - `10015` [`GroupInvalidGroupId`](GetGroupMsgReceiptError::GroupInvalidGroupId): The group ID is invalid, meaning the group does not exist or was dismissed.
/// - `10062` [`GroupReadReceiptNotFound`](GetGroupMsgReceiptError::GroupReadReceiptNotFound): No read receipt exists for the requested message. Also a per-message Code.
///
/// # Notes on the documentation
///
/// - The snapshot's link to this page is broken (an internal address); the docs address here is that of the detail page's neighbour, inferred, not read from the snapshot.
/// - The page states no limit on MsgSeqList; at least one message is implied. It is not atomic: the receipts of 20 messages read as two calls are the same.
/// - ReadNum and UnreadNum are optional because a message without a receipt (Code 10062) has no counts; the page does not show such an item.
/// - The group type table marks AVChatRoom and Community unsupported without a code; 10007 is assumed.
/// - Read only and safe to repeat. The 10059 (Ultimate edition required) code of the general page is not listed here, as the page does not list it.
///
/// Official documentation: <https://www.tencentcloud.com/document/product/1047/49437>. Spec: `specs/group_open_http_svc/get_group_msg_receipt.json`.
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
pub struct GetGroupMsgReceiptRequest {
    /// ID of the group of the messages.
    ///
    /// Wire name `GroupId`. Required. Example: `"@TGS#2TTV7VSII"`.
    #[serde(rename = "GroupId")]
    pub group_id: ::std::string::String,
    /// The messages whose receipts are read, by sequence number.
    ///
    /// Wire name `MsgSeqList`. Required. Limits: at least 1 items; each item see [`GroupMsgSeqItem`]. Example: `[{"MsgSeq":1},{"MsgSeq":2}]`.
    #[serde(rename = "MsgSeqList")]
    #[schemars(length(min = 1u32))]
    pub msg_seq_list: ::std::vec::Vec<super::types::GroupMsgSeqItem>,
}
impl GetGroupMsgReceiptRequest {
    ///Creates a value from its required fields (`group_id`, `msg_seq_list`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_id: impl ::core::convert::Into<::std::string::String>,
        msg_seq_list: impl ::core::iter::IntoIterator<
            Item = super::types::GroupMsgSeqItem,
        >,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq_list: msg_seq_list.into_iter().collect(),
        }
    }
}
impl crate::Validate for GetGroupMsgReceiptRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MsgSeqList");
            let v = &self.msg_seq_list;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::None,
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetGroupMsgReceiptRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetGroupMsgReceiptResponse {
    /// One read receipt per requested message.
    ///
    /// Wire name `GroupMsgReceiptList`. May be absent. Example: `[{"Code":0,"MsgSeq":1,"ReadNum":1,"UnreadNum":6}]`.
    #[serde(
        rename = "GroupMsgReceiptList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_msg_receipt_list: ::core::option::Option<::std::vec::Vec<GroupMsgReceipt>>,
}
impl GetGroupMsgReceiptResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            group_msg_receipt_list: ::core::option::Option::None,
        }
    }
    ///Sets `GroupMsgReceiptList`: One read receipt per requested message.
    #[must_use]
    pub fn group_msg_receipt_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = GroupMsgReceipt>,
    ) -> Self {
        self.group_msg_receipt_list = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for GetGroupMsgReceiptResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One read receipt per requested message.
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
pub struct GroupMsgReceipt {
    /// 0 when the receipt was found; otherwise why not (10062: the message has no read receipt).
    ///
    /// Wire name `Code`. Required. Example: `0`.
    #[serde(rename = "Code")]
    pub code: i64,
    /// Sequence number of the message.
    ///
    /// Wire name `MsgSeq`. Required. Example: `1`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// How many members read the message.
    ///
    /// Wire name `ReadNum`. Optional. Example: `1`.
    #[serde(rename = "ReadNum", default, skip_serializing_if = "Option::is_none")]
    pub read_num: ::core::option::Option<u32>,
    /// How many members have not read it.
    ///
    /// Wire name `UnreadNum`. Optional. Example: `6`.
    #[serde(rename = "UnreadNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_num: ::core::option::Option<u32>,
}
impl GroupMsgReceipt {
    ///Creates a value from its required fields (`code`, `msg_seq`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(code: i64, msg_seq: u64) -> Self {
        Self {
            code: code,
            msg_seq: msg_seq,
            read_num: ::core::option::Option::None,
            unread_num: ::core::option::Option::None,
        }
    }
    ///Sets `ReadNum`: How many members read the message.
    #[must_use]
    pub fn read_num(mut self, value: u32) -> Self {
        self.read_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `UnreadNum`: How many members have not read it.
    #[must_use]
    pub fn unread_num(mut self, value: u32) -> Self {
        self.unread_num = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for GroupMsgReceipt {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_group_msg_receipt`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetGroupMsgReceiptError {
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
    /// `10062`: No read receipt exists for the requested message. Also a per-message Code.
    GroupReadReceiptNotFound,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetGroupMsgReceiptError {
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
            Self::GroupReadReceiptNotFound => {
                "No read receipt exists for the requested message. Also a per-message Code."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetGroupMsgReceiptError {
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
impl ::core::fmt::Display for GetGroupMsgReceiptError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetGroupMsgReceiptRequest {
    type Response = GetGroupMsgReceiptResponse;
    type Error = GetGroupMsgReceiptError;
    const INFO: &'static crate::EndpointInfo = &GET_GROUP_MSG_RECEIPT;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!(
    "Metadata and hooks of `", "v4/group_open_http_svc/get_group_msg_receipt", "`."
)]
pub static GET_GROUP_MSG_RECEIPT: crate::EndpointInfo = crate::EndpointInfo {
    service: "group_open_http_svc",
    command: "get_group_msg_receipt",
    path: "v4/group_open_http_svc/get_group_msg_receipt",
    legacy_paths: &[],
    summary: "Read how many members have and have not read some group messages.",
    docs: "https://www.tencentcloud.com/document/product/1047/49437",
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
    example_response: "{\"GroupMsgReceiptList\":[{\"Code\":0,\"MsgSeq\":1,\"ReadNum\":1,\"UnreadNum\":6}]}",
    classify_error: crate::__private::classify::<GetGroupMsgReceiptError>,
    hooks: crate::EndpointHooks::of::<GetGroupMsgReceiptRequest>(),
};
