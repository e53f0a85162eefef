// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "pets")]
#[tokio::test]
async fn list_pets() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/pets",
        query: &[("shopKey", "shopKey value & more"), ("sort", "sort value & more")],
        body: None,
        reply: Reply::Json(
            "{/"total/":1,/"pets/":[{/"id/":/"text/",/"status/":/"Sleeping/"}]}",
        ),
        release: crate::Release::V1_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_pets("shopKey value & more")
        .sort("sort value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "pets")]
#[cfg(feature = "blocking")]
#[test]
fn list_pets_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/pets",
        query: &[("shopKey", "shopKey value & more"), ("sort", "sort value & more")],
        body: None,
        reply: Reply::Json(
            "{/"total/":1,/"pets/":[{/"id/":/"text/",/"status/":/"Sleeping/"}]}",
        ),
        release: crate::Release::V1_0_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_pets("shopKey value & more")
        .sort("sort value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "pets")]
#[tokio::test]
async fn get_pet() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/pets/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{/"id/":/"text/",/"status/":/"Sleeping/"}"),
        release: crate::Release::V1_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_pet("id a/b?c d").send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "pets")]
#[cfg(feature = "blocking")]
#[test]
fn get_pet_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/pets/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{/"id/":/"text/",/"status/":/"Sleeping/"}"),
        release: crate::Release::V1_0_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_pet("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "pets")]
#[tokio::test]
async fn create_pet() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/pets",
        query: &[],
        body: Some("{/"id/":/"text/",/"status/":/"Sleeping/",/"name/":0}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V1_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_pet(
            match serde_json::from_str::<
                crate::types::Pet,
            >("{/"id/":/"text/",/"status/":/"Sleeping/",/"name/":0}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "pets")]
#[cfg(feature = "blocking")]
#[test]
fn create_pet_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/pets",
        query: &[],
        body: Some("{/"id/":/"text/",/"status/":/"Sleeping/",/"name/":0}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V1_0_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_pet(
            match serde_json::from_str::<
                crate::types::Pet,
            >("{/"id/":/"text/",/"status/":/"Sleeping/",/"name/":0}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "pets")]
#[tokio::test]
async fn get_pet_log() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/pets/id%20a%2Fb%3Fc%20d/log",
        query: &[],
        body: None,
        reply: Reply::Json("{/"any/":[/"json/",1]}"),
        release: crate::Release::V1_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_pet_log("id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "pets")]
#[cfg(feature = "blocking")]
#[test]
fn get_pet_log_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/pets/id%20a%2Fb%3Fc%20d/log",
        query: &[],
        body: None,
        reply: Reply::Json("{/"any/":[/"json/",1]}"),
        release: crate::Release::V1_0_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_pet_log("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "pets")]
#[tokio::test]
async fn delete_pet() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/pets/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V1_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.delete_pet("id a/b?c d").send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "pets")]
#[cfg(feature = "blocking")]
#[test]
fn delete_pet_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/pets/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V1_0_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_pet("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "pets")]
#[tokio::test]
async fn feed_pet() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/pets/id%20a%2Fb%3Fc%20d/feed",
        query: &[],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V1_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.feed_pet("id a/b?c d").send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "pets")]
#[cfg(feature = "blocking")]
#[test]
fn feed_pet_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/pets/id%20a%2Fb%3Fc%20d/feed",
        query: &[],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V1_0_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.feed_pet("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
