tencent_chat_macros::generate!("../specs/unsupported_group_type_without_outcome", runtime = ::tencent_chat);

fn main() {}
