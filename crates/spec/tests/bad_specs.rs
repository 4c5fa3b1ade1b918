//! Every kind of bad spec is reported with file, JSON pointer and line:column, and
//! all problems of a directory are reported at once.
//!
//! Each case copies the committed specs into a temporary directory, breaks one thing
//! and checks the diagnostic. Expected positions are found independently, by
//! searching the broken text for the offending token.

use std::fs;
use std::path::{Path, PathBuf};

use tencent_chat_spec::{Diagnostic, Position, load_dir};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// A copy of the committed specs in a temporary directory named `specs`.
struct Specs {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
}

impl Specs {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("specs");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs"),
            &dir,
        );
        Specs { _tmp: tmp, dir }
    }

    /// Replaces the first occurrence of `from` in `file` by `to`; returns the new text.
    fn edit(&self, file: &str, from: &str, to: &str) -> String {
        let path = self.dir.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} does not contain {from:?}");
        let text = text.replacen(from, to, 1);
        fs::write(&path, &text).unwrap();
        text
    }

    fn problems(&self) -> Vec<Diagnostic> {
        match load_dir(&self.dir).result {
            Ok(_) => panic!("the broken specs loaded without problems"),
            Err(d) => d.0,
        }
    }
}

/// 1-based line and column (in characters) of the first occurrence of `needle`.
fn position_of(text: &str, needle: &str) -> Position {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    Position { line, column }
}

/// Asserts exactly one problem, in `file` at `pointer` and `position`, whose message
/// contains `message`; returns its rendered form.
fn assert_one(
    problems: &[Diagnostic],
    file: &str,
    pointer: &str,
    position: Position,
    message: &str,
) -> String {
    assert_eq!(
        problems.len(),
        1,
        "expected one problem, got:\n{}",
        render(problems)
    );
    assert_problem(&problems[0], file, pointer, position, message)
}

fn assert_problem(
    d: &Diagnostic,
    file: &str,
    pointer: &str,
    position: Position,
    message: &str,
) -> String {
    assert_eq!(d.file, file, "{d}");
    assert_eq!(d.pointer, pointer, "{d}");
    assert_eq!(d.position, position, "{d}");
    assert!(
        d.message.contains(message),
        "{d}\ndoes not mention {message:?}"
    );
    d.to_string()
}

fn render(problems: &[Diagnostic]) -> String {
    problems.iter().map(|d| format!("{d}\n")).collect()
}

#[test]
fn invalid_json() {
    let s = Specs::new();
    let text = s.edit(
        "sns/group_delete.json",
        "\"irrevocable\": false,",
        "\"irrevocable\": false,,",
    );
    let p = s.problems();
    let mut at = position_of(&text, ",,");
    at.column += 1; // serde_json points at the second comma
    let shown = assert_one(&p, "specs/sns/group_delete.json", "", at, "invalid JSON");
    assert!(
        !shown.contains("at line"),
        "the position is not repeated in the message: {shown}"
    );
}

#[test]
fn unknown_type_with_suggestion() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"type\": \"string\"",
        "\"type\": \"strnig\"",
    );
    let p = s.problems();
    let shown = assert_one(
        &p,
        "specs/group_open_http_svc/destroy_group.json",
        "/request/fields/0/type",
        position_of(&text, "\"strnig\""),
        "unknown type \"strnig\" (did you mean \"string\"?)",
    );
    let at = position_of(&text, "\"strnig\"");
    assert_eq!(
        shown,
        format!(
            "specs/group_open_http_svc/destroy_group.json:{}:{}: /request/fields/0/type: unknown type \"strnig\" (did you mean \"string\"?)",
            at.line, at.column
        )
    );
}

#[test]
fn missing_key() {
    let s = Specs::new();
    s.edit(
        "sns/group_delete.json",
        "\"summary\": \"Delete friend lists of an account.\",\n",
        "",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/sns/group_delete.json",
        "",
        Position { line: 1, column: 1 },
        "missing field `summary`",
    );
}

#[test]
fn unknown_key_points_at_the_key() {
    let s = Specs::new();
    let text = s.edit("sns/group_delete.json", "\"rate_limit\"", "\"rate_limt\"");
    let p = s.problems();
    assert_one(
        &p,
        "specs/sns/group_delete.json",
        "/rate_limt",
        position_of(&text, "\"rate_limt\""),
        "unknown field `rate_limt`",
    );
}

#[test]
fn duplicate_field() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/delete_group_msg_by_sender.json",
        "\"name\": \"TopicId\"",
        "\"name\": \"GroupId\"",
    );
    let p = s.problems();
    // Both the wire name and the Rust name collide; both are reported at the second field.
    assert_eq!(p.len(), 2, "{}", render(&p));
    let at = position_of(&text[text.find("Sender_Account").unwrap()..], "\"GroupId\"");
    let offset = position_of(&text, "Sender_Account").line - 1;
    let at = Position {
        line: at.line + offset,
        column: at.column,
    };
    assert_problem(
        &p[0],
        "specs/group_open_http_svc/delete_group_msg_by_sender.json",
        "/request/fields/2/name",
        at,
        "duplicate Rust name \"group_id\"",
    );
    assert_problem(
        &p[1],
        "specs/group_open_http_svc/delete_group_msg_by_sender.json",
        "/request/fields/2/name",
        at,
        "duplicate field \"GroupId\" (also /request/fields/0)",
    );
}

#[test]
fn duplicate_rust_name() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/delete_group_msg_by_sender.json",
        "\"name\": \"TopicId\"",
        "\"name\": \"GroupID\"",
    );
    let p = s.problems();
    // heck turns GroupID into group_id too.
    assert_one(
        &p,
        "specs/group_open_http_svc/delete_group_msg_by_sender.json",
        "/request/fields/2/name",
        position_of(&text, "\"GroupID\""),
        "duplicate Rust name \"group_id\" (also /request/fields/0); set rust_name",
    );
}

#[test]
fn bad_enum_value() {
    let s = Specs::new();
    let text = s.edit(
        "types.json",
        "{\"value\": 1, \"name\": \"Silent\"",
        "{\"value\": \"1\", \"name\": \"Silent\"",
    );
    // Examples of fields of this type no longer match it either; reported apart.
    let p: Vec<Diagnostic> = s
        .problems()
        .into_iter()
        .filter(|d| d.file == "specs/types.json")
        .collect();
    assert_one(
        &p,
        "specs/types.json",
        "/types/Silence/type/enum/values/1/value",
        position_of(&text, "\"1\""),
        "bad enum value \"1\": repr says an integer",
    );
}

#[test]
fn default_outside_the_enum() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/delete_group_member.json",
        "\"default\": 0",
        "\"default\": 2",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/delete_group_member.json",
        "/request/fields/1/default",
        position_of(&text, "\"default\": 2").plus_columns(11),
        "default 2: not one of the enum's values (0, 1)",
    );
}

trait Plus {
    fn plus_columns(self, n: usize) -> Self;
}
impl Plus for Position {
    fn plus_columns(mut self, n: usize) -> Self {
        self.column += n;
        self
    }
}

#[test]
fn contradicting_limits() {
    let s = Specs::new();
    let text = s.edit(
        "sns/group_delete.json",
        "\"max_items\": 32",
        "\"min_items\": 40, \"max_items\": 32",
    );
    let p = s.problems();
    // The documented example no longer fits either; that is reported too.
    assert_eq!(p.len(), 2, "{}", render(&p));
    assert_problem(
        &p[0],
        "specs/sns/group_delete.json",
        "/request/fields/1/type/array/min_items",
        position_of(&text, "40"),
        "min_items 40 exceeds max_items 32",
    );
    assert_problem(
        &p[1],
        "specs/sns/group_delete.json",
        "/request/fields/1/example",
        position_of(&text, "[\"group1\""),
        "3 items; at least 40",
    );
}

#[test]
fn integer_limit_beyond_its_width() {
    let s = Specs::new();
    let text = s.edit(
        "sns/group_delete.json",
        "\"type\": \"u64\"",
        "\"type\": {\"integer\": {\"bits\": 32, \"signed\": false, \"max\": 4294967296}}",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/sns/group_delete.json",
        "/response/fields/0/type/integer/max",
        position_of(&text, "4294967296"),
        "max 4294967296 does not fit u32",
    );
}

#[test]
fn unknown_named_type() {
    let s = Specs::new();
    let text = s.edit(
        "sns/group_delete.json",
        "\"items\": \"string\"",
        "\"items\": \"FriendListName\"",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/sns/group_delete.json",
        "/request/fields/1/type/array/items",
        position_of(&text, "\"FriendListName\""),
        "unknown type \"FriendListName\"",
    );
}

#[test]
fn unknown_error_reference() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "{\"code\": 10015}",
        "{\"code\": 10999}",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/destroy_group.json",
        "/errors/5/code",
        position_of(&text, "10999"),
        "unknown error code 10999: errors.json does not define it",
    );
}

#[test]
fn error_code_outside_the_documented_ranges() {
    let s = Specs::new();
    let text = s.edit("errors.json", "\"code\": 10002,", "\"code\": 500,");
    let p = s.problems();
    // 10002 is now undefined, so the group endpoints referring to it fail too.
    let catalog: Vec<&Diagnostic> = p.iter().filter(|d| d.file == "specs/errors.json").collect();
    assert_eq!(catalog.len(), 1, "{}", render(&p));
    assert_problem(
        catalog[0],
        "specs/errors.json",
        &catalog[0].pointer.clone(),
        position_of(&text, "\"code\": 500").plus_columns(8),
        "error code 500 lies outside the documented ranges",
    );
    assert!(catalog[0].pointer.starts_with("/codes/") && catalog[0].pointer.ends_with("/code"));
    assert_eq!(
        p.iter()
            .filter(|d| d.message.contains("unknown error code 10002"))
            .count(),
        endpoints_listing(&s.dir, 10002)
    );
}

/// How many endpoint specs under `dir` list `code` among their errors.
fn endpoints_listing(dir: &Path, code: u64) -> usize {
    let mut count = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_dir()
            || path.ends_with("schema")
            || path.ends_with(tencent_chat_spec::WEBHOOK_DIR)
        {
            continue;
        }
        for file in fs::read_dir(&path).unwrap() {
            let text = fs::read_to_string(file.unwrap().path()).unwrap();
            let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
            let errors = doc["errors"].as_array().unwrap();
            if errors.iter().any(|e| e["code"] == code) {
                count += 1;
            }
        }
    }
    assert!(count > 0);
    count
}

#[test]
fn two_specs_with_one_path() {
    let s = Specs::new();
    fs::copy(
        s.dir.join("sns/group_delete.json"),
        s.dir.join("sns/group_delete_copy.json"),
    )
    .unwrap();
    let p = s.problems();
    let text = fs::read_to_string(s.dir.join("sns/group_delete_copy.json")).unwrap();
    assert_eq!(p.len(), 3, "{}", render(&p));
    let at = position_of(&text, "\"group_delete\"");
    let file = "specs/sns/group_delete_copy.json";
    let mut p = p;
    p.sort_by_key(|d| d.message.clone());
    assert_problem(
        &p[0],
        file,
        "/command",
        at,
        "command \"group_delete\" does not match the file name \"group_delete_copy.json\"",
    );
    assert_problem(
        &p[1],
        file,
        "/command",
        at,
        "the Rust name sns::GroupDelete is also the name of specs/sns/group_delete.json",
    );
    assert_problem(
        &p[2],
        file,
        "/command",
        at,
        "two specs with the path v4/sns/group_delete: this one and specs/sns/group_delete.json",
    );
}

#[test]
fn wrong_meta_schema() {
    let s = Specs::new();
    let text = s.edit(
        "sns/group_delete.json",
        "\"../schema/endpoint.schema.json\"",
        "\"../schema/types.schema.json\"",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/sns/group_delete.json",
        "/$schema",
        position_of(&text, "\"../schema/types"),
        "wrong meta-schema \"../schema/types.schema.json\"; expected \"../schema/endpoint.schema.json\"",
    );
}

#[test]
fn group_type_rules() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"AVChatRoom\": {\"supported\": true},",
        "\"AVChatRom\": {\"supported\": false},",
    );
    let p = s.problems();
    let file = "specs/group_open_http_svc/destroy_group.json";
    assert_eq!(p.len(), 3, "{}", render(&p));
    assert_problem(
        &p[0],
        file,
        "/group_types",
        position_of(&text, "{\n    \"Private\""),
        "group types not stated: AVChatRoom",
    );
    assert_problem(
        &p[1],
        file,
        "/group_types/AVChatRom",
        position_of(&text, "\"AVChatRom\""),
        "unknown group type \"AVChatRom\"",
    );
    assert_problem(
        &p[2],
        file,
        "/group_types/AVChatRom",
        position_of(&text, "{\"supported\": false}"),
        "needs the error the service answers, or no_effect",
    );
}

#[test]
fn the_group_field_is_required_with_group_types_and_names_a_request_field() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/create_group.json",
        "\"group_field\": \"Type\"",
        "\"group_field\": \"TYPE\"",
    );
    let file = "specs/group_open_http_svc/create_group.json";
    assert_one(
        &s.problems(),
        file,
        "/group_field",
        position_of(&text, "\"TYPE\""),
        "group_field \"TYPE\" is not a top-level request field",
    );
    // No field refers to a group in create_group: group_field is needed.
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/create_group.json",
        "\"group_field\": \"Type\",",
        "",
    );
    assert_one(
        &s.problems(),
        file,
        "/group_types",
        position_of(&text, "{\n    \"Private\""),
        "group_types needs the field naming the group",
    );
}

#[test]
fn the_group_field_is_written_once() {
    // destroy_group's GroupId refers to a group: that names the group already.
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"group_types\": {",
        "\"group_field\": \"GroupId\",\n  \"group_types\": {",
    );
    assert_one(
        &s.problems(),
        "specs/group_open_http_svc/destroy_group.json",
        "/group_field",
        position_of(&text, "\"GroupId\",\n  \"group_types\""),
        "group_field repeats \"GroupId\"",
    );
}

#[test]
fn every_problem_of_every_file_at_once() {
    let s = Specs::new();
    s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"type\": \"string\"",
        "\"type\": \"strnig\"",
    );
    s.edit(
        "sns/group_delete.json",
        "\"max_items\": 32",
        "\"min_items\": 40, \"max_items\": 32",
    );
    s.edit(
        "group_open_http_svc/delete_group_member.json",
        "{\"code\": 10015}",
        "{\"code\": 10999}",
    );
    s.edit("regions.json", "\"id\": \"tokyo\"", "\"id\": \"seoul\"");
    let p = s.problems();
    // Five: the broken group_delete limits also reject its documented example.
    assert_eq!(p.len(), 5, "{}", render(&p));
    let mut files: Vec<&str> = p.iter().map(|d| d.file.as_str()).collect();
    files.dedup();
    assert_eq!(
        files,
        [
            "specs/group_open_http_svc/delete_group_member.json",
            "specs/group_open_http_svc/destroy_group.json",
            "specs/regions.json",
            "specs/sns/group_delete.json",
        ]
    );
}

#[test]
fn missing_shared_file_and_stray_files() {
    let s = Specs::new();
    fs::remove_file(s.dir.join("types.json")).unwrap();
    fs::write(s.dir.join("notes.json"), "{}").unwrap();
    let p = s.problems();
    let shown = render(&p);
    assert!(
        shown.contains("specs/types.json:1:1: (document): missing shared file"),
        "{shown}"
    );
    assert!(
        shown.contains("specs/notes.json:1:1: (document): unknown shared file"),
        "{shown}"
    );
    // Without types.json, the GroupType enum is unknown to the group endpoints.
    assert!(
        shown.contains("group_types needs the string enum \"GroupType\""),
        "{shown}"
    );
}

#[test]
fn never_panics_on_garbage() {
    let s = Specs::new();
    for (i, garbage) in [
        "",
        "null",
        "[]",
        "\"x\"",
        "{\"$schema\": 1}",
        "{\"request\": {\"fields\": [{}]}}",
        "\u{feff}{}",
        "{\"a\": [1, 2",
    ]
    .iter()
    .enumerate()
    {
        fs::write(s.dir.join(format!("sns/garbage{i}.json")), garbage).unwrap();
    }
    let p = s.problems();
    assert!(p.len() >= 8, "{}", render(&p));
}

#[test]
fn invalid_request_code_not_listed() {
    let s = Specs::new();
    // 10005 is a defined group code, but destroy_group does not list it among its errors.
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"invalid_request\": 10004",
        "\"invalid_request\": 10005",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/destroy_group.json",
        "/invalid_request",
        position_of(&text, "10005"),
        "invalid_request 10005 is neither among the endpoint's errors nor a public code",
    );
}

#[test]
fn invalid_request_may_be_a_public_code_but_must_be_defined() {
    let s = Specs::new();
    s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"invalid_request\": 10004",
        "\"invalid_request\": 70001",
    );
    let text = s.edit(
        "sns/group_delete.json",
        "\"invalid_request\": 30001",
        "\"invalid_request\": 79998",
    );
    let p = s.problems();
    // 70001 is a public code of the catalog: accepted. 79998 lies in the public range
    // but is not defined.
    assert_one(
        &p,
        "specs/sns/group_delete.json",
        "/invalid_request",
        position_of(&text, "79998"),
        "unknown error code 79998: errors.json does not define it",
    );
}

#[test]
fn field_invalid_request_codes() {
    let s = Specs::new();
    // Not listed among the endpoint's errors.
    let delete = s.edit(
        "sns/group_delete.json",
        "\"type\": {\"array\": {\"items\": \"string\", \"max_items\": 32}},",
        "\"type\": {\"array\": {\"items\": \"string\", \"max_items\": 32}}, \"invalid_request\": 30002,",
    );
    // On a field without limits of its own.
    let destroy = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"required\": true,",
        "\"required\": true, \"invalid_request\": 10010,",
    );
    // Not on a top-level request field.
    let types = s.edit(
        "types.json",
        "\"required\": true, \"type\": \"string\"}",
        "\"required\": true, \"type\": \"string\", \"invalid_request\": 10004}",
    );
    let mut p = s.problems();
    assert_eq!(p.len(), 3, "{}", render(&p));
    p.sort_by(|a, b| a.file.cmp(&b.file));
    assert_problem(
        &p[0],
        "specs/group_open_http_svc/destroy_group.json",
        "/request/fields/0/invalid_request",
        position_of(&destroy, "10010,"),
        "\"GroupId\" has no limit of its own",
    );
    assert_problem(
        &p[1],
        "specs/sns/group_delete.json",
        "/request/fields/1/invalid_request",
        position_of(&delete, "30002"),
        "invalid_request 30002 is neither among the endpoint's errors nor a public code",
    );
    assert_problem(
        &p[2],
        "specs/types.json",
        &p[2].pointer.clone(),
        position_of(&types, "10004}"),
        "allowed only on top-level request fields of an endpoint",
    );
    assert!(p[2].pointer.ends_with("/invalid_request"), "{}", p[2]);
}

#[test]
fn atomic_array_without_a_maximum() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/delete_group_member.json",
        "{\"array\": {\"items\": \"string\", \"max_items\": 100}}",
        "{\"array\": {\"items\": \"string\", \"atomic\": true}}",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/delete_group_member.json",
        "/request/fields/3/type/array/atomic",
        position_of(&text, "true}}"),
        "atomic says how to treat max_items, which the array does not have",
    );
}

#[test]
fn named_type_containing_itself() {
    // Readers of the checked model recurse through named types without a depth cap;
    // a type that contains itself is refused instead.
    let s = Specs::new();
    let text = s.edit(
        "types.json",
        "{\"name\": \"Member_Account\", \"description\": \"The member's UserID.\", \"required\": true, \"type\": \"string\", \"example\": \"leckie\"},",
        "{\"name\": \"Member_Account\", \"description\": \"The member's UserID.\", \"required\": true, \"type\": \"string\", \"example\": \"leckie\"}, {\"name\": \"Peers\", \"description\": \"d\", \"required\": false, \"type\": {\"array\": {\"items\": \"GroupMemberInfo\"}}},",
    );
    let p = s.problems();
    let at = position_of(
        &text,
        "{\"object\": {\"fields\": [\n        {\"name\": \"Member_Account\"",
    );
    assert_one(
        &p,
        "specs/types.json",
        "/types/GroupMemberInfo/type",
        at,
        "type \"GroupMemberInfo\" contains itself (GroupMemberInfo -> GroupMemberInfo)",
    );
}

#[test]
fn integer_enum_value_beyond_i64() {
    let s = Specs::new();
    let text = s.edit(
        "types.json",
        "{\"value\": 1, \"name\": \"Silent\"",
        "{\"value\": 18446744073709551615, \"name\": \"Silent\"",
    );
    // Examples of fields of this type no longer match it either; reported apart.
    let p: Vec<Diagnostic> = s
        .problems()
        .into_iter()
        .filter(|d| d.file == "specs/types.json")
        .collect();
    assert_one(
        &p,
        "specs/types.json",
        "/types/Silence/type/enum/values/1/value",
        position_of(&text, "18446744073709551615"),
        "bad enum value 18446744073709551615: repr says an integer",
    );
}

#[test]
fn two_services_with_one_command_name() {
    // Both would get the `Client` method `group_delete`: reported on the spec, not
    // left to the compiler; a `method` on one of them resolves it.
    let s = Specs::new();
    let text = fs::read_to_string(s.dir.join("sns/group_delete.json")).unwrap();
    let moved = text.replacen(
        "\"service\": \"sns\"",
        "\"service\": \"group_open_http_svc\"",
        1,
    );
    assert_ne!(moved, text);
    fs::write(s.dir.join("group_open_http_svc/group_delete.json"), &moved).unwrap();
    let p = s.problems();
    assert_one(
        &p,
        "specs/sns/group_delete.json",
        "/command",
        position_of(&text, "\"group_delete\""),
        "the Client method \"group_delete\" is also that of specs/group_open_http_svc/group_delete.json; set \"method\"",
    );

    let renamed = moved.replacen(
        "\"command\": \"group_delete\",",
        "\"command\": \"group_delete\", \"method\": \"group_svc_group_delete\",",
        1,
    );
    assert_ne!(renamed, moved);
    fs::write(
        s.dir.join("group_open_http_svc/group_delete.json"),
        &renamed,
    )
    .unwrap();
    let set = match load_dir(&s.dir).result {
        Ok(set) => set,
        Err(d) => panic!("{d}"),
    };
    let methods: Vec<&str> = set
        .endpoints
        .iter()
        .filter(|e| e.command == "group_delete")
        .map(|e| e.method.as_str())
        .collect();
    assert_eq!(methods, ["group_svc_group_delete", "group_delete"]);
}

#[test]
fn inline_types_of_the_same_shape() {
    // An inline enum that repeats another one (but for descriptions and the generated
    // type's name) is reported on the later place, naming the earlier one.
    let s = Specs::new();
    let inline = "{\"enum\": {\"repr\": \"integer\", \"values\": [{\"value\": 0, \"name\": \"Off\", \"description\": \"a\"}, {\"value\": 1, \"name\": \"On\", \"description\": \"b\"}]}}";
    let copy = "{\"enum\": {\"repr\": \"integer\", \"values\": [{\"value\": 0, \"name\": \"Off\", \"description\": \"c\"}, {\"value\": 1, \"name\": \"On\", \"description\": \"d\"}]}}";
    let first = s.edit(
        "group_open_http_svc/create_group.json",
        "\"type\": \"YesNo\"",
        &format!("\"type\": {inline}"),
    );
    let second = s.edit(
        "group_open_http_svc/send_group_msg.json",
        "\"type\": \"YesNo\"",
        &format!("\"type\": {copy}"),
    );
    let p = s.problems();
    let earlier = position_of(&first, inline);
    let shown = assert_one(
        &p,
        "specs/group_open_http_svc/send_group_msg.json",
        "/request/fields/10/type",
        position_of(&second, copy),
        &format!(
            "this inline enum has the same shape as the one at specs/group_open_http_svc/create_group.json:{}:{} (/request/fields/12/type)",
            earlier.line, earlier.column
        ),
    );
    assert!(shown.contains("types.json"), "{shown}");

    // A copy of a named type's definition is told to use the name.
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/send_group_msg.json",
        "\"type\": \"YesNo\"",
        "\"type\": {\"enum\": {\"repr\": \"integer\", \"values\": [{\"value\": 0, \"name\": \"No\", \"description\": \"x\"}, {\"value\": 1, \"name\": \"Yes\", \"description\": \"y\"}]}}",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/send_group_msg.json",
        "/request/fields/10/type",
        position_of(
            &text,
            "{\"enum\": {\"repr\": \"integer\", \"values\": [{\"value\": 0, \"name\": \"No\"",
        ),
        "has the same shape as the named type \"YesNo\" at specs/types.json:",
    );

    // Different variant names are different concepts: no report.
    let s = Specs::new();
    s.edit(
        "group_open_http_svc/send_group_msg.json",
        "\"type\": \"YesNo\"",
        "\"type\": {\"enum\": {\"repr\": \"integer\", \"values\": [{\"value\": 0, \"name\": \"Plain\", \"description\": \"x\"}, {\"value\": 1, \"name\": \"Extensible\", \"description\": \"y\"}]}}",
    );
    assert!(load_dir(&s.dir).result.is_ok());
}

#[test]
fn paths_come_from_the_envelope_template() {
    // The path is written once, in envelope.json: the checks and the checked model
    // both take it from there.
    let s = Specs::new();
    s.edit(
        "envelope.json",
        "\"path\": \"v4/{service}/{command}\"",
        "\"path\": \"v5/{service}/{command}\"",
    );
    let set = match load_dir(&s.dir).result {
        Ok(set) => set,
        Err(d) => panic!("{d}"),
    };
    assert!(set.endpoint("v5/sns/group_delete").is_some());
    assert!(set.endpoints.iter().all(|e| e.path.starts_with("v5/")));

    fs::copy(
        s.dir.join("sns/group_delete.json"),
        s.dir.join("sns/group_delete_copy.json"),
    )
    .unwrap();
    let p = s.problems();
    assert!(
        p.iter().any(|d| d
            .message
            .contains("two specs with the path v5/sns/group_delete")),
        "{}",
        render(&p)
    );
}
/// Moves `sns/group_delete.json` to `<service>/<command>.json`, naming that service
/// and command inside; returns the new file's text.
fn rename_endpoint(s: &Specs, service: &str, command: &str) -> String {
    let text = fs::read_to_string(s.dir.join("sns/group_delete.json")).unwrap();
    let text = text
        .replacen(
            "\"service\": \"sns\"",
            &format!("\"service\": \"{service}\""),
            1,
        )
        .replacen(
            "\"command\": \"group_delete\"",
            &format!("\"command\": \"{command}\""),
            1,
        );
    fs::remove_file(s.dir.join("sns/group_delete.json")).unwrap();
    fs::create_dir_all(s.dir.join(service)).unwrap();
    fs::write(s.dir.join(format!("{service}/{command}.json")), &text).unwrap();
    text
}

#[test]
fn path_segments_that_are_no_rust_identifiers() {
    // Valid in a URL path, but the generator would have to make `mod 1svc`, a type
    // named after `_` (nothing) or `fn self`: refused in the spec, so the macro
    // reports a diagnostic instead of panicking in `Ident::new`.
    for (service, command, pointer, needle, message) in [
        (
            "1svc",
            "group_delete",
            "/service",
            "\"1svc\"",
            "service \"1svc\" gives no usable Rust name (module \"1svc\")",
        ),
        (
            "_",
            "group_delete",
            "/service",
            "\"_\"",
            "service \"_\" gives no usable Rust name (module \"\")",
        ),
        (
            "sns",
            "_",
            "/command",
            "\"_\"",
            "command \"_\" gives no usable Rust name (type prefix \"\", method \"\")",
        ),
        (
            "sns",
            "__",
            "/command",
            "\"__\"",
            "command \"__\" gives no usable Rust name",
        ),
        (
            "sns",
            "2nd_list",
            "/command",
            "\"2nd_list\"",
            "command \"2nd_list\" gives no usable Rust name (type prefix \"2ndList\"",
        ),
        (
            "sns",
            "self",
            "/command",
            "\"self\"",
            "method \"self\"); it must start with a letter and not be a Rust keyword",
        ),
        (
            "type",
            "group_delete",
            "/service",
            "\"type\"",
            "service \"type\" gives no usable Rust name (module \"type\")",
        ),
    ] {
        let s = Specs::new();
        let text = rename_endpoint(&s, service, command);
        let p = s.problems();
        assert_one(
            &p,
            &format!("specs/{service}/{command}.json"),
            pointer,
            position_of(&text, needle),
            message,
        );
    }
    // Upper case and inner digits stay allowed: they still give identifiers.
    let s = Specs::new();
    rename_endpoint(&s, "Sns2", "GroupDelete2");
    assert!(load_dir(&s.dir).result.is_ok());
}

/// 1-based line and column of the last occurrence of `needle`.
fn position_of_last(text: &str, needle: &str) -> Position {
    let at = text.rfind(needle).expect("needle in text");
    let before = &text[..at];
    Position {
        line: before.matches('\n').count() + 1,
        column: before.rsplit('\n').next().unwrap().chars().count() + 1,
    }
}

/// Breaks the paging key of get_group_member_info (`from` -> `to`) and asserts the
/// one problem at `pointer`, positioned at the last `at` in the broken text (the
/// paging key comes after the fields, whose names it repeats).
fn paging_problem(from: &str, to: &str, pointer: &str, at: &str, message: &str) {
    let s = Specs::new();
    let file = "group_open_http_svc/get_group_member_info.json";
    let text = s.edit(file, from, to);
    let p = s.problems();
    assert_one(
        &p,
        &format!("specs/{file}"),
        pointer,
        position_of_last(&text, at),
        message,
    );
}

#[test]
fn paging_items_names_a_response_field() {
    paging_problem(
        "\"items\": \"MemberList\"",
        "\"items\": \"MemberLst\"",
        "/paging/items",
        "\"MemberLst\"",
        "no response field \"MemberLst\"; did you mean \"MemberList\"?",
    );
}

#[test]
fn paging_items_is_an_array() {
    paging_problem(
        "\"items\": \"MemberList\"",
        "\"items\": \"MemberNum\"",
        "/paging/items",
        "\"MemberNum\"",
        "response field \"MemberNum\" is not an array",
    );
}

#[test]
fn paging_end_value_fits_its_field() {
    paging_problem(
        "\"value\": \"\"",
        "\"value\": 0",
        "/paging/modes/0/end/0/equals/value",
        "0}}]",
        "value 0:",
    );
}

#[test]
fn paging_cursor_fields_have_one_type() {
    paging_problem(
        "\"cursor\": {\"Next\": \"Next\"}",
        "\"cursor\": {\"Next\": \"MemberNum\"}",
        "/paging/modes/0/cursor/Next",
        "\"MemberNum\"}",
        "request field \"Next\" and response field \"MemberNum\" have different types",
    );
}

#[test]
fn paging_modes_but_the_last_need_when() {
    paging_problem(
        "{\"when\": \"Next\", \"cursor\"",
        "{\"cursor\"",
        "/paging/modes/0",
        "{\"cursor\"",
        "every mode but the last needs `when`",
    );
}

#[test]
fn paging_offset_is_an_integer() {
    paging_problem(
        "\"offset\": \"Offset\"",
        "\"offset\": \"GroupId\"",
        "/paging/modes/1/offset",
        "\"GroupId\", \"end\"",
        "request field \"GroupId\" is not an integer sent as a JSON number",
    );
}

#[test]
fn paging_when_is_an_optional_field() {
    paging_problem(
        "{\"when\": \"Next\"",
        "{\"when\": \"GroupId\"",
        "/paging/modes/0/when",
        "\"GroupId\", \"cursor\"",
        "request field \"GroupId\" is required, so it cannot select a mode",
    );
}

#[test]
fn refers_to_codes_must_belong_to_the_endpoint() {
    let s = Specs::new();
    // 10019 is a defined group code that destroy_group does not list.
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"refers_to\": {\"entity\": \"group\", \"missing\": 10010}",
        "\"refers_to\": {\"entity\": \"group\", \"missing\": 10019}",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/destroy_group.json",
        "/request/fields/0/refers_to/missing",
        position_of(&text, "10019"),
        "10019 is neither among the endpoint's errors nor a public code",
    );
}

#[test]
fn refers_to_needs_a_fitting_field_and_a_group() {
    let s = Specs::new();
    // A topic without a group field, and a role on a group.
    let text = s.edit(
        "sns/group_get.json",
        "\"refers_to\": {\"entity\": \"account\", \"missing\": 30003}",
        "\"refers_to\": {\"entity\": \"topic\", \"missing\": 30003}",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/sns/group_get.json",
        "/request/fields/0/refers_to/entity",
        position_of(&text, "\"topic\""),
        "another field must refer to a group",
    );

    let s = Specs::new();
    // A group field that is an integer.
    let text = s.edit(
        "group_open_http_svc/group_msg_get_simple.json",
        "\"name\": \"ReqMsgSeq\",",
        "\"name\": \"ReqMsgSeq\", \"refers_to\": {\"entity\": \"account\", \"missing\": 10004},",
    );
    let p = s.problems();
    let at = text.find("\"name\": \"ReqMsgSeq\"").unwrap();
    let entity = at + text[at..].find("\"account\"").unwrap();
    let mut pos = position_of(&text[..], "\"name\": \"ReqMsgSeq\"");
    pos.column += text[at..entity].chars().count();
    assert_one(
        &p,
        "specs/group_open_http_svc/group_msg_get_simple.json",
        "/request/fields/2/refers_to/entity",
        pos,
        "\"ReqMsgSeq\" must be a string or an array of strings to name accounts",
    );
}

#[test]
fn refers_to_only_on_top_level_request_fields() {
    let s = Specs::new();
    // Inside MemberList of add_group_member.
    let text = s.edit(
        "group_open_http_svc/add_group_member.json",
        "\"name\": \"Member_Account\",",
        "\"name\": \"Member_Account\", \"refers_to\": {\"entity\": \"account\", \"missing\": 10019},",
    );
    let p = s.problems();
    assert_eq!(p.len(), 1, "{}", render(&p));
    assert!(p[0].pointer.ends_with("/refers_to"), "{}", p[0]);
    assert!(
        p[0].message
            .contains("refers_to is allowed only on top-level request fields"),
        "{}",
        p[0]
    );
    let _ = text;
}

#[test]
fn role_exceptions_name_group_types_and_facts_are_snake_case() {
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/send_group_msg.json",
        "\"except_group_types\": [\"AVChatRoom\"]",
        "\"except_group_types\": [\"AvRoom\"]",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/send_group_msg.json",
        "/request/fields/4/refers_to/role/except_group_types/0",
        position_of(&text, "\"AvRoom\""),
        "unknown group type \"AvRoom\"",
    );

    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/send_group_msg.json",
        "\"repeat_window\":",
        "\"RepeatWindow\":",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/send_group_msg.json",
        "/facts/RepeatWindow",
        position_of(&text, "\"RepeatWindow\""),
        "is not a snake_case identifier",
    );
}

#[test]
fn legacy_paths_are_paths_of_no_other_endpoint() {
    let file = "group_open_http_svc/get_group_muted_account.json";
    let shown = "specs/group_open_http_svc/get_group_muted_account.json";
    let legacy = "\"group_open_http_svc/get_group_shutted_uin\"";
    for (to, message) in [
        (
            "\"get_group_shutted_uin\"",
            "\"get_group_shutted_uin\" is not of the form service/command",
        ),
        (
            "\"group_open_http_svc/get_group_muted_account\"",
            "a legacy path must differ from the endpoint's own path",
        ),
        (
            "\"group_open_http_svc/destroy_group\"",
            "the path v4/group_open_http_svc/destroy_group is already served by specs/group_open_http_svc/destroy_group.json",
        ),
    ] {
        let s = Specs::new();
        let text = s.edit(file, legacy, to);
        let at = position_of(&text, to);
        assert_one(&s.problems(), shown, "/legacy_paths/0", at, message);
    }
}

#[test]
fn rate_quotas_need_a_known_scope_one_kind_and_a_listed_code() {
    // A scope that does not exist: refused where it is written.
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"rate_limit\": {\"per_second\": 200}",
        "\"rate_limit\": {\"per_second\": 200, \"quotas\": [{\"scope\": \"planet\", \"per_second\": 5, \"code\": 10004}]}",
    );
    let p = s.problems();
    assert_eq!(p.len(), 1, "{}", render(&p));
    assert_eq!(p[0].file, "specs/group_open_http_svc/destroy_group.json");
    assert!(p[0].pointer.starts_with("/rate_limit/quotas/0"), "{}", p[0]);
    assert!(p[0].message.contains("planet"), "{}", p[0]);
    let _ = text;

    // No code at all.
    let s = Specs::new();
    s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"rate_limit\": {\"per_second\": 200}",
        "\"rate_limit\": {\"per_second\": 200, \"quotas\": [{\"scope\": \"group\", \"per_second\": 5}]}",
    );
    let p = s.problems();
    assert_eq!(p.len(), 1, "{}", render(&p));
    assert!(p[0].message.contains("code"), "{}", p[0]);

    // A code the endpoint does not list.
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"rate_limit\": {\"per_second\": 200}",
        "\"rate_limit\": {\"per_second\": 200, \"quotas\": [{\"scope\": \"group\", \"per_second\": 5, \"code\": 10019}]}",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/group_open_http_svc/destroy_group.json",
        "/rate_limit/quotas/0/code",
        position_of(&text, "10019"),
        "not among the endpoint's errors",
    );

    // Two kinds at once, and a pool that is no snake_case name.
    let s = Specs::new();
    let text = s.edit(
        "group_open_http_svc/destroy_group.json",
        "\"rate_limit\": {\"per_second\": 200}",
        "\"rate_limit\": {\"per_second\": 200, \"quotas\": [{\"scope\": \"group\", \"pool\": \"P\", \"per_second\": 5, \"per_day\": 9, \"code\": 10004}]}",
    );
    let p = s.problems();
    assert_eq!(p.len(), 2, "{}", render(&p));
    assert_problem(
        &p[0],
        "specs/group_open_http_svc/destroy_group.json",
        "/rate_limit/quotas/0",
        position_of(&text, "{\"scope\""),
        "exactly one of per_second, per_day and min_interval_ms",
    );
    assert_problem(
        &p[1],
        "specs/group_open_http_svc/destroy_group.json",
        "/rate_limit/quotas/0/pool",
        position_of(&text, "\"P\""),
        "not a snake_case name",
    );

    // A group quota on a call without a group field.
    let s = Specs::new();
    let text = s.edit(
        "sns/group_add.json",
        "\"rate_limit\": {\"per_second\": 200}",
        "\"rate_limit\": {\"per_second\": 200, \"quotas\": [{\"scope\": \"group\", \"per_second\": 5, \"code\": 30001}]}",
    );
    let p = s.problems();
    assert_one(
        &p,
        "specs/sns/group_add.json",
        "/rate_limit/quotas/0/scope",
        position_of(&text, "\"group\", \"per_second\": 5"),
        "needs the endpoint's group field",
    );
}

#[test]
fn webhook_name_without_a_callback_spec() {
    let s = Specs::new();
    s.edit(
        "group_open_http_svc/destroy_group.json",
        "Group.CallbackAfterGroupDestroyed\"",
        "Group.CallbackAfterGroupDestroyd\"",
    );
    let problems = s.problems();
    assert!(
        problems
            .iter()
            .any(|d| d.message.contains("no callback spec")
                && d.message
                    .contains("did you mean Group.CallbackAfterGroupDestroyed")),
        "{problems:?}"
    );
}

#[test]
fn webhook_spec_problems() {
    let s = Specs::new();
    s.edit(
        "webhooks/Group.CallbackBeforeSendMsg.json",
        "\"caller_code\": 10016",
        "\"caller_code\": 19999",
    );
    s.edit(
        "webhooks/Group.CallbackAfterGroupFull.json",
        "\"command\": \"Group.CallbackAfterGroupFull\"",
        "\"command\": \"Group.CallbackAfterGroupFul\"",
    );
    let problems = s.problems();
    let text = format!("{problems:?}");
    assert!(
        text.contains("error code 19999 is not in errors.json"),
        "{text}"
    );
    assert!(text.contains("does not match the file name"), "{text}");
}
