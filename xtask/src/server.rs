//! A local HTTP server on 127.0.0.1 that records every exchange: it either answers
//! what it is told (the capture server of `conformance`) or forwards to another
//! server (the recording proxy of `conformance record`).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

/// One request received and the answer given.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// HTTP method.
    pub method: String,
    /// URL path.
    pub path: String,
    /// Query parameters in the order sent (percent-decoded).
    pub query: Vec<(String, String)>,
    /// Request headers, names in lower case.
    pub headers: BTreeMap<String, String>,
    /// Request body.
    pub body: Vec<u8>,
    /// Status answered.
    pub status: u16,
    /// Body answered.
    pub response: Vec<u8>,
    /// Forward mode: why the upstream server gave no answer (the answer is then the
    /// proxy's own 502).
    pub upstream_error: Option<String>,
}

/// What the server does with a request.
#[derive(Clone)]
pub enum Mode {
    /// Answers this status and body.
    Answer {
        /// HTTP status.
        status: u16,
        /// Body, sent as `application/json`.
        body: Vec<u8>,
    },
    /// Forwards to `base` (path and query kept) and answers what it answers.
    Forward {
        /// Base URL of the upstream server, without a trailing slash.
        base: String,
        /// The HTTP client used to forward.
        http: reqwest::Client,
    },
}

struct Inner {
    mode: Mode,
    exchanges: Vec<Exchange>,
}

/// The server's handle; cheap to clone.
#[derive(Clone)]
pub struct Server {
    inner: Arc<Mutex<Inner>>,
    url: String,
}

impl Server {
    /// Binds 127.0.0.1 on a free port and serves on the current tokio runtime.
    pub async fn start(mode: Mode) -> std::io::Result<Server> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let server = Server {
            inner: Arc::new(Mutex::new(Inner {
                mode,
                exchanges: Vec::new(),
            })),
            url,
        };
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(server.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(server)
    }

    /// The base URL to give a client: `http://127.0.0.1:<port>`.
    pub fn url(&self) -> &str {
        &self.url
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Changes what the server does with the next requests.
    pub fn set_mode(&self, mode: Mode) {
        self.lock().mode = mode;
    }

    /// The exchanges since the last call, oldest first.
    pub fn take(&self) -> Vec<Exchange> {
        std::mem::take(&mut self.lock().exchanges)
    }
}

async fn handle(
    State(server): State<Server>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let query = axum::extract::Query::<Vec<(String, String)>>::try_from_uri(&uri)
        .map(|q| q.0)
        .unwrap_or_default();
    let mode = server.lock().mode.clone();
    let (status, response, upstream_error) = match mode {
        Mode::Answer { status, body } => (status, body, None),
        Mode::Forward { base, http } => {
            match forward(&http, &base, &method, &uri, &headers, &body).await {
                Ok((status, body)) => (status, body, None),
                Err(e) => (502, format!("recording proxy: {e}").into_bytes(), Some(e)),
            }
        }
    };
    server.lock().exchanges.push(Exchange {
        method: method.to_string(),
        path: uri.path().to_owned(),
        query,
        headers: headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.to_vec(),
        status,
        response: response.clone(),
        upstream_error,
    });
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        response,
    )
        .into_response()
}

/// Forwards one request; `Err` says why no answer came (without the URL, which
/// carries the UserSig).
async fn forward(
    http: &reqwest::Client,
    base: &str,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<(u16, Vec<u8>), String> {
    let target = match uri.query() {
        Some(q) => format!("{base}{}?{q}", uri.path()),
        None => format!("{base}{}", uri.path()),
    };
    let method =
        reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap_or(reqwest::Method::POST);
    let mut request = http.request(method, &target).body(body.to_vec());
    if let Some(ct) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    {
        request = request.header(reqwest::header::CONTENT_TYPE, ct);
    }
    let response = request
        .send()
        .await
        .map_err(|e| format!("upstream unreachable: {}", e.without_url()))?;
    let status = response.status().as_u16();
    let bytes = response
        .bytes()
        .await
        .map_err(|e| format!("cannot read the upstream body: {}", e.without_url()))?;
    Ok((status, bytes.to_vec()))
}
