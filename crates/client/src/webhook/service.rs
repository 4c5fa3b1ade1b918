//! The callback handler: a `tower::Service` over HTTP requests, and an axum router.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};

use super::{CallbackQuery, Reply, VerifyError, WebhookConfig};
use crate::webhooks::Event;

/// The future of [`WebhookService`].
pub type WebhookFuture =
    Pin<Box<dyn Future<Output = Result<http::Response<Full<Bytes>>, Infallible>> + Send>>;

/// Verifies, decodes and routes callbacks to an async user function
/// `Fn(Event) -> impl Future<Output = Reply>`, answering HTTP 200 with the reply.
///
/// A request whose query is malformed or unverified (wrong `SdkAppid`, bad or stale
/// signature), or whose body is not a callback, never reaches the function: it gets
/// the failure answer (`ActionStatus` `FAIL`, `ErrorCode` 1), which a "before"
/// callback's action treats as a refusal or a failed callback. The service waits
/// about two seconds for an answer ([`ANSWER_BUDGET`](super::ANSWER_BUDGET)); a
/// slower user function is logged with `tracing` at warn level.
pub struct WebhookService<F> {
    config: Arc<WebhookConfig>,
    handler: Arc<F>,
}

impl<F> Clone for WebhookService<F> {
    fn clone(&self) -> Self {
        WebhookService {
            config: self.config.clone(),
            handler: self.handler.clone(),
        }
    }
}

impl<F> std::fmt::Debug for WebhookService<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookService")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl<F, Fut> WebhookService<F>
where
    F: Fn(Event) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Reply> + Send + 'static,
{
    /// A service accepting what `config` accepts and calling `handler` per event.
    pub fn new(config: WebhookConfig, handler: F) -> Self {
        WebhookService {
            config: Arc::new(config),
            handler: Arc::new(handler),
        }
    }
}

impl<F, Fut, B> tower_service::Service<http::Request<B>> for WebhookService<F>
where
    F: Fn(Event) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Reply> + Send + 'static,
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: std::fmt::Display,
{
    type Response = http::Response<Full<Bytes>>;
    type Error = Infallible;
    type Future = WebhookFuture;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> WebhookFuture {
        let this = self.clone();
        Box::pin(async move { Ok(handle_request(&this.config, &*this.handler, request).await) })
    }
}

fn respond(reply: &Reply) -> http::Response<Full<Bytes>> {
    let body = serde_json::to_vec(reply.body()).unwrap_or_default();
    let mut response = http::Response::new(Full::new(Bytes::from(body)));
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    response
}

fn refused(error: &VerifyError) -> http::Response<Full<Bytes>> {
    tracing::warn!(%error, "callback refused before reaching the handler");
    respond(&Reply::failure(error.to_string()))
}

/// One request through the checks and `handler`: what [`WebhookService`] does.
pub async fn handle_request<F, Fut, B>(
    config: &WebhookConfig,
    handler: &F,
    request: http::Request<B>,
) -> http::Response<Full<Bytes>>
where
    F: Fn(Event) -> Fut,
    Fut: Future<Output = Reply>,
    B: http_body::Body,
    B::Error: std::fmt::Display,
{
    if request.method() != http::Method::POST {
        return refused(&VerifyError::BadQuery(
            "callbacks are POST requests".to_owned(),
        ));
    }
    let query = match CallbackQuery::parse(request.uri().query().unwrap_or("")) {
        Ok(q) => q,
        Err(e) => return refused(&e),
    };
    if let Err(e) = config.verify(&query) {
        return refused(&e);
    }
    let body = match request.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => return refused(&VerifyError::BadBody(e.to_string())),
    };
    let event = match Event::from_slice(&body) {
        Ok(event) => event,
        Err(e) => return refused(&VerifyError::BadBody(e.to_string())),
    };
    if event.command() != query.callback_command {
        return refused(&VerifyError::CommandMismatch);
    }
    let command = query.callback_command.clone();
    let started = Instant::now();
    let reply = handler(event).await;
    let took = started.elapsed();
    if took > config.slow_after {
        tracing::warn!(
            command = %command,
            took_ms = took.as_millis() as u64,
            budget_ms = config.slow_after.as_millis() as u64,
            "callback handler slower than the answer budget; the service may have given up on the answer"
        );
    }
    respond(&reply)
}

/// An axum router answering callbacks at `path` (feature `axum`).
///
/// ```no_run
/// # async fn run() {
/// use tencent_chat::webhook::{Reply, WebhookConfig, router};
/// use tencent_chat::webhooks::Event;
/// let app = router("/im/callback", WebhookConfig::new(1400000000).token("secret"), |event: Event| async move {
///     match event {
///         Event::GroupBeforeSendMsg(msg) if msg.from_account == "spammer" => Reply::refuse(),
///         _ => Reply::ack(),
///     }
/// });
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await.unwrap();
/// axum::serve(listener, app).await.unwrap();
/// # }
/// ```
#[cfg(feature = "axum")]
pub fn router<F, Fut>(path: &str, config: WebhookConfig, handler: F) -> axum::Router
where
    F: Fn(Event) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Reply> + Send + 'static,
{
    axum::Router::new().route_service(
        path,
        axum::routing::post_service(WebhookService::new(config, handler)),
    )
}
