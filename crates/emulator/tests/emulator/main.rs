//! The emulator's integration tests, in one test binary: each module was once a
//! binary of its own, and every binary linked the whole generated client again
//! (tens of megabytes and seconds of linking each, multiplied by the number of files).
//! Modules share nothing but this crate root; each keeps its own helpers.

mod attributes;
mod c2c;
mod drop_in;
mod endpoints;
mod friends;
mod group_admin;
mod group_messages;
mod limits;
mod moderation;
mod operations;
mod profiles;
mod prop_requests;
mod push;
mod recent_contacts;
mod state_file;
mod support;
mod topics;
mod webhooks;
mod wire;
