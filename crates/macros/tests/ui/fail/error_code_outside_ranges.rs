tencent_chat_macros::generate!("../specs/error_code_outside_ranges", runtime = ::tencent_chat);

fn main() {}
