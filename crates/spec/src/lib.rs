//! The spec format of `tencent-chat`: the model of the JSON files under `specs/`,
//! a loader that reads a whole specs directory and reports every problem at once
//! (file, JSON pointer, line:column), the semantic checks beyond the meta-schema, and
//! the checked model ([`ir`]) that a successful load produces and every reader takes.
//!
//! ```no_run
//! let loaded = tencent_chat_spec::load_dir(std::path::Path::new("specs"));
//! match loaded.result {
//!     Ok(set) => println!("{} endpoints", set.endpoints.len()),
//!     Err(problems) => eprintln!("{problems}"),
//! }
//! ```
//!
//! This crate depends on no other crate of the workspace.
#![deny(missing_docs)]

mod check;
mod diagnostic;
pub mod ir;
mod load;
pub mod model;
pub mod names;
mod position;

pub use check::{GROUP_TYPE, integer_bounds};
pub use diagnostic::{Diagnostic, Diagnostics};
pub use ir::{Endpoint, SpecSet};
pub use load::{
    ENDPOINT_SCHEMA, Loaded, SCHEMA_DIR, SHARED_FILES, WEBHOOK_DIR, WEBHOOK_SCHEMA, load_dir,
};
pub use model::*;
pub use position::{Position, PositionIndex};

/// The meta-schemas of the spec format, generated from the model types, as
/// `(file name under specs/schema/, pretty JSON)`. Committed under `specs/schema/`; a
/// test fails when the committed copies are stale. Needs the `meta-schema` feature.
#[cfg(feature = "meta-schema")]
pub fn meta_schemas() -> Vec<(&'static str, String)> {
    fn render(schema: schemars::Schema) -> String {
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    }
    vec![
        (ENDPOINT_SCHEMA, render(schemars::schema_for!(EndpointSpec))),
        (
            SHARED_FILES[0].1,
            render(schemars::schema_for!(RegionsFile)),
        ),
        (
            SHARED_FILES[1].1,
            render(schemars::schema_for!(EnvelopeFile)),
        ),
        (
            SHARED_FILES[2].1,
            render(schemars::schema_for!(ErrorCatalog)),
        ),
        (SHARED_FILES[3].1, render(schemars::schema_for!(TypesFile))),
        (WEBHOOK_SCHEMA, render(schemars::schema_for!(WebhookSpec))),
    ]
}
