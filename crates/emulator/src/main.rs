//! `tencent-chat-emulator`: the emulator as a standalone server.
//!
//! ```text
//! tencent-chat-emulator --listen 127.0.0.1:8080 --sdkappid 1400000000 --secret-key KEY \
//!     [--admin administrator] [--state FILE]
//! ```
//!
//! `--print-usersig` prints a UserSig for curl. Logs one line per call (endpoint, outcome, latency, query without the UserSig) and
//! stops on Ctrl-C or SIGTERM, saving the state file.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use tencent_chat_emulator::{DEFAULT_APP_ID, Emulator};

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
    #[arg(long)]
    secret_key: String,
    /// The app admin's identifier.
    #[arg(long, default_value = tencent_chat::DEFAULT_ADMIN)]
    admin: String,
    /// State file: loaded on start, saved on shutdown and periodically.
    #[arg(long)]
    state: Option<PathBuf>,
    /// Seconds between saves of a changed state.
    #[arg(long, default_value_t = 30.0)]
    save_interval: f64,
    /// Do not apply the documented per-endpoint rate limits.
    #[arg(long)]
    no_rate_limits: bool,
    /// Log only warnings and errors, not every call.
    #[arg(long)]
    quiet: bool,
    /// Print a UserSig of the admin, valid for a day, and exit (for curl and the like).
    #[arg(long)]
    print_usersig: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    if args.print_usersig {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let credentials =
            tencent_chat::Credentials::new(args.sdkappid, args.secret_key).admin(args.admin);
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
        .secret_key(args.secret_key)
        .admin(args.admin)
        .rate_limits(!args.no_rate_limits);
    if let Some(path) = args.state {
        builder = builder.state_file(path);
    }
    if args.save_interval.is_finite() && args.save_interval > 0.0 {
        builder = builder.save_interval(Duration::from_secs_f64(args.save_interval));
    }
    let mut signals = StopSignals::install();
    let emulator = match builder.start().await {
        Ok(emulator) => emulator,
        Err(e) => {
            tracing::error!("{e}");
            return ExitCode::FAILURE;
        }
    };
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
