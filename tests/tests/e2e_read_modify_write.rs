//! A read-modify-write through the bindings keeps what they do not model: `get_registry`, change
//! one field, `update_registry` sends back every key the server sent, unknown ones included (a
//! newer server's fields are not wiped by an older client). Served by `zadig-mock`, the body
//! matched as exact JSON.

mod support;

use serde_json::json;
use support::on_both;
use zadig_api::types::OpenApiRegistry;
use zadig_mock::MockZadig;

#[test]
fn get_modify_update_sends_the_unknown_keys_back() {
    let mock = MockZadig::start_blocking();
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
    let served_value: OpenApiRegistry = serde_json::from_value(served.clone()).expect("a registry");
    mock.get_registry().id("r1").respond(served_value).times(2);
    let mut expected = served.clone();
    expected["namespace"] = json!("platform");
    // `region` was absent: Go reads that as "", and the client writes the "" back.
    expected["region"] = json!("");
    mock.update_registry()
        .id("r1")
        .body_json(expected)
        .respond_success()
        .times(2);

    // Each client: read, change one field, write back.
    let ack = on_both(
        &mock,
        async |c| {
            let mut registry = c.get_registry("r1").send().await?;
            assert_eq!(registry.unknown_fields.len(), 2);
            assert_eq!(
                registry.unknown_fields.get("mirror_of"),
                Some(&json!("docker.io"))
            );
            registry.namespace = "platform".to_owned();
            c.update_registry("r1", registry).send().await
        },
        |c| {
            let mut registry = c.get_registry("r1").send()?;
            registry.namespace = "platform".to_owned();
            c.update_registry("r1", registry).send()
        },
    );
    assert_eq!(ack.message, "success");
    mock.verify()
        .expect("both cycles sent the unknown keys back");
}
