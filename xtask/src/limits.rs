//! The documented limits of a request, found by walking its spec: every bound the
//! client checks before sending (items, bytes, entries, ranges), with the path of the
//! value it applies to. Coverage wants one refused-input fixture per limit and bound.

use std::fmt;

use tencent_chat_spec::integer_bounds;
use tencent_chat_spec::ir::{Field, IntegerEncoding, Literal, TypeId, TypeKind, TypeTable};

/// One step from a request to a value in it.
#[derive(Debug, Clone, PartialEq)]
pub enum Seg {
    /// A field of an object, by wire name.
    Field(String),
    /// An item of an array.
    Index,
    /// An entry of a map.
    Key,
    /// A variant of a union: the tag selects it; an adjacent union keeps the variant's
    /// fields under `content`.
    Variant {
        /// Wire name of the discriminator field.
        tag_field: String,
        /// The discriminator value.
        tag: Literal,
        /// Adjacent unions: wire name of the content field.
        content: Option<String>,
    },
}

/// Which bound of a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LimitKind {
    /// Most items of an array.
    MaxItems,
    /// Fewest items of an array.
    MinItems,
    /// Most UTF-8 bytes of a string.
    MaxBytes,
    /// Fewest UTF-8 bytes of a string.
    MinBytes,
    /// Most entries of a map.
    MaxEntries,
    /// Smallest value of a number.
    RangeMin,
    /// Largest value of a number.
    RangeMax,
}

impl LimitKind {
    /// The name used in coverage messages (`range_min` for the lower bound of a range).
    pub fn name(self) -> &'static str {
        match self {
            LimitKind::MaxItems => "max_items",
            LimitKind::MinItems => "min_items",
            LimitKind::MaxBytes => "max_bytes",
            LimitKind::MinBytes => "min_bytes",
            LimitKind::MaxEntries => "max_entries",
            LimitKind::RangeMin => "range_min",
            LimitKind::RangeMax => "range_max",
        }
    }

    /// The `limit` a refused fixture names for this bound.
    pub fn fixture_limit(self) -> &'static str {
        match self {
            LimitKind::RangeMin | LimitKind::RangeMax => "range",
            other => other.name(),
        }
    }
}

/// The value of a bound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// A count: items, bytes, entries.
    Count(u32),
    /// An integer bound, and how the integer travels.
    Int(i128, IntegerEncoding),
    /// A float bound.
    Float(f64),
}

/// One declared limit of a request.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredLimit {
    /// Where the limited value sits.
    pub segs: Vec<Seg>,
    /// The type of the value each step reaches (the last one is the limited value's).
    pub types: Vec<TypeId>,
    /// Which bound.
    pub kind: LimitKind,
    /// Its value.
    pub bound: Bound,
    /// For ranges: the other bound, which the client reports with this one.
    pub other: Option<Bound>,
}

impl DeclaredLimit {
    /// The field as the client names it, with `[]` for any item and `{}` for any map
    /// entry (`MemberList[].Member_Account`).
    pub fn field(&self) -> String {
        shape(&self.segs)
    }
}

impl fmt::Display for DeclaredLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bound = match self.bound {
            Bound::Count(n) => n.to_string(),
            Bound::Int(n, _) => n.to_string(),
            Bound::Float(x) => x.to_string(),
        };
        write!(f, "{} {} {bound}", self.field(), self.kind.name())
    }
}

/// The path shape of `segs` as the client's field paths print it. A union variant adds
/// its content field (adjacent unions) or nothing (internal ones, whose fields are the
/// union's own).
pub fn shape(segs: &[Seg]) -> String {
    let mut out = String::new();
    for seg in segs {
        match seg {
            Seg::Field(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Seg::Index => out.push_str("[]"),
            Seg::Key => out.push_str("{}"),
            Seg::Variant { content, .. } => {
                if let Some(content) = content {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(content);
                }
            }
        }
    }
    out
}

/// The shape of a concrete field path the client reported: `MemberList[3].Name` becomes
/// `MemberList[].Name`, `Map["k"].V` becomes `Map{}.V`.
pub fn normalize(path: &str) -> String {
    let mut out = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '[' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'"') {
            chars.next();
            let mut escaped = false;
            for c in chars.by_ref() {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    break;
                }
            }
            if chars.peek() == Some(&']') {
                chars.next();
            }
            out.push_str("{}");
        } else {
            for c in chars.by_ref() {
                if c == ']' {
                    break;
                }
            }
            out.push_str("[]");
        }
    }
    out
}

/// Every declared limit of a request body with these fields.
pub fn declared(types: &TypeTable, fields: &[Field]) -> Vec<DeclaredLimit> {
    let mut out = Vec::new();
    let mut path = Path::default();
    walk_fields(types, fields, &mut path, &mut out);
    out
}

/// The steps walked so far and the type each reaches.
#[derive(Default)]
struct Path {
    segs: Vec<Seg>,
    types: Vec<TypeId>,
}

impl Path {
    fn push(&mut self, seg: Seg, ty: TypeId) {
        self.segs.push(seg);
        self.types.push(ty);
    }
    fn pop(&mut self) {
        self.segs.pop();
        self.types.pop();
    }
}

fn walk_fields(types: &TypeTable, fields: &[Field], path: &mut Path, out: &mut Vec<DeclaredLimit>) {
    for field in fields {
        path.push(Seg::Field(field.name.clone()), field.ty);
        walk_type(types, field.ty, path, out);
        path.pop();
    }
}

fn walk_type(types: &TypeTable, ty: TypeId, path: &mut Path, out: &mut Vec<DeclaredLimit>) {
    let mut push = |kind, bound, other| {
        out.push(DeclaredLimit {
            segs: path.segs.clone(),
            types: path.types.clone(),
            kind,
            bound,
            other,
        })
    };
    match types.resolve(ty) {
        TypeKind::String(s) => {
            if let Some(max) = s.max_bytes {
                push(LimitKind::MaxBytes, Bound::Count(max), None);
            }
            // A minimum of 0 bytes refuses nothing.
            if let Some(min) = s.min_bytes.filter(|m| *m > 0) {
                push(LimitKind::MinBytes, Bound::Count(min), None);
            }
        }
        TypeKind::Integer(i) => {
            // A bound that equals the type's own cannot be broken by a value of the type.
            let (lo, hi) = integer_bounds(i.bits, i.signed);
            let int = |v| Bound::Int(v, i.encoding);
            let min = i.min.map(int);
            let max = i.max.map(int);
            if let Some(m) = i.min.filter(|m| *m > lo) {
                push(LimitKind::RangeMin, int(m), max);
            }
            if let Some(m) = i.max.filter(|m| *m < hi) {
                push(LimitKind::RangeMax, int(m), min);
            }
        }
        TypeKind::Float(f) => {
            if let Some(m) = f.min {
                push(
                    LimitKind::RangeMin,
                    Bound::Float(m),
                    f.max.map(Bound::Float),
                );
            }
            if let Some(m) = f.max {
                push(
                    LimitKind::RangeMax,
                    Bound::Float(m),
                    f.min.map(Bound::Float),
                );
            }
        }
        TypeKind::Primitive(_) | TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        TypeKind::Array(a) => {
            if let Some(max) = a.max_items {
                push(LimitKind::MaxItems, Bound::Count(max), None);
            }
            if let Some(min) = a.min_items.filter(|m| *m > 0) {
                push(LimitKind::MinItems, Bound::Count(min), None);
            }
            path.push(Seg::Index, a.items);
            walk_type(types, a.items, path, out);
            path.pop();
        }
        TypeKind::Map(m) => {
            if let Some(max) = m.max_entries {
                push(LimitKind::MaxEntries, Bound::Count(max), None);
            }
            path.push(Seg::Key, m.values);
            walk_type(types, m.values, path, out);
            path.pop();
        }
        TypeKind::Object(o) => walk_fields(types, &o.fields, path, out),
        TypeKind::Union(u) => {
            for v in &u.variants {
                let seg = Seg::Variant {
                    tag_field: u.tag.clone(),
                    tag: v.tag.clone(),
                    content: u.layout.content().map(str::to_owned),
                };
                path.push(seg, v.ty);
                walk_type(types, v.ty, path, out);
                path.pop();
            }
        }
        TypeKind::OneOf(o) => {
            // Untagged: the first alternative that decodes is the one checked, so only
            // limits of the first alternative can be reached from a crafted body.
            if let Some(v) = o.variants.first() {
                walk_type(types, v.ty, path, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concrete_paths_normalize_to_shapes() {
        assert_eq!(
            normalize("MemberList[3].Member_Account"),
            "MemberList[].Member_Account"
        );
        assert_eq!(normalize("A[\"k\\\"]\"].B[0][12]"), "A{}.B[][]");
        assert_eq!(normalize("GroupName"), "GroupName");
        assert_eq!(
            shape(&[Seg::Field("A".into()), Seg::Index, Seg::Field("B".into())]),
            "A[].B"
        );
        let variant = |content: Option<&str>| Seg::Variant {
            tag_field: "MsgType".into(),
            tag: Literal::Str("TIMLocationElem".into()),
            content: content.map(str::to_owned),
        };
        let field = |n: &str| Seg::Field(n.into());
        assert_eq!(
            shape(&[
                field("MsgBody"),
                Seg::Index,
                variant(Some("MsgContent")),
                field("Latitude")
            ]),
            "MsgBody[].MsgContent.Latitude"
        );
        assert_eq!(
            shape(&[field("Items"), Seg::Key, variant(None), field("X")]),
            "Items{}.X"
        );
    }
}
