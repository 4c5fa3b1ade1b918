tencent_chat_macros::generate!("../specs/duplicate_field", runtime = ::tencent_chat);

fn main() {}
