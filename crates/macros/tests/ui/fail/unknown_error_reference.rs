tencent_chat_macros::generate!("../specs/unknown_error_reference", runtime = ::tencent_chat);

fn main() {}
