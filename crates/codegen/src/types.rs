//! Spec types to Rust types: structs, enums, unions, their serde and JSON Schema
//! impls, constructors and validation.

use std::collections::HashSet;

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use tencent_chat_spec::SpecSet;
use tencent_chat_spec::ir::{
    EnumType, EnumValues, Field, IntegerEncoding, Literal as Wire, OneOfType, Primitive, TypeId,
    TypeKind, UnionLayout, UnionType,
};
use tencent_chat_spec::names;

use crate::docs;

/// A Rust type for a spec type.
pub struct RustType {
    /// The type tokens.
    pub ty: TokenStream,
    /// The type is `String` (constructors take `impl Into<String>`).
    pub is_string: bool,
    /// The type is `Vec<String>`.
    pub is_string_vec: bool,
    /// The item type when the type is a `Vec`.
    pub vec_item: Option<TokenStream>,
}

/// Generation context of one Rust module.
pub struct TypeCx<'a> {
    pub set: &'a SpecSet,
    pub rt: &'a TokenStream,
    /// Prefix of named types from this module: `super::types::` or empty.
    pub named_prefix: TokenStream,
    /// Auxiliary items (inline objects and enums) generated so far.
    pub aux: Vec<TokenStream>,
    /// Type names used in this module.
    pub taken: HashSet<String>,
    /// The items being generated can be read from a response: their enums and unions
    /// get an `Other` variant whatever the spec says, so that a value the spec does not
    /// list (a group type added after the spec was written) does not fail a whole answer.
    pub response: bool,
}

/// The named types a response can hold, directly or inside other types: every named
/// type met walking the envelope's and every endpoint's response fields.
pub fn response_named_types(set: &SpecSet) -> HashSet<TypeId> {
    fn walk(set: &SpecSet, ty: TypeId, seen: &mut HashSet<TypeId>) {
        if !seen.insert(ty) {
            return;
        }
        match &set.types.node(ty).kind {
            TypeKind::Alias(t) => walk(set, *t, seen),
            TypeKind::Array(a) => walk(set, a.items, seen),
            TypeKind::Map(m) => walk(set, m.values, seen),
            TypeKind::Object(o) => o.fields.iter().for_each(|f| walk(set, f.ty, seen)),
            TypeKind::Union(u) => u.variants.iter().for_each(|v| walk(set, v.ty, seen)),
            TypeKind::OneOf(o) => o.variants.iter().for_each(|v| walk(set, v.ty, seen)),
            TypeKind::Primitive(_)
            | TypeKind::String(_)
            | TypeKind::Integer(_)
            | TypeKind::Float(_)
            | TypeKind::Enum(_) => {}
        }
    }
    let mut seen = HashSet::new();
    let fields = set
        .envelope
        .response
        .iter()
        .chain(set.endpoints.iter().flat_map(|e| &e.response))
        .chain(set.webhooks.iter().flat_map(|w| &w.payload));
    for field in fields {
        walk(set, field.ty, &mut seen);
    }
    seen.retain(|id| set.types.node(*id).named.is_some());
    seen
}

pub fn rt_str(rt: &TokenStream) -> String {
    rt.to_string().replace(' ', "")
}

pub fn serde_attrs(rt: &TokenStream) -> TokenStream {
    let serde_crate = format!("{}::__private::serde", rt_str(rt));
    let schemars_crate = format!("{}::__private::schemars", rt_str(rt));
    quote! {
        #[serde(crate = #serde_crate)]
        #[schemars(crate = #schemars_crate)]
    }
}

fn opt_u32(v: Option<u32>) -> TokenStream {
    match v {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

fn opt_i128(v: Option<i128>) -> TokenStream {
    match v {
        Some(v) => {
            let lit = Literal::i128_suffixed(v);
            quote!(::core::option::Option::Some(#lit))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn opt_f64(v: Option<f64>) -> TokenStream {
    match v {
        Some(v) => {
            let lit = Literal::f64_suffixed(v);
            quote!(::core::option::Option::Some(#lit))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn plain(ty: TokenStream) -> RustType {
    RustType {
        ty,
        is_string: false,
        is_string_vec: false,
        vec_item: None,
    }
}

fn int_type(bits: u8, signed: bool) -> TokenStream {
    let name = format!("{}{}", if signed { "i" } else { "u" }, bits);
    let ident = format_ident!("{}", name);
    quote!(#ident)
}

/// A field identifier, raw when the name is a keyword.
pub fn field_ident(name: &str) -> proc_macro2::Ident {
    if names::KEYWORDS.contains(&name) {
        proc_macro2::Ident::new_raw(name, proc_macro2::Span::call_site())
    } else {
        format_ident!("{}", name)
    }
}

impl<'a> TypeCx<'a> {
    pub fn new(set: &'a SpecSet, rt: &'a TokenStream, named_prefix: TokenStream) -> Self {
        TypeCx {
            set,
            rt,
            named_prefix,
            aux: Vec::new(),
            taken: HashSet::new(),
            response: false,
        }
    }

    /// A fresh type name based on `wanted`.
    pub fn claim(&mut self, wanted: &str) -> String {
        let mut name = wanted.to_owned();
        let mut n = 2;
        while !self.taken.insert(name.clone()) {
            name = format!("{wanted}{n}");
            n += 1;
        }
        name
    }

    /// The Rust type of `ty`; inline objects and enums become items named `hint`.
    pub fn rust_type(&mut self, ty: TypeId, hint: &str, doc: &str) -> RustType {
        let set = self.set;
        let node = set.types.node(ty);
        match &node.named {
            Some(named) => {
                let ident = format_ident!("{}", named.name);
                let prefix = &self.named_prefix;
                // An alias of a string takes `impl Into<String>` like a string.
                let is_string = matches!(
                    set.types.resolve(ty),
                    TypeKind::Primitive(Primitive::String) | TypeKind::String(_)
                );
                RustType {
                    is_string,
                    ..plain(quote!(#prefix #ident))
                }
            }
            None => self.rust_type_of(&node.kind, hint, doc),
        }
    }

    /// The Rust type of a definition (the right-hand side of a named type, or an
    /// inline one).
    pub fn rust_type_of(&mut self, kind: &TypeKind, hint: &str, doc: &str) -> RustType {
        let rt = self.rt;
        match kind {
            TypeKind::Primitive(p) => match p {
                Primitive::String => RustType {
                    is_string: true,
                    ..plain(quote!(::std::string::String))
                },
                Primitive::F64 => plain(quote!(f64)),
                Primitive::Json => plain(quote!(#rt::__private::serde_json::Value)),
                Primitive::Int { bits, signed } => plain(int_type(*bits, *signed)),
            },
            TypeKind::Alias(target) => self.rust_type(*target, hint, doc),
            TypeKind::String(_) => RustType {
                is_string: true,
                ..plain(quote!(::std::string::String))
            },
            TypeKind::Integer(i) => {
                let base = int_type(i.bits, i.signed);
                // Carried in a string: the StrInt wrapper (serde's `with` does not
                // combine with the JsonSchema derive through a re-exported crate).
                match i.encoding {
                    IntegerEncoding::Number => plain(base),
                    IntegerEncoding::String => plain(quote!(#rt::StrInt<#base>)),
                }
            }
            TypeKind::Float(_) => plain(quote!(f64)),
            TypeKind::Enum(e) => {
                let name = self.claim(hint);
                let item = self.enum_item(&name, doc, e);
                self.aux.push(item);
                let ident = format_ident!("{}", name);
                plain(quote!(#ident))
            }
            TypeKind::Array(a) => {
                let item_hint = format!("{hint}Item");
                let inner = self.rust_type(a.items, &item_hint, doc);
                let item_ty = inner.ty;
                RustType {
                    is_string_vec: inner.is_string,
                    vec_item: Some(item_ty.clone()),
                    ..plain(quote!(::std::vec::Vec<#item_ty>))
                }
            }
            TypeKind::Map(m) => {
                let inner = self.rust_type(m.values, &format!("{hint}Value"), doc);
                let value_ty = inner.ty;
                plain(quote!(::std::collections::BTreeMap<::std::string::String, #value_ty>))
            }
            TypeKind::Object(o) => {
                let wanted = o.rust_name.clone().unwrap_or_else(|| hint.to_owned());
                let name = self.claim(&wanted);
                let item = self.object_item(&name, doc, &o.fields, true, &name);
                self.aux.push(item);
                let ident = format_ident!("{}", name);
                plain(quote!(#ident))
            }
            TypeKind::Union(u) => {
                let name = self.claim(hint);
                let item = self.union_item(&name, doc, u);
                self.aux.push(item);
                let ident = format_ident!("{}", name);
                plain(quote!(#ident))
            }
            TypeKind::OneOf(o) => {
                let name = self.claim(hint);
                let item = self.one_of_item(&name, doc, o);
                self.aux.push(item);
                let ident = format_ident!("{}", name);
                plain(quote!(#ident))
            }
        }
    }

    /// Whether a value of `ty` can hold a float anywhere inside: such types cannot
    /// derive `Eq`.
    pub fn has_float(&self, ty: TypeId) -> bool {
        match &self.set.types.node(ty).kind {
            TypeKind::Primitive(p) => matches!(p, Primitive::F64),
            TypeKind::Float(_) => true,
            TypeKind::Alias(t) => self.has_float(*t),
            TypeKind::Array(a) => self.has_float(a.items),
            TypeKind::Map(m) => self.has_float(m.values),
            TypeKind::Object(o) => o.fields.iter().any(|f| self.has_float(f.ty)),
            TypeKind::Union(u) => u.variants.iter().any(|v| self.has_float(v.ty)),
            TypeKind::OneOf(o) => o.variants.iter().any(|v| self.has_float(v.ty)),
            TypeKind::String(_) | TypeKind::Integer(_) | TypeKind::Enum(_) => false,
        }
    }

    /// The `Deserialize` derive of the items being generated. What a response or a
    /// callback payload can hold always derives serde's; what only the caller sends
    /// (requests, webhook answers) derives `__private::OutboundDeserialize`, which is
    /// serde's with the client's `deserialize-requests` feature and emits nothing
    /// without it.
    fn de_derive(&self) -> TokenStream {
        let rt = self.rt;
        if self.response {
            quote!(#rt::__private::serde::Deserialize)
        } else {
            quote!(#rt::__private::OutboundDeserialize)
        }
    }

    /// Put on a hand-written `Deserialize` impl: nothing where a response can hold the
    /// type, the `deserialize-requests` gate (`__private::with_outbound_deserialize`)
    /// where only the caller sends it.
    fn de_gate(&self) -> TokenStream {
        let rt = self.rt;
        if self.response {
            TokenStream::new()
        } else {
            quote!(#[#rt::__private::with_outbound_deserialize])
        }
    }

    /// `Eq` for a derive list, unless one of `types` can hold a float.
    fn eq_derive(&self, mut types: impl Iterator<Item = TypeId>) -> TokenStream {
        if types.any(|t| self.has_float(t)) {
            TokenStream::new()
        } else {
            quote!(Eq,)
        }
    }

    /// Whether values of `ty` have anything to validate.
    pub fn needs_validation(&self, ty: TypeId) -> bool {
        self.set.types.needs_validation(ty)
    }

    /// Statements checking the value `v` (a reference) of type `ty` at path `at`.
    fn checks(&self, ty: TypeId) -> TokenStream {
        let rt = self.rt;
        if !self.needs_validation(ty) {
            return TokenStream::new();
        }
        let node = self.set.types.node(ty);
        // Named objects, enums and unions are generated types that implement
        // Validate; named aliases (a limited string, say) are checked in place.
        let generated = matches!(
            node.kind,
            TypeKind::Object(_) | TypeKind::Enum(_) | TypeKind::Union(_) | TypeKind::OneOf(_)
        );
        if node.named.is_some() && generated {
            return quote!(#rt::Validate::validate_at(v, &at)?;);
        }
        match &node.kind {
            TypeKind::Primitive(_) | TypeKind::Enum(_) => TokenStream::new(),
            TypeKind::Alias(target) => self.checks(*target),
            TypeKind::String(s) => {
                let (min, max) = (opt_u32(s.min_bytes), opt_u32(s.max_bytes));
                quote!(#rt::__private::check_bytes(v, #min, #max, &at)?;)
            }
            TypeKind::Integer(i) => {
                let (min, max) = (opt_i128(i.min), opt_i128(i.max));
                quote!(#rt::__private::check_int(#rt::__private::AsI128::as_i128(v), #min, #max, &at)?;)
            }
            TypeKind::Float(f) => {
                let (min, max) = (opt_f64(f.min), opt_f64(f.max));
                quote!(#rt::__private::check_float(*v, #min, #max, &at)?;)
            }
            TypeKind::Array(a) => {
                let (min, max) = (opt_u32(a.min_items), opt_u32(a.max_items));
                let inner = self.checks(a.items);
                let each = if inner.is_empty() {
                    TokenStream::new()
                } else {
                    quote! {
                        for (i, v) in v.iter().enumerate() {
                            let at = at.index(i);
                            #inner
                        }
                    }
                };
                quote! {
                    #rt::__private::check_items(v.len(), #min, #max, &at)?;
                    #each
                }
            }
            TypeKind::Map(m) => {
                let max = opt_u32(m.max_entries);
                let inner = self.checks(m.values);
                let each = if inner.is_empty() {
                    TokenStream::new()
                } else {
                    quote! {
                        for (k, v) in v.iter() {
                            let at = at.key(k);
                            #inner
                        }
                    }
                };
                quote! {
                    #rt::__private::check_entries(v.len(), #max, &at)?;
                    #each
                }
            }
            TypeKind::Object(_) | TypeKind::Union(_) | TypeKind::OneOf(_) => {
                quote!(#rt::Validate::validate_at(v, &at)?;)
            }
        }
    }

    /// A struct for a JSON object, with constructor, setters and validation.
    pub fn object_item(
        &mut self,
        name: &str,
        doc: &str,
        fields: &[Field],
        request: bool,
        hint_prefix: &str,
    ) -> TokenStream {
        let de_derive = self.de_derive();
        let rt = self.rt.clone();
        let ident = format_ident!("{}", name);
        let attrs = serde_attrs(&rt);
        let mut struct_fields = Vec::new();
        let mut setters = Vec::new();
        let mut checks = Vec::new();
        let mut required_docs = Vec::new();
        // Required fields as constructor parameters: (ident, type, parameter type,
        // converted value, wire name).
        let mut required = Vec::new();
        let mut optional_inits = Vec::new();
        for field in fields {
            let rust_name = field.rust_name.clone();
            let fident = field_ident(&rust_name);
            let hint = format!("{hint_prefix}{}", field.name.to_upper_camel_case());
            let fdoc_text = docs::field_doc(&self.set.types, field, request);
            let rty = self.rust_type(field.ty, &hint, &field.description);
            let ty = &rty.ty;
            let wire = &field.name;
            let fdoc = docs::doc_attrs(&fdoc_text);
            let schema_limits = schema_limits(self, field.ty);
            let with = quote!(#(#[schemars(#schema_limits)])*);
            let (param_ty, conv): (TokenStream, fn(TokenStream) -> TokenStream) = if rty.is_string {
                (
                    quote!(impl ::core::convert::Into<::std::string::String>),
                    |v| quote!(#v.into()),
                )
            } else if rty.is_string_vec {
                (
                    quote!(
                        impl ::core::iter::IntoIterator<
                            Item = impl ::core::convert::Into<::std::string::String>,
                        >
                    ),
                    |v| quote!(#v.into_iter().map(::core::convert::Into::into).collect()),
                )
            } else if let Some(item) = &rty.vec_item {
                (
                    quote!(impl ::core::iter::IntoIterator<Item = #item>),
                    |v| quote!(#v.into_iter().collect()),
                )
            } else {
                (quote!(#ty), |v| v)
            };
            if field.required {
                struct_fields.push(quote! {
                    #fdoc
                    #[serde(rename = #wire)]
                    #with
                    pub #fident: #ty,
                });
                let init = conv(quote!(#fident));
                required.push((
                    fident.clone(),
                    ty.clone(),
                    param_ty.clone(),
                    init,
                    field.name.clone(),
                ));
                required_docs.push(format!("`{rust_name}`"));
                if self.needs_validation(field.ty) {
                    let inner = self.checks(field.ty);
                    checks.push(quote! {
                        {
                            let at = at.field(#wire);
                            let v = &self.#fident;
                            #inner
                        }
                    });
                }
            } else {
                struct_fields.push(quote! {
                    #fdoc
                    #[serde(rename = #wire, default, skip_serializing_if = "Option::is_none")]
                    #with
                    pub #fident: ::core::option::Option<#ty>,
                });
                optional_inits.push(quote!(#fident: ::core::option::Option::None));
                let setter_doc = format!("Sets `{wire}`: {}", field.description.trim());
                let set_value = conv(quote!(value));
                setters.push(quote! {
                    #[doc = #setter_doc]
                    #[must_use]
                    pub fn #fident(mut self, value: #param_ty) -> Self {
                        self.#fident = ::core::option::Option::Some(#set_value);
                        self
                    }
                });
                if self.needs_validation(field.ty) {
                    let inner = self.checks(field.ty);
                    checks.push(quote! {
                        if let ::core::option::Option::Some(v) = &self.#fident {
                            let at = at.field(#wire);
                            #inner
                        }
                    });
                }
            }
        }
        let doc_attrs = docs::doc_attrs(doc);
        let new_doc = if required_docs.is_empty() {
            "Creates a value with every optional field unset.".to_owned()
        } else {
            format!(
                "Creates a value from its required fields ({}); optional fields start unset.",
                required_docs.join(", ")
            )
        };
        let eq = self.eq_derive(fields.iter().map(|f| f.ty));
        // With no required field, every field starts unset: that is the default.
        let default = if fields.iter().any(|f| f.required) {
            TokenStream::new()
        } else {
            quote!(Default,)
        };
        // Two required fields taking the same type would be easy to swap in `new`:
        // such a value is built by naming each required field in turn instead.
        let mut param_types: Vec<String> = required.iter().map(|r| r.2.to_string()).collect();
        param_types.sort();
        let swappable = param_types.windows(2).any(|w| w[0] == w[1]);
        let (constructor, steps) = if swappable {
            named_steps(name, &required, &optional_inits)
        } else {
            let params = required.iter().map(|(f, _, p, ..)| quote!(#f: #p));
            let inits = required.iter().map(|(f, _, _, init, _)| quote!(#f: #init));
            (
                quote! {
                    #[doc = #new_doc]
                    #[allow(clippy::too_many_arguments)]
                    pub fn new(#(#params),*) -> Self {
                        Self { #(#inits,)* #(#optional_inits),* }
                    }
                },
                TokenStream::new(),
            )
        };
        quote! {
            #doc_attrs
            #[derive(Debug, Clone, PartialEq, #eq #default #rt::__private::serde::Serialize, #de_derive, #rt::__private::JsonSchema)]
            #attrs
            #[non_exhaustive]
            pub struct #ident {
                #(#struct_fields)*
            }

            impl #ident {
                #constructor
                #(#setters)*
            }

            #steps

            impl #rt::Validate for #ident {
                #[allow(unused_variables)]
                fn validate_at(&self, at: &#rt::FieldPath<'_>) -> ::core::result::Result<(), #rt::ValidationError> {
                    #(#checks)*
                    ::core::result::Result::Ok(())
                }
            }
        }
    }

    /// An enum with hand-written serde and JSON Schema impls (integer or string
    /// values, aliases, and an `Other` variant when open).
    pub fn enum_item(&mut self, name: &str, doc: &str, e: &EnumType) -> TokenStream {
        let de_gate = self.de_gate();
        let rt = self.rt;
        let open = e.open || self.response;
        let ident = format_ident!("{}", name);
        let entries = e.entries();
        let variants: Vec<_> = entries
            .iter()
            .map(|v| format_ident!("{}", v.name))
            .collect();
        let variant_docs: Vec<_> = entries
            .iter()
            .map(|v| docs::doc_attrs(&format!("`{}`: {}", v.value, v.description.trim())))
            .collect();
        let all_wire_lits: Vec<TokenStream> = entries
            .iter()
            .flat_map(|v| std::iter::once(&v.value).chain(&v.aliases))
            .map(|v| match v {
                Wire::Str(s) => quote!(#s),
                Wire::Int(n) => {
                    let n = Literal::i64_unsuffixed(*n);
                    quote!(#n)
                }
            })
            .collect();
        let doc_attrs = docs::doc_attrs(doc);
        let primary_list = entries
            .iter()
            .map(|v| v.value.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let schemars_ = quote!(#rt::__private::schemars);
        let serde_ = quote!(#rt::__private::serde);
        let name_str = name.to_owned();
        // What both representations share: the list of values, the schema impl
        // (around each one's schema) and a `Validate` impl with nothing to check.
        let all = quote! {
            /// Every listed value.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];
        };
        let common = |schema: &TokenStream| {
            [
                quote! {
                    #[#rt::__private::with_hooks]
                    impl #schemars_::JsonSchema for #ident {
                        fn schema_name() -> ::std::borrow::Cow<'static, str> {
                            ::std::borrow::Cow::Borrowed(#name_str)
                        }
                        fn json_schema(_: &mut #schemars_::SchemaGenerator) -> #schemars_::Schema {
                            #schema
                        }
                    }
                },
                quote! {
                    impl #rt::Validate for #ident {
                        fn validate_at(&self, _: &#rt::FieldPath<'_>) -> ::core::result::Result<(), #rt::ValidationError> {
                            ::core::result::Result::Ok(())
                        }
                    }
                },
            ]
        };
        match &e.values {
            EnumValues::Str(values) => {
                let wire: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
                let patterns: Vec<TokenStream> = values
                    .iter()
                    .map(|v| {
                        let all = std::iter::once(&v.value).chain(&v.aliases);
                        quote!(#(#all)|*)
                    })
                    .collect();
                let (other_variant, other_as, other_from, derive_copy, schema) = if open {
                    (
                        quote! {
                            /// A value this spec does not list, kept as sent.
                            Other(::std::string::String),
                        },
                        quote!(Self::Other(s) => s.as_str(),),
                        quote!(_ => Self::Other(::std::string::ToString::to_string(s)),),
                        quote!(),
                        quote!(#schemars_::json_schema!({ "type": "string", "examples": [#(#all_wire_lits),*] })),
                    )
                } else {
                    (
                        quote!(),
                        quote!(),
                        quote!(),
                        quote!(Copy,),
                        quote!(#schemars_::json_schema!({ "type": "string", "enum": [#(#all_wire_lits),*] })),
                    )
                };
                let from_wire = if open {
                    quote! {
                        /// The value for a wire string; unlisted strings become `Other`.
                        pub fn from_wire(s: &str) -> Self {
                            match s {
                                #(#patterns => Self::#variants,)*
                                #other_from
                            }
                        }
                    }
                } else {
                    quote! {
                        /// The value for a wire string (aliases included), if listed.
                        pub fn from_wire(s: &str) -> ::core::option::Option<Self> {
                            match s {
                                #(#patterns => ::core::option::Option::Some(Self::#variants),)*
                                _ => ::core::option::Option::None,
                            }
                        }
                    }
                };
                let de_body = if open {
                    quote!(::core::result::Result::Ok(Self::from_wire(&s)))
                } else {
                    quote! {
                        Self::from_wire(&s).ok_or_else(|| <D::Error as #serde_::de::Error>::unknown_variant(&s, &[#(#wire),*]))
                    }
                };
                let common = common(&schema);
                quote! {
                    #doc_attrs
                    #[doc = ""]
                    #[doc = concat!(" Wire values: ", #primary_list, ".")]
                    #[derive(Debug, Clone, #derive_copy PartialEq, Eq, Hash)]
                    pub enum #ident {
                        #(#variant_docs #variants,)*
                        #other_variant
                    }

                    impl #ident {
                        #all
                        /// The value as sent on the wire.
                        pub fn as_str(&self) -> &str {
                            match self {
                                #(Self::#variants => #wire,)*
                                #other_as
                            }
                        }
                        #from_wire
                    }

                    impl ::core::fmt::Display for #ident {
                        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            f.write_str(self.as_str())
                        }
                    }

                    impl #serde_::Serialize for #ident {
                        fn serialize<S: #serde_::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                            serializer.serialize_str(self.as_str())
                        }
                    }

                    #de_gate
                    impl<'de> #serde_::Deserialize<'de> for #ident {
                        fn deserialize<D: #serde_::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                            let s = <::std::string::String as #serde_::Deserialize>::deserialize(deserializer)?;
                            #de_body
                        }
                    }

                    #(#common)*
                }
            }
            EnumValues::Int(values) => {
                let wire: Vec<i64> = values.iter().map(|v| v.value).collect();
                let patterns: Vec<TokenStream> = values
                    .iter()
                    .map(|v| {
                        let all = std::iter::once(&v.value).chain(&v.aliases);
                        quote!(#(#all)|*)
                    })
                    .collect();
                let (other_variant, other_as, from_wire, de_body, schema) = if open {
                    (
                        quote! {
                            /// A value this spec does not list, kept as sent.
                            Other(i64),
                        },
                        quote!(Self::Other(n) => *n,),
                        quote! {
                            /// The value for a wire number; unlisted numbers become `Other`.
                            pub fn from_wire(n: i64) -> Self {
                                match n {
                                    #(#patterns => Self::#variants,)*
                                    n => Self::Other(n),
                                }
                            }
                        },
                        quote!(::core::result::Result::Ok(Self::from_wire(n))),
                        quote!(#schemars_::json_schema!({ "type": "integer", "format": "int64" })),
                    )
                } else {
                    (
                        quote!(),
                        quote!(),
                        quote! {
                            /// The value for a wire number (aliases included), if listed.
                            pub fn from_wire(n: i64) -> ::core::option::Option<Self> {
                                match n {
                                    #(#patterns => ::core::option::Option::Some(Self::#variants),)*
                                    _ => ::core::option::Option::None,
                                }
                            }
                        },
                        quote! {
                            Self::from_wire(n).ok_or_else(|| <D::Error as #serde_::de::Error>::invalid_value(
                                #serde_::de::Unexpected::Signed(n),
                                &concat!("one of ", #primary_list),
                            ))
                        },
                        quote!(#schemars_::json_schema!({ "type": "integer", "enum": [#(#all_wire_lits),*] })),
                    )
                };
                let common = common(&schema);
                quote! {
                    #doc_attrs
                    #[doc = ""]
                    #[doc = concat!(" Wire values: ", #primary_list, ".")]
                    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                    pub enum #ident {
                        #(#variant_docs #variants,)*
                        #other_variant
                    }

                    impl #ident {
                        #all
                        /// The value as sent on the wire.
                        pub fn as_i64(&self) -> i64 {
                            match self {
                                #(Self::#variants => #wire,)*
                                #other_as
                            }
                        }
                        #from_wire
                    }

                    impl ::core::fmt::Display for #ident {
                        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            ::core::write!(f, "{}", self.as_i64())
                        }
                    }

                    impl #serde_::Serialize for #ident {
                        fn serialize<S: #serde_::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                            serializer.serialize_i64(self.as_i64())
                        }
                    }

                    #de_gate
                    impl<'de> #serde_::Deserialize<'de> for #ident {
                        fn deserialize<D: #serde_::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                            let n = <i64 as #serde_::Deserialize>::deserialize(deserializer)?;
                            #de_body
                        }
                    }

                    #(#common)*
                }
            }
        }
    }

    /// An enum for a union selected by a discriminator.
    pub fn union_item(&mut self, name: &str, doc: &str, u: &UnionType) -> TokenStream {
        let de_gate = self.de_gate();
        let rt = self.rt.clone();
        let open = u.open || self.response;
        let serde_ = quote!(#rt::__private::serde);
        let json_ = quote!(#rt::__private::serde_json);
        let schemars_ = quote!(#rt::__private::schemars);
        let ident = format_ident!("{}", name);
        let tag = &u.tag;
        let string_tags = u.string_tags();
        let mut variants = Vec::new();
        let mut ser_arms = Vec::new();
        let mut de_arms = Vec::new();
        let mut schema_parts = Vec::new();
        let mut validate_arms = Vec::new();
        let mut tag_arms = Vec::new();
        let mut listed_tags = Vec::new();
        for v in &u.variants {
            let vident = format_ident!("{}", v.name);
            let hint = format!("{name}{}", v.name);
            let inner = self.rust_type(v.ty, &hint, &v.description);
            let ty = inner.ty;
            let vdoc = docs::doc_attrs(&format!("`{}`: {}", v.tag, v.description.trim()));
            variants.push(quote!(#vdoc #vident(#ty),));
            let tag_value: TokenStream = match &v.tag {
                Wire::Str(s) => quote!(#s),
                Wire::Int(n) => quote!(#n),
            };
            tag_arms.push(quote!(Self::#vident(_) => #json_::json!(#tag_value),));
            listed_tags.push(tag_value.clone());
            let pattern = tag_value.clone();
            match &u.layout {
                UnionLayout::Adjacent { content } => {
                    ser_arms.push(quote! {
                        Self::#vident(inner) => {
                            let mut map = #serde_::Serializer::serialize_map(serializer, ::core::option::Option::Some(2))?;
                            #serde_::ser::SerializeMap::serialize_entry(&mut map, #tag, &#tag_value)?;
                            #serde_::ser::SerializeMap::serialize_entry(&mut map, #content, inner)?;
                            #serde_::ser::SerializeMap::end(map)
                        }
                    });
                    de_arms.push(quote! {
                        ::core::option::Option::Some(#pattern) => {
                            let content = value.get(#content).cloned().unwrap_or(#json_::Value::Null);
                            #json_::from_value(content).map(Self::#vident).map_err(<D::Error as #serde_::de::Error>::custom)
                        }
                    });
                    // A content that is a limited string keeps its limits in the schema
                    // (a struct field carries them as attributes; a variant cannot).
                    let content_schema = match self.set.types.resolve(v.ty) {
                        TypeKind::String(s)
                            if s.max_bytes.is_some() || s.min_bytes.is_some_and(|m| m > 0) =>
                        {
                            let max = s
                                .max_bytes
                                .map(|m| quote!(s.insert("maxLength".into(), #json_::json!(#m));));
                            let min = s.min_bytes.filter(|m| *m > 0).map(|m| {
                                let chars = m.div_ceil(4);
                                quote!(s.insert("minLength".into(), #json_::json!(#chars));)
                            });
                            quote!(({
                                let mut s = generator.subschema_for::<#ty>();
                                #max
                                #min
                                s
                            }))
                        }
                        _ => quote!(generator.subschema_for::<#ty>()),
                    };
                    schema_parts.push(quote! {
                        #schemars_::json_schema!({
                            "type": "object",
                            "properties": { #tag: { "const": #tag_value }, #content: #content_schema },
                            "required": [#tag, #content]
                        })
                    });
                }
                UnionLayout::Internal => {
                    ser_arms.push(quote! {
                        Self::#vident(inner) => {
                            let mut value = #json_::to_value(inner).map_err(<S::Error as #serde_::ser::Error>::custom)?;
                            if let #json_::Value::Object(map) = &mut value {
                                map.insert(::std::string::ToString::to_string(#tag), #json_::json!(#tag_value));
                            }
                            #serde_::Serialize::serialize(&value, serializer)
                        }
                    });
                    de_arms.push(quote! {
                        ::core::option::Option::Some(#pattern) => {
                            #json_::from_value(value).map(Self::#vident).map_err(<D::Error as #serde_::de::Error>::custom)
                        }
                    });
                    schema_parts.push(quote! {
                        #schemars_::json_schema!({
                            "allOf": [
                                { "type": "object", "properties": { #tag: { "const": #tag_value } }, "required": [#tag] },
                                generator.subschema_for::<#ty>()
                            ]
                        })
                    });
                }
            }
            let checks = self.checks(v.ty);
            // Limits inside an adjacent union's content are reported under the content
            // field, where the value sits on the wire (`MsgBody[0].MsgContent.Text`).
            let at = match &u.layout {
                UnionLayout::Adjacent { content } => quote!(at.field(#content)),
                UnionLayout::Internal => quote!(*at),
            };
            validate_arms.push(quote! {
                Self::#vident(v) => {
                    let at = #at;
                    #checks
                    ::core::result::Result::Ok(())
                }
            });
        }
        let tag_getter = if string_tags {
            quote!(value.get(#tag).and_then(#json_::Value::as_str))
        } else {
            quote!(value.get(#tag).and_then(#json_::Value::as_i64))
        };
        let tags_list = u
            .variants
            .iter()
            .map(|v| v.tag.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let (other_variant, other_ser, other_de, other_validate, other_tag) = if open {
            (
                quote! {
                    /// A variant this spec does not describe, kept as the raw JSON object.
                    Other(#json_::Value),
                },
                quote!(Self::Other(value) => #serde_::Serialize::serialize(value, serializer),),
                quote!(_ => ::core::result::Result::Ok(Self::Other(value)),),
                quote!(Self::Other(_) => ::core::result::Result::Ok(()),),
                quote!(Self::Other(value) => value.get(#tag).cloned().unwrap_or(#json_::Value::Null),),
            )
        } else {
            let message = format!("unknown {tag}; expected one of {tags_list}");
            (
                quote!(),
                quote!(),
                quote!(_ => ::core::result::Result::Err(<D::Error as #serde_::de::Error>::custom(#message)),),
                quote!(),
                quote!(),
            )
        };
        if open {
            // The catch-all matches what decoding keeps as `Other`: an unlisted tag. A
            // listed tag with a bad content fails decoding, so it must fail here too.
            let listed = &listed_tags;
            schema_parts.push(quote!(#schemars_::json_schema!({
                "type": "object",
                "properties": { #tag: { "not": { "enum": [#(#listed),*] } } },
                "required": [#tag]
            })));
        }
        let doc_attrs = docs::doc_attrs(doc);
        let name_str = name.to_owned();
        let eq = self.eq_derive(u.variants.iter().map(|v| v.ty));
        quote! {
            #doc_attrs
            #[derive(Debug, Clone, PartialEq, #eq)]
            pub enum #ident {
                #(#variants)*
                #other_variant
            }

            impl #ident {
                /// The discriminator value of this variant.
                pub fn tag(&self) -> #json_::Value {
                    match self {
                        #(#tag_arms)*
                        #other_tag
                    }
                }
            }

            impl #serde_::Serialize for #ident {
                fn serialize<S: #serde_::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                    match self {
                        #(#ser_arms)*
                        #other_ser
                    }
                }
            }

            #de_gate
            impl<'de> #serde_::Deserialize<'de> for #ident {
                fn deserialize<D: #serde_::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                    let value = <#json_::Value as #serde_::Deserialize>::deserialize(deserializer)?;
                    match #tag_getter {
                        #(#de_arms)*
                        #other_de
                    }
                }
            }

            #[#rt::__private::with_hooks]
            impl #schemars_::JsonSchema for #ident {
                fn schema_name() -> ::std::borrow::Cow<'static, str> {
                    ::std::borrow::Cow::Borrowed(#name_str)
                }
                fn json_schema(generator: &mut #schemars_::SchemaGenerator) -> #schemars_::Schema {
                    let variants: ::std::vec::Vec<#schemars_::Schema> = ::std::vec![#(#schema_parts),*];
                    #schemars_::json_schema!({ "anyOf": variants })
                }
            }

            impl #rt::Validate for #ident {
                #[allow(unused_variables, clippy::match_single_binding)]
                fn validate_at(&self, at: &#rt::FieldPath<'_>) -> ::core::result::Result<(), #rt::ValidationError> {
                    match self {
                        #(#validate_arms)*
                        #other_validate
                    }
                }
            }
        }
    }

    /// An untagged enum for a value of one of several types.
    pub fn one_of_item(&mut self, name: &str, doc: &str, o: &OneOfType) -> TokenStream {
        let de_derive = self.de_derive();
        let rt = self.rt.clone();
        let ident = format_ident!("{}", name);
        let attrs = serde_attrs(&rt);
        let mut variants = Vec::new();
        let mut validate_arms = Vec::new();
        for v in &o.variants {
            let vident = format_ident!("{}", v.name);
            let inner = self.rust_type(v.ty, &format!("{name}{}", v.name), doc);
            let ty = inner.ty;
            let vdoc = format!("The value as {}.", v.name);
            variants.push(quote!(#[doc = #vdoc] #vident(#ty),));
            let checks = self.checks(v.ty);
            validate_arms.push(quote! {
                Self::#vident(v) => {
                    let at = *at;
                    #checks
                    ::core::result::Result::Ok(())
                }
            });
        }
        let doc_attrs = docs::doc_attrs(doc);
        let eq = self.eq_derive(o.variants.iter().map(|v| v.ty));
        quote! {
            #doc_attrs
            #[derive(Debug, Clone, PartialEq, #eq #rt::__private::serde::Serialize, #de_derive, #rt::__private::JsonSchema)]
            #attrs
            #[serde(untagged)]
            pub enum #ident {
                #(#variants)*
            }

            impl #rt::Validate for #ident {
                #[allow(unused_variables)]
                fn validate_at(&self, at: &#rt::FieldPath<'_>) -> ::core::result::Result<(), #rt::ValidationError> {
                    match self {
                        #(#validate_arms)*
                    }
                }
            }
        }
    }
}

/// `#[schemars(...)]` arguments for the limits of a field's own type (named aliases
/// resolved, array items through `inner(...)`), so the JSON Schemas carry them. String
/// limits are in bytes and JSON Schema counts characters: a string of at most `n`
/// bytes has at most `n` characters, and one of at least `n` bytes at least `n / 4`
/// (rounded up), so both bounds are kept in that sound, looser form.
fn schema_limits(cx: &TypeCx<'_>, ty: TypeId) -> Vec<TokenStream> {
    let bounds = |min: Option<TokenStream>, max: Option<TokenStream>| {
        let min = min.map(|m| quote!(min = #m));
        let max = max.map(|m| quote!(max = #m));
        let parts: Vec<TokenStream> = min.into_iter().chain(max).collect();
        parts
    };
    match cx.set.types.resolve(ty) {
        TypeKind::Array(a) => {
            let parts = bounds(
                a.min_items.map(|m| quote!(#m)),
                a.max_items.map(|m| quote!(#m)),
            );
            let mut out = Vec::new();
            if !parts.is_empty() {
                out.push(quote!(length(#(#parts),*)));
            }
            // A map's limits are schema extensions, which `inner(...)` does not take.
            let inner = match cx.set.types.resolve(a.items) {
                TypeKind::Map(_) => Vec::new(),
                _ => schema_limits(cx, a.items),
            };
            if !inner.is_empty() {
                out.push(quote!(inner(#(#inner),*)));
            }
            out
        }
        TypeKind::String(s) => {
            let min = s.min_bytes.filter(|m| *m > 0).map(|m| {
                let chars = m.div_ceil(4);
                quote!(#chars)
            });
            let parts = bounds(min, s.max_bytes.map(|m| quote!(#m)));
            if parts.is_empty() {
                Vec::new()
            } else {
                vec![quote!(length(#(#parts),*))]
            }
        }
        // A map of strings: its entry count and the values' limits, as schema keys
        // (schemars has no validation attribute for map values).
        TypeKind::Map(m) => {
            let mut out = Vec::new();
            if let Some(max) = m.max_entries {
                out.push(quote!(extend("maxProperties" = #max)));
            }
            if let TypeKind::String(s) = cx.set.types.resolve(m.values)
                && (s.max_bytes.is_some() || s.min_bytes.is_some_and(|m| m > 0))
            {
                let mut keys = vec![quote!("type": "string")];
                if let Some(min) = s.min_bytes.filter(|m| *m > 0) {
                    let chars = min.div_ceil(4);
                    keys.push(quote!("minLength": #chars));
                }
                if let Some(max) = s.max_bytes {
                    keys.push(quote!("maxLength": #max));
                }
                out.push(quote!(extend("additionalProperties" = { #(#keys),* })));
            }
            out
        }
        TypeKind::Integer(i) if i.encoding == IntegerEncoding::Number => {
            let lit = |v: i128| {
                let l = Literal::i128_unsuffixed(v);
                quote!(#l)
            };
            let parts = bounds(i.min.map(lit), i.max.map(lit));
            if parts.is_empty() {
                Vec::new()
            } else {
                vec![quote!(range(#(#parts),*))]
            }
        }
        TypeKind::Float(f) => {
            let lit = |v: f64| {
                let l = Literal::f64_unsuffixed(v);
                quote!(#l)
            };
            let parts = bounds(f.min.map(lit), f.max.map(lit));
            if parts.is_empty() {
                Vec::new()
            } else {
                vec![quote!(range(#(#parts),*))]
            }
        }
        _ => Vec::new(),
    }
}

/// Required field of an object as a constructor parameter: ident, type, parameter
/// type, the parameter converted to the type, wire name.
type RequiredParam = (Ident, TokenStream, TokenStream, TokenStream, String);

/// The constructor of an object with several required fields of one type: an
/// associated function named after the first required field, then one step type
/// per further field (`<Type>Needs<Field>`), each with a method named after that
/// field; the last gives the value, optional fields unset. Returns the associated
/// function and the step types.
fn named_steps(
    name: &str,
    required: &[RequiredParam],
    optional_inits: &[TokenStream],
) -> (TokenStream, TokenStream) {
    let ident = format_ident!("{}", name);
    let step_ident = |i: usize| {
        let (next, ..) = &required[i];
        format_ident!(
            "{}Needs{}",
            name,
            next.to_string()
                .trim_start_matches("r#")
                .to_upper_camel_case()
        )
    };
    let chain = required
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let sep = if i == 0 { "::" } else { "." };
            format!("{sep}{}(..)", r.0.to_string().trim_start_matches("r#"))
        })
        .collect::<String>();
    // What building the value after `i` required fields returns.
    let target = |i: usize| {
        if i == required.len() {
            quote!(#ident)
        } else {
            let s = step_ident(i);
            quote!(#s)
        }
    };
    // The value (or next step) once field `i` is given, from `prefix` (the fields
    // before it, read from `self`).
    let finish = |i: usize, from_self: bool| {
        let earlier = required[..i].iter().map(|r| {
            let f = &r.0;
            if from_self {
                quote!(#f: self.#f)
            } else {
                quote!(#f)
            }
        });
        let (f, _, _, init, _) = &required[i];
        let t = target(i + 1);
        if i + 1 == required.len() {
            quote!(#t { #(#earlier,)* #f: #init, #(#optional_inits),* })
        } else {
            quote!(#t { #(#earlier,)* #f: #init })
        }
    };
    let (first, _, first_param, _, first_wire) = &required[0];
    let first_doc = format!(
        "Starts building from the required field `{first_wire}`; each further required field is named in turn, `{name}{chain}`, which gives the value with optional fields unset."
    );
    let first_body = finish(0, false);
    let first_target = target(1);
    let constructor = quote! {
        #[doc = #first_doc]
        pub fn #first(#first: #first_param) -> #first_target {
            #first_body
        }
    };
    let mut steps = Vec::new();
    for i in 1..required.len() {
        let step = step_ident(i);
        let (f, _, param, _, wire) = &required[i];
        let held = required[..i].iter().map(|r| {
            let (hf, ht) = (&r.0, &r.1);
            quote!(#hf: #ht)
        });
        let step_doc = format!(
            "A value of [`{name}`] being built: `{wire}` comes next (`.{}(..)`).",
            f.to_string().trim_start_matches("r#")
        );
        let method_doc = format!("Sets `{wire}`.");
        let t = target(i + 1);
        let body = finish(i, true);
        let must_use = format!("the `{name}` exists only once every required field is given");
        steps.push(quote! {
            #[doc = #step_doc]
            #[derive(Debug, Clone)]
            #[must_use = #must_use]
            pub struct #step {
                #(#held,)*
            }

            impl #step {
                #[doc = #method_doc]
                pub fn #f(self, #f: #param) -> #t {
                    #body
                }
            }
        });
    }
    (constructor, quote!(#(#steps)*))
}
