tencent_chat_macros::generate!("../specs/invalid_request_not_listed", runtime = ::tencent_chat);

fn main() {}
