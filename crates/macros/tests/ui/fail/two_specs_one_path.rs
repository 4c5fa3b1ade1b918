tencent_chat_macros::generate!("../specs/two_specs_one_path", runtime = ::tencent_chat);

fn main() {}
