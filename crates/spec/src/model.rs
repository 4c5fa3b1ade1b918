//! The spec format as Rust types.
//!
//! Every file under `specs/` deserializes into one of the document types here:
//! [`EndpointSpec`] for `specs/<service>/<command>.json`, and [`RegionsFile`],
//! [`EnvelopeFile`], [`ErrorCatalog`] and [`TypesFile`] for the shared files.
//! The meta-schemas under `specs/schema/` are generated from these types (doc
//! comments become descriptions), so an editor can validate and complete specs.

#[cfg(feature = "meta-schema")]
use std::borrow::Cow;
use std::collections::BTreeMap;

#[cfg(feature = "meta-schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// One REST endpoint: `POST v4/<service>/<command>`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EndpointSpec {
    /// Relative path from this file to its meta-schema, `../schema/endpoint.schema.json`.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// Service segment of the path, e.g. `group_open_http_svc`. Must match the folder.
    pub service: String,
    /// Command segment of the path, e.g. `destroy_group`. Must match the file name.
    pub command: String,
    /// The name of the endpoint's `Client` method; defaults to the command. Needed only
    /// when two services share a command name, which would give both the same method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// One line: what the call does. Written in our own words.
    pub summary: String,
    /// Longer explanation: semantics, caveats, interactions with other calls.
    pub description: String,
    /// Link to the official documentation page of the endpoint.
    pub docs: String,
    /// The documented maximum call frequency.
    pub rate_limit: RateLimit,
    /// The call cannot be undone (disbanding a group, deleting messages).
    pub irrevocable: bool,
    /// Sending the same request twice leaves the same state as sending it once, so the
    /// client may retry it after a timeout even though the first attempt may have arrived.
    pub safe_to_repeat: bool,
    /// For group calls: every group type (the values of the `GroupType` named type) and
    /// whether the call supports it. Absent for calls that do not act on a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_types: Option<BTreeMap<String, GroupTypeRule>>,
    /// For group calls whose group type comes from a field that does not name the group
    /// (`Type` for a call creating one, `GroupIdList`, a `GroupType` filter): that
    /// top-level request field. A refusal for an unsupported group type points at it.
    /// Absent where the field whose `refers_to` names the group says it (`GroupId`);
    /// writing that field here too is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_field: Option<String>,
    /// The JSON request body.
    pub request: Body,
    /// The JSON response body, without the envelope (ActionStatus, ErrorCode, ErrorInfo,
    /// ErrorDisplay), which `envelope.json` describes once for all endpoints.
    pub response: Body,
    /// The error code the service answers to a request that breaks a documented limit
    /// (too many items, too long a string, a value out of range) or lacks a required
    /// field: the endpoint's documented invalid-parameter code. It must be one of the
    /// endpoint's `errors` or a public code. An emulator answers such requests with it.
    pub invalid_request: u32,
    /// The endpoint's own error codes, by reference to `errors.json`. Public codes
    /// (60000-79999) apply to every endpoint and are not listed here.
    pub errors: Vec<ErrorRef>,
    /// Webhooks the service may fire because of this call.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub webhooks: Vec<Webhook>,
    /// For calls that return their results over several calls: how one answer leads to
    /// the next request and what says there is nothing more. The client's paging
    /// helpers are generated from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paging: Option<Paging>,
    /// Related endpoints as `service/command`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub see_also: Vec<String>,
    /// Older paths of the same endpoint as `service/command`, which the service still
    /// answers and clients in other languages still call (`group_open_http_svc/get_group_shutted_uin`
    /// for `get_group_muted_account`). Bound as aliases: the generated metadata lists
    /// them and an emulator serves them as the endpoint itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legacy_paths: Vec<String>,
    /// Documented constants the docs give only in prose (a time window, a size, an ID
    /// prefix), by snake_case name. Emitted as constants next to the endpoint's
    /// metadata, so code that needs them (the emulator) does not repeat them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub facts: BTreeMap<String, Fact>,
    /// Where the documentation is ambiguous or contradicts itself or the seeds, which
    /// reading this spec takes and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// How an endpoint pages: its answers carry part of the results and a way to ask
/// for the rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Paging {
    /// The top-level response field (an array) holding each answer's items.
    pub items: String,
    /// The ways the endpoint pages, tried in order: the first whose `when` field the
    /// request sets applies. Every mode but the last has a `when`; the last has none
    /// and applies otherwise.
    pub modes: Vec<PagingMode>,
}

/// One way of paging through an endpoint's results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PagingMode {
    /// An optional top-level request field: the mode applies when the request sets it
    /// (for example a cursor whose first value is `""`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// Request fields the next request takes from the answer, as request field name ->
    /// response field name. Both fields have the same type.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub cursor: BTreeMap<String, String>,
    /// A top-level integer request field that the next request advances by the number
    /// of items the answer held (a position counted in items, starting at 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// What says an answer is the last one; any one of them ends the paging.
    pub end: Vec<PagingEnd>,
}

/// A condition that marks an answer as the last page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum PagingEnd {
    /// A top-level response field has this value (as it travels on the wire).
    Equals {
        /// The response field.
        field: String,
        /// Its value on the last page.
        value: Value,
    },
    /// The answer holds no items.
    EmptyItems,
    /// The answer holds fewer items than the request's page-size field asked for; a
    /// request without it gets everything in one answer.
    ShortPage {
        /// The request's page-size field (an integer).
        limit: String,
    },
    /// The items received so far, this answer's included, reach the count in this
    /// response field (an integer).
    Total {
        /// The response field holding the total count.
        field: String,
    },
}

/// A documented call-frequency limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RateLimit {
    /// Calls per second allowed for one app (SDKAppID).
    pub per_second: u32,
    /// Quotas beyond the endpoint's own rate: a rate per group, a daily allowance, a
    /// minimum interval between calls, each with the code the service answers when
    /// it is exceeded. The client waits for (or refuses) them before sending, like the
    /// rate; the emulator answers their codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotas: Vec<RateQuota>,
}

/// One quota of an endpoint, beyond its per-second rate. Exactly one of
/// `per_second`, `per_day` and `min_interval_ms` is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RateQuota {
    /// What the quota is counted for: the whole app, or each group separately.
    pub scope: QuotaScope,
    /// A name shared by the endpoints that draw on one allowance: every endpoint
    /// naming the same pool counts against it (per group, with scope `group`).
    /// Without it the quota is the endpoint's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    /// At most this many calls in any one second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_second: Option<u32>,
    /// At most this many calls in any one day (counted as a sliding 24 hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_day: Option<u32>,
    /// At least this many milliseconds between two calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_interval_ms: Option<u32>,
    /// The error code the service answers when the quota is exceeded: defined in
    /// `errors.json` and listed among the endpoint's errors.
    pub code: u32,
}

/// What one quota is counted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuotaScope {
    /// The whole app (SDKAppID), or a named pool of it.
    App,
    /// Each group separately: the group named by the request's `group_field`.
    Group,
}

/// Whether an endpoint supports one group type, and what happens when it does not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupTypeRule {
    /// The call is supported for this group type.
    pub supported: bool,
    /// When unsupported: the error code the service answers with (listed in `errors`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<u32>,
    /// When unsupported: the service answers success but the call has no effect.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_effect: bool,
    /// Anything else worth knowing about this group type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A JSON object body: a request, a response, or an object type.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The object's fields, in documentation order.
    pub fields: Vec<Field>,
}

/// One field of a JSON object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The name on the wire, exactly as the service spells it (`MemberToDel_Account`).
    pub name: String,
    /// The Rust field name; defaults to the snake_case form of `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
    /// What the field means, in our own words.
    pub description: String,
    /// Requests: the caller must send it. Responses: the service always sends it.
    pub required: bool,
    /// The field's type.
    #[serde(rename = "type")]
    pub ty: TypeExpr,
    /// The value the service assumes when the field is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    /// A realistic value, used in docs and examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Value>,
    /// Top-level request fields only: the error code the service answers when this
    /// field's own value breaks its documented limits, where the docs give a code other
    /// than the endpoint's `invalid_request` (10005 for too many accounts in one call,
    /// 40601 for too long a profile value). One of the endpoint's `errors` or a public
    /// code. Limits of values inside the field (items of an array, fields of an
    /// object) keep the endpoint's code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_request: Option<u32>,
    /// Top-level request fields only: the value names something that must exist (a
    /// group, an imported account, a topic of the group), and the code the service
    /// answers when it does not; optionally a role the named account must hold in
    /// the endpoint's group. Checked before the call acts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<Reference>,
}

/// What a request field names, and what the service answers when it does not exist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// The kind of thing the value names.
    pub entity: Entity,
    /// The code answered when it does not exist: one of the endpoint's `errors` or a
    /// public code.
    pub missing: u32,
    /// Accounts only: a role the account must hold in the endpoint's group (the field
    /// whose `refers_to` names a group).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleRequirement>,
}

/// The kinds of things a request field can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    /// A group ID (a string field); at most one per endpoint: the endpoint's group.
    Group,
    /// An imported account (a string field, or an array of strings: every item).
    Account,
    /// A topic of the endpoint's group (a string field); it exists only in a
    /// Community group with topics enabled.
    Topic,
}

/// A role an account named by a request field must hold in the endpoint's group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleRequirement {
    /// The least role.
    pub require: Role,
    /// The code answered when the account lacks it: one of the endpoint's `errors` or
    /// a public code.
    pub code: u32,
    /// Group types where the requirement does not apply (audio-video groups keep no
    /// member list).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except_group_types: Vec<String>,
}

/// Roles in a group, as a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Any member.
    Member,
    /// An admin or the owner.
    AdminOrOwner,
    /// The owner.
    Owner,
}

/// A constant the documentation states in prose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The value: an integer or a string.
    pub value: FactValue,
    /// The unit of an integer value (`seconds`, `bytes`, `messages`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Where the documentation says it, in our own words.
    pub source: String,
}

/// The value of a [`Fact`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(untagged)]
pub enum FactValue {
    /// An integer.
    Integer(i64),
    /// A string.
    Text(String),
}

/// A type: either a name (a primitive such as `string` or `u64`, or a named type from
/// `types.json`) or an inline definition.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeExpr {
    /// A primitive name or a reference to a named type.
    Name(String),
    /// An inline type definition.
    Def(Box<TypeDef>),
}

/// The names a [`TypeExpr::Name`] may take besides named types.
pub const PRIMITIVES: &[&str] = &[
    "string", "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "f64", "json",
];

/// An inline type definition, keyed by its kind: `{"array": {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum TypeDef {
    /// A UTF-8 string, with limits counted in bytes as the service counts them.
    String(StringType),
    /// An integer of a given width and sign, optionally range-limited, optionally
    /// carried in a JSON string (`"144115265295492787"`).
    Integer(IntegerType),
    /// A floating-point number (f64).
    Float(FloatType),
    /// A closed set of integer or string values.
    Enum(EnumType),
    /// A JSON array.
    Array(ArrayType),
    /// A JSON object with known fields.
    Object(ObjectType),
    /// A JSON object with dynamic keys and values of one type.
    Map(MapType),
    /// A union whose shape is selected by a discriminator value.
    Union(UnionType),
    /// A value that is one of several types with no discriminator (tried in order).
    OneOf(OneOfType),
}

/// `{"string": {...}}`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StringType {
    /// Fewest UTF-8 bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_bytes: Option<u32>,
    /// Most UTF-8 bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_bytes: Option<u32>,
    /// A documented shape, as a regular expression (informative; e.g. a bit string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
}

/// How an integer travels on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IntegerEncoding {
    /// A JSON number.
    #[default]
    Number,
    /// Decimal digits in a JSON string, as the service does for some 64-bit values.
    String,
}

/// `{"integer": {...}}`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IntegerType {
    /// Width in bits: 8, 16, 32 or 64.
    pub bits: u8,
    /// Whether negative values exist.
    pub signed: bool,
    /// Smallest allowed value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i128>,
    /// Largest allowed value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i128>,
    /// Number or string on the wire.
    #[serde(default, skip_serializing_if = "is_default")]
    pub encoding: IntegerEncoding,
    /// What the unit is, when it is a quantity: `seconds`, `milliseconds`, `bytes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// `{"float": {...}}`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FloatType {
    /// Smallest allowed value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Largest allowed value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// Whether enum values are JSON numbers or strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EnumRepr {
    /// Values are JSON integers (`"Silence": 1`).
    Integer,
    /// Values are JSON strings (`"Type": "Public"`).
    String,
}

/// `{"enum": {...}}`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EnumType {
    /// JSON representation of the values.
    pub repr: EnumRepr,
    /// The documented values.
    pub values: Vec<EnumValue>,
    /// Decoding keeps values the spec does not list instead of failing; set it for
    /// values the service may extend (it adds new ones over time).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
}

/// One value of an enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// The value on the wire: an integer or a string, per `repr`.
    pub value: Value,
    /// The Rust variant name (UpperCamelCase).
    pub name: String,
    /// What the value means.
    pub description: String,
    /// Other wire spellings accepted for the same value (e.g. `Work` for `Private`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Value>,
}

/// `{"array": {...}}`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArrayType {
    /// The type of every item.
    pub items: TypeExpr,
    /// Fewest items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u32>,
    /// Most items in one request; batch helpers split longer lists at this size
    /// unless the array is `atomic`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u32>,
    /// The list is one unit (the members of one new group, the recipients of one
    /// message): sending a longer one as several calls would not do the same thing, so
    /// batch helpers must not split it and `max_items` is a plain limit.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub atomic: bool,
}

/// `{"object": {...}}`: an object type defined in place. Its Rust name is derived
/// from the enclosing type and field unless `rust_name` is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ObjectType {
    /// The Rust type name (UpperCamelCase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
    /// The object's fields.
    pub fields: Vec<Field>,
}

/// `{"map": {...}}`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MapType {
    /// The type of every value.
    pub values: TypeExpr,
    /// Most entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_entries: Option<u32>,
}

/// How a union's discriminator sits in the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UnionStyle {
    /// `{"<tag>": "TIMTextElem", "<content>": {...}}`: the tag field selects the
    /// shape of a sibling content field (MsgType/MsgContent, Tag/Value).
    Adjacent,
    /// `{"<tag>": 1, ...fields}`: the tag field selects which sibling fields exist.
    Internal,
}

/// `{"union": {...}}`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UnionType {
    /// Where the discriminator sits.
    pub style: UnionStyle,
    /// Wire name of the discriminator field (`MsgType`).
    pub tag: String,
    /// Adjacent style: wire name of the content field (`MsgContent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The variants, one per discriminator value.
    pub variants: Vec<UnionVariant>,
    /// Decoding keeps a variant whose tag the spec does not list (as raw JSON) instead
    /// of failing; set it where the service has more variants than the spec describes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
}

/// One variant of a union.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UnionVariant {
    /// The discriminator value on the wire (`"TIMTextElem"`, or an integer).
    pub tag: Value,
    /// The Rust variant name (UpperCamelCase).
    pub name: String,
    /// What the variant carries.
    pub description: String,
    /// The variant's shape: an object type (for the internal style, without the tag).
    #[serde(rename = "type")]
    pub ty: TypeExpr,
}

/// `{"one_of": {...}}`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OneOfType {
    /// The alternatives, tried in order when decoding.
    pub variants: Vec<OneOfVariant>,
}

/// One alternative of a [`OneOfType`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OneOfVariant {
    /// The Rust variant name (UpperCamelCase).
    pub name: String,
    /// The alternative's type.
    #[serde(rename = "type")]
    pub ty: TypeExpr,
}

/// A reference from an endpoint to an error code of the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorRef {
    /// The code, which `errors.json` must define.
    pub code: u32,
    /// What the code means for this endpoint in particular, if more than the catalog says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
}

/// A webhook the service may call because of an endpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Webhook {
    /// The callback command, e.g. `Group.CallbackAfterGroupDestroyed`.
    pub name: String,
    /// Link to the webhook's documentation.
    pub docs: String,
}

/// `specs/regions.json`: the regional domains of the service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegionsFile {
    /// Relative path to `schema/regions.schema.json`.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// URL scheme of every domain.
    pub scheme: String,
    /// The regions.
    pub regions: Vec<Region>,
}

/// One region where an app (SDKAppID) can live.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// The Rust variant name (UpperCamelCase), e.g. `Singapore`.
    pub name: String,
    /// The short identifier accepted in configuration (`TENCENT_CHAT_REGION`), e.g. `sgp`.
    pub id: String,
    /// The API domain, e.g. `adminapisgp.im.qcloud.com`.
    pub domain: String,
    /// Where the domain is documented.
    pub description: String,
}

/// `specs/envelope.json`: what every call shares on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EnvelopeFile {
    /// Relative path to `schema/envelope.schema.json`.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// HTTP method of every call.
    pub method: String,
    /// Path of a call, with `{service}` and `{command}` placeholders.
    pub path: String,
    /// The HTTP status of every service-level outcome, success or error.
    pub http_status: u16,
    /// The query parameters of every call.
    pub query: Vec<QueryParam>,
    /// The fields of every response body, besides the endpoint's own.
    pub response: Body,
    /// Wire name of the response field holding the error code (0 means success).
    pub error_code_field: String,
    /// Wire name of the response field holding the service's error text.
    pub error_info_field: String,
    /// Wire name of the optional response field holding text meant for end users.
    pub error_display_field: String,
}

/// One query parameter sent with every call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QueryParam {
    /// Wire name.
    pub name: String,
    /// What it carries.
    pub description: String,
    /// Which value the client puts there.
    pub role: QueryRole,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: TypeExpr,
    /// The only value it ever takes (role `fixed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// What a query parameter carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QueryRole {
    /// The app's SDKAppID.
    AppId,
    /// The admin account the call is made as.
    Identifier,
    /// The UserSig: a credential, never logged or shown.
    Signature,
    /// A random number drawn anew for every attempt.
    Nonce,
    /// A fixed value, given by `value`.
    Fixed,
}

/// `specs/errors.json`: every error code known to the specs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorCatalog {
    /// Relative path to `schema/errors.schema.json`.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// The documented code ranges; every code lies in one.
    pub ranges: Vec<ErrorRange>,
    /// The codes.
    pub codes: Vec<ErrorCode>,
}

/// A documented range of error codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorRange {
    /// Short name of the range, e.g. `group`.
    pub name: String,
    /// First code of the range.
    pub min: u32,
    /// Last code of the range.
    pub max: u32,
    /// Codes of this range apply to every endpoint (the public codes).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub public: bool,
    /// What the range covers.
    pub description: String,
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorCode {
    /// The numeric code in `ErrorCode`.
    pub code: u32,
    /// The Rust variant name (UpperCamelCase), unique in the catalog.
    pub name: String,
    /// What it means and what to do, in our own words.
    pub description: String,
    /// Whether sending the same request again can succeed, and whether the service
    /// may already have acted on the request that got this code.
    pub retry: Retryability,
}

impl ErrorCode {
    /// Sending the same request again later can succeed (either kind of retryable code).
    pub fn retryable(&self) -> bool {
        self.retry != Retryability::No
    }
}

/// What an error code says about sending the same request again. Clients retry a
/// `refused` code for any endpoint, but an `outcome_unknown` code only for endpoints
/// marked safe to repeat (or when the caller opts in), since repeating a call that may
/// have taken effect can create a second group or report a failure of a call that
/// succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Retryability {
    /// Sending the same request again cannot succeed until something else changes
    /// (a bad parameter, a missing permission, a full quota, a missing object).
    No,
    /// The service turned the request down before acting on it, for a reason that
    /// passes (a rate limit, a write conflict, a failed pre-send webhook): sending it
    /// again is always harmless.
    Refused,
    /// The service failed while handling the request (an internal error, a backend
    /// timeout), so it may or may not have acted on it: sending it again can succeed,
    /// but is harmless only for calls that are safe to repeat.
    OutcomeUnknown,
}

/// `specs/types.json`: named types shared by endpoints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TypesFile {
    /// Relative path to `schema/types.schema.json`.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// The types by name (UpperCamelCase; also the Rust type name).
    pub types: BTreeMap<String, NamedType>,
}

/// A named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NamedType {
    /// What the type represents.
    pub description: String,
    /// Its definition.
    #[serde(rename = "type")]
    pub ty: TypeExpr,
}

impl EnvelopeFile {
    /// The request path of one endpoint, from the `path` template.
    pub fn path_of(&self, service: &str, command: &str) -> String {
        fill_path(&self.path, service, command)
    }
}

/// A path template with its `{service}` and `{command}` placeholders filled in.
pub(crate) fn fill_path(template: &str, service: &str, command: &str) -> String {
    template
        .replace("{service}", service)
        .replace("{command}", command)
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Serialize for TypeExpr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            TypeExpr::Name(name) => serializer.serialize_str(name),
            TypeExpr::Def(def) => def.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for TypeExpr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TypeExprVisitor;
        impl<'de> Visitor<'de> for TypeExprVisitor {
            type Value = TypeExpr;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a type name such as \"string\" or an object such as {\"array\": {...}}",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TypeExpr, E> {
                Ok(TypeExpr::Name(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<TypeExpr, A::Error> {
                TypeDef::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(|def| TypeExpr::Def(Box::new(def)))
            }
        }
        deserializer.deserialize_any(TypeExprVisitor)
    }
}

#[cfg(feature = "meta-schema")]
impl JsonSchema for TypeExpr {
    fn schema_name() -> Cow<'static, str> {
        "TypeExpr".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let def = generator.subschema_for::<TypeDef>();
        json_schema!({
            "description": "A primitive (string, u8, u16, u32, u64, i8, i16, i32, i64, f64, json), the name of a type in types.json, or an inline definition.",
            "anyOf": [
                { "type": "string", "minLength": 1 },
                def
            ]
        })
    }
}

/// `specs/webhooks/<CallbackCommand>.json`: one callback the service sends to the
/// app's backend (an HTTP POST to the configured callback URL) when an event happens.
/// Not a service folder: nothing here is an endpoint of the REST API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WebhookSpec {
    /// Relative path from this file to its meta-schema, `../schema/webhook.schema.json`.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// The `CallbackCommand` value, e.g. `Group.CallbackBeforeSendMsg`. Must match the
    /// file name.
    pub command: String,
    /// One line: what event the callback reports. Written in our own words.
    pub summary: String,
    /// Longer explanation: when it fires, what the answer can change.
    pub description: String,
    /// Link to the official documentation page of the callback.
    pub docs: String,
    /// Whether the service waits for the answer before acting (`before`) or reports an
    /// action already taken (`after`).
    pub kind: WebhookKind,
    /// The JSON body the service posts, `CallbackCommand` included.
    pub payload: Body,
    /// For `before` callbacks: the JSON answer the app returns, `ActionStatus`,
    /// `ErrorCode` and `ErrorInfo` included. `after` callbacks take the plain
    /// acknowledgement (those three fields) and have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Body>,
    /// For `before` callbacks: what each documented `ErrorCode` of the answer makes the
    /// service do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<WebhookOutcome>,
    /// For `before` callbacks: what the service does when the answer does not come
    /// in time or cannot be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_failure: Option<WebhookEffect>,
    /// Related endpoints (`service/command`) and callbacks (`CallbackCommand`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub see_also: Vec<String>,
    /// Where the documentation is ambiguous or contradicts itself, which reading this
    /// spec takes and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// When a callback is sent relative to the action it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WebhookKind {
    /// Before the action: the answer can allow, refuse or rewrite it.
    Before,
    /// After the action: the answer is only an acknowledgement.
    After,
}

/// What the service does with the action a `before` callback reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WebhookEffect {
    /// The action goes ahead (with the answer's rewritten fields, if any).
    Allow,
    /// The action is refused; the caller gets `caller_code`.
    Refuse,
    /// The action is dropped without telling the caller, who sees a success.
    Discard,
}

/// One documented `ErrorCode` (or range of codes) of a `before` callback's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "meta-schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WebhookOutcome {
    /// The `ErrorCode` value, or the first of a range.
    pub code: i64,
    /// The last code of a range that shares the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<i64>,
    /// What the service then does.
    pub effect: WebhookEffect,
    /// For a refusal: the error code the service answers the caller (a REST call or
    /// a client SDK), by reference to `errors.json`. Absent when the app's own code
    /// (a range outcome) is passed through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller_code: Option<u32>,
    /// What it means, in our own words.
    pub description: String,
}
