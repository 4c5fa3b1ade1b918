//! The `Paged` impl of an endpoint whose spec has a `paging` key: how an answer leads
//! to the next request. The runtime's `Client::pages` drives it.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use tencent_chat_spec::ir::{Field, PagingEnd, PagingMode};
use tencent_chat_spec::{Endpoint, SpecSet, names};

use crate::types::{TypeCx, field_ident};

/// The `impl Paged` of `endpoint`, or nothing when it does not page.
pub fn paged_impl(set: &SpecSet, endpoint: &Endpoint, rt: &TokenStream) -> TokenStream {
    let Some(paging) = &endpoint.paging else {
        return TokenStream::new();
    };
    let base = names::endpoint_type_name(&endpoint.command);
    let req_name = format!("{base}Request");
    let resp_name = format!("{base}Response");
    let (req, resp) = (format_ident!("{req_name}"), format_ident!("{resp_name}"));
    let items_field = &endpoint.response[paging.items];

    // The item type, named as the response struct names it: a scratch context with
    // the same reserved names and the same hint gives the same name, and its
    // auxiliary items (already emitted with the response) are dropped.
    let mut scratch = TypeCx::new(set, rt, quote!(super::types::));
    for n in [&req_name, &resp_name, &format!("{base}Error")] {
        scratch.taken.insert(n.clone());
    }
    let hint = format!("{resp_name}{}", items_field.name.to_upper_camel_case());
    let list_ty = scratch.rust_type(items_field.ty, &hint, "");
    let item_ty = list_ty
        .vec_item
        .unwrap_or_else(|| quote!(#rt::__private::serde_json::Value));

    let items_ident = field_ident(&items_field.rust_name);
    let (page_len, into_items) = if items_field.required {
        (
            quote!(response.#items_ident.len()),
            quote!(response.#items_ident),
        )
    } else {
        (
            quote!(response.#items_ident.as_ref().map_or(0, ::std::vec::Vec::len)),
            quote!(response.#items_ident.unwrap_or_default()),
        )
    };

    let uses_received = paging
        .modes
        .iter()
        .flat_map(|m| &m.end)
        .any(|e| matches!(e, PagingEnd::Total { .. }));
    // `items` only when a mode reads it (an offset, or an end counting items).
    let uses_items = paging.modes.iter().any(|m| {
        m.offset.is_some()
            || m.end
                .iter()
                .any(|e| matches!(e, PagingEnd::EmptyItems | PagingEnd::ShortPage { .. }))
    });
    let items = if uses_items {
        quote!(let items = <Self as #rt::Paged>::page_len(response) as u64;)
    } else {
        TokenStream::new()
    };
    let received = if uses_received {
        format_ident!("received")
    } else {
        format_ident!("_received")
    };

    // An if / else-if chain over the modes; the last has no `when` and is the else.
    let mut chain = TokenStream::new();
    for (i, mode) in paging.modes.iter().enumerate() {
        let body = mode_body(endpoint, mode, rt);
        match mode.when {
            Some(when) => {
                let w = field_ident(&endpoint.request[when].rust_name);
                let keyword = if i == 0 { quote!(if) } else { quote!(else if) };
                chain.extend(quote!(#keyword self.#w.is_some() { #body }));
            }
            None if i == 0 => chain.extend(body),
            // The body is an `if` expression: `else if ..`, not `else { if .. }`.
            None => chain.extend(quote!(else #body)),
        }
    }
    let doc = format!(
        "Pages through `{}`: [`Client::pages`]({rt_path}::Client::pages) and [`Client::items`]({rt_path}::Client::items) read every page from this request on.",
        endpoint.path,
        rt_path = crate::types::rt_str(rt),
    );

    quote! {
        #[doc = #doc]
        impl #rt::Paged for #req {
            type Item = #item_ty;

            fn next_page(
                &self,
                response: &#resp,
                #received: u64,
            ) -> ::core::result::Result<::core::option::Option<Self>, #rt::PagingError> {
                #items
                #chain
            }

            fn page_len(response: &#resp) -> usize {
                #page_len
            }

            fn into_items(response: #resp) -> ::std::vec::Vec<Self::Item> {
                #into_items
            }
        }
    }
}

/// One mode: `Ok(None)` when an end condition holds, else the next request.
fn mode_body(endpoint: &Endpoint, mode: &PagingMode, rt: &TokenStream) -> TokenStream {
    let request = |i: usize| &endpoint.request[i];
    let response = |i: usize| &endpoint.response[i];
    let ident = |f: &Field| field_ident(&f.rust_name);
    let ends: Vec<TokenStream> = mode
        .end
        .iter()
        .map(|end| match end {
            PagingEnd::Equals { field, value } => {
                let f = ident(response(*field));
                let literal = value.to_string();
                quote!(#rt::__private::wire_equals(&response.#f, #literal))
            }
            PagingEnd::EmptyItems => quote!(items == 0),
            PagingEnd::ShortPage { limit } => {
                let f = ident(request(*limit));
                quote!(#rt::__private::wire_count(&self.#f).is_none_or(|limit| items < limit))
            }
            PagingEnd::Total { field } => {
                let f = ident(response(*field));
                quote!(#rt::__private::wire_count(&response.#f).is_some_and(|total| received >= total))
            }
        })
        .collect();
    let mut steps = Vec::new();
    for (to, from) in &mode.cursor {
        let (to, from) = (request(*to), response(*from));
        let (t, f) = (ident(to), ident(from));
        let wire = &from.name;
        let value = if from.required {
            quote!(::core::clone::Clone::clone(&response.#f))
        } else {
            quote!(::core::clone::Clone::clone(&response.#f)
                .ok_or(#rt::PagingError::MissingCursor { field: #wire })?)
        };
        steps.push(if to.required {
            quote!(next.#t = #value;)
        } else {
            quote!(next.#t = ::core::option::Option::Some(#value);)
        });
    }
    if let Some(offset) = mode.offset {
        let field = request(offset);
        let o = ident(field);
        let wire = &field.name;
        let value = quote!(#rt::__private::next_offset(&self.#o, items, #wire)?);
        steps.push(if field.required {
            quote!(next.#o = #value;)
        } else {
            quote!(next.#o = ::core::option::Option::Some(#value);)
        });
    }
    quote! {
        if #(#ends)||* {
            ::core::result::Result::Ok(::core::option::Option::None)
        } else {
            let mut next = ::core::clone::Clone::clone(self);
            #(#steps)*
            ::core::result::Result::Ok(::core::option::Option::Some(next))
        }
    }
}
