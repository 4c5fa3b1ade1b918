/// Read chosen fields of chosen friends of an account.
///
/// For each account of To_Account that is a friend of From_Account, answers the fields TagList names: friend fields (Tag_SNS_IM_*, Tag_SNS_Custom_*) as From_Account keeps them, and the friend's own profile fields (Tag_Profile_IM_*, Tag_Profile_Custom_*). An account that is not a friend gets a ResultCode instead and is listed in Fail_Account.
///
/// `POST v4/sns/friend_get_list`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](FriendGetListError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode: To_Account is not a friend (Err_SNS_FriendGetList_Friend_Not_Exist).
/// - `30003` [`SnsAccountNotFound`](FriendGetListError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](FriendGetListError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](FriendGetListError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](FriendGetListError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
///
/// # Notes on the documentation
///
/// - The second request sample is captioned 'Response to a batch request'; it is a request.
/// - To_Account: the page advises at most 100 accounts per call but states no hard limit, so the spec declares none (a batch of 100 is advice, not a refusal).
/// - A failed item carries no SnsProfileItem (third item of the batch sample), so the field is optional.
/// - Profile tags (Tag_Profile_*) come back in the same list as friend tags, with the same Tag/Value shape; SnsItem carries both. Profile values are read, in the emulator, from the account's nickname (Tag_Profile_IM_Nick) only.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34910>. Spec: `specs/sns/friend_get_list.json`.
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
pub struct FriendGetListRequest {
    /// UserID of the account whose friends are read.
    ///
    /// Wire name `From_Account`. Required. Example: `"UserID_1"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// UserIDs of the friends to read. The page advises at most 100 per call so the answer stays small.
    ///
    /// Wire name `To_Account`. Required. Limits: at least 1 items. Example: `["UserID_2"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(min = 1u32))]
    pub to_account: ::std::vec::Vec<::std::string::String>,
    /// The tags of the fields to answer: standard and custom friend fields and profile fields.
    ///
    /// Wire name `TagList`. Required. Limits: at least 1 items. Example: `["Tag_Profile_IM_Nick","Tag_SNS_IM_Remark","Tag_SNS_IM_Group"]`.
    #[serde(rename = "TagList")]
    #[schemars(length(min = 1u32))]
    pub tag_list: ::std::vec::Vec<::std::string::String>,
}
impl FriendGetListRequest {
    ///Starts building from the required field `From_Account`; each further required field is named in turn, `FriendGetListRequest::from_account(..).to_account(..).tag_list(..)`, which gives the value with optional fields unset.
    pub fn from_account(
        from_account: impl ::core::convert::Into<::std::string::String>,
    ) -> FriendGetListRequestNeedsToAccount {
        FriendGetListRequestNeedsToAccount {
            from_account: from_account.into(),
        }
    }
}
///A value of [`FriendGetListRequest`] being built: `To_Account` comes next (`.to_account(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `FriendGetListRequest` exists only once every required field is given"]
pub struct FriendGetListRequestNeedsToAccount {
    from_account: ::std::string::String,
}
impl FriendGetListRequestNeedsToAccount {
    ///Sets `To_Account`.
    pub fn to_account(
        self,
        to_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> FriendGetListRequestNeedsTagList {
        FriendGetListRequestNeedsTagList {
            from_account: self.from_account,
            to_account: to_account.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
///A value of [`FriendGetListRequest`] being built: `TagList` comes next (`.tag_list(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `FriendGetListRequest` exists only once every required field is given"]
pub struct FriendGetListRequestNeedsTagList {
    from_account: ::std::string::String,
    to_account: ::std::vec::Vec<::std::string::String>,
}
impl FriendGetListRequestNeedsTagList {
    ///Sets `TagList`.
    pub fn tag_list(
        self,
        tag_list: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> FriendGetListRequest {
        FriendGetListRequest {
            from_account: self.from_account,
            to_account: self.to_account,
            tag_list: tag_list.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
impl crate::Validate for FriendGetListRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("To_Account");
            let v = &self.to_account;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::None,
                &at,
            )?;
        }
        {
            let at = at.field("TagList");
            let v = &self.tag_list;
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
/// The response of [`FriendGetListRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct FriendGetListResponse {
    /// One item for each account of To_Account.
    ///
    /// Wire name `InfoItem`. Always present. Example: `[{"ResultCode":0,"ResultInfo":"","SnsProfileItem":[{"Tag":"Tag_SNS_IM_Remark","Value":"remark_2"}],"To_Account":"UserID_2"}]`.
    #[serde(rename = "InfoItem")]
    pub info_item: ::std::vec::Vec<FriendInfo>,
    /// UserIDs that could not be read; sent only when at least one failed.
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["UserID_4"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl FriendGetListResponse {
    ///Creates a value from its required fields (`info_item`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(info_item: impl ::core::iter::IntoIterator<Item = FriendInfo>) -> Self {
        Self {
            info_item: info_item.into_iter().collect(),
            fail_account: ::core::option::Option::None,
        }
    }
    ///Sets `Fail_Account`: UserIDs that could not be read; sent only when at least one failed.
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
impl crate::Validate for FriendGetListResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// One item for each account of To_Account.
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
pub struct FriendInfo {
    /// UserID of the friend.
    ///
    /// Wire name `To_Account`. Required. Example: `"UserID_2"`.
    #[serde(rename = "To_Account")]
    pub to_account: ::std::string::String,
    /// The fields TagList asked for that have a value; absent when the account failed.
    ///
    /// Wire name `SnsProfileItem`. Optional. Limits: each item see [`SnsItem`]. Example: `[{"Tag":"Tag_SNS_IM_Remark","Value":"remark_2"}]`.
    #[serde(rename = "SnsProfileItem", default, skip_serializing_if = "Option::is_none")]
    pub sns_profile_item: ::core::option::Option<::std::vec::Vec<super::types::SnsItem>>,
    /// 0 when the friend was read; otherwise why not (30001 when it is not a friend).
    ///
    /// Wire name `ResultCode`. Required. Example: `0`.
    #[serde(rename = "ResultCode")]
    pub result_code: i64,
    /// The service's explanation of ResultCode; empty on success.
    ///
    /// Wire name `ResultInfo`. Optional. Example: `""`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: ::core::option::Option<::std::string::String>,
}
impl FriendInfo {
    ///Creates a value from its required fields (`to_account`, `result_code`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        to_account: impl ::core::convert::Into<::std::string::String>,
        result_code: i64,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            result_code: result_code,
            sns_profile_item: ::core::option::Option::None,
            result_info: ::core::option::Option::None,
        }
    }
    ///Sets `SnsProfileItem`: The fields TagList asked for that have a value; absent when the account failed.
    #[must_use]
    pub fn sns_profile_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::SnsItem>,
    ) -> Self {
        self.sns_profile_item = ::core::option::Option::Some(
            value.into_iter().collect(),
        );
        self
    }
    ///Sets `ResultInfo`: The service's explanation of ResultCode; empty on success.
    #[must_use]
    pub fn result_info(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.result_info = ::core::option::Option::Some(value.into());
        self
    }
}
impl crate::Validate for FriendInfo {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `friend_get_list`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FriendGetListError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode: To_Account is not a friend (Err_SNS_FriendGetList_Friend_Not_Exist).
    SnsInvalidParameter,
    /// `30003`: The user account in the request does not exist.
    SnsAccountNotFound,
    /// `30004`: This request must be made with the app admin account.
    SnsAdminRequired,
    /// `30006`: The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsInternalError,
    /// `30007`: The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsTimeout,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for FriendGetListError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
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
                "A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode: To_Account is not a friend (Err_SNS_FriendGetList_Friend_Not_Exist)."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl FriendGetListError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInvalidParameter => super::ErrorCode::SnsInvalidParameter,
            Self::SnsAccountNotFound => super::ErrorCode::SnsAccountNotFound,
            Self::SnsAdminRequired => super::ErrorCode::SnsAdminRequired,
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for FriendGetListError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for FriendGetListRequest {
    type Response = FriendGetListResponse;
    type Error = FriendGetListError;
    const INFO: &'static crate::EndpointInfo = &FRIEND_GET_LIST;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/friend_get_list", "`.")]
pub static FRIEND_GET_LIST: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "friend_get_list",
    path: "v4/sns/friend_get_list",
    legacy_paths: &[],
    summary: "Read chosen fields of chosen friends of an account.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34910",
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
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 30003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"Fail_Account\":[\"UserID_4\"],\"InfoItem\":[{\"ResultCode\":0,\"ResultInfo\":\"\",\"SnsProfileItem\":[{\"Tag\":\"Tag_SNS_IM_Remark\",\"Value\":\"remark_2\"}],\"To_Account\":\"UserID_2\"}]}",
    classify_error: crate::__private::classify::<FriendGetListError>,
    hooks: crate::EndpointHooks::of::<FriendGetListRequest>(),
};
