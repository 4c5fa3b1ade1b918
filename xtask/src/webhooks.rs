//! Conformance of the callback fixtures (`tests/fixtures/webhooks/<CallbackCommand>/<case>.json`):
//! each documented payload decodes into its callback's type through [`Event`], encodes
//! again unchanged and validates against its committed schema; each answer sample
//! likewise (the typed answer of a "before" callback, the plain acknowledgement of an
//! "after" one). Reported beside the endpoints, as rows `webhooks/<CallbackCommand>`.

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;
use tencent_chat::webhook::{WebhookInfo, WebhookKind};
use tencent_chat::webhooks::{Event, WEBHOOKS};

use crate::conformance::{Check, CheckResult, EndpointReport, FixtureReport, Status, Unmatched};
use crate::fixture::FixtureFile;
use crate::json::diff;
use crate::schemas::{self, Validators};

/// The folder of callback fixtures under the fixtures folder (the specs' folder name).
pub const DIR: &str = tencent_chat_spec::WEBHOOK_DIR;

/// One callback fixture: a payload the service posts, or an answer of the app.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookFixture {
    /// `webhooks/<CallbackCommand>/<case>`.
    pub id: String,
    /// What the case shows.
    #[serde(default)]
    pub description: Option<String>,
    /// Where it comes from (as endpoint fixtures have it).
    pub source: Value,
    /// A callback body.
    #[serde(default)]
    pub payload: Option<Value>,
    /// An answer body.
    #[serde(default)]
    pub answer: Option<Value>,
}

fn status(problems: Vec<String>) -> Status {
    if problems.is_empty() {
        Status::Pass
    } else {
        Status::Fail {
            message: problems.join("; "),
        }
    }
}

fn skip(reason: &str) -> Status {
    Status::Skip {
        reason: reason.to_owned(),
    }
}

/// The rows of every callback: per fixture and per callback (coverage).
pub fn run(
    files: Vec<FixtureFile>,
    schemas_dir: &Path,
    schema_problems: &[schemas::SchemaProblem],
    validators: &mut Validators,
) -> (Vec<EndpointReport>, Vec<FixtureReport>, Vec<Unmatched>) {
    let mut fixtures = Vec::new();
    let mut unmatched = Vec::new();
    let mut seen: std::collections::BTreeMap<&str, (usize, bool, bool)> = Default::default();
    for file in files {
        let Some((_, command, case)) = file.id.clone() else {
            continue;
        };
        let Some(info) = WEBHOOKS.iter().copied().find(|w| w.command == command) else {
            unmatched.push(Unmatched {
                file: file.display,
                reason: format!("no callback {command} in the registry (no spec for it)"),
            });
            continue;
        };
        let (report, kind) = check(info, &file, &case, schemas_dir, validators);
        let entry = seen.entry(info.command).or_default();
        entry.0 += 1;
        if case == "documented_sample"
            && kind == Some(true)
            && !report.checks.iter().any(|c| c.status.failed())
        {
            entry.1 = true;
        }
        if kind == Some(false) {
            entry.2 = true;
        }
        fixtures.push(report);
    }
    let endpoints = WEBHOOKS
        .iter()
        .map(|info| {
            let (count, sample, answer) = seen.get(info.command).copied().unwrap_or_default();
            let mut missing = Vec::new();
            if !sample {
                missing.push("documented_sample (a payload that passes)".to_owned());
            }
            if info.kind == WebhookKind::Before && !answer {
                missing.push("an answer sample".to_owned());
            }
            let own: Vec<String> = schema_problems
                .iter()
                .filter(|p| {
                    p.file == schemas::payload_file(info) || p.file == schemas::answer_file(info)
                })
                .map(|p| p.message(schemas_dir))
                .collect();
            let orphans: Vec<String> = schema_problems
                .iter()
                .filter(|p| p.problem == "orphan" && p.file.starts_with(&format!("{DIR}/")))
                .filter(|_| info.command == WEBHOOKS[0].command)
                .map(|p| p.message(schemas_dir))
                .collect();
            EndpointReport {
                endpoint: format!("{DIR}/{}", info.command),
                fixtures: count,
                checks: vec![
                    CheckResult {
                        check: Check::Schemas,
                        status: status(own.into_iter().chain(orphans).collect()),
                    },
                    CheckResult {
                        check: Check::Coverage,
                        status: if missing.is_empty() {
                            Status::Pass
                        } else {
                            Status::Fail {
                                message: format!("missing: {}", missing.join("; ")),
                            }
                        },
                    },
                ],
                missing,
            }
        })
        .collect();
    (endpoints, fixtures, unmatched)
}

/// One fixture; the kind is `Some(true)` for a payload, `Some(false)` for an answer.
fn check(
    info: &'static WebhookInfo,
    file: &FixtureFile,
    case: &str,
    schemas_dir: &Path,
    validators: &mut Validators,
) -> (FixtureReport, Option<bool>) {
    let id = format!("{DIR}/{}/{case}", info.command);
    let mut report = FixtureReport {
        file: file.display.clone(),
        id: id.clone(),
        endpoint: format!("{DIR}/{}", info.command),
        checks: Vec::new(),
    };
    let parsed: Result<WebhookFixture, String> = std::fs::read_to_string(&file.path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()));
    let fixture = match parsed {
        Ok(f) if f.id != id => Err(format!("id {} does not match its place {id}", f.id)),
        Ok(f) if f.payload.is_some() == f.answer.is_some() => {
            Err("exactly one of payload and answer".to_owned())
        }
        Ok(f) => Ok(f),
        Err(e) => Err(e),
    };
    let fixture = match fixture {
        Ok(f) => f,
        Err(e) => {
            report.checks.push(CheckResult {
                check: Check::Format,
                status: status(vec![e]),
            });
            for c in [
                Check::Roundtrip,
                Check::Request,
                Check::Outcome,
                Check::Schema,
            ] {
                report.checks.push(CheckResult {
                    check: c,
                    status: skip("the fixture does not parse"),
                });
            }
            return (report, None);
        }
    };
    report.checks.push(CheckResult {
        check: Check::Format,
        status: Status::Pass,
    });
    let (body, is_payload) = match (&fixture.payload, &fixture.answer) {
        (Some(p), _) => (p, true),
        (_, Some(a)) => (a, false),
        _ => unreachable!("checked above"),
    };
    // Round trip: through Event for payloads (the dispatch on CallbackCommand),
    // through the typed answer or the acknowledgement for answers.
    let mut problems = Vec::new();
    if is_payload {
        match Event::from_value(body.clone()) {
            Ok(Event::Unknown { command, .. }) => problems.push(format!(
                "CallbackCommand {command:?} decodes as an unknown event"
            )),
            Ok(event) if event.command() != info.command => problems.push(format!(
                "the payload is a {} event, not {}",
                event.command(),
                info.command
            )),
            Ok(event) => match event.to_value() {
                Ok(again) => problems
                    .extend(diff(body, &again).map(|d| format!("encodes again differently, {d}"))),
                Err(e) => problems.push(format!("does not encode again: {e}")),
            },
            Err(e) => problems.push(format!("does not decode: {e}")),
        }
    } else {
        match info.hooks.reencode_answer {
            Some(reencode) => match reencode(body) {
                Ok(again) => problems
                    .extend(diff(body, &again).map(|d| format!("encodes again differently, {d}"))),
                Err(e) => problems.push(format!("does not decode: {e}")),
            },
            None => {
                for field in ["ActionStatus", "ErrorCode", "ErrorInfo"] {
                    if body.get(field).is_none() {
                        problems.push(format!("the acknowledgement lacks {field}"));
                    }
                }
            }
        }
    }
    report.checks.push(CheckResult {
        check: Check::Roundtrip,
        status: status(problems),
    });
    for c in [Check::Request, Check::Outcome] {
        report.checks.push(CheckResult {
            check: c,
            status: skip("callbacks are not calls"),
        });
    }
    let schema_file = if is_payload {
        Some(schemas::payload_file(info))
    } else if info.hooks.answer_schema.is_some() {
        Some(schemas::answer_file(info))
    } else {
        None
    };
    let schema_status = match schema_file {
        None => skip("an after callback's acknowledgement has no schema of its own"),
        Some(f) => match validators.get(&schemas_dir.join(&f)) {
            Err(e) => status(vec![e]),
            Ok(v) => status(
                schemas::errors(&v, body)
                    .into_iter()
                    .map(|e| format!("against {f}: {e}"))
                    .collect(),
            ),
        },
    };
    report.checks.push(CheckResult {
        check: Check::Schema,
        status: schema_status,
    });
    (report, Some(is_payload))
}
