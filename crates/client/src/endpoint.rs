//! What every generated endpoint provides: its trait, metadata and error type.

use std::fmt::{Debug, Display};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::hooks::EndpointHooks;
use crate::validate::{HookError, ValidationError};

/// A request type of one endpoint. Implemented by every generated `*Request`.
///
/// A request is only ever encoded: it implements serde's `Deserialize` too with the
/// crate's `deserialize-requests` feature, which this trait does not require.
///
/// The bounds name no schema library, so that a new major version of one does not
/// break code written against this trait; the JSON Schemas are reached through
/// [`EndpointHooks`].
pub trait Endpoint: Serialize + Debug + Clone + Send + Sync + 'static {
    /// The endpoint's response body (without the envelope).
    type Response: Serialize + DeserializeOwned + Debug + Send + 'static;
    /// The endpoint's error codes.
    type Error: EndpointError;
    /// The endpoint's metadata.
    const INFO: &'static EndpointInfo;
    /// Checks every documented limit.
    fn validate(&self) -> Result<(), ValidationError>;
    /// The number of items in the list `field` (a wire name from
    /// [`EndpointInfo::batch_fields`]), `None` when the request does not carry it.
    /// Used by [`split`](crate::batch::split).
    fn batch_len(&self, field: &str) -> Option<usize> {
        let _ = field;
        None
    }
    /// A copy of the request whose list `field` holds only the items at `items`, every
    /// other field unchanged; `None` when the request does not carry that list or the
    /// range is out of bounds. Used by [`split`](crate::batch::split).
    fn batch_part(&self, field: &str, items: std::ops::Range<usize>) -> Option<Self> {
        let _ = (field, items);
        None
    }
}

/// The typed error codes of one endpoint: its own, the public ones, and `Unknown`.
pub trait EndpointError:
    Debug + Display + Clone + Copy + PartialEq + Send + Sync + 'static
{
    /// The variant for a numeric code (never fails: unknown codes map to `Unknown`).
    fn from_code(code: i64) -> Self;
    /// The numeric code.
    fn code(&self) -> i64;
    /// Whether sending the same request again can succeed, and whether the service may
    /// have acted on the request that got this code.
    fn retryability(&self) -> Retryability;
    /// Whether sending the same request again later can succeed (either kind of
    /// retryable code; see [`retryability`](Self::retryability) to tell them apart).
    fn is_retryable(&self) -> bool {
        self.retryability().is_retryable()
    }
    /// The variant name.
    fn name(&self) -> &'static str;
    /// What the code means.
    fn description(&self) -> &'static str;
}

/// What an error code says about sending the same request again (the `retry` field of
/// `specs/errors.json`).
///
/// The client retries a [`Refused`](Self::Refused) code for every endpoint, and an
/// [`OutcomeUnknown`](Self::OutcomeUnknown) code only for endpoints whose spec marks
/// them safe to repeat, or when the caller opts in with `retry_unsafe`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Retryability {
    /// Sending the same request again cannot succeed until something else changes (a
    /// bad parameter, a missing permission or object, a full quota).
    No,
    /// The service turned the request down before acting on it, for a reason that
    /// passes (a rate limit, a write conflict): sending it again is harmless.
    Refused,
    /// The service failed while handling the request (an internal error, a backend
    /// timeout) and may have acted on it: sending it again can succeed, but can also
    /// repeat the effect (a second group, a second message) or fail because the first
    /// one took effect (`destroy_group` answering that the group does not exist).
    OutcomeUnknown,
}

impl Retryability {
    /// Whether sending the same request again can succeed (either kind).
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retryability::No)
    }

    /// Whether the service may have acted on the request before failing.
    pub const fn outcome_unknown(self) -> bool {
        matches!(self, Retryability::OutcomeUnknown)
    }
}

/// One entry of the error catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorCodeInfo {
    /// The numeric code (`i64` like every code; see [`ErrorCode`](crate::ErrorCode)).
    pub code: i64,
    /// The Rust variant name.
    pub name: &'static str,
    /// What it means.
    pub description: &'static str,
    /// Whether a retry can succeed, and whether the service may have acted.
    pub retry: Retryability,
    /// Whether it can answer any endpoint (a public code).
    pub public: bool,
}

impl ErrorCodeInfo {
    /// Whether a retry can succeed (either kind of retryable code).
    pub const fn is_retryable(&self) -> bool {
        self.retry.is_retryable()
    }
}

/// How an endpoint treats one group type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupTypeSupport {
    /// Supported.
    Supported,
    /// Unsupported: the service answers this error code.
    Error(i64),
    /// Unsupported: the service answers success, but nothing happens.
    NoEffect,
}

/// The rule of one group type for one endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupTypeRule {
    /// The group type's wire name (`AVChatRoom`).
    pub group_type: &'static str,
    /// Whether it is supported.
    pub support: GroupTypeSupport,
}

/// A top-level request array with a documented maximum length that a longer list can
/// be split at, across several calls (not one marked `atomic` in its spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchField {
    /// Wire name of the field (`MemberToDel_Account`).
    pub field: &'static str,
    /// Most items in one call.
    pub max_items: u32,
}

/// A top-level request field whose broken limits the service answers with a code of
/// its own rather than the endpoint's [`EndpointInfo::invalid_request_code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidRequestField {
    /// Wire name of the field (`MemberList`).
    pub field: &'static str,
    /// The code answered when the field's own value breaks a limit (`10005`).
    pub code: i64,
}

/// The kinds of things a request field can name (the spec's `refers_to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Entity {
    /// A group: the endpoint's group (see [`EndpointInfo::group_field`]).
    Group,
    /// An imported account (every item, for an array of accounts).
    Account,
    /// A topic of the endpoint's group.
    Topic,
}

/// The least role an account must hold in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupRole {
    /// Any member.
    Member,
    /// An admin or the owner.
    AdminOrOwner,
    /// The owner.
    Owner,
}

/// A role an account named by a request field must hold in the endpoint's group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleRule {
    /// The least role.
    pub require: GroupRole,
    /// The code answered when the account lacks it.
    pub code: i64,
    /// Group types (wire names) where the rule does not apply.
    pub except_group_types: &'static [&'static str],
}

/// A top-level request field that names something that must exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldReference {
    /// Wire name of the field (`GroupId`).
    pub field: &'static str,
    /// What it names.
    pub entity: Entity,
    /// The code answered when that does not exist (`10010` for a group).
    pub missing: i64,
    /// A role the named account must hold in the endpoint's group.
    pub role: Option<RoleRule>,
}

/// The value of a [`Fact`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactValue {
    /// An integer.
    Integer(i64),
    /// A string.
    Text(&'static str),
}

/// A constant the documentation states in prose (a time window, a size, an ID
/// prefix). Each is also a constant next to the endpoint's metadata
/// (`SEND_GROUP_MSG_REPEAT_WINDOW`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact {
    /// Its snake_case name.
    pub name: &'static str,
    /// Its value.
    pub value: FactValue,
    /// The unit of an integer value.
    pub unit: Option<&'static str>,
    /// Where the documentation says it.
    pub source: &'static str,
}

/// A quota of an endpoint beyond its per-second rate (a spec's
/// `rate_limit.quotas`): the client waits for it, or refuses the call, before sending,
/// as for the rate; the service answers [`code`](Self::code) when it is exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateQuota {
    /// What the quota is counted for.
    pub scope: QuotaScope,
    /// The allowance shared by every endpoint naming the same pool (per group with
    /// [`QuotaScope::Group`]); `None` for the endpoint's own.
    pub pool: Option<&'static str>,
    /// How many calls, over what.
    pub kind: QuotaKind,
    /// The code the service answers when the quota is exceeded.
    pub code: i64,
}

impl RateQuota {
    /// The name under which the calls this quota counts are logged: its pool (or the
    /// endpoint's `path` without one), its window, and the group for a per-group quota.
    /// The client's limiter and the emulator count under the same names.
    pub fn counter_key(&self, path: &str, group: Option<&str>) -> String {
        let (limit, window) = self.window();
        let base = match self.pool {
            Some(pool) => format!("pool:{pool}"),
            None => format!("path:{path}"),
        };
        match group {
            Some(g) => format!("{base}#{limit}/{}ms@group:{g}", window.as_millis()),
            None => format!("{base}#{limit}/{}ms", window.as_millis()),
        }
    }

    /// The quota as `limit` calls in any `window`.
    pub const fn window(&self) -> (u32, std::time::Duration) {
        match self.kind {
            QuotaKind::PerSecond(n) => (n, std::time::Duration::from_secs(1)),
            QuotaKind::PerDay(n) => (n, std::time::Duration::from_secs(86_400)),
            QuotaKind::MinInterval(d) => (1, d),
        }
    }
}

/// What a [`RateQuota`] is counted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuotaScope {
    /// The whole app, or a named pool of it.
    App,
    /// Each group separately: the group named by the request's
    /// [`group_field`](EndpointInfo::group_field).
    Group,
}

/// The allowance of a [`RateQuota`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuotaKind {
    /// At most this many calls in any second.
    PerSecond(u32),
    /// At most this many calls in any 24 hours.
    PerDay(u32),
    /// At least this long between two calls.
    MinInterval(std::time::Duration),
}

/// Names of the query parameters of every call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueryNames {
    /// The SDKAppID parameter.
    pub app_id: &'static str,
    /// The admin identifier parameter.
    pub identifier: &'static str,
    /// The UserSig parameter (secret).
    pub signature: &'static str,
    /// The random number parameter.
    pub nonce: &'static str,
    /// Parameters with fixed values.
    pub fixed: &'static [(&'static str, &'static str)],
}

/// Metadata and hooks of one endpoint.
#[derive(Debug)]
pub struct EndpointInfo {
    /// Service segment of the path.
    pub service: &'static str,
    /// Command segment of the path.
    pub command: &'static str,
    /// The path, `v4/<service>/<command>`.
    pub path: &'static str,
    /// Older paths (`v4/<service>/<command>`) the service still answers for this
    /// endpoint; the same call under another name. Empty for most endpoints.
    pub legacy_paths: &'static [&'static str],
    /// One line on what it does.
    pub summary: &'static str,
    /// The official documentation page.
    pub docs: &'static str,
    /// Documented calls per second.
    pub rate_limit_per_second: u32,
    /// Quotas beyond the per-second rate (per group, per day, minimum interval).
    pub rate_quotas: &'static [RateQuota],
    /// The call cannot be undone.
    pub irrevocable: bool,
    /// The call may be retried after a timeout.
    pub safe_to_repeat: bool,
    /// The error code the service answers to a request that breaks a documented
    /// limit or lacks a required field (the endpoint's invalid-parameter code, such as
    /// 10004 for group calls); one of `errors` or a public code. What
    /// `validate_request` ([`EndpointHooks`], `hooks` feature) failures correspond to on the wire.
    pub invalid_request_code: i64,
    /// Top-level request fields whose broken limits get a code of their own; see
    /// [`EndpointInfo::invalid_request_code_for`].
    pub invalid_request_fields: &'static [InvalidRequestField],
    /// Group type rules, for group calls.
    pub group_types: Option<&'static [GroupTypeRule]>,
    /// For calls with [`group_types`](Self::group_types): wire name of the top-level
    /// request field the group type is known by, which a refusal for an unsupported
    /// group type points at. Usually the field naming the group (`GroupId`, the same as
    /// [`EndpointInfo::group_field()`]); for a few calls another field (`Type` for
    /// `create_group`, `GroupIdList` for `get_group_info`), which the method does not
    /// return because it names no existing group.
    pub group_field: Option<&'static str>,
    /// The endpoint's own error codes.
    pub errors: &'static [ErrorCodeInfo],
    /// Request arrays with a documented maximum that can be split across calls.
    pub batch_fields: &'static [BatchField],
    /// Request fields that name a group, an account or a topic that must exist, in
    /// the order of the spec.
    pub references: &'static [FieldReference],
    /// Constants the documentation states in prose, by name.
    pub facts: &'static [Fact],
    /// A successful response body (JSON, without the envelope) built from the spec:
    /// every required field and every field with a documented example.
    pub example_response: &'static str,
    /// `(variant name, retryability)` of an error code, as the endpoint's typed error
    /// enum sees it.
    pub classify_error: fn(i64) -> (&'static str, Retryability),
    /// Type-erased operations on the endpoint's types (with the `hooks` feature).
    pub hooks: EndpointHooks,
}

impl EndpointInfo {
    /// Whether `path` (with or without its leading slash) names this endpoint: its
    /// documented path or one of its [`legacy_paths`](Self::legacy_paths).
    pub fn answers_to(&self, path: &str) -> bool {
        let path = path.trim_start_matches('/');
        self.path == path || self.legacy_paths.contains(&path)
    }

    /// The code the service answers to a request that
    /// `validate_request` ([`EndpointHooks`], `hooks` feature) refused: the field's own code when the
    /// value of a field listed in [`invalid_request_fields`](Self::invalid_request_fields)
    /// breaks its limits, otherwise (any other limit, a missing required field, a body
    /// that does not decode) [`invalid_request_code`](Self::invalid_request_code).
    pub fn invalid_request_code_for(&self, error: &HookError) -> i64 {
        match error {
            HookError::Invalid(e) => self
                .invalid_request_fields
                .iter()
                .find(|f| f.field == e.field)
                .map_or(self.invalid_request_code, |f| f.code),
            HookError::Decode(_) => self.invalid_request_code,
        }
    }

    /// The wire name of the request field that carries the endpoint's group
    /// (`GroupId`), from the spec's `refers_to` key; `None` when the call is not
    /// about one group.
    pub fn group_field(&self) -> Option<&'static str> {
        self.references
            .iter()
            .find(|r| r.entity == Entity::Group)
            .map(|r| r.field)
    }

    /// The prose constant `name`, if the spec states it.
    pub fn fact(&self, name: &str) -> Option<&'static Fact> {
        self.facts.iter().find(|f| f.name == name)
    }

    /// How the endpoint treats a group type (wire name or alias as the typed
    /// `GroupType` prints it); `None` when the endpoint is not a group call or the
    /// type is not listed.
    pub fn group_type_support(&self, group_type: &str) -> Option<GroupTypeSupport> {
        self.group_types?
            .iter()
            .find(|r| r.group_type == group_type)
            .map(|r| r.support)
    }
}

#[cfg(test)]
mod tests {
    use crate::group_open_http_svc::{
        CREATE_GROUP, DESTROY_GROUP, SEND_GROUP_MSG, SEND_GROUP_MSG_REPEAT_WINDOW,
    };
    use crate::sns::GROUP_GET;

    use super::*;

    #[test]
    fn the_group_field_comes_from_the_spec_refers_to_key() {
        assert_eq!(DESTROY_GROUP.group_field(), Some("GroupId"));
        assert_eq!(SEND_GROUP_MSG.group_field(), Some("GroupId"));
        // create_group names no existing group; sns calls are not about groups.
        assert_eq!(CREATE_GROUP.group_field(), None);
        assert_eq!(GROUP_GET.group_field(), None);
        // The group-type field is that same field unless the spec names another one.
        assert_eq!(CREATE_GROUP.group_field, Some("Type"));
        for info in crate::ENDPOINTS {
            if let (Some(_), Some(named)) = (info.group_types, info.group_field()) {
                assert_eq!(info.group_field, Some(named), "{}", info.path);
            }
        }
        let from = SEND_GROUP_MSG
            .references
            .iter()
            .find(|r| r.field == "From_Account")
            .unwrap();
        assert_eq!(from.entity, Entity::Account);
        assert_eq!(from.role.map(|r| r.require), Some(GroupRole::Member));
    }

    #[test]
    fn facts_are_constants_and_metadata() {
        let fact = SEND_GROUP_MSG.fact("repeat_window").unwrap();
        assert_eq!(fact.value, FactValue::Integer(SEND_GROUP_MSG_REPEAT_WINDOW));
        assert_eq!(fact.unit, Some("seconds"));
        assert_eq!(SEND_GROUP_MSG.fact("no_such_fact"), None);
    }
}
