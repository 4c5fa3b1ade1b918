//! The harness can fail: each test corrupts a temporary copy of the committed fixtures
//! or schemas and asserts that conformance fails, naming the fixture (or endpoint, or
//! schema file) and the check.
//!
//! A test that edits the fixtures of one endpoint runs the harness on that endpoint
//! only (`--endpoint`), so the cost of this file does not grow with the number of
//! endpoints; tests about files that match no endpoint, schemas and coverage of the
//! whole set run it on everything.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use xtask::conformance::{self, Check, Options, Report};
use xtask::{FIXTURES_DIR, schemas, workspace_root};

struct Sandbox {
    _dir: tempfile::TempDir,
    opts: Options,
    /// The endpoints (`service/command`) whose fixtures `edit` changed.
    touched: std::cell::RefCell<std::collections::BTreeSet<String>>,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the committed fixtures and schemas; the specs are the workspace's.
fn sandbox() -> Sandbox {
    let root = workspace_root();
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root.join(FIXTURES_DIR), &dir.path().join(FIXTURES_DIR));
    copy_dir(
        &root.join(schemas::SCHEMAS_DIR),
        &dir.path().join(schemas::SCHEMAS_DIR),
    );
    let mut opts = Options::for_workspace(dir.path());
    opts.specs = root.join("specs");
    Sandbox {
        _dir: dir,
        opts,
        touched: Default::default(),
    }
}

impl Sandbox {
    fn fixture(&self, id: &str) -> PathBuf {
        self.opts.fixtures.join(format!("{id}.json"))
    }

    fn shown(&self, id: &str) -> String {
        format!("{FIXTURES_DIR}/{id}.json")
    }

    fn edit(&self, id: &str, change: impl FnOnce(&mut Value)) {
        let path = self.fixture(id);
        let mut value: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        change(&mut value);
        std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
        let endpoint = id.rsplit_once('/').map_or(id, |(e, _)| e);
        self.touched.borrow_mut().insert(endpoint.to_owned());
    }

    /// The harness on the one endpoint whose fixtures were edited, or on every
    /// endpoint when none or several were.
    fn run(&self) -> Report {
        let touched = self.touched.borrow();
        let mut opts = self.opts.clone();
        if touched.len() == 1 {
            opts.endpoint = touched.iter().next().cloned();
        }
        conformance::run(&opts).expect("the harness runs")
    }
}

/// The report fails, and lists a failure of `check` for `subject` whose message
/// contains `text`.
fn assert_failure(report: &Report, subject: &str, check: &str, text: &str) {
    assert!(!report.passed(), "expected a failure:\n{}", report.render());
    let failures = report.failures();
    assert!(
        failures
            .iter()
            .any(|f| f.subject == subject && f.check == check && f.message.contains(text)),
        "expected a {check} failure of {subject} mentioning {text:?}; got:\n{failures:#?}"
    );
    assert!(
        report.render().contains(&format!("{subject} [{check}]")),
        "the rendered report names the subject and the check"
    );
}

#[test]
fn the_committed_fixtures_pass_and_cover_every_endpoint() {
    let report = conformance::run(&Options::for_workspace(&workspace_root())).unwrap();
    assert!(report.passed(), "{}", report.render());
    let counts = report.counts();
    // Endpoints and callbacks each have a row.
    assert_eq!(
        counts.endpoints,
        tencent_chat::ENDPOINTS.len() + tencent_chat::webhooks::WEBHOOKS.len()
    );
    assert_eq!(counts.failed, 0);
    assert_eq!(counts.unmatched, 0);
    for e in &report.endpoints {
        // A callback's fixtures are its documented samples (payload, answers); an
        // endpoint has at least its sample and a response with an unknown field.
        let least = if e.endpoint.starts_with("webhooks/") {
            1
        } else {
            2
        };
        assert!(
            e.fixtures >= least,
            "{} has {} fixtures",
            e.endpoint,
            e.fixtures
        );
        assert!(e.missing.is_empty(), "{}: {:?}", e.endpoint, e.missing);
    }
    // Every fixture ran every check (skips only where a limit has no schema form).
    for f in &report.fixtures {
        assert_eq!(
            f.checks.len(),
            conformance::FIXTURE_CHECKS.len(),
            "{}",
            f.file
        );
    }
    let text = report.render();
    assert!(
        text.contains("endpoint") && text.contains("coverage"),
        "{text}"
    );
    assert!(text.contains("conformance: ok"), "{text}");
}

#[test]
fn a_renamed_required_field_fails_roundtrip() {
    let s = sandbox();
    let id = "sns/group_delete/documented_sample";
    s.edit(id, |f| {
        let names = f["input"]["GroupName"].take();
        f["input"].as_object_mut().unwrap().remove("GroupName");
        f["input"]["GroupNames"] = names;
    });
    let report = s.run();
    assert_failure(
        &report,
        &s.shown(id),
        "roundtrip",
        "missing field `GroupName`",
    );
    assert_failure(&report, &s.shown(id), "schema", "GroupName");
    // No cascade: the call is not attempted with an input that does not decode.
    let f = report
        .fixtures
        .iter()
        .find(|f| f.file == s.shown(id))
        .unwrap();
    assert_eq!(
        report.fixture_failures(&f.file),
        [Check::Roundtrip, Check::Schema]
    );
}

#[test]
fn a_misspelt_optional_field_fails_roundtrip_and_request() {
    let s = sandbox();
    let id = "group_open_http_svc/delete_group_member/documented_reason";
    s.edit(id, |f| {
        let reason = f["input"]["Reason"].take();
        f["input"].as_object_mut().unwrap().remove("Reason");
        f["input"]["Reasn"] = reason;
    });
    let report = s.run();
    assert_failure(&report, &s.shown(id), "roundtrip", "/Reasn");
    assert_failure(&report, &s.shown(id), "request", "/Reason: missing");
}

#[test]
fn a_missing_required_key_fails_roundtrip() {
    let s = sandbox();
    let id = "group_open_http_svc/destroy_group/documented_sample";
    s.edit(id, |f| {
        f["input"].as_object_mut().unwrap().remove("GroupId");
    });
    let report = s.run();
    assert_failure(
        &report,
        &s.shown(id),
        "roundtrip",
        "missing field `GroupId`",
    );
    assert_failure(
        &report,
        &s.shown(id),
        "schema",
        "\"GroupId\" is a required property",
    );
}

#[test]
fn a_wrong_type_in_a_response_fails_outcome_and_schema() {
    let s = sandbox();
    let id = "sns/group_delete/documented_sample";
    s.edit(id, |f| {
        f["response"]["body"]["CurrentSequence"] = json!("4")
    });
    let report = s.run();
    assert_failure(
        &report,
        &s.shown(id),
        "outcome",
        "expected success, got undecodable",
    );
    assert_failure(&report, &s.shown(id), "schema", "/CurrentSequence");
}

#[test]
fn a_wrong_type_in_an_input_fails_roundtrip() {
    let s = sandbox();
    let id = "group_open_http_svc/delete_group_member/documented_silent";
    s.edit(id, |f| f["input"]["Silence"] = json!("1"));
    let report = s.run();
    assert_failure(&report, &s.shown(id), "roundtrip", "does not decode");
}

#[test]
fn a_wrong_error_code_fails_outcome() {
    let s = sandbox();
    let id = "group_open_http_svc/destroy_group/error_10010";
    s.edit(id, |f| f["response"]["body"]["ErrorCode"] = json!(10015));
    let report = s.run();
    assert_failure(
        &report,
        &s.shown(id),
        "outcome",
        "code is 10015, expected 10010",
    );
    assert_failure(
        &report,
        &s.shown(id),
        "outcome",
        "variant is GroupInvalidGroupId, expected GroupNotFound",
    );
}

#[test]
fn a_wrong_retryability_fails_outcome() {
    let s = sandbox();
    let id = "sns/group_delete/error_30006";
    s.edit(id, |f| f["expect"]["error"]["retryable"] = json!(false));
    let report = s.run();
    assert_failure(
        &report,
        &s.shown(id),
        "outcome",
        "retryable is true, expected false",
    );
}

#[test]
fn a_wrong_limit_fails_outcome() {
    let s = sandbox();
    let id = "sns/group_delete/refused_group_name_max_items";
    s.edit(id, |f| f["expect"]["refused"]["max"] = json!(31));
    let report = s.run();
    assert_failure(&report, &s.shown(id), "outcome", "max is 32, expected 31");
}

#[test]
fn a_refused_input_within_its_limit_is_sent_and_fails() {
    let s = sandbox();
    let id = "sns/group_delete/refused_group_name_max_items";
    s.edit(id, |f| {
        f["input"]["GroupName"].as_array_mut().unwrap().truncate(2);
    });
    let report = s.run();
    assert_failure(&report, &s.shown(id), "request", "should refuse");
    assert_failure(&report, &s.shown(id), "outcome", "expected refused");
}

#[test]
fn a_different_wire_request_fails_request() {
    let s = sandbox();
    let id = "group_open_http_svc/delete_group_msg_by_sender/documented_sample";
    s.edit(id, |f| {
        f["request"]["path"] = json!("/v4/group_open_http_svc/delete_group_msg");
        f["request"]["query"]["contenttype"] = json!("xml");
        f["request"]["body"]["Sender_Account"] = json!("someone");
    });
    let report = s.run();
    let shown = s.shown(id);
    assert_failure(
        &report,
        &shown,
        "request",
        "path is /v4/group_open_http_svc/delete_group_msg_by_sender",
    );
    assert_failure(
        &report,
        &shown,
        "request",
        "contenttype is \"json\", expected \"xml\"",
    );
    assert_failure(
        &report,
        &shown,
        "request",
        "at /Sender_Account: expected \"someone\"",
    );

    let s = sandbox();
    s.edit(id, |f| {
        f["request"]["query"]
            .as_object_mut()
            .unwrap()
            .remove("random");
        f["request"]["query"]["extra"] = json!("1");
    });
    let report = s.run();
    assert_failure(
        &report,
        &shown,
        "request",
        "unexpected query parameter random",
    );
    assert_failure(
        &report,
        &shown,
        "request",
        "query parameter extra is missing",
    );
}

#[test]
fn a_stale_schema_fails_schemas_and_the_fixtures_it_no_longer_matches() {
    let s = sandbox();
    let file = s.opts.schemas.join("sns/group_delete.request.schema.json");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("\"maxItems\": 32", "\"maxItems\": 40")).unwrap();
    let report = s.run();
    assert_failure(
        &report,
        "v4/sns/group_delete",
        "schemas",
        "schemas/sns/group_delete.request.schema.json differs from the generated schema",
    );
    assert_failure(
        &report,
        &s.shown("sns/group_delete/refused_group_name_max_items"),
        "schema",
        "accepts the input the client refuses",
    );
}

#[test]
fn missing_orphan_and_envelope_schemas_are_reported() {
    let s = sandbox();
    std::fs::remove_file(
        s.opts
            .schemas
            .join("group_open_http_svc/destroy_group.response.schema.json"),
    )
    .unwrap();
    std::fs::write(s.opts.schemas.join("sns/gone.request.schema.json"), "{}").unwrap();
    let envelope = s.opts.schemas.join(schemas::ENVELOPE_FILE);
    let text = std::fs::read_to_string(&envelope).unwrap();
    std::fs::write(&envelope, text.replace("ErrorCode", "Errorcode")).unwrap();
    let report = s.run();
    assert_failure(
        &report,
        "v4/group_open_http_svc/destroy_group",
        "schemas",
        "destroy_group.response.schema.json is missing",
    );
    assert_failure(
        &report,
        "schemas",
        "schemas",
        "gone.request.schema.json matches no endpoint",
    );
    assert_failure(
        &report,
        "schemas",
        "schemas",
        "envelope.response.schema.json differs",
    );
    // `cargo xtask schemas` repairs all three.
    schemas::write(&s.opts.schemas).unwrap();
    assert!(schemas::check(&s.opts.schemas).is_empty());
}

#[test]
fn a_missing_fixture_fails_coverage() {
    let s = sandbox();
    std::fs::remove_file(s.fixture("sns/group_delete/error_30008")).unwrap();
    std::fs::remove_file(s.fixture("sns/group_delete/refused_group_name_max_items")).unwrap();
    std::fs::remove_file(s.fixture("sns/group_delete/unknown_field")).unwrap();
    std::fs::remove_file(s.fixture("sns/group_delete/documented_sample")).unwrap();
    let report = s.run();
    let subject = "v4/sns/group_delete";
    assert_failure(
        &report,
        subject,
        "coverage",
        "error code 30008 (SnsWriteConflict)",
    );
    assert_failure(
        &report,
        subject,
        "coverage",
        "a refused input for GroupName max_items 32",
    );
    assert_failure(
        &report,
        subject,
        "coverage",
        "a field the spec does not know",
    );
    assert_failure(&report, subject, "coverage", "the documented sample");
}

#[test]
fn fixtures_that_match_no_endpoint_are_listed() {
    let s = sandbox();
    let dir = s.opts.fixtures.join("sns/no_such_command");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        s.fixture("sns/group_delete/documented_sample"),
        dir.join("case.json"),
    )
    .unwrap();
    std::fs::write(s.opts.fixtures.join("stray.json"), "{}").unwrap();
    let report = s.run();
    assert_failure(
        &report,
        &s.shown("sns/no_such_command/case"),
        "unmatched",
        "no endpoint v4/sns/no_such_command",
    );
    assert_failure(
        &report,
        &format!("{FIXTURES_DIR}/stray.json"),
        "unmatched",
        "not at <service>/<command>/<case>.json",
    );
    assert_eq!(report.counts().unmatched, 2);
    assert!(report.render().contains("Fixtures that match no endpoint"));
}

#[test]
fn malformed_fixtures_fail_format() {
    let s = sandbox();
    let id = "sns/group_delete/error_30001";
    s.edit(id, |f| {
        f["request"]["query"]["usersig"] = json!("eJyrVgrxCdZRslIyUtIBAA")
    });
    let other = "sns/group_delete/error_30003";
    s.edit(other, |f| f["id"] = json!("sns/group_delete/elsewhere"));
    let third = "sns/group_delete/error_30004";
    std::fs::write(s.fixture(third), "{ not json").unwrap();
    let report = s.run();
    assert_failure(&report, &s.shown(id), "format", "never hold a UserSig");
    assert_failure(&report, &s.shown(other), "format", "the file's place says");
    assert_failure(&report, &s.shown(third), "format", "not a fixture");
}

#[test]
fn the_endpoint_filter_and_the_json_report() {
    let mut opts = Options::for_workspace(&workspace_root());
    opts.endpoint = Some("group_delete".into());
    let report = conformance::run(&opts).unwrap();
    assert_eq!(report.endpoints.len(), 1);
    assert_eq!(report.endpoints[0].endpoint, "v4/sns/group_delete");
    assert!(
        report
            .fixtures
            .iter()
            .all(|f| f.endpoint == "v4/sns/group_delete")
    );
    let json = report.to_json();
    assert_eq!(json["passed"], json!(true));
    assert_eq!(json["counts"]["endpoints"], json!(1));
    assert_eq!(json["failures"], json!([]));
    assert_eq!(json["fixtures"][0]["checks"][0]["check"], json!("format"));
    assert_eq!(json["fixtures"][0]["checks"][0]["status"], json!("pass"));

    opts.endpoint = Some("v4/sns/no_such_command".into());
    let err = conformance::run(&opts).unwrap_err();
    assert!(err.contains("no endpoint matches"), "{err}");
}

#[test]
fn response_schemas_allow_unknown_properties() {
    // The unknown_field fixtures validate against them (schema check); here, no
    // response schema closes an object anywhere.
    for (file, text) in schemas::generate() {
        if file.contains("response") {
            for closed in [
                "\"additionalProperties\": false",
                "\"unevaluatedProperties\": false",
            ] {
                assert!(!text.contains(closed), "{file} has {closed}");
            }
        }
    }
}

#[test]
fn scaffolding_reproduces_the_committed_mechanical_fixtures() {
    let root = workspace_root();
    let dir = tempfile::tempdir().unwrap();
    // Only the fixtures written by hand are copied.
    for file in xtask::fixture::discover(&root.join(FIXTURES_DIR), &root) {
        let text = std::fs::read_to_string(&file.path).unwrap();
        if !text.contains(xtask::scaffold::NOTE) {
            let rel = file.path.strip_prefix(root.join(FIXTURES_DIR)).unwrap();
            let target = dir.path().join(rel);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, text).unwrap();
        }
    }
    let written = xtask::scaffold::scaffold(&root.join("specs"), dir.path(), None).unwrap();
    assert!(!written.is_empty());
    for path in &written {
        let rel = path.strip_prefix(dir.path()).unwrap();
        let committed = root.join(FIXTURES_DIR).join(rel);
        let committed = std::fs::read_to_string(&committed)
            .unwrap_or_else(|_| panic!("scaffold wrote {} which is not committed", rel.display()));
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            committed,
            "{} differs from the committed copy",
            rel.display()
        );
    }
    // A second run writes nothing: nothing is missing any more.
    let again = xtask::scaffold::scaffold(&root.join("specs"), dir.path(), None).unwrap();
    assert!(again.is_empty(), "{again:?}");
}

#[test]
fn a_supported_group_type_is_not_refused() {
    let s = sandbox();
    let id = "group_open_http_svc/delete_group_member/refused_group_type_av_chat_room";
    s.edit(id, |f| f["options"]["group_type"] = json!("Public"));
    let report = s.run();
    assert_failure(&report, &s.shown(id), "request", "should refuse");
    assert_failure(&report, &s.shown(id), "outcome", "expected refused");

    let s = sandbox();
    std::fs::remove_file(s.fixture(id)).unwrap();
    assert_failure(
        &s.run(),
        "v4/group_open_http_svc/delete_group_member",
        "coverage",
        "a refused call on a AVChatRoom group (unsupported)",
    );
}
