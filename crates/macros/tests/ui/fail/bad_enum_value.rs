tencent_chat_macros::generate!("../specs/bad_enum_value", runtime = ::tencent_chat);

fn main() {}
