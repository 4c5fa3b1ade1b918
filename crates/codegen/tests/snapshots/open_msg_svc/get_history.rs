/// Get download links of the archive of one hour's one-to-one or group messages.
///
/// Answers where to download the gzip files that hold every one-to-one (C2C) or every group message of the app sent in one hour (MsgTime, YYYYMMDDHH), with each file's size and MD5 before and after compression and the time its link expires. A file is ready some time after the hour ends (1004 before that) and is kept for a limited time (1005 after). Each file is a JSON document: a first line with the app, chat type and hour, then one message per line.
///
/// `POST v4/open_msg_svc/get_history`: at most 10 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `1002`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `1001` [`OpsInvalidRequest`](GetHistoryError::OpsInvalidRequest): The request is not valid for the operations-data API; verify the request URL.
/// - `1002` [`OpsInvalidParameter`](GetHistoryError::OpsInvalidParameter): A parameter is wrong: make sure the caller is the admin, all required fields are present and values follow the protocol.
/// - `1003` [`OpsSystemError`](GetHistoryError::OpsSystemError): The operations-data service hit an internal error; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `1004` [`OpsFileNotReady`](GetHistoryError::OpsFileNotReady): No file is available yet for that period, either because it is still being produced or because no messages were sent then.
/// - `1005` [`OpsFileExpired`](GetHistoryError::OpsFileExpired): The requested history file is no longer available because it has expired.
///
/// # Notes on the documentation
///
/// - MsgTime must name one hour as ten digits; the page states the form by example only, and the spec states its length (10 bytes) and digits.
/// - ExpireTime is a date and time as text with no time zone; the spec keeps it as a string.
/// - The page does not say how long files are kept or how soon after the hour they are ready; only the codes 1004 (not ready, or no messages in the hour) and 1005 (expired) tell.
/// - Rate limit: 10 calls per second, lower than most calls.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34885>. Spec: `specs/open_msg_svc/get_history.json`.
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
pub struct GetHistoryRequest {
    /// Which messages: one-to-one or group.
    ///
    /// Wire name `ChatType`. Required. Example: `"C2C"`.
    #[serde(rename = "ChatType")]
    pub chat_type: GetHistoryChatType,
    /// The hour, as YYYYMMDDHH (2015120121: 21:00 to 21:59 on 2015-12-01).
    ///
    /// Wire name `MsgTime`. Required. Limits: at least 10 bytes (UTF-8); at most 10 bytes (UTF-8); matches `^[0-9]{10}$`. Example: `"2015120121"`.
    #[serde(rename = "MsgTime")]
    #[schemars(length(min = 3u32, max = 10u32))]
    pub msg_time: ::std::string::String,
}
impl GetHistoryRequest {
    ///Creates a value from its required fields (`chat_type`, `msg_time`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        chat_type: GetHistoryChatType,
        msg_time: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            chat_type: chat_type,
            msg_time: msg_time.into(),
        }
    }
}
impl crate::Validate for GetHistoryRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("MsgTime");
            let v = &self.msg_time;
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(10u32),
                ::core::option::Option::Some(10u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`GetHistoryRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct GetHistoryResponse {
    /// The archive files of the hour.
    ///
    /// Wire name `File`. Always present. Example: `[{"ExpireTime":"2015-12-02 16:45:23","FileMD5":"cceece008bb7f469a47cf8c4b7acb84e","FileSize":65207,"GzipMD5":"c3a0269dde393fd7a8bb18bfdeaeee2e","GzipSize":1815,"URL":"https://download.tim.qq.com/msg_history/2/9b8f8f063b73f61698ce11e58207e89ade40.gz"}]`.
    #[serde(rename = "File")]
    pub file: ::std::vec::Vec<HistoryFile>,
}
impl GetHistoryResponse {
    ///Creates a value from its required fields (`file`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(file: impl ::core::iter::IntoIterator<Item = HistoryFile>) -> Self {
        Self {
            file: file.into_iter().collect(),
        }
    }
}
impl crate::Validate for GetHistoryResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// Which messages: one-to-one or group.
///
#[doc = concat!(" Wire values: ", "\"C2C\", \"Group\"", ".")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GetHistoryChatType {
    /// `"C2C"`: One-to-one messages.
    C2C,
    /// `"Group"`: Group messages.
    Group,
}
impl GetHistoryChatType {
    /// Every listed value.
    pub const ALL: &'static [Self] = &[Self::C2C, Self::Group];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::C2C => "C2C",
            Self::Group => "Group",
        }
    }
    /// The value for a wire string (aliases included), if listed.
    pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
        match s {
            "C2C" => ::core::option::Option::Some(Self::C2C),
            "Group" => ::core::option::Option::Some(Self::Group),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for GetHistoryChatType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::__private::serde::Serialize for GetHistoryChatType {
    fn serialize<S: crate::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[crate::__private::with_outbound_deserialize]
impl<'de> crate::__private::serde::Deserialize<'de> for GetHistoryChatType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let s = <::std::string::String as crate::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_wire(&s)
            .ok_or_else(|| <D::Error as crate::__private::serde::de::Error>::unknown_variant(
                &s,
                &["C2C", "Group"],
            ))
    }
}
#[crate::__private::with_hooks]
impl crate::__private::schemars::JsonSchema for GetHistoryChatType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GetHistoryChatType")
    }
    fn json_schema(
        _: &mut crate::__private::schemars::SchemaGenerator,
    ) -> crate::__private::schemars::Schema {
        crate::__private::schemars::json_schema!(
            { "type" : "string", "enum" : ["C2C", "Group"] }
        )
    }
}
impl crate::Validate for GetHistoryChatType {
    fn validate_at(
        &self,
        _: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The archive files of the hour.
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
pub struct HistoryFile {
    /// Where to download the gzip file.
    ///
    /// Wire name `URL`. Required. Example: `"https://download.tim.qq.com/msg_history/2/9b8f8f063b73f61698ce11e58207e89ade40.gz"`.
    #[serde(rename = "URL")]
    pub url: ::std::string::String,
    /// When the link stops working, as "YYYY-MM-DD hh:mm:ss" (the service's local time); ask again for a new link after that.
    ///
    /// Wire name `ExpireTime`. Required. Example: `"2015-12-02 16:45:23"`.
    #[serde(rename = "ExpireTime")]
    pub expire_time: ::std::string::String,
    /// Size of the file before compression, in bytes.
    ///
    /// Wire name `FileSize`. Required. Limits: in bytes. Example: `65207`.
    #[serde(rename = "FileSize")]
    pub file_size: u64,
    /// MD5 of the file before compression, in hex.
    ///
    /// Wire name `FileMD5`. Required. Example: `"cceece008bb7f469a47cf8c4b7acb84e"`.
    #[serde(rename = "FileMD5")]
    pub file_md5: ::std::string::String,
    /// Size of the gzip file, in bytes.
    ///
    /// Wire name `GzipSize`. Required. Limits: in bytes. Example: `1815`.
    #[serde(rename = "GzipSize")]
    pub gzip_size: u64,
    /// MD5 of the gzip file, in hex.
    ///
    /// Wire name `GzipMD5`. Required. Example: `"c3a0269dde393fd7a8bb18bfdeaeee2e"`.
    #[serde(rename = "GzipMD5")]
    pub gzip_md5: ::std::string::String,
}
impl HistoryFile {
    ///Starts building from the required field `URL`; each further required field is named in turn, `HistoryFile::url(..).expire_time(..).file_size(..).file_md5(..).gzip_size(..).gzip_md5(..)`, which gives the value with optional fields unset.
    pub fn url(
        url: impl ::core::convert::Into<::std::string::String>,
    ) -> HistoryFileNeedsExpireTime {
        HistoryFileNeedsExpireTime {
            url: url.into(),
        }
    }
}
///A value of [`HistoryFile`] being built: `ExpireTime` comes next (`.expire_time(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `HistoryFile` exists only once every required field is given"]
pub struct HistoryFileNeedsExpireTime {
    url: ::std::string::String,
}
impl HistoryFileNeedsExpireTime {
    ///Sets `ExpireTime`.
    pub fn expire_time(
        self,
        expire_time: impl ::core::convert::Into<::std::string::String>,
    ) -> HistoryFileNeedsFileSize {
        HistoryFileNeedsFileSize {
            url: self.url,
            expire_time: expire_time.into(),
        }
    }
}
///A value of [`HistoryFile`] being built: `FileSize` comes next (`.file_size(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `HistoryFile` exists only once every required field is given"]
pub struct HistoryFileNeedsFileSize {
    url: ::std::string::String,
    expire_time: ::std::string::String,
}
impl HistoryFileNeedsFileSize {
    ///Sets `FileSize`.
    pub fn file_size(self, file_size: u64) -> HistoryFileNeedsFileMd5 {
        HistoryFileNeedsFileMd5 {
            url: self.url,
            expire_time: self.expire_time,
            file_size: file_size,
        }
    }
}
///A value of [`HistoryFile`] being built: `FileMD5` comes next (`.file_md5(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `HistoryFile` exists only once every required field is given"]
pub struct HistoryFileNeedsFileMd5 {
    url: ::std::string::String,
    expire_time: ::std::string::String,
    file_size: u64,
}
impl HistoryFileNeedsFileMd5 {
    ///Sets `FileMD5`.
    pub fn file_md5(
        self,
        file_md5: impl ::core::convert::Into<::std::string::String>,
    ) -> HistoryFileNeedsGzipSize {
        HistoryFileNeedsGzipSize {
            url: self.url,
            expire_time: self.expire_time,
            file_size: self.file_size,
            file_md5: file_md5.into(),
        }
    }
}
///A value of [`HistoryFile`] being built: `GzipSize` comes next (`.gzip_size(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `HistoryFile` exists only once every required field is given"]
pub struct HistoryFileNeedsGzipSize {
    url: ::std::string::String,
    expire_time: ::std::string::String,
    file_size: u64,
    file_md5: ::std::string::String,
}
impl HistoryFileNeedsGzipSize {
    ///Sets `GzipSize`.
    pub fn gzip_size(self, gzip_size: u64) -> HistoryFileNeedsGzipMd5 {
        HistoryFileNeedsGzipMd5 {
            url: self.url,
            expire_time: self.expire_time,
            file_size: self.file_size,
            file_md5: self.file_md5,
            gzip_size: gzip_size,
        }
    }
}
///A value of [`HistoryFile`] being built: `GzipMD5` comes next (`.gzip_md5(..)`).
#[derive(Debug, Clone)]
#[must_use = "the `HistoryFile` exists only once every required field is given"]
pub struct HistoryFileNeedsGzipMd5 {
    url: ::std::string::String,
    expire_time: ::std::string::String,
    file_size: u64,
    file_md5: ::std::string::String,
    gzip_size: u64,
}
impl HistoryFileNeedsGzipMd5 {
    ///Sets `GzipMD5`.
    pub fn gzip_md5(
        self,
        gzip_md5: impl ::core::convert::Into<::std::string::String>,
    ) -> HistoryFile {
        HistoryFile {
            url: self.url,
            expire_time: self.expire_time,
            file_size: self.file_size,
            file_md5: self.file_md5,
            gzip_size: self.gzip_size,
            gzip_md5: gzip_md5.into(),
        }
    }
}
impl crate::Validate for HistoryFile {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `get_history`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetHistoryError {
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
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for GetHistoryError {
    fn from_code(code: i64) -> Self {
        match code {
            1001i64 => Self::OpsInvalidRequest,
            1002i64 => Self::OpsInvalidParameter,
            1003i64 => Self::OpsSystemError,
            1004i64 => Self::OpsFileNotReady,
            1005i64 => Self::OpsFileExpired,
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
impl GetHistoryError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::OpsInvalidRequest => super::ErrorCode::OpsInvalidRequest,
            Self::OpsInvalidParameter => super::ErrorCode::OpsInvalidParameter,
            Self::OpsSystemError => super::ErrorCode::OpsSystemError,
            Self::OpsFileNotReady => super::ErrorCode::OpsFileNotReady,
            Self::OpsFileExpired => super::ErrorCode::OpsFileExpired,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for GetHistoryError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for GetHistoryRequest {
    type Response = GetHistoryResponse;
    type Error = GetHistoryError;
    const INFO: &'static crate::EndpointInfo = &GET_HISTORY;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/open_msg_svc/get_history", "`.")]
pub static GET_HISTORY: crate::EndpointInfo = crate::EndpointInfo {
    service: "open_msg_svc",
    command: "get_history",
    path: "v4/open_msg_svc/get_history",
    legacy_paths: &[],
    summary: "Get download links of the archive of one hour's one-to-one or group messages.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34885",
    rate_limit_per_second: 10u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 1002i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
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
    ],
    batch_fields: &[],
    references: &[],
    facts: &[],
    example_response: "{\"File\":[{\"ExpireTime\":\"2015-12-02 16:45:23\",\"FileMD5\":\"cceece008bb7f469a47cf8c4b7acb84e\",\"FileSize\":65207,\"GzipMD5\":\"c3a0269dde393fd7a8bb18bfdeaeee2e\",\"GzipSize\":1815,\"URL\":\"https://download.tim.qq.com/msg_history/2/9b8f8f063b73f61698ce11e58207e89ade40.gz\"}]}",
    classify_error: crate::__private::classify::<GetHistoryError>,
    hooks: crate::EndpointHooks::of::<GetHistoryRequest>(),
};
