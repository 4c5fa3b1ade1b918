//! A response body built from a spec, for answers that have no state behind them
//! (the emulator's generic tier): every required field, and every optional field with
//! a documented example, with the example, the default, or the simplest value of its
//! type that keeps the type's limits.

use serde_json::{Map, Value};
use tencent_chat_spec::ir::{
    Field, IntegerEncoding, IntegerType, Primitive, TypeId, TypeKind, TypeTable, UnionLayout,
};

/// The example object of `fields`.
pub fn object(table: &TypeTable, fields: &[Field]) -> Value {
    let mut out = Map::new();
    for f in fields {
        let value = match (&f.example, &f.default) {
            (Some(example), _) => example.clone(),
            (None, Some(default)) if f.required => default.clone(),
            (None, _) if f.required => value(table, f.ty),
            (None, _) => continue,
        };
        out.insert(f.name.clone(), value);
    }
    Value::Object(out)
}

fn integer(i: &IntegerType) -> Value {
    let n = i.min.unwrap_or(0).max(0).min(i.max.unwrap_or(i128::MAX));
    match i.encoding {
        IntegerEncoding::String => Value::String(n.to_string()),
        IntegerEncoding::Number => i64::try_from(n).map_or(Value::from(0), Value::from),
    }
}

/// The simplest value of the type `id`. Terminates: the checks refuse a named type
/// that contains itself, so only required paths are followed and they end.
fn value(table: &TypeTable, id: TypeId) -> Value {
    match &table.node(id).kind {
        TypeKind::Primitive(Primitive::String) => Value::String(String::new()),
        TypeKind::Primitive(Primitive::Int { .. }) => Value::from(0),
        TypeKind::Primitive(Primitive::F64) => Value::from(0.0),
        TypeKind::Primitive(Primitive::Json) => Value::Object(Map::new()),
        TypeKind::Alias(other) => value(table, *other),
        TypeKind::String(s) => Value::String("x".repeat(s.min_bytes.unwrap_or(0) as usize)),
        TypeKind::Integer(i) => integer(i),
        TypeKind::Float(f) => Value::from(f.min.unwrap_or(0.0).max(0.0)),
        TypeKind::Enum(e) => e
            .entries()
            .first()
            .map_or(Value::Null, |entry| entry.value.to_json()),
        TypeKind::Array(a) => Value::Array(
            (0..a.min_items.unwrap_or(0))
                .map(|_| value(table, a.items))
                .collect(),
        ),
        TypeKind::Object(o) => object(table, &o.fields),
        TypeKind::Map(_) => Value::Object(Map::new()),
        TypeKind::Union(u) => {
            let Some(first) = u.variants.first() else {
                return Value::Null;
            };
            let inner = value(table, first.ty);
            match &u.layout {
                UnionLayout::Adjacent { content } => {
                    let mut out = Map::new();
                    out.insert(u.tag.clone(), first.tag.to_json());
                    out.insert(content.clone(), inner);
                    Value::Object(out)
                }
                UnionLayout::Internal => {
                    let mut out = match inner {
                        Value::Object(map) => map,
                        _ => Map::new(),
                    };
                    out.insert(u.tag.clone(), first.tag.to_json());
                    Value::Object(out)
                }
            }
        }
        TypeKind::OneOf(o) => o
            .variants
            .first()
            .map_or(Value::Null, |v| value(table, v.ty)),
    }
}
