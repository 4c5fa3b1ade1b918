//! The proc-macro of `tencent-chat`: a thin shell over `tencent-chat-codegen`.
//!
//! ```ignore
//! tencent_chat_macros::generate!("../specs");                          // inside tencent-chat
//! tencent_chat_macros::generate!("specs", runtime = ::tencent_chat);   // in another crate
//! ```
//!
//! The path is resolved like `include_str!`: relative to the file that invokes the
//! macro (falling back to the invoking crate's manifest directory where the compiler
//! does not tell the file). Every file read is tracked with `include_bytes!`, so an
//! edit or deletion triggers a rebuild; a new file needs the invoking crate's
//! `build.rs` to print `cargo:rerun-if-changed=<specs dir>`, since a proc-macro
//! cannot track a directory on stable Rust.
//!
//! A spec with problems gives one `compile_error!` per problem, naming file, JSON
//! pointer and line:column, plus stubs of the items the specs name, never a panic.

use std::path::PathBuf;

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

struct Args {
    path: LitStr,
    runtime: Option<syn::Path>,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let mut runtime = None;
        while input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: syn::Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            if key == "runtime" {
                runtime = Some(input.parse()?);
            } else {
                return Err(syn::Error::new(
                    key.span(),
                    format!("unknown option `{key}`; expected `runtime = <path>`"),
                ));
            }
        }
        Ok(Args { path, runtime })
    }
}

/// Generates the bindings of every spec in a directory. See the crate docs.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as Args);
    expand(args)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

fn base_dir() -> Option<PathBuf> {
    // The compiler gives the invoking file relative to its working directory;
    // include_bytes! resolves relative paths against the invoking file, so every
    // path handed on is made absolute.
    let from_file = proc_macro::Span::call_site()
        .local_file()
        .and_then(|f| std::path::absolute(f).ok())
        .and_then(|f| f.parent().map(PathBuf::from))
        .filter(|p| p.exists());
    from_file.or_else(|| std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from))
}

fn expand(args: Args) -> syn::Result<proc_macro2::TokenStream> {
    let Some(base) = base_dir() else {
        return Err(syn::Error::new(
            args.path.span(),
            "cannot tell where the invoking file is, and CARGO_MANIFEST_DIR is not set",
        ));
    };
    let dir = base.join(args.path.value());
    let options = match &args.runtime {
        None => tencent_chat_codegen::Options::inside_runtime(),
        Some(path) => tencent_chat_codegen::Options {
            client_methods: path.is_ident("crate"),
            runtime: quote!(#path),
            // Only `tencent-chat` declares a feature per service.
            service_features: false,
        },
    };
    let expansion = tencent_chat_codegen::expand_dir(&dir, &options);
    let tracked = expansion
        .files
        .iter()
        .filter(|f| f.is_file())
        .map(|f| f.to_string_lossy().into_owned());
    let errors = tencent_chat_codegen::compile_errors(&expansion.problems, args.path.span());
    let tokens = expansion.tokens;
    Ok(quote! {
        const _: () = { #( let _ = ::core::include_bytes!(#tracked); )* };
        #errors
        #tokens
    })
}

/// Stands in for `schemars::JsonSchema` when `tencent-chat` is built without its
/// `hooks` feature: the generated types keep their `#[derive(JsonSchema)]` and
/// `#[schemars(..)]` attributes, and this derive emits nothing for them, so a build
/// that does not need JSON Schemas does not pay for them. Not for direct use.
#[doc(hidden)]
#[proc_macro_derive(NoJsonSchema, attributes(schemars))]
pub fn no_json_schema(_: TokenStream) -> TokenStream {
    TokenStream::new()
}

/// Stands in for `serde::Deserialize` on the types only the caller sends (requests,
/// webhook answers) when `tencent-chat` is built without its `deserialize-requests`
/// feature: the `#[serde(..)]` attributes stay, and nothing is emitted. Not for
/// direct use.
#[doc(hidden)]
#[proc_macro_derive(NoDeserialize, attributes(serde))]
pub fn no_deserialize(_: TokenStream) -> TokenStream {
    TokenStream::new()
}

/// Keeps the item it is put on: what `tencent-chat`'s `__private::with_hooks`
/// attribute is with the `hooks` feature. Not for direct use.
#[doc(hidden)]
#[proc_macro_attribute]
pub fn keep_item(_: TokenStream, item: TokenStream) -> TokenStream {
    item
}

/// Drops the item it is put on: what `tencent-chat`'s `__private::with_hooks`
/// attribute is without the `hooks` feature (the generated hand-written
/// `JsonSchema` impls). Not for direct use.
#[doc(hidden)]
#[proc_macro_attribute]
pub fn drop_item(_: TokenStream, _: TokenStream) -> TokenStream {
    TokenStream::new()
}
