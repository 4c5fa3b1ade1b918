//! The items generated per endpoint and once per spec set.

use heck::ToShoutySnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use tencent_chat_spec::ir::{
    Entity, ErrorScope, FactValue, GroupSupport, QueryRole, Role, TypeKind,
};
use tencent_chat_spec::names;
use tencent_chat_spec::{Endpoint, Retryability, SpecSet};

use crate::docs;
use crate::types::TypeCx;

/// Name of the registry entry of an endpoint: `DESTROY_GROUP`.
pub fn info_ident(command: &str) -> proc_macro2::Ident {
    format_ident!("{}", command.to_shouty_snake_case())
}

/// Regions, public errors, the error catalog and the envelope.
pub fn shared_items(set: &SpecSet, rt: &TokenStream) -> TokenStream {
    let regions = regions(set);
    let public = public_errors(set, rt);
    let envelope = envelope_tokens(set, rt);
    quote! {
        #regions
        #public
        #envelope
    }
}

fn regions(set: &SpecSet) -> TokenStream {
    let scheme = &set.regions.scheme;
    let variants: Vec<_> = set
        .regions
        .regions
        .iter()
        .map(|r| format_ident!("{}", r.name))
        .collect();
    let docs_: Vec<_> = set
        .regions
        .regions
        .iter()
        .map(|r| docs::doc_attrs(&format!("`{}` (`{}`). {}", r.domain, r.id, r.description)))
        .collect();
    let ids: Vec<_> = set.regions.regions.iter().map(|r| r.id.clone()).collect();
    let domains: Vec<_> = set
        .regions
        .regions
        .iter()
        .map(|r| r.domain.clone())
        .collect();
    let urls: Vec<_> = set
        .regions
        .regions
        .iter()
        .map(|r| format!("{scheme}://{}", r.domain))
        .collect();
    quote! {
        /// The regions (data centers) an app can live in, each with its API domain.
        /// Generated from `specs/regions.json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Region {
            #(#docs_ #variants,)*
        }

        impl Region {
            /// Every region.
            pub const ALL: &'static [Region] = &[#(Region::#variants),*];

            /// The identifier used in configuration (`TENCENT_CHAT_REGION`).
            pub const fn id(self) -> &'static str {
                match self { #(Region::#variants => #ids,)* }
            }

            /// The API domain.
            pub const fn domain(self) -> &'static str {
                match self { #(Region::#variants => #domains,)* }
            }

            /// The base URL of the API: scheme and domain, no trailing slash.
            pub const fn base_url(self) -> &'static str {
                match self { #(Region::#variants => #urls,)* }
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
    }
}

fn public_errors(set: &SpecSet, rt: &TokenStream) -> TokenStream {
    let public_ranges: Vec<(u32, u32)> =
        set.errors.public_ranges().map(|r| (r.min, r.max)).collect();
    let public: Vec<_> = set
        .errors
        .codes
        .iter()
        .filter(|c| c.public)
        .map(|c| &c.def)
        .collect();
    let variants: Vec<_> = public.iter().map(|c| format_ident!("{}", c.name)).collect();
    let docs_: Vec<_> = public
        .iter()
        .map(|c| {
            docs::doc_attrs(&format!(
                "`{}`: {}{}",
                c.code,
                c.description.trim(),
                retry_doc(c.retry)
            ))
        })
        .collect();
    let codes: Vec<i64> = public.iter().map(|c| i64::from(c.code)).collect();
    let retry: Vec<TokenStream> = public.iter().map(|c| retry_tokens(rt, c.retry)).collect();
    let names_: Vec<&str> = public.iter().map(|c| c.name.as_str()).collect();
    let descriptions: Vec<&str> = public.iter().map(|c| c.description.as_str()).collect();
    let catalog = set.errors.codes.iter().map(|c| {
        let (code, name, description, public) = (
            i64::from(c.def.code),
            &c.def.name,
            &c.def.description,
            c.public,
        );
        let retry = retry_tokens(rt, c.def.retry);
        quote! {
            #rt::ErrorCodeInfo { code: #code, name: #name, description: #description, retry: #retry, public: #public }
        }
    });
    let count = set.errors.codes.len();
    let error_code = error_code_enum(set, rt);
    let ranges = public_ranges
        .iter()
        .map(|(lo, hi)| format!("{lo}-{hi}"))
        .collect::<Vec<_>>()
        .join(", ");
    let doc = format!(
        "The public error codes ({ranges}): they can answer any endpoint. Generated from `specs/errors.json`."
    );
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum PublicError {
            #(#docs_ #variants,)*
        }

        impl PublicError {
            /// The public error with this code, if the catalog has it.
            pub fn from_code(code: i64) -> ::core::option::Option<Self> {
                match code {
                    #(#codes => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }
            /// The numeric code.
            pub const fn code(self) -> i64 {
                match self { #(Self::#variants => #codes,)* }
            }
            /// Whether sending the same request again can succeed, and whether the
            /// service may have acted on the request that got this code.
            pub const fn retryability(self) -> #rt::Retryability {
                match self { #(Self::#variants => #retry,)* }
            }
            /// Whether sending the same request again later can succeed.
            pub const fn is_retryable(self) -> bool {
                self.retryability().is_retryable()
            }
            /// The variant name.
            pub const fn name(self) -> &'static str {
                match self { #(Self::#variants => #names_,)* }
            }
            /// What the code means.
            pub const fn description(self) -> &'static str {
                match self { #(Self::#variants => #descriptions,)* }
            }
            /// The same code in the catalog-wide [`ErrorCode`].
            pub const fn error_code(self) -> ErrorCode {
                match self { #(Self::#variants => ErrorCode::#variants,)* }
            }
        }

        impl ::core::fmt::Display for PublicError {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{} ({}): {}", self.code(), self.name(), self.description())
            }
        }

        /// Every error code of `specs/errors.json`, sorted as there.
        pub static ERROR_CODES: [#rt::ErrorCodeInfo; #count] = [#(#catalog),*];

        #error_code
    }
}

/// `ErrorCode`: one variant per code of the catalog, and `Unknown`.
fn error_code_enum(set: &SpecSet, rt: &TokenStream) -> TokenStream {
    let all: Vec<_> = set.errors.codes.iter().map(|c| &c.def).collect();
    let variants: Vec<_> = all.iter().map(|c| format_ident!("{}", c.name)).collect();
    let docs_: Vec<_> = all
        .iter()
        .map(|c| {
            docs::doc_attrs(&format!(
                "`{}`: {}{}",
                c.code,
                c.description.trim(),
                retry_doc(c.retry)
            ))
        })
        .collect();
    let codes: Vec<i64> = all.iter().map(|c| i64::from(c.code)).collect();
    let retry: Vec<TokenStream> = all.iter().map(|c| retry_tokens(rt, c.retry)).collect();
    let names_: Vec<&str> = all.iter().map(|c| c.name.as_str()).collect();
    let descriptions: Vec<&str> = all.iter().map(|c| c.description.trim()).collect();
    let public: Vec<_> = set
        .errors
        .codes
        .iter()
        .filter(|c| c.public)
        .map(|c| format_ident!("{}", c.def.name))
        .collect();
    quote! {
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
            #(#docs_ #variants,)*
            /// A code the specs do not document, kept as sent.
            Unknown(i64),
        }

        impl ErrorCode {
            /// The entry of a numeric code; `Unknown` when the catalog lacks it.
            pub const fn from_code(code: i64) -> Self {
                match code {
                    #(#codes => Self::#variants,)*
                    other => Self::Unknown(other),
                }
            }
            /// The numeric code.
            pub const fn code(self) -> i64 {
                match self {
                    #(Self::#variants => #codes,)*
                    Self::Unknown(code) => code,
                }
            }
            /// The variant name (`Unknown` for an undocumented code).
            pub const fn name(self) -> &'static str {
                match self {
                    #(Self::#variants => #names_,)*
                    Self::Unknown(_) => "Unknown",
                }
            }
            /// What the code means.
            pub const fn description(self) -> &'static str {
                match self {
                    #(Self::#variants => #descriptions,)*
                    Self::Unknown(_) => "A code the specs do not document.",
                }
            }
            /// Whether sending the same request again can succeed, and whether the
            /// service may have acted on the request that got this code (`No` for an
            /// undocumented code).
            pub const fn retryability(self) -> #rt::Retryability {
                match self {
                    #(Self::#variants => #retry,)*
                    Self::Unknown(_) => #rt::Retryability::No,
                }
            }
            /// Whether sending the same request again later can succeed.
            pub const fn is_retryable(self) -> bool {
                self.retryability().is_retryable()
            }
            /// Whether the code can answer any endpoint (a public code).
            pub const fn is_public(self) -> bool {
                matches!(self, #(Self::#public)|*)
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
    }
}

/// The response envelope and query parameters shared by every call.
pub fn envelope_tokens(set: &SpecSet, rt: &TokenStream) -> TokenStream {
    let env = &set.envelope;
    let mut cx = TypeCx::new(set, rt, quote!(super::types::));
    cx.response = true;
    let envelope = cx.object_item(
        "ResponseEnvelope",
        "The fields every response carries (specs/envelope.json).",
        &env.response,
        false,
        "ResponseEnvelope",
    );
    let aux = std::mem::take(&mut cx.aux);
    let field_of = |wire: &str| {
        env.response
            .iter()
            .find(|f| f.name == wire)
            .map(|f| (types_ident(&f.rust_name), f.required))
    };
    let accessor = |wire: &str, method: &str, doc: &str| {
        let m = format_ident!("{}", method);
        match field_of(wire) {
            Some((ident, true)) => quote! {
                #[doc = #doc]
                pub fn #m(&self) -> ::core::option::Option<&str> { ::core::option::Option::Some(self.#ident.as_str()) }
            },
            Some((ident, false)) => quote! {
                #[doc = #doc]
                pub fn #m(&self) -> ::core::option::Option<&str> { self.#ident.as_deref() }
            },
            None => quote! {
                #[doc = #doc]
                pub fn #m(&self) -> ::core::option::Option<&str> { ::core::option::Option::None }
            },
        }
    };
    let code = match field_of(&env.error_code_field) {
        Some((ident, true)) => quote!(::core::convert::Into::<i64>::into(self.#ident)),
        Some((ident, false)) => {
            quote!(self.#ident.map(::core::convert::Into::<i64>::into).unwrap_or(0))
        }
        None => quote!(0),
    };
    let info = accessor(
        &env.error_info_field,
        "info",
        "The service's error text, if any.",
    );
    let display = accessor(
        &env.error_display_field,
        "display",
        "Text meant for end users, if any.",
    );
    let name_of = |role: QueryRole| {
        env.query_with(role)
            .map(|q| q.name.clone())
            .unwrap_or_default()
    };
    let (app_id, identifier, signature, nonce) = (
        name_of(QueryRole::AppId),
        name_of(QueryRole::Identifier),
        name_of(QueryRole::Signature),
        name_of(QueryRole::Nonce),
    );
    let fixed = env
        .query
        .iter()
        .filter(|q| q.role == QueryRole::Fixed)
        .map(|q| {
            let (n, v) = (&q.name, q.value.clone().unwrap_or_default());
            quote!((#n, #v))
        });
    let method = &env.method;
    let status = env.http_status;
    let all_fields: Vec<&str> = env.response.iter().map(|f| f.name.as_str()).collect();
    quote! {
        /// The wire protocol shared by every call (specs/envelope.json). Used by the
        /// client runtime and the emulator; not needed to call endpoints.
        #[doc(hidden)]
        pub mod __envelope {
            #[allow(unused_imports)]
            use super::types::*;
            #envelope
            #(#aux)*

            impl ResponseEnvelope {
                /// The error code; 0 means success.
                pub fn code(&self) -> i64 { #code }
                #info
                #display
            }

            /// The query parameters of every call.
            pub const QUERY: #rt::QueryNames = #rt::QueryNames {
                app_id: #app_id,
                identifier: #identifier,
                signature: #signature,
                nonce: #nonce,
                fixed: &[#(#fixed),*],
            };
            /// The HTTP method of every call.
            pub const METHOD: &str = #method;
            /// The HTTP status of every service-level outcome.
            pub const HTTP_STATUS: u16 = #status;
            /// Wire names of the envelope's response fields.
            pub const FIELDS: &[&str] = &[#(#all_fields),*];
        }
    }
}

fn types_ident(name: &str) -> proc_macro2::Ident {
    crate::types::field_ident(name)
}

/// Stub of the envelope module, for when the specs have problems.
pub fn envelope_stub(rt: &TokenStream) -> TokenStream {
    let serde_crate = format!("{}::__private::serde", crate::types::rt_str(rt));
    quote! {
        #[doc(hidden)]
        pub mod __envelope {
            /// Not generated: the specs have problems.
            #[derive(Debug, Clone, #rt::__private::serde::Deserialize)]
            #[serde(crate = #serde_crate)]
            pub struct ResponseEnvelope {}
            impl ResponseEnvelope {
                /// Not generated: the specs have problems.
                pub fn code(&self) -> i64 { 0 }
                /// Not generated: the specs have problems.
                pub fn info(&self) -> ::core::option::Option<&str> { ::core::option::Option::None }
                /// Not generated: the specs have problems.
                pub fn display(&self) -> ::core::option::Option<&str> { ::core::option::Option::None }
            }
            /// Not generated: the specs have problems.
            pub const QUERY: #rt::QueryNames = #rt::QueryNames { app_id: "", identifier: "", signature: "", nonce: "", fixed: &[] };
            /// Not generated: the specs have problems.
            pub const METHOD: &str = "POST";
            /// Not generated: the specs have problems.
            pub const HTTP_STATUS: u16 = 200;
        }
    }
}

/// `pub mod types { ... }`: the named types of types.json.
pub fn types_module(set: &SpecSet, rt: &TokenStream) -> TokenStream {
    let mut cx = TypeCx::new(set, rt, TokenStream::new());
    for (name, _) in set.types.named() {
        cx.taken.insert(name.to_owned());
    }
    let in_responses = crate::types::response_named_types(set);
    let mut items = Vec::new();
    for (name, id) in set.types.named() {
        cx.response = in_responses.contains(&id);
        let ident = format_ident!("{}", name);
        let node = set.types.node(id);
        let doc = node.named.as_ref().map_or("", |n| n.description.trim());
        match &node.kind {
            TypeKind::Object(o) => items.push(cx.object_item(name, doc, &o.fields, true, name)),
            TypeKind::Enum(e) => items.push(cx.enum_item(name, doc, e)),
            TypeKind::Union(u) => items.push(cx.union_item(name, doc, u)),
            TypeKind::OneOf(o) => items.push(cx.one_of_item(name, doc, o)),
            kind => {
                let rty = cx.rust_type_of(kind, name, doc);
                let ty = rty.ty;
                let d = docs::doc_attrs(doc);
                items.push(quote!(#d pub type #ident = #ty;));
            }
        }
    }
    let aux = cx.aux;
    quote! {
        /// Named types shared by endpoints, generated from `specs/types.json`.
        pub mod types {
            #(#items)*
            #(#aux)*
        }
    }
}

fn group_type_table(endpoint: &Endpoint) -> Option<String> {
    let rules = endpoint.group_types.as_ref()?;
    let mut out = String::from("| Group type | Supported |\n|---|---|\n");
    for rule in rules {
        let support = match &rule.support {
            GroupSupport::Supported => "yes".to_owned(),
            GroupSupport::Unsupported { error } => {
                format!("no: the service answers {}", error.code)
            }
            GroupSupport::NoEffect => "no: the call succeeds without effect".to_owned(),
        };
        let note = rule
            .note
            .as_deref()
            .map(|n| format!(" {n}"))
            .unwrap_or_default();
        out.push_str(&format!("| `{}` | {support}.{note} |\n", rule.group_type));
    }
    Some(out)
}

fn request_doc(set: &SpecSet, endpoint: &Endpoint) -> String {
    let spec = endpoint;
    let err_type = format!("{}Error", names::endpoint_type_name(&spec.command));
    let mut doc = format!(
        "{}\n\n{}\n\n`POST {}`: at most {} calls per second.",
        spec.summary.trim(),
        spec.description.trim(),
        endpoint.path,
        spec.rate_limit.per_second
    );
    if spec.irrevocable {
        doc.push_str(" **Irrevocable**: the call cannot be undone.");
    }
    doc.push_str(if spec.safe_to_repeat {
        " Safe to repeat: the client may retry it after a timeout."
    } else {
        " Not safe to repeat: after a timeout the client does not retry it unless told to."
    });
    doc.push_str(&format!(
        " A request that breaks a documented limit or lacks a required field is answered with `{}`.",
        spec.invalid_request.code
    ));
    if let Some(table) = group_type_table(endpoint) {
        doc.push_str("\n\n# Group types\n\n");
        doc.push_str(&table);
    }
    if !spec.errors.is_empty() {
        doc.push_str(
            "\n\n# Errors\n\nBesides the public codes ([`PublicError`](super::PublicError)):\n",
        );
        for e in &spec.errors {
            let c = &set.error(e).def;
            doc.push_str(&format!(
                "- `{}` [`{}`]({err_type}::{}): {}",
                c.code,
                c.name,
                c.name,
                c.description.trim()
            ));
            if let Some(when) = &e.when {
                doc.push_str(&format!(" {}", when.trim()));
            }
            doc.push_str(retry_doc(c.retry));
            doc.push('\n');
        }
    }
    if !spec.webhooks.is_empty() {
        doc.push_str("\n# Webhooks\n\n");
        for w in &spec.webhooks {
            doc.push_str(&format!("- [`{}`]({})\n", w.name, w.docs));
        }
    }
    if !spec.notes.is_empty() {
        doc.push_str("\n# Notes on the documentation\n\n");
        for n in &spec.notes {
            doc.push_str(&format!("- {}\n", n.trim()));
        }
    }
    doc.push_str(&format!(
        "\nOfficial documentation: <{}>. Spec: `{}`.",
        spec.docs, endpoint.file
    ));
    doc
}

/// The `Endpoint` methods the batching helpers use (`batch_len`, `batch_part`), for a
/// request with lists that may be split: typed copies, no trip through JSON. Nothing
/// (the trait's defaults) for the others.
fn batch_methods(
    fields: &[tencent_chat_spec::ir::Field],
    splittable: &[(&tencent_chat_spec::ir::Field, u32)],
) -> TokenStream {
    if splittable.is_empty() {
        return TokenStream::new();
    }
    let ident = |f: &tencent_chat_spec::ir::Field| crate::types::field_ident(&f.rust_name);
    let len_arms = splittable.iter().map(|(f, _)| {
        let (wire, fid) = (&f.name, ident(f));
        if f.required {
            quote!(#wire => ::core::option::Option::Some(self.#fid.len()),)
        } else {
            quote!(#wire => self.#fid.as_ref().map(::std::vec::Vec::len),)
        }
    });
    let part_arms = splittable.iter().map(|(split, _)| {
        let wire = &split.name;
        let sid = ident(split);
        let part = if split.required {
            quote!(self.#sid.get(items)?.to_vec())
        } else {
            quote!(::core::option::Option::Some(self.#sid.as_ref()?.get(items)?.to_vec()))
        };
        let others = fields.iter().filter(|f| f.name != split.name).map(|f| {
            let fid = ident(f);
            quote!(#fid: ::core::clone::Clone::clone(&self.#fid),)
        });
        quote! {
            #wire => ::core::option::Option::Some(Self { #sid: #part, #(#others)* }),
        }
    });
    quote! {
        fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
            match field {
                #(#len_arms)*
                _ => ::core::option::Option::None,
            }
        }
        fn batch_part(&self, field: &str, items: ::core::ops::Range<usize>) -> ::core::option::Option<Self> {
            match field {
                #(#part_arms)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

/// Every item of one endpoint, for its service module.
pub fn endpoint_items(set: &SpecSet, endpoint: &Endpoint, rt: &TokenStream) -> TokenStream {
    let spec = endpoint;
    let base = names::endpoint_type_name(&spec.command);
    let req_name = format!("{base}Request");
    let resp_name = format!("{base}Response");
    let err_name = format!("{base}Error");
    let (req, resp, err) = (
        format_ident!("{}", req_name),
        format_ident!("{}", resp_name),
        format_ident!("{}", err_name),
    );
    let info = info_ident(&spec.command);
    let mut cx = TypeCx::new(set, rt, quote!(super::types::));
    for n in [&req_name, &resp_name, &err_name] {
        cx.taken.insert(n.clone());
    }
    let request = cx.object_item(
        &req_name,
        &request_doc(set, endpoint),
        &spec.request,
        true,
        &base,
    );
    let resp_doc = format!(
        "The response of [`{req_name}`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time."
    );
    cx.response = true;
    let response = cx.object_item(&resp_name, &resp_doc, &spec.response, false, &resp_name);
    cx.response = false;
    let aux = std::mem::take(&mut cx.aux);

    // Error enum.
    let own: Vec<_> = spec
        .errors
        .iter()
        .filter(|e| e.scope == ErrorScope::Own)
        .map(|e| (e, &set.error(e).def))
        .collect();
    let variants: Vec<_> = own
        .iter()
        .map(|(_, c)| format_ident!("{}", c.name))
        .collect();
    let variant_docs: Vec<_> = own
        .iter()
        .map(|(e, c)| {
            let mut text = format!("`{}`: {}", c.code, c.description.trim());
            if let Some(when) = &e.when {
                text.push(' ');
                text.push_str(when.trim());
            }
            text.push_str(retry_doc(c.retry));
            docs::doc_attrs(&text)
        })
        .collect();
    let codes: Vec<i64> = own.iter().map(|(_, c)| i64::from(c.code)).collect();
    // Descriptions that say more for this endpoint than the catalog's.
    let own_descriptions: Vec<TokenStream> = own
        .iter()
        .filter_map(|(e, c)| {
            let when = e.when.as_ref()?;
            let variant = format_ident!("{}", c.name);
            let text = format!("{} {}", c.description.trim(), when.trim());
            Some(quote!(Self::#variant => #text,))
        })
        .collect();
    let err_doc = format!(
        "The error codes of `{}`: its own, the public ones, and any other code the service sends.",
        spec.command
    );

    // Metadata.
    let path = &endpoint.path;
    let legacy_paths = &endpoint.legacy_paths;
    let (service, command, summary, docs_url) =
        (&spec.service, &spec.command, &spec.summary, &spec.docs);
    let per_second = spec.rate_limit.per_second;
    let (irrevocable, safe) = (spec.irrevocable, spec.safe_to_repeat);
    let invalid_request = i64::from(spec.invalid_request.code);
    let group_types = match &spec.group_types {
        None => quote!(::core::option::Option::None),
        Some(rules) => {
            let rules = rules.iter().map(|rule| {
                let name = &rule.group_type;
                let support = match &rule.support {
                    GroupSupport::Supported => quote!(#rt::GroupTypeSupport::Supported),
                    GroupSupport::Unsupported { error } => {
                        let code = i64::from(error.code);
                        quote!(#rt::GroupTypeSupport::Error(#code))
                    }
                    GroupSupport::NoEffect => quote!(#rt::GroupTypeSupport::NoEffect),
                };
                quote!(#rt::GroupTypeRule { group_type: #name, support: #support })
            });
            quote!(::core::option::Option::Some(&[#(#rules),*]))
        }
    };
    let group_field = match &spec.group_field {
        Some(field) => quote!(::core::option::Option::Some(#field)),
        None => quote!(::core::option::Option::None),
    };
    let error_infos = own.iter().map(|(_, c)| {
        let (code, name, description) = (i64::from(c.code), &c.name, &c.description);
        let retry = retry_tokens(rt, c.retry);
        quote!(#rt::ErrorCodeInfo { code: #code, name: #name, description: #description, retry: #retry, public: false })
    });
    // The request's lists that may be split into several calls: not atomic, with a
    // maximum number of items.
    let splittable: Vec<(&tencent_chat_spec::ir::Field, u32)> = spec
        .request
        .iter()
        .filter_map(|f| match set.types.resolve(f.ty) {
            TypeKind::Array(a) if !a.atomic => Some((f, a.max_items?)),
            _ => None,
        })
        .collect();
    let batch_fields = splittable.iter().map(|(f, max)| {
        let wire = &f.name;
        quote!(#rt::BatchField { field: #wire, max_items: #max })
    });
    let batch_methods = batch_methods(&spec.request, &splittable);
    let invalid_request_fields = spec.request.iter().filter_map(|f| {
        let code = i64::from(f.invalid_request.as_ref()?.code);
        let wire = &f.name;
        Some(quote!(#rt::InvalidRequestField { field: #wire, code: #code }))
    });
    let validate_doc = "Checks every documented limit of the request.";
    let paging = crate::paging::paged_impl(set, endpoint, rt);
    let references = spec.request.iter().filter_map(|f| {
        let r = f.refers_to.as_ref()?;
        let wire = &f.name;
        let entity = match r.entity {
            Entity::Group => quote!(#rt::Entity::Group),
            Entity::Account => quote!(#rt::Entity::Account),
            Entity::Topic => quote!(#rt::Entity::Topic),
        };
        let missing = i64::from(r.missing.code);
        let role = match &r.role {
            None => quote!(::core::option::Option::None),
            Some(role) => {
                let require = match role.require {
                    Role::Member => quote!(#rt::GroupRole::Member),
                    Role::AdminOrOwner => quote!(#rt::GroupRole::AdminOrOwner),
                    Role::Owner => quote!(#rt::GroupRole::Owner),
                };
                let code = i64::from(role.code.code);
                let except = &role.except_group_types;
                quote!(::core::option::Option::Some(#rt::RoleRule {
                    require: #require,
                    code: #code,
                    except_group_types: &[#(#except),*],
                }))
            }
        };
        Some(quote!(#rt::FieldReference {
            field: #wire,
            entity: #entity,
            missing: #missing,
            role: #role,
        }))
    });
    let info_name = info.to_string();
    let mut fact_consts = Vec::new();
    let mut fact_infos = Vec::new();
    for fact in &spec.facts {
        let name = &fact.name;
        let konst = format_ident!("{}_{}", info_name, name.to_shouty_snake_case());
        let unit = match &fact.unit {
            Some(u) => quote!(::core::option::Option::Some(#u)),
            None => quote!(::core::option::Option::None),
        };
        let source = &fact.source;
        let mut doc = format!("`{command}`: {}", source.trim());
        if let Some(u) = &fact.unit {
            doc.push_str(&format!(" Unit: {u}."));
        }
        let doc = docs::doc_attrs(&doc);
        let (ty, value, runtime) = match &fact.value {
            FactValue::Integer(n) => (quote!(i64), quote!(#n), quote!(#rt::FactValue::Integer(#n))),
            FactValue::Text(t) => (quote!(&str), quote!(#t), quote!(#rt::FactValue::Text(#t))),
        };
        fact_consts.push(quote! {
            #doc
            pub const #konst: #ty = #value;
        });
        fact_infos.push(quote!(#rt::Fact {
            name: #name,
            value: #runtime,
            unit: #unit,
            source: #source,
        }));
    }
    let example_response = crate::example::object(&set.types, &spec.response).to_string();
    let rate_quotas = spec.rate_limit.quotas.iter().map(|q| {
        let scope = match q.scope {
            tencent_chat_spec::QuotaScope::App => quote!(#rt::QuotaScope::App),
            tencent_chat_spec::QuotaScope::Group => quote!(#rt::QuotaScope::Group),
        };
        let pool = match &q.pool {
            Some(p) => quote!(::core::option::Option::Some(#p)),
            None => quote!(::core::option::Option::None),
        };
        let kind = match (q.per_second, q.per_day, q.min_interval_ms) {
            (Some(n), _, _) => quote!(#rt::QuotaKind::PerSecond(#n)),
            (_, Some(n), _) => quote!(#rt::QuotaKind::PerDay(#n)),
            (_, _, Some(ms)) => {
                let ms = u64::from(ms);
                quote!(#rt::QuotaKind::MinInterval(::core::time::Duration::from_millis(#ms)))
            }
            // The checks refuse a quota without a kind.
            (None, None, None) => quote!(#rt::QuotaKind::PerSecond(1)),
        };
        let code = i64::from(q.code);
        quote!(#rt::RateQuota { scope: #scope, pool: #pool, kind: #kind, code: #code })
    });

    quote! {
        #request
        #response
        #(#aux)*

        #[doc = #err_doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #err {
            #(#variant_docs #variants,)*
            /// A public error code, shared by every endpoint.
            Public(super::PublicError),
            /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
            Unknown(i64),
        }

        impl #rt::EndpointError for #err {
            fn from_code(code: i64) -> Self {
                match code {
                    #(#codes => Self::#variants,)*
                    _ => match super::PublicError::from_code(code) {
                        ::core::option::Option::Some(public) => Self::Public(public),
                        ::core::option::Option::None => Self::Unknown(code),
                    },
                }
            }
            // Code, name and retryability are the catalog's (`error_code()`); only
            // the description can say more for this endpoint.
            fn code(&self) -> i64 {
                self.error_code().code()
            }
            fn retryability(&self) -> #rt::Retryability {
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
                    #(#own_descriptions)*
                    Self::Unknown(_) => "A code the specs do not document.",
                    _ => self.error_code().description(),
                }
            }
        }

        impl #err {
            /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
            pub const fn error_code(self) -> super::ErrorCode {
                match self {
                    #(Self::#variants => super::ErrorCode::#variants,)*
                    Self::Public(public) => public.error_code(),
                    Self::Unknown(code) => super::ErrorCode::from_code(code),
                }
            }
        }

        impl ::core::fmt::Display for #err {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{} ({}): {}", #rt::EndpointError::code(self), #rt::EndpointError::name(self), #rt::EndpointError::description(self))
            }
        }

        impl #rt::Endpoint for #req {
            type Response = #resp;
            type Error = #err;
            const INFO: &'static #rt::EndpointInfo = &#info;
            #[doc = #validate_doc]
            fn validate(&self) -> ::core::result::Result<(), #rt::ValidationError> {
                #rt::Validate::validate_at(self, &#rt::FieldPath::Root)
            }
            #batch_methods
        }

        #(#fact_consts)*

        #[doc = concat!("Metadata and hooks of `", #path, "`.")]
        pub static #info: #rt::EndpointInfo = #rt::EndpointInfo {
            service: #service,
            command: #command,
            path: #path,
            legacy_paths: &[#(#legacy_paths),*],
            summary: #summary,
            docs: #docs_url,
            rate_limit_per_second: #per_second,
            rate_quotas: &[#(#rate_quotas),*],
            irrevocable: #irrevocable,
            safe_to_repeat: #safe,
            invalid_request_code: #invalid_request,
            invalid_request_fields: &[#(#invalid_request_fields),*],
            group_types: #group_types,
            group_field: #group_field,
            errors: &[#(#error_infos),*],
            batch_fields: &[#(#batch_fields),*],
            references: &[#(#references),*],
            facts: &[#(#fact_infos),*],
            example_response: #example_response,
            classify_error: #rt::__private::classify::<#err>,
            hooks: #rt::EndpointHooks::of::<#req>(),
        };

        #paging
    }
}

/// The `Client` method of one endpoint.
pub fn client_method(endpoint: &Endpoint, rt: &TokenStream) -> TokenStream {
    let spec = endpoint;
    let module = format_ident!("{}", names::service_module(&spec.service));
    let base = names::endpoint_type_name(&spec.command);
    let req = format_ident!("{base}Request");
    let resp = format_ident!("{base}Response");
    let err = format_ident!("{base}Error");
    let method = format_ident!("{}", spec.method);
    let doc = format!(
        "{}\n\nCalls `{}`; see [`{module}::{req}`] for fields, limits, group types and errors.",
        spec.summary.trim(),
        spec.path
    );
    let doc = docs::doc_attrs(&doc);
    quote! {
        #doc
        pub async fn #method(&self, request: &#module::#req) -> ::core::result::Result<#module::#resp, #rt::Error<#module::#err>> {
            self.call(request).await
        }
    }
}

/// The runtime's `Retryability` value of a catalog code.
fn retry_tokens(rt: &TokenStream, retry: Retryability) -> TokenStream {
    match retry {
        Retryability::No => quote!(#rt::Retryability::No),
        Retryability::Refused => quote!(#rt::Retryability::Refused),
        Retryability::OutcomeUnknown => quote!(#rt::Retryability::OutcomeUnknown),
    }
}

/// What the docs of a code say about retrying it (empty when it is not retryable).
fn retry_doc(retry: Retryability) -> &'static str {
    match retry {
        Retryability::No => "",
        Retryability::Refused => " Retryable: the service refused the call before acting on it.",
        Retryability::OutcomeUnknown => {
            " Retryable, but the service may have acted: retried only for calls safe to repeat."
        }
    }
}
