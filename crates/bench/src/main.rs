//! Benchmarks of the tencent-chat workspace. Run through `cargo xtask bench
//! [--quick]`, which builds this binary in release mode; see the README.
//!
//! Each figure is printed next to the comparison measured in the same run, and the
//! whole report, with a description of the machine, is written to
//! `target/bench/report.json` (and the printed lines to `target/bench/report.txt`).

mod codegen;
mod compile;
mod emulated;
mod overhead;
mod redis;
mod server;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use clap::{Parser, Subcommand};
use serde::Serialize;
use serde_json::{Value, json};

pub const APP: u32 = 1_400_000_000;
pub const KEY: &str = "bench-secret-key-not-a-real-one";

#[derive(Parser)]
#[command(
    name = "tencent-chat-bench",
    about = "Benchmarks of the tencent-chat workspace"
)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Every benchmark, with its comparisons; writes target/bench/report.{json,txt}.
    All {
        /// Fewer calls and sizes: under 5 minutes on 2 cores.
        #[arg(long)]
        quick: bool,
        /// Where to write the report (default: `<workspace>/target/bench`).
        #[arg(long)]
        out: Option<PathBuf>,
        /// The revision whose client is the compile-cost baseline (the configuration
        /// before the TLS and service features).
        #[arg(long, default_value = compile::BASELINE_REV)]
        baseline_rev: String,
    },
    /// Only the compile-cost benchmark (cold downstream builds, per-endpoint compile
    /// time, incremental rebuilds); writes target/bench/compile.{json,txt}.
    Compile {
        /// Sizes 14 and 200 only, and the one-service build reuses the dependencies
        /// of the all-services one.
        #[arg(long)]
        quick: bool,
        /// The revision whose client is the baseline.
        #[arg(long, default_value = compile::BASELINE_REV)]
        baseline_rev: String,
        /// Only the crate's own time at growing sizes (no downstream cold builds).
        #[arg(long)]
        sizes_only: bool,
        /// Where to write the report (default: `<workspace>/target/bench`).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// One per-call overhead run in this process; prints its figures as JSON.
    Overhead {
        #[arg(long, value_enum)]
        client: overhead::Which,
        #[arg(long, default_value_t = 20_000)]
        calls: usize,
        #[arg(long, default_value_t = 32)]
        concurrency: usize,
    },
    /// Only the code generation benchmark.
    Codegen {
        #[arg(long)]
        quick: bool,
    },
    /// Only the bulk removal benchmark.
    Bulk,
    /// Only the shared (Redis) rate limiter: per-call latency next to the in-process
    /// limiter, and four processes sharing one budget. Starts its own redis-server.
    Redis {
        #[arg(long)]
        quick: bool,
        /// The redis-server binary.
        #[arg(long, default_value = "redis-server")]
        redis_server: String,
    },
    /// One process of the Redis benchmark (started by `redis`); prints JSON.
    #[command(hide = true)]
    RedisWorker {
        #[arg(long)]
        url: String,
        #[arg(long)]
        prefix: String,
        #[arg(long)]
        base_url: String,
        #[arg(long)]
        seconds: f64,
        #[arg(long)]
        concurrency: usize,
    },
    /// Only the emulator throughput benchmark: in-process, or against a running
    /// emulator (start it with `--no-rate-limits`).
    Throughput {
        #[arg(long, default_value_t = 64)]
        concurrency: usize,
        #[arg(long, default_value_t = 5.0)]
        seconds: f64,
        /// Base URL of a running emulator (default: one started in this process).
        #[arg(long, requires = "secret_key")]
        base_url: Option<String>,
        /// The running emulator's secret key.
        #[arg(long)]
        secret_key: Option<String>,
    },
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| PathBuf::from("."))
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start tokio: {e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.task {
        Task::Overhead {
            client,
            calls,
            concurrency,
        } => runtime().and_then(|rt| {
            let run = rt.block_on(overhead::run(client, calls, concurrency))?;
            println!(
                "{}",
                serde_json::to_string(&run).map_err(|e| e.to_string())?
            );
            Ok(())
        }),
        Task::All {
            quick,
            out,
            baseline_rev,
        } => all(quick, out, &baseline_rev),
        Task::Compile {
            quick,
            baseline_rev,
            sizes_only,
            out,
        } => {
            let ws = workspace();
            let mut report = Report::default();
            let run = if sizes_only {
                crate_sizes(&mut report, &ws, quick)
                    .map(|sizes| report.section("compile_cost", json!({"sizes": sizes})))
            } else {
                compile_cost(&mut report, &ws, quick, &baseline_rev)
            };
            run.and_then(|()| {
                report.write(&out.unwrap_or_else(|| ws.join("target/bench")), "compile")
            })
        }
        Task::Codegen { quick } => codegen_scaling(&mut Report::default(), &workspace(), quick),
        Task::Bulk => bulk(&mut Report::default()),
        Task::Redis {
            quick,
            redis_server,
        } => redis::run(&mut Report::default(), &redis_server, quick),
        Task::RedisWorker {
            url,
            prefix,
            base_url,
            seconds,
            concurrency,
        } => runtime().and_then(|rt| {
            let v = rt.block_on(redis::worker(
                &url,
                &prefix,
                &base_url,
                seconds,
                concurrency,
            ))?;
            println!("{v}");
            Ok(())
        }),
        Task::Throughput {
            concurrency,
            seconds,
            base_url,
            secret_key,
        } => runtime().and_then(|rt| {
            let external =
                base_url
                    .zip(secret_key)
                    .map(|(base_url, secret_key)| emulated::External {
                        base_url,
                        secret_key,
                    });
            let t = rt.block_on(emulated::throughput(concurrency, seconds, external))?;
            println!("{}", serde_json::to_string(&t).map_err(|e| e.to_string())?);
            Ok(())
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Collects printed lines and JSON sections.
#[derive(Default)]
struct Report {
    text: String,
    json: serde_json::Map<String, Value>,
}

impl Report {
    fn line(&mut self, line: impl AsRef<str>) {
        println!("{}", line.as_ref());
        let _ = writeln!(self.text, "{}", line.as_ref());
    }

    /// Writes `<out>/<name>.json` and `<out>/<name>.txt`.
    fn write(&self, out: &Path, name: &str) -> Result<(), String> {
        std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
        let json_path = out.join(format!("{name}.json"));
        std::fs::write(
            &json_path,
            serde_json::to_string_pretty(&Value::Object(self.json.clone()))
                .map_err(|e| e.to_string())?,
        )
        .map_err(|e| e.to_string())?;
        std::fs::write(out.join(format!("{name}.txt")), &self.text).map_err(|e| e.to_string())?;
        println!("report written to {}", json_path.display());
        Ok(())
    }

    fn section(&mut self, name: &str, value: impl Serialize) {
        self.json.insert(
            name.to_owned(),
            serde_json::to_value(value).unwrap_or(Value::Null),
        );
    }
}

fn machine() -> Value {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let cpu = read("/proc/cpuinfo")
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_else(|| "unknown".into());
    let mem_kb: u64 = read("/proc/meminfo")
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let rustc = Command::new("rustc")
        .arg("-V")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    json!({
        "cpu": cpu,
        "logical_cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "memory_gib": (mem_kb as f64 / 1024.0 / 1024.0 * 10.0).round() / 10.0,
        "kernel": read("/proc/sys/kernel/osrelease").trim(),
        "rustc": rustc,
        "unix_time": overhead::unix_now(),
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn all(quick: bool, out: Option<PathBuf>, baseline_rev: &str) -> Result<(), String> {
    let ws = workspace();
    let out = out.unwrap_or_else(|| ws.join("target/bench"));
    let mut report = Report::default();
    let started = Instant::now();
    let machine = machine();
    report.line(format!(
        "machine: {} ({} logical cores, {} GiB), {}, mode: {}",
        machine["cpu"].as_str().unwrap_or("?"),
        machine["logical_cores"],
        machine["memory_gib"],
        machine["rustc"].as_str().unwrap_or("?"),
        if quick { "quick" } else { "full" }
    ));
    report.section("machine", &machine);
    report.section("quick", quick);

    per_call_overhead(&mut report, quick)?;
    usersig(&mut report, quick)?;
    codegen_scaling(&mut report, &ws, quick)?;
    bulk(&mut report)?;
    emulator_throughput(&mut report, quick)?;
    // The shared limiter needs a redis-server; without one the section says so.
    if Command::new("redis-server")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        redis::run(&mut report, "redis-server", quick)?;
    } else {
        report.line("\n[redis] skipped: no redis-server on the PATH");
    }
    if quick {
        // Cold builds take minutes each: --quick keeps its few-minute promise.
        report.line(
            "\n[6] compile cost: skipped with --quick; run `cargo xtask bench compile [--quick]`",
        );
    } else {
        compile_cost(&mut report, &ws, quick, baseline_rev)?;
    }

    report.line(format!(
        "total bench time: {:.0} s",
        started.elapsed().as_secs_f64()
    ));
    report.write(&out, "report")
}

/// Benchmark 1: each client in its own process (so peak memory is its own), in
/// alternating order over several rounds; medians are reported.
fn per_call_overhead(report: &mut Report, quick: bool) -> Result<(), String> {
    use overhead::{Run, Which};
    let (calls, rounds) = if quick { (5_000, 3) } else { (20_000, 7) };
    let concurrency = 32;
    report.line(format!(
        "\n[1] per-call overhead: destroy_group, {calls} calls at concurrency {concurrency}, {rounds} rounds, one minimal hyper server in-process on 127.0.0.1"
    ));
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let order = [Which::Generated, Which::Handwritten, Which::Hyper];
    let mut runs: Vec<Run> = Vec::new();
    for round in 0..rounds {
        for k in 0..order.len() {
            let which = order[(k + round) % order.len()];
            let name = serde_json::to_value(which)
                .ok()
                .and_then(|v| v.as_str().map(str::to_lowercase))
                .unwrap_or_default();
            let output = Command::new(&exe)
                .args([
                    "overhead",
                    "--client",
                    &name,
                    "--calls",
                    &calls.to_string(),
                    "--concurrency",
                    &concurrency.to_string(),
                ])
                .output()
                .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
            if !output.status.success() {
                return Err(format!(
                    "overhead run of {name} failed: {}",
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            let run: Run = serde_json::from_slice(&output.stdout)
                .map_err(|e| format!("bad output of the {name} run: {e}"))?;
            runs.push(run);
        }
    }
    let mut summary = serde_json::Map::new();
    let mut throughput = std::collections::HashMap::new();
    let mut cpu_per_call = std::collections::HashMap::new();
    for which in order {
        let mine: Vec<&Run> = runs.iter().filter(|r| r.client == which).collect();
        let cps = median(mine.iter().map(|r| r.calls_per_s).collect());
        let p50 = median(mine.iter().map(|r| r.p50_us).collect());
        let p99 = median(mine.iter().map(|r| r.p99_us).collect());
        let rss = mine.iter().map(|r| r.peak_rss_kb).max().unwrap_or(0);
        let cpu = median(mine.iter().map(|r| r.cpu_us_per_call).collect());
        throughput.insert(which, cps);
        cpu_per_call.insert(which, cpu);
        let label = format!("{which:?}").to_lowercase();
        report.line(format!(
            "  {label:<12} {cps:>9.0} calls/s   p50 {:>6.0} µs   p99 {:>6.0} µs   peak RSS {:>6.1} MiB   CPU {cpu:>5.1} µs/call (client and server)",
            p50,
            p99,
            rss as f64 / 1024.0
        ));
        summary.insert(
            label,
            json!({"calls_per_s": cps, "p50_us": p50, "p99_us": p99, "peak_rss_kb": rss,
                   "cpu_us_per_call": cpu, "runs": mine}),
        );
    }
    let g = throughput[&Which::Generated];
    let h = throughput[&Which::Handwritten];
    let r = throughput[&Which::Hyper];
    report.line(format!(
        "  ratio generated/hand-written throughput: {:.2} (target >= 0.97)",
        g / h
    ));
    report.line(format!("  ratio generated/hyper throughput: {:.2}", g / r));
    let (gc, hc) = (
        cpu_per_call[&Which::Generated],
        cpu_per_call[&Which::Handwritten],
    );
    report.line(format!(
        "  CPU per call, generated - hand-written: {:+.1} µs ({:+.1}%)",
        gc - hc,
        (gc / hc - 1.0) * 100.0
    ));
    summary.insert(
        "cpu_us_per_call_generated_minus_handwritten".into(),
        json!(gc - hc),
    );
    summary.insert("ratio_generated_handwritten".into(), json!(g / h));
    summary.insert("ratio_generated_hyper".into(), json!(g / r));
    summary.insert("target_met".into(), json!(g / h >= 0.97));
    report.section("per_call_overhead", summary);
    Ok(())
}

/// Benchmark 2: the cost of one signature, and signatures made over 10,000 calls.
fn usersig(report: &mut Report, quick: bool) -> Result<(), String> {
    let n = if quick { 5_000 } else { 20_000 };
    report.line("\n[2] UserSig (TLSSigAPIv2)");
    let t = Instant::now();
    for i in 0..n {
        std::hint::black_box(tencent_chat::usersig::sign(
            KEY.as_bytes(),
            APP,
            "administrator",
            1_700_000_000 + i,
            86_400,
        ));
    }
    let per_sig_us = t.elapsed().as_secs_f64() * 1e6 / n as f64;
    // Verification, which the emulator does, for comparison.
    let sig =
        tencent_chat::usersig::sign(KEY.as_bytes(), APP, "administrator", 1_700_000_000, 86_400);
    let t = Instant::now();
    for _ in 0..n {
        let _ = std::hint::black_box(tencent_chat::usersig::verify(
            sig.expose(),
            KEY.as_bytes(),
            APP,
            "administrator",
            1_700_000_001,
        ));
    }
    let per_verify_us = t.elapsed().as_secs_f64() * 1e6 / n as f64;
    let rt = runtime()?;
    let steady = rt.block_on(overhead::run(overhead::Which::Generated, 10_000, 32))?;
    let signed = steady.usersigs_signed.unwrap_or(0);
    report.line(format!(
        "  one signature: {per_sig_us:.1} µs (verification: {per_verify_us:.1} µs), over {n} signatures"
    ));
    report.line(format!(
        "  signatures made by the client over 10,000 calls (plus warm-up): {signed} (target 1)"
    ));
    report.section(
        "usersig",
        json!({"sign_us": per_sig_us, "verify_us": per_verify_us,
               "signatures_per_10000_calls": signed, "target_met": signed == 1}),
    );
    Ok(())
}

/// Benchmark 3: generator expansion and incremental builds against synthetic specs.
fn codegen_scaling(report: &mut Report, ws: &Path, quick: bool) -> Result<(), String> {
    let sizes = [4usize, 50, 200, 1000];
    let build_sizes: &[usize] = if quick {
        &[4, 200]
    } else {
        &[4, 50, 200, 1000]
    };
    report.line(format!(
        "\n[3] code generation scaling: synthetic endpoints {sizes:?}; incremental `cargo build` after one spec edit at {build_sizes:?}"
    ));
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut results = Vec::new();
    for &n in &sizes {
        let dir = tmp.path().join(format!("specs-{n}"));
        codegen::synthesize(ws, &dir, n)?;
        let runs = if n >= 1000 { 3 } else { 5 };
        let expand = codegen::expand_ms(&dir, runs)?;
        results.push(codegen::Size {
            endpoints: n,
            expand_ms: expand,
            expand_ms_per_endpoint: expand / n as f64,
            full_build_s: None,
            incremental_build_s: None,
        });
    }
    let bench = codegen::BuildBench::new(ws)?;
    for &n in build_sizes {
        codegen::synthesize(ws, &bench.specs(), n)?;
        let full = bench.build()?;
        bench.edit_one(1)?;
        let incremental = bench.build()?;
        if let Some(r) = results.iter_mut().find(|r| r.endpoints == n) {
            r.full_build_s = Some(full);
            r.incremental_build_s = Some(incremental);
        }
    }
    for r in &results {
        let build = match (r.full_build_s, r.incremental_build_s) {
            (Some(f), Some(i)) => format!(
                "   build after writing the specs {f:>6.1} s   after editing one {i:>5.1} s"
            ),
            _ => String::new(),
        };
        report.line(format!(
            "  {:>5} endpoints: expansion {:>8.1} ms ({:.3} ms/endpoint){build}",
            r.endpoints, r.expand_ms, r.expand_ms_per_endpoint
        ));
    }
    let per = |n: usize| {
        results
            .iter()
            .find(|r| r.endpoints == n)
            .map_or(0.0, |r| r.expand_ms_per_endpoint)
    };
    let growth = per(1000) / per(50);
    let worst = results
        .iter()
        .filter(|r| r.endpoints >= 50)
        .map(|r| r.expand_ms_per_endpoint)
        .fold(0.0, f64::max);
    let at_200 = results
        .iter()
        .find(|r| r.endpoints == 200)
        .and_then(|r| r.incremental_build_s);
    report.line(format!(
        "  per-endpoint expansion at 1000 vs 50: {growth:.2}x ({}); worst {worst:.3} ms/endpoint (target <= 0.5)",
        if growth < 1.5 { "linear" } else { "super-linear" }
    ));
    if let Some(s) = at_200 {
        report.line(format!(
            "  incremental build after one spec edit at 200 endpoints: {s:.1} s (target <= 10 s)"
        ));
    }
    report.section(
        "codegen_scaling",
        json!({"sizes": results, "per_endpoint_growth_1000_vs_50": growth,
               "linear": growth < 1.5, "expansion_target_met": worst <= 0.5,
               "incremental_200_s": at_200,
               "incremental_target_met": at_200.map(|s| s <= 10.0)}),
    );
    Ok(())
}

/// Benchmark 4: removing 10,000 members through the batch helper, against the
/// emulator with its documented rate limits; and 50,000, where the limit binds.
fn bulk(report: &mut Report) -> Result<(), String> {
    report.line("\n[4] bulk: removing members (silently) with call_batched against the emulator (rate limits on, client and emulator)");
    let rt = runtime()?;
    let mut all = Vec::new();
    for members in [10_000, 50_000] {
        let free = rt.block_on(emulated::bulk(members, false))?;
        let b = rt.block_on(emulated::bulk(members, true))?;
        report.line(format!(
            "  {members} members: {} requests (batches of at most {}), {} failed, {} members left (the owner)",
            b.requests, b.batch_size, b.batches_failed, b.members_left
        ));
        report.line(format!(
            "    most calls in any one-second window: {} sent by the client (exact), {} reaching the emulator (sampled every ms); spec limit {}",
            b.max_sends_in_one_second, b.max_calls_in_one_second, b.rate_limit_per_second
        ));
        report.line(format!(
            "    wall time {:.2} s; the rate limit alone requires {:.2} s, the emulator alone (no limits) takes {:.2} s",
            b.wall_s, b.rate_limit_floor_s, free.wall_s
        ));
        all.push(json!({"limited": b, "unlimited": free}));
    }
    report.section("bulk", &all);
    Ok(())
}

/// Benchmark 5: emulator throughput on a mixed workload at concurrency 64.
fn emulator_throughput(report: &mut Report, quick: bool) -> Result<(), String> {
    let seconds = if quick { 3.0 } else { 10.0 };
    report.line(format!(
        "\n[5] emulator throughput: mixed workload at concurrency 64 for {seconds} s, generated client in the same process"
    ));
    let rt = runtime()?;
    let t = rt.block_on(emulated::throughput(64, seconds, None))?;
    report.line(format!(
        "  {:.0} calls/s ({} calls; outcomes by code {:?}) (target >= 20000)",
        t.calls_per_s, t.calls, t.outcomes
    ));
    report.line(format!("  mix: {}", t.mix.join(", ")));
    report.section("emulator_throughput", &t);
    Ok(())
}

/// Benchmark 6: compile cost. Cold builds of a crate outside the workspace that
/// depends on the client (baseline revision; aws-lc-rs; ring; one service), the
/// `tencent-chat` crate's own compile time per endpoint at growing sizes of
/// real-shaped specs, incremental rebuilds after one spec edit, generated lines.
fn compile_cost(
    report: &mut Report,
    ws: &Path,
    quick: bool,
    baseline_rev: &str,
) -> Result<(), String> {
    let downstream = downstream_builds(report, ws, quick, baseline_rev)?;
    let sizes = crate_sizes(report, ws, quick)?;
    report.section(
        "compile_cost",
        json!({"downstream": downstream, "sizes": sizes}),
    );
    Ok(())
}

fn tencent_chat_s(b: &compile::Build) -> f64 {
    b.tencent_chat_s.unwrap_or(f64::NAN)
}

/// The wall times of `builds`, for the report: "56.8 / 59.3".
fn walls(builds: &[compile::Build]) -> String {
    builds
        .iter()
        .map(|b| format!("{:.1}", b.wall_s))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The fastest of `builds` (interference on the machine only adds time).
fn fastest(builds: Vec<compile::Build>) -> Option<compile::Build> {
    builds
        .into_iter()
        .min_by(|a, b| a.wall_s.total_cmp(&b.wall_s))
}

/// Cold builds of a crate outside the workspace; the JSON section.
fn downstream_builds(
    report: &mut Report,
    ws: &Path,
    quick: bool,
    baseline_rev: &str,
) -> Result<Value, String> {
    use compile::{Build, ONE_SERVICE};
    report.line(format!(
        "\n[6] compile cost: cold debug builds of a crate outside the workspace depending on tencent-chat (own target folder each{}); the tencent-chat crate's own time from `cargo build --timings`",
        if quick { "; the one-service build reuses the dependencies" } else { "" }
    ));
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let root = tmp.path();
    let lock = ws.join("Cargo.lock");
    let client = ws.join("crates/client");
    let downstream = |name: &str,
                      client: &Path,
                      lock: &Path,
                      features: Option<&[&str]>,
                      target: &str|
     -> Result<Build, String> {
        let dir = root.join(format!("downstream-{name}"));
        compile::downstream_crate(&dir, client, lock, features)?;
        compile::build(&dir, &root.join(target), &[])
    };

    // The baseline: the client as it was, with its defaults (reqwest's `rustls`, i.e.
    // aws-lc-rs; every endpoint; prettyplease in the generator).
    let baseline_dir = root.join("baseline");
    let baseline = compile::checkout(ws, baseline_rev, &baseline_dir).and_then(|()| {
        downstream(
            "baseline",
            &baseline_dir.join("crates/client"),
            &baseline_dir.join("Cargo.lock"),
            None,
            "target-baseline",
        )
    });
    let baseline = match baseline {
        Ok(b) => Some(b),
        Err(e) => {
            report.line(format!("  baseline {baseline_rev} not measured: {e}"));
            None
        }
    };
    // The configuration before the features, on today's code: aws-lc-rs, every
    // service, JSON Schemas and hooks compiled in. It and the default are the two
    // builds of the target's ratio: each is built `rounds` times, alternating, each
    // time cold in a fresh target folder, and the faster build of each counts (this
    // VM's interference only ever adds time; one build of the same code varied by a
    // third between runs).
    let rounds = if quick { 1 } else { 2 };
    let mut old_builds = Vec::new();
    let mut default_builds = Vec::new();
    for round in 0..rounds {
        old_builds.push(downstream(
            "old-config",
            &client,
            &lock,
            Some(&["tls-aws-lc", "all-services", "webhooks", "hooks"]),
            &format!("target-old-config-{round}"),
        )?);
        default_builds.push(downstream(
            "default",
            &client,
            &lock,
            None,
            &format!("target-default-{round}"),
        )?);
    }
    let (old_walls, default_walls) = (walls(&old_builds), walls(&default_builds));
    let old_config = fastest(old_builds).ok_or("no old-config build")?;
    let default = fastest(default_builds).ok_or("no default build")?;
    let aws = downstream(
        "aws-lc",
        &client,
        &lock,
        Some(&["tls-aws-lc", "all-services", "webhooks"]),
        "target-aws-lc",
    )?;
    let one_target = if quick {
        "target-default-0"
    } else {
        "target-one"
    };
    // The one-service build, compared with the default's: as many rounds, the faster
    // counts.
    let mut one_builds = Vec::new();
    for round in 0..rounds {
        let target = if quick {
            one_target.to_owned()
        } else {
            format!("{one_target}-{round}")
        };
        one_builds.push(downstream(
            "one-service",
            &client,
            &lock,
            Some(&["tls-ring", ONE_SERVICE]),
            &target,
        )?);
    }
    let one_walls = walls(&one_builds);
    let one = fastest(one_builds).ok_or("no one-service build")?;

    let crate_s = tencent_chat_s;
    let line = |label: &str, b: &Build| {
        // The units that differ between configurations, when built.
        let parts: Vec<String> = [
            "aws-lc-sys",
            "aws-lc-rs",
            "ring",
            "prettyplease",
            "schemars",
            "schemars_derive",
        ]
        .iter()
        .filter(|name| b.all_units.iter().any(|u| u.name == **name))
        .map(|name| format!("{name} {:.1} s", b.unit_s(name)))
        .collect();
        format!(
            "  {label:<44} {:>6.1} s   ({} units; tencent-chat {:.1} s; {})",
            b.wall_s,
            b.units,
            crate_s(b),
            parts.join(", ")
        )
    };
    if let Some(b) = &baseline {
        report.line(line(
            &format!("baseline {baseline_rev:.12} (aws-lc-rs, all)"),
            b,
        ));
    }
    report.line(line(
        "tls-aws-lc, all services, hooks (old config)",
        &old_config,
    ));
    report.line(line("tls-aws-lc, all services", &aws));
    report.line(line("default (tls-ring, all services)", &default));
    report.line(line(
        &format!(
            "tls-ring, `{ONE_SERVICE}` only{}",
            if quick { " (dependencies built)" } else { "" }
        ),
        &one,
    ));
    let default_vs_old = default.wall_s / old_config.wall_s;
    report.line(format!(
        "  default cold build / old configuration, same code: {:.1} / {:.1} s = {default_vs_old:.2} (target <= 0.6; the faster of {rounds} cold builds each: default {default_walls} s, old configuration {old_walls} s)",
        default.wall_s, old_config.wall_s
    ));
    let default_vs_baseline = baseline.as_ref().map(|b| default.wall_s / b.wall_s);
    if let Some(r) = default_vs_baseline {
        report.line(format!(
            "  default cold build / baseline revision's cold build (fewer endpoints then): {r:.2}"
        ));
    }
    report.line(format!(
        "  ring / aws-lc-rs cold build, same code: {:.2}",
        default.wall_s / aws.wall_s
    ));
    let one_vs_all = crate_s(&one) / crate_s(&default);
    report.line(format!(
        "  one service / all services, the tencent-chat crate: {:.1} s / {:.1} s = {one_vs_all:.2} (target <= 0.6; from the faster of {rounds} cold builds each: one service {one_walls} s)",
        crate_s(&one),
        crate_s(&default)
    ));
    if !quick {
        report.line(format!(
            "  one service / all services, whole cold build: {:.2}",
            one.wall_s / default.wall_s
        ));
    }
    let build_json = |b: &Build| {
        json!({"wall_s": b.wall_s, "units": b.units, "tencent_chat_s": b.tencent_chat_s,
        "aws_lc_sys_s": b.unit_s("aws-lc-sys"), "ring_s": b.unit_s("ring"), "slowest": b.slowest})
    };
    Ok(json!({
        "baseline_rev": baseline_rev,
        "baseline": baseline.as_ref().map(build_json),
        "old_config": build_json(&old_config),
        "aws_lc": build_json(&aws),
        "default": build_json(&default),
        "one_service": {"service": ONE_SERVICE, "dependencies_built": quick, "build": build_json(&one)},
        "default_vs_baseline": default_vs_baseline,
        "default_vs_old_config": default_vs_old,
        "rounds": rounds,
        "default_walls_s": default_walls,
        "old_config_walls_s": old_walls,
        "default_target_met": default_vs_old <= 0.6,
        "one_vs_all_crate": one_vs_all,
        "one_service_target_met": one_vs_all <= 0.6,
    }))
}

/// The `tencent-chat` crate's own compile time, incremental rebuilds and generated
/// lines at growing sizes of real-shaped specs; the JSON section.
fn crate_sizes(report: &mut Report, ws: &Path, quick: bool) -> Result<Value, String> {
    let crate_s = tencent_chat_s;
    report.line(
        "  the tencent-chat crate in a copy of the workspace, real specs and copies of them (default features):",
    );
    let real = compile::real_specs(&ws.join("specs"))?.len();
    // Today's size, then the larger of 100 and 200.
    let larger: &[usize] = if quick { &[200] } else { &[100, 200] };
    let sizes: Vec<usize> = std::iter::once(real)
        .chain(larger.iter().copied().filter(|&n| n > real))
        .collect();
    let bench = codegen::BuildBench::new(ws)?;
    codegen::copy_tree(&ws.join("specs"), &bench.specs()).map_err(|e| e.to_string())?;
    // The copy's manifest gets every copied service's feature once, up front: the
    // builds at smaller sizes then only differ by the specs.
    let manifest = bench.root().join("crates/client/Cargo.toml");
    let services = compile::real_shaped(
        &ws.join("specs"),
        &bench.specs(),
        sizes.iter().copied().max().unwrap_or(0),
    )?;
    compile::add_service_features(&manifest, &services)?;
    let mut sized = Vec::new();
    for (k, &n) in sizes.iter().enumerate() {
        compile::real_shaped(&ws.join("specs"), &bench.specs(), n)?;
        let (_, lines_per_endpoint, own_lines) = compile::generated_lines(&bench.specs())?;
        let full = compile::build(bench.root(), bench.target(), &["-p", "tencent-chat"])?;
        // The rebuild after one spec edit, `edits` times (a different edit each time);
        // the median counts.
        let edits = if quick { 1 } else { 3 };
        let mut rebuilds = Vec::new();
        for e in 0..edits {
            compile::edit_one(&bench.specs(), k * edits + e)?;
            rebuilds.push(compile::build(
                bench.root(),
                bench.target(),
                &["-p", "tencent-chat"],
            )?);
        }
        rebuilds.sort_by(|a, b| a.wall_s.total_cmp(&b.wall_s));
        let all_rebuilds = walls(&rebuilds);
        let incremental = rebuilds.swap_remove(rebuilds.len() / 2);
        let crate_time = crate_s(&full);
        report.line(format!(
            "  {n:>4} endpoints: tencent-chat crate {crate_time:>6.1} s ({:.2} s/endpoint); after one spec edit: build {:>5.1} s (crate {:.1} s; median of {edits}: {all_rebuilds} s); generated {lines_per_endpoint:.0} lines/endpoint ({own_lines:.0} in the endpoint's own items)",
            crate_time / n as f64,
            incremental.wall_s,
            crate_s(&incremental),
        ));
        sized.push(json!({"endpoints": n, "crate_s": crate_time, "crate_s_per_endpoint": crate_time / n as f64,
            "incremental_wall_s": incremental.wall_s, "incremental_crate_s": incremental.tencent_chat_s,
            "generated_lines_per_endpoint": lines_per_endpoint, "endpoint_item_lines": own_lines}));
    }
    let at_200 = sized
        .iter()
        .find(|s| s["endpoints"] == 200)
        .and_then(|s| s["incremental_wall_s"].as_f64());
    if let Some(s) = at_200 {
        report.line(format!(
            "  incremental build after one spec edit at 200 real-shaped endpoints: {s:.1} s (target <= 10 s)"
        ));
    }
    Ok(json!({
        "sizes": sized,
        "incremental_200_s": at_200,
        "incremental_target_met": at_200.map(|s| s <= 10.0),
    }))
}
