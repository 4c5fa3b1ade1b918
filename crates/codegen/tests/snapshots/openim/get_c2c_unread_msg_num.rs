/// Count one account's unread one-to-one messages, per peer.
///
/// Returns how many one-to-one messages To_Account has not read, in total and per peer: for the peers listed in Peer_Account, or for every conversation with unread messages when none is listed. Messages sent with SendMsgControl NoUnread or imported as history do not count; admin_set_msg_read clears a conversation's count.
///
/// `POST v4/openim/get_c2c_unread_msg_num`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `90001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `90001` [`MsgJsonParseFailed`](GetC2cUnreadMsgNumError::MsgJsonParseFailed): The request body is not valid JSON; fix the body.
/// - `90012` [`MsgToAccountNotRegistered`](GetC2cUnreadMsgNumError::MsgToAccountNotRegistered): To_Account is not registered; check that it was imported and is spelled correctly. To_Account is not an imported account.
///
/// # Notes on the documentation
///
/// - The docs snapshot has no page for this call. The request (To_Account, optional Peer_Account) and the per-peer response (C2CUnreadMsgNumList of Peer_Account and C2CUnreadMsgNum) are what existing client libraries send and decode; the published page (1047/41046, newer than the snapshot) confirms them and adds AllC2CUnreadMsgNum (answered when Peer_Account is absent, while the list answers a request that names peers), the limit of 10 peers and the rate limit. It is not part of the snapshot, so its error codes are not taken over: 90001 and 90012 are assumed as for the other openim calls.
/// - The response is open: the service may add fields (the published page describes a per-peer ErrorList), which decoding drops.
/// - Peer_Account is not atomic: counts are read independently, so a longer list may be split.
/// - Safe to repeat: the call only reads.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/41046>. Spec: `specs/openim/get_c2c_unread_msg_num.json`.
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
pub struct GetC2cUnreadMsgNumRequest {
    /// The account whose unread counts to read.
    ///
    /// Wire name `To_Account`. Required. Example: `"test2"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The peers whose conversations to count; all conversations when absent.
    ///
    /// Wire name `Peer_Account`. Optional. Limits: at most 10 items. Example: `["test1","test3"]`.
    #[serde(rename = "Peer_Account", default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 10u32))]
    pub peer_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl GetC2cUnreadMsgNumRequest {
    ///Creates a value from its required fields (`to_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(to_account: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            to_account: to_account.into(),
            peer_account: ::core::option::Option::None,
        }
    }
    ///Sets `Peer_Account`: The peers whose conversations to count; all conversations when absent.
    #[must_use]
    pub fn peer_account(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.peer_account = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for GetC2cUnreadMsgNumRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        if let ::core::option::Option::Some(v) = &self.peer_account {
            let at = at.field("Peer_Account");
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::None,
                ::core::option::Option::Some(10u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetC2cUnreadMsgNumRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetC2cUnreadMsgNumResponse {
    /// The total of unread one-to-one messages over every conversation; answered when Peer_Account is absent.
    ///
    /// Wire name `AllC2CUnreadMsgNum`. May be absent. Example: `12`.
    #[serde(
        rename = "AllC2CUnreadMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub all_c2c_unread_msg_num: ::core::option::Option<u32>,
    /// Unread counts per listed peer; answered when Peer_Account is given.
    ///
    /// Wire name `C2CUnreadMsgNumList`. May be absent. Example: `[{"C2CUnreadMsgNum":12,"Peer_Account":"test1"}]`.
    #[serde(
        rename = "C2CUnreadMsgNumList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_unread_msg_num_list: ::core::option::Option<::std::vec::Vec<C2cUnreadCount>>,
}
impl GetC2cUnreadMsgNumResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            all_c2c_unread_msg_num: ::core::option::Option::None,
            c2c_unread_msg_num_list: ::core::option::Option::None,
        }
    }
    ///Sets `AllC2CUnreadMsgNum`: The total of unread one-to-one messages over every conversation; answered when Peer_Account is absent.
    #[must_use]
    pub fn all_c2c_unread_msg_num(mut self, value: u32) -> Self {
        self.all_c2c_unread_msg_num = ::core::option::Option::Some(value);
        self
    }
    ///Sets `C2CUnreadMsgNumList`: Unread counts per listed peer; answered when Peer_Account is given.
    #[must_use]
    pub fn c2c_unread_msg_num_list(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = C2cUnreadCount>,
    ) -> Self {
        self.c2c_unread_msg_num_list = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
}
impl crate::Validate for GetC2cUnreadMsgNumResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Unread counts per listed peer; answered when Peer_Account is given.
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
pub struct C2cUnreadCount {
    /// The peer.
    ///
    /// Wire name `Peer_Account`. Required. Example: `"test1"`.
    #[serde(rename = "Peer_Account")]
    pub peer_account: ::std::string::String,
    /// Messages from this peer that are unread.
    ///
    /// Wire name `C2CUnreadMsgNum`. Required. Example: `12`.
    #[serde(rename = "C2CUnreadMsgNum")]
    pub c2c_unread_msg_num: u32,
}
impl C2cUnreadCount {
    ///Creates a value from its required fields (`peer_account`, `c2c_unread_msg_num`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        peer_account: impl ::core::convert::Into<::std::string::String>,
        c2c_unread_msg_num: u32,
    ) -> Self {
        Self {
            peer_account: peer_account.into(),
            c2c_unread_msg_num: c2c_unread_msg_num,
        }
    }
}
impl crate::Validate for C2cUnreadCount {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_c2c_unread_msg_num`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetC2cUnreadMsgNumError {
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90012`: To_Account is not registered; check that it was imported and is spelled correctly. To_Account is not an imported account.
    MsgToAccountNotRegistered,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetC2cUnreadMsgNumError {
    fn from_code(code: i64) -> Self {
        match code {
            90001i64 => Self::MsgJsonParseFailed,
            90012i64 => Self::MsgToAccountNotRegistered,
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
            Self::MsgToAccountNotRegistered => {
                "To_Account is not registered; check that it was imported and is spelled correctly. To_Account is not an imported account."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl GetC2cUnreadMsgNumError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::MsgJsonParseFailed => super::ErrorCode::MsgJsonParseFailed,
            Self::MsgToAccountNotRegistered => {
                super::ErrorCode::MsgToAccountNotRegistered
            }
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetC2cUnreadMsgNumError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetC2cUnreadMsgNumRequest {
    type Response = GetC2cUnreadMsgNumResponse;
    type Error = GetC2cUnreadMsgNumError;
    const INFO: &'static crate::EndpointInfo = &GET_C2C_UNREAD_MSG_NUM;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "Peer_Account" => self.peer_account.as_ref().map(::std::vec::Vec::len),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "Peer_Account" => {
                ::core::option::Option::Some(Self {
                    peer_account: ::core::option::Option::Some(
                        self.peer_account.as_ref()?.get(items)?.to_vec(),
                    ),
                    to_account: ::core::clone::Clone::clone(&self.to_account),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/openim/get_c2c_unread_msg_num", "`.")]
pub static GET_C2C_UNREAD_MSG_NUM: crate::EndpointInfo = crate::EndpointInfo {
    service: "openim",
    command: "get_c2c_unread_msg_num",
    path: "v4/openim/get_c2c_unread_msg_num",
    legacy_paths: &[],
    summary: "Count one account's unread one-to-one messages, per peer.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/41046",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 90001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 90001i64,
            name: "MsgJsonParseFailed",
            description: "The request body is not valid JSON; fix the body.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 90012i64,
            name: "MsgToAccountNotRegistered",
            description: "To_Account is not registered; check that it was imported and is spelled correctly.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "Peer_Account",
            max_items: 10u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "To_Account",
            entity: crate::Entity::Account,
            missing: 90012i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"AllC2CUnreadMsgNum\":12,\"C2CUnreadMsgNumList\":[{\"C2CUnreadMsgNum\":12,\"Peer_Account\":\"test1\"}]}",
    classify_error: crate::__private::classify::<GetC2cUnreadMsgNumError>,
    hooks: crate::EndpointHooks::of::<GetC2cUnreadMsgNumRequest>(),
};
