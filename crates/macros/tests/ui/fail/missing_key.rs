tencent_chat_macros::generate!("../specs/missing_key", runtime = ::tencent_chat);

fn main() {}
