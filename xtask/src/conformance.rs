//! `cargo xtask conformance`: every fixture against the generated bindings and the
//! client, with coverage and schema freshness per endpoint.
//!
//! Per fixture:
//! - `format`: the file is a fixture whose id matches its place, and holds no UserSig;
//! - `roundtrip`: the input decodes into the request type and encodes to the same JSON;
//! - `request`: through `Client::call` (the registry's `call` hook), the client sends
//!   exactly the wire request to a capture server on 127.0.0.1, or nothing for a
//!   refused input;
//! - `outcome`: the client's result, given the wire response, is the expected one;
//! - `schema`: request and response bodies validate against the committed JSON Schemas
//!   (a refused input must be rejected where the schema can express the limit).
//!
//! Per endpoint:
//! - `schemas`: the committed schemas equal the generated ones;
//! - `coverage`: the fixtures include the documented sample, one response per error
//!   code of the endpoint, one refused input per declared limit and per unsupported
//!   group type, and a response with an unknown field.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;
use serde_json::{Value, json};
use tencent_chat::{
    CallFailure, Client, Credentials, EndpointInfo, GroupTypeSupport, Limit, RetryPolicy,
    ValidationError,
};

use crate::fixture::{
    self, Expect, ExpectedRefusal, Fixture, FixtureFile, PH_ADMIN, PH_APP_ID, PH_U32, PH_USERSIG,
    SourceKind, WireRequest,
};
use crate::json::{diff, short};
use crate::limits::{self, Bound, LimitKind};
use crate::schemas::{self, SchemaProblem, Validators};
use crate::server::{Mode, Server};

/// The app the harness's client calls as; not a real app.
pub const TEST_APP_ID: u32 = 1_400_000_000;
/// The harness's secret key; not a secret of any real app.
pub const TEST_SECRET_KEY: &str = "conformance-harness-key";
/// The harness's admin identifier.
pub const TEST_ADMIN: &str = "administrator";

/// Where the harness reads from, and what it runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Paths in reports are shown relative to this folder.
    pub root: PathBuf,
    /// The fixtures, `<service>/<command>/<case>.json`.
    pub fixtures: PathBuf,
    /// The committed JSON Schemas.
    pub schemas: PathBuf,
    /// The specs (for the declared limits coverage asks for).
    pub specs: PathBuf,
    /// Only this endpoint: `v4/sns/group_delete`, `sns/group_delete` or `group_delete`.
    pub endpoint: Option<String>,
    /// Print progress to stderr.
    pub progress: bool,
}

impl Options {
    /// The workspace's folders: `tests/fixtures`, `schemas`, `specs`.
    pub fn for_workspace(root: &Path) -> Options {
        Options {
            root: root.to_path_buf(),
            fixtures: root.join(crate::FIXTURES_DIR),
            schemas: root.join(schemas::SCHEMAS_DIR),
            specs: root.join("specs"),
            endpoint: None,
            progress: false,
        }
    }
}

/// A check, as named in the table and in failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// The file is a well-formed fixture.
    Format,
    /// The input decodes and encodes again unchanged.
    Roundtrip,
    /// The client sends exactly the wire request.
    Request,
    /// The client's result is the expected outcome.
    Outcome,
    /// Bodies validate against the committed schemas.
    Schema,
    /// The committed schemas are current.
    Schemas,
    /// The endpoint has the fixtures coverage asks for.
    Coverage,
}

impl Check {
    /// The name in tables and messages.
    pub fn name(self) -> &'static str {
        match self {
            Check::Format => "format",
            Check::Roundtrip => "roundtrip",
            Check::Request => "request",
            Check::Outcome => "outcome",
            Check::Schema => "schema",
            Check::Schemas => "schemas",
            Check::Coverage => "coverage",
        }
    }
}

/// The checks run on every fixture, in order.
pub const FIXTURE_CHECKS: [Check; 5] = [
    Check::Format,
    Check::Roundtrip,
    Check::Request,
    Check::Outcome,
    Check::Schema,
];

/// The result of one check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// It holds.
    Pass,
    /// It does not.
    Fail {
        /// What is wrong.
        message: String,
    },
    /// It was not run.
    Skip {
        /// Why not.
        reason: String,
    },
}

impl Status {
    fn fail(message: impl Into<String>) -> Status {
        Status::Fail {
            message: message.into(),
        }
    }
    fn skip(reason: impl Into<String>) -> Status {
        Status::Skip {
            reason: reason.into(),
        }
    }
    /// Whether it failed.
    pub fn failed(&self) -> bool {
        matches!(self, Status::Fail { .. })
    }
}

/// One check's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckResult {
    /// Which check.
    pub check: Check,
    /// Its result.
    #[serde(flatten)]
    pub status: Status,
}

/// The results of one fixture.
#[derive(Debug, Clone, Serialize)]
pub struct FixtureReport {
    /// The file, relative to the root.
    pub file: String,
    /// `<service>/<command>/<case>`.
    pub id: String,
    /// `v4/<service>/<command>`.
    pub endpoint: String,
    /// Results, in [`FIXTURE_CHECKS`] order.
    pub checks: Vec<CheckResult>,
}

/// The results of one endpoint.
#[derive(Debug, Clone, Serialize)]
pub struct EndpointReport {
    /// `v4/<service>/<command>`.
    pub endpoint: String,
    /// How many fixtures it has.
    pub fixtures: usize,
    /// `schemas` and `coverage`.
    pub checks: Vec<CheckResult>,
    /// What coverage misses, one item per line.
    pub missing: Vec<String>,
}

/// A fixture file that matches no endpoint of the registry.
#[derive(Debug, Clone, Serialize)]
pub struct Unmatched {
    /// The file, relative to the root.
    pub file: String,
    /// Why it matches nothing.
    pub reason: String,
}

/// One failure, for listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failure {
    /// The fixture file, schema file or endpoint.
    pub subject: String,
    /// The check's name (`unmatched` for fixtures that match no endpoint).
    pub check: String,
    /// What is wrong.
    pub message: String,
}

/// Totals of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    /// Endpoints checked.
    pub endpoints: usize,
    /// Fixtures checked.
    pub fixtures: usize,
    /// Checks that held.
    pub passed: usize,
    /// Checks that did not.
    pub failed: usize,
    /// Checks not run.
    pub skipped: usize,
    /// Fixtures that match no endpoint.
    pub unmatched: usize,
}

/// Everything a run found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Per endpoint, in registry order.
    pub endpoints: Vec<EndpointReport>,
    /// Per fixture, in file order.
    pub fixtures: Vec<FixtureReport>,
    /// Fixtures that match no endpoint.
    pub unmatched: Vec<Unmatched>,
    /// Problems of schema files that belong to no single endpoint (the envelope,
    /// orphans).
    pub shared_schemas: Vec<String>,
}

impl Report {
    /// Every failure, fixtures first.
    pub fn failures(&self) -> Vec<Failure> {
        let mut out = Vec::new();
        for f in &self.fixtures {
            for c in &f.checks {
                if let Status::Fail { message } = &c.status {
                    out.push(Failure {
                        subject: f.file.clone(),
                        check: c.check.name().into(),
                        message: message.clone(),
                    });
                }
            }
        }
        for e in &self.endpoints {
            for c in &e.checks {
                if let Status::Fail { message } = &c.status {
                    out.push(Failure {
                        subject: e.endpoint.clone(),
                        check: c.check.name().into(),
                        message: message.clone(),
                    });
                }
            }
        }
        for message in &self.shared_schemas {
            out.push(Failure {
                subject: schemas::SCHEMAS_DIR.into(),
                check: Check::Schemas.name().into(),
                message: message.clone(),
            });
        }
        for u in &self.unmatched {
            out.push(Failure {
                subject: u.file.clone(),
                check: "unmatched".into(),
                message: u.reason.clone(),
            });
        }
        out
    }

    /// The totals.
    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            endpoints: self.endpoints.len(),
            fixtures: self.fixtures.len(),
            unmatched: self.unmatched.len(),
            ..Counts::default()
        };
        let all = self
            .fixtures
            .iter()
            .flat_map(|f| &f.checks)
            .chain(self.endpoints.iter().flat_map(|e| &e.checks));
        for r in all {
            match r.status {
                Status::Pass => c.passed += 1,
                Status::Fail { .. } => c.failed += 1,
                Status::Skip { .. } => c.skipped += 1,
            }
        }
        c.failed += self.shared_schemas.len();
        c
    }

    /// Whether everything holds: no failed check, no unmatched fixture.
    pub fn passed(&self) -> bool {
        self.failures().is_empty()
    }

    /// The failures of one fixture file (by its path relative to the root).
    pub fn fixture_failures(&self, file: &str) -> Vec<Check> {
        self.fixtures
            .iter()
            .filter(|f| f.file == file)
            .flat_map(|f| &f.checks)
            .filter(|c| c.status.failed())
            .map(|c| c.check)
            .collect()
    }

    /// The report for machines: endpoints, fixtures, unmatched, failures, counts.
    pub fn to_json(&self) -> Value {
        json!({
            "endpoints": self.endpoints,
            "fixtures": self.fixtures,
            "unmatched": self.unmatched,
            "shared_schemas": self.shared_schemas,
            "failures": self.failures(),
            "counts": self.counts(),
            "passed": self.passed(),
        })
    }

    /// The table endpoint × check, the failures, and the totals, for people.
    pub fn render(&self) -> String {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut header = vec!["endpoint".to_owned(), "fixtures".to_owned()];
        header.extend(FIXTURE_CHECKS.iter().map(|c| c.name().to_owned()));
        header.push(Check::Schemas.name().into());
        header.push(Check::Coverage.name().into());
        rows.push(header);
        for e in &self.endpoints {
            let mut row = vec![e.endpoint.clone(), e.fixtures.to_string()];
            for check in FIXTURE_CHECKS {
                let (mut pass, mut fail, mut skip) = (0, 0, 0);
                for f in self.fixtures.iter().filter(|f| f.endpoint == e.endpoint) {
                    for r in f.checks.iter().filter(|r| r.check == check) {
                        match r.status {
                            Status::Pass => pass += 1,
                            Status::Fail { .. } => fail += 1,
                            Status::Skip { .. } => skip += 1,
                        }
                    }
                }
                row.push(cell(pass, fail, skip));
            }
            for r in &e.checks {
                row.push(match r.status {
                    Status::Pass => "pass".into(),
                    Status::Fail { .. } => "FAIL".into(),
                    Status::Skip { .. } => "skip".into(),
                });
            }
            rows.push(row);
        }
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            .collect();
        let mut out = String::new();
        for (n, row) in rows.iter().enumerate() {
            let line: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(i, (c, w))| {
                    if i == 1 {
                        format!("{c:>w$}")
                    } else {
                        format!("{c:<w$}")
                    }
                })
                .collect();
            out.push_str(line.join("  ").trim_end());
            out.push('\n');
            if n == 0 {
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                out.push_str(&rule.join("  "));
                out.push('\n');
            }
        }
        out.push_str(
            "\n(cells: pass N = N fixtures passed; +N skipped = checks that do not apply; FAIL F/N = F of N failed)\n",
        );
        let failures = self.failures();
        if !self.unmatched.is_empty() {
            out.push_str("\nFixtures that match no endpoint:\n");
            for u in &self.unmatched {
                out.push_str(&format!("  {}: {}\n", u.file, u.reason));
            }
        }
        if !failures.is_empty() {
            out.push_str("\nFailures:\n");
            for f in &failures {
                out.push_str(&format!("  {} [{}] {}\n", f.subject, f.check, f.message));
            }
        }
        let c = self.counts();
        out.push_str(&format!(
            "\n{} endpoints, {} fixtures; checks: {} passed, {} failed, {} skipped; {} unmatched fixtures\n",
            c.endpoints, c.fixtures, c.passed, c.failed, c.skipped, c.unmatched
        ));
        out.push_str(if self.passed() {
            "conformance: ok\n"
        } else {
            "conformance: FAILED\n"
        });
        out
    }
}

fn cell(pass: usize, fail: usize, skip: usize) -> String {
    let total = pass + fail + skip;
    if total == 0 {
        "-".into()
    } else if fail > 0 {
        format!("FAIL {fail}/{total}")
    } else if skip > 0 {
        format!("pass {pass} +{skip}")
    } else {
        format!("pass {pass}")
    }
}

/// Whether `filter` names the endpoint: its path, `service/command`, or its command.
pub fn matches_filter(info: &EndpointInfo, filter: &str) -> bool {
    let filter = filter.trim_matches('/');
    filter == info.path
        || filter == format!("{}/{}", info.service, info.command)
        || filter == info.command
}

/// The endpoints a run covers.
pub fn selected(filter: Option<&str>) -> Result<Vec<&'static EndpointInfo>, String> {
    let selected: Vec<&'static EndpointInfo> = tencent_chat::ENDPOINTS
        .iter()
        .copied()
        .filter(|info| filter.is_none_or(|f| matches_filter(info, f)))
        .collect();
    match filter {
        Some(f) if selected.is_empty() => Err(format!(
            "no endpoint matches {f:?}; the registry has: {}",
            tencent_chat::ENDPOINTS
                .iter()
                .map(|e| e.path)
                .collect::<Vec<_>>()
                .join(", ")
        )),
        _ => Ok(selected),
    }
}

/// Loads the specs, or says why not.
pub fn load_specs(dir: &Path) -> Result<tencent_chat_spec::SpecSet, String> {
    tencent_chat_spec::load_dir(dir)
        .result
        .map_err(|problems| format!("the specs do not load:\n{problems}"))
}

/// Runs the harness. `Err` only when it cannot run at all (specs that do not load, no
/// endpoint matching the filter, no socket); check failures are in the report.
pub fn run(opts: &Options) -> Result<Report, String> {
    let specs = load_specs(&opts.specs)?;
    let endpoints = selected(opts.endpoint.as_deref())?;
    let signature = tencent_chat::envelope::QUERY.signature;

    // Fixture files, by endpoint; those matching nothing are listed.
    let files = fixture::discover(&opts.fixtures, &opts.root);
    let mut by_endpoint: BTreeMap<String, Vec<FixtureFile>> = BTreeMap::new();
    let mut unmatched = Vec::new();
    let mut webhook_files = Vec::new();
    for file in files {
        if file
            .id
            .as_ref()
            .is_some_and(|(service, _, _)| service == crate::webhooks::DIR)
        {
            webhook_files.push(file);
            continue;
        }
        match file.endpoint_path() {
            Some(path) if tencent_chat::ENDPOINTS.iter().any(|e| e.path == path) => {
                by_endpoint.entry(path).or_default().push(file)
            }
            Some(path) if opts.endpoint.is_none() => unmatched.push(Unmatched {
                file: file.display,
                reason: format!("no endpoint {path} in the registry (no spec for it)"),
            }),
            None if opts.endpoint.is_none() => unmatched.push(Unmatched {
                file: file.display,
                reason: "not at <service>/<command>/<case>.json under the fixtures folder".into(),
            }),
            _ => {}
        }
    }

    // Committed schemas.
    let problems = schemas::check(&opts.schemas);
    let mut schema_problems: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut shared_schemas = Vec::new();
    for p in &problems {
        let owner = tencent_chat::ENDPOINTS.iter().find(|info| {
            p.file == schemas::request_file(info) || p.file == schemas::response_file(info)
        });
        match owner {
            Some(info) => schema_problems
                .entry(info.path.to_owned())
                .or_default()
                .push(p.message(&shown(&opts.root, &opts.schemas))),
            // Callback schemas are reported on the callbacks' rows.
            None if p.file.starts_with(&format!("{}/", crate::webhooks::DIR)) => {}
            None if p.problem != "orphan" || opts.endpoint.is_none() => {
                shared_schemas.push(SchemaProblem::message(p, &shown(&opts.root, &opts.schemas)))
            }
            None => {}
        }
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    let server = runtime
        .block_on(Server::start(Mode::Answer {
            status: 500,
            body: Vec::new(),
        }))
        .map_err(|e| format!("cannot bind the capture server on 127.0.0.1: {e}"))?;
    let client = {
        let _guard = runtime.enter();
        Client::builder()
            .credentials(Credentials::new(TEST_APP_ID, TEST_SECRET_KEY).admin(TEST_ADMIN))
            .base_url(server.url())
            .timeout(Duration::from_secs(5))
            // One attempt per call: the fixtures pin the wire contract of an attempt;
            // retries are the client's own tests' business.
            .retry(RetryPolicy::none())
            .build()
            .map_err(|e| format!("cannot build the client: {e}"))?
    };

    let total: usize = endpoints
        .iter()
        .map(|e| by_endpoint.get(e.path).map_or(0, Vec::len))
        .sum();
    let mut progress = Progress::new(opts.progress, total, endpoints.len());
    let mut validators = Validators::default();
    let types = &specs.types;
    let mut fixture_reports = Vec::new();
    let mut endpoint_reports = Vec::new();
    for info in &endpoints {
        let files = by_endpoint.remove(info.path).unwrap_or_default();
        let mut loaded = Vec::new();
        for file in &files {
            progress.tick(&file.display);
            let ctx = Ctx {
                info,
                opts,
                runtime: &runtime,
                server: &server,
                client: &client,
                validators: &mut validators,
            };
            let (report, fixture) = check_fixture(ctx, file, signature);
            fixture_reports.push(report);
            if let Some(f) = fixture {
                loaded.push(f);
            }
        }
        let missing = match specs.endpoint(info.path) {
            Some(spec) => coverage(info, types, spec, &loaded),
            None => vec![format!(
                "no spec for {} under {}: the build is older than the specs",
                info.path,
                opts.specs.display()
            )],
        };
        let schemas_status = match schema_problems.get(info.path) {
            None => Status::Pass,
            Some(problems) => Status::fail(problems.join("; ")),
        };
        let coverage_status = if missing.is_empty() {
            Status::Pass
        } else {
            Status::fail(format!("missing: {}", missing.join("; ")))
        };
        endpoint_reports.push(EndpointReport {
            endpoint: info.path.to_owned(),
            fixtures: files.len(),
            checks: vec![
                CheckResult {
                    check: Check::Schemas,
                    status: schemas_status,
                },
                CheckResult {
                    check: Check::Coverage,
                    status: coverage_status,
                },
            ],
            missing,
        });
    }
    progress.done();
    // Callbacks, beside the endpoints (all of them unless one endpoint is asked for).
    if opts.endpoint.is_none() {
        let (rows, reports, more) =
            crate::webhooks::run(webhook_files, &opts.schemas, &problems, &mut validators);
        endpoint_reports.extend(rows);
        fixture_reports.extend(reports);
        unmatched.extend(more);
    }
    Ok(Report {
        endpoints: endpoint_reports,
        fixtures: fixture_reports,
        unmatched,
        shared_schemas,
    })
}

fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

struct Progress {
    on: bool,
    terminal: bool,
    total: usize,
    done: usize,
}

impl Progress {
    fn new(on: bool, total: usize, endpoints: usize) -> Progress {
        if on {
            eprintln!("conformance: {total} fixtures of {endpoints} endpoints");
        }
        Progress {
            on,
            terminal: std::io::stderr().is_terminal(),
            total,
            done: 0,
        }
    }

    fn tick(&mut self, what: &str) {
        self.done += 1;
        if !self.on {
            return;
        }
        if self.terminal {
            eprint!("\r\x1b[2K[{}/{}] {what}", self.done, self.total);
            let _ = std::io::stderr().flush();
        } else if self.done.is_multiple_of(25) {
            eprintln!("[{}/{}] {what}", self.done, self.total);
        }
    }

    fn done(&self) {
        if self.on && self.terminal {
            eprint!("\r\x1b[2K");
            let _ = std::io::stderr().flush();
        }
    }
}

struct Ctx<'a> {
    info: &'static EndpointInfo,
    opts: &'a Options,
    runtime: &'a tokio::runtime::Runtime,
    server: &'a Server,
    client: &'a Client,
    validators: &'a mut Validators,
}

fn check_fixture(
    ctx: Ctx<'_>,
    file: &FixtureFile,
    signature: &str,
) -> (FixtureReport, Option<Fixture>) {
    let id = file
        .id
        .as_ref()
        .map(|(s, c, k)| format!("{s}/{c}/{k}"))
        .unwrap_or_default();
    let mut report = FixtureReport {
        file: file.display.clone(),
        id,
        endpoint: ctx.info.path.to_owned(),
        checks: Vec::new(),
    };
    let mut put = |check, status| report.checks.push(CheckResult { check, status });
    let fixture = match fixture::load(file, signature) {
        Ok(f) => f,
        Err(message) => {
            put(Check::Format, Status::fail(message));
            for check in &FIXTURE_CHECKS[1..] {
                put(
                    *check,
                    Status::skip("the file is not a well-formed fixture"),
                );
            }
            return (report, None);
        }
    };
    put(Check::Format, Status::Pass);
    let hooks = &ctx.info.hooks;

    // roundtrip
    let decodes = match (hooks.reencode_request)(&fixture.input) {
        Err(e) => {
            put(
                Check::Roundtrip,
                Status::fail(format!(
                    "the input does not decode into the request type of {}: {e}",
                    ctx.info.path
                )),
            );
            false
        }
        Ok(again) => {
            put(
                Check::Roundtrip,
                match diff(&fixture.input, &again) {
                    None => Status::Pass,
                    Some(d) => Status::fail(format!(
                        "the input encodes differently after decoding {d} (a misspelt optional field is dropped)"
                    )),
                },
            );
            true
        }
    };

    // request and outcome
    if decodes {
        let (request, outcome) = call(&ctx, &fixture);
        put(Check::Request, request);
        put(Check::Outcome, outcome);
    } else {
        put(
            Check::Request,
            Status::skip("the input does not decode (see roundtrip)"),
        );
        put(
            Check::Outcome,
            Status::skip("the input does not decode (see roundtrip)"),
        );
    }

    // schema
    put(
        Check::Schema,
        schema_check(ctx.info, ctx.opts, ctx.validators, &fixture),
    );
    (report, Some(fixture))
}

/// Sends the fixture's input through the client to the capture server.
fn call(ctx: &Ctx<'_>, fixture: &Fixture) -> (Status, Status) {
    let (status, body) = match &fixture.response {
        Some(r) => (r.status, r.bytes()),
        None => (
            500,
            br#"{"ActionStatus":"FAIL","ErrorCode":-1,"ErrorInfo":"conformance: nothing should have been sent"}"#
                .to_vec(),
        ),
    };
    ctx.server.set_mode(Mode::Answer { status, body });
    let _ = ctx.server.take();
    let result = ctx.runtime.block_on((ctx.info.hooks.call)(
        ctx.client,
        fixture.input.clone(),
        fixture::Options::call_options(fixture.options.as_ref()),
    ));
    let exchanges = ctx.server.take();

    let request = match &fixture.request {
        None if exchanges.is_empty() => Status::Pass,
        None => Status::fail(format!(
            "the client sent {} request(s) for an input it should refuse",
            exchanges.len()
        )),
        Some(_) if exchanges.is_empty() => Status::fail(match &result {
            Err(e) => format!("the client sent nothing: {e}"),
            Ok(_) => "the client sent nothing".to_owned(),
        }),
        Some(expected) => {
            let problems: Vec<String> = exchanges
                .iter()
                .enumerate()
                .flat_map(|(i, x)| {
                    let attempt = if exchanges.len() > 1 {
                        format!("attempt {}: ", i + 1)
                    } else {
                        String::new()
                    };
                    compare_request(expected, x)
                        .into_iter()
                        .map(move |p| format!("{attempt}{p}"))
                })
                .collect();
            if problems.is_empty() {
                Status::Pass
            } else {
                Status::fail(problems.join("; "))
            }
        }
    };
    (request, compare_outcome(&fixture.expect, &result))
}

/// What differs between the expected wire request and one the server received.
pub fn compare_request(expected: &WireRequest, got: &crate::server::Exchange) -> Vec<String> {
    let mut problems = Vec::new();
    if expected.method != got.method {
        problems.push(format!(
            "method is {}, expected {}",
            got.method, expected.method
        ));
    }
    if expected.path != got.path {
        problems.push(format!("path is {}, expected {}", got.path, expected.path));
    }
    let mut seen = BTreeSet::new();
    for (name, value) in &got.query {
        if !seen.insert(name.as_str()) {
            problems.push(format!("query parameter {name} is sent twice"));
            continue;
        }
        let Some(want) = expected.query.get(name) else {
            problems.push(format!("unexpected query parameter {name}"));
            continue;
        };
        if let Some(p) = query_problem(name, want, value) {
            problems.push(p);
        }
    }
    for name in expected.query.keys() {
        if !seen.contains(name.as_str()) {
            problems.push(format!("query parameter {name} is missing"));
        }
    }
    for (name, want) in &expected.headers {
        match got.headers.get(&name.to_ascii_lowercase()) {
            Some(v) if v == want => {}
            Some(v) => problems.push(format!("header {name} is {v:?}, expected {want:?}")),
            None => problems.push(format!("header {name} is missing")),
        }
    }
    match serde_json::from_slice::<Value>(&got.body) {
        Ok(body) => {
            if let Some(d) = diff(&expected.body, &body) {
                problems.push(format!("body differs {d}"));
            }
        }
        Err(e) => problems.push(format!("the body is not JSON: {e}")),
    }
    problems
}

fn query_problem(name: &str, want: &str, value: &str) -> Option<String> {
    match want {
        PH_APP_ID => (value != TEST_APP_ID.to_string())
            .then(|| format!("{name} is {value:?}, expected the SDKAppID {TEST_APP_ID}")),
        PH_ADMIN => (value != TEST_ADMIN)
            .then(|| format!("{name} is {value:?}, expected the admin {TEST_ADMIN:?}")),
        PH_U32 => value
            .parse::<u32>()
            .err()
            .map(|_| format!("{name} is {value:?}, expected an unsigned 32-bit number")),
        PH_USERSIG => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0);
            // Never show the value: it is a credential.
            tencent_chat::usersig::verify(
                value,
                TEST_SECRET_KEY.as_bytes(),
                TEST_APP_ID,
                TEST_ADMIN,
                now,
            )
            .err()
            .map(|e| format!("{name} is not a valid UserSig of the admin: {e}"))
        }
        literal => (value != literal).then(|| format!("{name} is {value:?}, expected {literal:?}")),
    }
}

/// The refusal as a fixture writes it.
pub fn refusal(error: &ValidationError) -> ExpectedRefusal {
    let mut r = ExpectedRefusal {
        field: error.field.clone(),
        limit: String::new(),
        min: None,
        max: None,
        actual: None,
        group_type: None,
    };
    match &error.limit {
        Limit::MaxItems { max, actual } => {
            r.limit = "max_items".into();
            r.max = Some(json!(max));
            r.actual = Some(json!(actual));
        }
        Limit::MinItems { min, actual } => {
            r.limit = "min_items".into();
            r.min = Some(json!(min));
            r.actual = Some(json!(actual));
        }
        Limit::MaxBytes { max, actual } => {
            r.limit = "max_bytes".into();
            r.max = Some(json!(max));
            r.actual = Some(json!(actual));
        }
        Limit::MinBytes { min, actual } => {
            r.limit = "min_bytes".into();
            r.min = Some(json!(min));
            r.actual = Some(json!(actual));
        }
        Limit::MaxEntries { max, actual } => {
            r.limit = "max_entries".into();
            r.max = Some(json!(max));
            r.actual = Some(json!(actual));
        }
        Limit::Range { min, max, actual } => {
            r.limit = "range".into();
            r.min = min.clone().map(Value::String);
            r.max = max.clone().map(Value::String);
            r.actual = Some(Value::String(actual.clone()));
        }
        Limit::GroupType { group_type, .. } => {
            r.limit = "group_type".into();
            r.group_type = Some(group_type.clone());
        }
        other => {
            r.limit = format!("{other:?}");
        }
    }
    r
}

fn compare_refusal(want: &ExpectedRefusal, got: &ExpectedRefusal) -> Vec<String> {
    let mut problems = Vec::new();
    if want.field != got.field {
        problems.push(format!(
            "field is {:?}, expected {:?}",
            got.field, want.field
        ));
    }
    if want.limit != got.limit {
        problems.push(format!("limit is {}, expected {}", got.limit, want.limit));
    }
    let pairs = [
        ("min", &want.min, &got.min),
        ("max", &want.max, &got.max),
        ("actual", &want.actual, &got.actual),
    ];
    for (name, w, g) in pairs {
        if let Some(w) = w
            && Some(w) != g.as_ref()
        {
            let g = g.as_ref().map_or("absent".to_owned(), short);
            problems.push(format!("{name} is {g}, expected {}", short(w)));
        }
    }
    if let Some(w) = &want.group_type
        && Some(w) != got.group_type.as_ref()
    {
        problems.push(format!(
            "group_type is {:?}, expected {w:?}",
            got.group_type
        ));
    }
    problems
}

fn describe(result: &Result<Value, CallFailure>) -> String {
    match result {
        Ok(v) => format!("success {}", short(v)),
        Err(CallFailure::Service { code, name, .. }) => format!("service error {code} ({name})"),
        Err(e) => e.to_string(),
    }
}

fn compare_outcome(expect: &Expect, result: &Result<Value, CallFailure>) -> Status {
    let problems: Vec<String> = match (expect, result) {
        (Expect::Success(want), Ok(got)) => diff(want, got)
            .map(|d| format!("the typed response encodes differently {d}"))
            .into_iter()
            .collect(),
        (
            Expect::Error(want),
            Err(CallFailure::Service {
                code,
                name,
                retryable,
                info,
                ..
            }),
        ) => {
            let mut p = Vec::new();
            if want.code != *code {
                p.push(format!("code is {code}, expected {}", want.code));
            }
            if want.name != *name {
                p.push(format!("variant is {name}, expected {}", want.name));
            }
            if want.retryable != *retryable {
                p.push(format!(
                    "retryable is {retryable}, expected {}",
                    want.retryable
                ));
            }
            if let Some(w) = &want.info
                && w != info
            {
                p.push(format!("ErrorInfo kept as {info:?}, expected {w:?}"));
            }
            p
        }
        (Expect::Refused(want), Err(CallFailure::Refused(error))) => {
            compare_refusal(want, &refusal(error))
        }
        (Expect::HttpStatus(want), Err(CallFailure::HttpStatus { status, .. })) => (want.status
            != *status)
            .then(|| format!("status is {status}, expected {}", want.status))
            .into_iter()
            .collect(),
        (Expect::Undecodable(_), Err(CallFailure::Undecodable { .. })) => Vec::new(),
        (expect, result) => vec![format!(
            "expected {}, got {}",
            expect.kind(),
            describe(result)
        )],
    };
    if problems.is_empty() {
        Status::Pass
    } else {
        Status::fail(problems.join("; "))
    }
}

fn schema_check(
    info: &EndpointInfo,
    opts: &Options,
    validators: &mut Validators,
    fixture: &Fixture,
) -> Status {
    let request_path = opts.schemas.join(schemas::request_file(info));
    let response_path = opts.schemas.join(schemas::response_file(info));
    let envelope_path = opts.schemas.join(schemas::ENVELOPE_FILE);
    let shown = |p: &Path| shown(&opts.root, p).display().to_string();
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    match validators.get(&request_path) {
        Err(e) => problems.push(e),
        Ok(v) => {
            let errors = schemas::errors(&v, &fixture.input);
            match &fixture.expect {
                Expect::Refused(r) if errors.is_empty() => {
                    if schema_expresses(r, &fixture.input) {
                        problems.push(format!(
                            "{} accepts the input the client refuses ({} {}): the schema lacks the limit",
                            shown(&request_path),
                            r.field,
                            r.limit
                        ));
                    } else {
                        notes.push(format!(
                            "the request schema cannot express a {} limit",
                            r.limit
                        ));
                    }
                }
                Expect::Refused(_) => {}
                _ => problems.extend(
                    errors
                        .into_iter()
                        .map(|e| format!("input against {}: {e}", shown(&request_path))),
                ),
            }
            if let Some(request) = &fixture.request
                && request.body != fixture.input
            {
                problems.extend(
                    schemas::errors(&v, &request.body)
                        .into_iter()
                        .map(|e| format!("request body against {}: {e}", shown(&request_path))),
                );
            }
        }
    }
    if let Some(body) = fixture.response.as_ref().and_then(|r| r.body.as_ref()) {
        let mut against = vec![envelope_path];
        if matches!(fixture.expect, Expect::Success(_)) {
            against.push(response_path);
        }
        for path in against {
            match validators.get(&path) {
                Err(e) => problems.push(e),
                Ok(v) => problems.extend(
                    schemas::errors(&v, body)
                        .into_iter()
                        .map(|e| format!("response body against {}: {e}", shown(&path))),
                ),
            }
        }
    }
    if !problems.is_empty() {
        Status::fail(problems.join("; "))
    } else if !notes.is_empty() && fixture.response.is_none() {
        Status::skip(notes.join("; "))
    } else {
        Status::Pass
    }
}

/// Whether the generated schemas carry the limit a refusal names: array lengths and
/// number ranges do; byte limits do as character counts (so for ASCII values); minimum
/// bytes, map sizes, ranges of integers carried in strings and group types do not.
fn schema_expresses(r: &ExpectedRefusal, input: &Value) -> bool {
    let value = lookup(input, &r.field);
    match r.limit.as_str() {
        "max_items" | "min_items" => true,
        "max_bytes" => value.is_none_or(|v| v.as_str().is_some_and(str::is_ascii)),
        "range" => value.is_none_or(Value::is_number),
        _ => false,
    }
}

/// The value at a field path as the client prints it (`A[0].B["k"]`); `None` when the
/// path does not lead to a value.
pub fn lookup<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut v = root;
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            let end = if r.starts_with('"') {
                let mut escaped = false;
                let mut end = None;
                for (i, c) in r.char_indices().skip(1) {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        end = Some(i);
                        break;
                    }
                }
                let end = end?;
                let key: String = serde_json::from_str(&r[..=end]).ok()?;
                v = v.get(key.as_str())?;
                end + 1
            } else {
                let end = r.find(']')?;
                v = v.get(r[..end].parse::<usize>().ok()?)?;
                end
            };
            rest = r[end..].strip_prefix(']')?;
        } else {
            let r = rest.strip_prefix('.').unwrap_or(rest);
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = v.get(&r[..end])?;
            rest = &r[end..];
        }
    }
    Some(v)
}

/// What an endpoint's fixtures miss, one item each.
pub fn coverage(
    info: &EndpointInfo,
    types: &tencent_chat_spec::ir::TypeTable,
    spec: &tencent_chat_spec::Endpoint,
    fixtures: &[Fixture],
) -> Vec<String> {
    let mut missing = Vec::new();
    if !fixtures
        .iter()
        .any(|f| f.source.kind == SourceKind::Documented && matches!(f.expect, Expect::Success(_)))
    {
        missing.push("the documented sample (source kind \"documented\", a success)".to_owned());
    }
    for e in info.errors {
        let covered = fixtures
            .iter()
            .any(|f| matches!(&f.expect, Expect::Error(x) if x.code == e.code));
        if !covered {
            missing.push(format!(
                "a response with error code {} ({})",
                e.code, e.name
            ));
        }
    }
    for limit in limits::declared(types, &spec.request) {
        let covered = fixtures.iter().any(|f| match &f.expect {
            Expect::Refused(r) => {
                limits::normalize(&r.field) == limit.field()
                    && r.limit == limit.kind.fixture_limit()
                    && range_side_matches(r, &limit)
            }
            _ => false,
        });
        if !covered {
            missing.push(format!("a refused input for {limit}"));
        }
    }
    for rule in info.group_types.unwrap_or_default() {
        if rule.support == GroupTypeSupport::Supported {
            continue;
        }
        let covered = fixtures.iter().any(|f| {
            matches!(&f.expect, Expect::Refused(r)
                if r.limit == "group_type" && r.group_type.as_deref() == Some(rule.group_type))
        });
        if !covered {
            missing.push(format!(
                "a refused call on a {} group (unsupported)",
                rule.group_type
            ));
        }
    }
    let envelope: BTreeSet<&str> = tencent_chat::envelope::FIELDS.iter().copied().collect();
    let known: BTreeSet<String> = serde_json::to_value((info.hooks.response_schema)())
        .ok()
        .and_then(|s| s.get("properties").and_then(Value::as_object).cloned())
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    let unknown_field = fixtures.iter().any(|f| {
        matches!(f.expect, Expect::Success(_))
            && f.response
                .as_ref()
                .and_then(|r| r.body.as_ref())
                .and_then(Value::as_object)
                .is_some_and(|body| {
                    body.keys()
                        .any(|k| !envelope.contains(k.as_str()) && !known.contains(k))
                })
    });
    if !unknown_field {
        missing.push("a success response with a field the spec does not know".to_owned());
    }
    missing
}

/// For ranges: whether the refused value lies on the side of `limit`'s bound.
fn range_side_matches(r: &ExpectedRefusal, limit: &limits::DeclaredLimit) -> bool {
    if r.limit != "range" {
        return true;
    }
    let number = |v: &Value| match v {
        Value::String(s) => s.parse::<f64>().ok(),
        other => other.as_f64(),
    };
    let Some(actual) = r.actual.as_ref().and_then(number) else {
        return true;
    };
    let bound = match limit.bound {
        Bound::Int(n, _) => n as f64,
        Bound::Float(x) => x,
        Bound::Count(n) => f64::from(n),
    };
    match limit.kind {
        LimitKind::RangeMin => actual < bound,
        LimitKind::RangeMax => actual > bound,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_follows_printed_paths() {
        let v = json!({"A": [{"B": {"k\"": 5}}], "C": "x"});
        assert_eq!(lookup(&v, "C"), Some(&json!("x")));
        assert_eq!(lookup(&v, "A[0].B[\"k\\\"\"]"), Some(&json!(5)));
        assert_eq!(lookup(&v, "A[1]"), None);
        assert_eq!(lookup(&v, "D"), None);
    }
}
