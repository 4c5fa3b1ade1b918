/// Change the data an account keeps about its friends: remark, friend lists, custom fields.
///
/// For each friend of UpdateItem, sets the friend fields given in SnsItem as From_Account keeps them: the remark (Tag_SNS_IM_Remark), the friend lists the friend is in (Tag_SNS_IM_Group) and custom fields (Tag_SNS_Custom_*). Other standard fields cannot be changed. Each friend gets its own result; those that failed are also listed in Fail_Account.
///
/// `POST v4/sns/friend_update`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](FriendUpdateError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode, for example when To_Account is not a friend (in the emulator).
/// - `30002` [`SnsAppIdMismatch`](FriendUpdateError::SnsAppIdMismatch): The SDKAppID does not match. Also a per-account ResultCode.
/// - `30003` [`SnsAccountNotFound`](FriendUpdateError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](FriendUpdateError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](FriendUpdateError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](FriendUpdateError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](FriendUpdateError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
/// - `30011` [`SnsFriendGroupLimitReached`](FriendUpdateError::SnsFriendGroupLimitReached): The user already has the maximum number of friend lists. Also a per-account ResultCode: the lists named would take From_Account over the most lists it may have.
///
/// # Notes on the documentation
///
/// - The request samples are captioned as responses; they are requests.
/// - The page does not say what a friend that is not a friend gets; friend_get_list answers 30001 (Err_SNS_FriendGetList_Friend_Not_Exist) per account in that case, and the emulator answers the same here.
/// - The page gives no limit on UpdateItem; 100 is stated here, not documented, as for friend_add. Not atomic: each friend is updated on its own.
/// - Safe to repeat: setting the same values again leaves the same data. A change of Tag_SNS_IM_Group creates the lists it names that do not exist (the group_add behaviour), which a repeat also leaves the same.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34904>. Spec: `specs/sns/friend_update.json`.
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
pub struct FriendUpdateRequest {
    /// UserID of the account whose friend data changes.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// The friends to update, one item each.
    ///
    /// Wire name `UpdateItem`. Required. Limits: at least 1 items; at most 100 items. Example: `[{"SnsItem":[{"Tag":"Tag_SNS_IM_Remark","Value":"remark1"}],"To_Account":"id1"}]`.
    #[serde(rename = "UpdateItem")]
    #[schemars(length(min = 1u32, max = 100u32))]
    pub update_item: ::std::vec::Vec<FriendUpdateItem>,
}
impl FriendUpdateRequest {
    ///Creates a value from its required fields (`from_account`, `update_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        update_item: impl ::core::iter::IntoIterator<Item = FriendUpdateItem>,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            update_item: update_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for FriendUpdateRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("UpdateItem");
            let v = &self.update_item;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
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
/// The response of [`FriendUpdateRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct FriendUpdateResponse {
    /// The result for each friend of UpdateItem.
    ///
    /// Wire name `ResultItem`. May be absent. Limits: each item see [`AccountResult`]. Example: `[{"ResultCode":0,"ResultInfo":"","To_Account":"id1"}]`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<
        ::std::vec::Vec<super::types::AccountResult>,
    >,
    /// UserIDs that could not be updated; sent only when at least one failed.
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["id2","id3"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl FriendUpdateResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            result_item: ::core::option::Option::None,
            fail_account: ::core::option::Option::None,
        }
    }
    ///Sets `ResultItem`: The result for each friend of UpdateItem.
    #[must_use]
    pub fn result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::AccountResult>,
    ) -> Self {
        self.result_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `Fail_Account`: UserIDs that could not be updated; sent only when at least one failed.
    #[must_use]
    pub fn fail_account(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.fail_account = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for FriendUpdateResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The friends to update, one item each.
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
pub struct FriendUpdateItem {
    /// UserID of the friend.
    ///
    /// Wire name `To_Account`. Required. Example: `"id1"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The fields to set: Tag_SNS_IM_Remark (text), Tag_SNS_IM_Group (a list of friend list names) or Tag_SNS_Custom_* (text or integer).
    ///
    /// Wire name `SnsItem`. Required. Limits: at least 1 items; each item see [`SnsItem`]. Example: `[{"Tag":"Tag_SNS_IM_Remark","Value":"remark1"}]`.
    #[serde(rename = "SnsItem")]
    #[schemars(length(min = 1u32))]
    pub sns_item: ::std::vec::Vec<super::types::SnsItem>,
}
impl FriendUpdateItem {
    ///Creates a value from its required fields (`to_account`, `sns_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::convert::Into<::std::string::String>,
        sns_item: impl ::core::iter::IntoIterator<Item = super::types::SnsItem>,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            sns_item: sns_item.into_iter().collect(),
        }
    }
}
impl crate::Validate for FriendUpdateItem {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("SnsItem");
            let v = &self.sns_item;
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
///The error codes of `friend_update`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FriendUpdateError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode, for example when To_Account is not a friend (in the emulator).
    SnsInvalidParameter,
    /// `30002`: The SDKAppID does not match. Also a per-account ResultCode.
    SnsAppIdMismatch,
    /// `30003`: The user account in the request does not exist.
    SnsAccountNotFound,
    /// `30004`: This request must be made with the app admin account.
    SnsAdminRequired,
    /// `30006`: The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsInternalError,
    /// `30007`: The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsTimeout,
    /// `30008`: Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
    SnsWriteConflict,
    /// `30011`: The user already has the maximum number of friend lists. Also a per-account ResultCode: the lists named would take From_Account over the most lists it may have.
    SnsFriendGroupLimitReached,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for FriendUpdateError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30002i64 => Self::SnsAppIdMismatch,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
            30011i64 => Self::SnsFriendGroupLimitReached,
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
            Self::SnsInvalidParameter => {
                "A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode, for example when To_Account is not a friend (in the emulator)."
            }
            Self::SnsAppIdMismatch => {
                "The SDKAppID does not match. Also a per-account ResultCode."
            }
            Self::SnsFriendGroupLimitReached => {
                "The user already has the maximum number of friend lists. Also a per-account ResultCode: the lists named would take From_Account over the most lists it may have."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl FriendUpdateError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInvalidParameter => super::ErrorCode::SnsInvalidParameter,
            Self::SnsAppIdMismatch => super::ErrorCode::SnsAppIdMismatch,
            Self::SnsAccountNotFound => super::ErrorCode::SnsAccountNotFound,
            Self::SnsAdminRequired => super::ErrorCode::SnsAdminRequired,
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::SnsWriteConflict => super::ErrorCode::SnsWriteConflict,
            Self::SnsFriendGroupLimitReached => {
                super::ErrorCode::SnsFriendGroupLimitReached
            }
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for FriendUpdateError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for FriendUpdateRequest {
    type Response = FriendUpdateResponse;
    type Error = FriendUpdateError;
    const INFO: &'static crate::EndpointInfo = &FRIEND_UPDATE;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "UpdateItem" => ::core::option::Option::Some(self.update_item.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "UpdateItem" => {
                ::core::option::Option::Some(Self {
                    update_item: self.update_item.get(items)?.to_vec(),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/friend_update", "`.")]
pub static FRIEND_UPDATE: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "friend_update",
    path: "v4/sns/friend_update",
    legacy_paths: &[],
    summary: "Change the data an account keeps about its friends: remark, friend lists, custom fields.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34904",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 30001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 30001i64,
            name: "SnsInvalidParameter",
            description: "A relationship chain request parameter is wrong; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30002i64,
            name: "SnsAppIdMismatch",
            description: "The SDKAppID does not match.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30003i64,
            name: "SnsAccountNotFound",
            description: "The user account in the request does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30004i64,
            name: "SnsAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30006i64,
            name: "SnsInternalError",
            description: "The relationship chain service failed internally; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30007i64,
            name: "SnsTimeout",
            description: "The relationship chain service timed out; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30008i64,
            name: "SnsWriteConflict",
            description: "Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones.",
            retry: crate::Retryability::Refused,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30011i64,
            name: "SnsFriendGroupLimitReached",
            description: "The user already has the maximum number of friend lists.",
            retry: crate::Retryability::No,
            public: false,
        },
    ],
    batch_fields: &[
        crate::BatchField {
            field: "UpdateItem",
            max_items: 100u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 30003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"Fail_Account\":[\"id2\",\"id3\"],\"ResultItem\":[{\"ResultCode\":0,\"ResultInfo\":\"\",\"To_Account\":\"id1\"}]}",
    classify_error: crate::__private::classify::<FriendUpdateError>,
    hooks: crate::EndpointHooks::of::<FriendUpdateRequest>(),
};
