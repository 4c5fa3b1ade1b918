//! The checked model: what every reader of the specs (the generator, `xtask`) takes.
//!
//! The raw documents of [`crate::model`] mirror the JSON: type names are strings,
//! enum values and union tags are JSON values, a group-type rule is three loose fields
//! and an error reference is a bare number. Once the checks pass, the loader turns them
//! into the model here, the way serde_derive turns its input into `internals::ast`:
//!
//! - every type expression becomes a [`TypeId`] into one [`TypeTable`]; a named type
//!   of `types.json` is one node, shared by every place that names it;
//! - enum values and union tags are [`Literal`]s;
//! - group-type support is a [`GroupSupport`] per group type;
//! - error references point at their catalog entry ([`ErrorRef`]) and say whether the
//!   code is public or the endpoint's own;
//! - each endpoint carries its request path, computed once from `envelope.json`.
//!
//! Recursion over types needs no depth cap: the checks refuse a named type that
//! contains itself, and tables are only built by the loader, after the checks.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use crate::model::{self, TypeDef, TypeExpr};
pub use crate::model::{
    Entity, EnumRepr, FactValue, FloatType, IntegerEncoding, IntegerType, QueryRole, RateLimit,
    Region, RegionsFile, Role, StringType, UnionStyle, Webhook, WebhookEffect, WebhookKind,
    WebhookOutcome,
};

/// Every spec of a directory, checked and resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecSet {
    /// `regions.json`.
    pub regions: RegionsFile,
    /// `envelope.json`.
    pub envelope: Envelope,
    /// `errors.json`.
    pub errors: ErrorCatalog,
    /// Every type: the named types of `types.json` and every inline definition.
    pub types: TypeTable,
    /// The endpoints, sorted by path.
    pub endpoints: Vec<Endpoint>,
    /// Every callback under `webhooks/`, sorted by command.
    pub webhooks: Vec<WebhookDef>,
}

impl SpecSet {
    /// The catalog entry an [`ErrorRef`] points at.
    pub fn error(&self, r: &ErrorRef) -> &CatalogCode {
        self.errors.get(r.id)
    }

    /// The endpoint with this request path (`v4/sns/group_add`), if any.
    pub fn endpoint(&self, path: &str) -> Option<&Endpoint> {
        self.endpoints.iter().find(|e| e.path == path)
    }
}

/// `envelope.json`, with its types resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    /// HTTP method of every call.
    pub method: String,
    /// The path template, with `{service}` and `{command}` placeholders.
    pub path: String,
    /// The HTTP status of every service-level outcome.
    pub http_status: u16,
    /// The query parameters of every call.
    pub query: Vec<QueryParam>,
    /// The fields of every response body, besides the endpoint's own.
    pub response: Vec<Field>,
    /// Wire name of the response field holding the error code.
    pub error_code_field: String,
    /// Wire name of the response field holding the service's error text.
    pub error_info_field: String,
    /// Wire name of the response field holding text meant for end users.
    pub error_display_field: String,
}

impl Envelope {
    /// The request path of one endpoint, from the template.
    pub fn path_of(&self, service: &str, command: &str) -> String {
        model::fill_path(&self.path, service, command)
    }

    /// The query parameter with this role (the checks ensure one per role but
    /// `fixed`, which may have several).
    pub fn query_with(&self, role: QueryRole) -> Option<&QueryParam> {
        self.query.iter().find(|q| q.role == role)
    }
}

/// One query parameter sent with every call.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryParam {
    /// Wire name.
    pub name: String,
    /// What it carries.
    pub description: String,
    /// Which value the client puts there.
    pub role: QueryRole,
    /// Its type.
    pub ty: TypeId,
    /// The only value it ever takes (role `fixed`).
    pub value: Option<String>,
}

/// `errors.json`, with each code knowing whether it is public.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorCatalog {
    /// The documented code ranges.
    pub ranges: Vec<model::ErrorRange>,
    /// The codes, in the order of the file.
    pub codes: Vec<CatalogCode>,
}

impl ErrorCatalog {
    /// The entry with this id.
    pub fn get(&self, id: ErrorId) -> &CatalogCode {
        &self.codes[id.0]
    }

    /// The entry with this code, if the catalog has it.
    pub fn find(&self, code: u32) -> Option<&CatalogCode> {
        self.codes.iter().find(|c| c.def.code == code)
    }

    /// The ranges whose codes apply to every endpoint.
    pub fn public_ranges(&self) -> impl Iterator<Item = &model::ErrorRange> {
        self.ranges.iter().filter(|r| r.public)
    }
}

/// One code of the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogCode {
    /// The code as `errors.json` defines it (every field of the file, unchanged).
    pub def: model::ErrorCode,
    /// The code lies in a public range: it can answer any endpoint.
    pub public: bool,
}

/// Index of a code in [`ErrorCatalog::codes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ErrorId(usize);

/// Whether a referenced code is public or one of the endpoint's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorScope {
    /// A public code: it applies to every endpoint.
    Public,
    /// One of the endpoint's own codes (listed in its `errors`).
    Own,
}

/// A reference from an endpoint to a code of the catalog, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorRef {
    /// The catalog entry; see [`SpecSet::error`].
    pub id: ErrorId,
    /// The numeric code (also in the entry), for convenience.
    pub code: u32,
    /// Public or the endpoint's own.
    pub scope: ErrorScope,
    /// What the code means for this endpoint in particular (own codes only).
    pub when: Option<String>,
}

/// One callback the service sends to the app, checked and resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookDef {
    /// The file as shown to people.
    pub file: String,
    /// The `CallbackCommand` value.
    pub command: String,
    /// The Rust base name (`GroupBeforeSendMsg`).
    pub type_name: String,
    /// One line: the event.
    pub summary: String,
    /// Longer explanation.
    pub description: String,
    /// Link to the official documentation page.
    pub docs: String,
    /// Before or after the action.
    pub kind: WebhookKind,
    /// The posted body's fields, `CallbackCommand` included.
    pub payload: Vec<Field>,
    /// A before callback's answer fields (envelope fields included).
    pub answer: Option<Vec<Field>>,
    /// What each documented answer code does.
    pub outcomes: Vec<WebhookOutcome>,
    /// What happens without a usable answer (before callbacks).
    pub on_failure: Option<WebhookEffect>,
    /// The endpoints (paths) whose specs name this callback, sorted.
    pub triggered_by: Vec<String>,
    /// Related endpoints and callbacks.
    pub see_also: Vec<String>,
    /// Readings of ambiguous documentation.
    pub notes: Vec<String>,
}

/// One endpoint, checked and resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    /// The file as shown to people (`specs/sns/group_delete.json`).
    pub file: String,
    /// Service segment of the path.
    pub service: String,
    /// Command segment of the path.
    pub command: String,
    /// The request path, from `envelope.json`'s template (`v4/sns/group_delete`).
    pub path: String,
    /// The name of the endpoint's `Client` method (unique in the set).
    pub method: String,
    /// One line: what the call does.
    pub summary: String,
    /// Longer explanation.
    pub description: String,
    /// Link to the official documentation page.
    pub docs: String,
    /// The documented maximum call frequency.
    pub rate_limit: RateLimit,
    /// The call cannot be undone.
    pub irrevocable: bool,
    /// The client may repeat the call after a timeout.
    pub safe_to_repeat: bool,
    /// For group calls: every group type, sorted by name, with its support.
    pub group_types: Option<Vec<GroupTypeRule>>,
    /// For group calls: the top-level request field naming the group.
    pub group_field: Option<String>,
    /// The request body's fields.
    pub request: Vec<Field>,
    /// The response body's own fields (without the envelope).
    pub response: Vec<Field>,
    /// The code answering a request that breaks a documented limit.
    pub invalid_request: ErrorRef,
    /// The endpoint's own codes, in the order of the spec.
    pub errors: Vec<ErrorRef>,
    /// Webhooks the call may fire.
    pub webhooks: Vec<Webhook>,
    /// How the endpoint pages, when its results come over several calls.
    pub paging: Option<Paging>,
    /// Related endpoints as `service/command`.
    pub see_also: Vec<String>,
    /// Older paths the service still answers for this endpoint, computed like `path`
    /// (`v4/<service>/<command>`), in the order of the spec.
    pub legacy_paths: Vec<String>,
    /// Readings of ambiguous documentation.
    pub notes: Vec<String>,
    /// Constants the documentation states in prose, sorted by name.
    pub facts: Vec<Fact>,
}

impl Endpoint {
    /// The wire name of the request field that names the endpoint's group (the one
    /// whose `refers_to` entity is a group), if any.
    pub fn group_field(&self) -> Option<&Field> {
        self.request.iter().find(|f| {
            f.refers_to
                .as_ref()
                .is_some_and(|r| r.entity == Entity::Group)
        })
    }
}

/// A constant the documentation states in prose.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Its snake_case name.
    pub name: String,
    /// Its value.
    pub value: FactValue,
    /// The unit of an integer value.
    pub unit: Option<String>,
    /// Where the documentation says it.
    pub source: String,
}

/// What a top-level request field names, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// The kind of thing.
    pub entity: Entity,
    /// The code answered when it does not exist.
    pub missing: ErrorRef,
    /// A role the named account must hold in the endpoint's group.
    pub role: Option<RoleRequirement>,
}

/// A role requirement, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleRequirement {
    /// The least role.
    pub require: Role,
    /// The code answered when the account lacks it.
    pub code: ErrorRef,
    /// Group types where it does not apply.
    pub except_group_types: Vec<String>,
}

/// How an endpoint pages. Fields are named by their index in the endpoint's
/// `request` or `response`; the checks made sure each exists and fits its role.
#[derive(Debug, Clone, PartialEq)]
pub struct Paging {
    /// The response field (an array) holding each answer's items.
    pub items: usize,
    /// The ways to page, tried in order; the last has no `when`.
    pub modes: Vec<PagingMode>,
}

/// One way of paging (see [`model::PagingMode`]).
#[derive(Debug, Clone, PartialEq)]
pub struct PagingMode {
    /// The optional request field whose presence selects this mode.
    pub when: Option<usize>,
    /// (request field, response field): the next request takes the answer's value.
    pub cursor: Vec<(usize, usize)>,
    /// The request field advanced by the number of items received.
    pub offset: Option<usize>,
    /// Conditions of which any one marks the last answer.
    pub end: Vec<PagingEnd>,
}

/// A condition marking the last answer (see [`model::PagingEnd`]).
#[derive(Debug, Clone, PartialEq)]
pub enum PagingEnd {
    /// The response field has this wire value.
    Equals {
        /// Response field index.
        field: usize,
        /// The value, as JSON.
        value: Value,
    },
    /// The answer holds no items.
    EmptyItems,
    /// Fewer items than the request field asked for, or no such request field set.
    ShortPage {
        /// Request field index.
        limit: usize,
    },
    /// Items received so far reach the response field's count.
    Total {
        /// Response field index.
        field: usize,
    },
}

/// Whether an endpoint supports one group type.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupTypeRule {
    /// The group type (a value of the `GroupType` named type).
    pub group_type: String,
    /// What the service does for it.
    pub support: GroupSupport,
    /// Anything else worth knowing.
    pub note: Option<String>,
}

/// What the service does with a call about a group of one type.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupSupport {
    /// The call is supported.
    Supported,
    /// The service refuses the call with this code (one of the endpoint's own).
    Unsupported {
        /// The code it answers.
        error: ErrorRef,
    },
    /// The service answers success, but the call does nothing.
    NoEffect,
}

/// One field of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The name on the wire.
    pub name: String,
    /// The Rust field name (the spec's `rust_name` or the snake_case wire name).
    pub rust_name: String,
    /// What the field means.
    pub description: String,
    /// Requests: the caller must send it. Responses: the service always sends it.
    pub required: bool,
    /// Its type.
    pub ty: TypeId,
    /// The value the service assumes when the field is absent.
    pub default: Option<Value>,
    /// A realistic value.
    pub example: Option<Value>,
    /// Top-level request fields only: the code answering a value that breaks this
    /// field's own limits, where it differs from the endpoint's.
    pub invalid_request: Option<ErrorRef>,
    /// Top-level request fields only: what the value names, which must exist.
    pub refers_to: Option<Reference>,
}

/// Index of a type in a [`TypeTable`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(u32);

/// Every type of a spec set. Named types are nodes with a name; every other node is
/// an inline definition or a primitive.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeTable {
    nodes: Vec<TypeNode>,
    named: BTreeMap<String, TypeId>,
}

/// One type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeNode {
    /// For named types: the name (also the Rust type name) and description.
    pub named: Option<Named>,
    /// What the type is.
    pub kind: TypeKind,
}

/// The name of a named type.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    /// The name in `types.json`.
    pub name: String,
    /// What the type represents.
    pub description: String,
}

/// The primitive type names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Primitive {
    /// `string`.
    String,
    /// `u8`, `u16`, `u32`, `u64`, `i8`, `i16`, `i32`, `i64`.
    Int {
        /// Width in bits.
        bits: u8,
        /// Whether negative values exist.
        signed: bool,
    },
    /// `f64`.
    F64,
    /// `json`: any JSON value.
    Json,
}

impl Primitive {
    /// The primitive of a spec type name, if it is one.
    pub fn from_name(name: &str) -> Option<Primitive> {
        let int = |bits, signed| Some(Primitive::Int { bits, signed });
        match name {
            "string" => Some(Primitive::String),
            "f64" => Some(Primitive::F64),
            "json" => Some(Primitive::Json),
            "u8" => int(8, false),
            "u16" => int(16, false),
            "u32" => int(32, false),
            "u64" => int(64, false),
            "i8" => int(8, true),
            "i16" => int(16, true),
            "i32" => int(32, true),
            "i64" => int(64, true),
            _ => None,
        }
    }

    /// The spec (and Rust) name: `string`, `u32`, `f64`, `json`.
    pub fn name(self) -> &'static str {
        match self {
            Primitive::String => "string",
            Primitive::F64 => "f64",
            Primitive::Json => "json",
            Primitive::Int { bits, signed } => match (bits, signed) {
                (8, false) => "u8",
                (16, false) => "u16",
                (32, false) => "u32",
                (8, true) => "i8",
                (16, true) => "i16",
                (32, true) => "i32",
                (64, true) => "i64",
                _ => "u64",
            },
        }
    }
}

/// What a type is.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// A primitive.
    Primitive(Primitive),
    /// A named type defined as another type's name (`"Account": "string"`).
    Alias(TypeId),
    /// A string with limits.
    String(StringType),
    /// An integer of a given width, with limits and encoding.
    Integer(IntegerType),
    /// A float with limits.
    Float(FloatType),
    /// A closed (or open) set of values.
    Enum(EnumType),
    /// A JSON array.
    Array(ArrayType),
    /// A JSON object with known fields.
    Object(ObjectType),
    /// A JSON object with dynamic keys.
    Map(MapType),
    /// A union selected by a discriminator.
    Union(UnionType),
    /// One of several types, tried in order.
    OneOf(OneOfType),
}

/// An enum value or union tag as it travels on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Literal {
    /// A JSON integer.
    Int(i64),
    /// A JSON string.
    Str(String),
}

impl Literal {
    /// The value as JSON.
    pub fn to_json(&self) -> Value {
        match self {
            Literal::Int(n) => Value::from(*n),
            Literal::Str(s) => Value::from(s.as_str()),
        }
    }

    /// The string, for string literals.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Literal::Str(s) => Some(s),
            Literal::Int(_) => None,
        }
    }

    /// The integer, for integer literals.
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Literal::Int(n) => Some(*n),
            Literal::Str(_) => None,
        }
    }

    fn from_json(value: &Value) -> Option<Literal> {
        match value {
            Value::String(s) => Some(Literal::Str(s.clone())),
            Value::Number(n) => n.as_i64().map(Literal::Int),
            _ => None,
        }
    }
}

/// As JSON: strings quoted and escaped, integers bare.
impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_json())
    }
}

/// An enum type.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumType {
    /// The documented values, typed by their JSON representation.
    pub values: EnumValues,
    /// Unlisted values decode instead of failing.
    pub open: bool,
}

/// The values of an enum: all integers or all strings.
#[derive(Debug, Clone, PartialEq)]
pub enum EnumValues {
    /// Values are JSON integers.
    Int(Vec<EnumValue<i64>>),
    /// Values are JSON strings.
    Str(Vec<EnumValue<String>>),
}

/// One enum value, `T` being `i64` or `String`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue<T> {
    /// The value on the wire.
    pub value: T,
    /// The Rust variant name.
    pub name: String,
    /// What the value means.
    pub description: String,
    /// Other wire spellings of the same value.
    pub aliases: Vec<T>,
}

/// One enum value whatever the representation, for code that treats both alike.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumEntry<'a> {
    /// The value on the wire.
    pub value: Literal,
    /// The Rust variant name.
    pub name: &'a str,
    /// What the value means.
    pub description: &'a str,
    /// Other wire spellings of the same value.
    pub aliases: Vec<Literal>,
}

impl EnumType {
    /// The JSON representation of the values.
    pub fn repr(&self) -> EnumRepr {
        match self.values {
            EnumValues::Int(_) => EnumRepr::Integer,
            EnumValues::Str(_) => EnumRepr::String,
        }
    }

    /// The values as [`Literal`]s, in order.
    pub fn entries(&self) -> Vec<EnumEntry<'_>> {
        fn entry<T>(v: &EnumValue<T>, lit: impl Fn(&T) -> Literal) -> EnumEntry<'_> {
            EnumEntry {
                value: lit(&v.value),
                name: &v.name,
                description: &v.description,
                aliases: v.aliases.iter().map(&lit).collect(),
            }
        }
        match &self.values {
            EnumValues::Int(values) => values
                .iter()
                .map(|v| entry(v, |n| Literal::Int(*n)))
                .collect(),
            EnumValues::Str(values) => values
                .iter()
                .map(|v| entry(v, |s| Literal::Str(s.clone())))
                .collect(),
        }
    }
}

/// An array type.
#[derive(Debug, Clone, PartialEq)]
pub struct ArrayType {
    /// The type of every item.
    pub items: TypeId,
    /// Fewest items.
    pub min_items: Option<u32>,
    /// Most items.
    pub max_items: Option<u32>,
    /// The list must not be split across calls.
    pub atomic: bool,
}

/// An object type.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectType {
    /// The Rust type name the spec gives an inline object, if any.
    pub rust_name: Option<String>,
    /// The fields.
    pub fields: Vec<Field>,
}

/// A map type.
#[derive(Debug, Clone, PartialEq)]
pub struct MapType {
    /// The type of every value.
    pub values: TypeId,
    /// Most entries.
    pub max_entries: Option<u32>,
}

/// Where a union's variant sits beside its tag.
#[derive(Debug, Clone, PartialEq)]
pub enum UnionLayout {
    /// The variant's value sits in a sibling content field.
    Adjacent {
        /// Wire name of the content field.
        content: String,
    },
    /// The variant's fields sit beside the tag.
    Internal,
}

impl UnionLayout {
    /// The content field of an adjacent union.
    pub fn content(&self) -> Option<&str> {
        match self {
            UnionLayout::Adjacent { content } => Some(content),
            UnionLayout::Internal => None,
        }
    }
}

/// A union type.
#[derive(Debug, Clone, PartialEq)]
pub struct UnionType {
    /// Wire name of the discriminator field.
    pub tag: String,
    /// Adjacent or internal.
    pub layout: UnionLayout,
    /// The variants (at least one; tags all strings or all integers).
    pub variants: Vec<UnionVariant>,
    /// Unlisted tags decode as raw JSON instead of failing.
    pub open: bool,
}

impl UnionType {
    /// Whether the tags are strings (else integers).
    pub fn string_tags(&self) -> bool {
        self.variants
            .first()
            .is_none_or(|v| matches!(v.tag, Literal::Str(_)))
    }
}

/// One variant of a union.
#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    /// The discriminator value.
    pub tag: Literal,
    /// The Rust variant name.
    pub name: String,
    /// What the variant carries.
    pub description: String,
    /// Its shape.
    pub ty: TypeId,
}

/// A type with alternatives and no discriminator.
#[derive(Debug, Clone, PartialEq)]
pub struct OneOfType {
    /// The alternatives, in order.
    pub variants: Vec<OneOfVariant>,
}

/// One alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct OneOfVariant {
    /// The Rust variant name.
    pub name: String,
    /// Its type.
    pub ty: TypeId,
}

impl TypeTable {
    /// The node of `id`.
    pub fn node(&self, id: TypeId) -> &TypeNode {
        &self.nodes[id.0 as usize]
    }

    /// The named types, sorted by name.
    pub fn named(&self) -> impl Iterator<Item = (&str, TypeId)> {
        self.named.iter().map(|(n, id)| (n.as_str(), *id))
    }

    /// The named type called `name`.
    pub fn by_name(&self, name: &str) -> Option<TypeId> {
        self.named.get(name).copied()
    }

    /// The name of `id`, when it is a named type.
    pub fn name_of(&self, id: TypeId) -> Option<&str> {
        self.node(id).named.as_ref().map(|n| n.name.as_str())
    }

    /// What `id` stands for, through named aliases: never [`TypeKind::Alias`].
    pub fn resolve(&self, id: TypeId) -> &TypeKind {
        &self.node(self.target(id)).kind
    }

    /// The node `id` stands for, through named aliases.
    pub fn target(&self, mut id: TypeId) -> TypeId {
        // The checks refuse alias cycles; the bound only keeps a bug from looping.
        for _ in 0..=self.nodes.len() {
            match self.node(id).kind {
                TypeKind::Alias(next) => id = next,
                _ => return id,
            }
        }
        id
    }

    /// The object fields of `id`, through aliases, when it is an object.
    pub fn object_fields(&self, id: TypeId) -> Option<&[Field]> {
        match self.resolve(id) {
            TypeKind::Object(o) => Some(&o.fields),
            _ => None,
        }
    }

    /// Whether a value of `id` has limits of its own (not only inside its items or
    /// fields).
    pub fn has_own_limits(&self, id: TypeId) -> bool {
        match self.resolve(id) {
            TypeKind::String(s) => s.min_bytes.is_some() || s.max_bytes.is_some(),
            TypeKind::Integer(i) => i.min.is_some() || i.max.is_some(),
            TypeKind::Float(f) => f.min.is_some() || f.max.is_some(),
            TypeKind::Array(a) => a.min_items.is_some() || a.max_items.is_some(),
            TypeKind::Map(m) => m.max_entries.is_some(),
            _ => false,
        }
    }

    /// Whether a value of `id`, or anything inside it, has a limit to check.
    pub fn needs_validation(&self, id: TypeId) -> bool {
        self.has_own_limits(id)
            || match self.resolve(id) {
                TypeKind::Array(a) => self.needs_validation(a.items),
                TypeKind::Map(m) => self.needs_validation(m.values),
                TypeKind::Object(o) => o.fields.iter().any(|f| self.needs_validation(f.ty)),
                TypeKind::Union(u) => u.variants.iter().any(|v| self.needs_validation(v.ty)),
                TypeKind::OneOf(o) => o.variants.iter().any(|v| self.needs_validation(v.ty)),
                _ => false,
            }
    }
}

/// Builds the checked model from documents that passed the checks. Anything the
/// checks should have refused comes back as an error message, never a panic.
pub(crate) fn build(
    regions: RegionsFile,
    envelope: model::EnvelopeFile,
    errors: model::ErrorCatalog,
    types: model::TypesFile,
    endpoints: Vec<(model::EndpointSpec, String)>,
    webhooks: Vec<(model::WebhookSpec, String)>,
) -> Result<SpecSet, String> {
    let catalog = ErrorCatalog {
        codes: errors
            .codes
            .iter()
            .map(|c| CatalogCode {
                public: errors
                    .ranges
                    .iter()
                    .any(|r| r.public && (r.min..=r.max).contains(&c.code)),
                def: c.clone(),
            })
            .collect(),
        ranges: errors.ranges,
    };
    let mut b = Builder {
        table: TypeTable::default(),
    };
    // Named types first, so references resolve whatever their order.
    for (name, named) in &types.types {
        let id = b.push(TypeNode {
            named: Some(Named {
                name: name.clone(),
                description: named.description.clone(),
            }),
            kind: TypeKind::Primitive(Primitive::Json),
        });
        b.table.named.insert(name.clone(), id);
    }
    for (name, named) in &types.types {
        let kind = match &named.ty {
            TypeExpr::Name(other) => TypeKind::Alias(b.lower_name(other)?),
            TypeExpr::Def(def) => b.lower_def(def)?,
        };
        let id = b.table.named[name];
        b.table.nodes[id.0 as usize].kind = kind;
    }

    let query = envelope
        .query
        .iter()
        .map(|q| {
            Ok(QueryParam {
                name: q.name.clone(),
                description: q.description.clone(),
                role: q.role,
                ty: b.lower(&q.ty)?,
                value: q.value.clone(),
            })
        })
        .collect::<Result<_, String>>()?;
    let envelope = Envelope {
        response: b.fields(&envelope.response.fields)?,
        query,
        method: envelope.method,
        path: envelope.path,
        http_status: envelope.http_status,
        error_code_field: envelope.error_code_field,
        error_info_field: envelope.error_info_field,
        error_display_field: envelope.error_display_field,
    };

    let mut list = Vec::new();
    for (spec, file) in endpoints {
        let own = |code: u32| spec.errors.iter().find(|e| e.code == code);
        let refer = |code: u32| -> Result<ErrorRef, String> {
            let (i, entry) = catalog
                .codes
                .iter()
                .enumerate()
                .find(|(_, c)| c.def.code == code)
                .ok_or_else(|| format!("{file}: error code {code} is not in errors.json"))?;
            let (scope, when) = match own(code) {
                Some(e) if !entry.public => (ErrorScope::Own, e.when.clone()),
                None if entry.public => (ErrorScope::Public, None),
                _ => {
                    return Err(format!(
                        "{file}: error code {code} is neither public nor listed in errors"
                    ));
                }
            };
            Ok(ErrorRef {
                id: ErrorId(i),
                code,
                scope,
                when,
            })
        };
        let group_types = match &spec.group_types {
            None => None,
            Some(rules) => Some(
                rules
                    .iter()
                    .map(|(name, rule)| {
                        let support = match (rule.supported, rule.error, rule.no_effect) {
                            (true, None, false) => GroupSupport::Supported,
                            (false, Some(code), false) => GroupSupport::Unsupported {
                                error: refer(code)?,
                            },
                            (false, None, true) => GroupSupport::NoEffect,
                            _ => {
                                return Err(format!(
                                    "{file}: group type {name} has a contradicting rule"
                                ));
                            }
                        };
                        Ok(GroupTypeRule {
                            group_type: name.clone(),
                            support,
                            note: rule.note.clone(),
                        })
                    })
                    .collect::<Result<Vec<_>, String>>()?,
            ),
        };
        let mut request = b.fields(&spec.request.fields)?;
        for (field, raw) in request.iter_mut().zip(&spec.request.fields) {
            field.invalid_request = raw.invalid_request.map(refer).transpose()?;
            field.refers_to = match &raw.refers_to {
                None => None,
                Some(r) => Some(Reference {
                    entity: r.entity,
                    missing: refer(r.missing)?,
                    role: match &r.role {
                        None => None,
                        Some(role) => Some(RoleRequirement {
                            require: role.require,
                            code: refer(role.code)?,
                            except_group_types: role.except_group_types.clone(),
                        }),
                    },
                }),
            };
        }
        let paging = spec
            .paging
            .as_ref()
            .map(|p| paging(p, &spec, &file))
            .transpose()?;
        list.push(Endpoint {
            path: envelope.path_of(&spec.service, &spec.command),
            method: crate::names::endpoint_method(&spec),
            invalid_request: refer(spec.invalid_request)?,
            errors: spec
                .errors
                .iter()
                .map(|e| refer(e.code))
                .collect::<Result<_, _>>()?,
            group_types,
            // Written once: group_field where the group type comes from another field,
            // else the field whose refers_to names the group.
            group_field: spec.group_field.clone().or_else(|| {
                spec.group_types
                    .as_ref()
                    .and(crate::check::referred_group(&spec))
                    .map(str::to_owned)
            }),
            request,
            response: b.fields(&spec.response.fields)?,
            file,
            service: spec.service,
            command: spec.command,
            summary: spec.summary,
            description: spec.description,
            docs: spec.docs,
            rate_limit: spec.rate_limit,
            irrevocable: spec.irrevocable,
            safe_to_repeat: spec.safe_to_repeat,
            webhooks: spec.webhooks,
            paging,
            see_also: spec.see_also,
            legacy_paths: spec
                .legacy_paths
                .iter()
                .filter_map(|p| p.split_once('/'))
                .map(|(s, c)| envelope.path_of(s, c))
                .collect(),
            notes: spec.notes,
            facts: spec
                .facts
                .into_iter()
                .map(|(name, f)| Fact {
                    name,
                    value: f.value,
                    unit: f.unit,
                    source: f.source,
                })
                .collect(),
        });
    }
    list.sort_by(|a, b| a.path.cmp(&b.path));
    let mut hooks = Vec::new();
    for (spec, file) in webhooks {
        let mut triggered_by: Vec<String> = list
            .iter()
            .filter(|e| e.webhooks.iter().any(|w| w.name == spec.command))
            .map(|e| e.path.clone())
            .collect();
        triggered_by.sort();
        hooks.push(WebhookDef {
            type_name: crate::names::webhook_type_name(&spec.command),
            payload: b.fields(&spec.payload.fields)?,
            answer: spec
                .answer
                .as_ref()
                .map(|a| b.fields(&a.fields))
                .transpose()?,
            file,
            command: spec.command,
            summary: spec.summary,
            description: spec.description,
            docs: spec.docs,
            kind: spec.kind,
            outcomes: spec.outcomes,
            on_failure: spec.on_failure,
            triggered_by,
            see_also: spec.see_also,
            notes: spec.notes,
        });
    }
    hooks.sort_by(|a, b| a.command.cmp(&b.command));
    let table = b.table;
    Ok(SpecSet {
        regions,
        envelope,
        errors: catalog,
        types: table,
        endpoints: list,
        webhooks: hooks,
    })
}

/// Resolves a paging key's field names to indices.
fn paging(p: &model::Paging, spec: &model::EndpointSpec, file: &str) -> Result<Paging, String> {
    let find = |fields: &[model::Field], name: &str| {
        fields
            .iter()
            .position(|f| f.name == name)
            .ok_or_else(|| format!("{file}: paging names no field \"{name}\""))
    };
    let req = |name: &str| find(&spec.request.fields, name);
    let resp = |name: &str| find(&spec.response.fields, name);
    Ok(Paging {
        items: resp(&p.items)?,
        modes: p
            .modes
            .iter()
            .map(|m| {
                Ok(PagingMode {
                    when: m.when.as_deref().map(req).transpose()?,
                    cursor: m
                        .cursor
                        .iter()
                        .map(|(to, from)| Ok((req(to)?, resp(from)?)))
                        .collect::<Result<_, String>>()?,
                    offset: m.offset.as_deref().map(req).transpose()?,
                    end: m
                        .end
                        .iter()
                        .map(|e| {
                            Ok(match e {
                                model::PagingEnd::Equals { field, value } => PagingEnd::Equals {
                                    field: resp(field)?,
                                    value: value.clone(),
                                },
                                model::PagingEnd::EmptyItems => PagingEnd::EmptyItems,
                                model::PagingEnd::ShortPage { limit } => {
                                    PagingEnd::ShortPage { limit: req(limit)? }
                                }
                                model::PagingEnd::Total { field } => PagingEnd::Total {
                                    field: resp(field)?,
                                },
                            })
                        })
                        .collect::<Result<_, String>>()?,
                })
            })
            .collect::<Result<_, String>>()?,
    })
}

struct Builder {
    table: TypeTable,
}

impl Builder {
    fn push(&mut self, node: TypeNode) -> TypeId {
        let id = TypeId(self.table.nodes.len() as u32);
        self.table.nodes.push(node);
        id
    }

    fn lower(&mut self, ty: &TypeExpr) -> Result<TypeId, String> {
        match ty {
            TypeExpr::Name(name) => self.lower_name(name),
            TypeExpr::Def(def) => {
                let kind = self.lower_def(def)?;
                Ok(self.push(TypeNode { named: None, kind }))
            }
        }
    }

    fn lower_name(&mut self, name: &str) -> Result<TypeId, String> {
        if let Some(p) = Primitive::from_name(name) {
            return Ok(self.push(TypeNode {
                named: None,
                kind: TypeKind::Primitive(p),
            }));
        }
        self.table
            .named
            .get(name)
            .copied()
            .ok_or_else(|| format!("unknown type \"{name}\""))
    }

    fn lower_def(&mut self, def: &TypeDef) -> Result<TypeKind, String> {
        Ok(match def {
            TypeDef::String(s) => TypeKind::String(s.clone()),
            TypeDef::Integer(i) => TypeKind::Integer(i.clone()),
            TypeDef::Float(f) => TypeKind::Float(f.clone()),
            TypeDef::Enum(e) => {
                fn typed<T>(
                    e: &model::EnumType,
                    convert: impl Fn(&Value) -> Option<T>,
                ) -> Result<Vec<EnumValue<T>>, String> {
                    let one = |v: &Value| convert(v).ok_or_else(|| format!("bad enum value {v}"));
                    e.values
                        .iter()
                        .map(|v| {
                            Ok(EnumValue {
                                value: one(&v.value)?,
                                name: v.name.clone(),
                                description: v.description.clone(),
                                aliases: v.aliases.iter().map(one).collect::<Result<_, _>>()?,
                            })
                        })
                        .collect()
                }
                TypeKind::Enum(EnumType {
                    open: e.open,
                    values: match e.repr {
                        EnumRepr::Integer => EnumValues::Int(typed(e, Value::as_i64)?),
                        EnumRepr::String => {
                            EnumValues::Str(typed(e, |v| v.as_str().map(str::to_owned))?)
                        }
                    },
                })
            }
            TypeDef::Array(a) => TypeKind::Array(ArrayType {
                items: self.lower(&a.items)?,
                min_items: a.min_items,
                max_items: a.max_items,
                atomic: a.atomic,
            }),
            TypeDef::Object(o) => TypeKind::Object(ObjectType {
                rust_name: o.rust_name.clone(),
                fields: self.fields(&o.fields)?,
            }),
            TypeDef::Map(m) => TypeKind::Map(MapType {
                values: self.lower(&m.values)?,
                max_entries: m.max_entries,
            }),
            TypeDef::Union(u) => TypeKind::Union(UnionType {
                tag: u.tag.clone(),
                layout: match (u.style, &u.content) {
                    (UnionStyle::Adjacent, Some(content)) => UnionLayout::Adjacent {
                        content: content.clone(),
                    },
                    (UnionStyle::Internal, None) => UnionLayout::Internal,
                    _ => return Err(format!("union \"{}\": style and content disagree", u.tag)),
                },
                open: u.open,
                variants: u
                    .variants
                    .iter()
                    .map(|v| {
                        Ok(UnionVariant {
                            tag: Literal::from_json(&v.tag)
                                .ok_or_else(|| format!("bad union tag {}", v.tag))?,
                            name: v.name.clone(),
                            description: v.description.clone(),
                            ty: self.lower(&v.ty)?,
                        })
                    })
                    .collect::<Result<_, String>>()?,
            }),
            TypeDef::OneOf(o) => TypeKind::OneOf(OneOfType {
                variants: o
                    .variants
                    .iter()
                    .map(|v| {
                        Ok(OneOfVariant {
                            name: v.name.clone(),
                            ty: self.lower(&v.ty)?,
                        })
                    })
                    .collect::<Result<_, String>>()?,
            }),
        })
    }

    fn fields(&mut self, fields: &[model::Field]) -> Result<Vec<Field>, String> {
        fields
            .iter()
            .map(|f| {
                Ok(Field {
                    name: f.name.clone(),
                    rust_name: crate::names::field_name(f),
                    description: f.description.clone(),
                    required: f.required,
                    ty: self.lower(&f.ty)?,
                    default: f.default.clone(),
                    example: f.example.clone(),
                    invalid_request: None,
                    refers_to: None,
                })
            })
            .collect()
    }
}
