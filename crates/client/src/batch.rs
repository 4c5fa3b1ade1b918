//! Splitting a request whose list exceeds the spec's maximum into calls that fit,
//! and running them concurrently within the endpoint's rate limit.
//!
//! Which lists can be split, and into how many items, comes from the specs
//! ([`EndpointInfo::batch_fields`](crate::EndpointInfo::batch_fields)): removing
//! 10,000 members becomes 100 `delete_group_member` calls of at most 100, deleting 70
//! friend lists 3 `sns/group_delete` calls of at most 32.

use std::ops::Range;

use tokio::task::JoinSet;

use crate::client::{CallOptions, Client};
use crate::endpoint::Endpoint;
use crate::error::Error;

/// One part of a split request.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch<R> {
    /// Position of this batch among all of them.
    pub index: usize,
    /// Positions, in the original list, of the items this batch carries.
    pub items: Range<usize>,
    /// The request of this batch: the original with only those items.
    pub request: R,
}

/// The outcome of one batch of [`Client::call_batched`].
#[derive(Debug)]
pub struct BatchResult<R: Endpoint> {
    /// Position of this batch among all of them.
    pub index: usize,
    /// Positions, in the original list, of the items this batch carried.
    pub items: Range<usize>,
    /// The batch's outcome.
    pub result: Result<R::Response, Error<R::Error>>,
}

fn rebuild_error<R: Endpoint>(message: String) -> Error<R::Error> {
    Error::Decode {
        endpoint: R::INFO.path,
        message,
        excerpt: String::new(),
    }
}

/// Splits `request` along the first batch field of its spec that holds more items
/// than allowed, into requests of at most that many items. A request within every
/// limit comes back as one batch. Nothing is validated here; each batch is checked
/// when it is called.
pub fn split<R: Endpoint>(request: &R) -> Result<Vec<Batch<R>>, Error<R::Error>> {
    let info = R::INFO;
    let over = info.batch_fields.iter().find_map(|field| {
        let len = request.batch_len(field.field)?;
        (len > field.max_items as usize).then_some((field, len))
    });
    let Some((field, len)) = over else {
        let len = info
            .batch_fields
            .first()
            .and_then(|f| request.batch_len(f.field))
            .unwrap_or(0);
        return Ok(vec![Batch {
            index: 0,
            items: 0..len,
            request: request.clone(),
        }]);
    };
    let size = (field.max_items as usize).max(1);
    let mut batches = Vec::with_capacity(len.div_ceil(size));
    for (index, start) in (0..len).step_by(size).enumerate() {
        let items = start..(start + size).min(len);
        let request = request
            .batch_part(field.field, items.clone())
            .ok_or_else(|| {
                rebuild_error::<R>(format!(
                    "cannot build batch {index} of {}: the request type does not split that list",
                    field.field
                ))
            })?;
        batches.push(Batch {
            index,
            items,
            request,
        });
    }
    Ok(batches)
}

impl Client {
    /// Calls the endpoint of `request`, split into as many calls as its spec's item
    /// limits require (see [`split`]). Every batch is checked before any is sent; then
    /// they run concurrently (at most
    /// [`batch_concurrency`](crate::ClientBuilder::batch_concurrency) at once, and
    /// within the endpoint's rate limit), each with the client's retries.
    ///
    /// Returns one result per batch, in order; a batch that fails does not stop the
    /// others. The error case is a request refused before anything was sent.
    ///
    /// ```no_run
    /// # use tencent_chat::{Client, group_open_http_svc::DeleteGroupMemberRequest};
    /// # async fn run(client: Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let members: Vec<String> = (0..10_000).map(|i| format!("user{i}")).collect();
    /// let request = DeleteGroupMemberRequest::new("@TGS#2J4SZEAEL", members);
    /// for batch in client.call_batched(&request).await? {
    ///     if let Err(e) = batch.result {
    ///         eprintln!("members {:?} not removed: {e}", batch.items);
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn call_batched<R: Endpoint>(
        &self,
        request: &R,
    ) -> Result<Vec<BatchResult<R>>, Error<R::Error>> {
        self.call_batched_with(request, &CallOptions::default())
            .await
    }

    /// [`call_batched`](Self::call_batched) with per-call options, applied to each batch.
    pub async fn call_batched_with<R: Endpoint>(
        &self,
        request: &R,
        options: &CallOptions,
    ) -> Result<Vec<BatchResult<R>>, Error<R::Error>> {
        let batches = split(request)?;
        for batch in &batches {
            batch
                .request
                .validate()
                .map_err(|source| Error::InvalidRequest {
                    endpoint: R::INFO.path,
                    source: Box::new(source),
                })?;
        }
        let total = batches.len();
        let mut pending = batches.into_iter();
        let mut running = JoinSet::new();
        let mut results: Vec<BatchResult<R>> = Vec::with_capacity(total);
        let spawn = |running: &mut JoinSet<BatchResult<R>>, batch: Batch<R>| {
            let client = self.clone();
            let options = options.clone();
            running.spawn(async move {
                let result = client.call_with(&batch.request, &options).await;
                BatchResult {
                    index: batch.index,
                    items: batch.items,
                    result,
                }
            });
        };
        for batch in pending.by_ref().take(self.batch_concurrency()) {
            spawn(&mut running, batch);
        }
        while let Some(done) = running.join_next().await {
            match done {
                Ok(result) => results.push(result),
                // A batch task panicked: carry the panic to the caller.
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                Err(_) => {}
            }
            if let Some(batch) = pending.next() {
                spawn(&mut running, batch);
            }
        }
        results.sort_by_key(|r| r.index);
        Ok(results)
    }
}
