//! A read-modify-write through the bindings keeps what they do not model: `get_registry`, change
//! one field, `update_registry` sends back every key the server sent, unknown ones included (a
//! newer server's fields are not wiped by an older client).

mod support;

use serde_json::json;
use support::{Harness, endpoint, ok_json};
use wiremock::matchers::body_json;

#[test]
fn get_modify_update_sends_the_unknown_keys_back() {
    let h = Harness::start();
    let served = json!({
        "registry_id": "r1",
        "address": "https://registry.example.com",
        "provider": "native",
        "namespace": "team",
        "is_default": false,
        // Keys the spec does not declare, as a newer server might send them.
        "mirror_of": "docker.io",
        "tls": {"insecure": false, "ca": "-----BEGIN CERTIFICATE-----"}
    });
    h.mount(
        endpoint("GET", "/openapi/system/registry/r1")
            .respond_with(ok_json(served.clone()))
            .expect(2),
    );
    let mut expected = served.clone();
    expected["namespace"] = json!("platform");
    // `region` was absent: Go reads that as "", and the client writes the "" back.
    expected["region"] = json!("");
    h.mount(
        endpoint("PUT", "/openapi/system/registry/r1")
            .and(body_json(&expected))
            .respond_with(ok_json(json!({"message": "success"})))
            .expect(2),
    );

    // Async client: read, change one field, write back.
    let mut registry = h
        .run(h.client.get_registry("r1").send())
        .expect("async get_registry");
    assert_eq!(registry.unknown_fields.len(), 2);
    assert_eq!(
        registry.unknown_fields.get("mirror_of"),
        Some(&json!("docker.io"))
    );
    registry.namespace = "platform".to_owned();
    let ack = h
        .run(h.client.update_registry("r1", registry).send())
        .expect("async update_registry");
    assert_eq!(ack.message, "success");

    // Blocking client: the same cycle.
    let mut registry = h
        .blocking
        .get_registry("r1")
        .send()
        .expect("blocking get_registry");
    registry.namespace = "platform".to_owned();
    let ack = h
        .blocking
        .update_registry("r1", registry)
        .send()
        .expect("blocking update_registry");
    assert_eq!(ack.message, "success");
    h.verify();
}
