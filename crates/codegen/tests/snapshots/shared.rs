/// The regions (data centers) an app can live in, each with its API domain.
/// Generated from `specs/regions.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// `console.tim.qq.com` (`china`). Apps created in the Chinese mainland data center. Listed in the seeds and the docs.
    China,
    /// `adminapisgp.im.qcloud.com` (`singapore`). Apps in the Singapore data center. Listed in the seeds and the docs.
    Singapore,
    /// `adminapikr.im.qcloud.com` (`seoul`). Apps in the Seoul data center. Listed in the seeds and the docs.
    Seoul,
    /// `adminapiger.im.qcloud.com` (`frankfurt`). Apps in the Frankfurt data center. Listed in the seeds and the docs.
    Frankfurt,
    /// `adminapiind.im.qcloud.com` (`mumbai`). Apps in the Mumbai (India) data center. Listed in one seed and in the docs; the newer seed pages list Jakarta in its place, so it may be retired for new apps.
    Mumbai,
    /// `adminapiusa.im.qcloud.com` (`silicon-valley`). Apps in the Silicon Valley data center. Listed in the seeds and the docs.
    SiliconValley,
    /// `adminapiidn.im.qcloud.com` (`jakarta`). Apps in the Jakarta data center. Listed in the newer seed pages; absent from the 2024-12 docs snapshot.
    Jakarta,
    /// `adminapijpn.im.qcloud.com` (`tokyo`). Apps in the Tokyo data center. Listed in the current docs; neither the seeds nor the 2024-12 snapshot have it.
    Tokyo,
}
impl Region {
    /// Every region.
    pub const ALL: &'static [Region] = &[
        Region::China,
        Region::Singapore,
        Region::Seoul,
        Region::Frankfurt,
        Region::Mumbai,
        Region::SiliconValley,
        Region::Jakarta,
        Region::Tokyo,
    ];
    /// The identifier used in configuration (`TENCENT_CHAT_REGION`).
    pub const fn id(self) -> &'static str {
        match self {
            Region::China => "china",
            Region::Singapore => "singapore",
            Region::Seoul => "seoul",
            Region::Frankfurt => "frankfurt",
            Region::Mumbai => "mumbai",
            Region::SiliconValley => "silicon-valley",
            Region::Jakarta => "jakarta",
            Region::Tokyo => "tokyo",
        }
    }
    /// The API domain.
    pub const fn domain(self) -> &'static str {
        match self {
            Region::China => "console.tim.qq.com",
            Region::Singapore => "adminapisgp.im.qcloud.com",
            Region::Seoul => "adminapikr.im.qcloud.com",
            Region::Frankfurt => "adminapiger.im.qcloud.com",
            Region::Mumbai => "adminapiind.im.qcloud.com",
            Region::SiliconValley => "adminapiusa.im.qcloud.com",
            Region::Jakarta => "adminapiidn.im.qcloud.com",
            Region::Tokyo => "adminapijpn.im.qcloud.com",
        }
    }
    /// The base URL of the API: scheme and domain, no trailing slash.
    pub const fn base_url(self) -> &'static str {
        match self {
            Region::China => "https://console.tim.qq.com",
            Region::Singapore => "https://adminapisgp.im.qcloud.com",
            Region::Seoul => "https://adminapikr.im.qcloud.com",
            Region::Frankfurt => "https://adminapiger.im.qcloud.com",
            Region::Mumbai => "https://adminapiind.im.qcloud.com",
            Region::SiliconValley => "https://adminapiusa.im.qcloud.com",
            Region::Jakarta => "https://adminapiidn.im.qcloud.com",
            Region::Tokyo => "https://adminapijpn.im.qcloud.com",
        }
    }
    /// The region with this identifier (case-insensitive), if any.
    pub fn from_id(id: &str) -> ::core::option::Option<Region> {
        Region::ALL.iter().copied().find(|r| r.id().eq_ignore_ascii_case(id))
    }
}
impl ::core::fmt::Display for Region {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.id())
    }
}
///The public error codes (60000-79999): they can answer any endpoint. Generated from `specs/errors.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PublicError {
    /// `60002`: The HTTP request could not be parsed; check the request URL format.
    HttpRequestMalformed,
    /// `60003`: The request body is not valid JSON; fix the body.
    JsonRequestMalformed,
    /// `60004`: The UserID or UserSig in the URL or body is wrong; check both.
    UserIdOrSigInvalid,
    /// `60005`: The UserID or UserSig in the URL or body is wrong (same meaning as 60004); check both.
    UserIdOrSigIncorrect,
    /// `60006`: The SDKAppID is not valid; check it.
    InvalidSdkAppId,
    /// `60007`: REST API calls exceed the allowed frequency; lower the request rate and retry later. Retryable: the service refused the call before acting on it.
    RestApiRateLimited,
    /// `60008`: The request timed out, or the HTTP request was malformed; check it and retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    RequestTimeoutOrMalformed,
    /// `60009`: The requested resource is wrong; check the request URL.
    ResourceNotFound,
    /// `60010`: The identifier in the request must be the app admin account.
    AdminAccountRequired,
    /// `60011`: Requests for this SDKAppID exceed the allowed frequency; lower the rate and retry later. Retryable: the service refused the call before acting on it.
    SdkAppIdRateLimited,
    /// `60012`: The request URL carries no SDKAppID; add it.
    SdkAppIdMissing,
    /// `60013`: The backend could not parse the JSON of an HTTP response packet.
    JsonResponseMalformed,
    /// `60014`: Switching accounts timed out; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    AccountSwitchTimeout,
    /// `60015`: A UserID in the body is not a string; send it as a string.
    UserIdTypeInvalid,
    /// `60016`: The app has been disabled.
    SdkAppIdDisabled,
    /// `60017`: This request has been disabled.
    RequestDisabled,
    /// `60018`: Too many requests were made; retry later. Retryable: the service refused the call before acting on it.
    TooManyRequests,
    /// `60019`: Too many requests were made (same meaning as 60018); retry later. Retryable: the service refused the call before acting on it.
    TooManyRequestsRetryLater,
    /// `60020`: The Pro edition billing plan has expired and the app is disabled; buy the plan again, which takes effect a few minutes later.
    BillingPlanExpired,
    /// `60021`: The REST API call came from a source IP that is not allowed.
    SourceIpNotAllowed,
    /// `70001`: The UserSig has expired; generate a new one, preferably with a validity of at least a day.
    UserSigExpired,
    /// `70002`: The UserSig is empty; pass the real signature.
    UserSigEmpty,
    /// `70003`: The UserSig is not valid; generate it with the official tools or libraries.
    UserSigInvalid,
    /// `70005`: The UserSig is not valid (same meaning as 70003); generate it with the official tools or libraries.
    UserSigMalformed,
    /// `70009`: The UserSig did not verify, likely because it was made with another app's key; sign with this SDKAppID's key.
    UserSigVerificationFailed,
    /// `70013`: The UserID in the request differs from the one the UserSig was issued for.
    UserSigUserIdMismatch,
    /// `70014`: The SDKAppID in the request differs from the one the UserSig was issued for.
    UserSigAppIdMismatch,
    /// `70016`: The UserSig cannot be verified because no public key exists for the app; set up the key in the console.
    UserSigPublicKeyMissing,
    /// `70020`: The SDKAppID does not exist; check the app in the console.
    SdkAppIdNotFound,
    /// `70050`: UserSig verification failed too many times; check the signature and retry after about a minute. Retryable: the service refused the call before acting on it.
    UserSigAuthRateLimited,
    /// `70051`: The account has been put on a blocklist.
    AccountBlocklisted,
    /// `70107`: The requested UserID does not exist.
    AccountNotFound,
    /// `70114`: Logins are restricted for security because they happen too often; log in less often and retry later. Retryable: the service refused the call before acting on it.
    LoginRateLimited,
    /// `70169`: The account service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    AccountServerTimeout,
    /// `70202`: The account service timed out (same meaning as 70169); retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    AccountServerTimeoutRetry,
    /// `70206`: The number of items in the batch request is not allowed.
    InvalidBatchSize,
    /// `70398`: The app cannot create more accounts; the free limit is 100 and upgrading to Pro removes it.
    AccountLimitReached,
    /// `70402`: A parameter is wrong; check that required fields are set and values follow the protocol.
    AccountInvalidParameter,
    /// `70403`: The operation needs app admin permission.
    AccountAdminRequired,
    /// `70500`: The account service failed internally; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    AccountInternalError,
    /// `71000`: Accounts can be deleted only in free apps, and this app is on the Pro edition.
    AccountDeleteNotAllowed,
    /// `72000`: The trial edition's free daily active user quota is used up; upgrade to Pro or Ultimate to lift it.
    TrialDauLimitExceeded,
    /// `72001`: User status queries and status notifications are not enabled; turn them on in the console.
    UserStatusNotEnabled,
}
impl PublicError {
    /// The public error with this code, if the catalog has it.
    pub fn from_code(code: i64) -> ::core::option::Option<Self> {
        match code {
            60002i64 => ::core::option::Option::Some(Self::HttpRequestMalformed),
            60003i64 => ::core::option::Option::Some(Self::JsonRequestMalformed),
            60004i64 => ::core::option::Option::Some(Self::UserIdOrSigInvalid),
            60005i64 => ::core::option::Option::Some(Self::UserIdOrSigIncorrect),
            60006i64 => ::core::option::Option::Some(Self::InvalidSdkAppId),
            60007i64 => ::core::option::Option::Some(Self::RestApiRateLimited),
            60008i64 => ::core::option::Option::Some(Self::RequestTimeoutOrMalformed),
            60009i64 => ::core::option::Option::Some(Self::ResourceNotFound),
            60010i64 => ::core::option::Option::Some(Self::AdminAccountRequired),
            60011i64 => ::core::option::Option::Some(Self::SdkAppIdRateLimited),
            60012i64 => ::core::option::Option::Some(Self::SdkAppIdMissing),
            60013i64 => ::core::option::Option::Some(Self::JsonResponseMalformed),
            60014i64 => ::core::option::Option::Some(Self::AccountSwitchTimeout),
            60015i64 => ::core::option::Option::Some(Self::UserIdTypeInvalid),
            60016i64 => ::core::option::Option::Some(Self::SdkAppIdDisabled),
            60017i64 => ::core::option::Option::Some(Self::RequestDisabled),
            60018i64 => ::core::option::Option::Some(Self::TooManyRequests),
            60019i64 => ::core::option::Option::Some(Self::TooManyRequestsRetryLater),
            60020i64 => ::core::option::Option::Some(Self::BillingPlanExpired),
            60021i64 => ::core::option::Option::Some(Self::SourceIpNotAllowed),
            70001i64 => ::core::option::Option::Some(Self::UserSigExpired),
            70002i64 => ::core::option::Option::Some(Self::UserSigEmpty),
            70003i64 => ::core::option::Option::Some(Self::UserSigInvalid),
            70005i64 => ::core::option::Option::Some(Self::UserSigMalformed),
            70009i64 => ::core::option::Option::Some(Self::UserSigVerificationFailed),
            70013i64 => ::core::option::Option::Some(Self::UserSigUserIdMismatch),
            70014i64 => ::core::option::Option::Some(Self::UserSigAppIdMismatch),
            70016i64 => ::core::option::Option::Some(Self::UserSigPublicKeyMissing),
            70020i64 => ::core::option::Option::Some(Self::SdkAppIdNotFound),
            70050i64 => ::core::option::Option::Some(Self::UserSigAuthRateLimited),
            70051i64 => ::core::option::Option::Some(Self::AccountBlocklisted),
            70107i64 => ::core::option::Option::Some(Self::AccountNotFound),
            70114i64 => ::core::option::Option::Some(Self::LoginRateLimited),
            70169i64 => ::core::option::Option::Some(Self::AccountServerTimeout),
            70202i64 => ::core::option::Option::Some(Self::AccountServerTimeoutRetry),
            70206i64 => ::core::option::Option::Some(Self::InvalidBatchSize),
            70398i64 => ::core::option::Option::Some(Self::AccountLimitReached),
            70402i64 => ::core::option::Option::Some(Self::AccountInvalidParameter),
            70403i64 => ::core::option::Option::Some(Self::AccountAdminRequired),
            70500i64 => ::core::option::Option::Some(Self::AccountInternalError),
            71000i64 => ::core::option::Option::Some(Self::AccountDeleteNotAllowed),
            72000i64 => ::core::option::Option::Some(Self::TrialDauLimitExceeded),
            72001i64 => ::core::option::Option::Some(Self::UserStatusNotEnabled),
            _ => ::core::option::Option::None,
        }
    }
    /// The numeric code.
    pub const fn code(self) -> i64 {
        match self {
            Self::HttpRequestMalformed => 60002i64,
            Self::JsonRequestMalformed => 60003i64,
            Self::UserIdOrSigInvalid => 60004i64,
            Self::UserIdOrSigIncorrect => 60005i64,
            Self::InvalidSdkAppId => 60006i64,
            Self::RestApiRateLimited => 60007i64,
            Self::RequestTimeoutOrMalformed => 60008i64,
            Self::ResourceNotFound => 60009i64,
            Self::AdminAccountRequired => 60010i64,
            Self::SdkAppIdRateLimited => 60011i64,
            Self::SdkAppIdMissing => 60012i64,
            Self::JsonResponseMalformed => 60013i64,
            Self::AccountSwitchTimeout => 60014i64,
            Self::UserIdTypeInvalid => 60015i64,
            Self::SdkAppIdDisabled => 60016i64,
            Self::RequestDisabled => 60017i64,
            Self::TooManyRequests => 60018i64,
            Self::TooManyRequestsRetryLater => 60019i64,
            Self::BillingPlanExpired => 60020i64,
            Self::SourceIpNotAllowed => 60021i64,
            Self::UserSigExpired => 70001i64,
            Self::UserSigEmpty => 70002i64,
            Self::UserSigInvalid => 70003i64,
            Self::UserSigMalformed => 70005i64,
            Self::UserSigVerificationFailed => 70009i64,
            Self::UserSigUserIdMismatch => 70013i64,
            Self::UserSigAppIdMismatch => 70014i64,
            Self::UserSigPublicKeyMissing => 70016i64,
            Self::SdkAppIdNotFound => 70020i64,
            Self::UserSigAuthRateLimited => 70050i64,
            Self::AccountBlocklisted => 70051i64,
            Self::AccountNotFound => 70107i64,
            Self::LoginRateLimited => 70114i64,
            Self::AccountServerTimeout => 70169i64,
            Self::AccountServerTimeoutRetry => 70202i64,
            Self::InvalidBatchSize => 70206i64,
            Self::AccountLimitReached => 70398i64,
            Self::AccountInvalidParameter => 70402i64,
            Self::AccountAdminRequired => 70403i64,
            Self::AccountInternalError => 70500i64,
            Self::AccountDeleteNotAllowed => 71000i64,
            Self::TrialDauLimitExceeded => 72000i64,
            Self::UserStatusNotEnabled => 72001i64,
        }
    }
    /// Whether sending the same request again can succeed, and whether the
    /// service may have acted on the request that got this code.
    pub const fn retryability(self) -> crate::Retryability {
        match self {
            Self::HttpRequestMalformed => crate::Retryability::No,
            Self::JsonRequestMalformed => crate::Retryability::No,
            Self::UserIdOrSigInvalid => crate::Retryability::No,
            Self::UserIdOrSigIncorrect => crate::Retryability::No,
            Self::InvalidSdkAppId => crate::Retryability::No,
            Self::RestApiRateLimited => crate::Retryability::Refused,
            Self::RequestTimeoutOrMalformed => crate::Retryability::OutcomeUnknown,
            Self::ResourceNotFound => crate::Retryability::No,
            Self::AdminAccountRequired => crate::Retryability::No,
            Self::SdkAppIdRateLimited => crate::Retryability::Refused,
            Self::SdkAppIdMissing => crate::Retryability::No,
            Self::JsonResponseMalformed => crate::Retryability::No,
            Self::AccountSwitchTimeout => crate::Retryability::OutcomeUnknown,
            Self::UserIdTypeInvalid => crate::Retryability::No,
            Self::SdkAppIdDisabled => crate::Retryability::No,
            Self::RequestDisabled => crate::Retryability::No,
            Self::TooManyRequests => crate::Retryability::Refused,
            Self::TooManyRequestsRetryLater => crate::Retryability::Refused,
            Self::BillingPlanExpired => crate::Retryability::No,
            Self::SourceIpNotAllowed => crate::Retryability::No,
            Self::UserSigExpired => crate::Retryability::No,
            Self::UserSigEmpty => crate::Retryability::No,
            Self::UserSigInvalid => crate::Retryability::No,
            Self::UserSigMalformed => crate::Retryability::No,
            Self::UserSigVerificationFailed => crate::Retryability::No,
            Self::UserSigUserIdMismatch => crate::Retryability::No,
            Self::UserSigAppIdMismatch => crate::Retryability::No,
            Self::UserSigPublicKeyMissing => crate::Retryability::No,
            Self::SdkAppIdNotFound => crate::Retryability::No,
            Self::UserSigAuthRateLimited => crate::Retryability::Refused,
            Self::AccountBlocklisted => crate::Retryability::No,
            Self::AccountNotFound => crate::Retryability::No,
            Self::LoginRateLimited => crate::Retryability::Refused,
            Self::AccountServerTimeout => crate::Retryability::OutcomeUnknown,
            Self::AccountServerTimeoutRetry => crate::Retryability::OutcomeUnknown,
            Self::InvalidBatchSize => crate::Retryability::No,
            Self::AccountLimitReached => crate::Retryability::No,
            Self::AccountInvalidParameter => crate::Retryability::No,
            Self::AccountAdminRequired => crate::Retryability::No,
            Self::AccountInternalError => crate::Retryability::OutcomeUnknown,
            Self::AccountDeleteNotAllowed => crate::Retryability::No,
            Self::TrialDauLimitExceeded => crate::Retryability::No,
            Self::UserStatusNotEnabled => crate::Retryability::No,
        }
    }
    /// Whether sending the same request again later can succeed.
    pub const fn is_retryable(self) -> bool {
        self.retryability().is_retryable()
    }
    /// The variant name.
    pub const fn name(self) -> &'static str {
        match self {
            Self::HttpRequestMalformed => "HttpRequestMalformed",
            Self::JsonRequestMalformed => "JsonRequestMalformed",
            Self::UserIdOrSigInvalid => "UserIdOrSigInvalid",
            Self::UserIdOrSigIncorrect => "UserIdOrSigIncorrect",
            Self::InvalidSdkAppId => "InvalidSdkAppId",
            Self::RestApiRateLimited => "RestApiRateLimited",
            Self::RequestTimeoutOrMalformed => "RequestTimeoutOrMalformed",
            Self::ResourceNotFound => "ResourceNotFound",
            Self::AdminAccountRequired => "AdminAccountRequired",
            Self::SdkAppIdRateLimited => "SdkAppIdRateLimited",
            Self::SdkAppIdMissing => "SdkAppIdMissing",
            Self::JsonResponseMalformed => "JsonResponseMalformed",
            Self::AccountSwitchTimeout => "AccountSwitchTimeout",
            Self::UserIdTypeInvalid => "UserIdTypeInvalid",
            Self::SdkAppIdDisabled => "SdkAppIdDisabled",
            Self::RequestDisabled => "RequestDisabled",
            Self::TooManyRequests => "TooManyRequests",
            Self::TooManyRequestsRetryLater => "TooManyRequestsRetryLater",
            Self::BillingPlanExpired => "BillingPlanExpired",
            Self::SourceIpNotAllowed => "SourceIpNotAllowed",
            Self::UserSigExpired => "UserSigExpired",
            Self::UserSigEmpty => "UserSigEmpty",
            Self::UserSigInvalid => "UserSigInvalid",
            Self::UserSigMalformed => "UserSigMalformed",
            Self::UserSigVerificationFailed => "UserSigVerificationFailed",
            Self::UserSigUserIdMismatch => "UserSigUserIdMismatch",
            Self::UserSigAppIdMismatch => "UserSigAppIdMismatch",
            Self::UserSigPublicKeyMissing => "UserSigPublicKeyMissing",
            Self::SdkAppIdNotFound => "SdkAppIdNotFound",
            Self::UserSigAuthRateLimited => "UserSigAuthRateLimited",
            Self::AccountBlocklisted => "AccountBlocklisted",
            Self::AccountNotFound => "AccountNotFound",
            Self::LoginRateLimited => "LoginRateLimited",
            Self::AccountServerTimeout => "AccountServerTimeout",
            Self::AccountServerTimeoutRetry => "AccountServerTimeoutRetry",
            Self::InvalidBatchSize => "InvalidBatchSize",
            Self::AccountLimitReached => "AccountLimitReached",
            Self::AccountInvalidParameter => "AccountInvalidParameter",
            Self::AccountAdminRequired => "AccountAdminRequired",
            Self::AccountInternalError => "AccountInternalError",
            Self::AccountDeleteNotAllowed => "AccountDeleteNotAllowed",
            Self::TrialDauLimitExceeded => "TrialDauLimitExceeded",
            Self::UserStatusNotEnabled => "UserStatusNotEnabled",
        }
    }
    /// What the code means.
    pub const fn description(self) -> &'static str {
        match self {
            Self::HttpRequestMalformed => {
                "The HTTP request could not be parsed; check the request URL format."
            }
            Self::JsonRequestMalformed => {
                "The request body is not valid JSON; fix the body."
            }
            Self::UserIdOrSigInvalid => {
                "The UserID or UserSig in the URL or body is wrong; check both."
            }
            Self::UserIdOrSigIncorrect => {
                "The UserID or UserSig in the URL or body is wrong (same meaning as 60004); check both."
            }
            Self::InvalidSdkAppId => "The SDKAppID is not valid; check it.",
            Self::RestApiRateLimited => {
                "REST API calls exceed the allowed frequency; lower the request rate and retry later."
            }
            Self::RequestTimeoutOrMalformed => {
                "The request timed out, or the HTTP request was malformed; check it and retry."
            }
            Self::ResourceNotFound => {
                "The requested resource is wrong; check the request URL."
            }
            Self::AdminAccountRequired => {
                "The identifier in the request must be the app admin account."
            }
            Self::SdkAppIdRateLimited => {
                "Requests for this SDKAppID exceed the allowed frequency; lower the rate and retry later."
            }
            Self::SdkAppIdMissing => "The request URL carries no SDKAppID; add it.",
            Self::JsonResponseMalformed => {
                "The backend could not parse the JSON of an HTTP response packet."
            }
            Self::AccountSwitchTimeout => "Switching accounts timed out; retry.",
            Self::UserIdTypeInvalid => {
                "A UserID in the body is not a string; send it as a string."
            }
            Self::SdkAppIdDisabled => "The app has been disabled.",
            Self::RequestDisabled => "This request has been disabled.",
            Self::TooManyRequests => "Too many requests were made; retry later.",
            Self::TooManyRequestsRetryLater => {
                "Too many requests were made (same meaning as 60018); retry later."
            }
            Self::BillingPlanExpired => {
                "The Pro edition billing plan has expired and the app is disabled; buy the plan again, which takes effect a few minutes later."
            }
            Self::SourceIpNotAllowed => {
                "The REST API call came from a source IP that is not allowed."
            }
            Self::UserSigExpired => {
                "The UserSig has expired; generate a new one, preferably with a validity of at least a day."
            }
            Self::UserSigEmpty => "The UserSig is empty; pass the real signature.",
            Self::UserSigInvalid => {
                "The UserSig is not valid; generate it with the official tools or libraries."
            }
            Self::UserSigMalformed => {
                "The UserSig is not valid (same meaning as 70003); generate it with the official tools or libraries."
            }
            Self::UserSigVerificationFailed => {
                "The UserSig did not verify, likely because it was made with another app's key; sign with this SDKAppID's key."
            }
            Self::UserSigUserIdMismatch => {
                "The UserID in the request differs from the one the UserSig was issued for."
            }
            Self::UserSigAppIdMismatch => {
                "The SDKAppID in the request differs from the one the UserSig was issued for."
            }
            Self::UserSigPublicKeyMissing => {
                "The UserSig cannot be verified because no public key exists for the app; set up the key in the console."
            }
            Self::SdkAppIdNotFound => {
                "The SDKAppID does not exist; check the app in the console."
            }
            Self::UserSigAuthRateLimited => {
                "UserSig verification failed too many times; check the signature and retry after about a minute."
            }
            Self::AccountBlocklisted => "The account has been put on a blocklist.",
            Self::AccountNotFound => "The requested UserID does not exist.",
            Self::LoginRateLimited => {
                "Logins are restricted for security because they happen too often; log in less often and retry later."
            }
            Self::AccountServerTimeout => "The account service timed out; retry later.",
            Self::AccountServerTimeoutRetry => {
                "The account service timed out (same meaning as 70169); retry later."
            }
            Self::InvalidBatchSize => {
                "The number of items in the batch request is not allowed."
            }
            Self::AccountLimitReached => {
                "The app cannot create more accounts; the free limit is 100 and upgrading to Pro removes it."
            }
            Self::AccountInvalidParameter => {
                "A parameter is wrong; check that required fields are set and values follow the protocol."
            }
            Self::AccountAdminRequired => "The operation needs app admin permission.",
            Self::AccountInternalError => {
                "The account service failed internally; retry later."
            }
            Self::AccountDeleteNotAllowed => {
                "Accounts can be deleted only in free apps, and this app is on the Pro edition."
            }
            Self::TrialDauLimitExceeded => {
                "The trial edition's free daily active user quota is used up; upgrade to Pro or Ultimate to lift it."
            }
            Self::UserStatusNotEnabled => {
                "User status queries and status notifications are not enabled; turn them on in the console."
            }
        }
    }
    /// The same code in the catalog-wide [`ErrorCode`].
    pub const fn error_code(self) -> ErrorCode {
        match self {
            Self::HttpRequestMalformed => ErrorCode::HttpRequestMalformed,
            Self::JsonRequestMalformed => ErrorCode::JsonRequestMalformed,
            Self::UserIdOrSigInvalid => ErrorCode::UserIdOrSigInvalid,
            Self::UserIdOrSigIncorrect => ErrorCode::UserIdOrSigIncorrect,
            Self::InvalidSdkAppId => ErrorCode::InvalidSdkAppId,
            Self::RestApiRateLimited => ErrorCode::RestApiRateLimited,
            Self::RequestTimeoutOrMalformed => ErrorCode::RequestTimeoutOrMalformed,
            Self::ResourceNotFound => ErrorCode::ResourceNotFound,
            Self::AdminAccountRequired => ErrorCode::AdminAccountRequired,
            Self::SdkAppIdRateLimited => ErrorCode::SdkAppIdRateLimited,
            Self::SdkAppIdMissing => ErrorCode::SdkAppIdMissing,
            Self::JsonResponseMalformed => ErrorCode::JsonResponseMalformed,
            Self::AccountSwitchTimeout => ErrorCode::AccountSwitchTimeout,
            Self::UserIdTypeInvalid => ErrorCode::UserIdTypeInvalid,
            Self::SdkAppIdDisabled => ErrorCode::SdkAppIdDisabled,
            Self::RequestDisabled => ErrorCode::RequestDisabled,
            Self::TooManyRequests => ErrorCode::TooManyRequests,
            Self::TooManyRequestsRetryLater => ErrorCode::TooManyRequestsRetryLater,
            Self::BillingPlanExpired => ErrorCode::BillingPlanExpired,
            Self::SourceIpNotAllowed => ErrorCode::SourceIpNotAllowed,
            Self::UserSigExpired => ErrorCode::UserSigExpired,
            Self::UserSigEmpty => ErrorCode::UserSigEmpty,
            Self::UserSigInvalid => ErrorCode::UserSigInvalid,
            Self::UserSigMalformed => ErrorCode::UserSigMalformed,
            Self::UserSigVerificationFailed => ErrorCode::UserSigVerificationFailed,
            Self::UserSigUserIdMismatch => ErrorCode::UserSigUserIdMismatch,
            Self::UserSigAppIdMismatch => ErrorCode::UserSigAppIdMismatch,
            Self::UserSigPublicKeyMissing => ErrorCode::UserSigPublicKeyMissing,
            Self::SdkAppIdNotFound => ErrorCode::SdkAppIdNotFound,
            Self::UserSigAuthRateLimited => ErrorCode::UserSigAuthRateLimited,
            Self::AccountBlocklisted => ErrorCode::AccountBlocklisted,
            Self::AccountNotFound => ErrorCode::AccountNotFound,
            Self::LoginRateLimited => ErrorCode::LoginRateLimited,
            Self::AccountServerTimeout => ErrorCode::AccountServerTimeout,
            Self::AccountServerTimeoutRetry => ErrorCode::AccountServerTimeoutRetry,
            Self::InvalidBatchSize => ErrorCode::InvalidBatchSize,
            Self::AccountLimitReached => ErrorCode::AccountLimitReached,
            Self::AccountInvalidParameter => ErrorCode::AccountInvalidParameter,
            Self::AccountAdminRequired => ErrorCode::AccountAdminRequired,
            Self::AccountInternalError => ErrorCode::AccountInternalError,
            Self::AccountDeleteNotAllowed => ErrorCode::AccountDeleteNotAllowed,
            Self::TrialDauLimitExceeded => ErrorCode::TrialDauLimitExceeded,
            Self::UserStatusNotEnabled => ErrorCode::UserStatusNotEnabled,
        }
    }
}
impl ::core::fmt::Display for PublicError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{} ({}): {}", self.code(), self.name(), self.description())
    }
}
/// Every error code of `specs/errors.json`, sorted as there.
pub static ERROR_CODES: [crate::ErrorCodeInfo; 231usize] = [
    crate::ErrorCodeInfo {
        code: 1001i64,
        name: "OpsInvalidRequest",
        description: "The request is not valid for the operations-data API; verify the request URL.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 1002i64,
        name: "OpsInvalidParameter",
        description: "A parameter is wrong: make sure the caller is the admin, all required fields are present and values follow the protocol.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 1003i64,
        name: "OpsSystemError",
        description: "The operations-data service hit an internal error; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 1004i64,
        name: "OpsFileNotReady",
        description: "No file is available yet for that period, either because it is still being produced or because no messages were sent then.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 1005i64,
        name: "OpsFileExpired",
        description: "The requested history file is no longer available because it has expired.",
        retry: crate::Retryability::No,
        public: false,
    },
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
        code: 10009i64,
        name: "GroupOwnerCannotQuit",
        description: "The group owner may not leave the group; transfer ownership or dismiss the group instead.",
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
        code: 10011i64,
        name: "GroupJsonParseFailed",
        description: "The request body is not valid JSON; fix the body.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10012i64,
        name: "GroupInvalidOperator",
        description: "The user ID that performs the operation is invalid; check it.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10013i64,
        name: "GroupAlreadyMember",
        description: "The user already belongs to the group.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10014i64,
        name: "GroupMemberLimitReached",
        description: "The group is full, so the user cannot be added; when adding in batches, add fewer users at once.",
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
        code: 10016i64,
        name: "GroupRejectedByWebhook",
        description: "The app's webhook server vetoed this group operation.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10017i64,
        name: "GroupSenderMuted",
        description: "The message cannot be sent because the sender is muted in the group.",
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
    crate::ErrorCodeInfo {
        code: 10019i64,
        name: "GroupUserNotFound",
        description: "A user ID given in the request does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10020i64,
        name: "GroupMessageTooLong",
        description: "The message is longer than the group service accepts (12 KB); send a shorter one. Documented on the page of import_group_msg, not in the general code list.",
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
        code: 10023i64,
        name: "GroupMessageRateLimited",
        description: "Group messages are being sent too often; retry later.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10024i64,
        name: "GroupRequestAlreadyHandled",
        description: "The invitation or join request was already processed.",
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
        code: 10026i64,
        name: "GroupCommandForbidden",
        description: "This API command has been disabled for the app.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10030i64,
        name: "GroupRecallMessageNotFound",
        description: "The group message to recall cannot be found.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10031i64,
        name: "GroupRecallTimeLimitExceeded",
        description: "The group message is older than the recall window (two minutes by default) and can no longer be recalled.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10032i64,
        name: "GroupMessageNotRecallable",
        description: "This group message is not eligible for recall.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10033i64,
        name: "GroupTypeRecallUnsupported",
        description: "Messages in this type of group cannot be recalled.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10034i64,
        name: "GroupMessageTypeNotDeletable",
        description: "Messages of this type cannot be deleted.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10035i64,
        name: "GroupChatRoomDeleteUnsupported",
        description: "Audio-video and broadcast chat rooms do not allow deleting messages.",
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
        code: 10041i64,
        name: "GroupRecallDisabled",
        description: "Recalling group messages is turned off for this app.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10044i64,
        name: "GroupHistoryUnsupported",
        description: "This type of group, such as an audio-video chat room, does not keep message history to fetch.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10045i64,
        name: "GroupAttrKeyTooLong",
        description: "A custom group attribute key is longer than 32 bytes; shorten it.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10046i64,
        name: "GroupAttrValueTooLong",
        description: "A custom group attribute value is longer than 4,000 bytes; shorten it.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10047i64,
        name: "GroupAttrTooManyKeys",
        description: "The group would have more than 16 custom attribute keys; remove some.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10048i64,
        name: "GroupAttrTotalTooLarge",
        description: "All custom attribute values together exceed 16,000 bytes; reduce their size.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10049i64,
        name: "GroupAttrRateLimited",
        description: "Custom group attributes are being written too often; retry later.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10050i64,
        name: "GroupAttrNotFound",
        description: "The custom group attribute to delete does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10051i64,
        name: "GroupMessageDeleteRangeTooLarge",
        description: "The message deletion covers more than the allowed scope; delete fewer messages at once.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10052i64,
        name: "GroupNoMessagesToDelete",
        description: "The group holds no messages, so there is nothing to delete.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10053i64,
        name: "GroupTooManyMentions",
        description: "The message mentions more than 30 users; mention fewer.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10054i64,
        name: "GroupTooManyMembersToPull",
        description: "The group has too many members to return at once; fetch the member list page by page.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10056i64,
        name: "GroupAttrWriteConflict",
        description: "A concurrent write to the custom group attributes collided with this one; reread the attributes and write again.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10058i64,
        name: "GroupFreeEditionLimitReached",
        description: "The free edition's quota of 100 groups is used up; buy a package to create more groups.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10059i64,
        name: "GroupUltimateEditionRequired",
        description: "This feature requires the Ultimate edition.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10060i64,
        name: "GroupReadReceiptMemberLimit",
        description: "The group has more members than read receipts support.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 10061i64,
        name: "GroupReadReceiptOnlineMessage",
        description: "Read receipts are not available for online-only messages.",
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
    crate::ErrorCodeInfo {
        code: 10063i64,
        name: "GroupCounterTooManyKeys",
        description: "The group would have more than 20 counter keys; remove some.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 11000i64,
        name: "CommunityNotEnabled",
        description: "Community groups are not enabled for this app; turn the feature on first.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20001i64,
        name: "MsgInvalidPacket",
        description: "The message request packet is malformed.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20002i64,
        name: "MsgInvalidSignature",
        description: "The UserSig or A2 credential is not valid; supply a correct signature.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20003i64,
        name: "MsgInvalidAccount",
        description: "The sender or recipient user ID is invalid or unknown; make sure it has been imported.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20004i64,
        name: "MsgNetworkError",
        description: "A network failure occurred in the backend; retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20005i64,
        name: "MsgInternalError",
        description: "The message service failed internally; retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20006i64,
        name: "MsgRejectedByWebhook",
        description: "The app's pre-send webhook refused this one-to-one message.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20007i64,
        name: "MsgSenderBlocked",
        description: "The recipient has the sender on their blocklist, so the one-to-one message was not delivered.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20008i64,
        name: "MsgAppIdMismatch",
        description: "Sender and recipient belong to different SDKAppIDs, typically stale local data after switching apps; clear the old data.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20009i64,
        name: "MsgNotFriends",
        description: "Friend checking is on for one-to-one chats and the two users are not friends.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20010i64,
        name: "MsgSenderNotFriendOfRecipient",
        description: "The sender is not in the recipient's friend list, so the message is refused.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20011i64,
        name: "MsgRecipientNotFriendOfSender",
        description: "The recipient is not in the sender's friend list, so the message is refused.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20012i64,
        name: "MsgSenderMuted",
        description: "The sender is muted and cannot send messages.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20016i64,
        name: "MsgRecallTimeLimitExceeded",
        description: "The message is older than the recall window (two minutes by default) and can no longer be recalled.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20018i64,
        name: "MsgDeleteHistoryInternalError",
        description: "Deleting roamed messages failed because of an internal error; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20022i64,
        name: "MsgRecallMessageNotFound",
        description: "The message to recall cannot be found; check its identifiers.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20023i64,
        name: "MsgAlreadyRecalled",
        description: "The message was already recalled.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 20028i64,
        name: "MsgModifyConflict",
        description: "Another modification of the same message happened at the same time; retry.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 21005i64,
        name: "PushTokenBeforeLogin",
        description: "The push token was set before the client had logged in; log in first, then set the token.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 22001i64,
        name: "PushCertificateMissing",
        description: "No offline push certificate has been uploaded for the app.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 22002i64,
        name: "PushNetworkError",
        description: "A network failure occurred in the push service; retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 22003i64,
        name: "PushTokenEmpty",
        description: "The uploaded push token is empty.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 22004i64,
        name: "PushTokenTooLong",
        description: "The uploaded push token is longer than 256 bytes.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 22005i64,
        name: "PushLoginDataTooLarge",
        description: "The login request data is larger than 1024 bytes.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 22006i64,
        name: "PushRateLimited",
        description: "Push requests exceed the frequency limit; retry later.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 23001i64,
        name: "MsgExtensionSeqConflict",
        description: "Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 23002i64,
        name: "MsgExtensionNotSupported",
        description: "The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 23003i64,
        name: "MsgExtensionTooFrequent",
        description: "The message's extensions were changed too often (more than 200 times in one minute).",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 23004i64,
        name: "MsgExtensionMsgNotFound",
        description: "The message whose extensions were asked for does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
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
        code: 30009i64,
        name: "SnsAddFriendForbidden",
        description: "The backend does not allow this user to send friend requests.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30010i64,
        name: "SnsFriendLimitReached",
        description: "The user already has the maximum number of friends.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30011i64,
        name: "SnsFriendGroupLimitReached",
        description: "The user already has the maximum number of friend lists.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30012i64,
        name: "SnsPendingLimitReached",
        description: "The user already has the maximum number of pending friend requests.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30013i64,
        name: "SnsBlocklistLimitReached",
        description: "The user's blocklist is full.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30014i64,
        name: "SnsPeerFriendLimitReached",
        description: "The other user already has the maximum number of friends.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30515i64,
        name: "SnsPeerInOwnBlocklist",
        description: "The user to add is on the requester's own blocklist; remove them from it first.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30516i64,
        name: "SnsPeerRejectsAll",
        description: "The other user does not accept any friend requests.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30525i64,
        name: "SnsBlockedByPeer",
        description: "The requester is on the other user's blocklist and cannot add them.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30539i64,
        name: "SnsRequestPending",
        description: "The other user must approve the request, so only a pending request was created; the caller may notify the requester.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30540i64,
        name: "SnsAddFriendFiltered",
        description: "The friend request was blocked by the security policy because requests are sent too often; slow down and retry later.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 30614i64,
        name: "SnsPendingNotFound",
        description: "The pending friend request does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 31704i64,
        name: "SnsNotFriends",
        description: "The account to delete is not a friend.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 31707i64,
        name: "SnsDeleteFriendFiltered",
        description: "The friend deletion was blocked by the security policy because deletions are sent too often; slow down and retry later.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 31804i64,
        name: "SnsUserNotFound",
        description: "The user account in the request does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40001i64,
        name: "ProfileInvalidParameter",
        description: "A profile request parameter is wrong; fix it using the error message as a hint.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40002i64,
        name: "ProfileAccountMissing",
        description: "The request does not say whose profile to fetch; supply the user accounts.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40003i64,
        name: "ProfileAccountNotFound",
        description: "The user account in the request does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40004i64,
        name: "ProfileAdminRequired",
        description: "This request must be made with the app admin account.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40006i64,
        name: "ProfileInternalError",
        description: "The profile service failed internally; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40007i64,
        name: "ProfileReadDenied",
        description: "The caller may not read one of the requested profile fields.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40008i64,
        name: "ProfileWriteDenied",
        description: "The caller may not write one of the given profile fields.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40009i64,
        name: "ProfileTagNotFound",
        description: "A profile field tag in the request is unknown.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40601i64,
        name: "ProfileValueTooLong",
        description: "A profile field value is longer than 500 bytes.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40605i64,
        name: "ProfileInvalidStandardValue",
        description: "A standard profile field has a value outside what it accepts.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 40610i64,
        name: "ProfileInvalidStandardType",
        description: "A standard profile field has a value of the wrong type.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 50001i64,
        name: "RecentContactAccountNotFound",
        description: "The user account in the request does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 50002i64,
        name: "RecentContactInvalidParameter",
        description: "A recent contacts request parameter is wrong; fix it using the error message as a hint.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 50003i64,
        name: "RecentContactAdminRequired",
        description: "This request must be made with the app admin account.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 50004i64,
        name: "RecentContactInternalError",
        description: "The recent contacts service failed internally; retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 50005i64,
        name: "RecentContactTimeout",
        description: "The recent contacts service timed out; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 51006i64,
        name: "ConversationMarkCountInvalid",
        description: "A conversation mark change must name between 1 and 100 conversations.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 51007i64,
        name: "ConversationGroupIdLookupFailed",
        description: "The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 51008i64,
        name: "ConversationGroupTooManyConversations",
        description: "The conversation group would hold more than 1,000 conversations.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 51009i64,
        name: "ConversationGroupNotFound",
        description: "The conversation group to delete does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 51010i64,
        name: "ConversationGroupLimitReached",
        description: "The user already has the maximum of 20 conversation groups.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 51011i64,
        name: "ConversationGroupNameTooLong",
        description: "The conversation group name is longer than 32 bytes.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 51012i64,
        name: "ConversationPinLimitReached",
        description: "No more than 50 conversations can be pinned, and the limit cannot be raised.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 51013i64,
        name: "ConversationUltimateEditionRequired",
        description: "Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 60002i64,
        name: "HttpRequestMalformed",
        description: "The HTTP request could not be parsed; check the request URL format.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60003i64,
        name: "JsonRequestMalformed",
        description: "The request body is not valid JSON; fix the body.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60004i64,
        name: "UserIdOrSigInvalid",
        description: "The UserID or UserSig in the URL or body is wrong; check both.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60005i64,
        name: "UserIdOrSigIncorrect",
        description: "The UserID or UserSig in the URL or body is wrong (same meaning as 60004); check both.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60006i64,
        name: "InvalidSdkAppId",
        description: "The SDKAppID is not valid; check it.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60007i64,
        name: "RestApiRateLimited",
        description: "REST API calls exceed the allowed frequency; lower the request rate and retry later.",
        retry: crate::Retryability::Refused,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60008i64,
        name: "RequestTimeoutOrMalformed",
        description: "The request timed out, or the HTTP request was malformed; check it and retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60009i64,
        name: "ResourceNotFound",
        description: "The requested resource is wrong; check the request URL.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60010i64,
        name: "AdminAccountRequired",
        description: "The identifier in the request must be the app admin account.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60011i64,
        name: "SdkAppIdRateLimited",
        description: "Requests for this SDKAppID exceed the allowed frequency; lower the rate and retry later.",
        retry: crate::Retryability::Refused,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60012i64,
        name: "SdkAppIdMissing",
        description: "The request URL carries no SDKAppID; add it.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60013i64,
        name: "JsonResponseMalformed",
        description: "The backend could not parse the JSON of an HTTP response packet.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60014i64,
        name: "AccountSwitchTimeout",
        description: "Switching accounts timed out; retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60015i64,
        name: "UserIdTypeInvalid",
        description: "A UserID in the body is not a string; send it as a string.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60016i64,
        name: "SdkAppIdDisabled",
        description: "The app has been disabled.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60017i64,
        name: "RequestDisabled",
        description: "This request has been disabled.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60018i64,
        name: "TooManyRequests",
        description: "Too many requests were made; retry later.",
        retry: crate::Retryability::Refused,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60019i64,
        name: "TooManyRequestsRetryLater",
        description: "Too many requests were made (same meaning as 60018); retry later.",
        retry: crate::Retryability::Refused,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60020i64,
        name: "BillingPlanExpired",
        description: "The Pro edition billing plan has expired and the app is disabled; buy the plan again, which takes effect a few minutes later.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 60021i64,
        name: "SourceIpNotAllowed",
        description: "The REST API call came from a source IP that is not allowed.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70001i64,
        name: "UserSigExpired",
        description: "The UserSig has expired; generate a new one, preferably with a validity of at least a day.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70002i64,
        name: "UserSigEmpty",
        description: "The UserSig is empty; pass the real signature.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70003i64,
        name: "UserSigInvalid",
        description: "The UserSig is not valid; generate it with the official tools or libraries.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70005i64,
        name: "UserSigMalformed",
        description: "The UserSig is not valid (same meaning as 70003); generate it with the official tools or libraries.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70009i64,
        name: "UserSigVerificationFailed",
        description: "The UserSig did not verify, likely because it was made with another app's key; sign with this SDKAppID's key.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70013i64,
        name: "UserSigUserIdMismatch",
        description: "The UserID in the request differs from the one the UserSig was issued for.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70014i64,
        name: "UserSigAppIdMismatch",
        description: "The SDKAppID in the request differs from the one the UserSig was issued for.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70016i64,
        name: "UserSigPublicKeyMissing",
        description: "The UserSig cannot be verified because no public key exists for the app; set up the key in the console.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70020i64,
        name: "SdkAppIdNotFound",
        description: "The SDKAppID does not exist; check the app in the console.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70050i64,
        name: "UserSigAuthRateLimited",
        description: "UserSig verification failed too many times; check the signature and retry after about a minute.",
        retry: crate::Retryability::Refused,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70051i64,
        name: "AccountBlocklisted",
        description: "The account has been put on a blocklist.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70107i64,
        name: "AccountNotFound",
        description: "The requested UserID does not exist.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70114i64,
        name: "LoginRateLimited",
        description: "Logins are restricted for security because they happen too often; log in less often and retry later.",
        retry: crate::Retryability::Refused,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70169i64,
        name: "AccountServerTimeout",
        description: "The account service timed out; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70202i64,
        name: "AccountServerTimeoutRetry",
        description: "The account service timed out (same meaning as 70169); retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70206i64,
        name: "InvalidBatchSize",
        description: "The number of items in the batch request is not allowed.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70398i64,
        name: "AccountLimitReached",
        description: "The app cannot create more accounts; the free limit is 100 and upgrading to Pro removes it.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70402i64,
        name: "AccountInvalidParameter",
        description: "A parameter is wrong; check that required fields are set and values follow the protocol.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70403i64,
        name: "AccountAdminRequired",
        description: "The operation needs app admin permission.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 70500i64,
        name: "AccountInternalError",
        description: "The account service failed internally; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 71000i64,
        name: "AccountDeleteNotAllowed",
        description: "Accounts can be deleted only in free apps, and this app is on the Pro edition.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 72000i64,
        name: "TrialDauLimitExceeded",
        description: "The trial edition's free daily active user quota is used up; upgrade to Pro or Ultimate to lift it.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 72001i64,
        name: "UserStatusNotEnabled",
        description: "User status queries and status notifications are not enabled; turn them on in the console.",
        retry: crate::Retryability::No,
        public: true,
    },
    crate::ErrorCodeInfo {
        code: 80001i64,
        name: "TextContentRejected",
        description: "The message text was flagged as sensitive and was not delivered.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 80002i64,
        name: "MessageTooLarge",
        description: "The message packet exceeds 8 KB; make it smaller.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 80003i64,
        name: "PreSendWebhookFailed",
        description: "The pre-send webhook failed or timed out, so the message was not sent; retry, or configure the timeout policy in the console.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 80004i64,
        name: "ImageContentRejected",
        description: "An image in the message was flagged as sensitive and was not delivered.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 80005i64,
        name: "ContentCheckTimedOut",
        description: "The content security check did not finish in time, so the request was turned down; send it again.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90001i64,
        name: "MsgJsonParseFailed",
        description: "The request body is not valid JSON; fix the body.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90002i64,
        name: "MsgBodyInvalid",
        description: "MsgBody is not an array of valid message elements; follow the message element format.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90003i64,
        name: "MsgToAccountMissing",
        description: "To_Account is absent or names an account that does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90004i64,
        name: "MsgSeqInvalid",
        description: "MsgSeq in the request is not a valid message sequence number.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90005i64,
        name: "MsgRandomInvalid",
        description: "MsgRandom is absent or is not an integer.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90006i64,
        name: "MsgTimestampInvalid",
        description: "MsgTimeStamp is absent or is not an integer.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90007i64,
        name: "MsgBodyNotArray",
        description: "MsgBody is not an array; send it as an array.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90008i64,
        name: "MsgFromAccountInvalid",
        description: "From_Account is absent or names an account that does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90009i64,
        name: "MsgAdminRequired",
        description: "This request must be made with the app admin account.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90010i64,
        name: "MsgFormatInvalid",
        description: "The body does not follow the message format; follow the message element definitions.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90011i64,
        name: "MsgBatchTooManyRecipients",
        description: "A batch send may target at most 500 accounts; reduce To_Account.",
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
    crate::ErrorCodeInfo {
        code: 90018i64,
        name: "MsgTooManyAccounts",
        description: "The request names more accounts than allowed.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90020i64,
        name: "PushConditionTagTooLong",
        description: "A tag in the push conditions is longer than 50 bytes.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90022i64,
        name: "PushDuplicateTags",
        description: "The push conditions repeat the same tag in TagsOr and TagsAnd.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90024i64,
        name: "PushTooFrequent",
        description: "All-user pushes must be at least one second apart; retry later.",
        retry: crate::Retryability::Refused,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90026i64,
        name: "MsgOfflineLifetimeInvalid",
        description: "The offline storage period is invalid; it may not exceed 7 days.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90030i64,
        name: "PushAttrLengthInvalid",
        description: "An attribute is empty or longer than 50 bytes.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90031i64,
        name: "MsgSyncOtherMachineInvalid",
        description: "SyncOtherMachine is not an integer.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90032i64,
        name: "PushTooManyTags",
        description: "More than 10 tags were given in push conditions or in a tag-adding request.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90033i64,
        name: "PushAttrInvalid",
        description: "An attribute in the request is not valid.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90034i64,
        name: "PushTagTooLong",
        description: "A tag is longer than 50 bytes.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90039i64,
        name: "PushAttrAndTagConditionsMixed",
        description: "The push conditions combine attribute conditions with tag conditions; a push selects by one kind only.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90040i64,
        name: "PushTagEmpty",
        description: "A tag in the push conditions is null.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90043i64,
        name: "MsgOfflinePushInfoInvalid",
        description: "OfflinePushInfo does not follow its documented format.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90044i64,
        name: "MsgLifeTimeInvalid",
        description: "MsgLifeTime is not an integer.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90045i64,
        name: "PushAllUsersNotEnabled",
        description: "The push-to-all-users feature is not enabled for the app.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90047i64,
        name: "PushDailyQuotaExceeded",
        description: "The daily quota of all-user pushes (100 by default) is used up.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90048i64,
        name: "MsgAccountNotFound",
        description: "The user account in the request does not exist.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90054i64,
        name: "MsgRecallKeyInvalid",
        description: "The MsgKey in the recall request is not valid.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90055i64,
        name: "MsgBatchPacketTooLarge",
        description: "The batch send packet exceeds 8 KB; make it smaller.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90992i64,
        name: "MsgServiceErrorCheckWebhook",
        description: "The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90994i64,
        name: "MsgServiceError",
        description: "The message service failed internally; retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 90995i64,
        name: "MsgServiceErrorRetry",
        description: "The message service failed internally (same meaning as 90994); retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 91000i64,
        name: "MsgServiceUnavailable",
        description: "The message service failed internally (same meaning as 90994); retry.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 91101i64,
        name: "WebInstanceKickedOut",
        description: "A web client was logged out during long polling because too many web instances were online at once.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 93000i64,
        name: "MsgJsonTooLarge",
        description: "The JSON packet exceeds 8 KB; make it smaller.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 110002i64,
        name: "TopicDeleteFailed",
        description: "The topic could not be deleted; the ErrorInfo says why.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 110003i64,
        name: "TopicAlreadyDeleted",
        description: "The topic does not exist any more: it was deleted.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130001i64,
        name: "ConfigJsonParseFailed",
        description: "The request body could not be parsed as JSON; send valid JSON.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130002i64,
        name: "ConfigGetAccountMissing",
        description: "The request lacks Get_Account, the account whose mute settings are read.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130003i64,
        name: "ConfigGetAccountInvalid",
        description: "Get_Account is not a valid account.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130004i64,
        name: "ConfigSetAccountMissing",
        description: "The request lacks Set_Account, the account whose mute settings are changed.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130005i64,
        name: "ConfigSetAccountInvalid",
        description: "Set_Account is not a valid account.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130008i64,
        name: "ConfigNoMuteTimeGiven",
        description: "Neither the one-to-one nor the group mute period is in the request; give at least one.",
        retry: crate::Retryability::No,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130009i64,
        name: "StatsDbOpenFailed",
        description: "The statistics database could not be opened; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130010i64,
        name: "StatsDbPingFailed",
        description: "The statistics database did not answer; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130011i64,
        name: "StatsDbQueryFailed",
        description: "Querying the statistics database failed; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130012i64,
        name: "StatsDbResultInvalid",
        description: "The statistics database's answer could not be read; retry later.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
    crate::ErrorCodeInfo {
        code: 130014i64,
        name: "ConfigSystemError",
        description: "The configuration service failed internally; retry, or ask support if it persists.",
        retry: crate::Retryability::OutcomeUnknown,
        public: false,
    },
];
/// Every error code of `specs/errors.json`, whichever endpoint answers it, and
/// `Unknown` for a code the specs do not document. The error enum of each
/// endpoint converts to it (`error_code()`), and
/// [`ServiceError::code`](#rt::ServiceError::code) gives it, so that one
/// pattern matches a service error:
/// `Err(Error::Service(e)) if e.code() == ErrorCode::GroupNotFound`.
///
/// Codes are `i64` everywhere (this enum, the endpoint enums, the metadata and
/// the envelope): `ErrorCode` is an `i64` on the wire (`specs/envelope.json`),
/// so any code the service sends is kept as sent; the documented ones are
/// positive and small.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `1001`: The request is not valid for the operations-data API; verify the request URL.
    OpsInvalidRequest,
    /// `1002`: A parameter is wrong: make sure the caller is the admin, all required fields are present and values follow the protocol.
    OpsInvalidParameter,
    /// `1003`: The operations-data service hit an internal error; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    OpsSystemError,
    /// `1004`: No file is available yet for that period, either because it is still being produced or because no messages were sent then.
    OpsFileNotReady,
    /// `1005`: The requested history file is no longer available because it has expired.
    OpsFileExpired,
    /// `10001`: The caller is not signed in: the admin identifier or its UserSig was not accepted; check both.
    GroupNotLoggedIn,
    /// `10002`: The group service failed internally; send the request again. Retryable, but the service may have acted: retried only for calls safe to repeat.
    GroupInternalError,
    /// `10003`: The API name in the request URL is not recognized; correct it.
    GroupInvalidApiName,
    /// `10004`: A group request parameter is invalid; fix it using the error message as a hint.
    GroupInvalidParameter,
    /// `10005`: The request lists more accounts than allowed in one call; split it into smaller batches.
    GroupTooManyAccounts,
    /// `10006`: Group operations are being called too often; slow down and retry later. Retryable: the service refused the call before acting on it.
    GroupRateLimited,
    /// `10007`: The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin.
    GroupPermissionDenied,
    /// `10008`: The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists. Retryable: the service refused the call before acting on it.
    GroupRequestNotVerified,
    /// `10009`: The group owner may not leave the group; transfer ownership or dismiss the group instead.
    GroupOwnerCannotQuit,
    /// `10010`: The group does not exist or was already dismissed.
    GroupNotFound,
    /// `10011`: The request body is not valid JSON; fix the body.
    GroupJsonParseFailed,
    /// `10012`: The user ID that performs the operation is invalid; check it.
    GroupInvalidOperator,
    /// `10013`: The user already belongs to the group.
    GroupAlreadyMember,
    /// `10014`: The group is full, so the user cannot be added; when adding in batches, add fewer users at once.
    GroupMemberLimitReached,
    /// `10015`: The group ID is invalid, meaning the group does not exist or was dismissed.
    GroupInvalidGroupId,
    /// `10016`: The app's webhook server vetoed this group operation.
    GroupRejectedByWebhook,
    /// `10017`: The message cannot be sent because the sender is muted in the group.
    GroupSenderMuted,
    /// `10018`: The answer would exceed the 1 MB response limit; request less data per call.
    GroupResponseTooLarge,
    /// `10019`: A user ID given in the request does not exist.
    GroupUserNotFound,
    /// `10020`: The message is longer than the group service accepts (12 KB); send a shorter one. Documented on the page of import_group_msg, not in the general code list.
    GroupMessageTooLong,
    /// `10021`: Another group already uses this group ID; choose a different one.
    GroupIdInUse,
    /// `10023`: Group messages are being sent too often; retry later. Retryable: the service refused the call before acting on it.
    GroupMessageRateLimited,
    /// `10024`: The invitation or join request was already processed.
    GroupRequestAlreadyHandled,
    /// `10025`: The group ID is taken by a group the operator already owns, so that group can be used as is.
    GroupIdOwnedByOperator,
    /// `10026`: This API command has been disabled for the app.
    GroupCommandForbidden,
    /// `10030`: The group message to recall cannot be found.
    GroupRecallMessageNotFound,
    /// `10031`: The group message is older than the recall window (two minutes by default) and can no longer be recalled.
    GroupRecallTimeLimitExceeded,
    /// `10032`: This group message is not eligible for recall.
    GroupMessageNotRecallable,
    /// `10033`: Messages in this type of group cannot be recalled.
    GroupTypeRecallUnsupported,
    /// `10034`: Messages of this type cannot be deleted.
    GroupMessageTypeNotDeletable,
    /// `10035`: Audio-video and broadcast chat rooms do not allow deleting messages.
    GroupChatRoomDeleteUnsupported,
    /// `10036`: The app has reached its quota of audio-video chat rooms; buy a larger package to create more.
    GroupAvChatRoomLimitReached,
    /// `10037`: The user has created or joined as many groups as allowed; a larger package raises the limit.
    GroupPerUserGroupLimitReached,
    /// `10038`: The group member count exceeds the plan's limit; upgrade the package and then raise the group's maximum member count.
    GroupMemberQuotaExceeded,
    /// `10041`: Recalling group messages is turned off for this app.
    GroupRecallDisabled,
    /// `10044`: This type of group, such as an audio-video chat room, does not keep message history to fetch.
    GroupHistoryUnsupported,
    /// `10045`: A custom group attribute key is longer than 32 bytes; shorten it.
    GroupAttrKeyTooLong,
    /// `10046`: A custom group attribute value is longer than 4,000 bytes; shorten it.
    GroupAttrValueTooLong,
    /// `10047`: The group would have more than 16 custom attribute keys; remove some.
    GroupAttrTooManyKeys,
    /// `10048`: All custom attribute values together exceed 16,000 bytes; reduce their size.
    GroupAttrTotalTooLarge,
    /// `10049`: Custom group attributes are being written too often; retry later. Retryable: the service refused the call before acting on it.
    GroupAttrRateLimited,
    /// `10050`: The custom group attribute to delete does not exist.
    GroupAttrNotFound,
    /// `10051`: The message deletion covers more than the allowed scope; delete fewer messages at once.
    GroupMessageDeleteRangeTooLarge,
    /// `10052`: The group holds no messages, so there is nothing to delete.
    GroupNoMessagesToDelete,
    /// `10053`: The message mentions more than 30 users; mention fewer.
    GroupTooManyMentions,
    /// `10054`: The group has too many members to return at once; fetch the member list page by page.
    GroupTooManyMembersToPull,
    /// `10056`: A concurrent write to the custom group attributes collided with this one; reread the attributes and write again. Retryable: the service refused the call before acting on it.
    GroupAttrWriteConflict,
    /// `10058`: The free edition's quota of 100 groups is used up; buy a package to create more groups.
    GroupFreeEditionLimitReached,
    /// `10059`: This feature requires the Ultimate edition.
    GroupUltimateEditionRequired,
    /// `10060`: The group has more members than read receipts support.
    GroupReadReceiptMemberLimit,
    /// `10061`: Read receipts are not available for online-only messages.
    GroupReadReceiptOnlineMessage,
    /// `10062`: No read receipt exists for the requested message.
    GroupReadReceiptNotFound,
    /// `10063`: The group would have more than 20 counter keys; remove some.
    GroupCounterTooManyKeys,
    /// `11000`: Community groups are not enabled for this app; turn the feature on first.
    CommunityNotEnabled,
    /// `20001`: The message request packet is malformed.
    MsgInvalidPacket,
    /// `20002`: The UserSig or A2 credential is not valid; supply a correct signature.
    MsgInvalidSignature,
    /// `20003`: The sender or recipient user ID is invalid or unknown; make sure it has been imported.
    MsgInvalidAccount,
    /// `20004`: A network failure occurred in the backend; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgNetworkError,
    /// `20005`: The message service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgInternalError,
    /// `20006`: The app's pre-send webhook refused this one-to-one message.
    MsgRejectedByWebhook,
    /// `20007`: The recipient has the sender on their blocklist, so the one-to-one message was not delivered.
    MsgSenderBlocked,
    /// `20008`: Sender and recipient belong to different SDKAppIDs, typically stale local data after switching apps; clear the old data.
    MsgAppIdMismatch,
    /// `20009`: Friend checking is on for one-to-one chats and the two users are not friends.
    MsgNotFriends,
    /// `20010`: The sender is not in the recipient's friend list, so the message is refused.
    MsgSenderNotFriendOfRecipient,
    /// `20011`: The recipient is not in the sender's friend list, so the message is refused.
    MsgRecipientNotFriendOfSender,
    /// `20012`: The sender is muted and cannot send messages.
    MsgSenderMuted,
    /// `20016`: The message is older than the recall window (two minutes by default) and can no longer be recalled.
    MsgRecallTimeLimitExceeded,
    /// `20018`: Deleting roamed messages failed because of an internal error; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgDeleteHistoryInternalError,
    /// `20022`: The message to recall cannot be found; check its identifiers.
    MsgRecallMessageNotFound,
    /// `20023`: The message was already recalled.
    MsgAlreadyRecalled,
    /// `20028`: Another modification of the same message happened at the same time; retry. Retryable: the service refused the call before acting on it.
    MsgModifyConflict,
    /// `21005`: The push token was set before the client had logged in; log in first, then set the token.
    PushTokenBeforeLogin,
    /// `22001`: No offline push certificate has been uploaded for the app.
    PushCertificateMissing,
    /// `22002`: A network failure occurred in the push service; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    PushNetworkError,
    /// `22003`: The uploaded push token is empty.
    PushTokenEmpty,
    /// `22004`: The uploaded push token is longer than 256 bytes.
    PushTokenTooLong,
    /// `22005`: The login request data is larger than 1024 bytes.
    PushLoginDataTooLarge,
    /// `22006`: Push requests exceed the frequency limit; retry later. Retryable: the service refused the call before acting on it.
    PushRateLimited,
    /// `23001`: Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again.
    MsgExtensionSeqConflict,
    /// `23002`: The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions.
    MsgExtensionNotSupported,
    /// `23003`: The message's extensions were changed too often (more than 200 times in one minute). Retryable: the service refused the call before acting on it.
    MsgExtensionTooFrequent,
    /// `23004`: The message whose extensions were asked for does not exist.
    MsgExtensionMsgNotFound,
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint.
    SnsInvalidParameter,
    /// `30002`: The SDKAppID does not match.
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
    /// `30009`: The backend does not allow this user to send friend requests.
    SnsAddFriendForbidden,
    /// `30010`: The user already has the maximum number of friends.
    SnsFriendLimitReached,
    /// `30011`: The user already has the maximum number of friend lists.
    SnsFriendGroupLimitReached,
    /// `30012`: The user already has the maximum number of pending friend requests.
    SnsPendingLimitReached,
    /// `30013`: The user's blocklist is full.
    SnsBlocklistLimitReached,
    /// `30014`: The other user already has the maximum number of friends.
    SnsPeerFriendLimitReached,
    /// `30515`: The user to add is on the requester's own blocklist; remove them from it first.
    SnsPeerInOwnBlocklist,
    /// `30516`: The other user does not accept any friend requests.
    SnsPeerRejectsAll,
    /// `30525`: The requester is on the other user's blocklist and cannot add them.
    SnsBlockedByPeer,
    /// `30539`: The other user must approve the request, so only a pending request was created; the caller may notify the requester.
    SnsRequestPending,
    /// `30540`: The friend request was blocked by the security policy because requests are sent too often; slow down and retry later. Retryable: the service refused the call before acting on it.
    SnsAddFriendFiltered,
    /// `30614`: The pending friend request does not exist.
    SnsPendingNotFound,
    /// `31704`: The account to delete is not a friend.
    SnsNotFriends,
    /// `31707`: The friend deletion was blocked by the security policy because deletions are sent too often; slow down and retry later. Retryable: the service refused the call before acting on it.
    SnsDeleteFriendFiltered,
    /// `31804`: The user account in the request does not exist.
    SnsUserNotFound,
    /// `40001`: A profile request parameter is wrong; fix it using the error message as a hint.
    ProfileInvalidParameter,
    /// `40002`: The request does not say whose profile to fetch; supply the user accounts.
    ProfileAccountMissing,
    /// `40003`: The user account in the request does not exist.
    ProfileAccountNotFound,
    /// `40004`: This request must be made with the app admin account.
    ProfileAdminRequired,
    /// `40006`: The profile service failed internally; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    ProfileInternalError,
    /// `40007`: The caller may not read one of the requested profile fields.
    ProfileReadDenied,
    /// `40008`: The caller may not write one of the given profile fields.
    ProfileWriteDenied,
    /// `40009`: A profile field tag in the request is unknown.
    ProfileTagNotFound,
    /// `40601`: A profile field value is longer than 500 bytes.
    ProfileValueTooLong,
    /// `40605`: A standard profile field has a value outside what it accepts.
    ProfileInvalidStandardValue,
    /// `40610`: A standard profile field has a value of the wrong type.
    ProfileInvalidStandardType,
    /// `50001`: The user account in the request does not exist.
    RecentContactAccountNotFound,
    /// `50002`: A recent contacts request parameter is wrong; fix it using the error message as a hint.
    RecentContactInvalidParameter,
    /// `50003`: This request must be made with the app admin account.
    RecentContactAdminRequired,
    /// `50004`: The recent contacts service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    RecentContactInternalError,
    /// `50005`: The recent contacts service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    RecentContactTimeout,
    /// `51006`: A conversation mark change must name between 1 and 100 conversations.
    ConversationMarkCountInvalid,
    /// `51007`: The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed.
    ConversationGroupIdLookupFailed,
    /// `51008`: The conversation group would hold more than 1,000 conversations.
    ConversationGroupTooManyConversations,
    /// `51009`: The conversation group to delete does not exist.
    ConversationGroupNotFound,
    /// `51010`: The user already has the maximum of 20 conversation groups.
    ConversationGroupLimitReached,
    /// `51011`: The conversation group name is longer than 32 bytes.
    ConversationGroupNameTooLong,
    /// `51012`: No more than 50 conversations can be pinned, and the limit cannot be raised.
    ConversationPinLimitReached,
    /// `51013`: Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition.
    ConversationUltimateEditionRequired,
    /// `60002`: The HTTP request could not be parsed; check the request URL format.
    HttpRequestMalformed,
    /// `60003`: The request body is not valid JSON; fix the body.
    JsonRequestMalformed,
    /// `60004`: The UserID or UserSig in the URL or body is wrong; check both.
    UserIdOrSigInvalid,
    /// `60005`: The UserID or UserSig in the URL or body is wrong (same meaning as 60004); check both.
    UserIdOrSigIncorrect,
    /// `60006`: The SDKAppID is not valid; check it.
    InvalidSdkAppId,
    /// `60007`: REST API calls exceed the allowed frequency; lower the request rate and retry later. Retryable: the service refused the call before acting on it.
    RestApiRateLimited,
    /// `60008`: The request timed out, or the HTTP request was malformed; check it and retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    RequestTimeoutOrMalformed,
    /// `60009`: The requested resource is wrong; check the request URL.
    ResourceNotFound,
    /// `60010`: The identifier in the request must be the app admin account.
    AdminAccountRequired,
    /// `60011`: Requests for this SDKAppID exceed the allowed frequency; lower the rate and retry later. Retryable: the service refused the call before acting on it.
    SdkAppIdRateLimited,
    /// `60012`: The request URL carries no SDKAppID; add it.
    SdkAppIdMissing,
    /// `60013`: The backend could not parse the JSON of an HTTP response packet.
    JsonResponseMalformed,
    /// `60014`: Switching accounts timed out; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    AccountSwitchTimeout,
    /// `60015`: A UserID in the body is not a string; send it as a string.
    UserIdTypeInvalid,
    /// `60016`: The app has been disabled.
    SdkAppIdDisabled,
    /// `60017`: This request has been disabled.
    RequestDisabled,
    /// `60018`: Too many requests were made; retry later. Retryable: the service refused the call before acting on it.
    TooManyRequests,
    /// `60019`: Too many requests were made (same meaning as 60018); retry later. Retryable: the service refused the call before acting on it.
    TooManyRequestsRetryLater,
    /// `60020`: The Pro edition billing plan has expired and the app is disabled; buy the plan again, which takes effect a few minutes later.
    BillingPlanExpired,
    /// `60021`: The REST API call came from a source IP that is not allowed.
    SourceIpNotAllowed,
    /// `70001`: The UserSig has expired; generate a new one, preferably with a validity of at least a day.
    UserSigExpired,
    /// `70002`: The UserSig is empty; pass the real signature.
    UserSigEmpty,
    /// `70003`: The UserSig is not valid; generate it with the official tools or libraries.
    UserSigInvalid,
    /// `70005`: The UserSig is not valid (same meaning as 70003); generate it with the official tools or libraries.
    UserSigMalformed,
    /// `70009`: The UserSig did not verify, likely because it was made with another app's key; sign with this SDKAppID's key.
    UserSigVerificationFailed,
    /// `70013`: The UserID in the request differs from the one the UserSig was issued for.
    UserSigUserIdMismatch,
    /// `70014`: The SDKAppID in the request differs from the one the UserSig was issued for.
    UserSigAppIdMismatch,
    /// `70016`: The UserSig cannot be verified because no public key exists for the app; set up the key in the console.
    UserSigPublicKeyMissing,
    /// `70020`: The SDKAppID does not exist; check the app in the console.
    SdkAppIdNotFound,
    /// `70050`: UserSig verification failed too many times; check the signature and retry after about a minute. Retryable: the service refused the call before acting on it.
    UserSigAuthRateLimited,
    /// `70051`: The account has been put on a blocklist.
    AccountBlocklisted,
    /// `70107`: The requested UserID does not exist.
    AccountNotFound,
    /// `70114`: Logins are restricted for security because they happen too often; log in less often and retry later. Retryable: the service refused the call before acting on it.
    LoginRateLimited,
    /// `70169`: The account service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    AccountServerTimeout,
    /// `70202`: The account service timed out (same meaning as 70169); retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    AccountServerTimeoutRetry,
    /// `70206`: The number of items in the batch request is not allowed.
    InvalidBatchSize,
    /// `70398`: The app cannot create more accounts; the free limit is 100 and upgrading to Pro removes it.
    AccountLimitReached,
    /// `70402`: A parameter is wrong; check that required fields are set and values follow the protocol.
    AccountInvalidParameter,
    /// `70403`: The operation needs app admin permission.
    AccountAdminRequired,
    /// `70500`: The account service failed internally; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    AccountInternalError,
    /// `71000`: Accounts can be deleted only in free apps, and this app is on the Pro edition.
    AccountDeleteNotAllowed,
    /// `72000`: The trial edition's free daily active user quota is used up; upgrade to Pro or Ultimate to lift it.
    TrialDauLimitExceeded,
    /// `72001`: User status queries and status notifications are not enabled; turn them on in the console.
    UserStatusNotEnabled,
    /// `80001`: The message text was flagged as sensitive and was not delivered.
    TextContentRejected,
    /// `80002`: The message packet exceeds 8 KB; make it smaller.
    MessageTooLarge,
    /// `80003`: The pre-send webhook failed or timed out, so the message was not sent; retry, or configure the timeout policy in the console. Retryable: the service refused the call before acting on it.
    PreSendWebhookFailed,
    /// `80004`: An image in the message was flagged as sensitive and was not delivered.
    ImageContentRejected,
    /// `80005`: The content security check did not finish in time, so the request was turned down; send it again. Retryable: the service refused the call before acting on it.
    ContentCheckTimedOut,
    /// `90001`: The request body is not valid JSON; fix the body.
    MsgJsonParseFailed,
    /// `90002`: MsgBody is not an array of valid message elements; follow the message element format.
    MsgBodyInvalid,
    /// `90003`: To_Account is absent or names an account that does not exist.
    MsgToAccountMissing,
    /// `90004`: MsgSeq in the request is not a valid message sequence number.
    MsgSeqInvalid,
    /// `90005`: MsgRandom is absent or is not an integer.
    MsgRandomInvalid,
    /// `90006`: MsgTimeStamp is absent or is not an integer.
    MsgTimestampInvalid,
    /// `90007`: MsgBody is not an array; send it as an array.
    MsgBodyNotArray,
    /// `90008`: From_Account is absent or names an account that does not exist.
    MsgFromAccountInvalid,
    /// `90009`: This request must be made with the app admin account.
    MsgAdminRequired,
    /// `90010`: The body does not follow the message format; follow the message element definitions.
    MsgFormatInvalid,
    /// `90011`: A batch send may target at most 500 accounts; reduce To_Account.
    MsgBatchTooManyRecipients,
    /// `90012`: To_Account is not registered; check that it was imported and is spelled correctly.
    MsgToAccountNotRegistered,
    /// `90018`: The request names more accounts than allowed.
    MsgTooManyAccounts,
    /// `90020`: A tag in the push conditions is longer than 50 bytes.
    PushConditionTagTooLong,
    /// `90022`: The push conditions repeat the same tag in TagsOr and TagsAnd.
    PushDuplicateTags,
    /// `90024`: All-user pushes must be at least one second apart; retry later. Retryable: the service refused the call before acting on it.
    PushTooFrequent,
    /// `90026`: The offline storage period is invalid; it may not exceed 7 days.
    MsgOfflineLifetimeInvalid,
    /// `90030`: An attribute is empty or longer than 50 bytes.
    PushAttrLengthInvalid,
    /// `90031`: SyncOtherMachine is not an integer.
    MsgSyncOtherMachineInvalid,
    /// `90032`: More than 10 tags were given in push conditions or in a tag-adding request.
    PushTooManyTags,
    /// `90033`: An attribute in the request is not valid.
    PushAttrInvalid,
    /// `90034`: A tag is longer than 50 bytes.
    PushTagTooLong,
    /// `90039`: The push conditions combine attribute conditions with tag conditions; a push selects by one kind only.
    PushAttrAndTagConditionsMixed,
    /// `90040`: A tag in the push conditions is null.
    PushTagEmpty,
    /// `90043`: OfflinePushInfo does not follow its documented format.
    MsgOfflinePushInfoInvalid,
    /// `90044`: MsgLifeTime is not an integer.
    MsgLifeTimeInvalid,
    /// `90045`: The push-to-all-users feature is not enabled for the app.
    PushAllUsersNotEnabled,
    /// `90047`: The daily quota of all-user pushes (100 by default) is used up.
    PushDailyQuotaExceeded,
    /// `90048`: The user account in the request does not exist.
    MsgAccountNotFound,
    /// `90054`: The MsgKey in the recall request is not valid.
    MsgRecallKeyInvalid,
    /// `90055`: The batch send packet exceeds 8 KB; make it smaller.
    MsgBatchPacketTooLarge,
    /// `90992`: The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceErrorCheckWebhook,
    /// `90994`: The message service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceError,
    /// `90995`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceErrorRetry,
    /// `91000`: The message service failed internally (same meaning as 90994); retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    MsgServiceUnavailable,
    /// `91101`: A web client was logged out during long polling because too many web instances were online at once.
    WebInstanceKickedOut,
    /// `93000`: The JSON packet exceeds 8 KB; make it smaller.
    MsgJsonTooLarge,
    /// `110002`: The topic could not be deleted; the ErrorInfo says why.
    TopicDeleteFailed,
    /// `110003`: The topic does not exist any more: it was deleted.
    TopicAlreadyDeleted,
    /// `130001`: The request body could not be parsed as JSON; send valid JSON.
    ConfigJsonParseFailed,
    /// `130002`: The request lacks Get_Account, the account whose mute settings are read.
    ConfigGetAccountMissing,
    /// `130003`: Get_Account is not a valid account.
    ConfigGetAccountInvalid,
    /// `130004`: The request lacks Set_Account, the account whose mute settings are changed.
    ConfigSetAccountMissing,
    /// `130005`: Set_Account is not a valid account.
    ConfigSetAccountInvalid,
    /// `130008`: Neither the one-to-one nor the group mute period is in the request; give at least one.
    ConfigNoMuteTimeGiven,
    /// `130009`: The statistics database could not be opened; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    StatsDbOpenFailed,
    /// `130010`: The statistics database did not answer; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    StatsDbPingFailed,
    /// `130011`: Querying the statistics database failed; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    StatsDbQueryFailed,
    /// `130012`: The statistics database's answer could not be read; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    StatsDbResultInvalid,
    /// `130014`: The configuration service failed internally; retry, or ask support if it persists. Retryable, but the service may have acted: retried only for calls safe to repeat.
    ConfigSystemError,
    /// A code the specs do not document, kept as sent.
    Unknown(i64),
}
impl ErrorCode {
    /// The entry of a numeric code; `Unknown` when the catalog lacks it.
    pub const fn from_code(code: i64) -> Self {
        match code {
            1001i64 => Self::OpsInvalidRequest,
            1002i64 => Self::OpsInvalidParameter,
            1003i64 => Self::OpsSystemError,
            1004i64 => Self::OpsFileNotReady,
            1005i64 => Self::OpsFileExpired,
            10001i64 => Self::GroupNotLoggedIn,
            10002i64 => Self::GroupInternalError,
            10003i64 => Self::GroupInvalidApiName,
            10004i64 => Self::GroupInvalidParameter,
            10005i64 => Self::GroupTooManyAccounts,
            10006i64 => Self::GroupRateLimited,
            10007i64 => Self::GroupPermissionDenied,
            10008i64 => Self::GroupRequestNotVerified,
            10009i64 => Self::GroupOwnerCannotQuit,
            10010i64 => Self::GroupNotFound,
            10011i64 => Self::GroupJsonParseFailed,
            10012i64 => Self::GroupInvalidOperator,
            10013i64 => Self::GroupAlreadyMember,
            10014i64 => Self::GroupMemberLimitReached,
            10015i64 => Self::GroupInvalidGroupId,
            10016i64 => Self::GroupRejectedByWebhook,
            10017i64 => Self::GroupSenderMuted,
            10018i64 => Self::GroupResponseTooLarge,
            10019i64 => Self::GroupUserNotFound,
            10020i64 => Self::GroupMessageTooLong,
            10021i64 => Self::GroupIdInUse,
            10023i64 => Self::GroupMessageRateLimited,
            10024i64 => Self::GroupRequestAlreadyHandled,
            10025i64 => Self::GroupIdOwnedByOperator,
            10026i64 => Self::GroupCommandForbidden,
            10030i64 => Self::GroupRecallMessageNotFound,
            10031i64 => Self::GroupRecallTimeLimitExceeded,
            10032i64 => Self::GroupMessageNotRecallable,
            10033i64 => Self::GroupTypeRecallUnsupported,
            10034i64 => Self::GroupMessageTypeNotDeletable,
            10035i64 => Self::GroupChatRoomDeleteUnsupported,
            10036i64 => Self::GroupAvChatRoomLimitReached,
            10037i64 => Self::GroupPerUserGroupLimitReached,
            10038i64 => Self::GroupMemberQuotaExceeded,
            10041i64 => Self::GroupRecallDisabled,
            10044i64 => Self::GroupHistoryUnsupported,
            10045i64 => Self::GroupAttrKeyTooLong,
            10046i64 => Self::GroupAttrValueTooLong,
            10047i64 => Self::GroupAttrTooManyKeys,
            10048i64 => Self::GroupAttrTotalTooLarge,
            10049i64 => Self::GroupAttrRateLimited,
            10050i64 => Self::GroupAttrNotFound,
            10051i64 => Self::GroupMessageDeleteRangeTooLarge,
            10052i64 => Self::GroupNoMessagesToDelete,
            10053i64 => Self::GroupTooManyMentions,
            10054i64 => Self::GroupTooManyMembersToPull,
            10056i64 => Self::GroupAttrWriteConflict,
            10058i64 => Self::GroupFreeEditionLimitReached,
            10059i64 => Self::GroupUltimateEditionRequired,
            10060i64 => Self::GroupReadReceiptMemberLimit,
            10061i64 => Self::GroupReadReceiptOnlineMessage,
            10062i64 => Self::GroupReadReceiptNotFound,
            10063i64 => Self::GroupCounterTooManyKeys,
            11000i64 => Self::CommunityNotEnabled,
            20001i64 => Self::MsgInvalidPacket,
            20002i64 => Self::MsgInvalidSignature,
            20003i64 => Self::MsgInvalidAccount,
            20004i64 => Self::MsgNetworkError,
            20005i64 => Self::MsgInternalError,
            20006i64 => Self::MsgRejectedByWebhook,
            20007i64 => Self::MsgSenderBlocked,
            20008i64 => Self::MsgAppIdMismatch,
            20009i64 => Self::MsgNotFriends,
            20010i64 => Self::MsgSenderNotFriendOfRecipient,
            20011i64 => Self::MsgRecipientNotFriendOfSender,
            20012i64 => Self::MsgSenderMuted,
            20016i64 => Self::MsgRecallTimeLimitExceeded,
            20018i64 => Self::MsgDeleteHistoryInternalError,
            20022i64 => Self::MsgRecallMessageNotFound,
            20023i64 => Self::MsgAlreadyRecalled,
            20028i64 => Self::MsgModifyConflict,
            21005i64 => Self::PushTokenBeforeLogin,
            22001i64 => Self::PushCertificateMissing,
            22002i64 => Self::PushNetworkError,
            22003i64 => Self::PushTokenEmpty,
            22004i64 => Self::PushTokenTooLong,
            22005i64 => Self::PushLoginDataTooLarge,
            22006i64 => Self::PushRateLimited,
            23001i64 => Self::MsgExtensionSeqConflict,
            23002i64 => Self::MsgExtensionNotSupported,
            23003i64 => Self::MsgExtensionTooFrequent,
            23004i64 => Self::MsgExtensionMsgNotFound,
            30001i64 => Self::SnsInvalidParameter,
            30002i64 => Self::SnsAppIdMismatch,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
            30009i64 => Self::SnsAddFriendForbidden,
            30010i64 => Self::SnsFriendLimitReached,
            30011i64 => Self::SnsFriendGroupLimitReached,
            30012i64 => Self::SnsPendingLimitReached,
            30013i64 => Self::SnsBlocklistLimitReached,
            30014i64 => Self::SnsPeerFriendLimitReached,
            30515i64 => Self::SnsPeerInOwnBlocklist,
            30516i64 => Self::SnsPeerRejectsAll,
            30525i64 => Self::SnsBlockedByPeer,
            30539i64 => Self::SnsRequestPending,
            30540i64 => Self::SnsAddFriendFiltered,
            30614i64 => Self::SnsPendingNotFound,
            31704i64 => Self::SnsNotFriends,
            31707i64 => Self::SnsDeleteFriendFiltered,
            31804i64 => Self::SnsUserNotFound,
            40001i64 => Self::ProfileInvalidParameter,
            40002i64 => Self::ProfileAccountMissing,
            40003i64 => Self::ProfileAccountNotFound,
            40004i64 => Self::ProfileAdminRequired,
            40006i64 => Self::ProfileInternalError,
            40007i64 => Self::ProfileReadDenied,
            40008i64 => Self::ProfileWriteDenied,
            40009i64 => Self::ProfileTagNotFound,
            40601i64 => Self::ProfileValueTooLong,
            40605i64 => Self::ProfileInvalidStandardValue,
            40610i64 => Self::ProfileInvalidStandardType,
            50001i64 => Self::RecentContactAccountNotFound,
            50002i64 => Self::RecentContactInvalidParameter,
            50003i64 => Self::RecentContactAdminRequired,
            50004i64 => Self::RecentContactInternalError,
            50005i64 => Self::RecentContactTimeout,
            51006i64 => Self::ConversationMarkCountInvalid,
            51007i64 => Self::ConversationGroupIdLookupFailed,
            51008i64 => Self::ConversationGroupTooManyConversations,
            51009i64 => Self::ConversationGroupNotFound,
            51010i64 => Self::ConversationGroupLimitReached,
            51011i64 => Self::ConversationGroupNameTooLong,
            51012i64 => Self::ConversationPinLimitReached,
            51013i64 => Self::ConversationUltimateEditionRequired,
            60002i64 => Self::HttpRequestMalformed,
            60003i64 => Self::JsonRequestMalformed,
            60004i64 => Self::UserIdOrSigInvalid,
            60005i64 => Self::UserIdOrSigIncorrect,
            60006i64 => Self::InvalidSdkAppId,
            60007i64 => Self::RestApiRateLimited,
            60008i64 => Self::RequestTimeoutOrMalformed,
            60009i64 => Self::ResourceNotFound,
            60010i64 => Self::AdminAccountRequired,
            60011i64 => Self::SdkAppIdRateLimited,
            60012i64 => Self::SdkAppIdMissing,
            60013i64 => Self::JsonResponseMalformed,
            60014i64 => Self::AccountSwitchTimeout,
            60015i64 => Self::UserIdTypeInvalid,
            60016i64 => Self::SdkAppIdDisabled,
            60017i64 => Self::RequestDisabled,
            60018i64 => Self::TooManyRequests,
            60019i64 => Self::TooManyRequestsRetryLater,
            60020i64 => Self::BillingPlanExpired,
            60021i64 => Self::SourceIpNotAllowed,
            70001i64 => Self::UserSigExpired,
            70002i64 => Self::UserSigEmpty,
            70003i64 => Self::UserSigInvalid,
            70005i64 => Self::UserSigMalformed,
            70009i64 => Self::UserSigVerificationFailed,
            70013i64 => Self::UserSigUserIdMismatch,
            70014i64 => Self::UserSigAppIdMismatch,
            70016i64 => Self::UserSigPublicKeyMissing,
            70020i64 => Self::SdkAppIdNotFound,
            70050i64 => Self::UserSigAuthRateLimited,
            70051i64 => Self::AccountBlocklisted,
            70107i64 => Self::AccountNotFound,
            70114i64 => Self::LoginRateLimited,
            70169i64 => Self::AccountServerTimeout,
            70202i64 => Self::AccountServerTimeoutRetry,
            70206i64 => Self::InvalidBatchSize,
            70398i64 => Self::AccountLimitReached,
            70402i64 => Self::AccountInvalidParameter,
            70403i64 => Self::AccountAdminRequired,
            70500i64 => Self::AccountInternalError,
            71000i64 => Self::AccountDeleteNotAllowed,
            72000i64 => Self::TrialDauLimitExceeded,
            72001i64 => Self::UserStatusNotEnabled,
            80001i64 => Self::TextContentRejected,
            80002i64 => Self::MessageTooLarge,
            80003i64 => Self::PreSendWebhookFailed,
            80004i64 => Self::ImageContentRejected,
            80005i64 => Self::ContentCheckTimedOut,
            90001i64 => Self::MsgJsonParseFailed,
            90002i64 => Self::MsgBodyInvalid,
            90003i64 => Self::MsgToAccountMissing,
            90004i64 => Self::MsgSeqInvalid,
            90005i64 => Self::MsgRandomInvalid,
            90006i64 => Self::MsgTimestampInvalid,
            90007i64 => Self::MsgBodyNotArray,
            90008i64 => Self::MsgFromAccountInvalid,
            90009i64 => Self::MsgAdminRequired,
            90010i64 => Self::MsgFormatInvalid,
            90011i64 => Self::MsgBatchTooManyRecipients,
            90012i64 => Self::MsgToAccountNotRegistered,
            90018i64 => Self::MsgTooManyAccounts,
            90020i64 => Self::PushConditionTagTooLong,
            90022i64 => Self::PushDuplicateTags,
            90024i64 => Self::PushTooFrequent,
            90026i64 => Self::MsgOfflineLifetimeInvalid,
            90030i64 => Self::PushAttrLengthInvalid,
            90031i64 => Self::MsgSyncOtherMachineInvalid,
            90032i64 => Self::PushTooManyTags,
            90033i64 => Self::PushAttrInvalid,
            90034i64 => Self::PushTagTooLong,
            90039i64 => Self::PushAttrAndTagConditionsMixed,
            90040i64 => Self::PushTagEmpty,
            90043i64 => Self::MsgOfflinePushInfoInvalid,
            90044i64 => Self::MsgLifeTimeInvalid,
            90045i64 => Self::PushAllUsersNotEnabled,
            90047i64 => Self::PushDailyQuotaExceeded,
            90048i64 => Self::MsgAccountNotFound,
            90054i64 => Self::MsgRecallKeyInvalid,
            90055i64 => Self::MsgBatchPacketTooLarge,
            90992i64 => Self::MsgServiceErrorCheckWebhook,
            90994i64 => Self::MsgServiceError,
            90995i64 => Self::MsgServiceErrorRetry,
            91000i64 => Self::MsgServiceUnavailable,
            91101i64 => Self::WebInstanceKickedOut,
            93000i64 => Self::MsgJsonTooLarge,
            110002i64 => Self::TopicDeleteFailed,
            110003i64 => Self::TopicAlreadyDeleted,
            130001i64 => Self::ConfigJsonParseFailed,
            130002i64 => Self::ConfigGetAccountMissing,
            130003i64 => Self::ConfigGetAccountInvalid,
            130004i64 => Self::ConfigSetAccountMissing,
            130005i64 => Self::ConfigSetAccountInvalid,
            130008i64 => Self::ConfigNoMuteTimeGiven,
            130009i64 => Self::StatsDbOpenFailed,
            130010i64 => Self::StatsDbPingFailed,
            130011i64 => Self::StatsDbQueryFailed,
            130012i64 => Self::StatsDbResultInvalid,
            130014i64 => Self::ConfigSystemError,
            other => Self::Unknown(other),
        }
    }
    /// The numeric code.
    pub const fn code(self) -> i64 {
        match self {
            Self::OpsInvalidRequest => 1001i64,
            Self::OpsInvalidParameter => 1002i64,
            Self::OpsSystemError => 1003i64,
            Self::OpsFileNotReady => 1004i64,
            Self::OpsFileExpired => 1005i64,
            Self::GroupNotLoggedIn => 10001i64,
            Self::GroupInternalError => 10002i64,
            Self::GroupInvalidApiName => 10003i64,
            Self::GroupInvalidParameter => 10004i64,
            Self::GroupTooManyAccounts => 10005i64,
            Self::GroupRateLimited => 10006i64,
            Self::GroupPermissionDenied => 10007i64,
            Self::GroupRequestNotVerified => 10008i64,
            Self::GroupOwnerCannotQuit => 10009i64,
            Self::GroupNotFound => 10010i64,
            Self::GroupJsonParseFailed => 10011i64,
            Self::GroupInvalidOperator => 10012i64,
            Self::GroupAlreadyMember => 10013i64,
            Self::GroupMemberLimitReached => 10014i64,
            Self::GroupInvalidGroupId => 10015i64,
            Self::GroupRejectedByWebhook => 10016i64,
            Self::GroupSenderMuted => 10017i64,
            Self::GroupResponseTooLarge => 10018i64,
            Self::GroupUserNotFound => 10019i64,
            Self::GroupMessageTooLong => 10020i64,
            Self::GroupIdInUse => 10021i64,
            Self::GroupMessageRateLimited => 10023i64,
            Self::GroupRequestAlreadyHandled => 10024i64,
            Self::GroupIdOwnedByOperator => 10025i64,
            Self::GroupCommandForbidden => 10026i64,
            Self::GroupRecallMessageNotFound => 10030i64,
            Self::GroupRecallTimeLimitExceeded => 10031i64,
            Self::GroupMessageNotRecallable => 10032i64,
            Self::GroupTypeRecallUnsupported => 10033i64,
            Self::GroupMessageTypeNotDeletable => 10034i64,
            Self::GroupChatRoomDeleteUnsupported => 10035i64,
            Self::GroupAvChatRoomLimitReached => 10036i64,
            Self::GroupPerUserGroupLimitReached => 10037i64,
            Self::GroupMemberQuotaExceeded => 10038i64,
            Self::GroupRecallDisabled => 10041i64,
            Self::GroupHistoryUnsupported => 10044i64,
            Self::GroupAttrKeyTooLong => 10045i64,
            Self::GroupAttrValueTooLong => 10046i64,
            Self::GroupAttrTooManyKeys => 10047i64,
            Self::GroupAttrTotalTooLarge => 10048i64,
            Self::GroupAttrRateLimited => 10049i64,
            Self::GroupAttrNotFound => 10050i64,
            Self::GroupMessageDeleteRangeTooLarge => 10051i64,
            Self::GroupNoMessagesToDelete => 10052i64,
            Self::GroupTooManyMentions => 10053i64,
            Self::GroupTooManyMembersToPull => 10054i64,
            Self::GroupAttrWriteConflict => 10056i64,
            Self::GroupFreeEditionLimitReached => 10058i64,
            Self::GroupUltimateEditionRequired => 10059i64,
            Self::GroupReadReceiptMemberLimit => 10060i64,
            Self::GroupReadReceiptOnlineMessage => 10061i64,
            Self::GroupReadReceiptNotFound => 10062i64,
            Self::GroupCounterTooManyKeys => 10063i64,
            Self::CommunityNotEnabled => 11000i64,
            Self::MsgInvalidPacket => 20001i64,
            Self::MsgInvalidSignature => 20002i64,
            Self::MsgInvalidAccount => 20003i64,
            Self::MsgNetworkError => 20004i64,
            Self::MsgInternalError => 20005i64,
            Self::MsgRejectedByWebhook => 20006i64,
            Self::MsgSenderBlocked => 20007i64,
            Self::MsgAppIdMismatch => 20008i64,
            Self::MsgNotFriends => 20009i64,
            Self::MsgSenderNotFriendOfRecipient => 20010i64,
            Self::MsgRecipientNotFriendOfSender => 20011i64,
            Self::MsgSenderMuted => 20012i64,
            Self::MsgRecallTimeLimitExceeded => 20016i64,
            Self::MsgDeleteHistoryInternalError => 20018i64,
            Self::MsgRecallMessageNotFound => 20022i64,
            Self::MsgAlreadyRecalled => 20023i64,
            Self::MsgModifyConflict => 20028i64,
            Self::PushTokenBeforeLogin => 21005i64,
            Self::PushCertificateMissing => 22001i64,
            Self::PushNetworkError => 22002i64,
            Self::PushTokenEmpty => 22003i64,
            Self::PushTokenTooLong => 22004i64,
            Self::PushLoginDataTooLarge => 22005i64,
            Self::PushRateLimited => 22006i64,
            Self::MsgExtensionSeqConflict => 23001i64,
            Self::MsgExtensionNotSupported => 23002i64,
            Self::MsgExtensionTooFrequent => 23003i64,
            Self::MsgExtensionMsgNotFound => 23004i64,
            Self::SnsInvalidParameter => 30001i64,
            Self::SnsAppIdMismatch => 30002i64,
            Self::SnsAccountNotFound => 30003i64,
            Self::SnsAdminRequired => 30004i64,
            Self::SnsInternalError => 30006i64,
            Self::SnsTimeout => 30007i64,
            Self::SnsWriteConflict => 30008i64,
            Self::SnsAddFriendForbidden => 30009i64,
            Self::SnsFriendLimitReached => 30010i64,
            Self::SnsFriendGroupLimitReached => 30011i64,
            Self::SnsPendingLimitReached => 30012i64,
            Self::SnsBlocklistLimitReached => 30013i64,
            Self::SnsPeerFriendLimitReached => 30014i64,
            Self::SnsPeerInOwnBlocklist => 30515i64,
            Self::SnsPeerRejectsAll => 30516i64,
            Self::SnsBlockedByPeer => 30525i64,
            Self::SnsRequestPending => 30539i64,
            Self::SnsAddFriendFiltered => 30540i64,
            Self::SnsPendingNotFound => 30614i64,
            Self::SnsNotFriends => 31704i64,
            Self::SnsDeleteFriendFiltered => 31707i64,
            Self::SnsUserNotFound => 31804i64,
            Self::ProfileInvalidParameter => 40001i64,
            Self::ProfileAccountMissing => 40002i64,
            Self::ProfileAccountNotFound => 40003i64,
            Self::ProfileAdminRequired => 40004i64,
            Self::ProfileInternalError => 40006i64,
            Self::ProfileReadDenied => 40007i64,
            Self::ProfileWriteDenied => 40008i64,
            Self::ProfileTagNotFound => 40009i64,
            Self::ProfileValueTooLong => 40601i64,
            Self::ProfileInvalidStandardValue => 40605i64,
            Self::ProfileInvalidStandardType => 40610i64,
            Self::RecentContactAccountNotFound => 50001i64,
            Self::RecentContactInvalidParameter => 50002i64,
            Self::RecentContactAdminRequired => 50003i64,
            Self::RecentContactInternalError => 50004i64,
            Self::RecentContactTimeout => 50005i64,
            Self::ConversationMarkCountInvalid => 51006i64,
            Self::ConversationGroupIdLookupFailed => 51007i64,
            Self::ConversationGroupTooManyConversations => 51008i64,
            Self::ConversationGroupNotFound => 51009i64,
            Self::ConversationGroupLimitReached => 51010i64,
            Self::ConversationGroupNameTooLong => 51011i64,
            Self::ConversationPinLimitReached => 51012i64,
            Self::ConversationUltimateEditionRequired => 51013i64,
            Self::HttpRequestMalformed => 60002i64,
            Self::JsonRequestMalformed => 60003i64,
            Self::UserIdOrSigInvalid => 60004i64,
            Self::UserIdOrSigIncorrect => 60005i64,
            Self::InvalidSdkAppId => 60006i64,
            Self::RestApiRateLimited => 60007i64,
            Self::RequestTimeoutOrMalformed => 60008i64,
            Self::ResourceNotFound => 60009i64,
            Self::AdminAccountRequired => 60010i64,
            Self::SdkAppIdRateLimited => 60011i64,
            Self::SdkAppIdMissing => 60012i64,
            Self::JsonResponseMalformed => 60013i64,
            Self::AccountSwitchTimeout => 60014i64,
            Self::UserIdTypeInvalid => 60015i64,
            Self::SdkAppIdDisabled => 60016i64,
            Self::RequestDisabled => 60017i64,
            Self::TooManyRequests => 60018i64,
            Self::TooManyRequestsRetryLater => 60019i64,
            Self::BillingPlanExpired => 60020i64,
            Self::SourceIpNotAllowed => 60021i64,
            Self::UserSigExpired => 70001i64,
            Self::UserSigEmpty => 70002i64,
            Self::UserSigInvalid => 70003i64,
            Self::UserSigMalformed => 70005i64,
            Self::UserSigVerificationFailed => 70009i64,
            Self::UserSigUserIdMismatch => 70013i64,
            Self::UserSigAppIdMismatch => 70014i64,
            Self::UserSigPublicKeyMissing => 70016i64,
            Self::SdkAppIdNotFound => 70020i64,
            Self::UserSigAuthRateLimited => 70050i64,
            Self::AccountBlocklisted => 70051i64,
            Self::AccountNotFound => 70107i64,
            Self::LoginRateLimited => 70114i64,
            Self::AccountServerTimeout => 70169i64,
            Self::AccountServerTimeoutRetry => 70202i64,
            Self::InvalidBatchSize => 70206i64,
            Self::AccountLimitReached => 70398i64,
            Self::AccountInvalidParameter => 70402i64,
            Self::AccountAdminRequired => 70403i64,
            Self::AccountInternalError => 70500i64,
            Self::AccountDeleteNotAllowed => 71000i64,
            Self::TrialDauLimitExceeded => 72000i64,
            Self::UserStatusNotEnabled => 72001i64,
            Self::TextContentRejected => 80001i64,
            Self::MessageTooLarge => 80002i64,
            Self::PreSendWebhookFailed => 80003i64,
            Self::ImageContentRejected => 80004i64,
            Self::ContentCheckTimedOut => 80005i64,
            Self::MsgJsonParseFailed => 90001i64,
            Self::MsgBodyInvalid => 90002i64,
            Self::MsgToAccountMissing => 90003i64,
            Self::MsgSeqInvalid => 90004i64,
            Self::MsgRandomInvalid => 90005i64,
            Self::MsgTimestampInvalid => 90006i64,
            Self::MsgBodyNotArray => 90007i64,
            Self::MsgFromAccountInvalid => 90008i64,
            Self::MsgAdminRequired => 90009i64,
            Self::MsgFormatInvalid => 90010i64,
            Self::MsgBatchTooManyRecipients => 90011i64,
            Self::MsgToAccountNotRegistered => 90012i64,
            Self::MsgTooManyAccounts => 90018i64,
            Self::PushConditionTagTooLong => 90020i64,
            Self::PushDuplicateTags => 90022i64,
            Self::PushTooFrequent => 90024i64,
            Self::MsgOfflineLifetimeInvalid => 90026i64,
            Self::PushAttrLengthInvalid => 90030i64,
            Self::MsgSyncOtherMachineInvalid => 90031i64,
            Self::PushTooManyTags => 90032i64,
            Self::PushAttrInvalid => 90033i64,
            Self::PushTagTooLong => 90034i64,
            Self::PushAttrAndTagConditionsMixed => 90039i64,
            Self::PushTagEmpty => 90040i64,
            Self::MsgOfflinePushInfoInvalid => 90043i64,
            Self::MsgLifeTimeInvalid => 90044i64,
            Self::PushAllUsersNotEnabled => 90045i64,
            Self::PushDailyQuotaExceeded => 90047i64,
            Self::MsgAccountNotFound => 90048i64,
            Self::MsgRecallKeyInvalid => 90054i64,
            Self::MsgBatchPacketTooLarge => 90055i64,
            Self::MsgServiceErrorCheckWebhook => 90992i64,
            Self::MsgServiceError => 90994i64,
            Self::MsgServiceErrorRetry => 90995i64,
            Self::MsgServiceUnavailable => 91000i64,
            Self::WebInstanceKickedOut => 91101i64,
            Self::MsgJsonTooLarge => 93000i64,
            Self::TopicDeleteFailed => 110002i64,
            Self::TopicAlreadyDeleted => 110003i64,
            Self::ConfigJsonParseFailed => 130001i64,
            Self::ConfigGetAccountMissing => 130002i64,
            Self::ConfigGetAccountInvalid => 130003i64,
            Self::ConfigSetAccountMissing => 130004i64,
            Self::ConfigSetAccountInvalid => 130005i64,
            Self::ConfigNoMuteTimeGiven => 130008i64,
            Self::StatsDbOpenFailed => 130009i64,
            Self::StatsDbPingFailed => 130010i64,
            Self::StatsDbQueryFailed => 130011i64,
            Self::StatsDbResultInvalid => 130012i64,
            Self::ConfigSystemError => 130014i64,
            Self::Unknown(code) => code,
        }
    }
    /// The variant name (`Unknown` for an undocumented code).
    pub const fn name(self) -> &'static str {
        match self {
            Self::OpsInvalidRequest => "OpsInvalidRequest",
            Self::OpsInvalidParameter => "OpsInvalidParameter",
            Self::OpsSystemError => "OpsSystemError",
            Self::OpsFileNotReady => "OpsFileNotReady",
            Self::OpsFileExpired => "OpsFileExpired",
            Self::GroupNotLoggedIn => "GroupNotLoggedIn",
            Self::GroupInternalError => "GroupInternalError",
            Self::GroupInvalidApiName => "GroupInvalidApiName",
            Self::GroupInvalidParameter => "GroupInvalidParameter",
            Self::GroupTooManyAccounts => "GroupTooManyAccounts",
            Self::GroupRateLimited => "GroupRateLimited",
            Self::GroupPermissionDenied => "GroupPermissionDenied",
            Self::GroupRequestNotVerified => "GroupRequestNotVerified",
            Self::GroupOwnerCannotQuit => "GroupOwnerCannotQuit",
            Self::GroupNotFound => "GroupNotFound",
            Self::GroupJsonParseFailed => "GroupJsonParseFailed",
            Self::GroupInvalidOperator => "GroupInvalidOperator",
            Self::GroupAlreadyMember => "GroupAlreadyMember",
            Self::GroupMemberLimitReached => "GroupMemberLimitReached",
            Self::GroupInvalidGroupId => "GroupInvalidGroupId",
            Self::GroupRejectedByWebhook => "GroupRejectedByWebhook",
            Self::GroupSenderMuted => "GroupSenderMuted",
            Self::GroupResponseTooLarge => "GroupResponseTooLarge",
            Self::GroupUserNotFound => "GroupUserNotFound",
            Self::GroupMessageTooLong => "GroupMessageTooLong",
            Self::GroupIdInUse => "GroupIdInUse",
            Self::GroupMessageRateLimited => "GroupMessageRateLimited",
            Self::GroupRequestAlreadyHandled => "GroupRequestAlreadyHandled",
            Self::GroupIdOwnedByOperator => "GroupIdOwnedByOperator",
            Self::GroupCommandForbidden => "GroupCommandForbidden",
            Self::GroupRecallMessageNotFound => "GroupRecallMessageNotFound",
            Self::GroupRecallTimeLimitExceeded => "GroupRecallTimeLimitExceeded",
            Self::GroupMessageNotRecallable => "GroupMessageNotRecallable",
            Self::GroupTypeRecallUnsupported => "GroupTypeRecallUnsupported",
            Self::GroupMessageTypeNotDeletable => "GroupMessageTypeNotDeletable",
            Self::GroupChatRoomDeleteUnsupported => "GroupChatRoomDeleteUnsupported",
            Self::GroupAvChatRoomLimitReached => "GroupAvChatRoomLimitReached",
            Self::GroupPerUserGroupLimitReached => "GroupPerUserGroupLimitReached",
            Self::GroupMemberQuotaExceeded => "GroupMemberQuotaExceeded",
            Self::GroupRecallDisabled => "GroupRecallDisabled",
            Self::GroupHistoryUnsupported => "GroupHistoryUnsupported",
            Self::GroupAttrKeyTooLong => "GroupAttrKeyTooLong",
            Self::GroupAttrValueTooLong => "GroupAttrValueTooLong",
            Self::GroupAttrTooManyKeys => "GroupAttrTooManyKeys",
            Self::GroupAttrTotalTooLarge => "GroupAttrTotalTooLarge",
            Self::GroupAttrRateLimited => "GroupAttrRateLimited",
            Self::GroupAttrNotFound => "GroupAttrNotFound",
            Self::GroupMessageDeleteRangeTooLarge => "GroupMessageDeleteRangeTooLarge",
            Self::GroupNoMessagesToDelete => "GroupNoMessagesToDelete",
            Self::GroupTooManyMentions => "GroupTooManyMentions",
            Self::GroupTooManyMembersToPull => "GroupTooManyMembersToPull",
            Self::GroupAttrWriteConflict => "GroupAttrWriteConflict",
            Self::GroupFreeEditionLimitReached => "GroupFreeEditionLimitReached",
            Self::GroupUltimateEditionRequired => "GroupUltimateEditionRequired",
            Self::GroupReadReceiptMemberLimit => "GroupReadReceiptMemberLimit",
            Self::GroupReadReceiptOnlineMessage => "GroupReadReceiptOnlineMessage",
            Self::GroupReadReceiptNotFound => "GroupReadReceiptNotFound",
            Self::GroupCounterTooManyKeys => "GroupCounterTooManyKeys",
            Self::CommunityNotEnabled => "CommunityNotEnabled",
            Self::MsgInvalidPacket => "MsgInvalidPacket",
            Self::MsgInvalidSignature => "MsgInvalidSignature",
            Self::MsgInvalidAccount => "MsgInvalidAccount",
            Self::MsgNetworkError => "MsgNetworkError",
            Self::MsgInternalError => "MsgInternalError",
            Self::MsgRejectedByWebhook => "MsgRejectedByWebhook",
            Self::MsgSenderBlocked => "MsgSenderBlocked",
            Self::MsgAppIdMismatch => "MsgAppIdMismatch",
            Self::MsgNotFriends => "MsgNotFriends",
            Self::MsgSenderNotFriendOfRecipient => "MsgSenderNotFriendOfRecipient",
            Self::MsgRecipientNotFriendOfSender => "MsgRecipientNotFriendOfSender",
            Self::MsgSenderMuted => "MsgSenderMuted",
            Self::MsgRecallTimeLimitExceeded => "MsgRecallTimeLimitExceeded",
            Self::MsgDeleteHistoryInternalError => "MsgDeleteHistoryInternalError",
            Self::MsgRecallMessageNotFound => "MsgRecallMessageNotFound",
            Self::MsgAlreadyRecalled => "MsgAlreadyRecalled",
            Self::MsgModifyConflict => "MsgModifyConflict",
            Self::PushTokenBeforeLogin => "PushTokenBeforeLogin",
            Self::PushCertificateMissing => "PushCertificateMissing",
            Self::PushNetworkError => "PushNetworkError",
            Self::PushTokenEmpty => "PushTokenEmpty",
            Self::PushTokenTooLong => "PushTokenTooLong",
            Self::PushLoginDataTooLarge => "PushLoginDataTooLarge",
            Self::PushRateLimited => "PushRateLimited",
            Self::MsgExtensionSeqConflict => "MsgExtensionSeqConflict",
            Self::MsgExtensionNotSupported => "MsgExtensionNotSupported",
            Self::MsgExtensionTooFrequent => "MsgExtensionTooFrequent",
            Self::MsgExtensionMsgNotFound => "MsgExtensionMsgNotFound",
            Self::SnsInvalidParameter => "SnsInvalidParameter",
            Self::SnsAppIdMismatch => "SnsAppIdMismatch",
            Self::SnsAccountNotFound => "SnsAccountNotFound",
            Self::SnsAdminRequired => "SnsAdminRequired",
            Self::SnsInternalError => "SnsInternalError",
            Self::SnsTimeout => "SnsTimeout",
            Self::SnsWriteConflict => "SnsWriteConflict",
            Self::SnsAddFriendForbidden => "SnsAddFriendForbidden",
            Self::SnsFriendLimitReached => "SnsFriendLimitReached",
            Self::SnsFriendGroupLimitReached => "SnsFriendGroupLimitReached",
            Self::SnsPendingLimitReached => "SnsPendingLimitReached",
            Self::SnsBlocklistLimitReached => "SnsBlocklistLimitReached",
            Self::SnsPeerFriendLimitReached => "SnsPeerFriendLimitReached",
            Self::SnsPeerInOwnBlocklist => "SnsPeerInOwnBlocklist",
            Self::SnsPeerRejectsAll => "SnsPeerRejectsAll",
            Self::SnsBlockedByPeer => "SnsBlockedByPeer",
            Self::SnsRequestPending => "SnsRequestPending",
            Self::SnsAddFriendFiltered => "SnsAddFriendFiltered",
            Self::SnsPendingNotFound => "SnsPendingNotFound",
            Self::SnsNotFriends => "SnsNotFriends",
            Self::SnsDeleteFriendFiltered => "SnsDeleteFriendFiltered",
            Self::SnsUserNotFound => "SnsUserNotFound",
            Self::ProfileInvalidParameter => "ProfileInvalidParameter",
            Self::ProfileAccountMissing => "ProfileAccountMissing",
            Self::ProfileAccountNotFound => "ProfileAccountNotFound",
            Self::ProfileAdminRequired => "ProfileAdminRequired",
            Self::ProfileInternalError => "ProfileInternalError",
            Self::ProfileReadDenied => "ProfileReadDenied",
            Self::ProfileWriteDenied => "ProfileWriteDenied",
            Self::ProfileTagNotFound => "ProfileTagNotFound",
            Self::ProfileValueTooLong => "ProfileValueTooLong",
            Self::ProfileInvalidStandardValue => "ProfileInvalidStandardValue",
            Self::ProfileInvalidStandardType => "ProfileInvalidStandardType",
            Self::RecentContactAccountNotFound => "RecentContactAccountNotFound",
            Self::RecentContactInvalidParameter => "RecentContactInvalidParameter",
            Self::RecentContactAdminRequired => "RecentContactAdminRequired",
            Self::RecentContactInternalError => "RecentContactInternalError",
            Self::RecentContactTimeout => "RecentContactTimeout",
            Self::ConversationMarkCountInvalid => "ConversationMarkCountInvalid",
            Self::ConversationGroupIdLookupFailed => "ConversationGroupIdLookupFailed",
            Self::ConversationGroupTooManyConversations => {
                "ConversationGroupTooManyConversations"
            }
            Self::ConversationGroupNotFound => "ConversationGroupNotFound",
            Self::ConversationGroupLimitReached => "ConversationGroupLimitReached",
            Self::ConversationGroupNameTooLong => "ConversationGroupNameTooLong",
            Self::ConversationPinLimitReached => "ConversationPinLimitReached",
            Self::ConversationUltimateEditionRequired => {
                "ConversationUltimateEditionRequired"
            }
            Self::HttpRequestMalformed => "HttpRequestMalformed",
            Self::JsonRequestMalformed => "JsonRequestMalformed",
            Self::UserIdOrSigInvalid => "UserIdOrSigInvalid",
            Self::UserIdOrSigIncorrect => "UserIdOrSigIncorrect",
            Self::InvalidSdkAppId => "InvalidSdkAppId",
            Self::RestApiRateLimited => "RestApiRateLimited",
            Self::RequestTimeoutOrMalformed => "RequestTimeoutOrMalformed",
            Self::ResourceNotFound => "ResourceNotFound",
            Self::AdminAccountRequired => "AdminAccountRequired",
            Self::SdkAppIdRateLimited => "SdkAppIdRateLimited",
            Self::SdkAppIdMissing => "SdkAppIdMissing",
            Self::JsonResponseMalformed => "JsonResponseMalformed",
            Self::AccountSwitchTimeout => "AccountSwitchTimeout",
            Self::UserIdTypeInvalid => "UserIdTypeInvalid",
            Self::SdkAppIdDisabled => "SdkAppIdDisabled",
            Self::RequestDisabled => "RequestDisabled",
            Self::TooManyRequests => "TooManyRequests",
            Self::TooManyRequestsRetryLater => "TooManyRequestsRetryLater",
            Self::BillingPlanExpired => "BillingPlanExpired",
            Self::SourceIpNotAllowed => "SourceIpNotAllowed",
            Self::UserSigExpired => "UserSigExpired",
            Self::UserSigEmpty => "UserSigEmpty",
            Self::UserSigInvalid => "UserSigInvalid",
            Self::UserSigMalformed => "UserSigMalformed",
            Self::UserSigVerificationFailed => "UserSigVerificationFailed",
            Self::UserSigUserIdMismatch => "UserSigUserIdMismatch",
            Self::UserSigAppIdMismatch => "UserSigAppIdMismatch",
            Self::UserSigPublicKeyMissing => "UserSigPublicKeyMissing",
            Self::SdkAppIdNotFound => "SdkAppIdNotFound",
            Self::UserSigAuthRateLimited => "UserSigAuthRateLimited",
            Self::AccountBlocklisted => "AccountBlocklisted",
            Self::AccountNotFound => "AccountNotFound",
            Self::LoginRateLimited => "LoginRateLimited",
            Self::AccountServerTimeout => "AccountServerTimeout",
            Self::AccountServerTimeoutRetry => "AccountServerTimeoutRetry",
            Self::InvalidBatchSize => "InvalidBatchSize",
            Self::AccountLimitReached => "AccountLimitReached",
            Self::AccountInvalidParameter => "AccountInvalidParameter",
            Self::AccountAdminRequired => "AccountAdminRequired",
            Self::AccountInternalError => "AccountInternalError",
            Self::AccountDeleteNotAllowed => "AccountDeleteNotAllowed",
            Self::TrialDauLimitExceeded => "TrialDauLimitExceeded",
            Self::UserStatusNotEnabled => "UserStatusNotEnabled",
            Self::TextContentRejected => "TextContentRejected",
            Self::MessageTooLarge => "MessageTooLarge",
            Self::PreSendWebhookFailed => "PreSendWebhookFailed",
            Self::ImageContentRejected => "ImageContentRejected",
            Self::ContentCheckTimedOut => "ContentCheckTimedOut",
            Self::MsgJsonParseFailed => "MsgJsonParseFailed",
            Self::MsgBodyInvalid => "MsgBodyInvalid",
            Self::MsgToAccountMissing => "MsgToAccountMissing",
            Self::MsgSeqInvalid => "MsgSeqInvalid",
            Self::MsgRandomInvalid => "MsgRandomInvalid",
            Self::MsgTimestampInvalid => "MsgTimestampInvalid",
            Self::MsgBodyNotArray => "MsgBodyNotArray",
            Self::MsgFromAccountInvalid => "MsgFromAccountInvalid",
            Self::MsgAdminRequired => "MsgAdminRequired",
            Self::MsgFormatInvalid => "MsgFormatInvalid",
            Self::MsgBatchTooManyRecipients => "MsgBatchTooManyRecipients",
            Self::MsgToAccountNotRegistered => "MsgToAccountNotRegistered",
            Self::MsgTooManyAccounts => "MsgTooManyAccounts",
            Self::PushConditionTagTooLong => "PushConditionTagTooLong",
            Self::PushDuplicateTags => "PushDuplicateTags",
            Self::PushTooFrequent => "PushTooFrequent",
            Self::MsgOfflineLifetimeInvalid => "MsgOfflineLifetimeInvalid",
            Self::PushAttrLengthInvalid => "PushAttrLengthInvalid",
            Self::MsgSyncOtherMachineInvalid => "MsgSyncOtherMachineInvalid",
            Self::PushTooManyTags => "PushTooManyTags",
            Self::PushAttrInvalid => "PushAttrInvalid",
            Self::PushTagTooLong => "PushTagTooLong",
            Self::PushAttrAndTagConditionsMixed => "PushAttrAndTagConditionsMixed",
            Self::PushTagEmpty => "PushTagEmpty",
            Self::MsgOfflinePushInfoInvalid => "MsgOfflinePushInfoInvalid",
            Self::MsgLifeTimeInvalid => "MsgLifeTimeInvalid",
            Self::PushAllUsersNotEnabled => "PushAllUsersNotEnabled",
            Self::PushDailyQuotaExceeded => "PushDailyQuotaExceeded",
            Self::MsgAccountNotFound => "MsgAccountNotFound",
            Self::MsgRecallKeyInvalid => "MsgRecallKeyInvalid",
            Self::MsgBatchPacketTooLarge => "MsgBatchPacketTooLarge",
            Self::MsgServiceErrorCheckWebhook => "MsgServiceErrorCheckWebhook",
            Self::MsgServiceError => "MsgServiceError",
            Self::MsgServiceErrorRetry => "MsgServiceErrorRetry",
            Self::MsgServiceUnavailable => "MsgServiceUnavailable",
            Self::WebInstanceKickedOut => "WebInstanceKickedOut",
            Self::MsgJsonTooLarge => "MsgJsonTooLarge",
            Self::TopicDeleteFailed => "TopicDeleteFailed",
            Self::TopicAlreadyDeleted => "TopicAlreadyDeleted",
            Self::ConfigJsonParseFailed => "ConfigJsonParseFailed",
            Self::ConfigGetAccountMissing => "ConfigGetAccountMissing",
            Self::ConfigGetAccountInvalid => "ConfigGetAccountInvalid",
            Self::ConfigSetAccountMissing => "ConfigSetAccountMissing",
            Self::ConfigSetAccountInvalid => "ConfigSetAccountInvalid",
            Self::ConfigNoMuteTimeGiven => "ConfigNoMuteTimeGiven",
            Self::StatsDbOpenFailed => "StatsDbOpenFailed",
            Self::StatsDbPingFailed => "StatsDbPingFailed",
            Self::StatsDbQueryFailed => "StatsDbQueryFailed",
            Self::StatsDbResultInvalid => "StatsDbResultInvalid",
            Self::ConfigSystemError => "ConfigSystemError",
            Self::Unknown(_) => "Unknown",
        }
    }
    /// What the code means.
    pub const fn description(self) -> &'static str {
        match self {
            Self::OpsInvalidRequest => {
                "The request is not valid for the operations-data API; verify the request URL."
            }
            Self::OpsInvalidParameter => {
                "A parameter is wrong: make sure the caller is the admin, all required fields are present and values follow the protocol."
            }
            Self::OpsSystemError => {
                "The operations-data service hit an internal error; retry later."
            }
            Self::OpsFileNotReady => {
                "No file is available yet for that period, either because it is still being produced or because no messages were sent then."
            }
            Self::OpsFileExpired => {
                "The requested history file is no longer available because it has expired."
            }
            Self::GroupNotLoggedIn => {
                "The caller is not signed in: the admin identifier or its UserSig was not accepted; check both."
            }
            Self::GroupInternalError => {
                "The group service failed internally; send the request again."
            }
            Self::GroupInvalidApiName => {
                "The API name in the request URL is not recognized; correct it."
            }
            Self::GroupInvalidParameter => {
                "A group request parameter is invalid; fix it using the error message as a hint."
            }
            Self::GroupTooManyAccounts => {
                "The request lists more accounts than allowed in one call; split it into smaller batches."
            }
            Self::GroupRateLimited => {
                "Group operations are being called too often; slow down and retry later."
            }
            Self::GroupPermissionDenied => {
                "The operator lacks the permission for this group operation, for example an ordinary member removing someone; use an authorized account such as the app admin."
            }
            Self::GroupRequestNotVerified => {
                "The service judged the request invalid, possibly because its signing information did not verify; retry, and contact Tencent support if it persists."
            }
            Self::GroupOwnerCannotQuit => {
                "The group owner may not leave the group; transfer ownership or dismiss the group instead."
            }
            Self::GroupNotFound => "The group does not exist or was already dismissed.",
            Self::GroupJsonParseFailed => {
                "The request body is not valid JSON; fix the body."
            }
            Self::GroupInvalidOperator => {
                "The user ID that performs the operation is invalid; check it."
            }
            Self::GroupAlreadyMember => "The user already belongs to the group.",
            Self::GroupMemberLimitReached => {
                "The group is full, so the user cannot be added; when adding in batches, add fewer users at once."
            }
            Self::GroupInvalidGroupId => {
                "The group ID is invalid, meaning the group does not exist or was dismissed."
            }
            Self::GroupRejectedByWebhook => {
                "The app's webhook server vetoed this group operation."
            }
            Self::GroupSenderMuted => {
                "The message cannot be sent because the sender is muted in the group."
            }
            Self::GroupResponseTooLarge => {
                "The answer would exceed the 1 MB response limit; request less data per call."
            }
            Self::GroupUserNotFound => "A user ID given in the request does not exist.",
            Self::GroupMessageTooLong => {
                "The message is longer than the group service accepts (12 KB); send a shorter one. Documented on the page of import_group_msg, not in the general code list."
            }
            Self::GroupIdInUse => {
                "Another group already uses this group ID; choose a different one."
            }
            Self::GroupMessageRateLimited => {
                "Group messages are being sent too often; retry later."
            }
            Self::GroupRequestAlreadyHandled => {
                "The invitation or join request was already processed."
            }
            Self::GroupIdOwnedByOperator => {
                "The group ID is taken by a group the operator already owns, so that group can be used as is."
            }
            Self::GroupCommandForbidden => {
                "This API command has been disabled for the app."
            }
            Self::GroupRecallMessageNotFound => {
                "The group message to recall cannot be found."
            }
            Self::GroupRecallTimeLimitExceeded => {
                "The group message is older than the recall window (two minutes by default) and can no longer be recalled."
            }
            Self::GroupMessageNotRecallable => {
                "This group message is not eligible for recall."
            }
            Self::GroupTypeRecallUnsupported => {
                "Messages in this type of group cannot be recalled."
            }
            Self::GroupMessageTypeNotDeletable => {
                "Messages of this type cannot be deleted."
            }
            Self::GroupChatRoomDeleteUnsupported => {
                "Audio-video and broadcast chat rooms do not allow deleting messages."
            }
            Self::GroupAvChatRoomLimitReached => {
                "The app has reached its quota of audio-video chat rooms; buy a larger package to create more."
            }
            Self::GroupPerUserGroupLimitReached => {
                "The user has created or joined as many groups as allowed; a larger package raises the limit."
            }
            Self::GroupMemberQuotaExceeded => {
                "The group member count exceeds the plan's limit; upgrade the package and then raise the group's maximum member count."
            }
            Self::GroupRecallDisabled => {
                "Recalling group messages is turned off for this app."
            }
            Self::GroupHistoryUnsupported => {
                "This type of group, such as an audio-video chat room, does not keep message history to fetch."
            }
            Self::GroupAttrKeyTooLong => {
                "A custom group attribute key is longer than 32 bytes; shorten it."
            }
            Self::GroupAttrValueTooLong => {
                "A custom group attribute value is longer than 4,000 bytes; shorten it."
            }
            Self::GroupAttrTooManyKeys => {
                "The group would have more than 16 custom attribute keys; remove some."
            }
            Self::GroupAttrTotalTooLarge => {
                "All custom attribute values together exceed 16,000 bytes; reduce their size."
            }
            Self::GroupAttrRateLimited => {
                "Custom group attributes are being written too often; retry later."
            }
            Self::GroupAttrNotFound => {
                "The custom group attribute to delete does not exist."
            }
            Self::GroupMessageDeleteRangeTooLarge => {
                "The message deletion covers more than the allowed scope; delete fewer messages at once."
            }
            Self::GroupNoMessagesToDelete => {
                "The group holds no messages, so there is nothing to delete."
            }
            Self::GroupTooManyMentions => {
                "The message mentions more than 30 users; mention fewer."
            }
            Self::GroupTooManyMembersToPull => {
                "The group has too many members to return at once; fetch the member list page by page."
            }
            Self::GroupAttrWriteConflict => {
                "A concurrent write to the custom group attributes collided with this one; reread the attributes and write again."
            }
            Self::GroupFreeEditionLimitReached => {
                "The free edition's quota of 100 groups is used up; buy a package to create more groups."
            }
            Self::GroupUltimateEditionRequired => {
                "This feature requires the Ultimate edition."
            }
            Self::GroupReadReceiptMemberLimit => {
                "The group has more members than read receipts support."
            }
            Self::GroupReadReceiptOnlineMessage => {
                "Read receipts are not available for online-only messages."
            }
            Self::GroupReadReceiptNotFound => {
                "No read receipt exists for the requested message."
            }
            Self::GroupCounterTooManyKeys => {
                "The group would have more than 20 counter keys; remove some."
            }
            Self::CommunityNotEnabled => {
                "Community groups are not enabled for this app; turn the feature on first."
            }
            Self::MsgInvalidPacket => "The message request packet is malformed.",
            Self::MsgInvalidSignature => {
                "The UserSig or A2 credential is not valid; supply a correct signature."
            }
            Self::MsgInvalidAccount => {
                "The sender or recipient user ID is invalid or unknown; make sure it has been imported."
            }
            Self::MsgNetworkError => "A network failure occurred in the backend; retry.",
            Self::MsgInternalError => "The message service failed internally; retry.",
            Self::MsgRejectedByWebhook => {
                "The app's pre-send webhook refused this one-to-one message."
            }
            Self::MsgSenderBlocked => {
                "The recipient has the sender on their blocklist, so the one-to-one message was not delivered."
            }
            Self::MsgAppIdMismatch => {
                "Sender and recipient belong to different SDKAppIDs, typically stale local data after switching apps; clear the old data."
            }
            Self::MsgNotFriends => {
                "Friend checking is on for one-to-one chats and the two users are not friends."
            }
            Self::MsgSenderNotFriendOfRecipient => {
                "The sender is not in the recipient's friend list, so the message is refused."
            }
            Self::MsgRecipientNotFriendOfSender => {
                "The recipient is not in the sender's friend list, so the message is refused."
            }
            Self::MsgSenderMuted => "The sender is muted and cannot send messages.",
            Self::MsgRecallTimeLimitExceeded => {
                "The message is older than the recall window (two minutes by default) and can no longer be recalled."
            }
            Self::MsgDeleteHistoryInternalError => {
                "Deleting roamed messages failed because of an internal error; retry later."
            }
            Self::MsgRecallMessageNotFound => {
                "The message to recall cannot be found; check its identifiers."
            }
            Self::MsgAlreadyRecalled => "The message was already recalled.",
            Self::MsgModifyConflict => {
                "Another modification of the same message happened at the same time; retry."
            }
            Self::PushTokenBeforeLogin => {
                "The push token was set before the client had logged in; log in first, then set the token."
            }
            Self::PushCertificateMissing => {
                "No offline push certificate has been uploaded for the app."
            }
            Self::PushNetworkError => {
                "A network failure occurred in the push service; retry."
            }
            Self::PushTokenEmpty => "The uploaded push token is empty.",
            Self::PushTokenTooLong => "The uploaded push token is longer than 256 bytes.",
            Self::PushLoginDataTooLarge => {
                "The login request data is larger than 1024 bytes."
            }
            Self::PushRateLimited => {
                "Push requests exceed the frequency limit; retry later."
            }
            Self::MsgExtensionSeqConflict => {
                "Another writer changed the message extension since the Seq the caller sent; read the current Seq and try again."
            }
            Self::MsgExtensionNotSupported => {
                "The message was not sent with extensions enabled (SupportMessageExtension), so it takes no key/value extensions."
            }
            Self::MsgExtensionTooFrequent => {
                "The message's extensions were changed too often (more than 200 times in one minute)."
            }
            Self::MsgExtensionMsgNotFound => {
                "The message whose extensions were asked for does not exist."
            }
            Self::SnsInvalidParameter => {
                "A relationship chain request parameter is wrong; fix it using the error message as a hint."
            }
            Self::SnsAppIdMismatch => "The SDKAppID does not match.",
            Self::SnsAccountNotFound => "The user account in the request does not exist.",
            Self::SnsAdminRequired => {
                "This request must be made with the app admin account."
            }
            Self::SnsInternalError => {
                "The relationship chain service failed internally; retry."
            }
            Self::SnsTimeout => "The relationship chain service timed out; retry later.",
            Self::SnsWriteConflict => {
                "Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones."
            }
            Self::SnsAddFriendForbidden => {
                "The backend does not allow this user to send friend requests."
            }
            Self::SnsFriendLimitReached => {
                "The user already has the maximum number of friends."
            }
            Self::SnsFriendGroupLimitReached => {
                "The user already has the maximum number of friend lists."
            }
            Self::SnsPendingLimitReached => {
                "The user already has the maximum number of pending friend requests."
            }
            Self::SnsBlocklistLimitReached => "The user's blocklist is full.",
            Self::SnsPeerFriendLimitReached => {
                "The other user already has the maximum number of friends."
            }
            Self::SnsPeerInOwnBlocklist => {
                "The user to add is on the requester's own blocklist; remove them from it first."
            }
            Self::SnsPeerRejectsAll => {
                "The other user does not accept any friend requests."
            }
            Self::SnsBlockedByPeer => {
                "The requester is on the other user's blocklist and cannot add them."
            }
            Self::SnsRequestPending => {
                "The other user must approve the request, so only a pending request was created; the caller may notify the requester."
            }
            Self::SnsAddFriendFiltered => {
                "The friend request was blocked by the security policy because requests are sent too often; slow down and retry later."
            }
            Self::SnsPendingNotFound => "The pending friend request does not exist.",
            Self::SnsNotFriends => "The account to delete is not a friend.",
            Self::SnsDeleteFriendFiltered => {
                "The friend deletion was blocked by the security policy because deletions are sent too often; slow down and retry later."
            }
            Self::SnsUserNotFound => "The user account in the request does not exist.",
            Self::ProfileInvalidParameter => {
                "A profile request parameter is wrong; fix it using the error message as a hint."
            }
            Self::ProfileAccountMissing => {
                "The request does not say whose profile to fetch; supply the user accounts."
            }
            Self::ProfileAccountNotFound => {
                "The user account in the request does not exist."
            }
            Self::ProfileAdminRequired => {
                "This request must be made with the app admin account."
            }
            Self::ProfileInternalError => {
                "The profile service failed internally; retry later."
            }
            Self::ProfileReadDenied => {
                "The caller may not read one of the requested profile fields."
            }
            Self::ProfileWriteDenied => {
                "The caller may not write one of the given profile fields."
            }
            Self::ProfileTagNotFound => "A profile field tag in the request is unknown.",
            Self::ProfileValueTooLong => {
                "A profile field value is longer than 500 bytes."
            }
            Self::ProfileInvalidStandardValue => {
                "A standard profile field has a value outside what it accepts."
            }
            Self::ProfileInvalidStandardType => {
                "A standard profile field has a value of the wrong type."
            }
            Self::RecentContactAccountNotFound => {
                "The user account in the request does not exist."
            }
            Self::RecentContactInvalidParameter => {
                "A recent contacts request parameter is wrong; fix it using the error message as a hint."
            }
            Self::RecentContactAdminRequired => {
                "This request must be made with the app admin account."
            }
            Self::RecentContactInternalError => {
                "The recent contacts service failed internally; retry."
            }
            Self::RecentContactTimeout => {
                "The recent contacts service timed out; retry later."
            }
            Self::ConversationMarkCountInvalid => {
                "A conversation mark change must name between 1 and 100 conversations."
            }
            Self::ConversationGroupIdLookupFailed => {
                "The group ID could not be mapped to its internal code, because of an internal failure or because the group was dismissed."
            }
            Self::ConversationGroupTooManyConversations => {
                "The conversation group would hold more than 1,000 conversations."
            }
            Self::ConversationGroupNotFound => {
                "The conversation group to delete does not exist."
            }
            Self::ConversationGroupLimitReached => {
                "The user already has the maximum of 20 conversation groups."
            }
            Self::ConversationGroupNameTooLong => {
                "The conversation group name is longer than 32 bytes."
            }
            Self::ConversationPinLimitReached => {
                "No more than 50 conversations can be pinned, and the limit cannot be raised."
            }
            Self::ConversationUltimateEditionRequired => {
                "Standard conversation marks and conversation groups can be changed only by apps on the Ultimate edition."
            }
            Self::HttpRequestMalformed => {
                "The HTTP request could not be parsed; check the request URL format."
            }
            Self::JsonRequestMalformed => {
                "The request body is not valid JSON; fix the body."
            }
            Self::UserIdOrSigInvalid => {
                "The UserID or UserSig in the URL or body is wrong; check both."
            }
            Self::UserIdOrSigIncorrect => {
                "The UserID or UserSig in the URL or body is wrong (same meaning as 60004); check both."
            }
            Self::InvalidSdkAppId => "The SDKAppID is not valid; check it.",
            Self::RestApiRateLimited => {
                "REST API calls exceed the allowed frequency; lower the request rate and retry later."
            }
            Self::RequestTimeoutOrMalformed => {
                "The request timed out, or the HTTP request was malformed; check it and retry."
            }
            Self::ResourceNotFound => {
                "The requested resource is wrong; check the request URL."
            }
            Self::AdminAccountRequired => {
                "The identifier in the request must be the app admin account."
            }
            Self::SdkAppIdRateLimited => {
                "Requests for this SDKAppID exceed the allowed frequency; lower the rate and retry later."
            }
            Self::SdkAppIdMissing => "The request URL carries no SDKAppID; add it.",
            Self::JsonResponseMalformed => {
                "The backend could not parse the JSON of an HTTP response packet."
            }
            Self::AccountSwitchTimeout => "Switching accounts timed out; retry.",
            Self::UserIdTypeInvalid => {
                "A UserID in the body is not a string; send it as a string."
            }
            Self::SdkAppIdDisabled => "The app has been disabled.",
            Self::RequestDisabled => "This request has been disabled.",
            Self::TooManyRequests => "Too many requests were made; retry later.",
            Self::TooManyRequestsRetryLater => {
                "Too many requests were made (same meaning as 60018); retry later."
            }
            Self::BillingPlanExpired => {
                "The Pro edition billing plan has expired and the app is disabled; buy the plan again, which takes effect a few minutes later."
            }
            Self::SourceIpNotAllowed => {
                "The REST API call came from a source IP that is not allowed."
            }
            Self::UserSigExpired => {
                "The UserSig has expired; generate a new one, preferably with a validity of at least a day."
            }
            Self::UserSigEmpty => "The UserSig is empty; pass the real signature.",
            Self::UserSigInvalid => {
                "The UserSig is not valid; generate it with the official tools or libraries."
            }
            Self::UserSigMalformed => {
                "The UserSig is not valid (same meaning as 70003); generate it with the official tools or libraries."
            }
            Self::UserSigVerificationFailed => {
                "The UserSig did not verify, likely because it was made with another app's key; sign with this SDKAppID's key."
            }
            Self::UserSigUserIdMismatch => {
                "The UserID in the request differs from the one the UserSig was issued for."
            }
            Self::UserSigAppIdMismatch => {
                "The SDKAppID in the request differs from the one the UserSig was issued for."
            }
            Self::UserSigPublicKeyMissing => {
                "The UserSig cannot be verified because no public key exists for the app; set up the key in the console."
            }
            Self::SdkAppIdNotFound => {
                "The SDKAppID does not exist; check the app in the console."
            }
            Self::UserSigAuthRateLimited => {
                "UserSig verification failed too many times; check the signature and retry after about a minute."
            }
            Self::AccountBlocklisted => "The account has been put on a blocklist.",
            Self::AccountNotFound => "The requested UserID does not exist.",
            Self::LoginRateLimited => {
                "Logins are restricted for security because they happen too often; log in less often and retry later."
            }
            Self::AccountServerTimeout => "The account service timed out; retry later.",
            Self::AccountServerTimeoutRetry => {
                "The account service timed out (same meaning as 70169); retry later."
            }
            Self::InvalidBatchSize => {
                "The number of items in the batch request is not allowed."
            }
            Self::AccountLimitReached => {
                "The app cannot create more accounts; the free limit is 100 and upgrading to Pro removes it."
            }
            Self::AccountInvalidParameter => {
                "A parameter is wrong; check that required fields are set and values follow the protocol."
            }
            Self::AccountAdminRequired => "The operation needs app admin permission.",
            Self::AccountInternalError => {
                "The account service failed internally; retry later."
            }
            Self::AccountDeleteNotAllowed => {
                "Accounts can be deleted only in free apps, and this app is on the Pro edition."
            }
            Self::TrialDauLimitExceeded => {
                "The trial edition's free daily active user quota is used up; upgrade to Pro or Ultimate to lift it."
            }
            Self::UserStatusNotEnabled => {
                "User status queries and status notifications are not enabled; turn them on in the console."
            }
            Self::TextContentRejected => {
                "The message text was flagged as sensitive and was not delivered."
            }
            Self::MessageTooLarge => "The message packet exceeds 8 KB; make it smaller.",
            Self::PreSendWebhookFailed => {
                "The pre-send webhook failed or timed out, so the message was not sent; retry, or configure the timeout policy in the console."
            }
            Self::ImageContentRejected => {
                "An image in the message was flagged as sensitive and was not delivered."
            }
            Self::ContentCheckTimedOut => {
                "The content security check did not finish in time, so the request was turned down; send it again."
            }
            Self::MsgJsonParseFailed => {
                "The request body is not valid JSON; fix the body."
            }
            Self::MsgBodyInvalid => {
                "MsgBody is not an array of valid message elements; follow the message element format."
            }
            Self::MsgToAccountMissing => {
                "To_Account is absent or names an account that does not exist."
            }
            Self::MsgSeqInvalid => {
                "MsgSeq in the request is not a valid message sequence number."
            }
            Self::MsgRandomInvalid => "MsgRandom is absent or is not an integer.",
            Self::MsgTimestampInvalid => "MsgTimeStamp is absent or is not an integer.",
            Self::MsgBodyNotArray => "MsgBody is not an array; send it as an array.",
            Self::MsgFromAccountInvalid => {
                "From_Account is absent or names an account that does not exist."
            }
            Self::MsgAdminRequired => {
                "This request must be made with the app admin account."
            }
            Self::MsgFormatInvalid => {
                "The body does not follow the message format; follow the message element definitions."
            }
            Self::MsgBatchTooManyRecipients => {
                "A batch send may target at most 500 accounts; reduce To_Account."
            }
            Self::MsgToAccountNotRegistered => {
                "To_Account is not registered; check that it was imported and is spelled correctly."
            }
            Self::MsgTooManyAccounts => "The request names more accounts than allowed.",
            Self::PushConditionTagTooLong => {
                "A tag in the push conditions is longer than 50 bytes."
            }
            Self::PushDuplicateTags => {
                "The push conditions repeat the same tag in TagsOr and TagsAnd."
            }
            Self::PushTooFrequent => {
                "All-user pushes must be at least one second apart; retry later."
            }
            Self::MsgOfflineLifetimeInvalid => {
                "The offline storage period is invalid; it may not exceed 7 days."
            }
            Self::PushAttrLengthInvalid => {
                "An attribute is empty or longer than 50 bytes."
            }
            Self::MsgSyncOtherMachineInvalid => "SyncOtherMachine is not an integer.",
            Self::PushTooManyTags => {
                "More than 10 tags were given in push conditions or in a tag-adding request."
            }
            Self::PushAttrInvalid => "An attribute in the request is not valid.",
            Self::PushTagTooLong => "A tag is longer than 50 bytes.",
            Self::PushAttrAndTagConditionsMixed => {
                "The push conditions combine attribute conditions with tag conditions; a push selects by one kind only."
            }
            Self::PushTagEmpty => "A tag in the push conditions is null.",
            Self::MsgOfflinePushInfoInvalid => {
                "OfflinePushInfo does not follow its documented format."
            }
            Self::MsgLifeTimeInvalid => "MsgLifeTime is not an integer.",
            Self::PushAllUsersNotEnabled => {
                "The push-to-all-users feature is not enabled for the app."
            }
            Self::PushDailyQuotaExceeded => {
                "The daily quota of all-user pushes (100 by default) is used up."
            }
            Self::MsgAccountNotFound => "The user account in the request does not exist.",
            Self::MsgRecallKeyInvalid => "The MsgKey in the recall request is not valid.",
            Self::MsgBatchPacketTooLarge => {
                "The batch send packet exceeds 8 KB; make it smaller."
            }
            Self::MsgServiceErrorCheckWebhook => {
                "The message service failed internally; retry, and if every request fails while webhooks are on, check that the app server answers webhooks correctly."
            }
            Self::MsgServiceError => "The message service failed internally; retry.",
            Self::MsgServiceErrorRetry => {
                "The message service failed internally (same meaning as 90994); retry."
            }
            Self::MsgServiceUnavailable => {
                "The message service failed internally (same meaning as 90994); retry."
            }
            Self::WebInstanceKickedOut => {
                "A web client was logged out during long polling because too many web instances were online at once."
            }
            Self::MsgJsonTooLarge => "The JSON packet exceeds 8 KB; make it smaller.",
            Self::TopicDeleteFailed => {
                "The topic could not be deleted; the ErrorInfo says why."
            }
            Self::TopicAlreadyDeleted => {
                "The topic does not exist any more: it was deleted."
            }
            Self::ConfigJsonParseFailed => {
                "The request body could not be parsed as JSON; send valid JSON."
            }
            Self::ConfigGetAccountMissing => {
                "The request lacks Get_Account, the account whose mute settings are read."
            }
            Self::ConfigGetAccountInvalid => "Get_Account is not a valid account.",
            Self::ConfigSetAccountMissing => {
                "The request lacks Set_Account, the account whose mute settings are changed."
            }
            Self::ConfigSetAccountInvalid => "Set_Account is not a valid account.",
            Self::ConfigNoMuteTimeGiven => {
                "Neither the one-to-one nor the group mute period is in the request; give at least one."
            }
            Self::StatsDbOpenFailed => {
                "The statistics database could not be opened; retry later."
            }
            Self::StatsDbPingFailed => {
                "The statistics database did not answer; retry later."
            }
            Self::StatsDbQueryFailed => {
                "Querying the statistics database failed; retry later."
            }
            Self::StatsDbResultInvalid => {
                "The statistics database's answer could not be read; retry later."
            }
            Self::ConfigSystemError => {
                "The configuration service failed internally; retry, or ask support if it persists."
            }
            Self::Unknown(_) => "A code the specs do not document.",
        }
    }
    /// Whether sending the same request again can succeed, and whether the
    /// service may have acted on the request that got this code (`No` for an
    /// undocumented code).
    pub const fn retryability(self) -> crate::Retryability {
        match self {
            Self::OpsInvalidRequest => crate::Retryability::No,
            Self::OpsInvalidParameter => crate::Retryability::No,
            Self::OpsSystemError => crate::Retryability::OutcomeUnknown,
            Self::OpsFileNotReady => crate::Retryability::No,
            Self::OpsFileExpired => crate::Retryability::No,
            Self::GroupNotLoggedIn => crate::Retryability::No,
            Self::GroupInternalError => crate::Retryability::OutcomeUnknown,
            Self::GroupInvalidApiName => crate::Retryability::No,
            Self::GroupInvalidParameter => crate::Retryability::No,
            Self::GroupTooManyAccounts => crate::Retryability::No,
            Self::GroupRateLimited => crate::Retryability::Refused,
            Self::GroupPermissionDenied => crate::Retryability::No,
            Self::GroupRequestNotVerified => crate::Retryability::Refused,
            Self::GroupOwnerCannotQuit => crate::Retryability::No,
            Self::GroupNotFound => crate::Retryability::No,
            Self::GroupJsonParseFailed => crate::Retryability::No,
            Self::GroupInvalidOperator => crate::Retryability::No,
            Self::GroupAlreadyMember => crate::Retryability::No,
            Self::GroupMemberLimitReached => crate::Retryability::No,
            Self::GroupInvalidGroupId => crate::Retryability::No,
            Self::GroupRejectedByWebhook => crate::Retryability::No,
            Self::GroupSenderMuted => crate::Retryability::No,
            Self::GroupResponseTooLarge => crate::Retryability::No,
            Self::GroupUserNotFound => crate::Retryability::No,
            Self::GroupMessageTooLong => crate::Retryability::No,
            Self::GroupIdInUse => crate::Retryability::No,
            Self::GroupMessageRateLimited => crate::Retryability::Refused,
            Self::GroupRequestAlreadyHandled => crate::Retryability::No,
            Self::GroupIdOwnedByOperator => crate::Retryability::No,
            Self::GroupCommandForbidden => crate::Retryability::No,
            Self::GroupRecallMessageNotFound => crate::Retryability::No,
            Self::GroupRecallTimeLimitExceeded => crate::Retryability::No,
            Self::GroupMessageNotRecallable => crate::Retryability::No,
            Self::GroupTypeRecallUnsupported => crate::Retryability::No,
            Self::GroupMessageTypeNotDeletable => crate::Retryability::No,
            Self::GroupChatRoomDeleteUnsupported => crate::Retryability::No,
            Self::GroupAvChatRoomLimitReached => crate::Retryability::No,
            Self::GroupPerUserGroupLimitReached => crate::Retryability::No,
            Self::GroupMemberQuotaExceeded => crate::Retryability::No,
            Self::GroupRecallDisabled => crate::Retryability::No,
            Self::GroupHistoryUnsupported => crate::Retryability::No,
            Self::GroupAttrKeyTooLong => crate::Retryability::No,
            Self::GroupAttrValueTooLong => crate::Retryability::No,
            Self::GroupAttrTooManyKeys => crate::Retryability::No,
            Self::GroupAttrTotalTooLarge => crate::Retryability::No,
            Self::GroupAttrRateLimited => crate::Retryability::Refused,
            Self::GroupAttrNotFound => crate::Retryability::No,
            Self::GroupMessageDeleteRangeTooLarge => crate::Retryability::No,
            Self::GroupNoMessagesToDelete => crate::Retryability::No,
            Self::GroupTooManyMentions => crate::Retryability::No,
            Self::GroupTooManyMembersToPull => crate::Retryability::No,
            Self::GroupAttrWriteConflict => crate::Retryability::Refused,
            Self::GroupFreeEditionLimitReached => crate::Retryability::No,
            Self::GroupUltimateEditionRequired => crate::Retryability::No,
            Self::GroupReadReceiptMemberLimit => crate::Retryability::No,
            Self::GroupReadReceiptOnlineMessage => crate::Retryability::No,
            Self::GroupReadReceiptNotFound => crate::Retryability::No,
            Self::GroupCounterTooManyKeys => crate::Retryability::No,
            Self::CommunityNotEnabled => crate::Retryability::No,
            Self::MsgInvalidPacket => crate::Retryability::No,
            Self::MsgInvalidSignature => crate::Retryability::No,
            Self::MsgInvalidAccount => crate::Retryability::No,
            Self::MsgNetworkError => crate::Retryability::OutcomeUnknown,
            Self::MsgInternalError => crate::Retryability::OutcomeUnknown,
            Self::MsgRejectedByWebhook => crate::Retryability::No,
            Self::MsgSenderBlocked => crate::Retryability::No,
            Self::MsgAppIdMismatch => crate::Retryability::No,
            Self::MsgNotFriends => crate::Retryability::No,
            Self::MsgSenderNotFriendOfRecipient => crate::Retryability::No,
            Self::MsgRecipientNotFriendOfSender => crate::Retryability::No,
            Self::MsgSenderMuted => crate::Retryability::No,
            Self::MsgRecallTimeLimitExceeded => crate::Retryability::No,
            Self::MsgDeleteHistoryInternalError => crate::Retryability::OutcomeUnknown,
            Self::MsgRecallMessageNotFound => crate::Retryability::No,
            Self::MsgAlreadyRecalled => crate::Retryability::No,
            Self::MsgModifyConflict => crate::Retryability::Refused,
            Self::PushTokenBeforeLogin => crate::Retryability::No,
            Self::PushCertificateMissing => crate::Retryability::No,
            Self::PushNetworkError => crate::Retryability::OutcomeUnknown,
            Self::PushTokenEmpty => crate::Retryability::No,
            Self::PushTokenTooLong => crate::Retryability::No,
            Self::PushLoginDataTooLarge => crate::Retryability::No,
            Self::PushRateLimited => crate::Retryability::Refused,
            Self::MsgExtensionSeqConflict => crate::Retryability::No,
            Self::MsgExtensionNotSupported => crate::Retryability::No,
            Self::MsgExtensionTooFrequent => crate::Retryability::Refused,
            Self::MsgExtensionMsgNotFound => crate::Retryability::No,
            Self::SnsInvalidParameter => crate::Retryability::No,
            Self::SnsAppIdMismatch => crate::Retryability::No,
            Self::SnsAccountNotFound => crate::Retryability::No,
            Self::SnsAdminRequired => crate::Retryability::No,
            Self::SnsInternalError => crate::Retryability::OutcomeUnknown,
            Self::SnsTimeout => crate::Retryability::OutcomeUnknown,
            Self::SnsWriteConflict => crate::Retryability::Refused,
            Self::SnsAddFriendForbidden => crate::Retryability::No,
            Self::SnsFriendLimitReached => crate::Retryability::No,
            Self::SnsFriendGroupLimitReached => crate::Retryability::No,
            Self::SnsPendingLimitReached => crate::Retryability::No,
            Self::SnsBlocklistLimitReached => crate::Retryability::No,
            Self::SnsPeerFriendLimitReached => crate::Retryability::No,
            Self::SnsPeerInOwnBlocklist => crate::Retryability::No,
            Self::SnsPeerRejectsAll => crate::Retryability::No,
            Self::SnsBlockedByPeer => crate::Retryability::No,
            Self::SnsRequestPending => crate::Retryability::No,
            Self::SnsAddFriendFiltered => crate::Retryability::Refused,
            Self::SnsPendingNotFound => crate::Retryability::No,
            Self::SnsNotFriends => crate::Retryability::No,
            Self::SnsDeleteFriendFiltered => crate::Retryability::Refused,
            Self::SnsUserNotFound => crate::Retryability::No,
            Self::ProfileInvalidParameter => crate::Retryability::No,
            Self::ProfileAccountMissing => crate::Retryability::No,
            Self::ProfileAccountNotFound => crate::Retryability::No,
            Self::ProfileAdminRequired => crate::Retryability::No,
            Self::ProfileInternalError => crate::Retryability::OutcomeUnknown,
            Self::ProfileReadDenied => crate::Retryability::No,
            Self::ProfileWriteDenied => crate::Retryability::No,
            Self::ProfileTagNotFound => crate::Retryability::No,
            Self::ProfileValueTooLong => crate::Retryability::No,
            Self::ProfileInvalidStandardValue => crate::Retryability::No,
            Self::ProfileInvalidStandardType => crate::Retryability::No,
            Self::RecentContactAccountNotFound => crate::Retryability::No,
            Self::RecentContactInvalidParameter => crate::Retryability::No,
            Self::RecentContactAdminRequired => crate::Retryability::No,
            Self::RecentContactInternalError => crate::Retryability::OutcomeUnknown,
            Self::RecentContactTimeout => crate::Retryability::OutcomeUnknown,
            Self::ConversationMarkCountInvalid => crate::Retryability::No,
            Self::ConversationGroupIdLookupFailed => crate::Retryability::No,
            Self::ConversationGroupTooManyConversations => crate::Retryability::No,
            Self::ConversationGroupNotFound => crate::Retryability::No,
            Self::ConversationGroupLimitReached => crate::Retryability::No,
            Self::ConversationGroupNameTooLong => crate::Retryability::No,
            Self::ConversationPinLimitReached => crate::Retryability::No,
            Self::ConversationUltimateEditionRequired => crate::Retryability::No,
            Self::HttpRequestMalformed => crate::Retryability::No,
            Self::JsonRequestMalformed => crate::Retryability::No,
            Self::UserIdOrSigInvalid => crate::Retryability::No,
            Self::UserIdOrSigIncorrect => crate::Retryability::No,
            Self::InvalidSdkAppId => crate::Retryability::No,
            Self::RestApiRateLimited => crate::Retryability::Refused,
            Self::RequestTimeoutOrMalformed => crate::Retryability::OutcomeUnknown,
            Self::ResourceNotFound => crate::Retryability::No,
            Self::AdminAccountRequired => crate::Retryability::No,
            Self::SdkAppIdRateLimited => crate::Retryability::Refused,
            Self::SdkAppIdMissing => crate::Retryability::No,
            Self::JsonResponseMalformed => crate::Retryability::No,
            Self::AccountSwitchTimeout => crate::Retryability::OutcomeUnknown,
            Self::UserIdTypeInvalid => crate::Retryability::No,
            Self::SdkAppIdDisabled => crate::Retryability::No,
            Self::RequestDisabled => crate::Retryability::No,
            Self::TooManyRequests => crate::Retryability::Refused,
            Self::TooManyRequestsRetryLater => crate::Retryability::Refused,
            Self::BillingPlanExpired => crate::Retryability::No,
            Self::SourceIpNotAllowed => crate::Retryability::No,
            Self::UserSigExpired => crate::Retryability::No,
            Self::UserSigEmpty => crate::Retryability::No,
            Self::UserSigInvalid => crate::Retryability::No,
            Self::UserSigMalformed => crate::Retryability::No,
            Self::UserSigVerificationFailed => crate::Retryability::No,
            Self::UserSigUserIdMismatch => crate::Retryability::No,
            Self::UserSigAppIdMismatch => crate::Retryability::No,
            Self::UserSigPublicKeyMissing => crate::Retryability::No,
            Self::SdkAppIdNotFound => crate::Retryability::No,
            Self::UserSigAuthRateLimited => crate::Retryability::Refused,
            Self::AccountBlocklisted => crate::Retryability::No,
            Self::AccountNotFound => crate::Retryability::No,
            Self::LoginRateLimited => crate::Retryability::Refused,
            Self::AccountServerTimeout => crate::Retryability::OutcomeUnknown,
            Self::AccountServerTimeoutRetry => crate::Retryability::OutcomeUnknown,
            Self::InvalidBatchSize => crate::Retryability::No,
            Self::AccountLimitReached => crate::Retryability::No,
            Self::AccountInvalidParameter => crate::Retryability::No,
            Self::AccountAdminRequired => crate::Retryability::No,
            Self::AccountInternalError => crate::Retryability::OutcomeUnknown,
            Self::AccountDeleteNotAllowed => crate::Retryability::No,
            Self::TrialDauLimitExceeded => crate::Retryability::No,
            Self::UserStatusNotEnabled => crate::Retryability::No,
            Self::TextContentRejected => crate::Retryability::No,
            Self::MessageTooLarge => crate::Retryability::No,
            Self::PreSendWebhookFailed => crate::Retryability::Refused,
            Self::ImageContentRejected => crate::Retryability::No,
            Self::ContentCheckTimedOut => crate::Retryability::Refused,
            Self::MsgJsonParseFailed => crate::Retryability::No,
            Self::MsgBodyInvalid => crate::Retryability::No,
            Self::MsgToAccountMissing => crate::Retryability::No,
            Self::MsgSeqInvalid => crate::Retryability::No,
            Self::MsgRandomInvalid => crate::Retryability::No,
            Self::MsgTimestampInvalid => crate::Retryability::No,
            Self::MsgBodyNotArray => crate::Retryability::No,
            Self::MsgFromAccountInvalid => crate::Retryability::No,
            Self::MsgAdminRequired => crate::Retryability::No,
            Self::MsgFormatInvalid => crate::Retryability::No,
            Self::MsgBatchTooManyRecipients => crate::Retryability::No,
            Self::MsgToAccountNotRegistered => crate::Retryability::No,
            Self::MsgTooManyAccounts => crate::Retryability::No,
            Self::PushConditionTagTooLong => crate::Retryability::No,
            Self::PushDuplicateTags => crate::Retryability::No,
            Self::PushTooFrequent => crate::Retryability::Refused,
            Self::MsgOfflineLifetimeInvalid => crate::Retryability::No,
            Self::PushAttrLengthInvalid => crate::Retryability::No,
            Self::MsgSyncOtherMachineInvalid => crate::Retryability::No,
            Self::PushTooManyTags => crate::Retryability::No,
            Self::PushAttrInvalid => crate::Retryability::No,
            Self::PushTagTooLong => crate::Retryability::No,
            Self::PushAttrAndTagConditionsMixed => crate::Retryability::No,
            Self::PushTagEmpty => crate::Retryability::No,
            Self::MsgOfflinePushInfoInvalid => crate::Retryability::No,
            Self::MsgLifeTimeInvalid => crate::Retryability::No,
            Self::PushAllUsersNotEnabled => crate::Retryability::No,
            Self::PushDailyQuotaExceeded => crate::Retryability::No,
            Self::MsgAccountNotFound => crate::Retryability::No,
            Self::MsgRecallKeyInvalid => crate::Retryability::No,
            Self::MsgBatchPacketTooLarge => crate::Retryability::No,
            Self::MsgServiceErrorCheckWebhook => crate::Retryability::OutcomeUnknown,
            Self::MsgServiceError => crate::Retryability::OutcomeUnknown,
            Self::MsgServiceErrorRetry => crate::Retryability::OutcomeUnknown,
            Self::MsgServiceUnavailable => crate::Retryability::OutcomeUnknown,
            Self::WebInstanceKickedOut => crate::Retryability::No,
            Self::MsgJsonTooLarge => crate::Retryability::No,
            Self::TopicDeleteFailed => crate::Retryability::No,
            Self::TopicAlreadyDeleted => crate::Retryability::No,
            Self::ConfigJsonParseFailed => crate::Retryability::No,
            Self::ConfigGetAccountMissing => crate::Retryability::No,
            Self::ConfigGetAccountInvalid => crate::Retryability::No,
            Self::ConfigSetAccountMissing => crate::Retryability::No,
            Self::ConfigSetAccountInvalid => crate::Retryability::No,
            Self::ConfigNoMuteTimeGiven => crate::Retryability::No,
            Self::StatsDbOpenFailed => crate::Retryability::OutcomeUnknown,
            Self::StatsDbPingFailed => crate::Retryability::OutcomeUnknown,
            Self::StatsDbQueryFailed => crate::Retryability::OutcomeUnknown,
            Self::StatsDbResultInvalid => crate::Retryability::OutcomeUnknown,
            Self::ConfigSystemError => crate::Retryability::OutcomeUnknown,
            Self::Unknown(_) => crate::Retryability::No,
        }
    }
    /// Whether sending the same request again later can succeed.
    pub const fn is_retryable(self) -> bool {
        self.retryability().is_retryable()
    }
    /// Whether the code can answer any endpoint (a public code).
    pub const fn is_public(self) -> bool {
        matches!(
            self, Self::HttpRequestMalformed | Self::JsonRequestMalformed |
            Self::UserIdOrSigInvalid | Self::UserIdOrSigIncorrect | Self::InvalidSdkAppId
            | Self::RestApiRateLimited | Self::RequestTimeoutOrMalformed |
            Self::ResourceNotFound | Self::AdminAccountRequired |
            Self::SdkAppIdRateLimited | Self::SdkAppIdMissing |
            Self::JsonResponseMalformed | Self::AccountSwitchTimeout |
            Self::UserIdTypeInvalid | Self::SdkAppIdDisabled | Self::RequestDisabled |
            Self::TooManyRequests | Self::TooManyRequestsRetryLater |
            Self::BillingPlanExpired | Self::SourceIpNotAllowed | Self::UserSigExpired |
            Self::UserSigEmpty | Self::UserSigInvalid | Self::UserSigMalformed |
            Self::UserSigVerificationFailed | Self::UserSigUserIdMismatch |
            Self::UserSigAppIdMismatch | Self::UserSigPublicKeyMissing |
            Self::SdkAppIdNotFound | Self::UserSigAuthRateLimited |
            Self::AccountBlocklisted | Self::AccountNotFound | Self::LoginRateLimited |
            Self::AccountServerTimeout | Self::AccountServerTimeoutRetry |
            Self::InvalidBatchSize | Self::AccountLimitReached |
            Self::AccountInvalidParameter | Self::AccountAdminRequired |
            Self::AccountInternalError | Self::AccountDeleteNotAllowed |
            Self::TrialDauLimitExceeded | Self::UserStatusNotEnabled
        )
    }
}
impl ::core::convert::From<ErrorCode> for i64 {
    fn from(code: ErrorCode) -> i64 {
        code.code()
    }
}
impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{} ({}): {}", self.code(), self.name(), self.description())
    }
}
/// The wire protocol shared by every call (specs/envelope.json). Used by the
/// client runtime and the emulator; not needed to call endpoints.
#[doc(hidden)]
pub mod __envelope {
    #[allow(unused_imports)]
    use super::types::*;
    /// The fields every response carries (specs/envelope.json).
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
    pub struct ResponseEnvelope {
        /// Outcome of the call: OK when it succeeded, FAIL otherwise. The openconfigsvr calls (setnospeaking, getnospeaking, getappinfo) leave it out; ErrorCode alone tells the outcome.
        ///
        /// Wire name `ActionStatus`. May be absent.
        #[serde(
            rename = "ActionStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_status: ::core::option::Option<ResponseEnvelopeActionStatus>,
        /// 0 on success; otherwise the endpoint's or a public error code.
        ///
        /// Wire name `ErrorCode`. Always present.
        #[serde(rename = "ErrorCode")]
        pub error_code: i64,
        /// The service's explanation of the error, in English; may be empty or "0" on success.
        ///
        /// Wire name `ErrorInfo`. May be absent.
        #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
        pub error_info: ::core::option::Option<::std::string::String>,
        /// Text the service suggests showing to end users; sent by some endpoints only.
        ///
        /// Wire name `ErrorDisplay`. May be absent.
        #[serde(
            rename = "ErrorDisplay",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub error_display: ::core::option::Option<::std::string::String>,
    }
    impl ResponseEnvelope {
        ///Creates a value from its required fields (`error_code`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(error_code: i64) -> Self {
            Self {
                error_code: error_code,
                action_status: ::core::option::Option::None,
                error_info: ::core::option::Option::None,
                error_display: ::core::option::Option::None,
            }
        }
        ///Sets `ActionStatus`: Outcome of the call: OK when it succeeded, FAIL otherwise. The openconfigsvr calls (setnospeaking, getnospeaking, getappinfo) leave it out; ErrorCode alone tells the outcome.
        #[must_use]
        pub fn action_status(mut self, value: ResponseEnvelopeActionStatus) -> Self {
            self.action_status = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ErrorInfo`: The service's explanation of the error, in English; may be empty or "0" on success.
        #[must_use]
        pub fn error_info(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.error_info = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `ErrorDisplay`: Text the service suggests showing to end users; sent by some endpoints only.
        #[must_use]
        pub fn error_display(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.error_display = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl crate::Validate for ResponseEnvelope {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Outcome of the call: OK when it succeeded, FAIL otherwise. The openconfigsvr calls (setnospeaking, getnospeaking, getappinfo) leave it out; ErrorCode alone tells the outcome.
    ///
    #[doc = concat!(" Wire values: ", "\"OK\", \"FAIL\"", ".")]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ResponseEnvelopeActionStatus {
        /// `"OK"`: The call succeeded.
        Ok,
        /// `"FAIL"`: The call failed; ErrorCode says why.
        Fail,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl ResponseEnvelopeActionStatus {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Ok, Self::Fail];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Ok => "OK",
                Self::Fail => "FAIL",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "OK" => Self::Ok,
                "FAIL" => Self::Fail,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for ResponseEnvelopeActionStatus {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for ResponseEnvelopeActionStatus {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for ResponseEnvelopeActionStatus {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for ResponseEnvelopeActionStatus {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ResponseEnvelopeActionStatus")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["OK", "FAIL"] }
            )
        }
    }
    impl crate::Validate for ResponseEnvelopeActionStatus {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    impl ResponseEnvelope {
        /// The error code; 0 means success.
        pub fn code(&self) -> i64 {
            ::core::convert::Into::<i64>::into(self.error_code)
        }
        ///The service's error text, if any.
        pub fn info(&self) -> ::core::option::Option<&str> {
            self.error_info.as_deref()
        }
        ///Text meant for end users, if any.
        pub fn display(&self) -> ::core::option::Option<&str> {
            self.error_display.as_deref()
        }
    }
    /// The query parameters of every call.
    pub const QUERY: crate::QueryNames = crate::QueryNames {
        app_id: "sdkappid",
        identifier: "identifier",
        signature: "usersig",
        nonce: "random",
        fixed: &[("contenttype", "json")],
    };
    /// The HTTP method of every call.
    pub const METHOD: &str = "POST";
    /// The HTTP status of every service-level outcome.
    pub const HTTP_STATUS: u16 = 200u16;
    /// Wire names of the envelope's response fields.
    pub const FIELDS: &[&str] = &[
        "ActionStatus",
        "ErrorCode",
        "ErrorInfo",
        "ErrorDisplay",
    ];
}
/// Named types shared by endpoints, generated from `specs/types.json`.
pub mod types {
    /// An account a batch call failed for, with the code of the failure (70107: the account does not exist).
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
    pub struct AccountError {
        /// The account.
        ///
        /// Wire name `To_Account`. Required. Example: `"rong"`.
        #[serde(rename = "To_Account")]
        pub to_account: ::std::string::String,
        /// Why the call failed for it.
        ///
        /// Wire name `ErrorCode`. Required. Example: `70107`.
        #[serde(rename = "ErrorCode")]
        pub error_code: i64,
    }
    impl AccountError {
        ///Creates a value from its required fields (`to_account`, `error_code`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            to_account: impl ::core::convert::Into<::std::string::String>,
            error_code: i64,
        ) -> Self {
            Self {
                to_account: to_account.into(),
                error_code: error_code,
            }
        }
    }
    impl crate::Validate for AccountError {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// An account named in a batch account call (account_check's CheckItem, account_delete's DeleteItem).
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
    pub struct AccountItem {
        /// The account's UserID.
        ///
        /// Wire name `UserID`. Required. Limits: see [`UserId`]. Example: `"UserID_1"`.
        #[serde(rename = "UserID")]
        #[schemars(length(min = 1u32, max = 32u32))]
        pub user_id: UserId,
    }
    impl AccountItem {
        ///Creates a value from its required fields (`user_id`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(user_id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { user_id: user_id.into() }
        }
    }
    impl crate::Validate for AccountItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("UserID");
                let v = &self.user_id;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(32u32),
                    &at,
                )?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// A relation between two accounts as friend and blocklist callbacks report it: whose list changed (From_Account) and whom it concerns (To_Account).
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
    pub struct AccountPair {
        /// UserID of the account whose friend list or blocklist changed.
        ///
        /// Wire name `From_Account`. Required.
        #[serde(rename = "From_Account")]
        pub from_account: ::std::string::String,
        /// UserID of the account added or removed.
        ///
        /// Wire name `To_Account`. Required.
        #[serde(rename = "To_Account")]
        pub to_account: ::std::string::String,
        /// UserID of who started the friendship (friend additions only).
        ///
        /// Wire name `Initiator_Account`. Optional.
        #[serde(
            rename = "Initiator_Account",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub initiator_account: ::core::option::Option<::std::string::String>,
    }
    impl AccountPair {
        ///Starts building from the required field `From_Account`; each further required field is named in turn, `AccountPair::from_account(..).to_account(..)`, which gives the value with optional fields unset.
        pub fn from_account(
            from_account: impl ::core::convert::Into<::std::string::String>,
        ) -> AccountPairNeedsToAccount {
            AccountPairNeedsToAccount {
                from_account: from_account.into(),
            }
        }
        ///Sets `Initiator_Account`: UserID of who started the friendship (friend additions only).
        #[must_use]
        pub fn initiator_account(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.initiator_account = ::core::option::Option::Some(value.into());
            self
        }
    }
    ///A value of [`AccountPair`] being built: `To_Account` comes next (`.to_account(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `AccountPair` exists only once every required field is given"]
    pub struct AccountPairNeedsToAccount {
        from_account: ::std::string::String,
    }
    impl AccountPairNeedsToAccount {
        ///Sets `To_Account`.
        pub fn to_account(
            self,
            to_account: impl ::core::convert::Into<::std::string::String>,
        ) -> AccountPair {
            AccountPair {
                from_account: self.from_account,
                to_account: to_account.into(),
                initiator_account: ::core::option::Option::None,
            }
        }
    }
    impl crate::Validate for AccountPair {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The outcome for one account of a batch call (ResultItem and similar lists): the account, a code (0: done; otherwise an error code of errors.json, the same codes the call itself can answer) and the service's text. Shared by every endpoint that answers per account; the client's `results` module turns ResultCode into the catalog's ErrorCode.
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
    pub struct AccountResult {
        /// UserID the result is about.
        ///
        /// Wire name `To_Account`. Required. Example: `"id1"`.
        #[serde(rename = "To_Account")]
        pub to_account: ::std::string::String,
        /// 0 when the account was handled; otherwise why not, as an error code.
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
    impl AccountResult {
        ///Creates a value from its required fields (`to_account`, `result_code`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            to_account: impl ::core::convert::Into<::std::string::String>,
            result_code: i64,
        ) -> Self {
            Self {
                to_account: to_account.into(),
                result_code: result_code,
                result_info: ::core::option::Option::None,
            }
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
    impl crate::Validate for AccountResult {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Whether the admin forbids a user to send friend requests (the Tag_Profile_IM_AdminForbidType profile field).
    ///
    #[doc = concat!(
        " Wire values: ", "\"AdminForbid_Type_None\", \"AdminForbid_Type_SendOut\"", "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum AdminForbidType {
        /// `"AdminForbid_Type_None"`: Not forbidden.
        NotForbidden,
        /// `"AdminForbid_Type_SendOut"`: The user may not send friend requests.
        SendOut,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl AdminForbidType {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::NotForbidden, Self::SendOut];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::NotForbidden => "AdminForbid_Type_None",
                Self::SendOut => "AdminForbid_Type_SendOut",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "AdminForbid_Type_None" => Self::NotForbidden,
                "AdminForbid_Type_SendOut" => Self::SendOut,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for AdminForbidType {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for AdminForbidType {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for AdminForbidType {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for AdminForbidType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("AdminForbidType")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["AdminForbid_Type_None",
                "AdminForbid_Type_SendOut"] }
            )
        }
    }
    impl crate::Validate for AdminForbidType {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// How a user's friend requests are handled, as the Tag_Profile_IM_AllowType profile field holds it.
    ///
    #[doc = concat!(
        " Wire values: ",
        "\"AllowType_Type_NeedConfirm\", \"AllowType_Type_AllowAny\", \"AllowType_Type_DenyAny\"",
        "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum AllowType {
        /// `"AllowType_Type_NeedConfirm"`: The user confirms each request.
        NeedConfirm,
        /// `"AllowType_Type_AllowAny"`: Anyone may add the user.
        AllowAny,
        /// `"AllowType_Type_DenyAny"`: Nobody may add the user.
        DenyAny,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl AllowType {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::NeedConfirm,
            Self::AllowAny,
            Self::DenyAny,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::NeedConfirm => "AllowType_Type_NeedConfirm",
                Self::AllowAny => "AllowType_Type_AllowAny",
                Self::DenyAny => "AllowType_Type_DenyAny",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "AllowType_Type_NeedConfirm" => Self::NeedConfirm,
                "AllowType_Type_AllowAny" => Self::AllowAny,
                "AllowType_Type_DenyAny" => Self::DenyAny,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for AllowType {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for AllowType {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for AllowType {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for AllowType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("AllowType")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["AllowType_Type_NeedConfirm",
                "AllowType_Type_AllowAny", "AllowType_Type_DenyAny"] }
            )
        }
    }
    impl crate::Validate for AllowType {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// One group-level custom field (configured in the Chat console; up to 10 per app): a key and its value.
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
    pub struct AppDefinedDataItem {
        /// The custom field's key, as configured in the console.
        ///
        /// Wire name `Key`. Required. Limits: see [`CustomFieldKey`]. Example: `"GroupTestData1"`.
        #[serde(rename = "Key")]
        #[schemars(length(min = 1u32, max = 16u32))]
        pub key: CustomFieldKey,
        /// The custom field's value: up to 512 bytes, which may be binary (control characters travel as JSON escapes).
        ///
        /// Wire name `Value`. Required. Limits: at most 512 bytes (UTF-8). Example: `"abc\u0000\u0001"`.
        #[serde(rename = "Value")]
        #[schemars(length(max = 512u32))]
        pub value: ::std::string::String,
    }
    impl AppDefinedDataItem {
        ///Starts building from the required field `Key`; each further required field is named in turn, `AppDefinedDataItem::key(..).value(..)`, which gives the value with optional fields unset.
        pub fn key(
            key: impl ::core::convert::Into<::std::string::String>,
        ) -> AppDefinedDataItemNeedsValue {
            AppDefinedDataItemNeedsValue {
                key: key.into(),
            }
        }
    }
    ///A value of [`AppDefinedDataItem`] being built: `Value` comes next (`.value(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `AppDefinedDataItem` exists only once every required field is given"]
    pub struct AppDefinedDataItemNeedsValue {
        key: CustomFieldKey,
    }
    impl AppDefinedDataItemNeedsValue {
        ///Sets `Value`.
        pub fn value(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> AppDefinedDataItem {
            AppDefinedDataItem {
                key: self.key,
                value: value.into(),
            }
        }
    }
    impl crate::Validate for AppDefinedDataItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("Key");
                let v = &self.key;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(16u32),
                    &at,
                )?;
            }
            {
                let at = at.field("Value");
                let v = &self.value;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(512u32),
                    &at,
                )?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// One member-level custom field of a group member (configured in the Chat console per group type; up to 5 per app; audio-video groups have none): a key and its value.
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
    pub struct AppMemberDefinedDataItem {
        /// The custom field's key, as configured in the console.
        ///
        /// Wire name `Key`. Required. Limits: see [`CustomFieldKey`]. Example: `"MemberDefined1"`.
        #[serde(rename = "Key")]
        #[schemars(length(min = 1u32, max = 16u32))]
        pub key: CustomFieldKey,
        /// The custom field's value: up to 64 bytes, which may be binary.
        ///
        /// Wire name `Value`. Required. Limits: at most 64 bytes (UTF-8). Example: `"MemberData1"`.
        #[serde(rename = "Value")]
        #[schemars(length(max = 64u32))]
        pub value: ::std::string::String,
    }
    impl AppMemberDefinedDataItem {
        ///Starts building from the required field `Key`; each further required field is named in turn, `AppMemberDefinedDataItem::key(..).value(..)`, which gives the value with optional fields unset.
        pub fn key(
            key: impl ::core::convert::Into<::std::string::String>,
        ) -> AppMemberDefinedDataItemNeedsValue {
            AppMemberDefinedDataItemNeedsValue {
                key: key.into(),
            }
        }
    }
    ///A value of [`AppMemberDefinedDataItem`] being built: `Value` comes next (`.value(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `AppMemberDefinedDataItem` exists only once every required field is given"]
    pub struct AppMemberDefinedDataItemNeedsValue {
        key: CustomFieldKey,
    }
    impl AppMemberDefinedDataItemNeedsValue {
        ///Sets `Value`.
        pub fn value(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> AppMemberDefinedDataItem {
            AppMemberDefinedDataItem {
                key: self.key,
                value: value.into(),
            }
        }
    }
    impl crate::Validate for AppMemberDefinedDataItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("Key");
                let v = &self.key;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(16u32),
                    &at,
                )?;
            }
            {
                let at = at.field("Value");
                let v = &self.value;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(64u32),
                    &at,
                )?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// How a group handles users who ask to join it.
    ///
    #[doc = concat!(
        " Wire values: ", "\"FreeAccess\", \"NeedPermission\", \"DisableApply\"", "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ApplyJoinOption {
        /// `"FreeAccess"`: Anyone who asks joins at once.
        FreeAccess,
        /// `"NeedPermission"`: The owner or an admin approves each request.
        NeedPermission,
        /// `"DisableApply"`: Requests to join are refused.
        DisableApply,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl ApplyJoinOption {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::FreeAccess,
            Self::NeedPermission,
            Self::DisableApply,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::FreeAccess => "FreeAccess",
                Self::NeedPermission => "NeedPermission",
                Self::DisableApply => "DisableApply",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "FreeAccess" => Self::FreeAccess,
                "NeedPermission" => Self::NeedPermission,
                "DisableApply" => Self::DisableApply,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for ApplyJoinOption {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for ApplyJoinOption {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ApplyJoinOption {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for ApplyJoinOption {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ApplyJoinOption")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["FreeAccess", "NeedPermission",
                "DisableApply"] }
            )
        }
    }
    impl crate::Validate for ApplyJoinOption {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A conversation group of an account (a named folder of conversations, not a chat group): its name and the numeric ID the service gives it.
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
    pub struct ContactGroup {
        /// Name of the conversation group.
        ///
        /// Wire name `GroupName`. Required. Example: `"test1"`.
        #[serde(rename = "GroupName")]
        pub group_name: ::std::string::String,
        /// Numeric ID of the conversation group, unique per account.
        ///
        /// Wire name `GroupId`. Required. Example: `1`.
        #[serde(rename = "GroupId")]
        pub group_id: u32,
    }
    impl ContactGroup {
        ///Creates a value from its required fields (`group_name`, `group_id`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            group_name: impl ::core::convert::Into<::std::string::String>,
            group_id: u32,
        ) -> Self {
            Self {
                group_name: group_name.into(),
                group_id: group_id,
            }
        }
    }
    impl crate::Validate for ContactGroup {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Names one conversation of an account: its kind and the other account (one-to-one) or the group.
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
    pub struct ContactItem {
        /// One-to-one or group conversation.
        ///
        /// Wire name `Type`. Required. Limits: see [`ContactType`]. Example: `1`.
        #[serde(rename = "Type")]
        pub r#type: ContactType,
        /// One-to-one conversations: UserID of the other account.
        ///
        /// Wire name `To_Account`. Optional. Example: `"user1"`.
        #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
        pub to_account: ::core::option::Option<::std::string::String>,
        /// Group conversations: ID of the group.
        ///
        /// Wire name `ToGroupId`. Optional. Example: `"@TGS#1N3RSUYG2"`.
        #[serde(rename = "ToGroupId", default, skip_serializing_if = "Option::is_none")]
        pub to_group_id: ::core::option::Option<::std::string::String>,
    }
    impl ContactItem {
        ///Creates a value from its required fields (`type`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(r#type: ContactType) -> Self {
            Self {
                r#type: r#type,
                to_account: ::core::option::Option::None,
                to_group_id: ::core::option::Option::None,
            }
        }
        ///Sets `To_Account`: One-to-one conversations: UserID of the other account.
        #[must_use]
        pub fn to_account(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.to_account = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `ToGroupId`: Group conversations: ID of the group.
        #[must_use]
        pub fn to_group_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.to_group_id = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl crate::Validate for ContactItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The marks and conversation groups of one conversation of an account.
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
    pub struct ContactMarkData {
        /// One-to-one or group conversation.
        ///
        /// Wire name `Type`. Required. Limits: see [`ContactType`]. Example: `1`.
        #[serde(rename = "Type")]
        pub r#type: ContactType,
        /// One-to-one conversations: UserID of the other account.
        ///
        /// Wire name `To_Account`. Optional. Example: `"teacher4"`.
        #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
        pub to_account: ::core::option::Option<::std::string::String>,
        /// Group conversations: ID of the group.
        ///
        /// Wire name `ToGroupId`. Optional. Example: `"@TGS#1N3RSUYG2"`.
        #[serde(rename = "ToGroupId", default, skip_serializing_if = "Option::is_none")]
        pub to_group_id: ::core::option::Option<::std::string::String>,
        /// The standard marks as a string of bits, e.g. 111001.
        ///
        /// Wire name `StandardMark`. Optional. Limits: matches `^[01]*$`. Example: `"111001"`.
        #[serde(
            rename = "StandardMark",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub standard_mark: ::core::option::Option<::std::string::String>,
        /// The custom mark.
        ///
        /// Wire name `CustomMark`. Optional. Example: `"abcd"`.
        #[serde(rename = "CustomMark", default, skip_serializing_if = "Option::is_none")]
        pub custom_mark: ::core::option::Option<::std::string::String>,
        /// IDs of the conversation groups holding the conversation.
        ///
        /// Wire name `ContactGroupId`. Optional. Example: `[1,2]`.
        #[serde(
            rename = "ContactGroupId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_group_id: ::core::option::Option<::std::vec::Vec<u32>>,
        /// When the conversation's marks or groups last changed.
        ///
        /// Wire name `Timestamp`. Optional. Limits: see [`UnixTime`]. Example: `1670843110`.
        #[serde(rename = "Timestamp", default, skip_serializing_if = "Option::is_none")]
        pub timestamp: ::core::option::Option<UnixTime>,
    }
    impl ContactMarkData {
        ///Creates a value from its required fields (`type`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(r#type: ContactType) -> Self {
            Self {
                r#type: r#type,
                to_account: ::core::option::Option::None,
                to_group_id: ::core::option::Option::None,
                standard_mark: ::core::option::Option::None,
                custom_mark: ::core::option::Option::None,
                contact_group_id: ::core::option::Option::None,
                timestamp: ::core::option::Option::None,
            }
        }
        ///Sets `To_Account`: One-to-one conversations: UserID of the other account.
        #[must_use]
        pub fn to_account(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.to_account = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `ToGroupId`: Group conversations: ID of the group.
        #[must_use]
        pub fn to_group_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.to_group_id = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `StandardMark`: The standard marks as a string of bits, e.g. 111001.
        #[must_use]
        pub fn standard_mark(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.standard_mark = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `CustomMark`: The custom mark.
        #[must_use]
        pub fn custom_mark(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.custom_mark = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `ContactGroupId`: IDs of the conversation groups holding the conversation.
        #[must_use]
        pub fn contact_group_id(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = u32>,
        ) -> Self {
            self.contact_group_id = ::core::option::Option::Some(
                value.into_iter().collect(),
            );
            self
        }
        ///Sets `Timestamp`: When the conversation's marks or groups last changed.
        #[must_use]
        pub fn timestamp(mut self, value: UnixTime) -> Self {
            self.timestamp = ::core::option::Option::Some(value);
            self
        }
    }
    impl crate::Validate for ContactMarkData {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The outcome of an operation on one conversation of a conversation group.
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
    pub struct ContactResult {
        /// The conversation.
        ///
        /// Wire name `ContactItem`. Required. Limits: see [`ContactItem`].
        #[serde(rename = "ContactItem")]
        pub contact_item: ContactItem,
        /// 0 on success; otherwise an error code saying why not.
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
    impl ContactResult {
        ///Creates a value from its required fields (`contact_item`, `result_code`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(contact_item: ContactItem, result_code: i64) -> Self {
            Self {
                contact_item: contact_item,
                result_code: result_code,
                result_info: ::core::option::Option::None,
            }
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
    impl crate::Validate for ContactResult {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The kind of a conversation (recent contact).
    ///
    #[doc = concat!(" Wire values: ", "1, 2", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ContactType {
        /// `1`: A one-to-one conversation, named by To_Account.
        C2c,
        /// `2`: A group conversation, named by a group ID.
        Group,
        /// A value this spec does not list, kept as sent.
        Other(i64),
    }
    impl ContactType {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::C2c, Self::Group];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::C2c => 1i64,
                Self::Group => 2i64,
                Self::Other(n) => *n,
            }
        }
        /// The value for a wire number; unlisted numbers become `Other`.
        pub fn from_wire(n: i64) -> Self {
            match n {
                1i64 => Self::C2c,
                2i64 => Self::Group,
                n => Self::Other(n),
            }
        }
    }
    impl ::core::fmt::Display for ContactType {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for ContactType {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ContactType {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(n))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for ContactType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ContactType")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "format" : "int64" }
            )
        }
    }
    impl crate::Validate for ContactType {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The key of a custom group or group member field, as configured in the Chat console: letters, digits and underscores, at most 16 bytes.
    pub type CustomFieldKey = ::std::string::String;
    /// How a client fetches the file behind a sound, file or video element. The only value the Message Formats page documents is 2 (download from the element's URL); open, since older clients sent others.
    ///
    #[doc = concat!(" Wire values: ", "2", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum DownloadFlag {
        /// `2`: Download from the URL the element carries.
        FromUrl,
        /// A value this spec does not list, kept as sent.
        Other(i64),
    }
    impl DownloadFlag {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::FromUrl];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::FromUrl => 2i64,
                Self::Other(n) => *n,
            }
        }
        /// The value for a wire number; unlisted numbers become `Other`.
        pub fn from_wire(n: i64) -> Self {
            match n {
                2i64 => Self::FromUrl,
                n => Self::Other(n),
            }
        }
    }
    impl ::core::fmt::Display for DownloadFlag {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for DownloadFlag {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DownloadFlag {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(n))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for DownloadFlag {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("DownloadFlag")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "format" : "int64" }
            )
        }
    }
    impl crate::Validate for DownloadFlag {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A message webhook not to call for one message (the send calls' ForbidCallbackControl list): the before-send and after-send webhooks of group or one-to-one messages, as configured.
    ///
    #[doc = concat!(
        " Wire values: ",
        "\"ForbidBeforeSendMsgCallback\", \"ForbidAfterSendMsgCallback\"", "."
    )]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ForbidCallbackControl {
        /// `"ForbidBeforeSendMsgCallback"`: Skip the before-send webhook.
        ForbidBeforeSendMsgCallback,
        /// `"ForbidAfterSendMsgCallback"`: Skip the after-send webhook.
        ForbidAfterSendMsgCallback,
    }
    impl ForbidCallbackControl {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::ForbidBeforeSendMsgCallback,
            Self::ForbidAfterSendMsgCallback,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ForbidBeforeSendMsgCallback => "ForbidBeforeSendMsgCallback",
                Self::ForbidAfterSendMsgCallback => "ForbidAfterSendMsgCallback",
            }
        }
        /// The value for a wire string (aliases included), if listed.
        pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
            match s {
                "ForbidBeforeSendMsgCallback" => {
                    ::core::option::Option::Some(Self::ForbidBeforeSendMsgCallback)
                }
                "ForbidAfterSendMsgCallback" => {
                    ::core::option::Option::Some(Self::ForbidAfterSendMsgCallback)
                }
                _ => ::core::option::Option::None,
            }
        }
    }
    impl ::core::fmt::Display for ForbidCallbackControl {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for ForbidCallbackControl {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for ForbidCallbackControl {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Self::from_wire(&s)
                .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                    &s,
                    &["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"],
                ))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for ForbidCallbackControl {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ForbidCallbackControl")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "enum" : ["ForbidBeforeSendMsgCallback",
                "ForbidAfterSendMsgCallback"] }
            )
        }
    }
    impl crate::Validate for ForbidCallbackControl {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A user's gender, as the Tag_Profile_IM_Gender profile field holds it.
    ///
    #[doc = concat!(
        " Wire values: ",
        "\"Gender_Type_Unknown\", \"Gender_Type_Female\", \"Gender_Type_Male\"", "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum Gender {
        /// `"Gender_Type_Unknown"`: Not set.
        Unknown,
        /// `"Gender_Type_Female"`: Female.
        Female,
        /// `"Gender_Type_Male"`: Male.
        Male,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl Gender {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Unknown, Self::Female, Self::Male];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Unknown => "Gender_Type_Unknown",
                Self::Female => "Gender_Type_Female",
                Self::Male => "Gender_Type_Male",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Gender_Type_Unknown" => Self::Unknown,
                "Gender_Type_Female" => Self::Female,
                "Gender_Type_Male" => Self::Male,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for Gender {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for Gender {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Gender {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for Gender {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("Gender")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["Gender_Type_Unknown",
                "Gender_Type_Female", "Gender_Type_Male"] }
            )
        }
    }
    impl crate::Validate for Gender {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A global mute period in seconds (openconfigsvr): 0 lifts the mute, 4294967295 (u32::MAX) mutes for good, any other value mutes for that many seconds from the time it is set. Read back, it is the time still to run.
    pub type GlobalMuteSeconds = u32;
    /// One custom attribute of a group as the attribute calls write and read it: a key and its value, with lower-case wire names. A group holds at most 16 keys, and all its values together at most 16,000 bytes.
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
    pub struct GroupAttrItem {
        /// The attribute's key: at most 32 bytes (10045 beyond).
        ///
        /// Wire name `key`. Required. Limits: at most 32 bytes (UTF-8). Example: `"attr_key"`.
        #[serde(rename = "key")]
        #[schemars(length(max = 32u32))]
        pub key: ::std::string::String,
        /// The attribute's value: at most 4,000 bytes (10046 beyond).
        ///
        /// Wire name `value`. Required. Limits: at most 4000 bytes (UTF-8). Example: `"attr_val"`.
        #[serde(rename = "value")]
        #[schemars(length(max = 4000u32))]
        pub value: ::std::string::String,
    }
    impl GroupAttrItem {
        ///Starts building from the required field `key`; each further required field is named in turn, `GroupAttrItem::key(..).value(..)`, which gives the value with optional fields unset.
        pub fn key(
            key: impl ::core::convert::Into<::std::string::String>,
        ) -> GroupAttrItemNeedsValue {
            GroupAttrItemNeedsValue {
                key: key.into(),
            }
        }
    }
    ///A value of [`GroupAttrItem`] being built: `value` comes next (`.value(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `GroupAttrItem` exists only once every required field is given"]
    pub struct GroupAttrItemNeedsValue {
        key: ::std::string::String,
    }
    impl GroupAttrItemNeedsValue {
        ///Sets `value`.
        pub fn value(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GroupAttrItem {
            GroupAttrItem {
                key: self.key,
                value: value.into(),
            }
        }
    }
    impl crate::Validate for GroupAttrItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("key");
                let v = &self.key;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(32u32),
                    &at,
                )?;
            }
            {
                let at = at.field("value");
                let v = &self.value;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(4000u32),
                    &at,
                )?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// A basic group profile field, as named in a response filter (get_group_info's GroupBaseInfoFilter). Open: the service accepts fields added after this list.
    ///
    #[doc = concat!(
        " Wire values: ",
        "\"Type\", \"Name\", \"Introduction\", \"Notification\", \"FaceUrl\", \"Owner_Account\", \"CreateTime\", \"InfoSeq\", \"LastInfoTime\", \"LastMsgTime\", \"NextMsgSeq\", \"MemberNum\", \"MaxMemberNum\", \"ApplyJoinOption\", \"MuteAllMember\"",
        "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum GroupBaseInfoField {
        /// `"Type"`: The group type.
        Type,
        /// `"Name"`: The group name.
        Name,
        /// `"Introduction"`: The group introduction.
        Introduction,
        /// `"Notification"`: The group notice.
        Notification,
        /// `"FaceUrl"`: The URL of the group's profile photo.
        FaceUrl,
        /// `"Owner_Account"`: The owner's UserID.
        OwnerAccount,
        /// `"CreateTime"`: When the group was created.
        CreateTime,
        /// `"InfoSeq"`: The counter that grows with every profile change.
        InfoSeq,
        /// `"LastInfoTime"`: When the profile last changed.
        LastInfoTime,
        /// `"LastMsgTime"`: When the last message was sent.
        LastMsgTime,
        /// `"NextMsgSeq"`: The sequence number the next message will get.
        NextMsgSeq,
        /// `"MemberNum"`: The current number of members.
        MemberNum,
        /// `"MaxMemberNum"`: The most members the group may have.
        MaxMemberNum,
        /// `"ApplyJoinOption"`: How requests to join are handled.
        ApplyJoinOption,
        /// `"MuteAllMember"`: Whether the whole group is muted (On or Off).
        MuteAllMember,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl GroupBaseInfoField {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::Type,
            Self::Name,
            Self::Introduction,
            Self::Notification,
            Self::FaceUrl,
            Self::OwnerAccount,
            Self::CreateTime,
            Self::InfoSeq,
            Self::LastInfoTime,
            Self::LastMsgTime,
            Self::NextMsgSeq,
            Self::MemberNum,
            Self::MaxMemberNum,
            Self::ApplyJoinOption,
            Self::MuteAllMember,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Type => "Type",
                Self::Name => "Name",
                Self::Introduction => "Introduction",
                Self::Notification => "Notification",
                Self::FaceUrl => "FaceUrl",
                Self::OwnerAccount => "Owner_Account",
                Self::CreateTime => "CreateTime",
                Self::InfoSeq => "InfoSeq",
                Self::LastInfoTime => "LastInfoTime",
                Self::LastMsgTime => "LastMsgTime",
                Self::NextMsgSeq => "NextMsgSeq",
                Self::MemberNum => "MemberNum",
                Self::MaxMemberNum => "MaxMemberNum",
                Self::ApplyJoinOption => "ApplyJoinOption",
                Self::MuteAllMember => "MuteAllMember",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Type" => Self::Type,
                "Name" => Self::Name,
                "Introduction" => Self::Introduction,
                "Notification" => Self::Notification,
                "FaceUrl" => Self::FaceUrl,
                "Owner_Account" => Self::OwnerAccount,
                "CreateTime" => Self::CreateTime,
                "InfoSeq" => Self::InfoSeq,
                "LastInfoTime" => Self::LastInfoTime,
                "LastMsgTime" => Self::LastMsgTime,
                "NextMsgSeq" => Self::NextMsgSeq,
                "MemberNum" => Self::MemberNum,
                "MaxMemberNum" => Self::MaxMemberNum,
                "ApplyJoinOption" => Self::ApplyJoinOption,
                "MuteAllMember" => Self::MuteAllMember,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for GroupBaseInfoField {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for GroupBaseInfoField {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for GroupBaseInfoField {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for GroupBaseInfoField {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("GroupBaseInfoField")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["Type", "Name", "Introduction",
                "Notification", "FaceUrl", "Owner_Account", "CreateTime", "InfoSeq",
                "LastInfoTime", "LastMsgTime", "NextMsgSeq", "MemberNum", "MaxMemberNum",
                "ApplyJoinOption", "MuteAllMember"] }
            )
        }
    }
    impl crate::Validate for GroupBaseInfoField {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// One group counter: its key and a signed 64-bit value.
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
    pub struct GroupCounterItem {
        /// The counter's key.
        ///
        /// Wire name `Key`. Required. Limits: see [`GroupCounterKey`]. Example: `"like"`.
        #[serde(rename = "Key")]
        #[schemars(length(max = 128u32))]
        pub key: GroupCounterKey,
        /// The counter's value; in an update_group_counter request, the value to set or the amount to add or subtract, as Mode says.
        ///
        /// Wire name `Value`. Required. Example: `5`.
        #[serde(rename = "Value")]
        pub value: i64,
    }
    impl GroupCounterItem {
        ///Creates a value from its required fields (`key`, `value`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            key: impl ::core::convert::Into<::std::string::String>,
            value: i64,
        ) -> Self {
            Self {
                key: key.into(),
                value: value,
            }
        }
    }
    impl crate::Validate for GroupCounterItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("Key");
                let v = &self.key;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(128u32),
                    &at,
                )?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// The key of a group counter: at most 128 bytes.
    pub type GroupCounterKey = ::std::string::String;
    /// The URL of a group's profile photo, at most 100 bytes.
    pub type GroupFaceUrl = ::std::string::String;
    /// A group named by its ID alone, as lists of groups carry them.
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
    pub struct GroupIdItem {
        /// The group's ID.
        ///
        /// Wire name `GroupId`. Required. Example: `"@TGS#2J4SZEAEL"`.
        #[serde(rename = "GroupId")]
        pub group_id: ::std::string::String,
    }
    impl GroupIdItem {
        ///Creates a value from its required fields (`group_id`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(group_id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { group_id: group_id.into() }
        }
    }
    impl crate::Validate for GroupIdItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A group's introduction: UTF-8, at most 240 bytes.
    pub type GroupIntroduction = ::std::string::String;
    /// A group member profile field, as named in a response filter (MemberInfoFilter). The member's UserID (Member_Account) is returned whatever the filter says. Open: the service accepts fields added after this list.
    ///
    #[doc = concat!(
        " Wire values: ",
        "\"Role\", \"JoinTime\", \"MsgSeq\", \"MsgFlag\", \"LastSendMsgTime\", \"MuteUntil\", \"NameCard\"",
        "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum GroupMemberField {
        /// `"Role"`: The member's role.
        Role,
        /// `"JoinTime"`: When the member joined.
        JoinTime,
        /// `"MsgSeq"`: The sequence number of the last message the member has read.
        MsgSeq,
        /// `"MsgFlag"`: How the member receives messages.
        MsgFlag,
        /// `"LastSendMsgTime"`: When the member last sent a message.
        LastSendMsgTime,
        /// `"MuteUntil"`: Until when the member is muted.
        MuteUntil,
        /// `"NameCard"`: The member's name card in the group.
        NameCard,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl GroupMemberField {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::Role,
            Self::JoinTime,
            Self::MsgSeq,
            Self::MsgFlag,
            Self::LastSendMsgTime,
            Self::MuteUntil,
            Self::NameCard,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Role => "Role",
                Self::JoinTime => "JoinTime",
                Self::MsgSeq => "MsgSeq",
                Self::MsgFlag => "MsgFlag",
                Self::LastSendMsgTime => "LastSendMsgTime",
                Self::MuteUntil => "MuteUntil",
                Self::NameCard => "NameCard",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Role" => Self::Role,
                "JoinTime" => Self::JoinTime,
                "MsgSeq" => Self::MsgSeq,
                "MsgFlag" => Self::MsgFlag,
                "LastSendMsgTime" => Self::LastSendMsgTime,
                "MuteUntil" => Self::MuteUntil,
                "NameCard" => Self::NameCard,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for GroupMemberField {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for GroupMemberField {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for GroupMemberField {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for GroupMemberField {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("GroupMemberField")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["Role", "JoinTime", "MsgSeq",
                "MsgFlag", "LastSendMsgTime", "MuteUntil", "NameCard"] }
            )
        }
    }
    impl crate::Validate for GroupMemberField {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A group member's profile as the group calls return it. Only the fields the response filters ask for are present, except Member_Account.
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
    pub struct GroupMemberInfo {
        /// The member's UserID.
        ///
        /// Wire name `Member_Account`. Required. Example: `"leckie"`.
        #[serde(rename = "Member_Account")]
        pub member_account: ::std::string::String,
        /// The member's role in the group.
        ///
        /// Wire name `Role`. Optional. Limits: see [`MemberRole`]. Example: `"Owner"`.
        #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
        pub role: ::core::option::Option<MemberRole>,
        /// When the member joined the group.
        ///
        /// Wire name `JoinTime`. Optional. Limits: see [`UnixTime`]. Example: `1425976500`.
        #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
        pub join_time: ::core::option::Option<UnixTime>,
        /// Sequence number of the last group message the member has read.
        ///
        /// Wire name `MsgSeq`. Optional. Example: `1233`.
        #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
        pub msg_seq: ::core::option::Option<u64>,
        /// How the member receives the group's messages.
        ///
        /// Wire name `MsgFlag`. Optional. Limits: see [`MsgFlag`]. Example: `"AcceptAndNotify"`.
        #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
        pub msg_flag: ::core::option::Option<MsgFlag>,
        /// When the member last sent a message to the group; not kept for audio-video groups.
        ///
        /// Wire name `LastSendMsgTime`. Optional. Limits: see [`UnixTime`]. Example: `1425976500`.
        #[serde(
            rename = "LastSendMsgTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_send_msg_time: ::core::option::Option<UnixTime>,
        /// When the member's mute ends; 0 when the member is not muted.
        ///
        /// Wire name `MuteUntil`. Optional. Limits: see [`UnixTime`]. Example: `0`.
        #[serde(rename = "MuteUntil", default, skip_serializing_if = "Option::is_none")]
        pub mute_until: ::core::option::Option<UnixTime>,
        /// The member's name card in the group.
        ///
        /// Wire name `NameCard`. Optional. Limits: see [`NameCard`]. Example: `""`.
        #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
        #[schemars(length(max = 50u32))]
        pub name_card: ::core::option::Option<NameCard>,
        /// The member's custom fields (those the filter asks for).
        ///
        /// Wire name `AppMemberDefinedData`. Optional. Limits: each item see [`AppMemberDefinedDataItem`].
        #[serde(
            rename = "AppMemberDefinedData",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub app_member_defined_data: ::core::option::Option<
            ::std::vec::Vec<AppMemberDefinedDataItem>,
        >,
    }
    impl GroupMemberInfo {
        ///Creates a value from its required fields (`member_account`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            member_account: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                member_account: member_account.into(),
                role: ::core::option::Option::None,
                join_time: ::core::option::Option::None,
                msg_seq: ::core::option::Option::None,
                msg_flag: ::core::option::Option::None,
                last_send_msg_time: ::core::option::Option::None,
                mute_until: ::core::option::Option::None,
                name_card: ::core::option::Option::None,
                app_member_defined_data: ::core::option::Option::None,
            }
        }
        ///Sets `Role`: The member's role in the group.
        #[must_use]
        pub fn role(mut self, value: MemberRole) -> Self {
            self.role = ::core::option::Option::Some(value);
            self
        }
        ///Sets `JoinTime`: When the member joined the group.
        #[must_use]
        pub fn join_time(mut self, value: UnixTime) -> Self {
            self.join_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `MsgSeq`: Sequence number of the last group message the member has read.
        #[must_use]
        pub fn msg_seq(mut self, value: u64) -> Self {
            self.msg_seq = ::core::option::Option::Some(value);
            self
        }
        ///Sets `MsgFlag`: How the member receives the group's messages.
        #[must_use]
        pub fn msg_flag(mut self, value: MsgFlag) -> Self {
            self.msg_flag = ::core::option::Option::Some(value);
            self
        }
        ///Sets `LastSendMsgTime`: When the member last sent a message to the group; not kept for audio-video groups.
        #[must_use]
        pub fn last_send_msg_time(mut self, value: UnixTime) -> Self {
            self.last_send_msg_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `MuteUntil`: When the member's mute ends; 0 when the member is not muted.
        #[must_use]
        pub fn mute_until(mut self, value: UnixTime) -> Self {
            self.mute_until = ::core::option::Option::Some(value);
            self
        }
        ///Sets `NameCard`: The member's name card in the group.
        #[must_use]
        pub fn name_card(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.name_card = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `AppMemberDefinedData`: The member's custom fields (those the filter asks for).
        #[must_use]
        pub fn app_member_defined_data(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = AppMemberDefinedDataItem>,
        ) -> Self {
            self.app_member_defined_data = ::core::option::Option::Some(
                value.into_iter().collect(),
            );
            self
        }
    }
    impl crate::Validate for GroupMemberInfo {
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
            if let ::core::option::Option::Some(v) = &self.app_member_defined_data {
                let at = at.field("AppMemberDefinedData");
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
    /// Names one message of a group by its sequence number, as an item of a list of messages to act on (recall, read receipts).
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
    pub struct GroupMsgSeqItem {
        /// Sequence number of the message in its group.
        ///
        /// Wire name `MsgSeq`. Required. Example: `100`.
        #[serde(rename = "MsgSeq")]
        pub msg_seq: u64,
    }
    impl GroupMsgSeqItem {
        ///Creates a value from its required fields (`msg_seq`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(msg_seq: u64) -> Self {
            Self { msg_seq: msg_seq }
        }
    }
    impl crate::Validate for GroupMsgSeqItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A group's name: UTF-8, at most 30 bytes (a Chinese character takes 3).
    pub type GroupName = ::std::string::String;
    /// A group's notice (announcement): UTF-8, at most 300 bytes.
    pub type GroupNotification = ::std::string::String;
    /// The preset group types. Newer SDKs call Private groups Work groups and ChatRoom groups Meeting groups; the REST API accepts both spellings.
    ///
    #[doc = concat!(
        " Wire values: ",
        "\"Private\", \"Public\", \"ChatRoom\", \"AVChatRoom\", \"Community\"", "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum GroupType {
        /// `"Private"`: Work group: members join only when invited by a member; no approval needed.
        Private,
        /// `"Public"`: Public group: users apply to join and the owner or an admin approves.
        Public,
        /// `"ChatRoom"`: Meeting group: anyone joins and leaves freely and sees history from before joining.
        ChatRoom,
        /// `"AVChatRoom"`: Audio-video (livestream) group: unlimited members, no history storage, no member removal.
        AvChatRoom,
        /// `"Community"`: Community group: very large groups that can be split into topics.
        Community,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl GroupType {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::Private,
            Self::Public,
            Self::ChatRoom,
            Self::AvChatRoom,
            Self::Community,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Private => "Private",
                Self::Public => "Public",
                Self::ChatRoom => "ChatRoom",
                Self::AvChatRoom => "AVChatRoom",
                Self::Community => "Community",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Private" | "Work" => Self::Private,
                "Public" => Self::Public,
                "ChatRoom" | "Meeting" => Self::ChatRoom,
                "AVChatRoom" => Self::AvChatRoom,
                "Community" => Self::Community,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for GroupType {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for GroupType {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for GroupType {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for GroupType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("GroupType")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["Private", "Work", "Public",
                "ChatRoom", "Meeting", "AVChatRoom", "Community"] }
            )
        }
    }
    impl crate::Validate for GroupType {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// How a group handles invitations sent by its members (newer SDKs); never binding on admins, and not available in communities.
    ///
    #[doc = concat!(
        " Wire values: ", "\"FreeAccess\", \"NeedPermission\", \"DisableInvite\"", "."
    )]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum InviteJoinOption {
        /// `"FreeAccess"`: Invited users join at once.
        FreeAccess,
        /// `"NeedPermission"`: The owner or an admin approves each invitation.
        NeedPermission,
        /// `"DisableInvite"`: Members cannot invite through the SDK.
        DisableInvite,
    }
    impl InviteJoinOption {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::FreeAccess,
            Self::NeedPermission,
            Self::DisableInvite,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::FreeAccess => "FreeAccess",
                Self::NeedPermission => "NeedPermission",
                Self::DisableInvite => "DisableInvite",
            }
        }
        /// The value for a wire string (aliases included), if listed.
        pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
            match s {
                "FreeAccess" => ::core::option::Option::Some(Self::FreeAccess),
                "NeedPermission" => ::core::option::Option::Some(Self::NeedPermission),
                "DisableInvite" => ::core::option::Option::Some(Self::DisableInvite),
                _ => ::core::option::Option::None,
            }
        }
    }
    impl ::core::fmt::Display for InviteJoinOption {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for InviteJoinOption {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for InviteJoinOption {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Self::from_wire(&s)
                .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                    &s,
                    &["FreeAccess", "NeedPermission", "DisableInvite"],
                ))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for InviteJoinOption {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("InviteJoinOption")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "enum" : ["FreeAccess", "NeedPermission",
                "DisableInvite"] }
            )
        }
    }
    impl crate::Validate for InviteJoinOption {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// An account's login state, or that of one of its devices. Open: platforms may report other states.
    ///
    #[doc = concat!(" Wire values: ", "\"Online\", \"PushOnline\", \"Offline\"", ".")]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum LoginState {
        /// `"Online"`: A client holds a live connection.
        Online,
        /// `"PushOnline"`: The app was put away or killed on a mobile device; offline pushes still reach it (kept for at most 7 days).
        PushOnline,
        /// `"Offline"`: Logged out, or not logged in for at least 7 days.
        Offline,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl LoginState {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::Online,
            Self::PushOnline,
            Self::Offline,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Online => "Online",
                Self::PushOnline => "PushOnline",
                Self::Offline => "Offline",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Online" => Self::Online,
                "PushOnline" => Self::PushOnline,
                "Offline" => Self::Offline,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for LoginState {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for LoginState {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for LoginState {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for LoginState {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("LoginState")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["Online", "PushOnline", "Offline"] }
            )
        }
    }
    impl crate::Validate for LoginState {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The most members a group may have. The plan sets the ceiling per group type (the import page gives 6,000 for ordinary groups); communities go up to 100,000, the bound kept here. Audio-video groups ignore it.
    pub type MaxMemberNum = u32;
    /// The marks (labels) of one member of an audio-video group: numbers from 1000 up that the app chooses, plus the special marks 500 (kept online for up to three days) and 600 (hidden from the online list unless asked for by mark). A group uses at most 10 different marks.
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
    pub struct MemberMarks {
        /// The member's UserID.
        ///
        /// Wire name `Member_Account`. Required. Example: `"teacher10"`.
        #[serde(rename = "Member_Account")]
        pub member_account: ::std::string::String,
        /// The marks set or removed (in answers: those that took effect).
        ///
        /// Wire name `Marks`. Required. Limits: at least 1 items; at most 10 items; one list, not to be split across calls. Example: `[1000]`.
        #[serde(rename = "Marks")]
        #[schemars(length(min = 1u32, max = 10u32))]
        pub marks: ::std::vec::Vec<u32>,
    }
    impl MemberMarks {
        ///Creates a value from its required fields (`member_account`, `marks`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            member_account: impl ::core::convert::Into<::std::string::String>,
            marks: impl ::core::iter::IntoIterator<Item = u32>,
        ) -> Self {
            Self {
                member_account: member_account.into(),
                marks: marks.into_iter().collect(),
            }
        }
    }
    impl crate::Validate for MemberMarks {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("Marks");
                let v = &self.marks;
                crate::__private::check_items(
                    v.len(),
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(10u32),
                    &at,
                )?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// A member's role in a group.
    ///
    #[doc = concat!(" Wire values: ", "\"Owner\", \"Admin\", \"Member\"", ".")]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum MemberRole {
        /// `"Owner"`: The group owner.
        Owner,
        /// `"Admin"`: An admin appointed by the owner.
        Admin,
        /// `"Member"`: An ordinary member.
        Member,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl MemberRole {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Owner, Self::Admin, Self::Member];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Owner => "Owner",
                Self::Admin => "Admin",
                Self::Member => "Member",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Owner" => Self::Owner,
                "Admin" => Self::Admin,
                "Member" => Self::Member,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for MemberRole {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for MemberRole {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for MemberRole {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for MemberRole {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("MemberRole")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["Owner", "Admin", "Member"] }
            )
        }
    }
    impl crate::Validate for MemberRole {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// One element of a message body, shared by one-to-one and group messages. MsgType names the element kind and selects the shape of MsgContent. The eight kinds the REST pages list are typed (field names from the published Message Formats page, which the docs snapshot does not hold); kinds the service adds later (merged-forward, ...) are kept as raw JSON. A whole message is limited in size by the endpoint that carries it (12 KB for the send calls).
    #[derive(Debug, Clone, PartialEq)]
    pub enum MsgElement {
        /// `"TIMTextElem"`: A text message.
        Text(TextElem),
        /// `"TIMLocationElem"`: A geographic location.
        Location(LocationElem),
        /// `"TIMFaceElem"`: An emoji or sticker, identified by the app.
        Face(FaceElem),
        /// `"TIMCustomElem"`: A custom message the app defines.
        Custom(CustomElem),
        /// `"TIMSoundElem"`: A voice message, stored by the client SDK or the app and referred to by URL.
        Sound(SoundElem),
        /// `"TIMImageElem"`: An image, in up to three renditions (original, large, thumbnail).
        Image(ImageElem),
        /// `"TIMFileElem"`: A file, referred to by URL.
        File(FileElem),
        /// `"TIMVideoFileElem"`: A video with its cover thumbnail, both referred to by URL.
        Video(VideoFileElem),
        /// A variant this spec does not describe, kept as the raw JSON object.
        Other(crate::__private::serde_json::Value),
    }
    impl MsgElement {
        /// The discriminator value of this variant.
        pub fn tag(&self) -> crate::__private::serde_json::Value {
            match self {
                Self::Text(_) => crate::__private::serde_json::json!("TIMTextElem"),
                Self::Location(_) => {
                    crate::__private::serde_json::json!("TIMLocationElem")
                }
                Self::Face(_) => crate::__private::serde_json::json!("TIMFaceElem"),
                Self::Custom(_) => crate::__private::serde_json::json!("TIMCustomElem"),
                Self::Sound(_) => crate::__private::serde_json::json!("TIMSoundElem"),
                Self::Image(_) => crate::__private::serde_json::json!("TIMImageElem"),
                Self::File(_) => crate::__private::serde_json::json!("TIMFileElem"),
                Self::Video(_) => crate::__private::serde_json::json!("TIMVideoFileElem"),
                Self::Other(value) => {
                    value
                        .get("MsgType")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null)
                }
            }
        }
    }
    impl crate::__private::serde::Serialize for MsgElement {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            match self {
                Self::Text(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgType",
                        &"TIMTextElem",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgContent",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Location(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgType",
                        &"TIMLocationElem",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgContent",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Face(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgType",
                        &"TIMFaceElem",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgContent",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Custom(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgType",
                        &"TIMCustomElem",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgContent",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Sound(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgType",
                        &"TIMSoundElem",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgContent",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Image(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgType",
                        &"TIMImageElem",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgContent",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::File(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgType",
                        &"TIMFileElem",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgContent",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Video(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgType",
                        &"TIMVideoFileElem",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "MsgContent",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Other(value) => {
                    crate::__private::serde::Serialize::serialize(value, serializer)
                }
            }
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for MsgElement {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let value = <crate::__private::serde_json::Value as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            match value
                .get("MsgType")
                .and_then(crate::__private::serde_json::Value::as_str)
            {
                ::core::option::Option::Some("TIMTextElem") => {
                    let content = value
                        .get("MsgContent")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Text)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("TIMLocationElem") => {
                    let content = value
                        .get("MsgContent")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Location)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("TIMFaceElem") => {
                    let content = value
                        .get("MsgContent")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Face)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("TIMCustomElem") => {
                    let content = value
                        .get("MsgContent")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Custom)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("TIMSoundElem") => {
                    let content = value
                        .get("MsgContent")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Sound)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("TIMImageElem") => {
                    let content = value
                        .get("MsgContent")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Image)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("TIMFileElem") => {
                    let content = value
                        .get("MsgContent")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::File)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("TIMVideoFileElem") => {
                    let content = value
                        .get("MsgContent")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Video)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                _ => ::core::result::Result::Ok(Self::Other(value)),
            }
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for MsgElement {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("MsgElement")
        }
        fn json_schema(
            generator: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            let variants: ::std::vec::Vec<crate::__private::schemars::Schema> = ::std::vec![
                crate ::__private::schemars::json_schema!({ "type" : "object",
                "properties" : { "MsgType" : { "const" : "TIMTextElem" }, "MsgContent" :
                generator.subschema_for:: < TextElem > () }, "required" : ["MsgType",
                "MsgContent"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "MsgType" : { "const" : "TIMLocationElem" },
                "MsgContent" : generator.subschema_for:: < LocationElem > () },
                "required" : ["MsgType", "MsgContent"] }), crate
                ::__private::schemars::json_schema!({ "type" : "object", "properties" : {
                "MsgType" : { "const" : "TIMFaceElem" }, "MsgContent" : generator
                .subschema_for:: < FaceElem > () }, "required" : ["MsgType",
                "MsgContent"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "MsgType" : { "const" : "TIMCustomElem" },
                "MsgContent" : generator.subschema_for:: < CustomElem > () }, "required"
                : ["MsgType", "MsgContent"] }), crate
                ::__private::schemars::json_schema!({ "type" : "object", "properties" : {
                "MsgType" : { "const" : "TIMSoundElem" }, "MsgContent" : generator
                .subschema_for:: < SoundElem > () }, "required" : ["MsgType",
                "MsgContent"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "MsgType" : { "const" : "TIMImageElem" },
                "MsgContent" : generator.subschema_for:: < ImageElem > () }, "required" :
                ["MsgType", "MsgContent"] }), crate ::__private::schemars::json_schema!({
                "type" : "object", "properties" : { "MsgType" : { "const" : "TIMFileElem"
                }, "MsgContent" : generator.subschema_for:: < FileElem > () }, "required"
                : ["MsgType", "MsgContent"] }), crate
                ::__private::schemars::json_schema!({ "type" : "object", "properties" : {
                "MsgType" : { "const" : "TIMVideoFileElem" }, "MsgContent" : generator
                .subschema_for:: < VideoFileElem > () }, "required" : ["MsgType",
                "MsgContent"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "MsgType" : { "not" : { "enum" :
                ["TIMTextElem", "TIMLocationElem", "TIMFaceElem", "TIMCustomElem",
                "TIMSoundElem", "TIMImageElem", "TIMFileElem", "TIMVideoFileElem"] } } },
                "required" : ["MsgType"] })
            ];
            crate::__private::schemars::json_schema!({ "anyOf" : variants })
        }
    }
    impl crate::Validate for MsgElement {
        #[allow(unused_variables, clippy::match_single_binding)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            match self {
                Self::Text(v) => {
                    let at = at.field("MsgContent");
                    ::core::result::Result::Ok(())
                }
                Self::Location(v) => {
                    let at = at.field("MsgContent");
                    crate::Validate::validate_at(v, &at)?;
                    ::core::result::Result::Ok(())
                }
                Self::Face(v) => {
                    let at = at.field("MsgContent");
                    ::core::result::Result::Ok(())
                }
                Self::Custom(v) => {
                    let at = at.field("MsgContent");
                    ::core::result::Result::Ok(())
                }
                Self::Sound(v) => {
                    let at = at.field("MsgContent");
                    ::core::result::Result::Ok(())
                }
                Self::Image(v) => {
                    let at = at.field("MsgContent");
                    ::core::result::Result::Ok(())
                }
                Self::File(v) => {
                    let at = at.field("MsgContent");
                    ::core::result::Result::Ok(())
                }
                Self::Video(v) => {
                    let at = at.field("MsgContent");
                    ::core::result::Result::Ok(())
                }
                Self::Other(_) => ::core::result::Result::Ok(()),
            }
        }
    }
    /// One key/value extension of a message (one-to-one or group) with its version: Seq grows with every change of the pair and lets concurrent writers detect conflicts.
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
    pub struct MsgExtension {
        /// The key, at most 100 bytes.
        ///
        /// Wire name `Key`. Required. Limits: at most 100 bytes (UTF-8). Example: `"k1"`.
        #[serde(rename = "Key")]
        #[schemars(length(max = 100u32))]
        pub key: ::std::string::String,
        /// The value, at most 1,000 bytes (ignored when deleting).
        ///
        /// Wire name `Value`. Required. Limits: at most 1000 bytes (UTF-8). Example: `"v1"`.
        #[serde(rename = "Value")]
        #[schemars(length(max = 1000u32))]
        pub value: ::std::string::String,
        /// The pair's version. When setting: the version the caller last saw (0 for a new pair), checked against the current one unless the admin calls. In answers: the version after the change.
        ///
        /// Wire name `Seq`. Optional. Example: `1`.
        #[serde(rename = "Seq", default, skip_serializing_if = "Option::is_none")]
        pub seq: ::core::option::Option<u64>,
    }
    impl MsgExtension {
        ///Starts building from the required field `Key`; each further required field is named in turn, `MsgExtension::key(..).value(..)`, which gives the value with optional fields unset.
        pub fn key(
            key: impl ::core::convert::Into<::std::string::String>,
        ) -> MsgExtensionNeedsValue {
            MsgExtensionNeedsValue {
                key: key.into(),
            }
        }
        ///Sets `Seq`: The pair's version. When setting: the version the caller last saw (0 for a new pair), checked against the current one unless the admin calls. In answers: the version after the change.
        #[must_use]
        pub fn seq(mut self, value: u64) -> Self {
            self.seq = ::core::option::Option::Some(value);
            self
        }
    }
    ///A value of [`MsgExtension`] being built: `Value` comes next (`.value(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `MsgExtension` exists only once every required field is given"]
    pub struct MsgExtensionNeedsValue {
        key: ::std::string::String,
    }
    impl MsgExtensionNeedsValue {
        ///Sets `Value`.
        pub fn value(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> MsgExtension {
            MsgExtension {
                key: self.key,
                value: value.into(),
                seq: ::core::option::Option::None,
            }
        }
    }
    impl crate::Validate for MsgExtension {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("Key");
                let v = &self.key;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(100u32),
                    &at,
                )?;
            }
            {
                let at = at.field("Value");
                let v = &self.value;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(1000u32),
                    &at,
                )?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// What a set_key_values call does to a message's extensions.
    ///
    #[doc = concat!(" Wire values: ", "1, 2, 3", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum MsgExtensionOperation {
        /// `1`: Set (add or change) the listed pairs.
        Set,
        /// `2`: Delete the listed pairs.
        Delete,
        /// `3`: Delete every pair of the message.
        Clear,
    }
    impl MsgExtensionOperation {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Set, Self::Delete, Self::Clear];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::Set => 1i64,
                Self::Delete => 2i64,
                Self::Clear => 3i64,
            }
        }
        /// The value for a wire number (aliases included), if listed.
        pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
            match n {
                1i64 => ::core::option::Option::Some(Self::Set),
                2i64 => ::core::option::Option::Some(Self::Delete),
                3i64 => ::core::option::Option::Some(Self::Clear),
                _ => ::core::option::Option::None,
            }
        }
    }
    impl ::core::fmt::Display for MsgExtensionOperation {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for MsgExtensionOperation {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for MsgExtensionOperation {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Self::from_wire(n)
                .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::invalid_value(
                    crate::__private::serde::de::Unexpected::Signed(n),
                    &concat!("one of ", "1, 2, 3"),
                ))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for MsgExtensionOperation {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("MsgExtensionOperation")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "enum" : [1, 2, 3] }
            )
        }
    }
    impl crate::Validate for MsgExtensionOperation {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The outcome for one pair of a set_key_values call: 0 or the code of its failure (23001 on a stale Seq), and the pair as it now stands.
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
    pub struct MsgExtensionResult {
        /// 0, or why this pair was not changed.
        ///
        /// Wire name `ErrorCode`. Required. Example: `0`.
        #[serde(rename = "ErrorCode")]
        pub error_code: i64,
        /// The pair with its current version.
        ///
        /// Wire name `Extension`. Required. Limits: see [`MsgExtension`].
        #[serde(rename = "Extension")]
        pub extension: MsgExtension,
    }
    impl MsgExtensionResult {
        ///Creates a value from its required fields (`error_code`, `extension`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(error_code: i64, extension: MsgExtension) -> Self {
            Self {
                error_code: error_code,
                extension: extension,
            }
        }
    }
    impl crate::Validate for MsgExtensionResult {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("Extension");
                let v = &self.extension;
                crate::Validate::validate_at(v, &at)?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// How a member receives the group's messages.
    ///
    #[doc = concat!(
        " Wire values: ", "\"AcceptAndNotify\", \"AcceptNotNotify\", \"Discard\"", "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum MsgFlag {
        /// `"AcceptAndNotify"`: Messages are delivered and pushed as notifications.
        AcceptAndNotify,
        /// `"AcceptNotNotify"`: Messages are delivered without notifications (no offline push).
        AcceptNotNotify,
        /// `"Discard"`: The member blocks the group's messages; nothing is delivered.
        Discard,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl MsgFlag {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::AcceptAndNotify,
            Self::AcceptNotNotify,
            Self::Discard,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::AcceptAndNotify => "AcceptAndNotify",
                Self::AcceptNotNotify => "AcceptNotNotify",
                Self::Discard => "Discard",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "AcceptAndNotify" => Self::AcceptAndNotify,
                "AcceptNotNotify" => Self::AcceptNotNotify,
                "Discard" => Self::Discard,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for MsgFlag {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for MsgFlag {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for MsgFlag {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for MsgFlag {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("MsgFlag")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["AcceptAndNotify", "AcceptNotNotify",
                "Discard"] }
            )
        }
    }
    impl crate::Validate for MsgFlag {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A member's name card in one group (the name shown there): at most 50 bytes.
    pub type NameCard = ::std::string::String;
    /// How a message is presented as an offline push notification (APNs and the Android vendor channels), shared by one-to-one and group messages. Field names follow the samples of the REST pages and the published Message Formats page (not in the docs snapshot); vendor fields the service adds later are dropped on decoding.
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
    pub struct OfflinePushInfo {
        /// Whether the message is pushed to offline devices.
        ///
        /// Wire name `PushFlag`. Optional. The service assumes `0` when absent.
        #[serde(rename = "PushFlag", default, skip_serializing_if = "Option::is_none")]
        pub push_flag: ::core::option::Option<OfflinePushInfoPushFlag>,
        /// The notification title (all platforms).
        ///
        /// Wire name `Title`. Optional. Example: `"Title"`.
        #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
        pub title: ::core::option::Option<::std::string::String>,
        /// The text of the notification.
        ///
        /// Wire name `Desc`. Optional. Example: `"Content to push offline"`.
        #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
        pub desc: ::core::option::Option<::std::string::String>,
        /// Data passed through to the app with the notification.
        ///
        /// Wire name `Ext`. Optional. Example: `"Passthrough content"`.
        #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
        pub ext: ::core::option::Option<::std::string::String>,
        /// Android-specific settings.
        ///
        /// Wire name `AndroidInfo`. Optional.
        #[serde(
            rename = "AndroidInfo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub android_info: ::core::option::Option<AndroidPushInfo>,
        /// APNs (iOS) settings.
        ///
        /// Wire name `ApnsInfo`. Optional.
        #[serde(rename = "ApnsInfo", default, skip_serializing_if = "Option::is_none")]
        pub apns_info: ::core::option::Option<ApnsPushInfo>,
    }
    impl OfflinePushInfo {
        ///Creates a value with every optional field unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Self {
                push_flag: ::core::option::Option::None,
                title: ::core::option::Option::None,
                desc: ::core::option::Option::None,
                ext: ::core::option::Option::None,
                android_info: ::core::option::Option::None,
                apns_info: ::core::option::Option::None,
            }
        }
        ///Sets `PushFlag`: Whether the message is pushed to offline devices.
        #[must_use]
        pub fn push_flag(mut self, value: OfflinePushInfoPushFlag) -> Self {
            self.push_flag = ::core::option::Option::Some(value);
            self
        }
        ///Sets `Title`: The notification title (all platforms).
        #[must_use]
        pub fn title(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.title = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `Desc`: The text of the notification.
        #[must_use]
        pub fn desc(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.desc = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `Ext`: Data passed through to the app with the notification.
        #[must_use]
        pub fn ext(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.ext = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `AndroidInfo`: Android-specific settings.
        #[must_use]
        pub fn android_info(mut self, value: AndroidPushInfo) -> Self {
            self.android_info = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ApnsInfo`: APNs (iOS) settings.
        #[must_use]
        pub fn apns_info(mut self, value: ApnsPushInfo) -> Self {
            self.apns_info = ::core::option::Option::Some(value);
            self
        }
    }
    impl crate::Validate for OfflinePushInfo {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A switch written as the strings On and Off; the field says what it switches (MuteAllMember: whether the whole group is muted).
    ///
    #[doc = concat!(" Wire values: ", "\"On\", \"Off\"", ".")]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum OnOff {
        /// `"On"`: Switched on.
        On,
        /// `"Off"`: Switched off.
        Off,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl OnOff {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::On, Self::Off];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::On => "On",
                Self::Off => "Off",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "On" => Self::On,
                "Off" => Self::Off,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for OnOff {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for OnOff {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for OnOff {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for OnOff {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("OnOff")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["On", "Off"] }
            )
        }
    }
    impl crate::Validate for OnOff {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The login state of one queried account, with its per-platform states when detail was asked for.
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
    pub struct OnlineStateResult {
        /// The account.
        ///
        /// Wire name `To_Account`. Required. Example: `"id1"`.
        #[serde(rename = "To_Account")]
        pub to_account: ::std::string::String,
        /// The account's overall state: Online if any device is online.
        ///
        /// Wire name `State`. Required. Limits: see [`LoginState`]. Example: `"Online"`.
        #[serde(rename = "State")]
        pub state: LoginState,
        /// Per-platform states, when IsNeedDetail was 1 and the account is logged in somewhere.
        ///
        /// Wire name `Detail`. Optional.
        #[serde(rename = "Detail", default, skip_serializing_if = "Option::is_none")]
        pub detail: ::core::option::Option<::std::vec::Vec<PlatformState>>,
    }
    impl OnlineStateResult {
        ///Creates a value from its required fields (`to_account`, `state`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            to_account: impl ::core::convert::Into<::std::string::String>,
            state: LoginState,
        ) -> Self {
            Self {
                to_account: to_account.into(),
                state: state,
                detail: ::core::option::Option::None,
            }
        }
        ///Sets `Detail`: Per-platform states, when IsNeedDetail was 1 and the account is logged in somewhere.
        #[must_use]
        pub fn detail(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = PlatformState>,
        ) -> Self {
            self.detail = ::core::option::Option::Some(value.into_iter().collect());
            self
        }
    }
    impl crate::Validate for OnlineStateResult {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// One profile field of a user: a Tag and a Value whose type depends on the tag (strings up to 500 bytes, string enums, integers). Standard fields are typed; custom fields (Tag_Profile_Custom_*, configured in the console) and standard ones added later are kept as raw JSON. A value longer than 500 bytes is refused (40601).
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum ProfileItem {
        /// `"Tag_Profile_IM_Nick"`: Nickname, at most 500 bytes.
        Nick(::std::string::String),
        /// `"Tag_Profile_IM_Gender"`: Gender.
        Gender(Gender),
        /// `"Tag_Profile_IM_BirthDay"`: Birthday as an integer such as 19980101.
        BirthDay(u32),
        /// `"Tag_Profile_IM_Location"`: Location, at most 500 bytes (the profile page suggests an encoding of country, province, city and district).
        Location(::std::string::String),
        /// `"Tag_Profile_IM_SelfSignature"`: Status message, at most 500 bytes.
        SelfSignature(::std::string::String),
        /// `"Tag_Profile_IM_AllowType"`: How friend requests are handled.
        AllowType(AllowType),
        /// `"Tag_Profile_IM_Language"`: Language, as an integer the app assigns.
        Language(u32),
        /// `"Tag_Profile_IM_Image"`: URL of the profile photo, at most 500 bytes.
        Image(::std::string::String),
        /// `"Tag_Profile_IM_MsgSettings"`: Message settings as bits (bit 0 set: no offline push).
        MsgSettings(u32),
        /// `"Tag_Profile_IM_AdminForbidType"`: Whether the admin forbids the user to send friend requests.
        AdminForbidType(AdminForbidType),
        /// `"Tag_Profile_IM_Level"`: Level, as an integer the app assigns.
        Level(u32),
        /// `"Tag_Profile_IM_Role"`: Role, as an integer the app assigns.
        Role(u32),
        /// A variant this spec does not describe, kept as the raw JSON object.
        Other(crate::__private::serde_json::Value),
    }
    impl ProfileItem {
        /// The discriminator value of this variant.
        pub fn tag(&self) -> crate::__private::serde_json::Value {
            match self {
                Self::Nick(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_Nick")
                }
                Self::Gender(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_Gender")
                }
                Self::BirthDay(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_BirthDay")
                }
                Self::Location(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_Location")
                }
                Self::SelfSignature(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_SelfSignature")
                }
                Self::AllowType(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_AllowType")
                }
                Self::Language(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_Language")
                }
                Self::Image(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_Image")
                }
                Self::MsgSettings(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_MsgSettings")
                }
                Self::AdminForbidType(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_AdminForbidType")
                }
                Self::Level(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_Level")
                }
                Self::Role(_) => {
                    crate::__private::serde_json::json!("Tag_Profile_IM_Role")
                }
                Self::Other(value) => {
                    value
                        .get("Tag")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null)
                }
            }
        }
    }
    impl crate::__private::serde::Serialize for ProfileItem {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            match self {
                Self::Nick(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_Nick",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Gender(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_Gender",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::BirthDay(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_BirthDay",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Location(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_Location",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::SelfSignature(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_SelfSignature",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::AllowType(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_AllowType",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Language(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_Language",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Image(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_Image",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::MsgSettings(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_MsgSettings",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::AdminForbidType(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_AdminForbidType",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Level(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_Level",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Role(inner) => {
                    let mut map = crate::__private::serde::Serializer::serialize_map(
                        serializer,
                        ::core::option::Option::Some(2),
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Tag",
                        &"Tag_Profile_IM_Role",
                    )?;
                    crate::__private::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "Value",
                        inner,
                    )?;
                    crate::__private::serde::ser::SerializeMap::end(map)
                }
                Self::Other(value) => {
                    crate::__private::serde::Serialize::serialize(value, serializer)
                }
            }
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ProfileItem {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let value = <crate::__private::serde_json::Value as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            match value.get("Tag").and_then(crate::__private::serde_json::Value::as_str)
            {
                ::core::option::Option::Some("Tag_Profile_IM_Nick") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Nick)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_Gender") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Gender)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_BirthDay") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::BirthDay)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_Location") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Location)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_SelfSignature") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::SelfSignature)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_AllowType") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::AllowType)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_Language") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Language)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_Image") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Image)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_MsgSettings") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::MsgSettings)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_AdminForbidType") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::AdminForbidType)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_Level") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Level)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                ::core::option::Option::Some("Tag_Profile_IM_Role") => {
                    let content = value
                        .get("Value")
                        .cloned()
                        .unwrap_or(crate::__private::serde_json::Value::Null);
                    crate::__private::serde_json::from_value(content)
                        .map(Self::Role)
                        .map_err(
                            <D::Error as crate::__private::serde::de::Error>::custom,
                        )
                }
                _ => ::core::result::Result::Ok(Self::Other(value)),
            }
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for ProfileItem {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ProfileItem")
        }
        fn json_schema(
            generator: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            let variants: ::std::vec::Vec<crate::__private::schemars::Schema> = ::std::vec![
                crate ::__private::schemars::json_schema!({ "type" : "object",
                "properties" : { "Tag" : { "const" : "Tag_Profile_IM_Nick" }, "Value" :
                ({ let mut s = generator.subschema_for:: < ::std::string::String > (); s
                .insert("maxLength".into(), crate
                ::__private::serde_json::json!(500u32)); s }) }, "required" : ["Tag",
                "Value"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "Tag" : { "const" : "Tag_Profile_IM_Gender" },
                "Value" : generator.subschema_for:: < Gender > () }, "required" : ["Tag",
                "Value"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "Tag" : { "const" : "Tag_Profile_IM_BirthDay"
                }, "Value" : generator.subschema_for:: < u32 > () }, "required" : ["Tag",
                "Value"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "Tag" : { "const" : "Tag_Profile_IM_Location"
                }, "Value" : ({ let mut s = generator.subschema_for:: <
                ::std::string::String > (); s.insert("maxLength".into(), crate
                ::__private::serde_json::json!(500u32)); s }) }, "required" : ["Tag",
                "Value"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "Tag" : { "const" :
                "Tag_Profile_IM_SelfSignature" }, "Value" : ({ let mut s = generator
                .subschema_for:: < ::std::string::String > (); s.insert("maxLength"
                .into(), crate ::__private::serde_json::json!(500u32)); s }) },
                "required" : ["Tag", "Value"] }), crate
                ::__private::schemars::json_schema!({ "type" : "object", "properties" : {
                "Tag" : { "const" : "Tag_Profile_IM_AllowType" }, "Value" : generator
                .subschema_for:: < AllowType > () }, "required" : ["Tag", "Value"] }),
                crate ::__private::schemars::json_schema!({ "type" : "object",
                "properties" : { "Tag" : { "const" : "Tag_Profile_IM_Language" }, "Value"
                : generator.subschema_for:: < u32 > () }, "required" : ["Tag", "Value"]
                }), crate ::__private::schemars::json_schema!({ "type" : "object",
                "properties" : { "Tag" : { "const" : "Tag_Profile_IM_Image" }, "Value" :
                ({ let mut s = generator.subschema_for:: < ::std::string::String > (); s
                .insert("maxLength".into(), crate
                ::__private::serde_json::json!(500u32)); s }) }, "required" : ["Tag",
                "Value"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "Tag" : { "const" :
                "Tag_Profile_IM_MsgSettings" }, "Value" : generator.subschema_for:: < u32
                > () }, "required" : ["Tag", "Value"] }), crate
                ::__private::schemars::json_schema!({ "type" : "object", "properties" : {
                "Tag" : { "const" : "Tag_Profile_IM_AdminForbidType" }, "Value" :
                generator.subschema_for:: < AdminForbidType > () }, "required" : ["Tag",
                "Value"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "Tag" : { "const" : "Tag_Profile_IM_Level" },
                "Value" : generator.subschema_for:: < u32 > () }, "required" : ["Tag",
                "Value"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "Tag" : { "const" : "Tag_Profile_IM_Role" },
                "Value" : generator.subschema_for:: < u32 > () }, "required" : ["Tag",
                "Value"] }), crate ::__private::schemars::json_schema!({ "type" :
                "object", "properties" : { "Tag" : { "not" : { "enum" :
                ["Tag_Profile_IM_Nick", "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay", "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature", "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language", "Tag_Profile_IM_Image",
                "Tag_Profile_IM_MsgSettings", "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level", "Tag_Profile_IM_Role"] } } }, "required" :
                ["Tag"] })
            ];
            crate::__private::schemars::json_schema!({ "anyOf" : variants })
        }
    }
    impl crate::Validate for ProfileItem {
        #[allow(unused_variables, clippy::match_single_binding)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            match self {
                Self::Nick(v) => {
                    let at = at.field("Value");
                    crate::__private::check_bytes(
                        v,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(500u32),
                        &at,
                    )?;
                    ::core::result::Result::Ok(())
                }
                Self::Gender(v) => {
                    let at = at.field("Value");
                    ::core::result::Result::Ok(())
                }
                Self::BirthDay(v) => {
                    let at = at.field("Value");
                    ::core::result::Result::Ok(())
                }
                Self::Location(v) => {
                    let at = at.field("Value");
                    crate::__private::check_bytes(
                        v,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(500u32),
                        &at,
                    )?;
                    ::core::result::Result::Ok(())
                }
                Self::SelfSignature(v) => {
                    let at = at.field("Value");
                    crate::__private::check_bytes(
                        v,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(500u32),
                        &at,
                    )?;
                    ::core::result::Result::Ok(())
                }
                Self::AllowType(v) => {
                    let at = at.field("Value");
                    ::core::result::Result::Ok(())
                }
                Self::Language(v) => {
                    let at = at.field("Value");
                    ::core::result::Result::Ok(())
                }
                Self::Image(v) => {
                    let at = at.field("Value");
                    crate::__private::check_bytes(
                        v,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(500u32),
                        &at,
                    )?;
                    ::core::result::Result::Ok(())
                }
                Self::MsgSettings(v) => {
                    let at = at.field("Value");
                    ::core::result::Result::Ok(())
                }
                Self::AdminForbidType(v) => {
                    let at = at.field("Value");
                    ::core::result::Result::Ok(())
                }
                Self::Level(v) => {
                    let at = at.field("Value");
                    ::core::result::Result::Ok(())
                }
                Self::Role(v) => {
                    let at = at.field("Value");
                    ::core::result::Result::Ok(())
                }
                Self::Other(_) => ::core::result::Result::Ok(()),
            }
        }
    }
    /// The tag of a profile field: a standard field of Chat (Tag_Profile_IM_*) or a custom one configured in the console (Tag_Profile_Custom_*, kept as the unknown value). Open.
    ///
    #[doc = concat!(
        " Wire values: ",
        "\"Tag_Profile_IM_Nick\", \"Tag_Profile_IM_Gender\", \"Tag_Profile_IM_BirthDay\", \"Tag_Profile_IM_Location\", \"Tag_Profile_IM_SelfSignature\", \"Tag_Profile_IM_AllowType\", \"Tag_Profile_IM_Language\", \"Tag_Profile_IM_Image\", \"Tag_Profile_IM_MsgSettings\", \"Tag_Profile_IM_AdminForbidType\", \"Tag_Profile_IM_Level\", \"Tag_Profile_IM_Role\"",
        "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ProfileTag {
        /// `"Tag_Profile_IM_Nick"`: Nickname.
        Nick,
        /// `"Tag_Profile_IM_Gender"`: Gender.
        Gender,
        /// `"Tag_Profile_IM_BirthDay"`: Birthday (an integer such as 19980101).
        BirthDay,
        /// `"Tag_Profile_IM_Location"`: Location.
        Location,
        /// `"Tag_Profile_IM_SelfSignature"`: Status message.
        SelfSignature,
        /// `"Tag_Profile_IM_AllowType"`: How friend requests are handled.
        AllowType,
        /// `"Tag_Profile_IM_Language"`: Language (an integer).
        Language,
        /// `"Tag_Profile_IM_Image"`: Profile photo URL.
        Image,
        /// `"Tag_Profile_IM_MsgSettings"`: Message settings (bit 0: no offline push).
        MsgSettings,
        /// `"Tag_Profile_IM_AdminForbidType"`: Whether the admin forbids the account to send friend requests.
        AdminForbidType,
        /// `"Tag_Profile_IM_Level"`: Level (an integer).
        Level,
        /// `"Tag_Profile_IM_Role"`: Role (an integer).
        Role,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl ProfileTag {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::Nick,
            Self::Gender,
            Self::BirthDay,
            Self::Location,
            Self::SelfSignature,
            Self::AllowType,
            Self::Language,
            Self::Image,
            Self::MsgSettings,
            Self::AdminForbidType,
            Self::Level,
            Self::Role,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Nick => "Tag_Profile_IM_Nick",
                Self::Gender => "Tag_Profile_IM_Gender",
                Self::BirthDay => "Tag_Profile_IM_BirthDay",
                Self::Location => "Tag_Profile_IM_Location",
                Self::SelfSignature => "Tag_Profile_IM_SelfSignature",
                Self::AllowType => "Tag_Profile_IM_AllowType",
                Self::Language => "Tag_Profile_IM_Language",
                Self::Image => "Tag_Profile_IM_Image",
                Self::MsgSettings => "Tag_Profile_IM_MsgSettings",
                Self::AdminForbidType => "Tag_Profile_IM_AdminForbidType",
                Self::Level => "Tag_Profile_IM_Level",
                Self::Role => "Tag_Profile_IM_Role",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Tag_Profile_IM_Nick" => Self::Nick,
                "Tag_Profile_IM_Gender" => Self::Gender,
                "Tag_Profile_IM_BirthDay" => Self::BirthDay,
                "Tag_Profile_IM_Location" => Self::Location,
                "Tag_Profile_IM_SelfSignature" => Self::SelfSignature,
                "Tag_Profile_IM_AllowType" => Self::AllowType,
                "Tag_Profile_IM_Language" => Self::Language,
                "Tag_Profile_IM_Image" => Self::Image,
                "Tag_Profile_IM_MsgSettings" => Self::MsgSettings,
                "Tag_Profile_IM_AdminForbidType" => Self::AdminForbidType,
                "Tag_Profile_IM_Level" => Self::Level,
                "Tag_Profile_IM_Role" => Self::Role,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for ProfileTag {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for ProfileTag {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for ProfileTag {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for ProfileTag {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ProfileTag")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender", "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location", "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType", "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image", "Tag_Profile_IM_MsgSettings",
                "Tag_Profile_IM_AdminForbidType", "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role"] }
            )
        }
    }
    impl crate::Validate for ProfileTag {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The name the app gives one of its user attributes for all-member push (an app has at most 10). Not empty, at most 50 bytes.
    pub type PushAttrName = ::std::string::String;
    /// The app's all-member push attribute names by attribute number: the keys are the numbers "0" to "9" as strings, the values the names.
    pub type PushAttrNames = ::std::collections::BTreeMap<
        ::std::string::String,
        PushAttrName,
    >;
    /// A user's value of one all-member push attribute: at most 50 bytes.
    pub type PushAttrValue = ::std::string::String;
    /// All-member push attribute values by attribute name (a name set with im_set_attr_name); an app has at most 10 attributes.
    pub type PushAttrs = ::std::collections::BTreeMap<
        ::std::string::String,
        PushAttrValue,
    >;
    /// A user tag of all-member push: a label the app gives users so that a push can select them. Not empty, at most 50 bytes.
    pub type PushTag = ::std::string::String;
    /// An effect of sending that a message leaves out, for that message only (the send calls' SendMsgControl list). Group sends document NoLastMsg and NoUnread; one-to-one sends add WithMuteNotifications. Open: the service adds values.
    ///
    #[doc = concat!(
        " Wire values: ", "\"NoLastMsg\", \"NoUnread\", \"WithMuteNotifications\"", "."
    )]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum SendMsgControl {
        /// `"NoLastMsg"`: Do not update the conversation (its last message).
        NoLastMsg,
        /// `"NoUnread"`: Do not count the message as unread.
        NoUnread,
        /// `"WithMuteNotifications"`: One-to-one only: deliver it with the recipient's notifications muted for it.
        WithMuteNotifications,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl SendMsgControl {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::NoLastMsg,
            Self::NoUnread,
            Self::WithMuteNotifications,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::NoLastMsg => "NoLastMsg",
                Self::NoUnread => "NoUnread",
                Self::WithMuteNotifications => "WithMuteNotifications",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "NoLastMsg" => Self::NoLastMsg,
                "NoUnread" => Self::NoUnread,
                "WithMuteNotifications" => Self::WithMuteNotifications,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for SendMsgControl {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for SendMsgControl {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for SendMsgControl {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for SendMsgControl {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("SendMsgControl")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["NoLastMsg", "NoUnread",
                "WithMuteNotifications"] }
            )
        }
    }
    impl crate::Validate for SendMsgControl {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Whether a change of a group's members is announced to the group: 0 announces it, 1 keeps it quiet.
    ///
    #[doc = concat!(" Wire values: ", "0, 1", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Silence {
        /// `0`: The members are told, with a group system notification.
        Notify,
        /// `1`: The change is not announced to the group.
        Silent,
    }
    impl Silence {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Notify, Self::Silent];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::Notify => 0i64,
                Self::Silent => 1i64,
            }
        }
        /// The value for a wire number (aliases included), if listed.
        pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
            match n {
                0i64 => ::core::option::Option::Some(Self::Notify),
                1i64 => ::core::option::Option::Some(Self::Silent),
                _ => ::core::option::Option::None,
            }
        }
    }
    impl ::core::fmt::Display for Silence {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for Silence {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for Silence {
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
    impl crate::__private::schemars::JsonSchema for Silence {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("Silence")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "enum" : [0, 1] }
            )
        }
    }
    impl crate::Validate for Silence {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Where a friend request came from: the fixed prefix AddSource_Type_ followed by a keyword the app chooses (at most 8 bytes by the relationship chain page, so at most 23 bytes in all).
    pub type SnsAddSource = ::std::string::String;
    /// Whether deleting a friend removes only the caller's side of the relation or both sides.
    ///
    #[doc = concat!(
        " Wire values: ", "\"Delete_Type_Single\", \"Delete_Type_Both\"", "."
    )]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SnsDeleteType {
        /// `"Delete_Type_Single"`: Only From_Account's friend entry goes; the other account may keep From_Account as a friend.
        Single,
        /// `"Delete_Type_Both"`: Both accounts stop being each other's friends.
        Both,
    }
    impl SnsDeleteType {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Single, Self::Both];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Single => "Delete_Type_Single",
                Self::Both => "Delete_Type_Both",
            }
        }
        /// The value for a wire string (aliases included), if listed.
        pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
            match s {
                "Delete_Type_Single" => ::core::option::Option::Some(Self::Single),
                "Delete_Type_Both" => ::core::option::Option::Some(Self::Both),
                _ => ::core::option::Option::None,
            }
        }
    }
    impl ::core::fmt::Display for SnsDeleteType {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for SnsDeleteType {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for SnsDeleteType {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Self::from_wire(&s)
                .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                    &s,
                    &["Delete_Type_Single", "Delete_Type_Both"],
                ))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for SnsDeleteType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("SnsDeleteType")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "enum" : ["Delete_Type_Single", "Delete_Type_Both"]
                }
            )
        }
    }
    impl crate::Validate for SnsDeleteType {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// One friend field as a tag and its value: a standard field (Tag_SNS_IM_Remark, Tag_SNS_IM_Group, Tag_SNS_IM_AddSource, Tag_SNS_IM_AddWording, Tag_SNS_IM_AddTime, Tag_SNS_IM_RemarkTime) or a custom one (Tag_SNS_Custom_*, configured in the console). Reads that mix profile fields in (friend_get_list) use the same pair.
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
    pub struct SnsItem {
        /// The field's tag.
        ///
        /// Wire name `Tag`. Required. Example: `"Tag_SNS_IM_Remark"`.
        #[serde(rename = "Tag")]
        pub tag: ::std::string::String,
        /// The field's value, of the type the tag takes.
        ///
        /// Wire name `Value`. Required. Limits: see [`SnsValue`]. Example: `"remark1"`.
        #[serde(rename = "Value")]
        pub value: SnsValue,
    }
    impl SnsItem {
        ///Creates a value from its required fields (`tag`, `value`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            tag: impl ::core::convert::Into<::std::string::String>,
            value: SnsValue,
        ) -> Self {
            Self {
                tag: tag.into(),
                value: value,
            }
        }
    }
    impl crate::Validate for SnsItem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The value of a friend field (a Tag_SNS_* tag, or a profile tag read with friend data): text (remark, add source, custom string fields), an integer (add time, custom integer fields) or a list of names (the friend lists of Tag_SNS_IM_Group).
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
    #[serde(untagged)]
    pub enum SnsValue {
        ///The value as Text.
        Text(::std::string::String),
        ///The value as Integer.
        Integer(i64),
        ///The value as List.
        List(::std::vec::Vec<::std::string::String>),
    }
    impl crate::Validate for SnsValue {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            match self {
                Self::Text(v) => {
                    let at = *at;
                    ::core::result::Result::Ok(())
                }
                Self::Integer(v) => {
                    let at = *at;
                    ::core::result::Result::Ok(())
                }
                Self::List(v) => {
                    let at = *at;
                    ::core::result::Result::Ok(())
                }
            }
        }
    }
    /// Whether a one-to-one message sent by the admin on behalf of From_Account is also synchronised to that sender's own devices and history. Absent: stored in the sender's history without reaching its online devices.
    ///
    #[doc = concat!(" Wire values: ", "1, 2", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SyncOtherMachine {
        /// `1`: Synchronise to the sender's online devices and history.
        Sync,
        /// `2`: Do not synchronise to the sender.
        NoSync,
    }
    impl SyncOtherMachine {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Sync, Self::NoSync];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::Sync => 1i64,
                Self::NoSync => 2i64,
            }
        }
        /// The value for a wire number (aliases included), if listed.
        pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
            match n {
                1i64 => ::core::option::Option::Some(Self::Sync),
                2i64 => ::core::option::Option::Some(Self::NoSync),
                _ => ::core::option::Option::None,
            }
        }
    }
    impl ::core::fmt::Display for SyncOtherMachine {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for SyncOtherMachine {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for SyncOtherMachine {
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
    impl crate::__private::schemars::JsonSchema for SyncOtherMachine {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("SyncOtherMachine")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "enum" : [1, 2] }
            )
        }
    }
    impl crate::Validate for SyncOtherMachine {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The profile of a topic of a community, as get_topic answers it. Only the fields the request's filter asks for are present, besides the IDs.
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
    pub struct TopicInfo {
        /// The topic's ID.
        ///
        /// Wire name `TopicId`. Optional. Example: `"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5"`.
        #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
        pub topic_id: ::core::option::Option<::std::string::String>,
        /// The ID of the community the topic belongs to (spelt GroupID here, unlike the GroupId of requests).
        ///
        /// Wire name `GroupID`. Optional. Example: `"@TGS#_@TGS#cQVLVHIM62CJ"`.
        #[serde(rename = "GroupID", default, skip_serializing_if = "Option::is_none")]
        pub group_id: ::core::option::Option<::std::string::String>,
        /// The topic's name.
        ///
        /// Wire name `TopicName`. Optional. Example: `"TestTopicName"`.
        #[serde(rename = "TopicName", default, skip_serializing_if = "Option::is_none")]
        pub topic_name: ::core::option::Option<::std::string::String>,
        /// URL of the topic's profile photo.
        ///
        /// Wire name `FaceUrl`. Optional. Example: `"http://this.is.new.face.url"`.
        #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
        pub face_url: ::core::option::Option<::std::string::String>,
        /// The topic's notice.
        ///
        /// Wire name `Notification`. Optional. Example: `"Notification"`.
        #[serde(
            rename = "Notification",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notification: ::core::option::Option<::std::string::String>,
        /// The topic's introduction.
        ///
        /// Wire name `Introduction`. Optional. Example: `"Introduction"`.
        #[serde(
            rename = "Introduction",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub introduction: ::core::option::Option<::std::string::String>,
        /// The topic's custom string.
        ///
        /// Wire name `CustomString`. Optional. Example: `"This is a customs string."`.
        #[serde(
            rename = "CustomString",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_string: ::core::option::Option<::std::string::String>,
        /// Whether every ordinary member of the topic is muted.
        ///
        /// Wire name `MuteAllMember`. Optional. Limits: see [`OnOff`]. Example: `"Off"`.
        #[serde(
            rename = "MuteAllMember",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub mute_all_member: ::core::option::Option<OnOff>,
        /// When the topic was created.
        ///
        /// Wire name `CreateTime`. Optional. Limits: see [`UnixTime`]. Example: `1658839448`.
        #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
        pub create_time: ::core::option::Option<UnixTime>,
        /// When the topic's last message was sent; 0 when none was.
        ///
        /// Wire name `LastMsgTime`. Optional. Limits: see [`UnixTime`]. Example: `0`.
        #[serde(
            rename = "LastMsgTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_msg_time: ::core::option::Option<UnixTime>,
        /// The sequence number the topic's next message will get.
        ///
        /// Wire name `NextMsgSeq`. Optional. Example: `1`.
        #[serde(rename = "NextMsgSeq", default, skip_serializing_if = "Option::is_none")]
        pub next_msg_seq: ::core::option::Option<u64>,
    }
    impl TopicInfo {
        ///Creates a value with every optional field unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Self {
                topic_id: ::core::option::Option::None,
                group_id: ::core::option::Option::None,
                topic_name: ::core::option::Option::None,
                face_url: ::core::option::Option::None,
                notification: ::core::option::Option::None,
                introduction: ::core::option::Option::None,
                custom_string: ::core::option::Option::None,
                mute_all_member: ::core::option::Option::None,
                create_time: ::core::option::Option::None,
                last_msg_time: ::core::option::Option::None,
                next_msg_seq: ::core::option::Option::None,
            }
        }
        ///Sets `TopicId`: The topic's ID.
        #[must_use]
        pub fn topic_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.topic_id = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `GroupID`: The ID of the community the topic belongs to (spelt GroupID here, unlike the GroupId of requests).
        #[must_use]
        pub fn group_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.group_id = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `TopicName`: The topic's name.
        #[must_use]
        pub fn topic_name(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.topic_name = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `FaceUrl`: URL of the topic's profile photo.
        #[must_use]
        pub fn face_url(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.face_url = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `Notification`: The topic's notice.
        #[must_use]
        pub fn notification(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.notification = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `Introduction`: The topic's introduction.
        #[must_use]
        pub fn introduction(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.introduction = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `CustomString`: The topic's custom string.
        #[must_use]
        pub fn custom_string(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.custom_string = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `MuteAllMember`: Whether every ordinary member of the topic is muted.
        #[must_use]
        pub fn mute_all_member(mut self, value: OnOff) -> Self {
            self.mute_all_member = ::core::option::Option::Some(value);
            self
        }
        ///Sets `CreateTime`: When the topic was created.
        #[must_use]
        pub fn create_time(mut self, value: UnixTime) -> Self {
            self.create_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `LastMsgTime`: When the topic's last message was sent; 0 when none was.
        #[must_use]
        pub fn last_msg_time(mut self, value: UnixTime) -> Self {
            self.last_msg_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `NextMsgSeq`: The sequence number the topic's next message will get.
        #[must_use]
        pub fn next_msg_seq(mut self, value: u64) -> Self {
            self.next_msg_seq = ::core::option::Option::Some(value);
            self
        }
    }
    impl crate::Validate for TopicInfo {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// What one member's standing in a topic is: muting, read position and message option.
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
    pub struct TopicSelfInfo {
        /// How long the member stays muted in the topic, in seconds; 0 when not muted.
        ///
        /// Wire name `ShutUpTime`. Optional. Example: `0`.
        #[serde(rename = "ShutUpTime", default, skip_serializing_if = "Option::is_none")]
        pub shut_up_time: ::core::option::Option<u32>,
        /// The sequence number of the last message the member has read in the topic.
        ///
        /// Wire name `MsgSeq`. Optional. Example: `0`.
        #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
        pub msg_seq: ::core::option::Option<u64>,
        /// How the member receives the topic's messages.
        ///
        /// Wire name `MsgFlag`. Optional. Limits: see [`MsgFlag`]. Example: `"AcceptAndNotify"`.
        #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
        pub msg_flag: ::core::option::Option<MsgFlag>,
    }
    impl TopicSelfInfo {
        ///Creates a value with every optional field unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Self {
                shut_up_time: ::core::option::Option::None,
                msg_seq: ::core::option::Option::None,
                msg_flag: ::core::option::Option::None,
            }
        }
        ///Sets `ShutUpTime`: How long the member stays muted in the topic, in seconds; 0 when not muted.
        #[must_use]
        pub fn shut_up_time(mut self, value: u32) -> Self {
            self.shut_up_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `MsgSeq`: The sequence number of the last message the member has read in the topic.
        #[must_use]
        pub fn msg_seq(mut self, value: u64) -> Self {
            self.msg_seq = ::core::option::Option::Some(value);
            self
        }
        ///Sets `MsgFlag`: How the member receives the topic's messages.
        #[must_use]
        pub fn msg_flag(mut self, value: MsgFlag) -> Self {
            self.msg_flag = ::core::option::Option::Some(value);
            self
        }
    }
    impl crate::Validate for TopicSelfInfo {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A point in time as whole seconds since 1970-01-01 00:00 UTC, by the service's clock.
    pub type UnixTime = u64;
    /// A UserID as the app imports it: the account's name in Chat, at most 32 bytes.
    pub type UserId = ::std::string::String;
    /// One user's all-member push attributes: the account and its values by attribute name.
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
    pub struct UserPushAttrs {
        /// UserID of the user.
        ///
        /// Wire name `To_Account`. Required. Limits: see [`UserId`]. Example: `"xiaojun012"`.
        #[serde(rename = "To_Account")]
        #[schemars(length(min = 1u32, max = 32u32))]
        pub to_account: UserId,
        /// The user's values by attribute name; empty when the user has none.
        ///
        /// Wire name `Attrs`. Required. Limits: see [`PushAttrs`]. Example: `{"city":"attr2","sex":"attr1"}`.
        #[serde(rename = "Attrs")]
        #[schemars(extend("maxProperties" = 10u32))]
        #[schemars(
            extend("additionalProperties" = {"type":"string", "maxLength":50u32})
        )]
        pub attrs: PushAttrs,
    }
    impl UserPushAttrs {
        ///Creates a value from its required fields (`to_account`, `attrs`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            to_account: impl ::core::convert::Into<::std::string::String>,
            attrs: PushAttrs,
        ) -> Self {
            Self {
                to_account: to_account.into(),
                attrs: attrs,
            }
        }
    }
    impl crate::Validate for UserPushAttrs {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("To_Account");
                let v = &self.to_account;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(32u32),
                    &at,
                )?;
            }
            {
                let at = at.field("Attrs");
                let v = &self.attrs;
                crate::__private::check_entries(
                    v.len(),
                    ::core::option::Option::Some(10u32),
                    &at,
                )?;
                for (k, v) in v.iter() {
                    let at = at.key(k);
                    crate::__private::check_bytes(
                        v,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(50u32),
                        &at,
                    )?;
                }
            }
            ::core::result::Result::Ok(())
        }
    }
    /// One user and some of its all-member push tags, as a call adding or removing tags names them: at most 10 tags per user in one call.
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
    pub struct UserPushTags {
        /// UserID of the user.
        ///
        /// Wire name `To_Account`. Required. Limits: see [`UserId`]. Example: `"xiaojun012"`.
        #[serde(rename = "To_Account")]
        #[schemars(length(min = 1u32, max = 32u32))]
        pub to_account: UserId,
        /// The tags, at most 10.
        ///
        /// Wire name `Tags`. Required. Limits: at most 10 items; one list, not to be split across calls; each item see [`PushTag`]. Example: `["a","b"]`.
        #[serde(rename = "Tags")]
        #[schemars(length(max = 10u32))]
        #[schemars(inner(length(min = 1u32, max = 50u32)))]
        pub tags: ::std::vec::Vec<PushTag>,
    }
    impl UserPushTags {
        ///Creates a value from its required fields (`to_account`, `tags`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            to_account: impl ::core::convert::Into<::std::string::String>,
            tags: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            Self {
                to_account: to_account.into(),
                tags: tags.into_iter().map(::core::convert::Into::into).collect(),
            }
        }
    }
    impl crate::Validate for UserPushTags {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("To_Account");
                let v = &self.to_account;
                crate::__private::check_bytes(
                    v,
                    ::core::option::Option::Some(1u32),
                    ::core::option::Option::Some(32u32),
                    &at,
                )?;
            }
            {
                let at = at.field("Tags");
                let v = &self.tags;
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
                        ::core::option::Option::Some(50u32),
                        &at,
                    )?;
                }
            }
            ::core::result::Result::Ok(())
        }
    }
    /// A switch sent as 0 (no, off) or 1 (yes, on); the field it is used for says what it switches.
    ///
    #[doc = concat!(" Wire values: ", "0, 1", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum YesNo {
        /// `0`: No, off.
        No,
        /// `1`: Yes, on.
        Yes,
        /// A value this spec does not list, kept as sent.
        Other(i64),
    }
    impl YesNo {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::No, Self::Yes];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::No => 0i64,
                Self::Yes => 1i64,
                Self::Other(n) => *n,
            }
        }
        /// The value for a wire number; unlisted numbers become `Other`.
        pub fn from_wire(n: i64) -> Self {
            match n {
                0i64 => Self::No,
                1i64 => Self::Yes,
                n => Self::Other(n),
            }
        }
    }
    impl ::core::fmt::Display for YesNo {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for YesNo {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for YesNo {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(n))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for YesNo {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("YesNo")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "format" : "int64" }
            )
        }
    }
    impl crate::Validate for YesNo {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A text message.
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
    pub struct TextElem {
        /// The message text.
        ///
        /// Wire name `Text`. Required.
        #[serde(rename = "Text")]
        pub text: ::std::string::String,
    }
    impl TextElem {
        ///Creates a value from its required fields (`text`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(text: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { text: text.into() }
        }
    }
    impl crate::Validate for TextElem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A geographic location.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        crate::__private::serde::Serialize,
        crate::__private::serde::Deserialize,
        crate::__private::JsonSchema
    )]
    #[serde(crate = "crate::__private::serde")]
    #[schemars(crate = "crate::__private::schemars")]
    #[non_exhaustive]
    pub struct LocationElem {
        /// A description of the place.
        ///
        /// Wire name `Desc`. Required.
        #[serde(rename = "Desc")]
        pub desc: ::std::string::String,
        /// Latitude in degrees.
        ///
        /// Wire name `Latitude`. Required. Limits: at least -90; at most 90.
        #[serde(rename = "Latitude")]
        #[schemars(range(min = -90.0, max = 90.0))]
        pub latitude: f64,
        /// Longitude in degrees.
        ///
        /// Wire name `Longitude`. Required. Limits: at least -180; at most 180.
        #[serde(rename = "Longitude")]
        #[schemars(range(min = -180.0, max = 180.0))]
        pub longitude: f64,
    }
    impl LocationElem {
        ///Starts building from the required field `Desc`; each further required field is named in turn, `LocationElem::desc(..).latitude(..).longitude(..)`, which gives the value with optional fields unset.
        pub fn desc(
            desc: impl ::core::convert::Into<::std::string::String>,
        ) -> LocationElemNeedsLatitude {
            LocationElemNeedsLatitude {
                desc: desc.into(),
            }
        }
    }
    ///A value of [`LocationElem`] being built: `Latitude` comes next (`.latitude(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `LocationElem` exists only once every required field is given"]
    pub struct LocationElemNeedsLatitude {
        desc: ::std::string::String,
    }
    impl LocationElemNeedsLatitude {
        ///Sets `Latitude`.
        pub fn latitude(self, latitude: f64) -> LocationElemNeedsLongitude {
            LocationElemNeedsLongitude {
                desc: self.desc,
                latitude: latitude,
            }
        }
    }
    ///A value of [`LocationElem`] being built: `Longitude` comes next (`.longitude(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `LocationElem` exists only once every required field is given"]
    pub struct LocationElemNeedsLongitude {
        desc: ::std::string::String,
        latitude: f64,
    }
    impl LocationElemNeedsLongitude {
        ///Sets `Longitude`.
        pub fn longitude(self, longitude: f64) -> LocationElem {
            LocationElem {
                desc: self.desc,
                latitude: self.latitude,
                longitude: longitude,
            }
        }
    }
    impl crate::Validate for LocationElem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            {
                let at = at.field("Latitude");
                let v = &self.latitude;
                crate::__private::check_float(
                    *v,
                    ::core::option::Option::Some(-90f64),
                    ::core::option::Option::Some(90f64),
                    &at,
                )?;
            }
            {
                let at = at.field("Longitude");
                let v = &self.longitude;
                crate::__private::check_float(
                    *v,
                    ::core::option::Option::Some(-180f64),
                    ::core::option::Option::Some(180f64),
                    &at,
                )?;
            }
            ::core::result::Result::Ok(())
        }
    }
    /// An emoji or sticker, identified by the app.
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
    pub struct FaceElem {
        /// The sticker's index, meaningful to the app.
        ///
        /// Wire name `Index`. Required.
        #[serde(rename = "Index")]
        pub index: u32,
        /// Extra data, meaningful to the app.
        ///
        /// Wire name `Data`. Optional.
        #[serde(rename = "Data", default, skip_serializing_if = "Option::is_none")]
        pub data: ::core::option::Option<::std::string::String>,
    }
    impl FaceElem {
        ///Creates a value from its required fields (`index`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(index: u32) -> Self {
            Self {
                index: index,
                data: ::core::option::Option::None,
            }
        }
        ///Sets `Data`: Extra data, meaningful to the app.
        #[must_use]
        pub fn data(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.data = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl crate::Validate for FaceElem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A custom message the app defines.
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
    pub struct CustomElem {
        /// The custom payload.
        ///
        /// Wire name `Data`. Required.
        #[serde(rename = "Data")]
        pub data: ::std::string::String,
        /// Text shown in offline push notifications.
        ///
        /// Wire name `Desc`. Optional.
        #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
        pub desc: ::core::option::Option<::std::string::String>,
        /// Passthrough content of offline push notifications.
        ///
        /// Wire name `Ext`. Optional.
        #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
        pub ext: ::core::option::Option<::std::string::String>,
        /// Custom sound of the offline push notification.
        ///
        /// Wire name `Sound`. Optional.
        #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
        pub sound: ::core::option::Option<::std::string::String>,
    }
    impl CustomElem {
        ///Creates a value from its required fields (`data`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(data: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self {
                data: data.into(),
                desc: ::core::option::Option::None,
                ext: ::core::option::Option::None,
                sound: ::core::option::Option::None,
            }
        }
        ///Sets `Desc`: Text shown in offline push notifications.
        #[must_use]
        pub fn desc(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.desc = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `Ext`: Passthrough content of offline push notifications.
        #[must_use]
        pub fn ext(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.ext = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `Sound`: Custom sound of the offline push notification.
        #[must_use]
        pub fn sound(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.sound = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl crate::Validate for CustomElem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A voice message, stored by the client SDK or the app and referred to by URL.
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
    pub struct SoundElem {
        /// Where the audio can be downloaded.
        ///
        /// Wire name `Url`. Required. Example: `"https://1234-5678-1301.cos.ap-shanghai.myqcloud.com/abc.mp3"`.
        #[serde(rename = "Url")]
        pub url: ::std::string::String,
        /// The audio's unique ID, which clients use as a cache key.
        ///
        /// Wire name `UUID`. Required. Example: `"1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F"`.
        #[serde(rename = "UUID")]
        pub uuid: ::std::string::String,
        /// The audio's size.
        ///
        /// Wire name `Size`. Optional. Limits: in bytes. Example: `62351`.
        #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
        pub size: ::core::option::Option<u32>,
        /// The audio's length.
        ///
        /// Wire name `Second`. Optional. Limits: in seconds. Example: `1`.
        #[serde(rename = "Second", default, skip_serializing_if = "Option::is_none")]
        pub second: ::core::option::Option<u32>,
        /// How clients fetch the audio; 2 (from Url) for messages sent through REST.
        ///
        /// Wire name `Download_Flag`. Optional. Limits: see [`DownloadFlag`]. Example: `2`.
        #[serde(
            rename = "Download_Flag",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub download_flag: ::core::option::Option<DownloadFlag>,
    }
    impl SoundElem {
        ///Starts building from the required field `Url`; each further required field is named in turn, `SoundElem::url(..).uuid(..)`, which gives the value with optional fields unset.
        pub fn url(
            url: impl ::core::convert::Into<::std::string::String>,
        ) -> SoundElemNeedsUuid {
            SoundElemNeedsUuid {
                url: url.into(),
            }
        }
        ///Sets `Size`: The audio's size.
        #[must_use]
        pub fn size(mut self, value: u32) -> Self {
            self.size = ::core::option::Option::Some(value);
            self
        }
        ///Sets `Second`: The audio's length.
        #[must_use]
        pub fn second(mut self, value: u32) -> Self {
            self.second = ::core::option::Option::Some(value);
            self
        }
        ///Sets `Download_Flag`: How clients fetch the audio; 2 (from Url) for messages sent through REST.
        #[must_use]
        pub fn download_flag(mut self, value: DownloadFlag) -> Self {
            self.download_flag = ::core::option::Option::Some(value);
            self
        }
    }
    ///A value of [`SoundElem`] being built: `UUID` comes next (`.uuid(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `SoundElem` exists only once every required field is given"]
    pub struct SoundElemNeedsUuid {
        url: ::std::string::String,
    }
    impl SoundElemNeedsUuid {
        ///Sets `UUID`.
        pub fn uuid(
            self,
            uuid: impl ::core::convert::Into<::std::string::String>,
        ) -> SoundElem {
            SoundElem {
                url: self.url,
                uuid: uuid.into(),
                size: ::core::option::Option::None,
                second: ::core::option::Option::None,
                download_flag: ::core::option::Option::None,
            }
        }
    }
    impl crate::Validate for SoundElem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The image's format.
    ///
    #[doc = concat!(" Wire values: ", "1, 2, 3, 4, 255", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ImageElemImageFormat {
        /// `1`: JPEG.
        Jpg,
        /// `2`: GIF.
        Gif,
        /// `3`: PNG.
        Png,
        /// `4`: BMP.
        Bmp,
        /// `255`: Any other format.
        OtherFormat,
        /// A value this spec does not list, kept as sent.
        Other(i64),
    }
    impl ImageElemImageFormat {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[
            Self::Jpg,
            Self::Gif,
            Self::Png,
            Self::Bmp,
            Self::OtherFormat,
        ];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::Jpg => 1i64,
                Self::Gif => 2i64,
                Self::Png => 3i64,
                Self::Bmp => 4i64,
                Self::OtherFormat => 255i64,
                Self::Other(n) => *n,
            }
        }
        /// The value for a wire number; unlisted numbers become `Other`.
        pub fn from_wire(n: i64) -> Self {
            match n {
                1i64 => Self::Jpg,
                2i64 => Self::Gif,
                3i64 => Self::Png,
                4i64 => Self::Bmp,
                255i64 => Self::OtherFormat,
                n => Self::Other(n),
            }
        }
    }
    impl ::core::fmt::Display for ImageElemImageFormat {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for ImageElemImageFormat {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ImageElemImageFormat {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(n))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for ImageElemImageFormat {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ImageElemImageFormat")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "format" : "int64" }
            )
        }
    }
    impl crate::Validate for ImageElemImageFormat {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Which rendition this is.
    ///
    #[doc = concat!(" Wire values: ", "1, 2, 3", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ImageInfoType {
        /// `1`: The original image.
        Original,
        /// `2`: The large rendition.
        Large,
        /// `3`: The thumbnail.
        Thumbnail,
        /// A value this spec does not list, kept as sent.
        Other(i64),
    }
    impl ImageInfoType {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Original, Self::Large, Self::Thumbnail];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::Original => 1i64,
                Self::Large => 2i64,
                Self::Thumbnail => 3i64,
                Self::Other(n) => *n,
            }
        }
        /// The value for a wire number; unlisted numbers become `Other`.
        pub fn from_wire(n: i64) -> Self {
            match n {
                1i64 => Self::Original,
                2i64 => Self::Large,
                3i64 => Self::Thumbnail,
                n => Self::Other(n),
            }
        }
    }
    impl ::core::fmt::Display for ImageInfoType {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for ImageInfoType {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ImageInfoType {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(n))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for ImageInfoType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ImageInfoType")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "format" : "int64" }
            )
        }
    }
    impl crate::Validate for ImageInfoType {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// The renditions of the image (the page shows all three).
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
    pub struct ImageInfo {
        /// Which rendition this is.
        ///
        /// Wire name `Type`. Required. Example: `1`.
        #[serde(rename = "Type")]
        pub r#type: ImageInfoType,
        /// The rendition's size.
        ///
        /// Wire name `Size`. Optional. Limits: in bytes. Example: `1853095`.
        #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
        pub size: ::core::option::Option<u32>,
        /// The rendition's width in pixels.
        ///
        /// Wire name `Width`. Optional. Example: `2448`.
        #[serde(rename = "Width", default, skip_serializing_if = "Option::is_none")]
        pub width: ::core::option::Option<u32>,
        /// The rendition's height in pixels.
        ///
        /// Wire name `Height`. Optional. Example: `3264`.
        #[serde(rename = "Height", default, skip_serializing_if = "Option::is_none")]
        pub height: ::core::option::Option<u32>,
        /// Where the rendition can be downloaded.
        ///
        /// Wire name `URL`. Required. Example: `"http://xxx/3200490432214177468_144115198371610486_D61040894AC3DE44CDF28B3EC7EB720/0"`.
        #[serde(rename = "URL")]
        pub url: ::std::string::String,
    }
    impl ImageInfo {
        ///Creates a value from its required fields (`type`, `url`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            r#type: ImageInfoType,
            url: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                r#type: r#type,
                url: url.into(),
                size: ::core::option::Option::None,
                width: ::core::option::Option::None,
                height: ::core::option::Option::None,
            }
        }
        ///Sets `Size`: The rendition's size.
        #[must_use]
        pub fn size(mut self, value: u32) -> Self {
            self.size = ::core::option::Option::Some(value);
            self
        }
        ///Sets `Width`: The rendition's width in pixels.
        #[must_use]
        pub fn width(mut self, value: u32) -> Self {
            self.width = ::core::option::Option::Some(value);
            self
        }
        ///Sets `Height`: The rendition's height in pixels.
        #[must_use]
        pub fn height(mut self, value: u32) -> Self {
            self.height = ::core::option::Option::Some(value);
            self
        }
    }
    impl crate::Validate for ImageInfo {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// An image, in up to three renditions (original, large, thumbnail).
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
    pub struct ImageElem {
        /// The image's unique ID, which clients use as a cache key.
        ///
        /// Wire name `UUID`. Required. Example: `"1853095_D61040894AC3DE44CDF28B3EC7EB720"`.
        #[serde(rename = "UUID")]
        pub uuid: ::std::string::String,
        /// The image's format.
        ///
        /// Wire name `ImageFormat`. Optional. Example: `1`.
        #[serde(
            rename = "ImageFormat",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub image_format: ::core::option::Option<ImageElemImageFormat>,
        /// The renditions of the image (the page shows all three).
        ///
        /// Wire name `ImageInfoArray`. Required.
        #[serde(rename = "ImageInfoArray")]
        pub image_info_array: ::std::vec::Vec<ImageInfo>,
    }
    impl ImageElem {
        ///Creates a value from its required fields (`uuid`, `image_info_array`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            uuid: impl ::core::convert::Into<::std::string::String>,
            image_info_array: impl ::core::iter::IntoIterator<Item = ImageInfo>,
        ) -> Self {
            Self {
                uuid: uuid.into(),
                image_info_array: image_info_array.into_iter().collect(),
                image_format: ::core::option::Option::None,
            }
        }
        ///Sets `ImageFormat`: The image's format.
        #[must_use]
        pub fn image_format(mut self, value: ImageElemImageFormat) -> Self {
            self.image_format = ::core::option::Option::Some(value);
            self
        }
    }
    impl crate::Validate for ImageElem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A file, referred to by URL.
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
    pub struct FileElem {
        /// Where the file can be downloaded.
        ///
        /// Wire name `Url`. Required. Example: `"https://1234-5678-1301.cos.ap-shanghai.myqcloud.com/abc.txt"`.
        #[serde(rename = "Url")]
        pub url: ::std::string::String,
        /// The file's unique ID.
        ///
        /// Wire name `UUID`. Required. Example: `"1853095_D61040894AC3DE44CDF28B3EC7EB720"`.
        #[serde(rename = "UUID")]
        pub uuid: ::std::string::String,
        /// The file's size.
        ///
        /// Wire name `FileSize`. Optional. Limits: in bytes. Example: `1773552`.
        #[serde(rename = "FileSize", default, skip_serializing_if = "Option::is_none")]
        pub file_size: ::core::option::Option<u32>,
        /// The file's name, as shown to the user.
        ///
        /// Wire name `FileName`. Optional. Example: `"file:///private/var/Application/tmp/trim.B75D5F9B-1426-4913-8845-90DD46797FCD.MOV"`.
        #[serde(rename = "FileName", default, skip_serializing_if = "Option::is_none")]
        pub file_name: ::core::option::Option<::std::string::String>,
        /// How clients fetch the file; 2 (from Url) for messages sent through REST.
        ///
        /// Wire name `Download_Flag`. Optional. Limits: see [`DownloadFlag`]. Example: `2`.
        #[serde(
            rename = "Download_Flag",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub download_flag: ::core::option::Option<DownloadFlag>,
    }
    impl FileElem {
        ///Starts building from the required field `Url`; each further required field is named in turn, `FileElem::url(..).uuid(..)`, which gives the value with optional fields unset.
        pub fn url(
            url: impl ::core::convert::Into<::std::string::String>,
        ) -> FileElemNeedsUuid {
            FileElemNeedsUuid {
                url: url.into(),
            }
        }
        ///Sets `FileSize`: The file's size.
        #[must_use]
        pub fn file_size(mut self, value: u32) -> Self {
            self.file_size = ::core::option::Option::Some(value);
            self
        }
        ///Sets `FileName`: The file's name, as shown to the user.
        #[must_use]
        pub fn file_name(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.file_name = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `Download_Flag`: How clients fetch the file; 2 (from Url) for messages sent through REST.
        #[must_use]
        pub fn download_flag(mut self, value: DownloadFlag) -> Self {
            self.download_flag = ::core::option::Option::Some(value);
            self
        }
    }
    ///A value of [`FileElem`] being built: `UUID` comes next (`.uuid(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `FileElem` exists only once every required field is given"]
    pub struct FileElemNeedsUuid {
        url: ::std::string::String,
    }
    impl FileElemNeedsUuid {
        ///Sets `UUID`.
        pub fn uuid(
            self,
            uuid: impl ::core::convert::Into<::std::string::String>,
        ) -> FileElem {
            FileElem {
                url: self.url,
                uuid: uuid.into(),
                file_size: ::core::option::Option::None,
                file_name: ::core::option::Option::None,
                download_flag: ::core::option::Option::None,
            }
        }
    }
    impl crate::Validate for FileElem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// A video with its cover thumbnail, both referred to by URL.
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
    pub struct VideoFileElem {
        /// Where the video can be downloaded.
        ///
        /// Wire name `VideoUrl`. Required. Example: `"https://0345-1400187352-1256635546.cos.ap-shanghai.myqcloud.com/abcd/f7c6ad3c50af7d83e23efe0a208b90c9"`.
        #[serde(rename = "VideoUrl")]
        pub video_url: ::std::string::String,
        /// The video's unique ID.
        ///
        /// Wire name `VideoUUID`. Required. Example: `"5da38ba89d6521011e1f6f3fd6692e35"`.
        #[serde(rename = "VideoUUID")]
        pub video_uuid: ::std::string::String,
        /// The video's size.
        ///
        /// Wire name `VideoSize`. Optional. Limits: in bytes. Example: `1194603`.
        #[serde(rename = "VideoSize", default, skip_serializing_if = "Option::is_none")]
        pub video_size: ::core::option::Option<u32>,
        /// The video's length.
        ///
        /// Wire name `VideoSecond`. Optional. Limits: in seconds. Example: `5`.
        #[serde(
            rename = "VideoSecond",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub video_second: ::core::option::Option<u32>,
        /// The video's container format (mp4, ...).
        ///
        /// Wire name `VideoFormat`. Optional. Example: `"mp4"`.
        #[serde(
            rename = "VideoFormat",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub video_format: ::core::option::Option<::std::string::String>,
        /// How clients fetch the video; 2 (from VideoUrl) for messages sent through REST.
        ///
        /// Wire name `VideoDownloadFlag`. Optional. Limits: see [`DownloadFlag`]. Example: `2`.
        #[serde(
            rename = "VideoDownloadFlag",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub video_download_flag: ::core::option::Option<DownloadFlag>,
        /// Where the cover thumbnail can be downloaded.
        ///
        /// Wire name `ThumbUrl`. Optional. Example: `"https://0345-1400187352-1256635546.cos.ap-shanghai.myqcloud.com/abcd/a6c170c9c599280cb06e0523d7a1f37b"`.
        #[serde(rename = "ThumbUrl", default, skip_serializing_if = "Option::is_none")]
        pub thumb_url: ::core::option::Option<::std::string::String>,
        /// The thumbnail's unique ID.
        ///
        /// Wire name `ThumbUUID`. Optional. Example: `"6edaffedef5150684510cf97957b7bc8"`.
        #[serde(rename = "ThumbUUID", default, skip_serializing_if = "Option::is_none")]
        pub thumb_uuid: ::core::option::Option<::std::string::String>,
        /// The thumbnail's size.
        ///
        /// Wire name `ThumbSize`. Optional. Limits: in bytes. Example: `13907`.
        #[serde(rename = "ThumbSize", default, skip_serializing_if = "Option::is_none")]
        pub thumb_size: ::core::option::Option<u32>,
        /// The thumbnail's width in pixels.
        ///
        /// Wire name `ThumbWidth`. Optional. Example: `720`.
        #[serde(rename = "ThumbWidth", default, skip_serializing_if = "Option::is_none")]
        pub thumb_width: ::core::option::Option<u32>,
        /// The thumbnail's height in pixels.
        ///
        /// Wire name `ThumbHeight`. Optional. Example: `1280`.
        #[serde(
            rename = "ThumbHeight",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thumb_height: ::core::option::Option<u32>,
        /// The thumbnail's image format (JPG, ...).
        ///
        /// Wire name `ThumbFormat`. Optional. Example: `"JPG"`.
        #[serde(
            rename = "ThumbFormat",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thumb_format: ::core::option::Option<::std::string::String>,
        /// How clients fetch the thumbnail; 2 (from ThumbUrl) for messages sent through REST.
        ///
        /// Wire name `ThumbDownloadFlag`. Optional. Limits: see [`DownloadFlag`]. Example: `2`.
        #[serde(
            rename = "ThumbDownloadFlag",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thumb_download_flag: ::core::option::Option<DownloadFlag>,
    }
    impl VideoFileElem {
        ///Starts building from the required field `VideoUrl`; each further required field is named in turn, `VideoFileElem::video_url(..).video_uuid(..)`, which gives the value with optional fields unset.
        pub fn video_url(
            video_url: impl ::core::convert::Into<::std::string::String>,
        ) -> VideoFileElemNeedsVideoUuid {
            VideoFileElemNeedsVideoUuid {
                video_url: video_url.into(),
            }
        }
        ///Sets `VideoSize`: The video's size.
        #[must_use]
        pub fn video_size(mut self, value: u32) -> Self {
            self.video_size = ::core::option::Option::Some(value);
            self
        }
        ///Sets `VideoSecond`: The video's length.
        #[must_use]
        pub fn video_second(mut self, value: u32) -> Self {
            self.video_second = ::core::option::Option::Some(value);
            self
        }
        ///Sets `VideoFormat`: The video's container format (mp4, ...).
        #[must_use]
        pub fn video_format(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.video_format = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `VideoDownloadFlag`: How clients fetch the video; 2 (from VideoUrl) for messages sent through REST.
        #[must_use]
        pub fn video_download_flag(mut self, value: DownloadFlag) -> Self {
            self.video_download_flag = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ThumbUrl`: Where the cover thumbnail can be downloaded.
        #[must_use]
        pub fn thumb_url(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.thumb_url = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `ThumbUUID`: The thumbnail's unique ID.
        #[must_use]
        pub fn thumb_uuid(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.thumb_uuid = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `ThumbSize`: The thumbnail's size.
        #[must_use]
        pub fn thumb_size(mut self, value: u32) -> Self {
            self.thumb_size = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ThumbWidth`: The thumbnail's width in pixels.
        #[must_use]
        pub fn thumb_width(mut self, value: u32) -> Self {
            self.thumb_width = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ThumbHeight`: The thumbnail's height in pixels.
        #[must_use]
        pub fn thumb_height(mut self, value: u32) -> Self {
            self.thumb_height = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ThumbFormat`: The thumbnail's image format (JPG, ...).
        #[must_use]
        pub fn thumb_format(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.thumb_format = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `ThumbDownloadFlag`: How clients fetch the thumbnail; 2 (from ThumbUrl) for messages sent through REST.
        #[must_use]
        pub fn thumb_download_flag(mut self, value: DownloadFlag) -> Self {
            self.thumb_download_flag = ::core::option::Option::Some(value);
            self
        }
    }
    ///A value of [`VideoFileElem`] being built: `VideoUUID` comes next (`.video_uuid(..)`).
    #[derive(Debug, Clone)]
    #[must_use = "the `VideoFileElem` exists only once every required field is given"]
    pub struct VideoFileElemNeedsVideoUuid {
        video_url: ::std::string::String,
    }
    impl VideoFileElemNeedsVideoUuid {
        ///Sets `VideoUUID`.
        pub fn video_uuid(
            self,
            video_uuid: impl ::core::convert::Into<::std::string::String>,
        ) -> VideoFileElem {
            VideoFileElem {
                video_url: self.video_url,
                video_uuid: video_uuid.into(),
                video_size: ::core::option::Option::None,
                video_second: ::core::option::Option::None,
                video_format: ::core::option::Option::None,
                video_download_flag: ::core::option::Option::None,
                thumb_url: ::core::option::Option::None,
                thumb_uuid: ::core::option::Option::None,
                thumb_size: ::core::option::Option::None,
                thumb_width: ::core::option::Option::None,
                thumb_height: ::core::option::Option::None,
                thumb_format: ::core::option::Option::None,
                thumb_download_flag: ::core::option::Option::None,
            }
        }
    }
    impl crate::Validate for VideoFileElem {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Whether the message is pushed to offline devices.
    ///
    #[doc = concat!(" Wire values: ", "0, 1", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum OfflinePushInfoPushFlag {
        /// `0`: Push as usual.
        Push,
        /// `1`: Do not push offline.
        NoPush,
    }
    impl OfflinePushInfoPushFlag {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Push, Self::NoPush];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::Push => 0i64,
                Self::NoPush => 1i64,
            }
        }
        /// The value for a wire number (aliases included), if listed.
        pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
            match n {
                0i64 => ::core::option::Option::Some(Self::Push),
                1i64 => ::core::option::Option::Some(Self::NoPush),
                _ => ::core::option::Option::None,
            }
        }
    }
    impl ::core::fmt::Display for OfflinePushInfoPushFlag {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for OfflinePushInfoPushFlag {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for OfflinePushInfoPushFlag {
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
    impl crate::__private::schemars::JsonSchema for OfflinePushInfoPushFlag {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("OfflinePushInfoPushFlag")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "enum" : [0, 1] }
            )
        }
    }
    impl crate::Validate for OfflinePushInfoPushFlag {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// How vivo classes the notification.
    ///
    #[doc = concat!(" Wire values: ", "0, 1", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum AndroidPushInfoVivoClassification {
        /// `0`: An operational (marketing) message.
        Operational,
        /// `1`: A system message.
        System,
        /// A value this spec does not list, kept as sent.
        Other(i64),
    }
    impl AndroidPushInfoVivoClassification {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Operational, Self::System];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::Operational => 0i64,
                Self::System => 1i64,
                Self::Other(n) => *n,
            }
        }
        /// The value for a wire number; unlisted numbers become `Other`.
        pub fn from_wire(n: i64) -> Self {
            match n {
                0i64 => Self::Operational,
                1i64 => Self::System,
                n => Self::Other(n),
            }
        }
    }
    impl ::core::fmt::Display for AndroidPushInfoVivoClassification {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for AndroidPushInfoVivoClassification {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de>
    for AndroidPushInfoVivoClassification {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let n = <i64 as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(n))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for AndroidPushInfoVivoClassification {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("AndroidPushInfoVivoClassification")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "format" : "int64" }
            )
        }
    }
    impl crate::Validate for AndroidPushInfoVivoClassification {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// How Huawei classes the notification.
    ///
    #[doc = concat!(" Wire values: ", "\"NORMAL\", \"LOW\"", ".")]
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum AndroidPushInfoHuaWeiImportance {
        /// `"NORMAL"`: A service or communication message.
        Normal,
        /// `"LOW"`: A marketing message.
        Low,
        /// A value this spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl AndroidPushInfoHuaWeiImportance {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Normal, Self::Low];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Normal => "NORMAL",
                Self::Low => "LOW",
                Self::Other(s) => s.as_str(),
            }
        }
        /// The value for a wire string; unlisted strings become `Other`.
        pub fn from_wire(s: &str) -> Self {
            match s {
                "NORMAL" => Self::Normal,
                "LOW" => Self::Low,
                _ => Self::Other(::std::string::ToString::to_string(s)),
            }
        }
    }
    impl ::core::fmt::Display for AndroidPushInfoHuaWeiImportance {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl crate::__private::serde::Serialize for AndroidPushInfoHuaWeiImportance {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de>
    for AndroidPushInfoHuaWeiImportance {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(Self::from_wire(&s))
        }
    }
    #[crate::__private::with_hooks]
    impl crate::__private::schemars::JsonSchema for AndroidPushInfoHuaWeiImportance {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("AndroidPushInfoHuaWeiImportance")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "string", "examples" : ["NORMAL", "LOW"] }
            )
        }
    }
    impl crate::Validate for AndroidPushInfoHuaWeiImportance {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Android-specific settings.
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
    pub struct AndroidPushInfo {
        /// The notification sound file.
        ///
        /// Wire name `Sound`. Optional. Example: `"android.mp3"`.
        #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
        pub sound: ::core::option::Option<::std::string::String>,
        /// Huawei notification channel ID (Android 8.0 and later).
        ///
        /// Wire name `HuaWeiChannelID`. Optional. Example: `"123"`.
        #[serde(
            rename = "HuaWeiChannelID",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub hua_wei_channel_id: ::core::option::Option<::std::string::String>,
        /// Xiaomi notification channel ID (Android 8.0 and later).
        ///
        /// Wire name `XiaoMiChannelID`. Optional. Example: `"456"`.
        #[serde(
            rename = "XiaoMiChannelID",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub xiao_mi_channel_id: ::core::option::Option<::std::string::String>,
        /// OPPO notification channel ID (Android 8.0 and later).
        ///
        /// Wire name `OPPOChannelID`. Optional. Example: `"789"`.
        #[serde(
            rename = "OPPOChannelID",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub oppo_channel_id: ::core::option::Option<::std::string::String>,
        /// FCM notification channel ID (Android 8.0 and later).
        ///
        /// Wire name `GoogleChannelID`. Optional. Example: `"abc"`.
        #[serde(
            rename = "GoogleChannelID",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_channel_id: ::core::option::Option<::std::string::String>,
        /// How vivo classes the notification.
        ///
        /// Wire name `VIVOClassification`. Optional. The service assumes `1` when absent. Example: `1`.
        #[serde(
            rename = "VIVOClassification",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub vivo_classification: ::core::option::Option<
            AndroidPushInfoVivoClassification,
        >,
        /// How Huawei classes the notification.
        ///
        /// Wire name `HuaWeiImportance`. Optional. Example: `"NORMAL"`.
        #[serde(
            rename = "HuaWeiImportance",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub hua_wei_importance: ::core::option::Option<AndroidPushInfoHuaWeiImportance>,
        /// Whether Ext is passed to Huawei devices as the intent parameter of the notification's tap action.
        ///
        /// Wire name `ExtAsHuaweiIntentParam`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
        #[serde(
            rename = "ExtAsHuaweiIntentParam",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ext_as_huawei_intent_param: ::core::option::Option<YesNo>,
    }
    impl AndroidPushInfo {
        ///Creates a value with every optional field unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Self {
                sound: ::core::option::Option::None,
                hua_wei_channel_id: ::core::option::Option::None,
                xiao_mi_channel_id: ::core::option::Option::None,
                oppo_channel_id: ::core::option::Option::None,
                google_channel_id: ::core::option::Option::None,
                vivo_classification: ::core::option::Option::None,
                hua_wei_importance: ::core::option::Option::None,
                ext_as_huawei_intent_param: ::core::option::Option::None,
            }
        }
        ///Sets `Sound`: The notification sound file.
        #[must_use]
        pub fn sound(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.sound = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `HuaWeiChannelID`: Huawei notification channel ID (Android 8.0 and later).
        #[must_use]
        pub fn hua_wei_channel_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.hua_wei_channel_id = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `XiaoMiChannelID`: Xiaomi notification channel ID (Android 8.0 and later).
        #[must_use]
        pub fn xiao_mi_channel_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.xiao_mi_channel_id = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `OPPOChannelID`: OPPO notification channel ID (Android 8.0 and later).
        #[must_use]
        pub fn oppo_channel_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.oppo_channel_id = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `GoogleChannelID`: FCM notification channel ID (Android 8.0 and later).
        #[must_use]
        pub fn google_channel_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.google_channel_id = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `VIVOClassification`: How vivo classes the notification.
        #[must_use]
        pub fn vivo_classification(
            mut self,
            value: AndroidPushInfoVivoClassification,
        ) -> Self {
            self.vivo_classification = ::core::option::Option::Some(value);
            self
        }
        ///Sets `HuaWeiImportance`: How Huawei classes the notification.
        #[must_use]
        pub fn hua_wei_importance(
            mut self,
            value: AndroidPushInfoHuaWeiImportance,
        ) -> Self {
            self.hua_wei_importance = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ExtAsHuaweiIntentParam`: Whether Ext is passed to Huawei devices as the intent parameter of the notification's tap action.
        #[must_use]
        pub fn ext_as_huawei_intent_param(mut self, value: YesNo) -> Self {
            self.ext_as_huawei_intent_param = ::core::option::Option::Some(value);
            self
        }
    }
    impl crate::Validate for AndroidPushInfo {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Whether the message counts towards the app icon's badge.
    ///
    #[doc = concat!(" Wire values: ", "0, 1", ".")]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ApnsPushInfoBadgeMode {
        /// `0`: The badge number grows.
        Count,
        /// `1`: The badge number stays.
        DoNotCount,
    }
    impl ApnsPushInfoBadgeMode {
        /// Every listed value.
        pub const ALL: &'static [Self] = &[Self::Count, Self::DoNotCount];
        /// The value as sent on the wire.
        pub fn as_i64(&self) -> i64 {
            match self {
                Self::Count => 0i64,
                Self::DoNotCount => 1i64,
            }
        }
        /// The value for a wire number (aliases included), if listed.
        pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
            match n {
                0i64 => ::core::option::Option::Some(Self::Count),
                1i64 => ::core::option::Option::Some(Self::DoNotCount),
                _ => ::core::option::Option::None,
            }
        }
    }
    impl ::core::fmt::Display for ApnsPushInfoBadgeMode {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{}", self.as_i64())
        }
    }
    impl crate::__private::serde::Serialize for ApnsPushInfoBadgeMode {
        fn serialize<S: crate::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_i64(self.as_i64())
        }
    }
    #[crate::__private::with_outbound_deserialize]
    impl<'de> crate::__private::serde::Deserialize<'de> for ApnsPushInfoBadgeMode {
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
    impl crate::__private::schemars::JsonSchema for ApnsPushInfoBadgeMode {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ApnsPushInfoBadgeMode")
        }
        fn json_schema(
            _: &mut crate::__private::schemars::SchemaGenerator,
        ) -> crate::__private::schemars::Schema {
            crate::__private::schemars::json_schema!(
                { "type" : "integer", "enum" : [0, 1] }
            )
        }
    }
    impl crate::Validate for ApnsPushInfoBadgeMode {
        fn validate_at(
            &self,
            _: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// APNs (iOS) settings.
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
    pub struct ApnsPushInfo {
        /// The notification sound file.
        ///
        /// Wire name `Sound`. Optional. Example: `"apns.mp3"`.
        #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
        pub sound: ::core::option::Option<::std::string::String>,
        /// Whether the message counts towards the app icon's badge.
        ///
        /// Wire name `BadgeMode`. Optional. The service assumes `0` when absent.
        #[serde(rename = "BadgeMode", default, skip_serializing_if = "Option::is_none")]
        pub badge_mode: ::core::option::Option<ApnsPushInfoBadgeMode>,
        /// The notification title.
        ///
        /// Wire name `Title`. Optional. Example: `"apns title"`.
        #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
        pub title: ::core::option::Option<::std::string::String>,
        /// The notification subtitle.
        ///
        /// Wire name `SubTitle`. Optional. Example: `"apns subtitle"`.
        #[serde(rename = "SubTitle", default, skip_serializing_if = "Option::is_none")]
        pub sub_title: ::core::option::Option<::std::string::String>,
        /// URL of an image shown with the notification.
        ///
        /// Wire name `Image`. Optional. Example: `"www.image.com"`.
        #[serde(rename = "Image", default, skip_serializing_if = "Option::is_none")]
        pub image: ::core::option::Option<::std::string::String>,
        /// Whether the notification extension of iOS 10 and later may modify the notification.
        ///
        /// Wire name `MutableContent`. Optional. Limits: see [`YesNo`]. The service assumes `0` when absent. Example: `1`.
        #[serde(
            rename = "MutableContent",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub mutable_content: ::core::option::Option<YesNo>,
    }
    impl ApnsPushInfo {
        ///Creates a value with every optional field unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Self {
                sound: ::core::option::Option::None,
                badge_mode: ::core::option::Option::None,
                title: ::core::option::Option::None,
                sub_title: ::core::option::Option::None,
                image: ::core::option::Option::None,
                mutable_content: ::core::option::Option::None,
            }
        }
        ///Sets `Sound`: The notification sound file.
        #[must_use]
        pub fn sound(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.sound = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `BadgeMode`: Whether the message counts towards the app icon's badge.
        #[must_use]
        pub fn badge_mode(mut self, value: ApnsPushInfoBadgeMode) -> Self {
            self.badge_mode = ::core::option::Option::Some(value);
            self
        }
        ///Sets `Title`: The notification title.
        #[must_use]
        pub fn title(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.title = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `SubTitle`: The notification subtitle.
        #[must_use]
        pub fn sub_title(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.sub_title = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `Image`: URL of an image shown with the notification.
        #[must_use]
        pub fn image(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.image = ::core::option::Option::Some(value.into());
            self
        }
        ///Sets `MutableContent`: Whether the notification extension of iOS 10 and later may modify the notification.
        #[must_use]
        pub fn mutable_content(mut self, value: YesNo) -> Self {
            self.mutable_content = ::core::option::Option::Some(value);
            self
        }
    }
    impl crate::Validate for ApnsPushInfo {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
    /// Per-platform states, when IsNeedDetail was 1 and the account is logged in somewhere.
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
    pub struct PlatformState {
        /// The platform (iPhone, Android, Web, PC, iPad, Mac; the samples also write IPhone).
        ///
        /// Wire name `Platform`. Required. Example: `"IPhone"`.
        #[serde(rename = "Platform")]
        pub platform: ::std::string::String,
        /// The state on that platform.
        ///
        /// Wire name `Status`. Required. Limits: see [`LoginState`]. Example: `"PushOnline"`.
        #[serde(rename = "Status")]
        pub status: LoginState,
    }
    impl PlatformState {
        ///Creates a value from its required fields (`platform`, `status`); optional fields start unset.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            platform: impl ::core::convert::Into<::std::string::String>,
            status: LoginState,
        ) -> Self {
            Self {
                platform: platform.into(),
                status: status,
            }
        }
    }
    impl crate::Validate for PlatformState {
        #[allow(unused_variables)]
        fn validate_at(
            &self,
            at: &crate::FieldPath<'_>,
        ) -> ::core::result::Result<(), crate::ValidationError> {
            ::core::result::Result::Ok(())
        }
    }
}
