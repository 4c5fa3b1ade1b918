//! Project tasks: `cargo xtask <task>`. See `cargo xtask --help`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod fuzz;
use xtask::conformance::{self, Options};
use xtask::record::{RecordCredentials, RecordOptions};
use xtask::{scaffold, schemas, workspace_root};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Project tasks of the tencent-chat workspace"
)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate the meta-schemas of the spec format under specs/schema/.
    MetaSchema {
        /// Only check that the committed copies are current; exit 1 if not.
        #[arg(long)]
        check: bool,
    },
    /// Load and check every spec under specs/, printing every problem.
    CheckSpecs,
    /// Write one JSON Schema per request and response type under schemas/.
    Schemas {
        /// Only check that the committed schemas are current; exit 1 if not.
        #[arg(long)]
        check: bool,
    },
    /// Check every fixture under tests/fixtures against the bindings and the client.
    Conformance {
        #[command(subcommand)]
        action: Option<ConformanceAction>,
        /// Print the report as JSON on stdout.
        #[arg(long)]
        json: bool,
        /// Only this endpoint: v4/sns/group_delete, sns/group_delete or group_delete.
        #[arg(long, value_name = "NAME")]
        endpoint: Option<String>,
        /// The fixtures folder (default tests/fixtures).
        #[arg(long, value_name = "DIR")]
        fixtures: Option<PathBuf>,
        /// No progress on stderr.
        #[arg(long)]
        quiet: bool,
    },
    /// Run the benchmarks (release build); figures go to target/bench/report.{json,txt}.
    /// `cargo xtask bench compile` runs only the compile-cost benchmark
    /// (target/bench/compile.{json,txt}).
    Bench {
        /// `compile`: only the compile-cost benchmark.
        #[arg(value_parser = ["compile"])]
        only: Option<String>,
        /// Fewer calls and sizes.
        #[arg(long)]
        quick: bool,
    },
    /// Run a cargo-fuzz target of fuzz/ (nightly toolchain and cargo-fuzz needed);
    /// without a target, list them.
    Fuzz {
        /// spec_load, response_decode, usersig_verify or emulator_request.
        target: Option<String>,
        /// How long to run, in seconds.
        #[arg(long, value_name = "SECONDS", default_value_t = 60)]
        time: u64,
    },
}

#[derive(Subcommand)]
enum ConformanceAction {
    /// Write the missing mechanical fixtures (error codes, limits, unknown field) from
    /// each endpoint's documented sample; never overwrites.
    Scaffold {
        /// Only this endpoint.
        #[arg(long, value_name = "NAME")]
        endpoint: Option<String>,
    },
    /// Send each fixture's input to a live server and write the exchanges as fixtures
    /// with source "recorded". Credentials from TENCENT_CHAT_SDKAPPID,
    /// TENCENT_CHAT_SECRET_KEY and TENCENT_CHAT_ADMIN.
    Record {
        /// The server: https://adminapisgp.im.qcloud.com, an emulator's URL, ...
        #[arg(long, value_name = "URL")]
        base_url: String,
        /// Where to write (default target/recorded-fixtures); copy what you keep into
        /// tests/fixtures.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Only this endpoint.
        #[arg(long, value_name = "NAME")]
        endpoint: Option<String>,
        /// Only fixtures whose case name contains this.
        #[arg(long, value_name = "TEXT")]
        case: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = workspace_root();
    let specs = root.join("specs");
    match cli.task {
        Task::MetaSchema { check } => meta_schema(&specs, check),
        Task::Fuzz { target, time } => match target {
            Some(target) => fuzz::run(&root, &target, time),
            None => fuzz::list(),
        },
        Task::Bench { only, quick } => {
            let mut cmd = std::process::Command::new(
                std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
            );
            let task = only.as_deref().unwrap_or("all");
            cmd.args(["run", "--release", "-p", "tencent-chat-bench", "--", task])
                .current_dir(&root);
            if quick {
                cmd.arg("--quick");
            }
            match cmd.status() {
                Ok(status) if status.success() => ExitCode::SUCCESS,
                Ok(_) => ExitCode::FAILURE,
                Err(e) => {
                    eprintln!("cannot run cargo: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Task::CheckSpecs => {
            let loaded = tencent_chat_spec::load_dir(&specs);
            match loaded.result {
                Ok(set) => {
                    println!("{} endpoint specs, no problems", set.endpoints.len());
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    eprintln!("{problems}");
                    eprintln!("{} problem(s)", problems.len());
                    ExitCode::FAILURE
                }
            }
        }
        Task::Schemas { check } => {
            let dir = root.join(schemas::SCHEMAS_DIR);
            if check {
                let problems = schemas::check(&dir);
                for p in &problems {
                    eprintln!("{}", p.message(&dir));
                }
                if problems.is_empty() {
                    println!("schemas are current");
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            } else {
                match schemas::write(&dir) {
                    Ok(changed) => {
                        for path in &changed {
                            println!("wrote {}", path.display());
                        }
                        println!(
                            "{} schema files under {} ({} changed)",
                            schemas::generate().len(),
                            dir.display(),
                            changed.len()
                        );
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("cannot write the schemas: {e}");
                        ExitCode::FAILURE
                    }
                }
            }
        }
        Task::Conformance {
            action: None,
            json,
            endpoint,
            fixtures,
            quiet,
        } => {
            let mut opts = Options::for_workspace(&root);
            opts.endpoint = endpoint;
            opts.progress = !quiet;
            if let Some(dir) = fixtures {
                opts.fixtures = dir;
            }
            match conformance::run(&opts) {
                Ok(report) => {
                    if json {
                        println!(
                            "{}",
                            serde_json::to_string_pretty(&report.to_json()).unwrap_or_default()
                        );
                    } else {
                        print!("{}", report.render());
                    }
                    if report.passed() {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::FAILURE
                    }
                }
                Err(e) => {
                    eprintln!("conformance: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Task::Conformance {
            action: Some(ConformanceAction::Scaffold { endpoint }),
            fixtures,
            ..
        } => {
            let dir = fixtures.unwrap_or_else(|| root.join(xtask::FIXTURES_DIR));
            match scaffold::scaffold(&specs, &dir, endpoint.as_deref()) {
                Ok(written) => {
                    for path in &written {
                        println!("wrote {}", path.display());
                    }
                    println!(
                        "{} fixture(s) written; review them and commit",
                        written.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("scaffold: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Task::Conformance {
            action:
                Some(ConformanceAction::Record {
                    base_url,
                    out,
                    endpoint,
                    case,
                }),
            fixtures,
            ..
        } => {
            let credentials = match RecordCredentials::from_env() {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("record: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let opts = RecordOptions {
                base_url,
                fixtures: fixtures.unwrap_or_else(|| root.join(xtask::FIXTURES_DIR)),
                out: out.unwrap_or_else(|| root.join("target/recorded-fixtures")),
                specs,
                endpoint,
                case,
                credentials,
            };
            match xtask::record::record(&opts) {
                Ok(written) => {
                    println!(
                        "{} fixture(s) recorded under {}",
                        written.len(),
                        opts.out.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("record: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn meta_schema(specs: &std::path::Path, check: bool) -> ExitCode {
    let dir = specs.join(tencent_chat_spec::SCHEMA_DIR);
    let mut stale = Vec::new();
    for (name, text) in tencent_chat_spec::meta_schemas() {
        let path = dir.join(name);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == text {
            continue;
        }
        if check {
            stale.push(path);
        } else if let Err(e) =
            std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&path, text))
        {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        } else {
            println!("wrote {}", path.display());
        }
    }
    if stale.is_empty() {
        println!("meta-schemas are current");
        ExitCode::SUCCESS
    } else {
        for path in stale {
            eprintln!("stale: {}", path.display());
        }
        eprintln!("run `cargo xtask meta-schema` and commit the result");
        ExitCode::FAILURE
    }
}
