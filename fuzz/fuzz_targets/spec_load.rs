//! The spec loader and the generator on any file content: the first byte picks which
//! file of a small specs directory (the shared files and one committed endpoint) the
//! rest replaces. `tencent_chat_codegen::expand_dir` must return (never panic) with
//! diagnostics, or with tokens that parse as a Rust file.
#![no_main]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use tencent_chat_codegen::{Options, expand_dir};
use tencent_chat_spec::SHARED_FILES;

struct Dir {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    /// `(path relative to the specs directory, committed text)` of every file.
    files: Vec<(String, String)>,
    /// The file the previous input replaced, to restore before the next one.
    replaced: Mutex<Option<usize>>,
}

fn specs_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

fn dir() -> &'static Dir {
    static DIR: OnceLock<Dir> = OnceLock::new();
    DIR.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("specs");
        fs::create_dir_all(dir.join("sns")).unwrap();
        let mut files: Vec<(String, String)> = SHARED_FILES
            .iter()
            .map(|(f, _)| {
                (
                    f.to_string(),
                    fs::read_to_string(specs_root().join(f)).unwrap(),
                )
            })
            .collect();
        let endpoint = "sns/group_delete.json";
        files.push((
            endpoint.to_owned(),
            fs::read_to_string(specs_root().join(endpoint)).unwrap(),
        ));
        for (rel, text) in &files {
            fs::write(dir.join(rel), text).unwrap();
        }
        Dir {
            _tmp: tmp,
            dir,
            files,
            replaced: Mutex::new(None),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, content)) = data.split_first() else {
        return;
    };
    let d = dir();
    let target = usize::from(which) % d.files.len();
    let mut replaced = d.replaced.lock().unwrap();
    if let Some(previous) = replaced.take() {
        let (rel, text) = &d.files[previous];
        fs::write(d.dir.join(rel), text).unwrap();
    }
    fs::write(d.dir.join(&d.files[target].0), content).unwrap();
    *replaced = Some(target);
    let expansion = expand_dir(&d.dir, &Options::external());
    if expansion.problems.0.is_empty() {
        if let Err(e) = syn::parse2::<syn::File>(expansion.tokens.clone()) {
            panic!("specs without problems generated code that does not parse: {e}");
        }
    } else {
        for p in &expansion.problems.0 {
            assert!(p.position.line >= 1 && p.position.column >= 1, "{p}");
        }
    }
});
