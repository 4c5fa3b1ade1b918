tencent_chat_macros::generate!("../specs/invalid_json", runtime = ::tencent_chat);

fn main() {}
