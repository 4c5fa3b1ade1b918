//! How wire names become Rust names. The generator and the checks share these rules,
//! so a duplicate Rust name is caught in the spec, not by the compiler.

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::model::{EndpointSpec, Field};

/// Words that cannot be Rust identifiers even in raw form (`r#self` is invalid).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Rust keywords (strict and reserved, edition 2024); fields with these names are
/// emitted as raw identifiers (`r#type`).
pub const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// The Rust field name of a field: its `rust_name`, or the snake_case of its wire name.
pub fn field_name(field: &Field) -> String {
    field
        .rust_name
        .clone()
        .unwrap_or_else(|| field.name.to_snake_case())
}

/// The Rust type prefix of an endpoint: `destroy_group` -> `DestroyGroup`.
pub fn endpoint_type_name(command: &str) -> String {
    command.to_upper_camel_case()
}

/// The Rust module of a service: `group_open_http_svc` -> `group_open_http_svc`.
pub fn service_module(service: &str) -> String {
    service.to_snake_case()
}

/// The Rust method name of an endpoint: `destroy_group` -> `destroy_group`.
pub fn method_name(command: &str) -> String {
    command.to_snake_case()
}

/// The `Client` method of an endpoint: its `method`, or [`method_name`] of its command.
pub fn endpoint_method(spec: &EndpointSpec) -> String {
    spec.method
        .clone()
        .unwrap_or_else(|| method_name(&spec.command))
}

/// The Rust type name of an inline object: its parent's name and the field's, in
/// UpperCamelCase (`SendGroupMsgRequest` + `OfflinePushInfo`).
pub fn inline_type_name(parent: &str, field_wire_name: &str) -> String {
    format!("{parent}{}", field_wire_name.to_upper_camel_case())
}

/// Whether `name` is a usable snake_case Rust identifier (possibly raw).
pub fn is_snake_ident(name: &str) -> bool {
    is_ident(name)
        && !NOT_RAW.contains(&name)
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Whether `name` is a usable UpperCamelCase Rust identifier.
pub fn is_camel_ident(name: &str) -> bool {
    is_ident(name)
        && !NOT_RAW.contains(&name)
        && name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The payload field every callback carries, naming the callback.
pub const CALLBACK_COMMAND_FIELD: &str = "CallbackCommand";

/// The Rust base name of a callback: the parts of its `CallbackCommand` without the
/// `Callback` prefix, joined: `Group.CallbackBeforeSendMsg` -> `GroupBeforeSendMsg`,
/// `State.StateChange` -> `StateStateChange`.
pub fn webhook_type_name(command: &str) -> String {
    command
        .split('.')
        .map(|part| part.strip_prefix("Callback").unwrap_or(part))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_become_snake_case() {
        for (wire, rust) in [
            ("MemberToDel_Account", "member_to_del_account"),
            ("GroupId", "group_id"),
            ("From_Account", "from_account"),
            ("Sender_Account", "sender_account"),
            ("TopicId", "topic_id"),
            ("CurrentSequence", "current_sequence"),
        ] {
            let field: Field = serde_json::from_value(serde_json::json!({
                "name": wire, "description": "d", "required": true, "type": "string"
            }))
            .unwrap();
            assert_eq!(field_name(&field), rust);
        }
    }

    #[test]
    fn identifiers() {
        assert!(is_snake_ident("group_id"));
        assert!(is_snake_ident("type"));
        assert!(!is_snake_ident("self"));
        assert!(!is_snake_ident("GroupId"));
        assert!(!is_snake_ident("2x"));
        assert!(is_camel_ident("GroupNotFound"));
        assert!(!is_camel_ident("group"));
        assert!(!is_camel_ident("Self"));
        assert_eq!(
            endpoint_type_name("delete_group_msg_by_sender"),
            "DeleteGroupMsgBySender"
        );
    }

    #[test]
    fn webhook_type_names() {
        assert_eq!(
            super::webhook_type_name("Group.CallbackBeforeSendMsg"),
            "GroupBeforeSendMsg"
        );
        assert_eq!(
            super::webhook_type_name("State.StateChange"),
            "StateStateChange"
        );
        assert_eq!(
            super::webhook_type_name("C2C.CallbackAfterMsgReport"),
            "C2CAfterMsgReport"
        );
    }
}
