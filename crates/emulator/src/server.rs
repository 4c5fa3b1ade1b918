//! The HTTP server: accepts connections, drives each with hyper, routes calls, and
//! applies faults. Shutdown stops accepting, lets calls in progress finish, and saves.
//!
//! What a client can make it hold is bounded before it proves who it is: the number
//! of connections (a semaphore; connections beyond it are closed at once), the time
//! to send a head (hyper's header timeout, which also ends idle keep-alive
//! connections) and its size, and the body, which is read only after the query
//! authenticated the call, up to a size and within a time. A client that stops
//! taking an answer loses its connection after the body timeout.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Body;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode, header};
use hyper_util::rt::{TokioIo, TokioTimer};
use tencent_chat::PublicError;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;

use crate::fault::Fault;
use crate::wire::{self, Denied};
use crate::{Error, Inner, Route};

/// How much of a request's path and query a log line or an ErrorInfo repeats.
const LOGGED_BYTES: usize = 256;

/// The largest request head (request line and headers) read; hyper would otherwise
/// take heads up to its read buffer's size, about 400 KiB. Longer heads are answered
/// with HTTP 431 and the connection closed. Real heads are a few hundred bytes: the
/// query is five short parameters and a UserSig of about 200.
const MAX_HEAD_BYTES: usize = 64 * 1024;

pub(crate) async fn run(
    inner: Arc<Inner>,
    listener: TcpListener,
    mut shutdown: watch::Receiver<bool>,
    save_interval: Duration,
    grace: Duration,
) -> Result<(), Error> {
    let mut conns = JoinSet::new();
    let for_connections = shutdown.clone();
    let slots = Arc::new(Semaphore::new(inner.limits.max_connections));
    let mut refused: u64 = 0;
    let mut saved = inner.generation.load(Ordering::Acquire);
    let mut tick = tokio::time::interval(save_interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tick.tick().await;
    loop {
        tokio::select! {
            biased;
            _ = stopped(&mut shutdown) => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => match slots.clone().try_acquire_owned() {
                    Ok(slot) => {
                        conns.spawn(connection(inner.clone(), stream, for_connections.clone(), slot));
                    }
                    Err(_) => {
                        // Closed at once: the client sees the connection end.
                        drop(stream);
                        refused += 1;
                        // Logged at 1, 2, 4, 8, ... refusals: a flood cannot flood the log.
                        if refused.is_power_of_two() {
                            tracing::warn!(
                                %peer,
                                refused,
                                max = inner.limits.max_connections,
                                "too many connections: closing new ones"
                            );
                        }
                    }
                },
                Err(e) => {
                    // Out of file descriptors and the like: wait a little, go on.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            },
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            _ = tick.tick(), if inner.state_file.is_some() => {
                let generation = inner.generation.load(Ordering::Acquire);
                if generation != saved {
                    match inner.save().await {
                        Ok(()) => saved = generation,
                        Err(e) => tracing::warn!(error = %e, "periodic save failed"),
                    }
                }
            }
        }
    }
    drop(listener);
    let drained =
        tokio::time::timeout(grace, async { while conns.join_next().await.is_some() {} }).await;
    if drained.is_err() {
        tracing::warn!(
            open = conns.len(),
            "closing connections still busy after the shutdown grace"
        );
        conns.abort_all();
        while conns.join_next().await.is_some() {}
    }
    let result = inner.save().await;
    tracing::info!("emulator stopped");
    result
}

/// Completes when a stop is requested (or the emulator handle is gone).
async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stop| *stop).await;
}

async fn connection(
    inner: Arc<Inner>,
    stream: TcpStream,
    mut shutdown: watch::Receiver<bool>,
    // Held until the connection ends.
    _slot: OwnedSemaphorePermit,
) {
    let _ = stream.set_nodelay(true);
    // A second handle on the socket, to send a reset (SO_LINGER 0) after hyper
    // dropped its own.
    let reset_handle = socket2::SockRef::from(&stream).try_clone().ok();
    let reset = Arc::new(Notify::new());
    let header_timeout = inner.limits.header_timeout;
    let stall = inner.limits.body_timeout;
    let service = {
        let reset = reset.clone();
        service_fn(move |request| handle(inner.clone(), reset.clone(), request))
    };
    let conn = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .max_header_size(MAX_HEAD_BYTES)
        .keep_alive(true)
        .serve_connection(TokioIo::new(StallGuard::new(stream, stall)), service);
    tokio::pin!(conn);
    let mut draining = false;
    loop {
        tokio::select! {
            _ = conn.as_mut() => return,
            _ = stopped(&mut shutdown), if !draining => {
                draining = true;
                conn.as_mut().graceful_shutdown();
            }
            _ = reset.notified() => {
                if let Some(socket) = &reset_handle {
                    let _ = socket.set_linger(Some(Duration::ZERO));
                }
                return;
            }
        }
    }
}

/// A connection's socket whose writes fail once they make no progress for `stall`:
/// a client that stops reading its answer cannot keep its connection (and its slot)
/// for ever.
struct StallGuard<T> {
    io: T,
    stall: Duration,
    /// Running while a write waits for the client.
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<T> StallGuard<T> {
    fn new(io: T, stall: Duration) -> Self {
        StallGuard {
            io,
            stall,
            timer: None,
        }
    }

    /// A write is pending: pending still, or an error once it has waited too long.
    fn stalled<R>(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<R>> {
        let stall = self.stall;
        let timer = self
            .timer
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(stall)));
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client took no data of the answer in time",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }

    fn progress<R>(
        &mut self,
        cx: &mut Context<'_>,
        done: Poll<io::Result<R>>,
    ) -> Poll<io::Result<R>> {
        match done {
            Poll::Ready(result) => {
                self.timer = None;
                Poll::Ready(result)
            }
            Poll::Pending => self.stalled(cx),
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for StallGuard<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for StallGuard<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let done = Pin::new(&mut this.io).poll_write(cx, buf);
        this.progress(cx, done)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let done = Pin::new(&mut this.io).poll_write_vectored(cx, bufs);
        this.progress(cx, done)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let done = Pin::new(&mut this.io).poll_flush(cx);
        this.progress(cx, done)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let done = Pin::new(&mut this.io).poll_shutdown(cx);
        this.progress(cx, done)
    }
}

/// What to send back.
enum Answer {
    /// HTTP 200 with a JSON body; `code` is its ErrorCode, for the log.
    Json { code: i64, body: Vec<u8> },
    /// Another HTTP status (an injected fault).
    Status(u16),
    /// HTTP 200 with a body that is not JSON (an injected fault).
    NotJson,
    /// No answer: the connection is reset (an injected fault).
    Reset,
}

impl Answer {
    fn denied(d: Denied) -> Self {
        Answer::Json {
            code: d.code,
            body: wire::failure(d.code, &d.info),
        }
    }

    fn public(e: PublicError, info: &str) -> Self {
        Answer::Json {
            code: e.code(),
            body: wire::failure(e.code(), info),
        }
    }
}

async fn handle(
    inner: Arc<Inner>,
    reset: Arc<Notify>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let started = Instant::now();
    let (parts, body) = request.into_parts();
    let path = parts.uri.path().trim_start_matches('/');
    let query = parts.uri.query().unwrap_or("");
    // The body is read only for a call that passed every check of its query.
    let (answer, after) = match admit(&inner, &parts.method, path, query) {
        Err(refused) => refused,
        Ok((route, after)) => match read_body(&inner, body).await {
            Ok(body) => {
                let (code, body) =
                    crate::callbacks::serve(&inner, route.info, route.handler, &body).await;
                (Answer::Json { code, body }, after)
            }
            Err(refused) => (refused, None),
        },
    };
    let note = match &after {
        Some(Fault::TruncatedBody) => " (fault: truncated body)",
        Some(Fault::Delay(_)) => " (fault: delayed)",
        _ => "",
    };
    let answer = match (answer, after) {
        (Answer::Json { code, body }, Some(Fault::TruncatedBody)) => {
            let cut = body.len() / 2;
            Answer::Json {
                code,
                body: body[..cut].to_vec(),
            }
        }
        (answer, Some(Fault::Delay(delay))) => {
            tokio::time::sleep(delay).await;
            answer
        }
        (answer, _) => answer,
    };
    if tracing::enabled!(tracing::Level::INFO) {
        let outcome = match &answer {
            Answer::Json { code, .. } => code.to_string(),
            Answer::Status(status) => format!("HTTP {status} (fault)"),
            Answer::NotJson => "malformed body (fault)".to_owned(),
            Answer::Reset => "connection reset (fault)".to_owned(),
        };
        tracing::info!(
            target: "tencent_chat_emulator::call",
            "/{} -> {outcome}{note} in {:.3} ms ({})",
            clipped(path),
            started.elapsed().as_secs_f64() * 1000.0,
            clipped(&wire::redacted_query(query)),
        );
    }
    // The service's status for every service-level outcome (specs/envelope.json).
    let service_status =
        StatusCode::from_u16(tencent_chat::envelope::HTTP_STATUS).unwrap_or(StatusCode::OK);
    let response = match answer {
        Answer::Json { body, .. } => Response::builder()
            .status(service_status)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Full::new(Bytes::from(body))),
        Answer::Status(status) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
            Response::builder()
                .status(status)
                .header(header::CONTENT_TYPE, "text/html")
                .body(Full::new(Bytes::from(format!(
                    "<html><body><h1>{status}</h1></body></html>"
                ))))
        }
        Answer::NotJson => Response::builder()
            .status(service_status)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Full::new(Bytes::from_static(
                b"<html><body>upstream answered garbage</body></html>",
            ))),
        Answer::Reset => {
            reset.notify_one();
            // The connection task drops the connection; this answer never goes out.
            let never: Infallible = std::future::pending().await;
            match never {}
        }
    };
    Ok(response.unwrap_or_else(|_| Response::new(Full::new(Bytes::new()))))
}

/// `text`, or its first [`LOGGED_BYTES`] bytes and how many were left out.
fn clipped(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= LOGGED_BYTES {
        return text.into();
    }
    let mut cut = LOGGED_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}...[{} more bytes]", &text[..cut], text.len() - cut).into()
}

/// Reads a request body, up to the size limit and within the body timeout.
async fn read_body(inner: &Inner, body: Incoming) -> Result<Bytes, Answer> {
    let max = inner.limits.max_body_bytes;
    let too_large = || {
        Answer::public(
            PublicError::HttpRequestMalformed,
            &format!("the body is larger than {max} bytes"),
        )
    };
    // A Content-Length over the limit is refused before anything is read.
    if body.size_hint().lower() > max as u64 {
        return Err(too_large());
    }
    let timeout = inner.limits.body_timeout;
    match tokio::time::timeout(timeout, Limited::new(body, max).collect()).await {
        Ok(Ok(body)) => Ok(body.to_bytes()),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => Err(too_large()),
        Ok(Err(e)) => Err(Answer::public(
            PublicError::HttpRequestMalformed,
            &format!("cannot read the body: {e}"),
        )),
        Err(_) => Err(Answer::public(
            PublicError::RequestTimeoutOrMalformed,
            &format!("the body did not arrive within {timeout:?}"),
        )),
    }
}

/// What a refused call answers, and a fault to apply to the answer afterwards.
type Refused = (Answer, Option<Fault>);

/// Routes and authenticates one call from its method, path and query, takes its
/// fault and rate-limit slot. Returns the route and a fault to apply after running it (delay, truncation); or the
/// answer of a refused call. Only calls that authenticated take a fault.
fn admit<'i>(
    inner: &'i Inner,
    method: &hyper::Method,
    path: &str,
    query: &str,
) -> Result<(&'i Route, Option<Fault>), Refused> {
    let Some(route) = inner.route(path) else {
        return Err((
            Answer::public(
                PublicError::ResourceNotFound,
                &format!("no endpoint /{}", clipped(path)),
            ),
            None,
        ));
    };
    route.calls.fetch_add(1, Ordering::Relaxed);
    if method.as_str() != tencent_chat::envelope::METHOD {
        return Err((
            Answer::public(
                PublicError::HttpRequestMalformed,
                &format!(
                    "method {method} instead of {}",
                    tencent_chat::envelope::METHOD
                ),
            ),
            None,
        ));
    }
    if let Err(denied) = wire::authenticate(inner, query) {
        return Err((Answer::denied(denied), None));
    }
    let mut after = None;
    if inner.pending_faults.load(Ordering::Acquire) > 0
        && let Some((fault, used_up)) = route.faults.take()
    {
        if used_up {
            inner.pending_faults.fetch_sub(1, Ordering::AcqRel);
        }
        match fault {
            Fault::HttpStatus(status) => return Err((Answer::Status(status), None)),
            Fault::Reset => return Err((Answer::Reset, None)),
            Fault::MalformedBody => return Err((Answer::NotJson, None)),
            Fault::ErrorCode(code) => {
                return Err((
                    Answer::Json {
                        code,
                        body: wire::failure(code, "injected fault"),
                    },
                    None,
                ));
            }
            fault @ (Fault::Delay(_) | Fault::TruncatedBody) => after = Some(fault),
        }
    }
    if !route.bucket.admit() {
        let limit = route
            .bucket
            .limit()
            .unwrap_or(crate::RateLimit::per_second(0));
        return Err((
            Answer::public(
                PublicError::RestApiRateLimited,
                &format!(
                    "more than {} calls of /{path} per {:?}",
                    limit.calls, limit.per
                ),
            ),
            after,
        ));
    }
    Ok((route, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipping_keeps_short_text_and_cuts_long_text_on_a_char_boundary() {
        assert_eq!(clipped("v4/sns/group_add"), "v4/sns/group_add");
        let exact = "a".repeat(LOGGED_BYTES);
        assert_eq!(clipped(&exact), exact);
        let long = "a".repeat(LOGGED_BYTES + 10);
        assert_eq!(
            clipped(&long),
            format!("{}...[10 more bytes]", "a".repeat(LOGGED_BYTES))
        );
        // A two-byte character across the cut is left out whole.
        let text = format!("{}é{}", "a".repeat(LOGGED_BYTES - 1), "b".repeat(5));
        let cut = clipped(&text);
        assert!(cut.starts_with(&"a".repeat(LOGGED_BYTES - 1)));
        assert!(cut.ends_with("...[7 more bytes]"), "{cut}");
    }
}
