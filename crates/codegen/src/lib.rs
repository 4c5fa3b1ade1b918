//! Turns a checked [`SpecSet`] into the Rust items of the `tencent-chat` bindings:
//! request and response types, error enums, validation, docs, metadata, client
//! methods and a registry of endpoints.
//!
//! This is an ordinary library: it has no `proc_macro` dependency, so it can be
//! tested (snapshots of its formatted output) and benchmarked without a compiler in
//! the loop. `tencent-chat-macros` is the thin shell that calls it.
//!
//! Generated code names runtime items through [`Options::runtime`] (`crate` inside
//! `tencent-chat`, `::tencent_chat` elsewhere); serde, serde_json and schemars are
//! reached through `<runtime>::__private`, so a crate using the macro needs no
//! direct dependency on them.
#![deny(missing_docs)]

mod docs;
mod example;
mod items;
mod paging;
mod types;
mod webhooks;

use std::path::Path;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use tencent_chat_spec::{Diagnostics, Endpoint, Loaded, SpecSet, load_dir};

pub use items::envelope_tokens;

/// How the generated code refers to its surroundings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Path of the runtime crate: `crate` when generating inside `tencent-chat`,
    /// `::tencent_chat` elsewhere.
    pub runtime: TokenStream,
    /// Emit one inherent `Client` method per endpoint. Only possible inside the crate
    /// that defines `Client`.
    pub client_methods: bool,
    /// Put each service's items (its module, registry entries and `Client` methods)
    /// behind `#[cfg(feature = "<service>")]`, so that a crate using few services
    /// compiles only those. The invoking crate must declare one feature per service
    /// folder (`tencent-chat` does).
    pub service_features: bool,
}

impl Options {
    /// Options for code generated inside `tencent-chat` itself.
    pub fn inside_runtime() -> Self {
        Options {
            runtime: quote!(crate),
            client_methods: true,
            service_features: true,
        }
    }

    /// Options for code generated in another crate that depends on `tencent-chat`.
    pub fn external() -> Self {
        Options {
            runtime: quote!(::tencent_chat),
            client_methods: false,
            service_features: false,
        }
    }
}

/// Everything generated from one specs directory, or every problem found.
pub struct Expansion {
    /// Every file and folder read (for `include_bytes!` rebuild tracking).
    pub files: Vec<std::path::PathBuf>,
    /// The generated items, or stubs when `problems` is not empty.
    pub tokens: TokenStream,
    /// Problems in the specs; empty on success.
    pub problems: Diagnostics,
}

/// Loads `dir` and generates its items; on problems, generates stubs for what the
/// specs name so that the compiler reports the problems rather than a cascade of
/// missing items.
pub fn expand_dir(dir: &Path, options: &Options) -> Expansion {
    let Loaded {
        files,
        endpoint_files,
        result,
    } = load_dir(dir);
    match result {
        Ok(set) => Expansion {
            files,
            tokens: generate(&set, options),
            problems: Diagnostics::default(),
        },
        Err(problems) => Expansion {
            files,
            tokens: stubs(&endpoint_files, options),
            problems,
        },
    }
}

/// Generates every item of a checked spec set.
pub fn generate(set: &SpecSet, options: &Options) -> TokenStream {
    let rt = &options.runtime;
    let shared = items::shared_items(set, rt);
    let types_module = items::types_module(set, rt);
    // `#[cfg(feature = "<service>")]` when services are features, nothing otherwise.
    let gate = |service: &str| {
        if options.service_features {
            quote!(#[cfg(feature = #service)])
        } else {
            TokenStream::new()
        }
    };

    let mut services: std::collections::BTreeMap<&str, Vec<&Endpoint>> = Default::default();
    for endpoint in &set.endpoints {
        services
            .entry(endpoint.service.as_str())
            .or_default()
            .push(endpoint);
    }
    let modules = services.iter().map(|(service, endpoints)| {
        let module = format_ident!("{}", tencent_chat_spec::names::service_module(service));
        let doc = format!(
            "Endpoints of the `{service}` service (`{}`): {}.",
            set.envelope.path_of(service, "..."),
            endpoints
                .iter()
                .map(|e| format!(
                    "[`{}`]({}Request)",
                    e.command,
                    tencent_chat_spec::names::endpoint_type_name(&e.command)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let items = endpoints.iter().map(|e| items::endpoint_items(set, e, rt));
        let gate = gate(service);
        quote! {
            #[doc = #doc]
            #gate
            pub mod #module {
                #[allow(unused_imports)]
                use super::types::*;
                #(#items)*
            }
        }
    });

    let registry_entries = set.endpoints.iter().map(|e| {
        let module = format_ident!("{}", tencent_chat_spec::names::service_module(&e.service));
        let info = items::info_ident(&e.command);
        let gate = gate(&e.service);
        quote!(#gate &#module::#info)
    });
    // The registry's length: the endpoints of the services compiled in.
    let count = set.endpoints.iter().map(|e| {
        if options.service_features {
            let service = &e.service;
            quote!((::core::cfg!(feature = #service) as usize))
        } else {
            quote!(1usize)
        }
    });
    let methods = if options.client_methods {
        let methods = set.endpoints.iter().map(|e| {
            let gate = gate(&e.service);
            let method = items::client_method(e, rt);
            quote!(#gate #method)
        });
        quote! {
            /// One method per endpoint, generated from `specs/`.
            impl #rt::Client {
                #(#methods)*
            }
        }
    } else {
        TokenStream::new()
    };

    let webhooks = webhooks::webhooks_module(set, rt);
    quote! {
        #shared
        #types_module
        #(#modules)*
        #webhooks

        /// Every endpoint generated from `specs/`, sorted by path: metadata and
        /// type-erased hooks (decode, re-encode, validate, JSON Schemas) for tools that
        /// iterate endpoints without knowing their types, such as the conformance harness.
        pub static ENDPOINTS: [&#rt::EndpointInfo; 0usize #(+ #count)*] = [#(#registry_entries),*];

        #methods
    }
}

/// Generates the items of one endpoint alone; for snapshot tests and for reading
/// what the macro produces (format them with `prettyplease`, as the snapshot tests
/// do; the formatter is not a dependency of this crate, so that builds of the macro
/// do not compile it).
pub fn endpoint_tokens(set: &SpecSet, endpoint: &Endpoint, options: &Options) -> TokenStream {
    items::endpoint_items(set, endpoint, &options.runtime)
}

/// Generates the shared items (regions, public errors, envelope, named types).
pub fn shared_tokens(set: &SpecSet, options: &Options) -> TokenStream {
    let rt = &options.runtime;
    let shared = items::shared_items(set, rt);
    let types_module = items::types_module(set, rt);
    quote!(#shared #types_module)
}

/// Stubs emitted beside `compile_error!`s when the specs have problems: the shared
/// items with no content and, for each endpoint file found, its module with
/// placeholder types, so that code using them reports only the spec problems.
pub fn stubs(endpoint_files: &[(String, String)], options: &Options) -> TokenStream {
    let rt = &options.runtime;
    let mut services: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for (service, command) in endpoint_files {
        if tencent_chat_spec::names::is_snake_ident(service)
            && tencent_chat_spec::names::is_snake_ident(command)
        {
            services.entry(service.clone()).or_default().push(command);
        }
    }
    let modules = services.iter().map(|(service, commands)| {
        let module = format_ident!("{}", service);
        let types = commands.iter().map(|command| {
            let base = tencent_chat_spec::names::endpoint_type_name(command);
            let req = format_ident!("{base}Request");
            let resp = format_ident!("{base}Response");
            let err = format_ident!("{base}Error");
            quote! {
                /// Not generated: the specs have problems.
                #[derive(Debug, Clone, Default)]
                pub struct #req;
                /// Not generated: the specs have problems.
                #[derive(Debug, Clone, Default)]
                pub struct #resp;
                /// Not generated: the specs have problems.
                #[derive(Debug, Clone)]
                pub enum #err {}
            }
        });
        quote! {
            /// Not generated: the specs have problems.
            pub mod #module { #(#types)* }
        }
    });
    let methods = if options.client_methods {
        quote! { impl #rt::Client {} }
    } else {
        TokenStream::new()
    };
    let envelope = items::envelope_stub(rt);
    let webhooks = webhooks::webhooks_stub(rt);
    quote! {
        /// Not generated: the specs have problems.
        pub mod types {}
        /// Not generated: the specs have problems.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Region {}
        impl Region {
            /// Not generated: the specs have problems.
            pub const ALL: &'static [Region] = &[];
            /// Not generated: the specs have problems.
            pub const fn id(self) -> &'static str { match self {} }
            /// Not generated: the specs have problems.
            pub const fn domain(self) -> &'static str { match self {} }
            /// Not generated: the specs have problems.
            pub const fn base_url(self) -> &'static str { match self {} }
            /// Not generated: the specs have problems.
            pub fn from_id(_: &str) -> ::core::option::Option<Region> { ::core::option::Option::None }
        }
        /// Not generated: the specs have problems.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum PublicError {}
        impl PublicError {
            /// Not generated: the specs have problems.
            pub fn from_code(_: i64) -> ::core::option::Option<Self> { ::core::option::Option::None }
            /// Not generated: the specs have problems.
            pub const fn code(self) -> i64 { match self {} }
            /// Not generated: the specs have problems.
            pub const fn retryability(self) -> #rt::Retryability { match self {} }
            /// Not generated: the specs have problems.
            pub const fn is_retryable(self) -> bool { match self {} }
            /// Not generated: the specs have problems.
            pub const fn name(self) -> &'static str { match self {} }
            /// Not generated: the specs have problems.
            pub const fn description(self) -> &'static str { match self {} }
        }
        /// Not generated: the specs have problems.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            /// Not generated: the specs have problems.
            Unknown(i64),
        }
        impl ErrorCode {
            /// Not generated: the specs have problems.
            pub const fn from_code(code: i64) -> Self { Self::Unknown(code) }
            /// Not generated: the specs have problems.
            pub const fn code(self) -> i64 { match self { Self::Unknown(code) => code } }
        }
        /// Not generated: the specs have problems.
        pub static ENDPOINTS: [&#rt::EndpointInfo; 0] = [];
        /// Not generated: the specs have problems.
        pub static ERROR_CODES: [#rt::ErrorCodeInfo; 0] = [];
        #envelope
        #(#modules)*
        #webhooks
        #methods
    }
}

/// A `compile_error!` per problem, at `span`.
pub fn compile_errors(problems: &Diagnostics, span: Span) -> TokenStream {
    let errors = problems.iter().map(|d| {
        let message = d.to_string();
        quote::quote_spanned!(span=> ::core::compile_error!(#message);)
    });
    quote!(#(#errors)*)
}
