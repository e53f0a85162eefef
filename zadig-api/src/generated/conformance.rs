// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
use crate::runtime::conformance::{Exchange, Reply};
#[tokio::test]
async fn list_artifact_versions() {
    let exchange = Exchange {
        method: "GET",
        path: "/api/aslan/delivery/releases",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_artifact_versions().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_artifact_versions_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/api/aslan/delivery/releases",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_artifact_versions().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_build() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/build",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_build(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_build_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/build",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_build(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_builds() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/build",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_builds().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_builds_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/build",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_builds().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_build() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/build/buildName%20a%2Fb%3Fc%20d/detail",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_build("buildName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_build_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/build/buildName%20a%2Fb%3Fc%20d/detail",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_build("buildName a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_build() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/build",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.delete_build().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_build_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/build",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_build().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_clusters() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/cluster",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_clusters().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_clusters_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/cluster",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_clusters().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_cluster() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/system/cluster",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_cluster(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_cluster_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/system/cluster",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_cluster(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_cluster() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/system/cluster/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_cluster(
            "id a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_cluster_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/system/cluster/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_cluster(
            "id a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_cluster() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/system/cluster/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_cluster("id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_cluster_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/system/cluster/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_cluster("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn check_cluster_istio() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/cluster/istio/check/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .check_cluster_istio("id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn check_cluster_istio_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/cluster/istio/check/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .check_cluster_istio("id a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_code_scan() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/codescan",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_code_scan(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_code_scan_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/codescan",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_code_scan(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_code_scan_task() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/codescan/scanName%20a%2Fb%3Fc%20d/task",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_code_scan_task(
            "scanName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_code_scan_task_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/codescan/scanName%20a%2Fb%3Fc%20d/task",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_code_scan_task(
            "scanName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_code_scan_task() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/codescan/scanName%20a%2Fb%3Fc%20d/task/taskID%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_code_scan_task("scanName a/b?c d", "taskID a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_code_scan_task_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/codescan/scanName%20a%2Fb%3Fc%20d/task/taskID%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_code_scan_task("scanName a/b?c d", "taskID a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_delivery_versions() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_delivery_versions().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_delivery_versions_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_delivery_versions().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_delivery_version() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/delivery/releases/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_delivery_version("id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_delivery_version_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/delivery/releases/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_delivery_version("id a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_k8s_delivery_version() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/k8s",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_k8s_delivery_version(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_k8s_delivery_version_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/k8s",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_k8s_delivery_version(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_helm_delivery_version() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/helm",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_helm_delivery_version(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_helm_delivery_version_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/helm",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_helm_delivery_version(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn retry_delivery_version() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/retry",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .retry_delivery_version(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn retry_delivery_version_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/retry",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .retry_delivery_version(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_environments() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"env_name\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":false,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_name\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":false,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_environments("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_environments_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"env_name\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":false,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_name\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":false,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_environments("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_production_environments() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"env_name\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":true,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_name\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":true,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_production_environments("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_production_environments_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"env_name\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":true,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_name\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":true,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_production_environments("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_environment() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"simple-demo\",\"env_key\":\"dev\",\"update_by\":\"admin\",\"update_time\":1689933256,\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"simple-demo-env-dev\",\"registry_id\":\"630c7ad700430c131062e245\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Resource Limit\",\"related_services\":[\"service1\"]}],\"services\":[{\"service_name\":\"service2\",\"containers\":[{\"name\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\"image_name\":\"myapp-1\"}],\"variable_kvs\":[{\"key\":\"env1\",\"value\":\"demo\",\"type\":\"string\"}],\"status\":\"running\",\"type\":\"k8s\"}],\"status\":\"success\"}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_environment("name a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_environment_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"simple-demo\",\"env_key\":\"dev\",\"update_by\":\"admin\",\"update_time\":1689933256,\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"simple-demo-env-dev\",\"registry_id\":\"630c7ad700430c131062e245\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Resource Limit\",\"related_services\":[\"service1\"]}],\"services\":[{\"service_name\":\"service2\",\"containers\":[{\"name\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\"image_name\":\"myapp-1\"}],\"variable_kvs\":[{\"key\":\"env1\",\"value\":\"demo\",\"type\":\"string\"}],\"status\":\"running\",\"type\":\"k8s\"}],\"status\":\"success\"}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_environment("name a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_production_environment() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"simple-demo\",\"env_key\":\"prod\",\"env_name\":\"prod\",\"update_by\":\"admin\",\"update_time\":1689933256,\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"simple-demo-env-prod\",\"registry_id\":\"630c7ad700430c131062e245\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Resource Limit\",\"related_services\":[\"service1\"]}],\"services\":[{\"service_name\":\"service2\",\"containers\":[{\"name\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\"image_name\":\"myapp-1\"}],\"variable_kvs\":[{\"key\":\"env1\",\"value\":\"demo\",\"type\":\"string\"}],\"status\":\"running\",\"type\":\"k8s\"}],\"status\":\"success\"}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_environment("name a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_production_environment_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"simple-demo\",\"env_key\":\"prod\",\"env_name\":\"prod\",\"update_by\":\"admin\",\"update_time\":1689933256,\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"simple-demo-env-prod\",\"registry_id\":\"630c7ad700430c131062e245\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Resource Limit\",\"related_services\":[\"service1\"]}],\"services\":[{\"service_name\":\"service2\",\"containers\":[{\"name\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\"image_name\":\"myapp-1\"}],\"variable_kvs\":[{\"key\":\"env1\",\"value\":\"demo\",\"type\":\"string\"}],\"status\":\"running\",\"type\":\"k8s\"}],\"status\":\"success\"}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_environment("name a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_environment_service() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/services/serviceName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("workLoadType", "workLoadType value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"service1\",\"scales\":[{\"name\":\"service1\",\"type\":\"Deployment\",\"images\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"image_name\":\"service1\"}],\"pods\":[{\"kind\":\"ReplicaSet\",\"name\":\"service1-5b94c8f98f-hsqfl\",\"status\":\"Running\",\"age\":\"34d\",\"createtime\":1704444315,\"ip\":\"10.200.2.76\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"pod-template-hash\":\"5b94c8f98f\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"containers\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"restart_count\":0,\"status\":\"running\",\"ready\":true,\"ports\":[{\"containerPort\":20211,\"protocol\":\"TCP\"}],\"message\":\"\",\"reason\":\"\",\"started_at\":1704444316}],\"node_name\":\"172.16.0.46\",\"host_ip\":\"172.16.0.46\",\"enable_debug_container\":false,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"\"}],\"replicas\":1,\"zadigx_release_type\":\"\",\"zadigx_release_tag\":\"\"}],\"ingress\":[],\"service_endpoints\":[{\"name\":\"service1\",\"age\":\"119d\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"endpoints\":[{\"service_name\":\"service1\",\"service_port\":20211,\"node_port\":30593}]}],\"cron_jobs\":[],\"namespace\":\"yaml-env-dev\",\"env_name\":\"dev\",\"product_name\":\"yaml\",\"group_name\":\"\"}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_environment_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
            "workLoadType value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_environment_service_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/services/serviceName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("workLoadType", "workLoadType value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"service1\",\"scales\":[{\"name\":\"service1\",\"type\":\"Deployment\",\"images\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"image_name\":\"service1\"}],\"pods\":[{\"kind\":\"ReplicaSet\",\"name\":\"service1-5b94c8f98f-hsqfl\",\"status\":\"Running\",\"age\":\"34d\",\"createtime\":1704444315,\"ip\":\"10.200.2.76\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"pod-template-hash\":\"5b94c8f98f\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"containers\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"restart_count\":0,\"status\":\"running\",\"ready\":true,\"ports\":[{\"containerPort\":20211,\"protocol\":\"TCP\"}],\"message\":\"\",\"reason\":\"\",\"started_at\":1704444316}],\"node_name\":\"172.16.0.46\",\"host_ip\":\"172.16.0.46\",\"enable_debug_container\":false,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"\"}],\"replicas\":1,\"zadigx_release_type\":\"\",\"zadigx_release_tag\":\"\"}],\"ingress\":[],\"service_endpoints\":[{\"name\":\"service1\",\"age\":\"119d\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"endpoints\":[{\"service_name\":\"service1\",\"service_port\":20211,\"node_port\":30593}]}],\"cron_jobs\":[],\"namespace\":\"yaml-env-dev\",\"env_name\":\"dev\",\"product_name\":\"yaml\",\"group_name\":\"\"}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_environment_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
            "workLoadType value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_production_environment_service() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/services/serviceName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("workLoadType", "workLoadType value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"service1\",\"scales\":[{\"name\":\"service1\",\"type\":\"Deployment\",\"images\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"image_name\":\"service1\"}],\"pods\":[{\"kind\":\"ReplicaSet\",\"name\":\"service1-5b94c8f98f-hsqfl\",\"status\":\"Running\",\"age\":\"34d\",\"createtime\":1704444315,\"ip\":\"10.200.2.76\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"pod-template-hash\":\"5b94c8f98f\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"containers\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"restart_count\":0,\"status\":\"running\",\"ready\":true,\"ports\":[{\"containerPort\":20211,\"protocol\":\"TCP\"}],\"message\":\"\",\"reason\":\"\",\"started_at\":1704444316}],\"node_name\":\"172.16.0.46\",\"host_ip\":\"172.16.0.46\",\"enable_debug_container\":false,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"\"}],\"replicas\":1,\"zadigx_release_type\":\"\",\"zadigx_release_tag\":\"\"}],\"ingress\":[],\"service_endpoints\":[{\"name\":\"service1\",\"age\":\"119d\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"endpoints\":[{\"service_name\":\"service1\",\"service_port\":20211,\"node_port\":30593}]}],\"cron_jobs\":[],\"namespace\":\"yaml-env-dev\",\"env_name\":\"dev\",\"product_name\":\"yaml\",\"group_name\":\"\"}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_environment_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
            "workLoadType value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_production_environment_service_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/services/serviceName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("workLoadType", "workLoadType value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"service1\",\"scales\":[{\"name\":\"service1\",\"type\":\"Deployment\",\"images\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"image_name\":\"service1\"}],\"pods\":[{\"kind\":\"ReplicaSet\",\"name\":\"service1-5b94c8f98f-hsqfl\",\"status\":\"Running\",\"age\":\"34d\",\"createtime\":1704444315,\"ip\":\"10.200.2.76\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"pod-template-hash\":\"5b94c8f98f\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"containers\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"restart_count\":0,\"status\":\"running\",\"ready\":true,\"ports\":[{\"containerPort\":20211,\"protocol\":\"TCP\"}],\"message\":\"\",\"reason\":\"\",\"started_at\":1704444316}],\"node_name\":\"172.16.0.46\",\"host_ip\":\"172.16.0.46\",\"enable_debug_container\":false,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"\"}],\"replicas\":1,\"zadigx_release_type\":\"\",\"zadigx_release_tag\":\"\"}],\"ingress\":[],\"service_endpoints\":[{\"name\":\"service1\",\"age\":\"119d\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"endpoints\":[{\"service_name\":\"service1\",\"service_port\":20211,\"node_port\":30593}]}],\"cron_jobs\":[],\"namespace\":\"yaml-env-dev\",\"env_name\":\"dev\",\"product_name\":\"yaml\",\"group_name\":\"\"}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_environment_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
            "workLoadType value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_environment_service_yaml() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/service/yaml",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
        ],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_environment_service_yaml(
            "projectKey value & more",
            "envName value & more",
            "serviceName value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value, "first line\nsecond line\n");
}
#[cfg(feature = "blocking")]
#[test]
fn get_environment_service_yaml_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/service/yaml",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
        ],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_environment_service_yaml(
            "projectKey value & more",
            "envName value & more",
            "serviceName value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value, "first line\nsecond line\n");
}
#[tokio::test]
async fn get_production_environment_service_yaml() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/service/yaml",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
        ],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_environment_service_yaml(
            "projectKey value & more",
            "envName value & more",
            "serviceName value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value, "first line\nsecond line\n");
}
#[cfg(feature = "blocking")]
#[test]
fn get_production_environment_service_yaml_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/service/yaml",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
        ],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_environment_service_yaml(
            "projectKey value & more",
            "envName value & more",
            "serviceName value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value, "first line\nsecond line\n");
}
#[tokio::test]
async fn get_environment_service_values() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/service/values",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
        ],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_environment_service_values(
            "projectKey value & more",
            "envName value & more",
            "serviceName value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value, "first line\nsecond line\n");
}
#[cfg(feature = "blocking")]
#[test]
fn get_environment_service_values_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/service/values",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
        ],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_environment_service_values(
            "projectKey value & more",
            "envName value & more",
            "serviceName value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value, "first line\nsecond line\n");
}
#[tokio::test]
async fn get_production_environment_service_values() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/service/values",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
        ],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_environment_service_values(
            "projectKey value & more",
            "envName value & more",
            "serviceName value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value, "first line\nsecond line\n");
}
#[cfg(feature = "blocking")]
#[test]
fn get_production_environment_service_values_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/service/values",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
        ],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_environment_service_values(
            "projectKey value & more",
            "envName value & more",
            "serviceName value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value, "first line\nsecond line\n");
}
#[tokio::test]
async fn create_environment() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev7\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"registry_id\":\"6350be2b4503905e98b4b771\",\"is_public\":true,\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"15m\"}],\"services\":[{\"service_name\":\"service2\",\"type\":\"k8s\",\"containers\":[{\"image\":\"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\"image_name\":\"service2\",\"name\":\"service2\"}],\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"8m\"},{\"key\":\"cpuLimit\",\"value\":\"15m\"}]}],\"env_configs\":[{\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"common_env_cfg_type\":\"ConfigMap\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_environment(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvironmentRequest,
            >(
                "{\"env_key\":\"dev7\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"registry_id\":\"6350be2b4503905e98b4b771\",\"is_public\":true,\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"15m\"}],\"services\":[{\"service_name\":\"service2\",\"type\":\"k8s\",\"containers\":[{\"image\":\"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\"image_name\":\"service2\",\"name\":\"service2\"}],\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"8m\"},{\"key\":\"cpuLimit\",\"value\":\"15m\"}]}],\"env_configs\":[{\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"common_env_cfg_type\":\"ConfigMap\"}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn create_environment_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev7\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"registry_id\":\"6350be2b4503905e98b4b771\",\"is_public\":true,\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"15m\"}],\"services\":[{\"service_name\":\"service2\",\"type\":\"k8s\",\"containers\":[{\"image\":\"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\"image_name\":\"service2\",\"name\":\"service2\"}],\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"8m\"},{\"key\":\"cpuLimit\",\"value\":\"15m\"}]}],\"env_configs\":[{\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"common_env_cfg_type\":\"ConfigMap\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_environment(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvironmentRequest,
            >(
                "{\"env_key\":\"dev7\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"registry_id\":\"6350be2b4503905e98b4b771\",\"is_public\":true,\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"15m\"}],\"services\":[{\"service_name\":\"service2\",\"type\":\"k8s\",\"containers\":[{\"image\":\"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\"image_name\":\"service2\",\"name\":\"service2\"}],\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"8m\"},{\"key\":\"cpuLimit\",\"value\":\"15m\"}]}],\"env_configs\":[{\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"common_env_cfg_type\":\"ConfigMap\"}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn create_production_environment() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"text\",\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"is_public\":true,\"env_configs\":[{\"yaml_data\":\"text\",\"common_env_cfg_type\":\"ConfigMap\"}],\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_production_environment(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvironmentRequest,
            >(
                "{\"env_key\":\"text\",\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"is_public\":true,\"env_configs\":[{\"yaml_data\":\"text\",\"common_env_cfg_type\":\"ConfigMap\"}],\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true}]}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn create_production_environment_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"text\",\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"is_public\":true,\"env_configs\":[{\"yaml_data\":\"text\",\"common_env_cfg_type\":\"ConfigMap\"}],\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_production_environment(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvironmentRequest,
            >(
                "{\"env_key\":\"text\",\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"is_public\":true,\"env_configs\":[{\"yaml_data\":\"text\",\"common_env_cfg_type\":\"ConfigMap\"}],\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_environment() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some("{\"registry_id\":\"text\",\"env_name\":\"text\"}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_environment(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentRequest,
            >("{\"registry_id\":\"text\",\"env_name\":\"text\"}") {
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
#[cfg(feature = "blocking")]
#[test]
fn update_environment_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some("{\"registry_id\":\"text\",\"env_name\":\"text\"}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_environment(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentRequest,
            >("{\"registry_id\":\"text\",\"env_name\":\"text\"}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_production_environment() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some("{\"registry_id\":\"text\",\"env_name\":\"text\"}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_environment(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentRequest,
            >("{\"registry_id\":\"text\",\"env_name\":\"text\"}") {
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
#[cfg(feature = "blocking")]
#[test]
fn update_production_environment_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some("{\"registry_id\":\"text\",\"env_name\":\"text\"}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_environment(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentRequest,
            >("{\"registry_id\":\"text\",\"env_name\":\"text\"}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn delete_environment() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("isDelete", "true")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_environment("name a/b?c d", "projectKey value & more", true)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn delete_environment_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("isDelete", "true")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_environment("name a/b?c d", "projectKey value & more", true)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn delete_production_environment() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_production_environment("name a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn delete_production_environment_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_production_environment("name a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn add_environment_services() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true},{\"key\":\"port\",\"value\":\"20221\"}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .add_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::AddEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true},{\"key\":\"port\",\"value\":\"20221\"}]}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn add_environment_services_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true},{\"key\":\"port\",\"value\":\"20221\"}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .add_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::AddEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true},{\"key\":\"port\",\"value\":\"20221\"}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn add_production_environment_services() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true},{\"key\":\"port\",\"value\":\"20221\"}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .add_production_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::AddEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true},{\"key\":\"port\",\"value\":\"20221\"}]}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn add_production_environment_services_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true},{\"key\":\"port\",\"value\":\"20221\"}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .add_production_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::AddEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true},{\"key\":\"port\",\"value\":\"20221\"}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_environment_services() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/services",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_environment_services(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentServicesRequest,
            >(
                "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true}]}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_environment_services_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/services",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_environment_services(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentServicesRequest,
            >(
                "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_production_environment_services() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/services",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_environment_services(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentServicesRequest,
            >(
                "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true}]}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_production_environment_services_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/services",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_environment_services(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentServicesRequest,
            >(
                "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn delete_environment_services() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::DeleteEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn delete_environment_services_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::DeleteEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn delete_production_environment_services() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_production_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::DeleteEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn delete_production_environment_services_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_production_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::DeleteEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn list_environment_global_variables() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Limit\",\"related_services\":[\"service1\",\"service2\"]}]",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_environment_global_variables("name a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_environment_global_variables_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Limit\",\"related_services\":[\"service1\",\"service2\"]}]",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_environment_global_variables("name a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_production_environment_global_variables() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Limit\",\"related_services\":[\"service1\",\"service2\"]}]",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_production_environment_global_variables(
            "name a/b?c d",
            "projectKey value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_production_environment_global_variables_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Limit\",\"related_services\":[\"service1\",\"service2\"]}]",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_production_environment_global_variables(
            "name a/b?c d",
            "projectKey value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_environment_global_variables() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_environment_global_variables(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateGlobalVariablesRequest,
            >(
                "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_environment_global_variables_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_environment_global_variables(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateGlobalVariablesRequest,
            >(
                "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_production_environment_global_variables() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_environment_global_variables(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateGlobalVariablesRequest,
            >(
                "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_production_environment_global_variables_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_environment_global_variables(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateGlobalVariablesRequest,
            >(
                "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn create_env_config() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_env_config(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\"}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn create_env_config_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_env_config(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn create_production_env_config() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_production_env_config(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn create_production_env_config_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_production_env_config(
            "name a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn list_env_configs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "[{\"name\":\"game-demo\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\"},{\"name\":\"istio-ca-root-cert\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"update_time\":1687259964}]",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_env_configs("name a/b?c d", "projectKey value & more", "ConfigMap")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_env_configs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "[{\"name\":\"game-demo\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\"},{\"name\":\"istio-ca-root-cert\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"update_time\":1687259964}]",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_env_configs("name a/b?c d", "projectKey value & more", "ConfigMap")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_production_env_configs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "[{\"name\":\"game-demo\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\"},{\"name\":\"istio-ca-root-cert\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"update_time\":1687259964}]",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_production_env_configs(
            "name a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_production_env_configs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "[{\"name\":\"game-demo\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\"},{\"name\":\"istio-ca-root-cert\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"update_time\":1687259964}]",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_production_env_configs(
            "name a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_env_config() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"product_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_env_config(
            "name a/b?c d",
            "cfgName a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_env_config_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"product_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_env_config(
            "name a/b?c d",
            "cfgName a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_production_env_config() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"product_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_env_config(
            "name a/b?c d",
            "cfgName a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_production_env_config_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"product_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_env_config(
            "name a/b?c d",
            "cfgName a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_env_config() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"env_key\":\"dev\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_env_config(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"env_key\":\"dev\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_env_config_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"env_key\":\"dev\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_env_config(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"env_key\":\"dev\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_production_env_config() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_env_config(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvConfigRequest,
            >(
                "{\"name\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"text\"}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_production_env_config_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_env_config(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvConfigRequest,
            >(
                "{\"name\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"text\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn delete_env_config() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_env_config(
            "name a/b?c d",
            "cfgName a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn delete_env_config_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_env_config(
            "name a/b?c d",
            "cfgName a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn delete_production_env_config() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_production_env_config(
            "name a/b?c d",
            "cfgName a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn delete_production_env_config_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_production_env_config(
            "name a/b?c d",
            "cfgName a/b?c d",
            "projectKey value & more",
            "ConfigMap",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn scale_workload() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/scale",
        query: &[],
        body: Some(
            "{\"project_key\":\"microservice-demo\",\"env_key\":\"dev\",\"workload_name\":\"backend\",\"workload_type\":\"Deployment\",\"target_replicas\":3}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .scale_workload(
            match serde_json::from_str::<
                crate::types::ScaleWorkloadRequest,
            >(
                "{\"project_key\":\"microservice-demo\",\"env_key\":\"dev\",\"workload_name\":\"backend\",\"workload_type\":\"Deployment\",\"target_replicas\":3}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn scale_workload_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/scale",
        query: &[],
        body: Some(
            "{\"project_key\":\"microservice-demo\",\"env_key\":\"dev\",\"workload_name\":\"backend\",\"workload_type\":\"Deployment\",\"target_replicas\":3}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .scale_workload(
            match serde_json::from_str::<
                crate::types::ScaleWorkloadRequest,
            >(
                "{\"project_key\":\"microservice-demo\",\"env_key\":\"dev\",\"workload_name\":\"backend\",\"workload_type\":\"Deployment\",\"target_replicas\":3}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn restart_environment_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_environment_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn restart_environment_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .restart_environment_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn restart_production_environment_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_production_environment_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn restart_production_environment_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .restart_production_environment_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_deployment_image() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/deployment/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_deployment_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_deployment_image_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/deployment/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_deployment_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_statefulset_image() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/statefulset/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_statefulset_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_statefulset_image_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/statefulset/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_statefulset_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_cronjob_image() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/cronjob/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_cronjob_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_cronjob_image_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/cronjob/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_cronjob_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn list_environment_events() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/kube/events",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("name", "name value & more"),
            ("type", "type value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"reason\":\"ScalingReplicaSet\",\"message\":\"Scaled up replica set service1-7cc994479d to 1\",\"first_seen\":1707396095,\"last_seen\":1707396095,\"count\":1,\"type\":\"Normal\"},{\"reason\":\"ScalingReplicaSet\",\"message\":\"Scaled down replica set service1-67455dd499 to 0\",\"first_seen\":1707396102,\"last_seen\":1707396102,\"count\":1,\"type\":\"Normal\"}]",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_environment_events(
            "projectKey value & more",
            "envName value & more",
            "name value & more",
            "type value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_environment_events_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/kube/events",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("name", "name value & more"),
            ("type", "type value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"reason\":\"ScalingReplicaSet\",\"message\":\"Scaled up replica set service1-7cc994479d to 1\",\"first_seen\":1707396095,\"last_seen\":1707396095,\"count\":1,\"type\":\"Normal\"},{\"reason\":\"ScalingReplicaSet\",\"message\":\"Scaled down replica set service1-67455dd499 to 0\",\"first_seen\":1707396102,\"last_seen\":1707396102,\"count\":1,\"type\":\"Normal\"}]",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_environment_events(
            "projectKey value & more",
            "envName value & more",
            "name value & more",
            "type value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn check_workload_k8s_services() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/check/workloads/k8services",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("[\"service2.Deployment\",\"service1.Deployment\"]"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .check_workload_k8s_services("name a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn check_workload_k8s_services_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/check/workloads/k8services",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("[\"service2.Deployment\",\"service1.Deployment\"]"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .check_workload_k8s_services("name a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn enable_sub_environment() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/enable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .enable_sub_environment("name a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn enable_sub_environment_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/enable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .enable_sub_environment("name a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn disable_sub_environment() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/enable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .disable_sub_environment("name a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn disable_sub_environment_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/enable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .disable_sub_environment("name a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn check_sub_environment_ready() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/check/sharenv/op%20a%2Fb%3Fc%20d/ready",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"is_ready\":true,\"checks\":{\"namespace_has_istio_label\":false,\"virtualservice_deployed\":false,\"pods_have_istio_proxy\":false,\"workloads_ready\":true,\"workloads_have_k8s_service\":true}}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .check_sub_environment_ready(
            "name a/b?c d",
            "op a/b?c d",
            "projectKey value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn check_sub_environment_ready_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/check/sharenv/op%20a%2Fb%3Fc%20d/ready",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"is_ready\":true,\"checks\":{\"namespace_has_istio_label\":false,\"virtualservice_deployed\":false,\"pods_have_istio_proxy\":false,\"workloads_ready\":true,\"workloads_have_k8s_service\":true}}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .check_sub_environment_ready(
            "name a/b?c d",
            "op a/b?c d",
            "projectKey value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_entry_service() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/portal/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"default_gateway_address\":\"81.69.166.47\",\"servers\":[{\"host\":\"zcms-a-b1.8slan.com\",\"port_number\":80,\"port_protocol\":\"HTTP\"},{\"host\":\"a.zicemoshi-helm-env-dev\",\"port_number\":80,\"port_protocol\":\"HTTP\"}]}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_entry_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_entry_service_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/portal/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"default_gateway_address\":\"81.69.166.47\",\"servers\":[{\"host\":\"zcms-a-b1.8slan.com\",\"port_number\":80,\"port_protocol\":\"HTTP\"},{\"host\":\"a.zicemoshi-helm-env-dev\",\"port_number\":80,\"port_protocol\":\"HTTP\"}]}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_entry_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn set_entry_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/portal/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "[{\"host\":\"zcms-a-b1.8slan.com\",\"port_number\":80,\"port_protocol\":\"HTTP\"},{\"host\":\"a.zicemoshi-helm-env-dev\",\"port_number\":80,\"port_protocol\":\"HTTP\"}]",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .set_entry_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                Vec<crate::types::EntryServiceServer>,
            >(
                "[{\"host\":\"zcms-a-b1.8slan.com\",\"port_number\":80,\"port_protocol\":\"HTTP\"},{\"host\":\"a.zicemoshi-helm-env-dev\",\"port_number\":80,\"port_protocol\":\"HTTP\"}]",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn set_entry_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/portal/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "[{\"host\":\"zcms-a-b1.8slan.com\",\"port_number\":80,\"port_protocol\":\"HTTP\"},{\"host\":\"a.zicemoshi-helm-env-dev\",\"port_number\":80,\"port_protocol\":\"HTTP\"}]",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .set_entry_service(
            "name a/b?c d",
            "serviceName a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                Vec<crate::types::EntryServiceServer>,
            >(
                "[{\"host\":\"zcms-a-b1.8slan.com\",\"port_number\":80,\"port_protocol\":\"HTTP\"},{\"host\":\"a.zicemoshi-helm-env-dev\",\"port_number\":80,\"port_protocol\":\"HTTP\"}]",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn stream_container_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/sse/pods/podName%20a%2Fb%3Fc%20d/containers/containerName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("tails", "7"),
        ],
        body: None,
        reply: Reply::EventStream("data: first line\n\ndata: second line\n\n"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .stream_container_logs(
            "podName a/b?c d",
            "containerName a/b?c d",
            "projectKey value & more",
            "envName value & more",
            7i64,
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    let lines: Vec<String> = futures_util::TryStreamExt::try_collect(value)
        .await
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[cfg(feature = "blocking")]
#[test]
fn stream_container_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/sse/pods/podName%20a%2Fb%3Fc%20d/containers/containerName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("tails", "7"),
        ],
        body: None,
        reply: Reply::EventStream("data: first line\n\ndata: second line\n\n"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .stream_container_logs(
            "podName a/b?c d",
            "containerName a/b?c d",
            "projectKey value & more",
            "envName value & more",
            7i64,
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    let lines: Vec<String> = value
        .collect::<crate::Result<_>>()
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[tokio::test]
async fn get_statistics_overview() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/overview",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_statistics_overview()
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_statistics_overview_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/overview",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_statistics_overview().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_build_statistics() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/build",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_build_statistics().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_build_statistics_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/build",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_build_statistics().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_deploy_statistics() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/deploy",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_deploy_statistics().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_deploy_statistics_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/deploy",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_deploy_statistics().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_test_statistics() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/test",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_test_statistics().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_test_statistics_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/test",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_test_statistics().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_release_statistics() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/v2/release",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_release_statistics().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_release_statistics_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/v2/release",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_release_statistics().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_project() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_project(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_project_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_project(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_yaml_project() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project/init/yaml",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_yaml_project(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_yaml_project_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project/init/yaml",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_yaml_project(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_helm_project() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project/init/helm",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_helm_project(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_helm_project_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project/init/helm",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_helm_project(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_projects() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_projects().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_projects_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_projects().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_project() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project/detail",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_project().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_project_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project/detail",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_project().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_project() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/projects/project",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.delete_project().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_project_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/projects/project",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_project().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_registry() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/system/registry",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_registry(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_registry_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/system/registry",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_registry(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_registries() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/registry",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_registries().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_registries_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/registry",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_registries().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_registry() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/registry/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_registry("id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_registry_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/registry/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_registry("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_registry() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/system/registry/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_registry(
            "id a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_registry_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/system/registry/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_registry(
            "id a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_release_plans() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/release_plan/v1",
        query: &[("pageNum", "7"), ("pageSize", "7")],
        body: None,
        reply: Reply::Json(
            "{\"list\":[{\"id\":\"64f58a7ac573f7325c2744b6\",\"index\":31,\"name\":\"test-workflow-0904\",\"manager\":\"admin\",\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1693813370}],\"total\":26}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_release_plans(7i64, 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_release_plans_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/release_plan/v1",
        query: &[("pageNum", "7"), ("pageSize", "7")],
        body: None,
        reply: Reply::Json(
            "{\"list\":[{\"id\":\"64f58a7ac573f7325c2744b6\",\"index\":31,\"name\":\"test-workflow-0904\",\"manager\":\"admin\",\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1693813370}],\"total\":26}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_release_plans(7i64, 7i64).send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_release_plan() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/release_plan/v1/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"id\":\"64f1a7cd1b7bd46ec353b50c\",\"index\":21,\"name\":\"plan-A\",\"manager\":\"admin\",\"manager_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"start_time\":1693558721,\"end_time\":1694016000,\"schedule_execute_time\":1694016000,\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1693558733,\"updated_by\":\"admin\",\"update_time\":1693558750,\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\"},\"lark_approval\":{\"timeout\":5,\"approval_id\":\"\",\"default_approval_initiator\":null,\"approve_users\":[],\"approval_nodes\":[{\"approve_users\":[],\"type\":\"AND\",\"reject_or_approve\":\"\"}],\"instance_code\":\"\"},\"dingtalk_approval\":{\"timeout\":5,\"approval_id\":\"\",\"default_approval_initiator\":null,\"approval_nodes\":[{\"approve_users\":[],\"type\":\"AND\",\"reject_or_approve\":\"\"}],\"instance_code\":\"\"}},\"jobs\":[{\"id\":\"0b655ad6-5d08-4f1c-8ff6-7eb004c7c7bd\",\"name\":\"中间件变更\",\"type\":\"text\",\"spec\":{\"content\":\"<p>2222</p><p data-f-id=\\\"pbf\\\" style=\\\"text-align: center; font-size: 14px; margin-top: 30px; opacity: 0.65; font-family: sans-serif;\\\">Powered by <a href=\\\"https://www.froala.com/wysiwyg-editor?pb=1\\\" title=\\\"Froala Editor\\\">Froala Editor</a></p>\"},\"status\":\"\",\"last_status\":\"\",\"updated\":true,\"executed_by\":\"\",\"executed_time\":0}],\"status\":\"planning\",\"planning_time\":0,\"approval_time\":0,\"executing_time\":0,\"success_time\":0}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_release_plan("id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_release_plan_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/release_plan/v1/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"id\":\"64f1a7cd1b7bd46ec353b50c\",\"index\":21,\"name\":\"plan-A\",\"manager\":\"admin\",\"manager_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"start_time\":1693558721,\"end_time\":1694016000,\"schedule_execute_time\":1694016000,\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1693558733,\"updated_by\":\"admin\",\"update_time\":1693558750,\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\"},\"lark_approval\":{\"timeout\":5,\"approval_id\":\"\",\"default_approval_initiator\":null,\"approve_users\":[],\"approval_nodes\":[{\"approve_users\":[],\"type\":\"AND\",\"reject_or_approve\":\"\"}],\"instance_code\":\"\"},\"dingtalk_approval\":{\"timeout\":5,\"approval_id\":\"\",\"default_approval_initiator\":null,\"approval_nodes\":[{\"approve_users\":[],\"type\":\"AND\",\"reject_or_approve\":\"\"}],\"instance_code\":\"\"}},\"jobs\":[{\"id\":\"0b655ad6-5d08-4f1c-8ff6-7eb004c7c7bd\",\"name\":\"中间件变更\",\"type\":\"text\",\"spec\":{\"content\":\"<p>2222</p><p data-f-id=\\\"pbf\\\" style=\\\"text-align: center; font-size: 14px; margin-top: 30px; opacity: 0.65; font-family: sans-serif;\\\">Powered by <a href=\\\"https://www.froala.com/wysiwyg-editor?pb=1\\\" title=\\\"Froala Editor\\\">Froala Editor</a></p>\"},\"status\":\"\",\"last_status\":\"\",\"updated\":true,\"executed_by\":\"\",\"executed_time\":0}],\"status\":\"planning\",\"planning_time\":0,\"approval_time\":0,\"executing_time\":0,\"success_time\":0}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_release_plan("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_release_plan() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/release_plan/v1",
        query: &[],
        body: Some(
            "{\"name\":\"plan-example\",\"manager\":\"admin\",\"manager_identity_type\":\"system\",\"start_time\":1693558721,\"end_time\":1694016000,\"description\":\"\",\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\"}}}",
        ),
        reply: Reply::Json("{\"id\":\"6895627bd3a843cb7423728a\"}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_release_plan(
            match serde_json::from_str::<
                crate::types::CreateReleasePlanRequest,
            >(
                "{\"name\":\"plan-example\",\"manager\":\"admin\",\"manager_identity_type\":\"system\",\"start_time\":1693558721,\"end_time\":1694016000,\"description\":\"\",\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\"}}}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_release_plan_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/release_plan/v1",
        query: &[],
        body: Some(
            "{\"name\":\"plan-example\",\"manager\":\"admin\",\"manager_identity_type\":\"system\",\"start_time\":1693558721,\"end_time\":1694016000,\"description\":\"\",\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\"}}}",
        ),
        reply: Reply::Json("{\"id\":\"6895627bd3a843cb7423728a\"}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_release_plan(
            match serde_json::from_str::<
                crate::types::CreateReleasePlanRequest,
            >(
                "{\"name\":\"plan-example\",\"manager\":\"admin\",\"manager_identity_type\":\"system\",\"start_time\":1693558721,\"end_time\":1694016000,\"description\":\"\",\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\"}}}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_release_plan() {
    let exchange = Exchange {
        method: "PATCH",
        path: "/openapi/release_plan/v1/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"description\":\"test2\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[1]}}],\"jobs\":[{\"name\":\"Text-1\",\"spec\":{\"content\":\"Hello, World 1.\",\"remark\":\"abc\"},\"type\":\"text\"},{\"name\":\"Workflow-1\",\"spec\":{\"workflow_key\":\"old-hook\",\"project_key\":\"yaml\",\"remark\":\"remark-2\",\"inputs\":[{\"job_name\":\"build\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.*********.com/test\",\"service_list\":[{\"service_module\":\"service1\",\"service_name\":\"service1\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-*****\",\"repo_name\":\"multi-service-demo\",\"branch\":\"patrick-01\"}],\"inputs\":[{\"key\":\"gggg\",\"value\":\"abcd\"}]}]}},{\"job_name\":\"deploy\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"https://koderover.*********.com/test/service1:main\"}]}},{\"job_name\":\"test\",\"job_type\":\"zadig-test\",\"parameters\":{\"testing_list\":[{\"testing_name\":\"static-html-report\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-******\",\"repo_name\":\"test-report\",\"branch\":\"main\"}]}]}}]},\"type\":\"workflow\"}],\"manager\":\"patrick\",\"manager_identity_type\":\"system\",\"name\":\"Test-Plan-1\"}",
        ),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_release_plan(
            "id a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateReleasePlanRequest,
            >(
                "{\"description\":\"test2\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[1]}}],\"jobs\":[{\"name\":\"Text-1\",\"spec\":{\"content\":\"Hello, World 1.\",\"remark\":\"abc\"},\"type\":\"text\"},{\"name\":\"Workflow-1\",\"spec\":{\"workflow_key\":\"old-hook\",\"project_key\":\"yaml\",\"remark\":\"remark-2\",\"inputs\":[{\"job_name\":\"build\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.*********.com/test\",\"service_list\":[{\"service_module\":\"service1\",\"service_name\":\"service1\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-*****\",\"repo_name\":\"multi-service-demo\",\"branch\":\"patrick-01\"}],\"inputs\":[{\"key\":\"gggg\",\"value\":\"abcd\"}]}]}},{\"job_name\":\"deploy\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"https://koderover.*********.com/test/service1:main\"}]}},{\"job_name\":\"test\",\"job_type\":\"zadig-test\",\"parameters\":{\"testing_list\":[{\"testing_name\":\"static-html-report\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-******\",\"repo_name\":\"test-report\",\"branch\":\"main\"}]}]}}]},\"type\":\"workflow\"}],\"manager\":\"patrick\",\"manager_identity_type\":\"system\",\"name\":\"Test-Plan-1\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_release_plan_blocking() {
    let exchange = Exchange {
        method: "PATCH",
        path: "/openapi/release_plan/v1/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"description\":\"test2\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[1]}}],\"jobs\":[{\"name\":\"Text-1\",\"spec\":{\"content\":\"Hello, World 1.\",\"remark\":\"abc\"},\"type\":\"text\"},{\"name\":\"Workflow-1\",\"spec\":{\"workflow_key\":\"old-hook\",\"project_key\":\"yaml\",\"remark\":\"remark-2\",\"inputs\":[{\"job_name\":\"build\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.*********.com/test\",\"service_list\":[{\"service_module\":\"service1\",\"service_name\":\"service1\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-*****\",\"repo_name\":\"multi-service-demo\",\"branch\":\"patrick-01\"}],\"inputs\":[{\"key\":\"gggg\",\"value\":\"abcd\"}]}]}},{\"job_name\":\"deploy\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"https://koderover.*********.com/test/service1:main\"}]}},{\"job_name\":\"test\",\"job_type\":\"zadig-test\",\"parameters\":{\"testing_list\":[{\"testing_name\":\"static-html-report\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-******\",\"repo_name\":\"test-report\",\"branch\":\"main\"}]}]}}]},\"type\":\"workflow\"}],\"manager\":\"patrick\",\"manager_identity_type\":\"system\",\"name\":\"Test-Plan-1\"}",
        ),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_release_plan(
            "id a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateReleasePlanRequest,
            >(
                "{\"description\":\"test2\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[1]}}],\"jobs\":[{\"name\":\"Text-1\",\"spec\":{\"content\":\"Hello, World 1.\",\"remark\":\"abc\"},\"type\":\"text\"},{\"name\":\"Workflow-1\",\"spec\":{\"workflow_key\":\"old-hook\",\"project_key\":\"yaml\",\"remark\":\"remark-2\",\"inputs\":[{\"job_name\":\"build\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.*********.com/test\",\"service_list\":[{\"service_module\":\"service1\",\"service_name\":\"service1\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-*****\",\"repo_name\":\"multi-service-demo\",\"branch\":\"patrick-01\"}],\"inputs\":[{\"key\":\"gggg\",\"value\":\"abcd\"}]}]}},{\"job_name\":\"deploy\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"https://koderover.*********.com/test/service1:main\"}]}},{\"job_name\":\"test\",\"job_type\":\"zadig-test\",\"parameters\":{\"testing_list\":[{\"testing_name\":\"static-html-report\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-******\",\"repo_name\":\"test-report\",\"branch\":\"main\"}]}]}}]},\"type\":\"workflow\"}],\"manager\":\"patrick\",\"manager_identity_type\":\"system\",\"name\":\"Test-Plan-1\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_services() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/services",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_services().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_services_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/services",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_services().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_production_services() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/production/services",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_production_services()
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_production_services_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/production/services",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_production_services().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_service() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_service("serviceName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_service_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_service("serviceName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_production_service() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_service("serviceName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_production_service_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_service("serviceName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_service_from_template() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/load/yaml",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_service_from_template(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_service_from_template_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/load/yaml",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_service_from_template(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_production_service_from_template() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/production/load/yaml",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_production_service_from_template(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_production_service_from_template_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/production/load/yaml",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_production_service_from_template(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_raw_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/yaml/raw",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_raw_service(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_raw_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/yaml/raw",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_raw_service(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_raw_production_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/yaml/production/raw",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_raw_production_service(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_raw_production_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/yaml/production/raw",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_raw_production_service(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_service() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_service(
            "serviceName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_service_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_service(
            "serviceName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_production_service() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_service(
            "serviceName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_production_service_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_service(
            "serviceName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_service_variables() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d/variable",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_service_variables(
            "serviceName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_service_variables_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d/variable",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_service_variables(
            "serviceName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_production_service_variables() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d/variable",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_service_variables(
            "serviceName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_production_service_variables_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d/variable",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_service_variables(
            "serviceName a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_service() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_service("serviceName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_service_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_service("serviceName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_production_service() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_production_service("serviceName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_production_service_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_production_service("serviceName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_operation_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/operation",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_operation_logs().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_operation_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/operation",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_operation_logs().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_environment_operation_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/operation/env",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_environment_operation_logs()
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_environment_operation_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/operation/env",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_environment_operation_logs()
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_test_task() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/testing/task",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_test_task(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_test_task_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/testing/task",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_test_task(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_test_task() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/testing/testName%20a%2Fb%3Fc%20d/task/taskID%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_test_task("testName a/b?c d", "taskID a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_test_task_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/testing/testName%20a%2Fb%3Fc%20d/task/taskID%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_test_task("testName a/b?c d", "taskID a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_users() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/users",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_users().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_users_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/users",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_users().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_user_groups() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/user-groups",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_user_groups().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_user_groups_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/user-groups",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_user_groups().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_user() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/users/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_user("uid a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_user_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/users/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_user("uid a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_resource_actions() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/resource-actions",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_resource_actions().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_resource_actions_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/resource-actions",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_resource_actions().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_roles() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/roles",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_roles().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_roles_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/roles",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_roles().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_role() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_role("name a/b?c d").send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_role_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_role("name a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_role() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/roles",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_role(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_role_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/roles",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_role(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_role() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_role(
            "name a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_role_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_role(
            "name a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_role() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_role("name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_role_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_role("name a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_role_bindings() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/role-bindings",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_role_bindings().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_role_bindings_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/role-bindings",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_role_bindings().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_role_bindings() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_role_bindings(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_role_bindings_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_role_bindings(
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_user_role_bindings() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings/user/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_user_role_bindings(
            "uid a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_user_role_bindings_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings/user/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_user_role_bindings(
            "uid a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_user_role_bindings() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/role-bindings/user/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_user_role_bindings("uid a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_user_role_bindings_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/role-bindings/user/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_user_role_bindings("uid a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_group_role_bindings() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings/group/gid%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_group_role_bindings(
            "gid a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_group_role_bindings_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings/group/gid%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some("{\"any\":[\"json\",1]}"),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_group_role_bindings(
            "gid a/b?c d",
            match serde_json::from_str::<serde_json::Value>("{\"any\":[\"json\",1]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_group_role_bindings() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/role-bindings/group/gid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_group_role_bindings("gid a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn delete_group_role_bindings_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/role-bindings/group/gid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_group_role_bindings("gid a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_workflows() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("viewName", "viewName value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"workflows\":[{\"workflow_key\":\"just-deploy\",\"workflow_name\":\"just-deploy\",\"update_by\":\"admin\",\"update_time\":1686217885,\"type\":\"custom\"},{\"workflow_key\":\"xiaxianfuwu\",\"workflow_name\":\"offline service\",\"update_by\":\"admin\",\"update_time\":1686193453,\"type\":\"custom\"}]}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_workflows("projectKey value & more")
        .view_name("viewName value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_workflows_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("viewName", "viewName value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"workflows\":[{\"workflow_key\":\"just-deploy\",\"workflow_name\":\"just-deploy\",\"update_by\":\"admin\",\"update_time\":1686217885,\"type\":\"custom\"},{\"workflow_key\":\"xiaxianfuwu\",\"workflow_name\":\"offline service\",\"update_by\":\"admin\",\"update_time\":1686193453,\"type\":\"custom\"}]}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_workflows("projectKey value & more")
        .view_name("viewName value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_workflow() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/custom/workflowKey%20a%2Fb%3Fc%20d/detail",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"workflow_key\":\"build-deploy\",\"workflow_name\":\"build-deploy\",\"project_key\":\"lilian-test\",\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1686192946,\"updated_by\":\"\",\"update_time\":1690180684,\"params\":[{\"name\":\"code\",\"description\":\"\",\"type\":\"repo\",\"value\":\"\",\"repo\":{\"source\":\"gitee\",\"repo_owner\":\"liyue326\",\"repo_namespace\":\"liyue326\",\"repo_name\":\"picture\",\"remote_name\":\"origin\",\"branch\":\"master\",\"hidden\":false,\"is_primary\":false,\"codehost_id\":4,\"oauth_token\":\"\",\"address\":\"\",\"source_from\":\"\",\"param_name\":\"\",\"job_name\":\"\",\"service_name\":\"\",\"service_module\":\"\",\"repo_index\":0,\"submission_id\":\"\"},\"default\":\"\",\"is_credential\":false},{\"name\":\"name\",\"description\":\"\",\"type\":\"string\",\"value\":\"build\",\"repo\":null,\"default\":\"\",\"is_credential\":false}],\"stages\":[{\"name\":\"build\",\"parallel\":true,\"approval\":{\"enabled\":false,\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"Timeout\":5,\"approve_users\":[],\"NeededApprovers\":0},\"dingtalk_approval\":{\"Timeout\":5}},\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"skipped\":false,\"spec\":{\"docker_registry_id\":\"630c7ad700430c131062e245\",\"service_and_builds\":[{\"build_name\":\"openapi-build\",\"image\":\"\",\"image_name\":\"service1\",\"key_vals\":[],\"repos\":[],\"service_module\":\"service1\",\"service_name\":\"service1\",\"share_storage_info\":null}]},\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"deploy\",\"parallel\":true,\"approval\":{\"enabled\":false,\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"Timeout\":5,\"approve_users\":[],\"NeededApprovers\":0},\"dingtalk_approval\":{\"Timeout\":5}},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"skipped\":false,\"spec\":{\"deploy_contents\":[\"image\",\"vars\"],\"deploy_type\":\"\",\"env\":\"dev\",\"job_name\":\"build\",\"origin_job_name\":\"\",\"production\":false,\"service_and_images\":[],\"services\":[{\"key_vals\":[],\"latest_key_vals\":[],\"latest_variable_kvs\":[],\"service_name\":\"service2\",\"updatable\":false,\"update_config\":false,\"variable_configs\":[],\"variable_kvs\":[],\"variable_yaml\":\"\"},{\"key_vals\":[],\"latest_key_vals\":[],\"latest_variable_kvs\":[],\"service_name\":\"service1\",\"updatable\":true,\"update_config\":false,\"variable_configs\":[{\"use_global_variable\":false,\"variable_key\":\"cpuLimit\"},{\"use_global_variable\":false,\"variable_key\":\"memoryLimit\"},{\"use_global_variable\":false,\"variable_key\":\"port\"}],\"variable_kvs\":[],\"variable_yaml\":\"\"}],\"skip_check_run_status\":false,\"source\":\"fromjob\"},\"run_policy\":\"\",\"service_modules\":[]},{\"name\":\"default\",\"type\":\"plugin\",\"skipped\":false,\"spec\":{\"plugin\":{\"args\":[\"echo $(inputs.CONTENT)\"],\"category\":\"\",\"cmds\":[\"/bin/sh\",\"-c\"],\"description\":\"hello world\",\"envs\":[{\"name\":\"CONTENT\",\"value\":\"$(inputs.CONTENT)\"}],\"image\":\"alpine/curl:3.14\",\"inputs\":[{\"default\":\"hello world\",\"description\":\"content to print\",\"is_credential\":false,\"name\":\"CONTENT\",\"repo\":null,\"type\":\"string\",\"value\":\"hello world\"}],\"is_offical\":false,\"name\":\"hello-world\",\"outputs\":[],\"repo_url\":\"\",\"version\":\"v0.0.1\"},\"properties\":{\"build_os\":\"\",\"cache\":{\"medium_type\":\"\",\"nfs_properties\":{\"provision_type\":\"\",\"pvc\":\"\",\"storage_class\":\"\",\"storage_size_in_gib\":0,\"subpath\":\"\"},\"object_properties\":{\"id\":\"\"}},\"cache_dir_type\":\"\",\"cache_enable\":false,\"cache_user_dir\":\"\",\"cluster_id\":\"\",\"custom_envs\":[],\"envs\":[],\"image_from\":\"\",\"image_id\":\"\",\"log_file_name\":\"\",\"namespace\":\"\",\"params\":[],\"registries\":[],\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"gpu_limit\":\"\",\"memory_limit\":512},\"retry\":0,\"share_storage_details\":[],\"timeout\":60}},\"run_policy\":\"\",\"service_modules\":[]}]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"wechat\",\"weChat_webHook\":\"xxx\",\"notify_type\":[\"created\",\"failed\"]}],\"share_storages\":[],\"concurrency_limit\":1}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_workflow("workflowKey a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_workflow_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/custom/workflowKey%20a%2Fb%3Fc%20d/detail",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"workflow_key\":\"build-deploy\",\"workflow_name\":\"build-deploy\",\"project_key\":\"lilian-test\",\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1686192946,\"updated_by\":\"\",\"update_time\":1690180684,\"params\":[{\"name\":\"code\",\"description\":\"\",\"type\":\"repo\",\"value\":\"\",\"repo\":{\"source\":\"gitee\",\"repo_owner\":\"liyue326\",\"repo_namespace\":\"liyue326\",\"repo_name\":\"picture\",\"remote_name\":\"origin\",\"branch\":\"master\",\"hidden\":false,\"is_primary\":false,\"codehost_id\":4,\"oauth_token\":\"\",\"address\":\"\",\"source_from\":\"\",\"param_name\":\"\",\"job_name\":\"\",\"service_name\":\"\",\"service_module\":\"\",\"repo_index\":0,\"submission_id\":\"\"},\"default\":\"\",\"is_credential\":false},{\"name\":\"name\",\"description\":\"\",\"type\":\"string\",\"value\":\"build\",\"repo\":null,\"default\":\"\",\"is_credential\":false}],\"stages\":[{\"name\":\"build\",\"parallel\":true,\"approval\":{\"enabled\":false,\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"Timeout\":5,\"approve_users\":[],\"NeededApprovers\":0},\"dingtalk_approval\":{\"Timeout\":5}},\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"skipped\":false,\"spec\":{\"docker_registry_id\":\"630c7ad700430c131062e245\",\"service_and_builds\":[{\"build_name\":\"openapi-build\",\"image\":\"\",\"image_name\":\"service1\",\"key_vals\":[],\"repos\":[],\"service_module\":\"service1\",\"service_name\":\"service1\",\"share_storage_info\":null}]},\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"deploy\",\"parallel\":true,\"approval\":{\"enabled\":false,\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"Timeout\":5,\"approve_users\":[],\"NeededApprovers\":0},\"dingtalk_approval\":{\"Timeout\":5}},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"skipped\":false,\"spec\":{\"deploy_contents\":[\"image\",\"vars\"],\"deploy_type\":\"\",\"env\":\"dev\",\"job_name\":\"build\",\"origin_job_name\":\"\",\"production\":false,\"service_and_images\":[],\"services\":[{\"key_vals\":[],\"latest_key_vals\":[],\"latest_variable_kvs\":[],\"service_name\":\"service2\",\"updatable\":false,\"update_config\":false,\"variable_configs\":[],\"variable_kvs\":[],\"variable_yaml\":\"\"},{\"key_vals\":[],\"latest_key_vals\":[],\"latest_variable_kvs\":[],\"service_name\":\"service1\",\"updatable\":true,\"update_config\":false,\"variable_configs\":[{\"use_global_variable\":false,\"variable_key\":\"cpuLimit\"},{\"use_global_variable\":false,\"variable_key\":\"memoryLimit\"},{\"use_global_variable\":false,\"variable_key\":\"port\"}],\"variable_kvs\":[],\"variable_yaml\":\"\"}],\"skip_check_run_status\":false,\"source\":\"fromjob\"},\"run_policy\":\"\",\"service_modules\":[]},{\"name\":\"default\",\"type\":\"plugin\",\"skipped\":false,\"spec\":{\"plugin\":{\"args\":[\"echo $(inputs.CONTENT)\"],\"category\":\"\",\"cmds\":[\"/bin/sh\",\"-c\"],\"description\":\"hello world\",\"envs\":[{\"name\":\"CONTENT\",\"value\":\"$(inputs.CONTENT)\"}],\"image\":\"alpine/curl:3.14\",\"inputs\":[{\"default\":\"hello world\",\"description\":\"content to print\",\"is_credential\":false,\"name\":\"CONTENT\",\"repo\":null,\"type\":\"string\",\"value\":\"hello world\"}],\"is_offical\":false,\"name\":\"hello-world\",\"outputs\":[],\"repo_url\":\"\",\"version\":\"v0.0.1\"},\"properties\":{\"build_os\":\"\",\"cache\":{\"medium_type\":\"\",\"nfs_properties\":{\"provision_type\":\"\",\"pvc\":\"\",\"storage_class\":\"\",\"storage_size_in_gib\":0,\"subpath\":\"\"},\"object_properties\":{\"id\":\"\"}},\"cache_dir_type\":\"\",\"cache_enable\":false,\"cache_user_dir\":\"\",\"cluster_id\":\"\",\"custom_envs\":[],\"envs\":[],\"image_from\":\"\",\"image_id\":\"\",\"log_file_name\":\"\",\"namespace\":\"\",\"params\":[],\"registries\":[],\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"gpu_limit\":\"\",\"memory_limit\":512},\"retry\":0,\"share_storage_details\":[],\"timeout\":60}},\"run_policy\":\"\",\"service_modules\":[]}]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"wechat\",\"weChat_webHook\":\"xxx\",\"notify_type\":[\"created\",\"failed\"]}],\"share_storages\":[],\"concurrency_limit\":1}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_workflow("workflowKey a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn list_workflow_tasks() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/custom/workflowKey%20a%2Fb%3Fc%20d/tasks",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":15,\"workflow_tasks\":[{\"workflow_key\":\"build-deploy\",\"workflow_name\":\"build-deploy\",\"project_key\":\"lilian-test\",\"task_id\":15,\"create_time\":1688543613,\"task_creator\":\"webhook\",\"start_time\":1688543615,\"end_time\":1688543636,\"status\":\"passed\"}]}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_workflow_tasks("workflowKey a/b?c d", "projectKey value & more")
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_workflow_tasks_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/custom/workflowKey%20a%2Fb%3Fc%20d/tasks",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":15,\"workflow_tasks\":[{\"workflow_key\":\"build-deploy\",\"workflow_name\":\"build-deploy\",\"project_key\":\"lilian-test\",\"task_id\":15,\"create_time\":1688543613,\"task_creator\":\"webhook\",\"start_time\":1688543615,\"end_time\":1688543636,\"status\":\"passed\"}]}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_workflow_tasks("workflowKey a/b?c d", "projectKey value & more")
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn get_workflow_task() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/custom/task",
        query: &[("taskId", "7"), ("workflowKey", "workflowKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"task_id\":24,\"workflow_key\":\"build-images\",\"params\":[{\"name\":\"USERNAME\",\"description\":\"\",\"type\":\"string\",\"value\":\"zadig\",\"default\":\"\",\"is_credential\":false}],\"status\":\"running\",\"task_creator\":\"admin\",\"create_time\":1664161285,\"start_time\":1664161286,\"end_time\":1664172997,\"stages\":[{\"name\":\"build\",\"status\":\"passed\",\"start_time\":1664161286,\"end_time\":1664172974,\"jobs\":[{\"name\":\"a-myapp-1-build-myapps\",\"type\":\"zadig-build\",\"status\":\"passed\",\"start_time\":1664172967,\"end_time\":1664172974,\"spec\":{\"repos\":[{\"source\":\"gitee\",\"repo_owner\":\"kr-test-dev\",\"repo_namespace\":\"kr-test-dev\",\"repo_name\":\"zadig\",\"remote_name\":\"origin\",\"branch\":\"main\",\"commit_id\":\"a13120997b95d8b63f2b5b29c700f89d38a5de54\",\"commit_message\":\"update pkg/microservice/warpdrive/config/const.go.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\"address\":\"https://gitee.com\",\"author_name\":\"grandy\"}],\"image\":\"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\",\"service_name\":\"a\",\"service_module\":\"myapp-1\",\"envs\":[{\"key\":\"username\",\"value\":\"admin\",\"type\":\"string\",\"is_credential\":false},{\"key\":\"password\",\"value\":\"zadig\",\"type\":\"string\",\"is_credential\":true},{\"key\":\"version\",\"value\":\"1\",\"type\":\"string\",\"is_credential\":false}]}}]},{\"name\":\"Deploy\",\"status\":\"passed\",\"start_time\":1664172974,\"end_time\":1664172990,\"approval\":{\"enabled\":true,\"approve_users\":[{\"user_name\":\"admin\",\"reject_or_approve\":\"approve\",\"comment\":\"LGTM\",\"operation_time\":1664172985}],\"timeout\":120,\"needed_approvers\":1,\"description\":\"Need approval to deploy\",\"reject_or_approve\":\"approve\"},\"jobs\":[{\"name\":\"a-myapp-1-deploy-myapps\",\"type\":\"zadig-deploy\",\"status\":\"passed\",\"start_time\":1664172986,\"end_time\":1664172990,\"spec\":{\"env\":\"dev\",\"skip_check_run_status\":false,\"service_and_images\":[{\"service_name\":\"a\",\"service_module\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\"}]}}]},{\"name\":\"General task\",\"status\":\"passed\",\"start_time\":1664172990,\"end_time\":1664172993,\"jobs\":[{\"name\":\"echo-hello\",\"type\":\"freestyle\",\"status\":\"passed\",\"start_time\":1664172990,\"end_time\":1664172993,\"spec\":{\"repos\":[{\"source\":\"gitee\",\"repo_owner\":\"kr-test-dev\",\"repo_namespace\":\"kr-test-dev\",\"repo_name\":\"demo-test\",\"remote_name\":\"origin\",\"branch\":\"master\",\"commit_id\":\"2000aba9195bfce73b0a676e48c0ebfe2f59a4a9\",\"commit_message\":\"update org-debug.txt.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\"address\":\"https://gitee.com\",\"author_name\":\"grandy\"}],\"image\":\"\",\"service_name\":\"\",\"service_module\":\"\",\"envs\":[{\"key\":\"myName\",\"value\":\"zadig\",\"type\":\"string\",\"is_credential\":false}]}}]},{\"name\":\"Custom task\",\"status\":\"passed\",\"start_time\":1664172993,\"end_time\":1664172997,\"jobs\":[{\"name\":\"say-hi\",\"type\":\"plugin\",\"status\":\"passed\",\"start_time\":1664172993,\"end_time\":1664172997,\"error\":\"\",\"spec\":{\"name\":\"Output Hello greeting information\",\"is_offical\":false,\"description\":\"Greet specified user\",\"repo_url\":\"\",\"version\":\"v0.0.1\",\"image\":\"koderover.tencentcloudcr.com/koderover-public/greeting-bot:20220923-amd64\",\"args\":[],\"cmds\":[],\"envs\":[{\"name\":\"WHO_AM_I\",\"value\":\"Zadig\"},{\"name\":\"WEATHER_STATUS\",\"value\":\"sunny\"}],\"inputs\":[{\"name\":\"who_am_i\",\"description\":\"who am i\",\"type\":\"string\",\"value\":\"zadig\",\"default\":\"zadig\",\"is_credential\":false},{\"name\":\"weather_status\",\"description\":\"what's the weather like today\",\"type\":\"choice\",\"value\":\"sunny\",\"choice_否\":[\"sunny\",\"cloudy\",\"rainy\"],\"default\":\"sunny\",\"is_credential\":false}],\"outputs\":[]}}]}],\"project_key\":\"simple-service-demo\"}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_workflow_task(7i64, "workflowKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn get_workflow_task_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/custom/task",
        query: &[("taskId", "7"), ("workflowKey", "workflowKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"task_id\":24,\"workflow_key\":\"build-images\",\"params\":[{\"name\":\"USERNAME\",\"description\":\"\",\"type\":\"string\",\"value\":\"zadig\",\"default\":\"\",\"is_credential\":false}],\"status\":\"running\",\"task_creator\":\"admin\",\"create_time\":1664161285,\"start_time\":1664161286,\"end_time\":1664172997,\"stages\":[{\"name\":\"build\",\"status\":\"passed\",\"start_time\":1664161286,\"end_time\":1664172974,\"jobs\":[{\"name\":\"a-myapp-1-build-myapps\",\"type\":\"zadig-build\",\"status\":\"passed\",\"start_time\":1664172967,\"end_time\":1664172974,\"spec\":{\"repos\":[{\"source\":\"gitee\",\"repo_owner\":\"kr-test-dev\",\"repo_namespace\":\"kr-test-dev\",\"repo_name\":\"zadig\",\"remote_name\":\"origin\",\"branch\":\"main\",\"commit_id\":\"a13120997b95d8b63f2b5b29c700f89d38a5de54\",\"commit_message\":\"update pkg/microservice/warpdrive/config/const.go.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\"address\":\"https://gitee.com\",\"author_name\":\"grandy\"}],\"image\":\"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\",\"service_name\":\"a\",\"service_module\":\"myapp-1\",\"envs\":[{\"key\":\"username\",\"value\":\"admin\",\"type\":\"string\",\"is_credential\":false},{\"key\":\"password\",\"value\":\"zadig\",\"type\":\"string\",\"is_credential\":true},{\"key\":\"version\",\"value\":\"1\",\"type\":\"string\",\"is_credential\":false}]}}]},{\"name\":\"Deploy\",\"status\":\"passed\",\"start_time\":1664172974,\"end_time\":1664172990,\"approval\":{\"enabled\":true,\"approve_users\":[{\"user_name\":\"admin\",\"reject_or_approve\":\"approve\",\"comment\":\"LGTM\",\"operation_time\":1664172985}],\"timeout\":120,\"needed_approvers\":1,\"description\":\"Need approval to deploy\",\"reject_or_approve\":\"approve\"},\"jobs\":[{\"name\":\"a-myapp-1-deploy-myapps\",\"type\":\"zadig-deploy\",\"status\":\"passed\",\"start_time\":1664172986,\"end_time\":1664172990,\"spec\":{\"env\":\"dev\",\"skip_check_run_status\":false,\"service_and_images\":[{\"service_name\":\"a\",\"service_module\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\"}]}}]},{\"name\":\"General task\",\"status\":\"passed\",\"start_time\":1664172990,\"end_time\":1664172993,\"jobs\":[{\"name\":\"echo-hello\",\"type\":\"freestyle\",\"status\":\"passed\",\"start_time\":1664172990,\"end_time\":1664172993,\"spec\":{\"repos\":[{\"source\":\"gitee\",\"repo_owner\":\"kr-test-dev\",\"repo_namespace\":\"kr-test-dev\",\"repo_name\":\"demo-test\",\"remote_name\":\"origin\",\"branch\":\"master\",\"commit_id\":\"2000aba9195bfce73b0a676e48c0ebfe2f59a4a9\",\"commit_message\":\"update org-debug.txt.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\"address\":\"https://gitee.com\",\"author_name\":\"grandy\"}],\"image\":\"\",\"service_name\":\"\",\"service_module\":\"\",\"envs\":[{\"key\":\"myName\",\"value\":\"zadig\",\"type\":\"string\",\"is_credential\":false}]}}]},{\"name\":\"Custom task\",\"status\":\"passed\",\"start_time\":1664172993,\"end_time\":1664172997,\"jobs\":[{\"name\":\"say-hi\",\"type\":\"plugin\",\"status\":\"passed\",\"start_time\":1664172993,\"end_time\":1664172997,\"error\":\"\",\"spec\":{\"name\":\"Output Hello greeting information\",\"is_offical\":false,\"description\":\"Greet specified user\",\"repo_url\":\"\",\"version\":\"v0.0.1\",\"image\":\"koderover.tencentcloudcr.com/koderover-public/greeting-bot:20220923-amd64\",\"args\":[],\"cmds\":[],\"envs\":[{\"name\":\"WHO_AM_I\",\"value\":\"Zadig\"},{\"name\":\"WEATHER_STATUS\",\"value\":\"sunny\"}],\"inputs\":[{\"name\":\"who_am_i\",\"description\":\"who am i\",\"type\":\"string\",\"value\":\"zadig\",\"default\":\"zadig\",\"is_credential\":false},{\"name\":\"weather_status\",\"description\":\"what's the weather like today\",\"type\":\"choice\",\"value\":\"sunny\",\"choice_否\":[\"sunny\",\"cloudy\",\"rainy\"],\"default\":\"sunny\",\"is_credential\":false}],\"outputs\":[]}}]}],\"project_key\":\"simple-service-demo\"}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_workflow_task(7i64, "workflowKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn execute_workflow() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/task",
        query: &[],
        body: Some(
            "{\"project_key\":\"helm\",\"workflow_key\":\"test-openapi\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[]}}],\"inputs\":[{\"job_name\":\"build-myapps\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.******.com/test\",\"service_list\":[{\"service_module\":\"aslan\",\"service_name\":\"zadig\",\"repo_info\":[{\"codehost_name\":\"koderover\",\"repo_namespace\":\"koderover\",\"repo_name\":\"zadig\",\"branch\":\"main\"}],\"inputs\":[{\"key\":\"username\",\"value\":\"admin\"},{\"key\":\"password\",\"value\":\"Zadig\"}]}]}},{\"job_name\":\"deploy-myapps\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"zadig\",\"service_module\":\"aslan\",\"image_name\":\"koderover.******.com/test/aslan:main\",\"value_merge_strategy\":\"override\"},{\"service_name\":\"zadig\",\"service_module\":\"zadig-portal\",\"image_name\":\"koderover.******.com/test/zadig-portal:main\",\"value_merge_strategy\":\"reuse-values\"}]}},{\"job_name\":\"jira-issue-update\",\"job_type\":\"freestyle\",\"parameters\":{\"kv\":[{\"key\":\"IssueID\",\"value\":\"ZAD-10126\"},{\"key\":\"FromStatus\",\"value\":\"Testing\"},{\"key\":\"TargetStatus\",\"value\":\"ToBeReleased\"}]}},{\"job_name\":\"deploy-my-app\",\"job_type\":\"custom-deploy\",\"parameters\":{\"target_list\":[{\"workload_type\":\"Deployment\",\"workload_name\":\"service2\",\"container_name\":\"service2\",\"image_name\":\"koderover.***.com/test/service2:0505\"}]}},{\"job_name\":\"sql\",\"job_type\":\"sql\",\"parameters\":{\"database_name\":\"mysql\",\"sql\":\"show databases;\"}}],\"notify_inputs\":[{\"id\":1,\"type\":\"feishu_person\",\"lark_person_notification_config\":{\"users\":[{\"id\":\"35g99291\",\"id_type\":\"user_id\"}]}}]}",
        ),
        reply: Reply::Json(
            "{\"project_name\":\"simple-service-demo\",\"workflow_name\":\"openapi-test\",\"task_id\":20}",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .execute_workflow(
            match serde_json::from_str::<
                crate::types::ExecuteWorkflowRequest,
            >(
                "{\"project_key\":\"helm\",\"workflow_key\":\"test-openapi\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[]}}],\"inputs\":[{\"job_name\":\"build-myapps\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.******.com/test\",\"service_list\":[{\"service_module\":\"aslan\",\"service_name\":\"zadig\",\"repo_info\":[{\"codehost_name\":\"koderover\",\"repo_namespace\":\"koderover\",\"repo_name\":\"zadig\",\"branch\":\"main\"}],\"inputs\":[{\"key\":\"username\",\"value\":\"admin\"},{\"key\":\"password\",\"value\":\"Zadig\"}]}]}},{\"job_name\":\"deploy-myapps\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"zadig\",\"service_module\":\"aslan\",\"image_name\":\"koderover.******.com/test/aslan:main\",\"value_merge_strategy\":\"override\"},{\"service_name\":\"zadig\",\"service_module\":\"zadig-portal\",\"image_name\":\"koderover.******.com/test/zadig-portal:main\",\"value_merge_strategy\":\"reuse-values\"}]}},{\"job_name\":\"jira-issue-update\",\"job_type\":\"freestyle\",\"parameters\":{\"kv\":[{\"key\":\"IssueID\",\"value\":\"ZAD-10126\"},{\"key\":\"FromStatus\",\"value\":\"Testing\"},{\"key\":\"TargetStatus\",\"value\":\"ToBeReleased\"}]}},{\"job_name\":\"deploy-my-app\",\"job_type\":\"custom-deploy\",\"parameters\":{\"target_list\":[{\"workload_type\":\"Deployment\",\"workload_name\":\"service2\",\"container_name\":\"service2\",\"image_name\":\"koderover.***.com/test/service2:0505\"}]}},{\"job_name\":\"sql\",\"job_type\":\"sql\",\"parameters\":{\"database_name\":\"mysql\",\"sql\":\"show databases;\"}}],\"notify_inputs\":[{\"id\":1,\"type\":\"feishu_person\",\"lark_person_notification_config\":{\"users\":[{\"id\":\"35g99291\",\"id_type\":\"user_id\"}]}}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn execute_workflow_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/task",
        query: &[],
        body: Some(
            "{\"project_key\":\"helm\",\"workflow_key\":\"test-openapi\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[]}}],\"inputs\":[{\"job_name\":\"build-myapps\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.******.com/test\",\"service_list\":[{\"service_module\":\"aslan\",\"service_name\":\"zadig\",\"repo_info\":[{\"codehost_name\":\"koderover\",\"repo_namespace\":\"koderover\",\"repo_name\":\"zadig\",\"branch\":\"main\"}],\"inputs\":[{\"key\":\"username\",\"value\":\"admin\"},{\"key\":\"password\",\"value\":\"Zadig\"}]}]}},{\"job_name\":\"deploy-myapps\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"zadig\",\"service_module\":\"aslan\",\"image_name\":\"koderover.******.com/test/aslan:main\",\"value_merge_strategy\":\"override\"},{\"service_name\":\"zadig\",\"service_module\":\"zadig-portal\",\"image_name\":\"koderover.******.com/test/zadig-portal:main\",\"value_merge_strategy\":\"reuse-values\"}]}},{\"job_name\":\"jira-issue-update\",\"job_type\":\"freestyle\",\"parameters\":{\"kv\":[{\"key\":\"IssueID\",\"value\":\"ZAD-10126\"},{\"key\":\"FromStatus\",\"value\":\"Testing\"},{\"key\":\"TargetStatus\",\"value\":\"ToBeReleased\"}]}},{\"job_name\":\"deploy-my-app\",\"job_type\":\"custom-deploy\",\"parameters\":{\"target_list\":[{\"workload_type\":\"Deployment\",\"workload_name\":\"service2\",\"container_name\":\"service2\",\"image_name\":\"koderover.***.com/test/service2:0505\"}]}},{\"job_name\":\"sql\",\"job_type\":\"sql\",\"parameters\":{\"database_name\":\"mysql\",\"sql\":\"show databases;\"}}],\"notify_inputs\":[{\"id\":1,\"type\":\"feishu_person\",\"lark_person_notification_config\":{\"users\":[{\"id\":\"35g99291\",\"id_type\":\"user_id\"}]}}]}",
        ),
        reply: Reply::Json(
            "{\"project_name\":\"simple-service-demo\",\"workflow_name\":\"openapi-test\",\"task_id\":20}",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .execute_workflow(
            match serde_json::from_str::<
                crate::types::ExecuteWorkflowRequest,
            >(
                "{\"project_key\":\"helm\",\"workflow_key\":\"test-openapi\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[]}}],\"inputs\":[{\"job_name\":\"build-myapps\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.******.com/test\",\"service_list\":[{\"service_module\":\"aslan\",\"service_name\":\"zadig\",\"repo_info\":[{\"codehost_name\":\"koderover\",\"repo_namespace\":\"koderover\",\"repo_name\":\"zadig\",\"branch\":\"main\"}],\"inputs\":[{\"key\":\"username\",\"value\":\"admin\"},{\"key\":\"password\",\"value\":\"Zadig\"}]}]}},{\"job_name\":\"deploy-myapps\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"zadig\",\"service_module\":\"aslan\",\"image_name\":\"koderover.******.com/test/aslan:main\",\"value_merge_strategy\":\"override\"},{\"service_name\":\"zadig\",\"service_module\":\"zadig-portal\",\"image_name\":\"koderover.******.com/test/zadig-portal:main\",\"value_merge_strategy\":\"reuse-values\"}]}},{\"job_name\":\"jira-issue-update\",\"job_type\":\"freestyle\",\"parameters\":{\"kv\":[{\"key\":\"IssueID\",\"value\":\"ZAD-10126\"},{\"key\":\"FromStatus\",\"value\":\"Testing\"},{\"key\":\"TargetStatus\",\"value\":\"ToBeReleased\"}]}},{\"job_name\":\"deploy-my-app\",\"job_type\":\"custom-deploy\",\"parameters\":{\"target_list\":[{\"workload_type\":\"Deployment\",\"workload_name\":\"service2\",\"container_name\":\"service2\",\"image_name\":\"koderover.***.com/test/service2:0505\"}]}},{\"job_name\":\"sql\",\"job_type\":\"sql\",\"parameters\":{\"database_name\":\"mysql\",\"sql\":\"show databases;\"}}],\"notify_inputs\":[{\"id\":1,\"type\":\"feishu_person\",\"lark_person_notification_config\":{\"users\":[{\"id\":\"35g99291\",\"id_type\":\"user_id\"}]}}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn cancel_workflow_task() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/custom/task",
        query: &[("taskId", "7"), ("workflowKey", "workflowKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .cancel_workflow_task(7i64, "workflowKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn cancel_workflow_task_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/custom/task",
        query: &[("taskId", "7"), ("workflowKey", "workflowKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .cancel_workflow_task(7i64, "workflowKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn retry_workflow_task() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/workflowKey%20a%2Fb%3Fc%20d/task/7",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .retry_workflow_task("workflowKey a/b?c d", 7i64, "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn retry_workflow_task_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/workflowKey%20a%2Fb%3Fc%20d/task/7",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .retry_workflow_task("workflowKey a/b?c d", 7i64, "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn approve_workflow_task() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/task/approve",
        query: &[],
        body: Some(
            "{\"task_id\":2,\"workflow_key\":\"infra-dev-workflow\",\"stage_name\":\"deploy\",\"approve\":true,\"comment\":\"LGTM\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .approve_workflow_task(
            match serde_json::from_str::<
                crate::types::ApproveWorkflowTaskRequest,
            >(
                "{\"task_id\":2,\"workflow_key\":\"infra-dev-workflow\",\"stage_name\":\"deploy\",\"approve\":true,\"comment\":\"LGTM\"}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn approve_workflow_task_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/task/approve",
        query: &[],
        body: Some(
            "{\"task_id\":2,\"workflow_key\":\"infra-dev-workflow\",\"stage_name\":\"deploy\",\"approve\":true,\"comment\":\"LGTM\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .approve_workflow_task(
            match serde_json::from_str::<
                crate::types::ApproveWorkflowTaskRequest,
            >(
                "{\"task_id\":2,\"workflow_key\":\"infra-dev-workflow\",\"stage_name\":\"deploy\",\"approve\":true,\"comment\":\"LGTM\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn create_workflow() {
    let exchange = Exchange {
        method: "POST",
        path: "/api/aslan/workflow/v4",
        query: &[],
        body: Some(
            "{\"name\":\"workflow-demo\",\"display_name\":\"workflow-demo\",\"project\":\"demo\",\"description\":\"workflow-demo description\",\"concurrency_limit\":5,\"stages\":[{\"name\":\"Build\",\"parallel\":true,\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"run_policy\":\"\",\"spec\":{\"docker_registry_id\":\"62c**********\",\"service_and_builds\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"nginx\",\"value\":\"service1/service1\",\"build_name\":\"build-demo\"}]}}]},{\"name\":\"Deploy\",\"parallel\":true,\"approval\":{\"enabled\":true,\"type\":\"native\",\"native_approval\":{\"approve_users\":[{\"user_name\":\"admin\",\"user_id\":\"9792310b-**********\"},{\"user_name\":\"sre-admin\",\"user_id\":\"9837370s-**********\"}],\"timeout\":5,\"needed_approvers\":1}},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"spec\":{\"env\":\"dev\",\"production\":false,\"deploy_contents\":[\"image\"],\"skip_check_run_status\":false,\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_images\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"value\":\"service1/service1\"}]}}]},{\"name\":\"Test\",\"parallel\":true,\"jobs\":[{\"name\":\"test\",\"type\":\"zadig-test\",\"spec\":{\"test_type\":\"service_test\",\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_tests\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"name\":\"smoke-test\",\"project_name\":\"voting-app\"}]}}]},{\"name\":\"Distribute\",\"parallel\":true,\"jobs\":[{\"name\":\"common\",\"type\":\"freestyle\",\"run_policy\":\"\",\"spec\":{\"properties\":{\"timeout\":60,\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"memory_limit\":512},\"cluster_id\":\"\",\"build_os\":\"focal\",\"image_id\":\"630xxxxxxxxxxxx\",\"image_from\":\"koderover\",\"envs\":[{\"key\":\"key1\",\"value\":\"val1\",\"type\":\"string\",\"is_credential\":false}],\"cache_enable\":true,\"cache_dir_type\":\"workspace\",\"cache_user_dir\":\"\"},\"steps\":[{\"name\":\"tools\",\"type\":\"tools\",\"spec\":{\"installs\":[{\"name\":\"go\",\"version\":\"1.19.3\",\"id\":\"go1.19.3\"}]}},{\"name\":\"git\",\"type\":\"git\",\"spec\":{\"repos\":[{\"codehost_id\":23,\"repo_owner\":\"owner1\",\"repo_name\":\"hello\",\"source\":\"GitHub\",\"branch\":\"main\",\"checkout_path\":\"\",\"remote_name\":\"origin\",\"submodules\":false,\"hidden\":false,\"repo_namespace\":\"owner1\"}]}},{\"name\":\"shell\",\"type\":\"shell\",\"spec\":{\"script\":\"#!/bin/bash\\nset -e\\necho hello\"}}]}}]},{\"name\":\"Image Distribution\",\"parallel\":true,\"jobs\":[{\"name\":\"image-release\",\"type\":\"zadig-distribute-image\",\"run_policy\":\"\",\"isCreate\":true,\"spec\":{\"source\":\"fromjob\",\"job_name\":\"build\",\"source_registry_id\":\"\",\"target_registry_id\":\"630xxxxxxxxxxxx\",\"targets\":[{\"service_name\":\"n-1\",\"service_module\":\"nginx-latest\",\"image_name\":\"nginx\",\"value\":\"n-1/nginx-latest\"}],\"timeout\":10,\"cluster_id\":\"\",\"params\":[]}}]}]}",
        ),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_workflow(
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"workflow-demo\",\"display_name\":\"workflow-demo\",\"project\":\"demo\",\"description\":\"workflow-demo description\",\"concurrency_limit\":5,\"stages\":[{\"name\":\"Build\",\"parallel\":true,\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"run_policy\":\"\",\"spec\":{\"docker_registry_id\":\"62c**********\",\"service_and_builds\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"nginx\",\"value\":\"service1/service1\",\"build_name\":\"build-demo\"}]}}]},{\"name\":\"Deploy\",\"parallel\":true,\"approval\":{\"enabled\":true,\"type\":\"native\",\"native_approval\":{\"approve_users\":[{\"user_name\":\"admin\",\"user_id\":\"9792310b-**********\"},{\"user_name\":\"sre-admin\",\"user_id\":\"9837370s-**********\"}],\"timeout\":5,\"needed_approvers\":1}},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"spec\":{\"env\":\"dev\",\"production\":false,\"deploy_contents\":[\"image\"],\"skip_check_run_status\":false,\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_images\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"value\":\"service1/service1\"}]}}]},{\"name\":\"Test\",\"parallel\":true,\"jobs\":[{\"name\":\"test\",\"type\":\"zadig-test\",\"spec\":{\"test_type\":\"service_test\",\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_tests\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"name\":\"smoke-test\",\"project_name\":\"voting-app\"}]}}]},{\"name\":\"Distribute\",\"parallel\":true,\"jobs\":[{\"name\":\"common\",\"type\":\"freestyle\",\"run_policy\":\"\",\"spec\":{\"properties\":{\"timeout\":60,\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"memory_limit\":512},\"cluster_id\":\"\",\"build_os\":\"focal\",\"image_id\":\"630xxxxxxxxxxxx\",\"image_from\":\"koderover\",\"envs\":[{\"key\":\"key1\",\"value\":\"val1\",\"type\":\"string\",\"is_credential\":false}],\"cache_enable\":true,\"cache_dir_type\":\"workspace\",\"cache_user_dir\":\"\"},\"steps\":[{\"name\":\"tools\",\"type\":\"tools\",\"spec\":{\"installs\":[{\"name\":\"go\",\"version\":\"1.19.3\",\"id\":\"go1.19.3\"}]}},{\"name\":\"git\",\"type\":\"git\",\"spec\":{\"repos\":[{\"codehost_id\":23,\"repo_owner\":\"owner1\",\"repo_name\":\"hello\",\"source\":\"GitHub\",\"branch\":\"main\",\"checkout_path\":\"\",\"remote_name\":\"origin\",\"submodules\":false,\"hidden\":false,\"repo_namespace\":\"owner1\"}]}},{\"name\":\"shell\",\"type\":\"shell\",\"spec\":{\"script\":\"#!/bin/bash\\nset -e\\necho hello\"}}]}}]},{\"name\":\"Image Distribution\",\"parallel\":true,\"jobs\":[{\"name\":\"image-release\",\"type\":\"zadig-distribute-image\",\"run_policy\":\"\",\"isCreate\":true,\"spec\":{\"source\":\"fromjob\",\"job_name\":\"build\",\"source_registry_id\":\"\",\"target_registry_id\":\"630xxxxxxxxxxxx\",\"targets\":[{\"service_name\":\"n-1\",\"service_module\":\"nginx-latest\",\"image_name\":\"nginx\",\"value\":\"n-1/nginx-latest\"}],\"timeout\":10,\"cluster_id\":\"\",\"params\":[]}}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn create_workflow_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/api/aslan/workflow/v4",
        query: &[],
        body: Some(
            "{\"name\":\"workflow-demo\",\"display_name\":\"workflow-demo\",\"project\":\"demo\",\"description\":\"workflow-demo description\",\"concurrency_limit\":5,\"stages\":[{\"name\":\"Build\",\"parallel\":true,\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"run_policy\":\"\",\"spec\":{\"docker_registry_id\":\"62c**********\",\"service_and_builds\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"nginx\",\"value\":\"service1/service1\",\"build_name\":\"build-demo\"}]}}]},{\"name\":\"Deploy\",\"parallel\":true,\"approval\":{\"enabled\":true,\"type\":\"native\",\"native_approval\":{\"approve_users\":[{\"user_name\":\"admin\",\"user_id\":\"9792310b-**********\"},{\"user_name\":\"sre-admin\",\"user_id\":\"9837370s-**********\"}],\"timeout\":5,\"needed_approvers\":1}},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"spec\":{\"env\":\"dev\",\"production\":false,\"deploy_contents\":[\"image\"],\"skip_check_run_status\":false,\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_images\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"value\":\"service1/service1\"}]}}]},{\"name\":\"Test\",\"parallel\":true,\"jobs\":[{\"name\":\"test\",\"type\":\"zadig-test\",\"spec\":{\"test_type\":\"service_test\",\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_tests\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"name\":\"smoke-test\",\"project_name\":\"voting-app\"}]}}]},{\"name\":\"Distribute\",\"parallel\":true,\"jobs\":[{\"name\":\"common\",\"type\":\"freestyle\",\"run_policy\":\"\",\"spec\":{\"properties\":{\"timeout\":60,\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"memory_limit\":512},\"cluster_id\":\"\",\"build_os\":\"focal\",\"image_id\":\"630xxxxxxxxxxxx\",\"image_from\":\"koderover\",\"envs\":[{\"key\":\"key1\",\"value\":\"val1\",\"type\":\"string\",\"is_credential\":false}],\"cache_enable\":true,\"cache_dir_type\":\"workspace\",\"cache_user_dir\":\"\"},\"steps\":[{\"name\":\"tools\",\"type\":\"tools\",\"spec\":{\"installs\":[{\"name\":\"go\",\"version\":\"1.19.3\",\"id\":\"go1.19.3\"}]}},{\"name\":\"git\",\"type\":\"git\",\"spec\":{\"repos\":[{\"codehost_id\":23,\"repo_owner\":\"owner1\",\"repo_name\":\"hello\",\"source\":\"GitHub\",\"branch\":\"main\",\"checkout_path\":\"\",\"remote_name\":\"origin\",\"submodules\":false,\"hidden\":false,\"repo_namespace\":\"owner1\"}]}},{\"name\":\"shell\",\"type\":\"shell\",\"spec\":{\"script\":\"#!/bin/bash\\nset -e\\necho hello\"}}]}}]},{\"name\":\"Image Distribution\",\"parallel\":true,\"jobs\":[{\"name\":\"image-release\",\"type\":\"zadig-distribute-image\",\"run_policy\":\"\",\"isCreate\":true,\"spec\":{\"source\":\"fromjob\",\"job_name\":\"build\",\"source_registry_id\":\"\",\"target_registry_id\":\"630xxxxxxxxxxxx\",\"targets\":[{\"service_name\":\"n-1\",\"service_module\":\"nginx-latest\",\"image_name\":\"nginx\",\"value\":\"n-1/nginx-latest\"}],\"timeout\":10,\"cluster_id\":\"\",\"params\":[]}}]}]}",
        ),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_workflow(
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"workflow-demo\",\"display_name\":\"workflow-demo\",\"project\":\"demo\",\"description\":\"workflow-demo description\",\"concurrency_limit\":5,\"stages\":[{\"name\":\"Build\",\"parallel\":true,\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"run_policy\":\"\",\"spec\":{\"docker_registry_id\":\"62c**********\",\"service_and_builds\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"nginx\",\"value\":\"service1/service1\",\"build_name\":\"build-demo\"}]}}]},{\"name\":\"Deploy\",\"parallel\":true,\"approval\":{\"enabled\":true,\"type\":\"native\",\"native_approval\":{\"approve_users\":[{\"user_name\":\"admin\",\"user_id\":\"9792310b-**********\"},{\"user_name\":\"sre-admin\",\"user_id\":\"9837370s-**********\"}],\"timeout\":5,\"needed_approvers\":1}},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"spec\":{\"env\":\"dev\",\"production\":false,\"deploy_contents\":[\"image\"],\"skip_check_run_status\":false,\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_images\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"value\":\"service1/service1\"}]}}]},{\"name\":\"Test\",\"parallel\":true,\"jobs\":[{\"name\":\"test\",\"type\":\"zadig-test\",\"spec\":{\"test_type\":\"service_test\",\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_tests\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"name\":\"smoke-test\",\"project_name\":\"voting-app\"}]}}]},{\"name\":\"Distribute\",\"parallel\":true,\"jobs\":[{\"name\":\"common\",\"type\":\"freestyle\",\"run_policy\":\"\",\"spec\":{\"properties\":{\"timeout\":60,\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"memory_limit\":512},\"cluster_id\":\"\",\"build_os\":\"focal\",\"image_id\":\"630xxxxxxxxxxxx\",\"image_from\":\"koderover\",\"envs\":[{\"key\":\"key1\",\"value\":\"val1\",\"type\":\"string\",\"is_credential\":false}],\"cache_enable\":true,\"cache_dir_type\":\"workspace\",\"cache_user_dir\":\"\"},\"steps\":[{\"name\":\"tools\",\"type\":\"tools\",\"spec\":{\"installs\":[{\"name\":\"go\",\"version\":\"1.19.3\",\"id\":\"go1.19.3\"}]}},{\"name\":\"git\",\"type\":\"git\",\"spec\":{\"repos\":[{\"codehost_id\":23,\"repo_owner\":\"owner1\",\"repo_name\":\"hello\",\"source\":\"GitHub\",\"branch\":\"main\",\"checkout_path\":\"\",\"remote_name\":\"origin\",\"submodules\":false,\"hidden\":false,\"repo_namespace\":\"owner1\"}]}},{\"name\":\"shell\",\"type\":\"shell\",\"spec\":{\"script\":\"#!/bin/bash\\nset -e\\necho hello\"}}]}}]},{\"name\":\"Image Distribution\",\"parallel\":true,\"jobs\":[{\"name\":\"image-release\",\"type\":\"zadig-distribute-image\",\"run_policy\":\"\",\"isCreate\":true,\"spec\":{\"source\":\"fromjob\",\"job_name\":\"build\",\"source_registry_id\":\"\",\"target_registry_id\":\"630xxxxxxxxxxxx\",\"targets\":[{\"service_name\":\"n-1\",\"service_module\":\"nginx-latest\",\"image_name\":\"nginx\",\"value\":\"n-1/nginx-latest\"}],\"timeout\":10,\"cluster_id\":\"\",\"params\":[]}}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn update_workflow() {
    let exchange = Exchange {
        method: "PUT",
        path: "/api/aslan/workflow/v4/name%20a%2Fb%3Fc%20d",
        query: &[("projectName", "projectName value & more")],
        body: Some(
            "{\"name\":\"text\",\"display_name\":\"text\",\"project\":\"text\",\"description\":\"text\",\"concurrency_limit\":7,\"stages\":[{\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"text\",\"type\":\"text\",\"description\":\"text\",\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"text\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"any\":[\"json\",1]},\"approve_users\":[{\"any\":[\"json\",1]}],\"approval_nodes\":[{}],\"instance_code\":\"text\"},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"any\":[\"json\",1]},\"approval_nodes\":[{}],\"instance_code\":\"text\"}},\"jobs\":[{\"name\":\"text\",\"type\":\"zadig-build\",\"skipped\":true,\"run_policy\":\"text\",\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"service_modules\":[{\"any\":[\"json\",1]}]}]}]}",
        ),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_workflow(
            "name a/b?c d",
            "projectName value & more",
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"text\",\"display_name\":\"text\",\"project\":\"text\",\"description\":\"text\",\"concurrency_limit\":7,\"stages\":[{\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"text\",\"type\":\"text\",\"description\":\"text\",\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"text\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"any\":[\"json\",1]},\"approve_users\":[{\"any\":[\"json\",1]}],\"approval_nodes\":[{}],\"instance_code\":\"text\"},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"any\":[\"json\",1]},\"approval_nodes\":[{}],\"instance_code\":\"text\"}},\"jobs\":[{\"name\":\"text\",\"type\":\"zadig-build\",\"skipped\":true,\"run_policy\":\"text\",\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"service_modules\":[{\"any\":[\"json\",1]}]}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn update_workflow_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/api/aslan/workflow/v4/name%20a%2Fb%3Fc%20d",
        query: &[("projectName", "projectName value & more")],
        body: Some(
            "{\"name\":\"text\",\"display_name\":\"text\",\"project\":\"text\",\"description\":\"text\",\"concurrency_limit\":7,\"stages\":[{\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"text\",\"type\":\"text\",\"description\":\"text\",\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"text\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"any\":[\"json\",1]},\"approve_users\":[{\"any\":[\"json\",1]}],\"approval_nodes\":[{}],\"instance_code\":\"text\"},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"any\":[\"json\",1]},\"approval_nodes\":[{}],\"instance_code\":\"text\"}},\"jobs\":[{\"name\":\"text\",\"type\":\"zadig-build\",\"skipped\":true,\"run_policy\":\"text\",\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"service_modules\":[{\"any\":[\"json\",1]}]}]}]}",
        ),
        reply: Reply::Json("{\"any\":[\"json\",1]}"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_workflow(
            "name a/b?c d",
            "projectName value & more",
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"text\",\"display_name\":\"text\",\"project\":\"text\",\"description\":\"text\",\"concurrency_limit\":7,\"stages\":[{\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"text\",\"type\":\"text\",\"description\":\"text\",\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"text\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"any\":[\"json\",1]},\"approve_users\":[{\"any\":[\"json\",1]}],\"approval_nodes\":[{}],\"instance_code\":\"text\"},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"any\":[\"json\",1]},\"approval_nodes\":[{}],\"instance_code\":\"text\"}},\"jobs\":[{\"name\":\"text\",\"type\":\"zadig-build\",\"skipped\":true,\"run_policy\":\"text\",\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"service_modules\":[{\"any\":[\"json\",1]}]}]}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn delete_workflow() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/custom",
        query: &[
            ("workflowKey", "workflowKey value & more"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_workflow("workflowKey value & more", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn delete_workflow_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/custom",
        query: &[
            ("workflowKey", "workflowKey value & more"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_workflow("workflowKey value & more", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn list_workflow_views() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/view",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"name\":\"test-view\",\"project_key\":\"lilian-test\",\"workflows\":[{\"workflow_key\":\"xiaxianfuwu\",\"workflow_type\":\"custom\"}],\"update_time\":1689329334,\"update_by\":\"admin\"}]",
        ),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_workflow_views("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "blocking")]
#[test]
fn list_workflow_views_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/view",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"name\":\"test-view\",\"project_key\":\"lilian-test\",\"workflows\":[{\"workflow_key\":\"xiaxianfuwu\",\"workflow_type\":\"custom\"}],\"update_time\":1689329334,\"update_by\":\"admin\"}]",
        ),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_workflow_views("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[tokio::test]
async fn create_workflow_view() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/view",
        query: &[],
        body: Some(
            "{\"project_key\":\"demo\",\"name\":\"view-demo\",\"workflow_list\":[{\"workflow_key\":\"dev\",\"workflow_type\":\"custom\"},{\"workflow_key\":\"nacos-config-update\",\"workflow_type\":\"custom\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_workflow_view(
            match serde_json::from_str::<
                crate::types::CreateWorkflowViewRequest,
            >(
                "{\"project_key\":\"demo\",\"name\":\"view-demo\",\"workflow_list\":[{\"workflow_key\":\"dev\",\"workflow_type\":\"custom\"},{\"workflow_key\":\"nacos-config-update\",\"workflow_type\":\"custom\"}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn create_workflow_view_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/view",
        query: &[],
        body: Some(
            "{\"project_key\":\"demo\",\"name\":\"view-demo\",\"workflow_list\":[{\"workflow_key\":\"dev\",\"workflow_type\":\"custom\"},{\"workflow_key\":\"nacos-config-update\",\"workflow_type\":\"custom\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_workflow_view(
            match serde_json::from_str::<
                crate::types::CreateWorkflowViewRequest,
            >(
                "{\"project_key\":\"demo\",\"name\":\"view-demo\",\"workflow_list\":[{\"workflow_key\":\"dev\",\"workflow_type\":\"custom\"},{\"workflow_key\":\"nacos-config-update\",\"workflow_type\":\"custom\"}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn update_workflow_view() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/workflows/view/viewName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"workflow_list\":[{\"workflow_key\":\"build-deploy\",\"workflow_type\":\"custom\",\"enabled\":true}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_workflow_view(
            "viewName a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateWorkflowViewRequest,
            >(
                "{\"workflow_list\":[{\"workflow_key\":\"build-deploy\",\"workflow_type\":\"custom\",\"enabled\":true}]}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn update_workflow_view_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/workflows/view/viewName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"workflow_list\":[{\"workflow_key\":\"build-deploy\",\"workflow_type\":\"custom\",\"enabled\":true}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_workflow_view(
            "viewName a/b?c d",
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateWorkflowViewRequest,
            >(
                "{\"workflow_list\":[{\"workflow_key\":\"build-deploy\",\"workflow_type\":\"custom\",\"enabled\":true}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn delete_workflow_view() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/view/viewName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_workflow_view("viewName a/b?c d", "projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "blocking")]
#[test]
fn delete_workflow_view_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/view/viewName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_workflow_view("viewName a/b?c d", "projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn create_approval_ticket() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/ticket/approval",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"approval_id\":\"text\",\"status\":7,\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":7,\"execution_window_end\":7}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_approval_ticket(
            match serde_json::from_str::<
                crate::types::CreateApprovalTicketRequest,
            >(
                "{\"project_key\":\"text\",\"approval_id\":\"text\",\"status\":7,\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":7,\"execution_window_end\":7}",
            ) {
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
#[cfg(feature = "blocking")]
#[test]
fn create_approval_ticket_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/ticket/approval",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"approval_id\":\"text\",\"status\":7,\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":7,\"execution_window_end\":7}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_approval_ticket(
            match serde_json::from_str::<
                crate::types::CreateApprovalTicketRequest,
            >(
                "{\"project_key\":\"text\",\"approval_id\":\"text\",\"status\":7,\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":7,\"execution_window_end\":7}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[tokio::test]
async fn stream_workflow_job_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/sse/v4/workflow/workflowName%20a%2Fb%3Fc%20d/7/jobName%20a%2Fb%3Fc%20d/7",
        query: &[],
        body: None,
        reply: Reply::EventStream("data: first line\n\ndata: second line\n\n"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .stream_workflow_job_logs("workflowName a/b?c d", 7i64, "jobName a/b?c d", 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    let lines: Vec<String> = futures_util::TryStreamExt::try_collect(value)
        .await
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[cfg(feature = "blocking")]
#[test]
fn stream_workflow_job_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/sse/v4/workflow/workflowName%20a%2Fb%3Fc%20d/7/jobName%20a%2Fb%3Fc%20d/7",
        query: &[],
        body: None,
        reply: Reply::EventStream("data: first line\n\ndata: second line\n\n"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .stream_workflow_job_logs("workflowName a/b?c d", 7i64, "jobName a/b?c d", 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    let lines: Vec<String> = value
        .collect::<crate::Result<_>>()
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[tokio::test]
async fn get_workflow_job_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/log/v4/workflow/workflowName%20a%2Fb%3Fc%20d/7/jobName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_workflow_job_logs("workflowName a/b?c d", 7i64, "jobName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value, "first line\nsecond line\n");
}
#[cfg(feature = "blocking")]
#[test]
fn get_workflow_job_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/log/v4/workflow/workflowName%20a%2Fb%3Fc%20d/7/jobName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_workflow_job_logs("workflowName a/b?c d", 7i64, "jobName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value, "first line\nsecond line\n");
}
