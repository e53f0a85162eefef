//! Pagination against a local server: page count, stop rules, errors.

mod runtime_support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures_util::StreamExt;
use runtime_support::{client, raw_server, respond};
use serde_json::json;
use zadig_api::__private::{paginate, paginate_from};

/// Serves `/items?pageNum=N&pageSize=S` from a list of `len` numbers; `total` is included when
/// `with_total`. Counts requests.
async fn list_server(len: usize, with_total: bool) -> (String, Arc<AtomicUsize>) {
    list_server_reporting(len, with_total.then_some(len)).await
}

/// As [`list_server`], reporting `total` whatever the list holds (`None`: no `total` key).
async fn list_server_reporting(len: usize, total: Option<usize>) -> (String, Arc<AtomicUsize>) {
    let (base, count) = raw_server(move |request, socket| async move {
        let line = request.request_line().to_owned();
        let query = line
            .split(' ')
            .nth(1)
            .and_then(|t| t.split_once('?'))
            .map(|(_, q)| q.to_owned())
            .unwrap_or_default();
        let param = |name: &str| -> usize {
            query
                .split('&')
                .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        let (page, size) = (param("pageNum"), param("pageSize"));
        let start = (page.saturating_sub(1) * size).min(len);
        let end = (start + size).min(len);
        let items: Vec<usize> = (start..end).collect();
        let body = match total {
            Some(total) => json!({"list": items, "total": total}),
            None => json!({"list": items}),
        };
        respond(
            socket,
            "200 OK",
            "application/json",
            body.to_string().as_bytes(),
        )
        .await;
    })
    .await;
    (base, count)
}

#[tokio::test]
async fn three_pages_with_total_give_every_item_in_three_requests() {
    let (base, count) = list_server(101, true).await;
    let client = client(&base);
    let items: Vec<_> = paginate(&client, "/items", 50)
        .map(|item| item.unwrap())
        .collect()
        .await;
    assert_eq!(items.len(), 101);
    assert_eq!(items, (0..101).map(|n| json!(n)).collect::<Vec<_>>());
    assert_eq!(count.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn starting_past_page_one_counts_the_skipped_pages_towards_the_total() {
    // 5 items, 2 a page, starting at page 2: pages 2 and 3 hold items 2..5; no page 4.
    let (base, count) = list_server(5, true).await;
    let client = client(&base);
    let items = paginate_from(&client, "/items", 2, 2)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(items, vec![json!(2), json!(3), json!(4)]);
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn without_total_a_short_page_ends_the_list() {
    let (base, count) = list_server(101, false).await;
    let client = client(&base);
    let items = paginate(&client, "/items", 50).collect_all().await.unwrap();
    assert_eq!(items.len(), 101);
    assert_eq!(count.load(Ordering::SeqCst), 3);

    // An exact multiple of the page size needs one more (empty) page to know it is the end.
    let (base, count) = list_server(100, false).await;
    let client = runtime_support::client(&base);
    let items = paginate(&client, "/items", 50).collect_all().await.unwrap();
    assert_eq!(items.len(), 100);
    assert_eq!(count.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn an_empty_first_page_yields_nothing() {
    for with_total in [true, false] {
        let (base, count) = list_server(0, with_total).await;
        let client = client(&base);
        let items = paginate(&client, "/items", 50).collect_all().await.unwrap();
        assert!(items.is_empty());
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }
}

#[tokio::test]
async fn pages_are_fetched_lazily() {
    let (base, count) = list_server(500, true).await;
    let client = client(&base);
    let mut stream = paginate(&client, "/items", 10);
    assert_eq!(count.load(Ordering::SeqCst), 0);
    for _ in 0..10 {
        stream.next_item().await.unwrap().unwrap();
    }
    assert_eq!(count.load(Ordering::SeqCst), 1);
    stream.next_item().await.unwrap().unwrap();
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn an_error_is_yielded_once_and_ends_the_stream() {
    let (base, count) = raw_server(|request, socket| async move {
        if request.request_line().contains("pageNum=1&") {
            respond(
                socket,
                "200 OK",
                "application/json",
                br#"{"list":[1,2],"total":10}"#,
            )
            .await;
        } else {
            respond(
                socket,
                "400 Bad Request",
                "application/json",
                br#"{"code":1,"message":"bad page"}"#,
            )
            .await;
        }
    })
    .await;
    let client = client(&base);
    let items: Vec<_> = paginate(&client, "/items", 2).collect().await;
    assert_eq!(items.len(), 3);
    assert!(items[0].is_ok() && items[1].is_ok());
    assert_eq!(items[2].as_ref().unwrap_err().api_code(), Some(1));
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

/// Every item of a 101-item list in pages of 50, with the server reporting `total`.
async fn walk(total: Option<usize>) -> (Vec<u64>, usize) {
    let (base, count) = list_server_reporting(101, total).await;
    let client = client(&base);
    let items: Vec<u64> = paginate(&client, "/items", 50)
        .map(|item| item.unwrap().as_u64().unwrap())
        .collect()
        .await;
    (items, count.load(Ordering::SeqCst))
}

#[tokio::test]
async fn no_total_is_not_a_total_of_zero() {
    let (items, requests) = walk(None).await;
    assert_eq!(items, (0..101).collect::<Vec<_>>());
    assert_eq!(requests, 3, "full, full, then the short page ends the list");
}

#[tokio::test]
async fn a_total_of_zero_with_items_does_not_stop_the_walk() {
    let (items, requests) = walk(Some(0)).await;
    assert_eq!(items.len(), 101, "nothing is dropped after the first page");
    assert_eq!(requests, 3);
}

#[tokio::test]
async fn a_total_that_disagrees_with_the_pages_loses_no_item() {
    // Smaller than the list: the items passed it, so it is not believed.
    let (items, requests) = walk(Some(20)).await;
    assert_eq!(items.len(), 101);
    assert_eq!(requests, 3);
    // Larger than the list: the short page ends it, without asking for pages that are not.
    let (items, requests) = walk(Some(500)).await;
    assert_eq!(items.len(), 101);
    assert_eq!(requests, 3);
}

#[tokio::test]
async fn a_total_reached_exactly_spares_the_empty_page() {
    let (base, count) = list_server_reporting(100, Some(100)).await;
    let client = client(&base);
    let items: Vec<serde_json::Value> = paginate(&client, "/items", 50)
        .map(|item| item.unwrap())
        .collect()
        .await;
    assert_eq!(items.len(), 100);
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[test]
fn a_page_without_a_total_decodes_as_no_total() {
    let absent: zadig_api::types::WorkflowTaskList =
        serde_json::from_str(r#"{"workflow_tasks": []}"#).unwrap();
    assert_eq!(absent.total, None);
    let zero: zadig_api::types::WorkflowTaskList =
        serde_json::from_str(r#"{"workflow_tasks": [], "total": 0}"#).unwrap();
    assert_eq!(zero.total, Some(0));
}
