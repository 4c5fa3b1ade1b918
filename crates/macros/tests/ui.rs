//! The macro's diagnostics (compile-fail cases with committed `.stderr`) and its
//! output on valid specs (pass cases, which run). Spec folders live in `tests/ui/specs/`
//! and are named relative to the invoking test file, so they resolve in trybuild's
//! scratch crate. After a compiler upgrade, refresh with `TRYBUILD=overwrite`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
