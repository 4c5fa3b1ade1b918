tencent_chat_macros::generate!("../specs/bad_rust_name", runtime = ::tencent_chat);

fn main() {}
