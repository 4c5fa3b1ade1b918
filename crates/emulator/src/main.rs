//! `tencent-chat-emulator`: the emulator as a standalone server.
//!
//! ```text
//! tencent-chat-emulator --listen 127.0.0.1:8080 --sdkappid 1400000000 --secret-key KEY \
//!     [--admin administrator] [--state FILE] [--max-connections N] [--max-body-bytes N] \
//!     [--header-timeout SECONDS] [--body-timeout SECONDS] [--history-per-group N]
//! ```
//!
//! `--print-usersig` prints a UserSig for curl; `--list` prints every endpoint with its
//! tier (stateful or generic). Logs one line per call (endpoint, outcome, latency, query without the UserSig) and
//! stops on Ctrl-C or SIGTERM, saving the state file.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use tencent_chat_emulator::{
    DEFAULT_APP_ID, DEFAULT_BODY_TIMEOUT, DEFAULT_HEADER_TIMEOUT, DEFAULT_HISTORY_PER_GROUP,
    DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_CONNECTIONS, DEFAULT_NOTIFICATIONS_PER_GROUP, Emulator,
};

/// A positive number of seconds (fractions allowed) that a `Duration` can hold.
#[derive(Debug, Clone, Copy)]
struct Seconds(Duration);

impl std::str::FromStr for Seconds {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let value: f64 = text
            .trim()
            .parse()
            .map_err(|_| format!("{text:?} is not a number of seconds"))?;
        if value.is_nan() || value <= 0.0 {
            return Err(format!("{text} is not a positive number of seconds"));
        }
        Duration::try_from_secs_f64(value)
            .map(Seconds)
            .map_err(|_| format!("{text} seconds is longer than the emulator can wait"))
    }
}

impl std::fmt::Display for Seconds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.as_secs_f64())
    }
}

/// A local Tencent Cloud Chat REST API server for tests.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// The app's SDKAppID.
    #[arg(long, default_value_t = DEFAULT_APP_ID)]
    sdkappid: u32,
    /// The app's secret key; clients sign their UserSigs with it.
    #[arg(long, required_unless_present = "list")]
    secret_key: Option<String>,
    /// The app admin's identifier.
    #[arg(long, default_value = tencent_chat::DEFAULT_ADMIN)]
    admin: String,
    /// State file: loaded on start, saved on shutdown and periodically.
    #[arg(long)]
    state: Option<PathBuf>,
    /// Seconds between saves of a changed state.
    #[arg(long, default_value_t = Seconds(Duration::from_secs(30)))]
    save_interval: Seconds,
    /// Most connections served at once; further ones are closed on accept.
    #[arg(long, default_value_t = DEFAULT_MAX_CONNECTIONS)]
    max_connections: usize,
    /// Largest request body read, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BODY_BYTES)]
    max_body_bytes: usize,
    /// Seconds a connection may take to send a request head, or stay idle.
    #[arg(long, default_value_t = Seconds(DEFAULT_HEADER_TIMEOUT))]
    header_timeout: Seconds,
    /// Seconds a request body may take to arrive.
    #[arg(long, default_value_t = Seconds(DEFAULT_BODY_TIMEOUT))]
    body_timeout: Seconds,
    /// Messages each group keeps (the oldest are dropped beyond it).
    #[arg(long, default_value_t = DEFAULT_HISTORY_PER_GROUP)]
    history_per_group: usize,
    /// System notifications each group keeps (the oldest are dropped beyond it).
    #[arg(long, default_value_t = DEFAULT_NOTIFICATIONS_PER_GROUP)]
    notifications_per_group: usize,
    /// Do not apply the documented per-endpoint rate limits.
    #[arg(long)]
    no_rate_limits: bool,
    /// Log only warnings and errors, not every call.
    #[arg(long)]
    quiet: bool,
    /// Print a UserSig of the admin, valid for a day, and exit (for curl and the like).
    #[arg(long)]
    print_usersig: bool,
    /// Print every endpoint with how it is served (`stateful`: hand-written state
    /// semantics; `generic`: from its spec alone) and exit.
    #[arg(long)]
    list: bool,
    /// Send the callbacks the endpoints trigger to this http:// URL.
    #[arg(long)]
    callback_url: Option<String>,
    /// Sign callbacks with this token (Sign and RequestTime), as the service does
    /// with callback authentication on.
    #[arg(long, requires = "callback_url")]
    callback_token: Option<String>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    if args.list {
        for (path, tier) in tencent_chat_emulator::tiers() {
            println!("{path} {}", tier.as_str());
        }
        return ExitCode::SUCCESS;
    }
    // Present: clap requires it unless --list.
    let secret_key = args.secret_key.unwrap_or_default();
    if args.print_usersig {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let credentials =
            tencent_chat::Credentials::new(args.sdkappid, secret_key).admin(args.admin);
        println!("{}", credentials.sign(now, 86_400).expose());
        return ExitCode::SUCCESS;
    }
    tracing_subscriber::fmt()
        .with_max_level(if args.quiet {
            tracing::Level::WARN
        } else {
            tracing::Level::INFO
        })
        .with_target(false)
        .with_ansi(std::io::stdout().is_terminal())
        .init();
    let mut builder = Emulator::builder()
        .listen(args.listen)
        .sdkappid(args.sdkappid)
        .secret_key(secret_key)
        .admin(args.admin)
        .rate_limits(!args.no_rate_limits)
        .save_interval(args.save_interval.0)
        .max_connections(args.max_connections)
        .max_body_bytes(args.max_body_bytes)
        .header_timeout(args.header_timeout.0)
        .body_timeout(args.body_timeout.0)
        .history_per_group(args.history_per_group)
        .notifications_per_group(args.notifications_per_group);
    if let Some(path) = args.state {
        builder = builder.state_file(path);
    }
    if let Some(url) = args.callback_url {
        builder = builder.callback_url(url);
    }
    if let Some(token) = args.callback_token {
        builder = builder.callback_token(token);
    }
    let mut signals = StopSignals::install();
    let emulator = match builder.start().await {
        Ok(emulator) => emulator,
        Err(e) => {
            tracing::error!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let tiers = tencent_chat_emulator::tiers();
    let generic: Vec<&str> = tiers
        .iter()
        .filter(|(_, t)| *t == tencent_chat_emulator::Tier::Generic)
        .map(|(p, _)| *p)
        .collect();
    tracing::info!(
        "{} endpoints: {} with state semantics, {} generic (from the spec alone){}",
        tiers.len(),
        tiers.len() - generic.len(),
        generic.len(),
        if generic.is_empty() {
            String::new()
        } else {
            format!(": {}", generic.join(", "))
        }
    );
    tracing::info!(
        "serving {} (SDKAppID {}, admin {:?}); Ctrl-C to stop",
        emulator.base_url(),
        emulator.app_id(),
        emulator.admin()
    );
    let signal = signals.recv().await;
    tracing::info!("{signal}: stopping");
    match emulator.stop().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// The stop signals, listened to from creation on (so a signal that arrives right
/// after the server announced itself is not missed).
struct StopSignals {
    #[cfg(unix)]
    interrupt: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
}

impl StopSignals {
    fn install() -> Self {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            StopSignals {
                interrupt: signal(SignalKind::interrupt()).ok(),
                terminate: signal(SignalKind::terminate()).ok(),
            }
        }
        #[cfg(not(unix))]
        {
            StopSignals {}
        }
    }

    /// Waits for Ctrl-C (SIGINT) or, on Unix, SIGTERM; returns which.
    async fn recv(&mut self) -> &'static str {
        #[cfg(unix)]
        {
            async fn next(signal: &mut Option<tokio::signal::unix::Signal>) {
                match signal {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending().await,
                }
            }
            if self.interrupt.is_none() {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => return "interrupted",
                    _ = next(&mut self.terminate) => return "terminated",
                }
            }
            tokio::select! {
                _ = next(&mut self.interrupt) => "interrupted",
                _ = next(&mut self.terminate) => "terminated",
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            "interrupted"
        }
    }
}
