tencent_chat_macros::generate!("../specs/unknown_type", runtime = ::tencent_chat);

fn main() {}
