tencent_chat_macros::generate!("../specs/contradicting_limits", runtime = ::tencent_chat);

fn main() {}
