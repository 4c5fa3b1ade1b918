//! Paging: reading every page of an endpoint whose results come over several calls.
//!
//! An endpoint whose spec has a `paging` key implements [`Paged`] (generated from
//! the key: which request fields carry the cursor or offset, which response fields
//! give the next value, what marks the last answer). [`Client::pages`] turns a first
//! request into a [`Stream`] of answers, and [`Client::items`] into a stream of the
//! items of every answer. Each page is an ordinary call: limits checked, rate limit,
//! retries, UserSig. The stream ends after the last page, after the first error, or
//! with [`PagingError::RepeatedRequest`] when the service hands back a cursor it had
//! already given, which would otherwise page forever.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

pub use futures_util::Stream;
use futures_util::StreamExt;
use serde::Serialize;

use crate::client::{CallOptions, Client};
use crate::endpoint::{Endpoint, EndpointError};
use crate::error::Error;

/// A request of an endpoint that pages. Implemented by the generated request types of
/// endpoints whose spec has a `paging` key.
pub trait Paged: Endpoint {
    /// One item of a page (a member, a group ID, ...).
    type Item: Send + 'static;

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page. `received` counts the items of every page so far, this one's
    /// included.
    fn next_page(
        &self,
        response: &Self::Response,
        received: u64,
    ) -> Result<Option<Self>, PagingError>;

    /// The number of items in one page.
    fn page_len(response: &Self::Response) -> usize;

    /// The items of one page, in the order the service gave them.
    fn into_items(response: Self::Response) -> Vec<Self::Item>;
}

/// Why paging stopped although no call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PagingError {
    /// The answer lacks the field the next request takes its cursor from.
    #[error("the answer has no {field}, which carries the cursor of the next page")]
    MissingCursor {
        /// The response field's wire name.
        field: &'static str,
    },
    /// The next request would repeat an earlier one (the service returned a cursor
    /// it had already returned): paging would never end.
    #[error("the service returned a cursor it had returned before; paging stopped")]
    RepeatedRequest,
    /// The next offset does not fit its field.
    #[error("the next offset does not fit {field}")]
    OffsetOverflow {
        /// The request field's wire name.
        field: &'static str,
    },
}

/// An error of a paged read: a failed call, or a paging problem.
#[derive(Debug, thiserror::Error)]
pub enum PageError<E: EndpointError> {
    /// A page's call failed.
    #[error(transparent)]
    Call(#[from] Error<E>),
    /// The answers did not lead to a next request (see [`PagingError`]).
    #[error("{endpoint}: {source}")]
    Paging {
        /// The endpoint's path.
        endpoint: &'static str,
        /// What went wrong.
        source: PagingError,
    },
}

struct State<R: Paged> {
    client: Client,
    options: CallOptions,
    next: Option<R>,
    /// Fingerprints of the requests sent so far.
    sent: HashSet<u64>,
    received: u64,
    /// An error to yield after the page that revealed it.
    failed: Option<PageError<R::Error>>,
}

/// A fingerprint of a request's wire form. A request that cannot be encoded gets a
/// fresh value: the call itself reports the encoding error.
fn fingerprint<R: Serialize>(request: &R, sent: &HashSet<u64>) -> u64 {
    match serde_json::to_vec(request) {
        Ok(bytes) => {
            let mut h = DefaultHasher::new();
            bytes.hash(&mut h);
            h.finish()
        }
        Err(_) => (0..).find(|n| !sent.contains(n)).unwrap_or(0),
    }
}

impl Client {
    /// Reads every page of a paged endpoint, starting with `request`: a stream of
    /// answers, one call per page, within the endpoint's rate limit and with the
    /// client's retries. It ends after the last page or after the first error.
    ///
    /// ```no_run
    /// # use tencent_chat::{Client, group_open_http_svc::GetGroupMemberInfoRequest};
    /// use futures_util::StreamExt;
    /// # async fn run(client: Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let first = GetGroupMemberInfoRequest::new("@TGS#1NVTZEAE4").limit(100);
    /// let mut pages = std::pin::pin!(client.pages(first));
    /// while let Some(page) = pages.next().await {
    ///     println!("{} members", page?.member_list.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages<R: Paged>(
        &self,
        request: R,
    ) -> impl Stream<Item = Result<R::Response, PageError<R::Error>>> + Send + 'static {
        self.pages_with(request, CallOptions::default())
    }

    /// [`pages`](Self::pages) with per-call options, applied to each page.
    pub fn pages_with<R: Paged>(
        &self,
        request: R,
        options: CallOptions,
    ) -> impl Stream<Item = Result<R::Response, PageError<R::Error>>> + Send + 'static {
        let mut sent = HashSet::new();
        sent.insert(fingerprint(&request, &sent));
        let state = State {
            client: self.clone(),
            options,
            next: Some(request),
            sent,
            received: 0,
            failed: None,
        };
        futures_util::stream::unfold(state, |mut st| async move {
            if let Some(e) = st.failed.take() {
                return Some((Err(e), st));
            }
            let request = st.next.take()?;
            let response = match st.client.call_with(&request, &st.options).await {
                Ok(response) => response,
                Err(e) => return Some((Err(PageError::Call(e)), st)),
            };
            st.received = st.received.saturating_add(R::page_len(&response) as u64);
            let paging = |source| PageError::Paging {
                endpoint: R::INFO.path,
                source,
            };
            match request.next_page(&response, st.received) {
                Ok(Some(next)) => {
                    if st.sent.insert(fingerprint(&next, &st.sent)) {
                        st.next = Some(next);
                    } else {
                        st.failed = Some(paging(PagingError::RepeatedRequest));
                    }
                }
                Ok(None) => {}
                Err(e) => st.failed = Some(paging(e)),
            }
            Some((Ok(response), st))
        })
    }

    /// The items of every page of a paged endpoint, in order (see
    /// [`pages`](Self::pages)). An error is the stream's last element.
    pub fn items<R: Paged>(
        &self,
        request: R,
    ) -> impl Stream<Item = Result<R::Item, PageError<R::Error>>> + Send + 'static {
        self.items_with(request, CallOptions::default())
    }

    /// [`items`](Self::items) with per-call options, applied to each page.
    pub fn items_with<R: Paged>(
        &self,
        request: R,
        options: CallOptions,
    ) -> impl Stream<Item = Result<R::Item, PageError<R::Error>>> + Send + 'static {
        self.pages_with(request, options).flat_map(|page| {
            let items: Vec<_> = match page {
                Ok(response) => R::into_items(response).into_iter().map(Ok).collect(),
                Err(e) => vec![Err(e)],
            };
            futures_util::stream::iter(items)
        })
    }
}

/// A field's wire value as a count: an integer, or decimal digits in a string.
/// `None` for an absent optional field or anything else.
#[doc(hidden)]
pub fn wire_count<T: Serialize>(value: &T) -> Option<u64> {
    match serde_json::to_value(value).ok()? {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// Whether a field's wire value equals `literal` (JSON text from a spec). An absent
/// optional field equals nothing.
#[doc(hidden)]
pub fn wire_equals<T: Serialize>(value: &T, literal: &str) -> bool {
    match (
        serde_json::to_value(value),
        serde_json::from_str::<serde_json::Value>(literal),
    ) {
        (Ok(serde_json::Value::Null), _) => false,
        (Ok(v), Ok(l)) => v == l,
        _ => false,
    }
}

/// The next offset: `current` (absent counts as 0) advanced by `items`.
#[doc(hidden)]
pub fn next_offset<T: Serialize + TryFrom<u64>>(
    current: &impl Serialize,
    items: u64,
    field: &'static str,
) -> Result<T, PagingError> {
    wire_count(current)
        .unwrap_or(0)
        .checked_add(items)
        .and_then(|n| T::try_from(n).ok())
        .ok_or(PagingError::OffsetOverflow { field })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_values() {
        assert_eq!(wire_count(&Some(5u32)), Some(5));
        assert_eq!(wire_count(&None::<u32>), None);
        assert_eq!(wire_count(&"12"), Some(12));
        assert!(wire_equals(&Some(String::new()), "\"\""));
        assert!(!wire_equals(&Some("7".to_owned()), "\"\""));
        assert!(!wire_equals(&None::<String>, "null"));
        assert!(wire_equals(&1u8, "1"));
        assert_eq!(next_offset::<u32>(&Some(3u32), 4, "Offset"), Ok(7));
        assert_eq!(next_offset::<u32>(&None::<u32>, 4, "Offset"), Ok(4));
        assert_eq!(
            next_offset::<u32>(&Some(u32::MAX), 1, "Offset"),
            Err(PagingError::OffsetOverflow { field: "Offset" })
        );
    }
}
