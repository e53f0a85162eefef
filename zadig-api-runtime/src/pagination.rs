//! Walking a paginated list endpoint page by page, as one stream of items.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::future::BoxFuture;
use futures_util::stream::{Stream, StreamExt};

use crate::error::Result;
use crate::request::{CallOptions, Request};
use crate::send::{Expect, Received};

/// One page of a list endpoint: its items and, when the server says, the total number of items
/// of the whole list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// The number of items of all pages, if the server sent it.
    pub total: Option<i64>,
}

/// Builds the request of page `n` of a list, with its call's settings.
#[doc(hidden)]
pub type PageRequest<'a> = Box<dyn FnMut(i64) -> (Request, CallOptions) + Send + 'a>;

/// Sends the request of page `n`. Not generic, so the compiler proves once, outside any
/// generic code, that a future holding the client is `Send`.
fn fetcher<'a>(
    client: &'a crate::client::Core,
    expect: Expect,
    mut request: PageRequest<'a>,
) -> Box<dyn FnMut(i64) -> BoxFuture<'a, Result<Received>> + Send + 'a> {
    Box::new(move |page| {
        let (request, options) = request(page);
        client.execute(request, options, expect)
    })
}

type FetchPage<'a, T> = Box<dyn FnMut(i64) -> BoxFuture<'a, Result<Page<T>>> + Send + 'a>;

/// All items of a paginated list, fetched one page at a time as they are read.
///
/// A [`Stream`] of `Result<T>`: it fetches a page, yields its items, and fetches the next page
/// only when those are used up. It stops after an empty page, after a page shorter than the
/// page size, after a page longer than the page size (the server ignored the paging
/// parameters and sent everything), and after the page that brings the items seen to exactly
/// the total the server reported. A response without a total is not a total of 0, and a total
/// the items already passed is not believed: neither ends the walk early. An error is yielded
/// once and ends the stream.
///
/// ```no_run
/// # async fn demo<T>(mut items: zadig_api::Paginated<'_, T>) -> zadig_api::Result<()> {
/// while let Some(item) = items.next_item().await {
///     let _item: T = item?;
/// }
/// # Ok(()) }
/// ```
pub struct Paginated<'a, T> {
    fetch: FetchPage<'a, T>,
    next_page: i64,
    page_size: i64,
    in_flight: Option<BoxFuture<'a, Result<Page<T>>>>,
    items: std::vec::IntoIter<T>,
    seen: i64,
    done: bool,
}

impl<'a, T> Paginated<'a, T> {
    /// Starts at page `first_page` with `page_size` items a page; `fetch(n)` gets page `n`.
    #[doc(hidden)]
    pub fn new<F>(first_page: i64, page_size: i64, fetch: F) -> Self
    where
        F: FnMut(i64) -> BoxFuture<'a, Result<Page<T>>> + Send + 'a,
    {
        Paginated {
            fetch: Box::new(fetch),
            next_page: first_page,
            page_size,
            in_flight: None,
            items: Vec::new().into_iter(),
            // Starting past page 1, the earlier pages count towards the total.
            seen: first_page
                .saturating_sub(1)
                .max(0)
                .saturating_mul(page_size.max(0)),
            done: false,
        }
    }

    /// The pages of a list endpoint: `request(n)` builds page `n`'s request and `read` decodes
    /// one answer. The client is only touched by [`fetcher`]: proving a future that holds it
    /// `Send` inside generic code cost about a tenth of the runtime's build.
    #[doc(hidden)]
    pub fn of_requests(
        client: &'a crate::client::Core,
        first_page: i64,
        page_size: i64,
        expect: Expect,
        request: PageRequest<'a>,
        read: fn(Received) -> Result<Page<T>>,
    ) -> Self
    where
        T: Send + 'a,
    {
        let mut fetch = fetcher(client, expect, request);
        Self::new(first_page, page_size, move |page| {
            let received = fetch(page);
            Box::pin(async move { read(received.await?) })
        })
    }

    /// The next item, `None` after the last one. A shortcut for `futures_util::StreamExt::next`.
    pub async fn next_item(&mut self) -> Option<Result<T>> {
        self.next().await
    }

    /// Reads every remaining item into a `Vec`, stopping at the first error.
    pub async fn collect_all(mut self) -> Result<Vec<T>> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }

    fn take_page(&mut self, page: Page<T>) {
        let count = i64::try_from(page.items.len()).unwrap_or(i64::MAX);
        self.seen = self.seen.saturating_add(count);
        self.next_page = self.next_page.saturating_add(1);
        // The pages decide; a reported total only ends the walk when the items reach it
        // exactly. A total the items pass (a `0` from a proxy, a count that went stale) is
        // wrong, and the walk goes on to a short or empty page rather than drop the rest.
        let short = self.page_size > 0 && count < self.page_size;
        let whole_list = self.page_size > 0 && count > self.page_size;
        let total_reached = page.total == Some(self.seen);
        let last = count == 0 || short || whole_list || total_reached;
        if last {
            self.done = true;
        }
        self.items = page.items.into_iter();
    }
}

// Nothing is pinned in place: the page future is boxed.
impl<T> Unpin for Paginated<'_, T> {}

impl<T> Stream for Paginated<'_, T> {
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if this.done {
                return Poll::Ready(None);
            }
            let future = match &mut this.in_flight {
                Some(future) => future,
                None => this.in_flight.insert((this.fetch)(this.next_page)),
            };
            let result = match future.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(result) => result,
            };
            this.in_flight = None;
            match result {
                Ok(page) => this.take_page(page),
                Err(error) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(error)));
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let buffered = self.items.len();
        (buffered, if self.done { Some(buffered) } else { None })
    }
}

impl<T> fmt::Debug for Paginated<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginated")
            .field("next_page", &self.next_page)
            .field("page_size", &self.page_size)
            .field("seen", &self.seen)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::FutureExt;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn pages(
        sizes: Vec<usize>,
        total: Option<i64>,
        page_size: i64,
    ) -> (Paginated<'static, usize>, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let stream = Paginated::new(1, page_size, move |page| {
            counter.fetch_add(1, Ordering::SeqCst);
            let size = sizes.get((page - 1) as usize).copied().unwrap_or(0);
            let start = (page as usize - 1) * 1000;
            async move {
                Ok(Page {
                    items: (start..start + size).collect(),
                    total,
                })
            }
            .boxed()
        });
        (stream, calls)
    }

    fn run<T>(stream: Paginated<'_, T>) -> Vec<T> {
        let runtime = tokio::runtime::Builder::new_current_thread().build();
        runtime
            .map(|rt| rt.block_on(stream.collect_all()).unwrap_or_default())
            .unwrap_or_default()
    }

    #[test]
    fn stops_at_total() {
        let (stream, calls) = pages(vec![50, 50, 1, 7], Some(101), 50);
        assert_eq!(run(stream).len(), 101);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn stops_at_short_page_without_total() {
        let (stream, calls) = pages(vec![10, 10, 3, 10], None, 10);
        assert_eq!(run(stream).len(), 23);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn stops_at_empty_page_and_oversized_page() {
        let (stream, calls) = pages(vec![10, 0, 10], Some(1000), 10);
        assert_eq!(run(stream).len(), 10);
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        let (stream, calls) = pages(vec![25, 25], None, 10);
        assert_eq!(run(stream).len(), 25);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
