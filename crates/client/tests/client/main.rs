//! The client's integration tests, in one test binary: each module was once a binary
//! of its own, and every binary linked the whole generated client again (tens of
//! megabytes and seconds of linking each). Modules share nothing but this crate root.
//!
//! Two modules need optional features, which `cargo test --workspace` turns on (the
//! emulator's dev-dependency on this crate asks for them): `shared_ratelimit` needs
//! `redis` and a running redis-server (`TENCENT_CHAT_TEST_REDIS_URL`; `.ci/run` starts
//! one), and the axum router test in `webhook` needs `axum`.

mod companions;
mod drop_in;
mod features;
mod paging;
mod prop_decode;
mod prop_usersig;
mod runtime;
mod seeds;
#[cfg(feature = "redis")]
mod shared_ratelimit;
mod webhook;
