tencent_chat_macros::generate!("../specs/wrong_schema", runtime = ::tencent_chat);

fn main() {}
