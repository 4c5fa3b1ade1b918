//! The `webhooks` module: a payload type per callback, an answer type per "before"
//! callback, the `Event` enum dispatched on `CallbackCommand`, and the `WEBHOOKS`
//! registry (metadata and type-erased hooks for the conformance harness).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use tencent_chat_spec::SpecSet;
use tencent_chat_spec::ir::{WebhookDef, WebhookEffect, WebhookKind};

use crate::docs;
use crate::types::TypeCx;

fn effect_tokens(rt: &TokenStream, effect: WebhookEffect) -> TokenStream {
    match effect {
        WebhookEffect::Allow => quote!(#rt::webhook::WebhookEffect::Allow),
        WebhookEffect::Refuse => quote!(#rt::webhook::WebhookEffect::Refuse),
        WebhookEffect::Discard => quote!(#rt::webhook::WebhookEffect::Discard),
    }
}

fn payload_doc(hook: &WebhookDef) -> String {
    let mut doc = format!(
        "`{}`: {}\n\n{}\n\nA {} callback. Documentation: <{}>",
        hook.command,
        hook.summary.trim(),
        hook.description.trim(),
        match hook.kind {
            WebhookKind::Before => "\"before\"",
            WebhookKind::After => "\"after\"",
        },
        hook.docs
    );
    if !hook.triggered_by.is_empty() {
        doc.push_str("\n\n# Sent because of\n\n");
        for path in &hook.triggered_by {
            doc.push_str(&format!("- `{path}`\n"));
        }
    }
    if !hook.notes.is_empty() {
        doc.push_str("\n# Notes\n\n");
        for note in &hook.notes {
            doc.push_str(&format!("- {}\n", note.trim()));
        }
    }
    doc
}

/// The `webhooks` module of a checked spec set.
pub fn webhooks_module(set: &SpecSet, rt: &TokenStream) -> TokenStream {
    let mut cx = TypeCx::new(set, rt, quote!(super::types::));
    for hook in &set.webhooks {
        cx.taken.insert(format!("{}Payload", hook.type_name));
        cx.taken.insert(format!("{}Answer", hook.type_name));
        cx.taken.insert(hook.type_name.clone());
    }
    cx.taken.insert("Event".to_owned());
    let mut items = Vec::new();
    let mut variants = Vec::new();
    let mut infos = Vec::new();
    for hook in &set.webhooks {
        let payload_name = format!("{}Payload", hook.type_name);
        let payload_ident = format_ident!("{}", payload_name);
        cx.response = true;
        items.push(cx.object_item(
            &payload_name,
            &payload_doc(hook),
            &hook.payload,
            false,
            &hook.type_name,
        ));
        cx.response = false;
        let (hooks, answer_from) = match &hook.answer {
            Some(fields) => {
                let answer_name = format!("{}Answer", hook.type_name);
                let answer_ident = format_ident!("{}", answer_name);
                let doc = format!(
                    "The app's answer to [`{payload_name}`] (`{}`): `ErrorCode` decides what the service does with the action (see [`WebhookInfo::outcomes`]({}::webhook::WebhookInfo::outcomes)).",
                    hook.command,
                    crate::types::rt_str(rt)
                );
                items.push(cx.object_item(&answer_name, &doc, fields, true, &answer_name));
                (
                    quote!(#rt::webhook::WebhookHooks::with_answer::<#payload_ident, #answer_ident>()),
                    quote! {
                        impl ::core::convert::From<#answer_ident> for #rt::webhook::Reply {
                            fn from(answer: #answer_ident) -> Self {
                                #rt::webhook::Reply::typed(&answer)
                            }
                        }
                    },
                )
            }
            None => (
                quote!(#rt::webhook::WebhookHooks::of::<#payload_ident>()),
                TokenStream::new(),
            ),
        };
        items.push(answer_from);
        let command_lit = &hook.command;
        let command_doc = format!("The `CallbackCommand` of [`{payload_name}`].");
        items.push(quote! {
            impl #payload_ident {
                #[doc = #command_doc]
                pub const COMMAND: &'static str = #command_lit;
            }
        });
        let variant = format_ident!("{}", hook.type_name);
        let command = &hook.command;
        let vdoc = docs::doc_attrs(&format!("`{}`: {}", hook.command, hook.summary.trim()));
        variants.push((
            variant.clone(),
            payload_ident.clone(),
            command.clone(),
            vdoc,
        ));
        let (type_name, summary, docs_url) = (&hook.type_name, &hook.summary, &hook.docs);
        let kind = match hook.kind {
            WebhookKind::Before => quote!(#rt::webhook::WebhookKind::Before),
            WebhookKind::After => quote!(#rt::webhook::WebhookKind::After),
        };
        let outcomes = hook.outcomes.iter().map(|o| {
            let code = o.code;
            let up_to = match o.up_to {
                Some(m) => quote!(::core::option::Option::Some(#m)),
                None => quote!(::core::option::Option::None),
            };
            let effect = effect_tokens(rt, o.effect);
            let caller = match o.caller_code {
                Some(c) => {
                    let c = i64::from(c);
                    quote!(::core::option::Option::Some(#c))
                }
                None => quote!(::core::option::Option::None),
            };
            let description = &o.description;
            quote!(#rt::webhook::WebhookOutcome { code: #code, up_to: #up_to, effect: #effect, caller_code: #caller, description: #description })
        });
        let on_failure = match hook.on_failure {
            Some(e) => {
                let e = effect_tokens(rt, e);
                quote!(::core::option::Option::Some(#e))
            }
            None => quote!(::core::option::Option::None),
        };
        let triggered_by = &hook.triggered_by;
        infos.push(quote! {
            &#rt::webhook::WebhookInfo {
                command: #command,
                type_name: #type_name,
                summary: #summary,
                docs: #docs_url,
                kind: #kind,
                outcomes: &[#(#outcomes),*],
                on_failure: #on_failure,
                triggered_by: &[#(#triggered_by),*],
                hooks: #hooks,
            }
        });
    }
    let aux = std::mem::take(&mut cx.aux);
    module_tokens(rt, quote!(#(#items)* #(#aux)*), &variants, &infos)
}

/// The `webhooks` module without any callback (beside compile errors).
pub fn webhooks_stub(rt: &TokenStream) -> TokenStream {
    module_tokens(rt, TokenStream::new(), &[], &[])
}

fn module_tokens(
    rt: &TokenStream,
    items: TokenStream,
    variants: &[(proc_macro2::Ident, proc_macro2::Ident, String, TokenStream)],
    infos: &[TokenStream],
) -> TokenStream {
    let serde_json = quote!(#rt::__private::serde_json);
    let serde_ = quote!(#rt::__private::serde);
    let names: Vec<_> = variants.iter().map(|v| &v.0).collect();
    let payloads: Vec<_> = variants.iter().map(|v| &v.1).collect();
    let commands: Vec<_> = variants.iter().map(|v| &v.2).collect();
    let vdocs: Vec<_> = variants.iter().map(|v| &v.3).collect();
    let count = infos.len();
    quote! {
        /// Callbacks the service sends to the app's backend, generated from
        /// `specs/webhooks/`: one payload type per callback, one answer type per
        /// "before" callback, the [`Event`] enum and the [`WEBHOOKS`] registry. The
        /// handler and signature checks are in [`webhook`](#rt::webhook).
        #[#rt::__private::with_webhooks]
        pub mod webhooks {
            #[allow(unused_imports)]
            use super::types::*;

            #items

            /// One callback, decoded by its `CallbackCommand`. A command these specs do not
            /// describe is kept as [`Event::Unknown`], not refused.
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            #[allow(clippy::large_enum_variant)]
            pub enum Event {
                #(#vdocs #names(#payloads),)*
                /// A callback not described by the specs, with its body as sent.
                Unknown {
                    /// The `CallbackCommand` value (empty when the body has none).
                    command: ::std::string::String,
                    /// The whole body.
                    payload: #serde_json::Value,
                },
            }

            impl Event {
                /// Decodes a callback body: the type is picked by its `CallbackCommand`.
                pub fn from_value(value: #serde_json::Value) -> ::core::result::Result<Self, #serde_json::Error> {
                    let command = value
                        .get("CallbackCommand")
                        .and_then(#serde_json::Value::as_str)
                        .unwrap_or_default()
                        .to_owned();
                    ::core::result::Result::Ok(match command.as_str() {
                        #(#commands => Event::#names(#serde_json::from_value(value)?),)*
                        _ => Event::Unknown { command, payload: value },
                    })
                }

                /// Decodes a callback body from its bytes.
                pub fn from_slice(body: &[u8]) -> ::core::result::Result<Self, #serde_json::Error> {
                    Self::from_value(#serde_json::from_slice(body)?)
                }

                /// The `CallbackCommand` of the event.
                pub fn command(&self) -> &str {
                    match self {
                        #(Event::#names(_) => #commands,)*
                        Event::Unknown { command, .. } => command,
                    }
                }

                /// The registry entry of the event's callback (`None` for an unknown one).
                pub fn info(&self) -> ::core::option::Option<&'static #rt::webhook::WebhookInfo> {
                    #rt::webhook::find(&WEBHOOKS, self.command())
                }

                /// Encodes the event as the service sends it.
                pub fn to_value(&self) -> ::core::result::Result<#serde_json::Value, #serde_json::Error> {
                    match self {
                        #(Event::#names(p) => #serde_json::to_value(p),)*
                        Event::Unknown { payload, .. } => ::core::result::Result::Ok(payload.clone()),
                    }
                }
            }

            impl #serde_::Serialize for Event {
                fn serialize<S: #serde_::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                    match self {
                        #(Event::#names(p) => p.serialize(serializer),)*
                        Event::Unknown { payload, .. } => payload.serialize(serializer),
                    }
                }
            }

            impl<'de> #serde_::Deserialize<'de> for Event {
                fn deserialize<D: #serde_::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                    let value = <#serde_json::Value as #serde_::Deserialize>::deserialize(deserializer)?;
                    Event::from_value(value).map_err(<D::Error as #serde_::de::Error>::custom)
                }
            }

            /// Every callback of `specs/webhooks/`, sorted by command.
            pub static WEBHOOKS: [&#rt::webhook::WebhookInfo; #count] = [#(#infos),*];
        }
    }
}
