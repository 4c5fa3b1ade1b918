//! Rustdoc text from spec facts.

use proc_macro2::TokenStream;
use quote::quote;
use tencent_chat_spec::ir::{Field, IntegerEncoding, TypeId, TypeKind, TypeTable};

/// `#[doc = "..."]` attributes, one per line of `text`.
pub fn doc_attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// The limits of a type, in words, for docs (`at most 100 items`).
pub fn limits(types: &TypeTable, ty: TypeId) -> Vec<String> {
    let mut out = Vec::new();
    let node = types.node(ty);
    if let Some(named) = &node.named {
        out.push(format!("see [`{}`]", named.name));
        return out;
    }
    match &node.kind {
        TypeKind::String(s) => {
            if let Some(min) = s.min_bytes {
                out.push(format!("at least {min} bytes (UTF-8)"));
            }
            if let Some(max) = s.max_bytes {
                out.push(format!("at most {max} bytes (UTF-8)"));
            }
            if let Some(p) = &s.pattern {
                out.push(format!("matches `{p}`"));
            }
        }
        TypeKind::Integer(i) => {
            if let Some(min) = i.min {
                out.push(format!("at least {min}"));
            }
            if let Some(max) = i.max {
                out.push(format!("at most {max}"));
            }
            if i.encoding == IntegerEncoding::String {
                out.push("sent as a decimal string".to_owned());
            }
            if let Some(unit) = &i.unit {
                out.push(format!("in {unit}"));
            }
        }
        TypeKind::Float(f) => {
            if let Some(min) = f.min {
                out.push(format!("at least {min}"));
            }
            if let Some(max) = f.max {
                out.push(format!("at most {max}"));
            }
        }
        TypeKind::Array(a) => {
            if let Some(min) = a.min_items {
                out.push(format!("at least {min} items"));
            }
            if let Some(max) = a.max_items {
                out.push(format!("at most {max} items"));
            }
            if a.atomic {
                out.push("one list, not to be split across calls".to_owned());
            }
            for inner in limits(types, a.items) {
                out.push(format!("each item {inner}"));
            }
        }
        TypeKind::Map(m) => {
            if let Some(max) = m.max_entries {
                out.push(format!("at most {max} entries"));
            }
        }
        TypeKind::Primitive(_)
        | TypeKind::Alias(_)
        | TypeKind::Enum(_)
        | TypeKind::Object(_)
        | TypeKind::Union(_)
        | TypeKind::OneOf(_) => {}
    }
    out
}

/// The doc text of a field.
pub fn field_doc(types: &TypeTable, field: &Field, request: bool) -> String {
    let mut text = field.description.trim().to_owned();
    let presence = match (request, field.required) {
        (true, true) => "Required",
        (true, false) => "Optional",
        (false, true) => "Always present",
        (false, false) => "May be absent",
    };
    text.push_str(&format!("\n\nWire name `{}`. {presence}.", field.name));
    let limits = limits(types, field.ty);
    if !limits.is_empty() {
        text.push_str(&format!(" Limits: {}.", limits.join("; ")));
    }
    if let Some(code) = field.invalid_request.as_ref().map(|r| r.code) {
        text.push_str(&format!(
            " A value breaking these limits is answered with `{code}`."
        ));
    }
    if let Some(default) = &field.default {
        text.push_str(&format!(" The service assumes `{default}` when absent."));
    }
    if let Some(example) = &field.example {
        text.push_str(&format!(" Example: `{example}`."));
    }
    text
}
