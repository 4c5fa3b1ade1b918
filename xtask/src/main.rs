//! Project tasks: `cargo xtask <task>`. See `cargo xtask --help`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// Run the benchmarks (release build); figures go to target/bench/report.{json,txt}.
    Bench {
        /// Fewer calls and sizes: under 5 minutes on 2 cores.
        #[arg(long)]
        quick: bool,
    },
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = workspace_root();
    let specs = root.join("specs");
    match cli.task {
        Task::MetaSchema { check } => {
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
        Task::Bench { quick } => {
            let mut cmd = std::process::Command::new(
                std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
            );
            cmd.args(["run", "--release", "-p", "tencent-chat-bench", "--", "all"])
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
    }
}
