//! A proc-macro cannot watch a directory on stable Rust: it tracks the files it reads
//! (`include_bytes!`), which covers edits and deletions, but not a new spec file.
//! Watching the folders here makes `cargo build` pick up a dropped-in spec.
fn main() {
    println!("cargo:rerun-if-changed=specs");
    if let Ok(entries) = std::fs::read_dir("specs") {
        for entry in entries.flatten() {
            if entry.path().is_dir() {
                println!("cargo:rerun-if-changed={}", entry.path().display());
            }
        }
    }
}
