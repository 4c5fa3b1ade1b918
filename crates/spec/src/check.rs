//! Semantic checks beyond the meta-schema: names, references, limits, ranges, paths.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::load::{Parsed, Source};
use crate::model::*;
use crate::names;

/// Name of the named type whose values are the group types.
pub const GROUP_TYPE: &str = "GroupType";

/// What the checks of one file may consult.
struct Ctx<'a> {
    source: &'a Source,
    types: &'a BTreeMap<String, NamedType>,
    /// No named type contains itself (else that is reported, and checking values
    /// against types is skipped: it could not terminate).
    acyclic: bool,
    diags: &'a mut Vec<Diagnostic>,
}

pub(crate) fn check_all(
    regions: Option<&Parsed<RegionsFile>>,
    envelope: Option<&Parsed<EnvelopeFile>>,
    errors: Option<&Parsed<ErrorCatalog>>,
    types: Option<&Parsed<TypesFile>>,
    endpoints: &[(Parsed<EndpointSpec>, String, String)],
    diags: &mut Vec<Diagnostic>,
) {
    let empty = BTreeMap::new();
    let type_map = types.map(|t| &t.doc.types).unwrap_or(&empty);
    let acyclic = type_map
        .keys()
        .all(|name| !alias_cycle(type_map, name) && containment_cycle(type_map, name).is_none());

    if let Some(r) = regions {
        check_regions(&r.doc, &r.source, diags);
    }
    if let Some(e) = envelope {
        let mut ctx = Ctx {
            source: &e.source,
            types: type_map,
            acyclic,
            diags,
        };
        check_envelope(&e.doc, &mut ctx);
    }
    let catalog: HashMap<u32, &ErrorCode> = match errors {
        Some(c) => {
            check_catalog(&c.doc, &c.source, diags);
            c.doc.codes.iter().map(|e| (e.code, e)).collect()
        }
        None => HashMap::new(),
    };
    let public_ranges: Vec<(u32, u32)> = errors
        .map(|c| {
            c.doc
                .ranges
                .iter()
                .filter(|r| r.public)
                .map(|r| (r.min, r.max))
                .collect()
        })
        .unwrap_or_default();
    if let Some(t) = types {
        let mut ctx = Ctx {
            source: &t.source,
            types: type_map,
            acyclic,
            diags,
        };
        for (name, named) in &t.doc.types {
            let ptr = format!("/types/{}", crate::position::escape_token(name));
            if !names::is_camel_ident(name) {
                ctx.diags.push(ctx.source.at_key(
                    &ptr,
                    format!("type name \"{name}\" is not an UpperCamelCase Rust identifier"),
                ));
            }
            if crate::model::PRIMITIVES.contains(&name.as_str()) {
                ctx.diags.push(
                    ctx.source
                        .at_key(&ptr, format!("type name \"{name}\" shadows a primitive")),
                );
            }
            ctx.check_type(&named.ty, &format!("{ptr}/type"));
            if let TypeExpr::Name(alias) = &named.ty
                && alias_cycle(type_map, name)
            {
                ctx.diags.push(ctx.source.at_value(
                    &format!("{ptr}/type"),
                    format!("type \"{name}\" refers to itself through \"{alias}\""),
                ));
            } else if let Some(chain) = containment_cycle(type_map, name) {
                ctx.diags.push(ctx.source.at_value(
                    &format!("{ptr}/type"),
                    format!(
                        "type \"{name}\" contains itself ({}); recursive types are not supported",
                        chain.join(" -> ")
                    ),
                ));
            }
        }
    }
    let group_types: Option<Vec<String>> = type_map.get(GROUP_TYPE).and_then(|t| match &t.ty {
        TypeExpr::Def(def) => match def.as_ref() {
            TypeDef::Enum(e) if e.repr == EnumRepr::String => Some(
                e.values
                    .iter()
                    .filter_map(|v| v.value.as_str().map(str::to_owned))
                    .collect(),
            ),
            _ => None,
        },
        _ => None,
    });

    let mut by_path: HashMap<String, &str> = HashMap::new();
    let mut by_type_name: HashMap<String, &str> = HashMap::new();
    let mut by_method: HashMap<String, &str> = HashMap::new();
    for (parsed, service, command) in endpoints {
        let spec = &parsed.doc;
        let mut ctx = Ctx {
            source: &parsed.source,
            types: type_map,
            acyclic,
            diags,
        };
        if &spec.service != service {
            ctx.diags.push(ctx.source.at_value(
                "/service",
                format!(
                    "service \"{}\" does not match the folder \"{service}\"",
                    spec.service
                ),
            ));
        }
        if &spec.command != command {
            ctx.diags.push(ctx.source.at_value(
                "/command",
                format!(
                    "command \"{}\" does not match the file name \"{command}.json\"",
                    spec.command
                ),
            ));
        }
        // A refused command is reported once: not again as a method name.
        let mut command_refused = false;
        for (ptr, segment) in [("/service", &spec.service), ("/command", &spec.command)] {
            let problem = if !is_path_segment(segment) {
                Some(format!(
                    "\"{segment}\" is not a path segment (letters, digits, underscores)"
                ))
            } else {
                rust_name_problem(ptr == "/service", segment)
            };
            if let Some(problem) = problem {
                command_refused |= ptr == "/command";
                ctx.diags.push(ctx.source.at_value(ptr, problem));
            }
        }
        let path = match envelope {
            Some(e) => e.doc.path_of(&spec.service, &spec.command),
            // The envelope's own problem is reported; any unique key will do.
            None => format!("{}/{}", spec.service, spec.command),
        };
        if let Some(other) = by_path.get(&path) {
            ctx.diags.push(ctx.source.at_value(
                "/command",
                format!("two specs with the path {path}: this one and {other}"),
            ));
        } else {
            by_path.insert(path, &parsed.source.display);
            // Two services may share a command name; their `Client` methods may not.
            let method = names::endpoint_method(spec);
            let ptr = if spec.method.is_some() {
                "/method"
            } else {
                "/command"
            };
            if command_refused && spec.method.is_none() {
                // Already reported on /command.
            } else if !names::is_snake_ident(&method) {
                ctx.diags.push(ctx.source.at_value(
                    ptr,
                    format!("\"{method}\" is not a snake_case Rust identifier"),
                ));
            } else if let Some(other) = by_method.get(&method) {
                ctx.diags.push(ctx.source.at_value(
                    ptr,
                    format!(
                        "the Client method \"{method}\" is also that of {other}; set \"method\" to a distinct name in one of them"
                    ),
                ));
            } else {
                by_method.insert(method, &parsed.source.display);
            }
        }
        let type_name = format!(
            "{}::{}",
            names::service_module(&spec.service),
            names::endpoint_type_name(&spec.command)
        );
        if let Some(other) = by_type_name.get(&type_name) {
            ctx.diags.push(ctx.source.at_value(
                "/command",
                format!("the Rust name {type_name} is also the name of {other}"),
            ));
        } else {
            by_type_name.insert(type_name, &parsed.source.display);
        }
        if spec.rate_limit.per_second == 0 {
            ctx.diags.push(ctx.source.at_value(
                "/rate_limit/per_second",
                "a rate limit of 0 calls per second allows no call; at least 1",
            ));
        }
        if spec.summary.trim().is_empty() {
            ctx.diags
                .push(ctx.source.at_value("/summary", "the summary is empty"));
        }
        if !spec.docs.starts_with("https://") {
            ctx.diags.push(
                ctx.source
                    .at_value("/docs", "the documentation link must be an https:// URL"),
            );
        }
        if spec.irrevocable && spec.safe_to_repeat {
            // Repeating an irrevocable call is fine only if the second call is a no-op;
            // the spec must say so explicitly in its notes rather than by accident.
            if spec.notes.is_empty() {
                ctx.diags.push(ctx.source.at_value(
                    "/safe_to_repeat",
                    "an irrevocable call marked safe to repeat needs a note explaining why",
                ));
            }
        }
        ctx.check_fields(&spec.request.fields, "/request/fields");
        ctx.check_fields(&spec.response.fields, "/response/fields");
        if let Some(paging) = &spec.paging {
            ctx.check_paging(paging, spec);
        }
        if let Some(e) = envelope {
            for (i, field) in spec.response.fields.iter().enumerate() {
                if e.doc.response.fields.iter().any(|f| f.name == field.name) {
                    ctx.diags.push(ctx.source.at_value(
                        &format!("/response/fields/{i}/name"),
                        format!(
                            "\"{}\" belongs to the envelope (envelope.json); list only the endpoint's own fields",
                            field.name
                        ),
                    ));
                }
            }
        }

        // Error references.
        let mut seen = HashSet::new();
        for (i, error) in spec.errors.iter().enumerate() {
            let ptr = format!("/errors/{i}/code");
            if !seen.insert(error.code) {
                ctx.diags.push(
                    ctx.source
                        .at_value(&ptr, format!("error code {} is listed twice", error.code)),
                );
            }
            if errors.is_some() && !catalog.contains_key(&error.code) {
                ctx.diags.push(ctx.source.at_value(
                    &ptr,
                    format!(
                        "unknown error code {}: errors.json does not define it",
                        error.code
                    ),
                ));
            }
            if public_ranges
                .iter()
                .any(|(lo, hi)| (*lo..=*hi).contains(&error.code))
            {
                ctx.diags.push(ctx.source.at_value(
                    &ptr,
                    format!(
                        "error code {} is public: it applies to every endpoint and is not listed per endpoint",
                        error.code
                    ),
                ));
            }
        }

        // The codes for requests that break a documented limit: the endpoint's, and
        // those of top-level request fields that the docs give a code of their own.
        let invalid_request_code = |ctx: &mut Ctx<'_>, ptr: &str, code: u32| {
            let listed = spec.errors.iter().any(|e| e.code == code);
            let public = public_ranges
                .iter()
                .any(|(lo, hi)| (*lo..=*hi).contains(&code));
            if public && errors.is_some() && !catalog.contains_key(&code) {
                ctx.diags.push(ctx.source.at_value(
                    ptr,
                    format!("unknown error code {code}: errors.json does not define it"),
                ));
            } else if !listed && !public {
                ctx.diags.push(ctx.source.at_value(
                    ptr,
                    format!(
                        "invalid_request {code} is neither among the endpoint's errors nor a public code; list it in errors"
                    ),
                ));
            }
        };
        invalid_request_code(&mut ctx, "/invalid_request", spec.invalid_request);
        for (i, quota) in spec.rate_limit.quotas.iter().enumerate() {
            let ptr = format!("/rate_limit/quotas/{i}");
            let kinds = [
                ("per_second", quota.per_second),
                ("per_day", quota.per_day),
                ("min_interval_ms", quota.min_interval_ms),
            ];
            let set: Vec<&str> = kinds
                .iter()
                .filter(|(_, v)| v.is_some())
                .map(|(k, _)| *k)
                .collect();
            if set.len() != 1 {
                ctx.diags.push(ctx.source.at_value(
                    &ptr,
                    format!(
                        "a quota sets exactly one of per_second, per_day and min_interval_ms; this one sets {}",
                        if set.is_empty() { "none".to_owned() } else { set.join(" and ") }
                    ),
                ));
            }
            for (key, value) in kinds {
                if value == Some(0) {
                    ctx.diags.push(ctx.source.at_value(
                        &format!("{ptr}/{key}"),
                        "a quota of 0 allows no call (or no interval); at least 1",
                    ));
                }
            }
            if quota.scope == QuotaScope::Group
                && spec.group_field.is_none()
                && referred_group(spec).is_none()
            {
                ctx.diags.push(ctx.source.at_value(
                    &format!("{ptr}/scope"),
                    "a quota of scope group needs the endpoint's group field (refers_to a group, or group_field), which names the group it is counted for",
                ));
            }
            if let Some(pool) = &quota.pool
                && !names::is_snake_ident(pool)
            {
                ctx.diags.push(ctx.source.at_value(
                    &format!("{ptr}/pool"),
                    format!("the pool \"{pool}\" is not a snake_case name"),
                ));
            }
            let code_ptr = format!("{ptr}/code");
            if errors.is_some() && !catalog.contains_key(&quota.code) {
                ctx.diags.push(ctx.source.at_value(
                    &code_ptr,
                    format!(
                        "unknown error code {}: errors.json does not define it",
                        quota.code
                    ),
                ));
            } else if !spec.errors.iter().any(|e| e.code == quota.code)
                && !public_ranges
                    .iter()
                    .any(|(lo, hi)| (*lo..=*hi).contains(&quota.code))
            {
                ctx.diags.push(ctx.source.at_value(
                    &code_ptr,
                    format!(
                        "the quota's code {} is not among the endpoint's errors; list it in errors",
                        quota.code
                    ),
                ));
            }
        }
        for (i, field) in spec.request.fields.iter().enumerate() {
            let Some(code) = field.invalid_request else {
                continue;
            };
            let ptr = format!("/request/fields/{i}/invalid_request");
            if code == spec.invalid_request {
                ctx.diags.push(ctx.source.at_value(
                    &ptr,
                    format!(
                        "{code} is already the endpoint's invalid_request; drop it from the field"
                    ),
                ));
            } else if !ctx.has_own_limits(&field.ty) {
                ctx.diags.push(ctx.source.at_value(
                    &ptr,
                    format!(
                        "\"{}\" has no limit of its own (bytes, items, entries or range) for the code to answer",
                        field.name
                    ),
                ));
            } else {
                invalid_request_code(&mut ctx, &ptr, code);
            }
        }

        // The field naming the group: the one whose refers_to names a group, or
        // group_field where the group type comes from another field. With group types
        // only, a top-level field, and written once.
        let referred = referred_group(spec);
        match (&spec.group_types, &spec.group_field) {
            (Some(_), None) if referred.is_none() => ctx.diags.push(ctx.source.at_value(
                "/group_types",
                "group_types needs the field naming the group: refers_to a group on a top-level request field, or group_field",
            )),
            (None, Some(_)) => ctx.diags.push(ctx.source.at_value(
                "/group_field",
                "group_field is only meaningful with group_types",
            )),
            (Some(_), Some(field)) if !spec.request.fields.iter().any(|f| &f.name == field) => {
                ctx.diags.push(ctx.source.at_value(
                    "/group_field",
                    format!("group_field \"{field}\" is not a top-level request field"),
                ))
            }
            (Some(_), Some(field)) if referred == Some(field.as_str()) => {
                ctx.diags.push(ctx.source.at_value(
                    "/group_field",
                    format!(
                        "group_field repeats \"{field}\", whose refers_to already names the group; remove it (group_field is for a call whose group type comes from another field, such as create_group's Type)"
                    ),
                ))
            }
            _ => {}
        }

        // What request fields name (refers_to), and the endpoint's prose constants.
        let endpoint_code = |ctx: &mut Ctx<'_>, ptr: &str, code: u32| {
            let listed = spec.errors.iter().any(|e| e.code == code);
            let public = public_ranges
                .iter()
                .any(|(lo, hi)| (*lo..=*hi).contains(&code));
            if public && errors.is_some() && !catalog.contains_key(&code) {
                ctx.diags.push(ctx.source.at_value(
                    ptr,
                    format!("unknown error code {code}: errors.json does not define it"),
                ));
            } else if !listed && !public {
                ctx.diags.push(ctx.source.at_value(
                    ptr,
                    format!(
                        "{code} is neither among the endpoint's errors nor a public code; list it in errors"
                    ),
                ));
            }
        };
        let group_fields: Vec<usize> = spec
            .request
            .fields
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                f.refers_to
                    .as_ref()
                    .is_some_and(|r| r.entity == Entity::Group)
            })
            .map(|(i, _)| i)
            .collect();
        if let [_, second, ..] = group_fields[..] {
            ctx.err(
                &format!("/request/fields/{second}/refers_to/entity"),
                "an endpoint has at most one group field (refers_to a group)",
            );
        }
        for (i, field) in spec.request.fields.iter().enumerate() {
            let Some(r) = &field.refers_to else {
                continue;
            };
            let ptr = format!("/request/fields/{i}/refers_to");
            endpoint_code(&mut ctx, &format!("{ptr}/missing"), r.missing);
            let string = ctx.is_string(&field.ty);
            let strings = ctx.is_string_array(&field.ty);
            let fits = match r.entity {
                Entity::Group | Entity::Topic => string,
                Entity::Account => string || strings,
            };
            // An unknown type is reported on its own.
            if !fits && ctx.resolve(&field.ty).is_some() {
                ctx.err(
                    &format!("{ptr}/entity"),
                    format!(
                        "\"{}\" must be a string{} to name {}",
                        field.name,
                        if r.entity == Entity::Account {
                            " or an array of strings"
                        } else {
                            ""
                        },
                        match r.entity {
                            Entity::Group => "a group",
                            Entity::Account => "accounts",
                            Entity::Topic => "a topic",
                        }
                    ),
                );
            }
            let needs_group = r.entity == Entity::Topic || r.role.is_some();
            if needs_group && group_fields.is_empty() {
                ctx.err(
                    &format!("{ptr}/entity"),
                    "a topic or a role is about the endpoint's group: another field must refer to a group",
                );
            }
            if let Some(role) = &r.role {
                if r.entity != Entity::Account {
                    ctx.err(&format!("{ptr}/role"), "only an account can need a role");
                }
                endpoint_code(&mut ctx, &format!("{ptr}/role/code"), role.code);
                for (j, t) in role.except_group_types.iter().enumerate() {
                    let known = group_types
                        .as_ref()
                        .is_some_and(|k| k.iter().any(|g| g == t));
                    if !known {
                        ctx.err(
                            &format!("{ptr}/role/except_group_types/{j}"),
                            format!("unknown group type \"{t}\""),
                        );
                    }
                }
            }
        }
        for name in spec.facts.keys() {
            if !names::is_snake_ident(name) {
                ctx.diags.push(ctx.source.at_key(
                    &format!("/facts/{}", crate::position::escape_token(name)),
                    format!("fact name \"{name}\" is not a snake_case identifier"),
                ));
            }
        }

        // Group types.
        if let Some(rules) = &spec.group_types {
            match &group_types {
                None => ctx.diags.push(ctx.source.at_value(
                    "/group_types",
                    format!("group_types needs the string enum \"{GROUP_TYPE}\" in types.json"),
                )),
                Some(known) => {
                    for (name, rule) in rules {
                        let ptr = format!("/group_types/{}", crate::position::escape_token(name));
                        if !known.contains(name) {
                            ctx.diags.push(ctx.source.at_key(
                                &ptr,
                                format!(
                                    "unknown group type \"{name}\"; expected one of {}",
                                    known.join(", ")
                                ),
                            ));
                        }
                        ctx.check_group_rule(rule, &ptr, spec);
                    }
                    let missing: Vec<&str> = known
                        .iter()
                        .filter(|k| !rules.contains_key(*k))
                        .map(String::as_str)
                        .collect();
                    if !missing.is_empty() {
                        ctx.diags.push(ctx.source.at_value(
                            "/group_types",
                            format!("group types not stated: {}", missing.join(", ")),
                        ));
                    }
                }
            }
        }
        for (i, webhook) in spec.webhooks.iter().enumerate() {
            if !webhook.docs.starts_with("https://") {
                ctx.diags.push(ctx.source.at_value(
                    &format!("/webhooks/{i}/docs"),
                    "the documentation link must be an https:// URL",
                ));
            }
        }
        for (i, legacy) in spec.legacy_paths.iter().enumerate() {
            let ptr = format!("/legacy_paths/{i}");
            let Some((s, c)) = legacy
                .split_once('/')
                .filter(|(s, c)| is_path_segment(s) && is_path_segment(c))
            else {
                ctx.diags.push(ctx.source.at_value(
                    &ptr,
                    format!("\"{legacy}\" is not of the form service/command"),
                ));
                continue;
            };
            if s == spec.service && c == spec.command {
                ctx.diags.push(ctx.source.at_value(
                    &ptr,
                    "a legacy path must differ from the endpoint's own path",
                ));
                continue;
            }
            let full = match envelope {
                Some(e) => e.doc.path_of(s, c),
                None => legacy.clone(),
            };
            if let Some(other) = by_path.get(&full) {
                ctx.diags.push(ctx.source.at_value(
                    &ptr,
                    format!("the path {full} is already served by {other}"),
                ));
            } else {
                by_path.insert(full, &parsed.source.display);
            }
        }
        for (i, related) in spec.see_also.iter().enumerate() {
            let ok = related
                .split_once('/')
                .is_some_and(|(s, c)| is_path_segment(s) && is_path_segment(c));
            if !ok {
                ctx.diags.push(ctx.source.at_value(
                    &format!("/see_also/{i}"),
                    format!("\"{related}\" is not of the form service/command"),
                ));
            }
        }
    }

    // Inline enums and objects defined twice with the same shape.
    let mut shapes: Vec<Shape<'_>> = Vec::new();
    if let Some(t) = types {
        for (name, named) in &t.doc.types {
            let ptr = format!("/types/{}/type", crate::position::escape_token(name));
            collect_shapes(&named.ty, &ptr, &t.source, Some(name), &mut shapes);
        }
    }
    if let Some(e) = envelope {
        for (i, q) in e.doc.query.iter().enumerate() {
            collect_shapes(
                &q.ty,
                &format!("/query/{i}/type"),
                &e.source,
                None,
                &mut shapes,
            );
        }
        for (i, f) in e.doc.response.fields.iter().enumerate() {
            let ptr = format!("/response/fields/{i}/type");
            collect_shapes(&f.ty, &ptr, &e.source, None, &mut shapes);
        }
    }
    for (parsed, _, _) in endpoints {
        for (body, fields) in [
            ("request", &parsed.doc.request.fields),
            ("response", &parsed.doc.response.fields),
        ] {
            for (i, f) in fields.iter().enumerate() {
                let ptr = format!("/{body}/fields/{i}/type");
                collect_shapes(&f.ty, &ptr, &parsed.source, None, &mut shapes);
            }
        }
    }
    report_same_shapes(&shapes, diags);
}

/// One enum or object definition, with its shape: the definition without what only
/// documents or names it (descriptions, examples, the generated type's name).
struct Shape<'a> {
    source: &'a Source,
    pointer: String,
    /// The named type this is the whole definition of, if any.
    named: Option<&'a str>,
    kind: &'static str,
    shape: String,
}

fn collect_shapes<'a>(
    ty: &'a TypeExpr,
    ptr: &str,
    source: &'a Source,
    named: Option<&'a str>,
    out: &mut Vec<Shape<'a>>,
) {
    let TypeExpr::Def(def) = ty else {
        return;
    };
    let kind = match def.as_ref() {
        TypeDef::Enum(_) => Some("enum"),
        TypeDef::Object(_) => Some("object"),
        _ => None,
    };
    if let Some(kind) = kind
        && let Ok(mut value) = serde_json::to_value(ty)
    {
        strip_documentation(&mut value);
        out.push(Shape {
            source,
            pointer: ptr.to_owned(),
            named,
            kind,
            shape: value.to_string(),
        });
    }
    let field_types = |fields: &'a [Field], p: &str, out: &mut Vec<Shape<'a>>| {
        for (i, f) in fields.iter().enumerate() {
            collect_shapes(&f.ty, &format!("{p}/{i}/type"), source, None, out);
        }
    };
    match def.as_ref() {
        TypeDef::Array(a) => {
            collect_shapes(&a.items, &format!("{ptr}/array/items"), source, None, out)
        }
        TypeDef::Map(m) => {
            collect_shapes(&m.values, &format!("{ptr}/map/values"), source, None, out)
        }
        TypeDef::Object(o) => field_types(&o.fields, &format!("{ptr}/object/fields"), out),
        TypeDef::Union(u) => {
            for (i, v) in u.variants.iter().enumerate() {
                let p = format!("{ptr}/union/variants/{i}/type");
                collect_shapes(&v.ty, &p, source, None, out);
            }
        }
        TypeDef::OneOf(o) => {
            for (i, v) in o.variants.iter().enumerate() {
                let p = format!("{ptr}/one_of/variants/{i}/type");
                collect_shapes(&v.ty, &p, source, None, out);
            }
        }
        TypeDef::String(_) | TypeDef::Integer(_) | TypeDef::Float(_) | TypeDef::Enum(_) => {}
    }
}

/// Drops descriptions and examples everywhere, and the Rust name of object types
/// (fields keep theirs: they are part of the generated type's API).
fn strip_documentation(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("description");
            map.remove("example");
            if map.contains_key("fields") {
                map.remove("rust_name");
            }
            map.values_mut().for_each(strip_documentation);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_documentation),
        _ => {}
    }
}

/// Reports every inline enum or object whose shape an earlier one already has (or a
/// named type's definition), naming the earlier place.
fn report_same_shapes(shapes: &[Shape<'_>], diags: &mut Vec<Diagnostic>) {
    let mut first: HashMap<&str, &Shape<'_>> = HashMap::new();
    // Named definitions first, so an inline copy of one points at its name.
    let ordered = shapes
        .iter()
        .filter(|s| s.named.is_some())
        .chain(shapes.iter().filter(|s| s.named.is_none()));
    for shape in ordered {
        let Some(earlier) = first.get(shape.shape.as_str()) else {
            first.insert(&shape.shape, shape);
            continue;
        };
        if shape.named.is_some() {
            continue; // two named types may share a shape on purpose
        }
        let at = earlier.source.index.value(&earlier.pointer);
        let place = format!(
            "{}:{}:{} ({})",
            earlier.source.display, at.line, at.column, earlier.pointer
        );
        let message = match earlier.named {
            Some(name) => format!(
                "this inline {} has the same shape as the named type \"{name}\" at {place}; use \"{name}\"",
                shape.kind
            ),
            None => format!(
                "this inline {} has the same shape as the one at {place} (they differ at most in descriptions and type names); define it once as a named type in types.json and use its name in both places",
                shape.kind
            ),
        };
        diags.push(shape.source.at_value(&shape.pointer, message));
    }
}

fn is_path_segment(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Why a service or command that is a valid path segment still cannot name the Rust
/// items generated for it (`1svc`, `_`, `__`, `self`): the generator turns it into a
/// module, type and method name, and must never be handed something that is not an
/// identifier.
fn rust_name_problem(is_service: bool, segment: &str) -> Option<String> {
    let usable_snake = |name: &str| names::is_snake_ident(name) && !names::KEYWORDS.contains(&name);
    let (what, derived, ok) = if is_service {
        let module = names::service_module(segment);
        let ok = usable_snake(&module);
        ("service", vec![("module", module)], ok)
    } else {
        let prefix = names::endpoint_type_name(segment);
        let method = names::method_name(segment);
        let ok = names::is_camel_ident(&prefix) && usable_snake(&method);
        (
            "command",
            vec![("type prefix", prefix), ("method", method)],
            ok,
        )
    };
    if ok {
        return None;
    }
    let derived: Vec<String> = derived
        .iter()
        .map(|(kind, name)| format!("{kind} \"{name}\""))
        .collect();
    Some(format!(
        "{what} \"{segment}\" gives no usable Rust name ({}); it must start with a letter and not be a Rust keyword",
        derived.join(", ")
    ))
}

fn alias_cycle(types: &BTreeMap<String, NamedType>, start: &str) -> bool {
    let mut seen = HashSet::new();
    let mut current = start;
    while let Some(TypeExpr::Name(next)) = types.get(current).map(|t| &t.ty) {
        if !seen.insert(current.to_owned()) {
            return true;
        }
        if next == start {
            return true;
        }
        current = next;
    }
    false
}

/// The names a type expression refers to, anywhere inside it.
fn referenced_names<'t>(ty: &'t TypeExpr, out: &mut Vec<&'t str>) {
    let def = match ty {
        TypeExpr::Name(name) => {
            if !PRIMITIVES.contains(&name.as_str()) {
                out.push(name);
            }
            return;
        }
        TypeExpr::Def(def) => def.as_ref(),
    };
    match def {
        TypeDef::Array(a) => referenced_names(&a.items, out),
        TypeDef::Map(m) => referenced_names(&m.values, out),
        TypeDef::Object(o) => o.fields.iter().for_each(|f| referenced_names(&f.ty, out)),
        TypeDef::Union(u) => u.variants.iter().for_each(|v| referenced_names(&v.ty, out)),
        TypeDef::OneOf(o) => o.variants.iter().for_each(|v| referenced_names(&v.ty, out)),
        TypeDef::String(_) | TypeDef::Integer(_) | TypeDef::Float(_) | TypeDef::Enum(_) => {}
    }
}

/// A chain of named types from `start` back to itself through fields, items, map
/// values or variants, if there is one. Readers of the checked model recurse through
/// named types without a depth cap; this check is what keeps them finite.
fn containment_cycle(types: &BTreeMap<String, NamedType>, start: &str) -> Option<Vec<String>> {
    // Depth-first search over names, iterative so that no input can exhaust the stack.
    let mut seen: HashSet<&str> = HashSet::new();
    let mut stack: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut first = Vec::new();
    if let Some(t) = types.get(start) {
        referenced_names(&t.ty, &mut first);
    }
    stack.push((start, first));
    let mut chain: Vec<&str> = vec![start];
    while let Some((_, pending)) = stack.last_mut() {
        let Some(next) = pending.pop() else {
            stack.pop();
            chain.pop();
            continue;
        };
        if next == start {
            let mut out: Vec<String> = chain.iter().map(|s| (*s).to_owned()).collect();
            out.push(start.to_owned());
            return Some(out);
        }
        if !seen.insert(next) {
            continue;
        }
        let Some(t) = types.get(next) else {
            continue;
        };
        let mut refs = Vec::new();
        referenced_names(&t.ty, &mut refs);
        stack.push((next, refs));
        chain.push(next);
    }
    None
}

fn check_regions(doc: &RegionsFile, source: &Source, diags: &mut Vec<Diagnostic>) {
    let mut names_seen = HashSet::new();
    let mut ids = HashSet::new();
    let mut domains = HashSet::new();
    if doc.regions.is_empty() {
        diags.push(source.at_value("/regions", "at least one region is needed"));
    }
    for (i, region) in doc.regions.iter().enumerate() {
        let ptr = format!("/regions/{i}");
        if !names::is_camel_ident(&region.name) {
            diags.push(source.at_value(
                &format!("{ptr}/name"),
                format!(
                    "\"{}\" is not an UpperCamelCase Rust identifier",
                    region.name
                ),
            ));
        }
        if !names_seen.insert(&region.name) {
            diags.push(source.at_value(
                &format!("{ptr}/name"),
                format!("duplicate region name \"{}\"", region.name),
            ));
        }
        if !ids.insert(&region.id) {
            diags.push(source.at_value(
                &format!("{ptr}/id"),
                format!("duplicate region id \"{}\"", region.id),
            ));
        }
        if !domains.insert(&region.domain) {
            diags.push(source.at_value(
                &format!("{ptr}/domain"),
                format!("duplicate domain \"{}\"", region.domain),
            ));
        }
        if region.domain.contains('/') || region.domain.contains(':') || region.domain.is_empty() {
            diags.push(source.at_value(
                &format!("{ptr}/domain"),
                format!("\"{}\" is not a bare host name", region.domain),
            ));
        }
    }
}

fn check_envelope(doc: &EnvelopeFile, ctx: &mut Ctx<'_>) {
    if !(doc.path.contains("{service}") && doc.path.contains("{command}")) {
        ctx.diags.push(ctx.source.at_value(
            "/path",
            "the path needs the {service} and {command} placeholders",
        ));
    }
    let mut seen = HashSet::new();
    for (i, q) in doc.query.iter().enumerate() {
        if !seen.insert(&q.name) {
            ctx.diags.push(ctx.source.at_value(
                &format!("/query/{i}/name"),
                format!("duplicate query parameter \"{}\"", q.name),
            ));
        }
        ctx.check_type(&q.ty, &format!("/query/{i}/type"));
        if (q.role == QueryRole::Fixed) != q.value.is_some() {
            ctx.diags.push(ctx.source.at_value(
                &format!("/query/{i}"),
                "a value is given exactly for role \"fixed\"",
            ));
        }
    }
    for role in [
        QueryRole::AppId,
        QueryRole::Identifier,
        QueryRole::Signature,
        QueryRole::Nonce,
    ] {
        if doc.query.iter().filter(|q| q.role == role).count() != 1 {
            ctx.diags.push(ctx.source.at_value(
                "/query",
                format!("exactly one query parameter has the role {role:?}"),
            ));
        }
    }
    ctx.check_fields(&doc.response.fields, "/response/fields");
    for (ptr, name) in [
        ("/error_code_field", &doc.error_code_field),
        ("/error_info_field", &doc.error_info_field),
        ("/error_display_field", &doc.error_display_field),
    ] {
        if !doc.response.fields.iter().any(|f| &f.name == name) {
            ctx.diags.push(ctx.source.at_value(
                ptr,
                format!("\"{name}\" is not a field of the envelope's response"),
            ));
        }
    }
}

fn check_catalog(doc: &ErrorCatalog, source: &Source, diags: &mut Vec<Diagnostic>) {
    for (i, range) in doc.ranges.iter().enumerate() {
        if range.min > range.max {
            diags.push(source.at_value(
                &format!("/ranges/{i}/max"),
                format!("max {} is below min {}", range.max, range.min),
            ));
        }
        for (j, other) in doc.ranges.iter().enumerate().take(i) {
            if range.min <= other.max && other.min <= range.max {
                diags.push(source.at_value(
                    &format!("/ranges/{i}"),
                    format!(
                        "range {}-{} overlaps range {j} ({}-{})",
                        range.min, range.max, other.min, other.max
                    ),
                ));
            }
        }
    }
    let mut codes = HashMap::new();
    let mut names_seen = HashMap::new();
    for (i, code) in doc.codes.iter().enumerate() {
        let ptr = format!("/codes/{i}");
        if let Some(first) = codes.insert(code.code, i) {
            diags.push(source.at_value(
                &format!("{ptr}/code"),
                format!(
                    "error code {} is already defined at /codes/{first}",
                    code.code
                ),
            ));
        }
        if let Some(first) = names_seen.insert(&code.name, i) {
            diags.push(source.at_value(
                &format!("{ptr}/name"),
                format!(
                    "duplicate Rust name \"{}\" (also /codes/{first})",
                    code.name
                ),
            ));
        }
        if !names::is_camel_ident(&code.name) {
            diags.push(source.at_value(
                &format!("{ptr}/name"),
                format!("\"{}\" is not an UpperCamelCase Rust identifier", code.name),
            ));
        }
        if code.code == 0 {
            diags.push(source.at_value(&format!("{ptr}/code"), "0 means success, not an error"));
        } else if !doc
            .ranges
            .iter()
            .any(|r| (r.min..=r.max).contains(&code.code))
        {
            diags.push(source.at_value(
                &format!("{ptr}/code"),
                format!(
                    "error code {} lies outside the documented ranges ({})",
                    code.code,
                    doc.ranges
                        .iter()
                        .map(|r| format!("{} {}-{}", r.name, r.min, r.max))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
}

/// The value range of an integer type of `bits` width.
pub fn integer_bounds(bits: u8, signed: bool) -> (i128, i128) {
    let bits = u32::from(bits.clamp(1, 127));
    if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    }
}

fn primitive_integer(name: &str) -> Option<(u8, bool)> {
    Some(match name {
        "u8" => (8, false),
        "u16" => (16, false),
        "u32" => (32, false),
        "u64" => (64, false),
        "i8" => (8, true),
        "i16" => (16, true),
        "i32" => (32, true),
        "i64" => (64, true),
        _ => return None,
    })
}

impl Ctx<'_> {
    fn err(&mut self, ptr: &str, message: impl Into<String>) {
        let d = self.source.at_value(ptr, message);
        self.diags.push(d);
    }

    fn check_fields(&mut self, fields: &[Field], ptr: &str) {
        let mut wire: HashMap<&str, usize> = HashMap::new();
        let mut rust: HashMap<String, usize> = HashMap::new();
        for (i, field) in fields.iter().enumerate() {
            let fptr = format!("{ptr}/{i}");
            // Endpoint request fields are checked with the endpoint's errors at hand.
            if field.refers_to.is_some() && ptr != "/request/fields" {
                self.err(
                    &format!("{fptr}/refers_to"),
                    "refers_to is allowed only on top-level request fields of an endpoint",
                );
            }
            if field.invalid_request.is_some() && ptr != "/request/fields" {
                self.err(
                    &format!("{fptr}/invalid_request"),
                    "a field's own invalid_request code is allowed only on top-level request fields of an endpoint",
                );
            }
            if let Some(first) = wire.insert(&field.name, i) {
                self.err(
                    &format!("{fptr}/name"),
                    format!("duplicate field \"{}\" (also {ptr}/{first})", field.name),
                );
            }
            let rust_name = names::field_name(field);
            if !names::is_snake_ident(&rust_name) {
                let at = if field.rust_name.is_some() {
                    "rust_name"
                } else {
                    "name"
                };
                self.err(
                    &format!("{fptr}/{at}"),
                    format!("\"{rust_name}\" is not a snake_case Rust identifier; set rust_name"),
                );
            }
            if let Some(first) = rust.insert(rust_name.clone(), i) {
                self.err(
                    &format!("{fptr}/name"),
                    format!(
                        "duplicate Rust name \"{rust_name}\" (also {ptr}/{first}); set rust_name"
                    ),
                );
            }
            if field.name.is_empty() {
                self.err(&format!("{fptr}/name"), "empty field name");
            }
            self.check_type(&field.ty, &format!("{fptr}/type"));
            if let Some(default) = &field.default {
                if field.required {
                    self.err(
                        &format!("{fptr}/default"),
                        "a required field has no default; make it optional or drop the default",
                    );
                }
                if let Err(why) = self.conforms(&field.ty, default) {
                    self.err(
                        &format!("{fptr}/default"),
                        format!("default {default}: {why}"),
                    );
                }
            }
            if let Some(example) = &field.example
                && let Err(why) = self.conforms(&field.ty, example)
            {
                self.err(
                    &format!("{fptr}/example"),
                    format!("example {example}: {why}"),
                );
            }
        }
    }

    /// The paging key: every field it names exists at the top level of the request or
    /// the response, with a type that fits its role.
    fn check_paging(&mut self, paging: &Paging, spec: &EndpointSpec) {
        let request = &spec.request.fields;
        let response = &spec.response.fields;
        if let Some(items) = self.paging_field(response, &paging.items, "/paging/items", "response")
            && !matches!(self.resolve(&items.ty), Some(TypeExpr::Def(d)) if matches!(d.as_ref(), TypeDef::Array(_)))
        {
            self.err(
                "/paging/items",
                format!("response field \"{}\" is not an array", items.name),
            );
        }
        if paging.modes.is_empty() {
            self.err("/paging/modes", "paging needs at least one mode");
        }
        let last = paging.modes.len().saturating_sub(1);
        for (m, mode) in paging.modes.iter().enumerate() {
            let mptr = format!("/paging/modes/{m}");
            match (&mode.when, m == last) {
                (Some(_), true) => self.err(
                    &format!("{mptr}/when"),
                    "the last mode applies when no other does: it has no `when`",
                ),
                (None, false) => self.err(
                    &mptr,
                    "every mode but the last needs `when`: the request field that selects it",
                ),
                _ => {}
            }
            if let Some(when) = &mode.when
                && let Some(f) =
                    self.paging_field(request, when, &format!("{mptr}/when"), "request")
                && f.required
            {
                self.err(
                    &format!("{mptr}/when"),
                    format!("request field \"{when}\" is required, so it cannot select a mode"),
                );
            }
            if mode.cursor.is_empty() && mode.offset.is_none() {
                self.err(
                    &mptr,
                    "a mode needs a cursor or an offset, or the next request would repeat this one",
                );
            }
            for (req, resp) in &mode.cursor {
                let ptr = format!("{mptr}/cursor/{req}");
                let to = self.paging_field(request, req, &ptr, "request");
                let from = self.paging_field(response, resp, &ptr, "response");
                if let (Some(to), Some(from)) = (to, from)
                    && to.ty != from.ty
                {
                    self.err(
                        &ptr,
                        format!("request field \"{req}\" and response field \"{resp}\" have different types"),
                    );
                }
                if mode.offset.as_deref() == Some(req.as_str()) {
                    self.err(&ptr, format!("\"{req}\" is both a cursor and the offset"));
                }
            }
            if let Some(offset) = &mode.offset {
                let ptr = format!("{mptr}/offset");
                if let Some(f) = self.paging_field(request, offset, &ptr, "request")
                    && !self.is_number_integer(&f.ty)
                {
                    self.err(
                        &ptr,
                        format!(
                            "request field \"{offset}\" is not an integer sent as a JSON number"
                        ),
                    );
                }
            }
            if mode.end.is_empty() {
                self.err(
                    &format!("{mptr}/end"),
                    "a mode needs at least one end condition",
                );
            }
            for (e, end) in mode.end.iter().enumerate() {
                let eptr = format!("{mptr}/end/{e}");
                match end {
                    PagingEnd::EmptyItems => {}
                    PagingEnd::Equals { field, value } => {
                        let ptr = format!("{eptr}/equals/field");
                        if let Some(f) = self.paging_field(response, field, &ptr, "response")
                            && let Err(why) = self.conforms(&f.ty, value)
                        {
                            self.err(
                                &format!("{eptr}/equals/value"),
                                format!("value {value}: {why}"),
                            );
                        }
                    }
                    PagingEnd::ShortPage { limit } => {
                        let ptr = format!("{eptr}/short_page/limit");
                        if let Some(f) = self.paging_field(request, limit, &ptr, "request")
                            && !self.is_integer(&f.ty)
                        {
                            self.err(&ptr, format!("request field \"{limit}\" is not an integer"));
                        }
                    }
                    PagingEnd::Total { field } => {
                        let ptr = format!("{eptr}/total/field");
                        if let Some(f) = self.paging_field(response, field, &ptr, "response")
                            && !self.is_integer(&f.ty)
                        {
                            self.err(
                                &ptr,
                                format!("response field \"{field}\" is not an integer"),
                            );
                        }
                    }
                }
            }
        }
    }

    /// The top-level field `name` of a request or response, or a diagnostic at `ptr`.
    fn paging_field<'f>(
        &mut self,
        fields: &'f [Field],
        name: &str,
        ptr: &str,
        side: &str,
    ) -> Option<&'f Field> {
        let found = fields.iter().find(|f| f.name == name);
        if found.is_none() {
            let hint = closest(name, fields.iter().map(|f| f.name.as_str()))
                .map(|c| format!("; did you mean \"{c}\"?"))
                .unwrap_or_default();
            self.err(ptr, format!("no {side} field \"{name}\"{hint}"));
        }
        found
    }

    /// Whether `ty` is an integer, whatever its encoding.
    fn is_integer(&self, ty: &TypeExpr) -> bool {
        match self.resolve(ty) {
            Some(TypeExpr::Name(n)) => primitive_integer(n).is_some(),
            Some(TypeExpr::Def(d)) => matches!(d.as_ref(), TypeDef::Integer(_)),
            None => false,
        }
    }

    /// Whether `ty` is an integer sent as a JSON number.
    fn is_number_integer(&self, ty: &TypeExpr) -> bool {
        match self.resolve(ty) {
            Some(TypeExpr::Name(n)) => primitive_integer(n).is_some(),
            Some(TypeExpr::Def(d)) => matches!(
                d.as_ref(),
                TypeDef::Integer(i) if i.encoding == IntegerEncoding::Number
            ),
            None => false,
        }
    }

    fn check_group_rule(&mut self, rule: &GroupTypeRule, ptr: &str, spec: &EndpointSpec) {
        match (rule.supported, rule.error, rule.no_effect) {
            (true, None, false) => {}
            (true, _, _) => self.err(
                ptr,
                "a supported group type has neither an error nor no_effect",
            ),
            (false, Some(_), true) => self.err(
                ptr,
                "an unsupported group type has either an error or no_effect, not both",
            ),
            (false, None, false) => self.err(
                ptr,
                "an unsupported group type needs the error the service answers, or no_effect",
            ),
            (false, Some(code), false) => {
                if !spec.errors.iter().any(|e| e.code == code) {
                    self.err(
                        &format!("{ptr}/error"),
                        format!("error {code} is not among the endpoint's errors"),
                    );
                }
            }
            (false, None, true) => {}
        }
    }

    fn check_type(&mut self, ty: &TypeExpr, ptr: &str) {
        let def = match ty {
            TypeExpr::Name(name) => {
                if !PRIMITIVES.contains(&name.as_str()) && !self.types.contains_key(name) {
                    let mut hint = String::new();
                    if let Some(close) = closest(
                        name,
                        PRIMITIVES
                            .iter()
                            .copied()
                            .chain(self.types.keys().map(String::as_str)),
                    ) {
                        hint = format!(" (did you mean \"{close}\"?)");
                    }
                    self.err(ptr, format!("unknown type \"{name}\"{hint}"));
                }
                return;
            }
            TypeExpr::Def(def) => def.as_ref(),
        };
        match def {
            TypeDef::String(s) => {
                let p = format!("{ptr}/string");
                if let (Some(min), Some(max)) = (s.min_bytes, s.max_bytes)
                    && min > max
                {
                    self.err(
                        &format!("{p}/min_bytes"),
                        format!("min_bytes {min} exceeds max_bytes {max}"),
                    );
                }
                if s.max_bytes == Some(0) {
                    self.err(&format!("{p}/max_bytes"), "max_bytes 0 allows only \"\"");
                }
            }
            TypeDef::Integer(int) => {
                let p = format!("{ptr}/integer");
                if ![8, 16, 32, 64].contains(&int.bits) {
                    self.err(
                        &format!("{p}/bits"),
                        format!("{} bits; expected 8, 16, 32 or 64", int.bits),
                    );
                    return;
                }
                let (lo, hi) = integer_bounds(int.bits, int.signed);
                let kind = format!("{}{}", if int.signed { "i" } else { "u" }, int.bits);
                for (name, v) in [("min", int.min), ("max", int.max)] {
                    if let Some(v) = v
                        && !(lo..=hi).contains(&v)
                    {
                        self.err(
                            &format!("{p}/{name}"),
                            format!("{name} {v} does not fit {kind} ({lo}..={hi})"),
                        );
                    }
                }
                if let (Some(min), Some(max)) = (int.min, int.max)
                    && min > max
                {
                    self.err(&format!("{p}/min"), format!("min {min} exceeds max {max}"));
                }
            }
            TypeDef::Float(f) => {
                if let (Some(min), Some(max)) = (f.min, f.max)
                    && min > max
                {
                    self.err(
                        &format!("{ptr}/float/min"),
                        format!("min {min} exceeds max {max}"),
                    );
                }
            }
            TypeDef::Enum(e) => self.check_enum(e, &format!("{ptr}/enum")),
            TypeDef::Array(a) => {
                let p = format!("{ptr}/array");
                if let (Some(min), Some(max)) = (a.min_items, a.max_items)
                    && min > max
                {
                    self.err(
                        &format!("{p}/min_items"),
                        format!("min_items {min} exceeds max_items {max}"),
                    );
                }
                if a.max_items == Some(0) {
                    self.err(&format!("{p}/max_items"), "max_items 0 allows only []");
                }
                if a.atomic && a.max_items.is_none() {
                    self.err(
                        &format!("{p}/atomic"),
                        "atomic says how to treat max_items, which the array does not have",
                    );
                }
                self.check_type(&a.items, &format!("{p}/items"));
            }
            TypeDef::Object(o) => {
                let p = format!("{ptr}/object");
                if let Some(name) = &o.rust_name
                    && !names::is_camel_ident(name)
                {
                    self.err(
                        &format!("{p}/rust_name"),
                        format!("\"{name}\" is not an UpperCamelCase Rust identifier"),
                    );
                }
                self.check_fields(&o.fields, &format!("{p}/fields"));
            }
            TypeDef::Map(m) => {
                if m.max_entries == Some(0) {
                    self.err(
                        &format!("{ptr}/map/max_entries"),
                        "max_entries 0 allows only {}",
                    );
                }
                self.check_type(&m.values, &format!("{ptr}/map/values"));
            }
            TypeDef::Union(u) => self.check_union(u, &format!("{ptr}/union")),
            TypeDef::OneOf(o) => {
                let p = format!("{ptr}/one_of");
                if o.variants.len() < 2 {
                    self.err(
                        &format!("{p}/variants"),
                        "one_of needs at least two variants",
                    );
                }
                let mut seen = HashSet::new();
                for (i, v) in o.variants.iter().enumerate() {
                    let vp = format!("{p}/variants/{i}");
                    if !names::is_camel_ident(&v.name) {
                        self.err(
                            &format!("{vp}/name"),
                            format!("\"{}\" is not an UpperCamelCase Rust identifier", v.name),
                        );
                    }
                    if !seen.insert(&v.name) {
                        self.err(
                            &format!("{vp}/name"),
                            format!("duplicate variant \"{}\"", v.name),
                        );
                    }
                    self.check_type(&v.ty, &format!("{vp}/type"));
                }
            }
        }
    }

    fn check_enum(&mut self, e: &EnumType, p: &str) {
        if e.values.is_empty() {
            self.err(&format!("{p}/values"), "an enum needs at least one value");
        }
        let mut wire: HashMap<String, usize> = HashMap::new();
        let mut rust: HashMap<&str, usize> = HashMap::new();
        for (i, v) in e.values.iter().enumerate() {
            let vp = format!("{p}/values/{i}");
            for (j, value) in std::iter::once(&v.value)
                .chain(v.aliases.iter())
                .enumerate()
            {
                let at = if j == 0 {
                    format!("{vp}/value")
                } else {
                    format!("{vp}/aliases/{}", j - 1)
                };
                let ok = match e.repr {
                    // The generated code carries integer values as i64.
                    EnumRepr::Integer => value.is_i64(),
                    EnumRepr::String => value.is_string(),
                };
                if !ok {
                    let want = match e.repr {
                        EnumRepr::Integer => "an integer",
                        EnumRepr::String => "a string",
                    };
                    self.err(&at, format!("bad enum value {value}: repr says {want}"));
                }
                if let Some(first) = wire.insert(value.to_string(), i) {
                    self.err(
                        &at,
                        format!("enum value {value} appears twice (also {p}/values/{first})"),
                    );
                }
            }
            if !names::is_camel_ident(&v.name) {
                self.err(
                    &format!("{vp}/name"),
                    format!("\"{}\" is not an UpperCamelCase Rust identifier", v.name),
                );
            }
            if e.open && v.name == "Other" {
                self.err(
                    &format!("{vp}/name"),
                    "\"Other\" is reserved for unlisted values of an open enum",
                );
            }
            if let Some(first) = rust.insert(&v.name, i) {
                self.err(
                    &format!("{vp}/name"),
                    format!(
                        "duplicate Rust name \"{}\" (also {p}/values/{first})",
                        v.name
                    ),
                );
            }
        }
    }

    fn check_union(&mut self, u: &UnionType, p: &str) {
        match (u.style, &u.content) {
            (UnionStyle::Adjacent, None) => self.err(
                &format!("{p}/content"),
                "an adjacent union needs the wire name of its content field",
            ),
            (UnionStyle::Internal, Some(_)) => self.err(
                &format!("{p}/content"),
                "an internal union has no content field; its variants' fields sit beside the tag",
            ),
            _ => {}
        }
        if u.variants.is_empty() {
            self.err(
                &format!("{p}/variants"),
                "a union needs at least one variant",
            );
        }
        let mut tags = HashSet::new();
        let mut rust = HashSet::new();
        let tag_is_string = u.variants.first().map(|v| v.tag.is_string());
        for (i, v) in u.variants.iter().enumerate() {
            let vp = format!("{p}/variants/{i}");
            if !(v.tag.is_string() || v.tag.is_i64()) {
                self.err(
                    &format!("{vp}/tag"),
                    format!("bad tag {}: a string or an integer (i64)", v.tag),
                );
            } else if Some(v.tag.is_string()) != tag_is_string {
                self.err(
                    &format!("{vp}/tag"),
                    "tags of one union are all strings or all integers",
                );
            }
            if !tags.insert(v.tag.to_string()) {
                self.err(&format!("{vp}/tag"), format!("duplicate tag {}", v.tag));
            }
            if !names::is_camel_ident(&v.name) {
                self.err(
                    &format!("{vp}/name"),
                    format!("\"{}\" is not an UpperCamelCase Rust identifier", v.name),
                );
            }
            if !rust.insert(&v.name) {
                self.err(
                    &format!("{vp}/name"),
                    format!("duplicate variant \"{}\"", v.name),
                );
            }
            self.check_type(&v.ty, &format!("{vp}/type"));
            if u.style == UnionStyle::Internal {
                match self.object_fields(&v.ty) {
                    Some(fields) => {
                        if fields.iter().any(|f| f.name == u.tag) {
                            self.err(
                                &format!("{vp}/type"),
                                format!("the variant repeats the tag field \"{}\"", u.tag),
                            );
                        }
                    }
                    None => self.err(
                        &format!("{vp}/type"),
                        "a variant of an internal union must be an object type",
                    ),
                }
            }
        }
    }

    /// Whether a value of `ty` has limits of its own (not only inside its items or fields).
    fn has_own_limits(&self, ty: &TypeExpr) -> bool {
        let Some(TypeExpr::Def(def)) = self.resolve(ty) else {
            return false;
        };
        match def.as_ref() {
            TypeDef::String(s) => s.min_bytes.is_some() || s.max_bytes.is_some(),
            TypeDef::Integer(i) => i.min.is_some() || i.max.is_some(),
            TypeDef::Float(f) => f.min.is_some() || f.max.is_some(),
            TypeDef::Array(a) => a.min_items.is_some() || a.max_items.is_some(),
            TypeDef::Map(m) => m.max_entries.is_some(),
            TypeDef::Enum(_) | TypeDef::Object(_) | TypeDef::Union(_) | TypeDef::OneOf(_) => false,
        }
    }

    /// Resolves names to the definition they stand for. Alias cycles are reported
    /// elsewhere; the bound (one hop per named type) only ends the walk on one.
    fn resolve<'t>(&'t self, mut ty: &'t TypeExpr) -> Option<&'t TypeExpr> {
        for _ in 0..=self.types.len() {
            match ty {
                TypeExpr::Name(n) if !PRIMITIVES.contains(&n.as_str()) => {
                    ty = &self.types.get(n)?.ty;
                }
                _ => return Some(ty),
            }
        }
        None
    }

    /// Whether `ty` is a string.
    fn is_string(&self, ty: &TypeExpr) -> bool {
        match self.resolve(ty) {
            Some(TypeExpr::Name(n)) => n == "string",
            Some(TypeExpr::Def(def)) => matches!(def.as_ref(), TypeDef::String(_)),
            None => false,
        }
    }

    /// Whether `ty` is an array of strings.
    fn is_string_array(&self, ty: &TypeExpr) -> bool {
        match self.resolve(ty) {
            Some(TypeExpr::Def(def)) => match def.as_ref() {
                TypeDef::Array(a) => self.is_string(&a.items),
                _ => false,
            },
            _ => false,
        }
    }

    fn object_fields<'t>(&'t self, ty: &'t TypeExpr) -> Option<&'t [Field]> {
        match self.resolve(ty)? {
            TypeExpr::Def(def) => match def.as_ref() {
                TypeDef::Object(o) => Some(&o.fields),
                _ => None,
            },
            TypeExpr::Name(_) => None,
        }
    }

    /// Whether `value` is a valid value of `ty` (for defaults and examples).
    fn conforms(&self, ty: &TypeExpr, value: &Value) -> Result<(), String> {
        if !self.acyclic {
            return Ok(());
        }
        let Some(ty) = self.resolve(ty) else {
            return Ok(()); // unknown names are reported elsewhere
        };
        let int_check = |bits: u8,
                         signed: bool,
                         min: Option<i128>,
                         max: Option<i128>,
                         encoding: IntegerEncoding| {
            let n: Option<i128> = match (value, encoding) {
                (Value::Number(n), IntegerEncoding::Number) => n
                    .as_i64()
                    .map(i128::from)
                    .or_else(|| n.as_u64().map(i128::from)),
                (Value::String(s), IntegerEncoding::String) => s.parse().ok(),
                _ => None,
            };
            let Some(n) = n else {
                return Err(match encoding {
                    IntegerEncoding::Number => "expected an integer".to_owned(),
                    IntegerEncoding::String => "expected an integer in a string".to_owned(),
                });
            };
            let (lo, hi) = integer_bounds(bits, signed);
            let lo = min.unwrap_or(lo).max(lo);
            let hi = max.unwrap_or(hi).min(hi);
            if (lo..=hi).contains(&n) {
                Ok(())
            } else {
                Err(format!("{n} is outside {lo}..={hi}"))
            }
        };
        match ty {
            TypeExpr::Name(name) => match name.as_str() {
                "string" => value
                    .is_string()
                    .then_some(())
                    .ok_or("expected a string".into()),
                "f64" => value
                    .is_number()
                    .then_some(())
                    .ok_or("expected a number".into()),
                "json" => Ok(()),
                other => match primitive_integer(other) {
                    Some((bits, signed)) => {
                        int_check(bits, signed, None, None, IntegerEncoding::Number)
                    }
                    None => Ok(()),
                },
            },
            TypeExpr::Def(def) => match def.as_ref() {
                TypeDef::String(s) => {
                    let Some(text) = value.as_str() else {
                        return Err("expected a string".into());
                    };
                    let len = text.len() as u64;
                    if let Some(max) = s.max_bytes
                        && len > u64::from(max)
                    {
                        return Err(format!("{len} bytes; at most {max}"));
                    }
                    if let Some(min) = s.min_bytes
                        && len < u64::from(min)
                    {
                        return Err(format!("{len} bytes; at least {min}"));
                    }
                    Ok(())
                }
                TypeDef::Integer(i) => int_check(i.bits, i.signed, i.min, i.max, i.encoding),
                TypeDef::Float(f) => {
                    let Some(x) = value.as_f64() else {
                        return Err("expected a number".into());
                    };
                    if f.min.is_some_and(|m| x < m) || f.max.is_some_and(|m| x > m) {
                        return Err(format!("{x} is out of range"));
                    }
                    Ok(())
                }
                TypeDef::Enum(e) => {
                    let listed = e
                        .values
                        .iter()
                        .any(|v| &v.value == value || v.aliases.contains(value));
                    if listed
                        || (e.open
                            && matches!(
                                (e.repr, value),
                                (EnumRepr::String, Value::String(_))
                                    | (EnumRepr::Integer, Value::Number(_))
                            ))
                    {
                        Ok(())
                    } else {
                        Err(format!(
                            "not one of the enum's values ({})",
                            e.values
                                .iter()
                                .map(|v| v.value.to_string())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ))
                    }
                }
                TypeDef::Array(a) => {
                    let Some(items) = value.as_array() else {
                        return Err("expected an array".into());
                    };
                    if let Some(max) = a.max_items
                        && items.len() as u64 > u64::from(max)
                    {
                        return Err(format!("{} items; at most {max}", items.len()));
                    }
                    if let Some(min) = a.min_items
                        && (items.len() as u64) < u64::from(min)
                    {
                        return Err(format!("{} items; at least {min}", items.len()));
                    }
                    for (i, item) in items.iter().enumerate() {
                        self.conforms(&a.items, item)
                            .map_err(|e| format!("item {i}: {e}"))?;
                    }
                    Ok(())
                }
                TypeDef::Object(o) => self.conforms_object(&o.fields, value),
                TypeDef::Map(m) => {
                    let Some(map) = value.as_object() else {
                        return Err("expected an object".into());
                    };
                    for (k, v) in map {
                        self.conforms(&m.values, v)
                            .map_err(|e| format!("\"{k}\": {e}"))?;
                    }
                    Ok(())
                }
                TypeDef::Union(u) => {
                    let Some(obj) = value.as_object() else {
                        return Err("expected an object".into());
                    };
                    let Some(tag) = obj.get(&u.tag) else {
                        return Err(format!("missing the tag \"{}\"", u.tag));
                    };
                    let Some(variant) = u.variants.iter().find(|v| &v.tag == tag) else {
                        return Err(format!("unknown tag {tag}"));
                    };
                    match (&u.style, &u.content) {
                        (UnionStyle::Adjacent, Some(content)) => match obj.get(content) {
                            Some(c) => self.conforms(&variant.ty, c),
                            None => Err(format!("missing \"{content}\"")),
                        },
                        _ => {
                            let mut rest = obj.clone();
                            rest.remove(&u.tag);
                            self.conforms(&variant.ty, &Value::Object(rest))
                        }
                    }
                }
                TypeDef::OneOf(o) => {
                    if o.variants
                        .iter()
                        .any(|v| self.conforms(&v.ty, value).is_ok())
                    {
                        Ok(())
                    } else {
                        Err("matches none of the alternatives".into())
                    }
                }
            },
        }
    }

    fn conforms_object(&self, fields: &[Field], value: &Value) -> Result<(), String> {
        let Some(obj) = value.as_object() else {
            return Err("expected an object".into());
        };
        for field in fields {
            match obj.get(&field.name) {
                Some(v) => self
                    .conforms(&field.ty, v)
                    .map_err(|e| format!("{}: {e}", field.name))?,
                None if field.required => return Err(format!("missing \"{}\"", field.name)),
                None => {}
            }
        }
        Ok(())
    }
}

/// The candidate closest to `name` by edit distance, if close enough to be a typo.
fn closest<'c>(name: &str, candidates: impl Iterator<Item = &'c str>) -> Option<&'c str> {
    candidates
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The callback specs under `webhooks/`: names, fields, answers and outcomes; and,
/// once there is any callback spec, every callback an endpoint names has one.
pub(crate) fn check_webhooks(
    types: Option<&Parsed<TypesFile>>,
    errors: Option<&Parsed<ErrorCatalog>>,
    endpoints: &[(Parsed<EndpointSpec>, String, String)],
    webhooks: &[(Parsed<crate::model::WebhookSpec>, String)],
    diags: &mut Vec<Diagnostic>,
) {
    use crate::model::{WebhookEffect, WebhookKind};
    let empty = BTreeMap::new();
    let type_map = types.map(|t| &t.doc.types).unwrap_or(&empty);
    let acyclic = type_map
        .keys()
        .all(|name| !alias_cycle(type_map, name) && containment_cycle(type_map, name).is_none());
    let codes: Vec<u32> = errors
        .map(|c| c.doc.codes.iter().map(|e| e.code).collect())
        .unwrap_or_default();
    let mut by_type: HashMap<String, &str> = HashMap::new();
    for (parsed, command) in webhooks {
        let spec = &parsed.doc;
        let mut ctx = Ctx {
            source: &parsed.source,
            types: type_map,
            acyclic,
            diags,
        };
        if &spec.command != command {
            ctx.err(
                "/command",
                format!(
                    "command \"{}\" does not match the file name \"{command}.json\"",
                    spec.command
                ),
            );
        }
        let type_name = names::webhook_type_name(&spec.command);
        if !names::is_camel_ident(&type_name) {
            ctx.err(
                "/command",
                format!(
                    "\"{}\" is not Service.Name (letters and digits)",
                    spec.command
                ),
            );
        } else if let Some(other) = by_type.insert(type_name.clone(), &parsed.source.display) {
            ctx.err(
                "/command",
                format!("the Rust name {type_name} is also that of {other}"),
            );
        }
        if !spec.docs.starts_with("https://") {
            ctx.err("/docs", "docs must be an https:// link");
        }
        ctx.check_fields(&spec.payload.fields, "/payload/fields");
        match spec
            .payload
            .fields
            .iter()
            .find(|f| f.name == names::CALLBACK_COMMAND_FIELD)
        {
            Some(f) if f.required && ctx.is_string(&f.ty) => {}
            _ => ctx.err(
                "/payload/fields",
                format!(
                    "the payload needs a required string field {}",
                    names::CALLBACK_COMMAND_FIELD
                ),
            ),
        }
        match (spec.kind, &spec.answer) {
            (WebhookKind::Before, Some(answer)) => {
                ctx.check_fields(&answer.fields, "/answer/fields");
                for needed in ["ActionStatus", "ErrorCode", "ErrorInfo"] {
                    if !answer.fields.iter().any(|f| f.name == needed) {
                        ctx.err("/answer/fields", format!("the answer needs {needed}"));
                    }
                }
            }
            (WebhookKind::Before, None) => {
                ctx.err("/kind", "a before callback needs an answer");
            }
            (WebhookKind::After, Some(_)) => {
                ctx.err(
                    "/answer",
                    "an after callback takes the plain acknowledgement; drop answer",
                );
            }
            (WebhookKind::After, None) => {}
        }
        if spec.kind == WebhookKind::After
            && (!spec.outcomes.is_empty() || spec.on_failure.is_some())
        {
            ctx.err(
                "/outcomes",
                "outcomes and on_failure belong to before callbacks",
            );
        }
        if spec.kind == WebhookKind::Before {
            if spec.on_failure.is_none() {
                ctx.err("/kind", "a before callback needs on_failure");
            }
            if !spec.outcomes.iter().any(|o| o.code == 0) {
                ctx.err("/outcomes", "a before callback needs the outcome of code 0");
            }
        }
        for (i, o) in spec.outcomes.iter().enumerate() {
            let ptr = format!("/outcomes/{i}");
            if let Some(c) = o.caller_code {
                if o.effect != WebhookEffect::Refuse {
                    ctx.err(
                        &format!("{ptr}/caller_code"),
                        "only a refusal has a caller code",
                    );
                }
                if !codes.is_empty() && !codes.contains(&c) {
                    ctx.err(
                        &format!("{ptr}/caller_code"),
                        format!("error code {c} is not in errors.json"),
                    );
                }
            }
            if o.up_to.is_some_and(|m| m < o.code) {
                ctx.err(&format!("{ptr}/up_to"), "up_to is below code");
            }
        }
    }
    if webhooks.is_empty() {
        return;
    }
    let known: std::collections::HashSet<&str> = webhooks
        .iter()
        .map(|(p, _)| p.doc.command.as_str())
        .collect();
    for (parsed, _, _) in endpoints {
        for (i, w) in parsed.doc.webhooks.iter().enumerate() {
            if !known.contains(w.name.as_str()) {
                diags.push(parsed.source.at_value(
                    &format!("/webhooks/{i}/name"),
                    format!(
                        "no callback spec webhooks/{}.json{}",
                        w.name,
                        closest(&w.name, known.iter().copied())
                            .map(|c| format!("; did you mean {c}?"))
                            .unwrap_or_default()
                    ),
                ));
            }
        }
    }
}

/// The top-level request field whose `refers_to` names a group, if any.
pub(crate) fn referred_group(spec: &EndpointSpec) -> Option<&str> {
    spec.request
        .fields
        .iter()
        .find(|f| {
            f.refers_to
                .as_ref()
                .is_some_and(|r| r.entity == Entity::Group)
        })
        .map(|f| f.name.as_str())
}
