//! End to end on the mock Zadig server (`zadig-mock`): the Environment API
//! (`spec/environment.yaml`) through the async and the blocking client. Covered: listing and
//! reading test and production environments, a service's workloads, global variables,
//! environment configurations and Kubernetes events (answered with the spec's response examples,
//! `respond_example`), creating an environment, updating its services and scaling a workload
//! (bodies: the spec's request examples decoded through the body types), deleting an environment
//! and restarting a service; a service's rendered YAML (the spec's text example); and one Zadig
//! error.

mod support;

use serde_json::json;
use support::{on_both, on_both_err, request_example};
use zadig_api::ErrorKind;
use zadig_api::types::{
    CreateEnvironmentRequest, EnvConfigType, EnvServiceStatus, EnvironmentStatus,
    ScaleWorkloadRequest, UpdateEnvironmentServicesRequest,
};
use zadig_mock::MockZadig;

#[test]
fn list_environments() {
    let mock = MockZadig::start_blocking();
    mock.list_environments()
        .project_key("simple-demo")
        .respond_example("success")
        .times(2);

    let envs = on_both(
        &mock,
        async |c| c.list_environments("simple-demo").send().await,
        |c| c.list_environments("simple-demo").send(),
    );
    assert_eq!(envs.len(), 2);
    // The docs show the key under `env_name`; the type reads it as `env_key`.
    assert_eq!(envs[0].env_key, "dev");
    assert_eq!(envs[0].namespace, "k8s-fansitest-env-dev");
    assert!(!envs[0].production);
    assert_eq!(envs[0].status, EnvironmentStatus::Success);
    assert_eq!(envs[1].env_key, "dev5");
    assert_eq!(envs[1].registry_id, "6350be2b4503905e98b4b771");
    assert_eq!(envs[1].update_time, 1690181832);
    mock.verify().expect("every expectation met");
}

#[test]
fn get_environment() {
    let mock = MockZadig::start_blocking();
    mock.get_environment()
        .project_key("simple-demo")
        .env_name("dev")
        .respond_example("success")
        .times(2);

    let env = on_both(
        &mock,
        async |c| c.get_environment("simple-demo", "dev").send().await,
        |c| c.get_environment("simple-demo", "dev").send(),
    );
    assert_eq!(env.project_key, "simple-demo");
    assert_eq!(env.env_key, "dev");
    assert_eq!(env.namespace, "simple-demo-env-dev");
    assert_eq!(env.status, EnvironmentStatus::Success);
    assert_eq!(env.global_variables.len(), 1);
    assert_eq!(env.global_variables[0].key, "cpuLimit");
    assert_eq!(env.global_variables[0].value, Some(json!("1000m")));
    assert_eq!(env.global_variables[0].related_services, ["service1"]);
    assert_eq!(env.services.len(), 1);
    let service = &env.services[0];
    assert_eq!(service.service_name, "service2");
    assert_eq!(service.status, EnvServiceStatus::Running);
    assert_eq!(service.containers.len(), 1);
    assert_eq!(service.variable_kvs.len(), 1);
    mock.verify().expect("every expectation met");
}

#[test]
fn list_production_environments() {
    let mock = MockZadig::start_blocking();
    mock.list_production_environments()
        .project_key("simple-demo")
        .respond_example("success")
        .times(2);

    let envs = on_both(
        &mock,
        async |c| c.list_production_environments("simple-demo").send().await,
        |c| c.list_production_environments("simple-demo").send(),
    );
    assert_eq!(envs.len(), 2);
    assert!(envs.iter().all(|env| env.production));
    assert_eq!(envs[0].env_key, "dev");
    assert_eq!(envs[1].namespace, "ai-test-2-env-dev");
    mock.verify().expect("every expectation met");
}

#[test]
fn get_production_environment() {
    let mock = MockZadig::start_blocking();
    mock.get_production_environment()
        .project_key("simple-demo")
        .env_name("prod")
        .respond_example("success")
        .times(2);

    let env = on_both(
        &mock,
        async |c| {
            c.get_production_environment("simple-demo", "prod")
                .send()
                .await
        },
        |c| c.get_production_environment("simple-demo", "prod").send(),
    );
    assert_eq!(env.env_key, "prod");
    assert_eq!(env.env_name.as_deref(), Some("prod"));
    assert_eq!(env.namespace, "simple-demo-env-prod");
    assert_eq!(env.services.len(), 1);
    assert_eq!(env.services[0].service_name, "service2");
    mock.verify().expect("every expectation met");
}

#[test]
fn get_environment_service() {
    let mock = MockZadig::start_blocking();
    mock.get_environment_service()
        .project_key("yaml")
        .env_name("dev")
        .service_name("service1")
        .respond_example("success")
        .times(2);

    let detail = on_both(
        &mock,
        async |c| {
            c.get_environment_service("yaml", "dev", "service1")
                .send()
                .await
        },
        |c| c.get_environment_service("yaml", "dev", "service1").send(),
    );
    assert_eq!(detail.service_name, "service1");
    assert_eq!(detail.env_name, "dev");
    assert_eq!(detail.namespace, "yaml-env-dev");
    assert_eq!(detail.scales.len(), 1);
    let workload = &detail.scales[0];
    assert_eq!(workload.r#type, "Deployment");
    assert_eq!(workload.replicas, 1);
    assert_eq!(workload.pods.len(), 1);
    assert_eq!(workload.pods[0].name, "service1-5b94c8f98f-hsqfl");
    assert_eq!(workload.pods[0].status, "Running");
    assert!(workload.pods[0].pod_ready);
    assert_eq!(detail.ingress, vec![]);
    assert_eq!(detail.service_endpoints.len(), 1);
    assert_eq!(detail.service_endpoints[0].age, "119d");
    mock.verify().expect("every expectation met");
}

#[test]
fn list_environment_global_variables() {
    let mock = MockZadig::start_blocking();
    mock.list_environment_global_variables()
        .project_key("simple-demo")
        .env_name("dev")
        .respond_example("success")
        .times(2);

    let vars = on_both(
        &mock,
        async |c| {
            c.list_environment_global_variables("simple-demo", "dev")
                .send()
                .await
        },
        |c| {
            c.list_environment_global_variables("simple-demo", "dev")
                .send()
        },
    );
    assert_eq!(vars.len(), 1);
    assert_eq!(vars[0].key, "cpuLimit");
    assert_eq!(vars[0].desc.as_deref(), Some("CPU Limit"));
    assert_eq!(vars[0].related_services, ["service1", "service2"]);
    mock.verify().expect("every expectation met");
}

#[test]
fn list_env_configs() {
    let mock = MockZadig::start_blocking();
    mock.list_env_configs()
        .project_key("simple-demo")
        .env_name("dev")
        .respond_example("success")
        .times(2);

    let configs = on_both(
        &mock,
        async |c| {
            c.list_env_configs("simple-demo", "dev", EnvConfigType::ConfigMap)
                .send()
                .await
        },
        |c| {
            c.list_env_configs("simple-demo", "dev", EnvConfigType::ConfigMap)
                .send()
        },
    );
    assert_eq!(configs.len(), 2);
    assert_eq!(configs[0].name, "game-demo");
    assert_eq!(configs[0].common_env_cfg_type, EnvConfigType::ConfigMap);
    assert_eq!(configs[0].update_time, None);
    assert_eq!(configs[1].name, "istio-ca-root-cert");
    assert_eq!(configs[1].update_time, Some(1687259964));
    mock.verify().expect("every expectation met");
}

#[test]
fn get_env_config() {
    let mock = MockZadig::start_blocking();
    mock.get_env_config()
        .project_key("simple-demo")
        .env_name("dev")
        .cfg_name("istio-ca-root-cert")
        .respond_example("success")
        .times(2);

    let detail = on_both(
        &mock,
        async |c| {
            c.get_env_config(
                "simple-demo",
                "dev",
                "istio-ca-root-cert",
                EnvConfigType::ConfigMap,
            )
            .send()
            .await
        },
        |c| {
            c.get_env_config(
                "simple-demo",
                "dev",
                "istio-ca-root-cert",
                EnvConfigType::ConfigMap,
            )
            .send()
        },
    );
    let config_map = detail.config_map_detail.as_ref().expect("a ConfigMap");
    assert_eq!(config_map.name, "istio-ca-root-cert");
    assert_eq!(config_map.common_env_cfg_type, EnvConfigType::ConfigMap);
    assert_eq!(config_map.env_key, "dev");
    assert_eq!(config_map.created_time, Some(1686225615));
    assert!(config_map.source_detail.is_some());
    assert_eq!(detail.secret_detail, None);
    mock.verify().expect("every expectation met");
}

#[test]
fn list_environment_events() {
    let mock = MockZadig::start_blocking();
    mock.list_environment_events()
        .project_key("yaml")
        .env_name("dev")
        .name("service1")
        .respond_example("success")
        .times(2);

    let events = on_both(
        &mock,
        async |c| {
            c.list_environment_events("yaml", "dev")
                .name("service1")
                .send()
                .await
        },
        |c| {
            c.list_environment_events("yaml", "dev")
                .name("service1")
                .send()
        },
    );
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].reason.as_deref(), Some("ScalingReplicaSet"));
    assert_eq!(events[0].first_seen, Some(1707396095));
    assert_eq!(
        events[1].message.as_deref(),
        Some("Scaled down replica set service1-67455dd499 to 0")
    );
    assert_eq!(events[1].r#type.as_deref(), Some("Normal"));
    mock.verify().expect("every expectation met");
}

#[test]
fn create_environment() {
    let body: CreateEnvironmentRequest =
        request_example("environment", "create_environment", "request");
    assert_eq!(body.env_key, "dev7");
    assert_eq!(body.services.len(), 1);
    let mock = MockZadig::start_blocking();
    mock.create_environment()
        .project_key("simple-demo")
        .body(body.clone())
        .respond_example("success")
        .times(2);

    on_both(
        &mock,
        async |c| {
            c.create_environment("simple-demo", body.clone())
                .send()
                .await
        },
        |c| c.create_environment("simple-demo", body.clone()).send(),
    );
    mock.verify().expect("every expectation met");
}

#[test]
fn update_environment_services() {
    let body: UpdateEnvironmentServicesRequest =
        request_example("environment", "update_environment_services", "request");
    assert_eq!(body.service_list.len(), 1);
    let mock = MockZadig::start_blocking();
    mock.update_environment_services()
        .project_key("simple-demo")
        .env_name("dev")
        .body(body.clone())
        .respond_example("success")
        .times(2);

    on_both(
        &mock,
        async |c| {
            c.update_environment_services("simple-demo", "dev", body.clone())
                .send()
                .await
        },
        |c| {
            c.update_environment_services("simple-demo", "dev", body.clone())
                .send()
        },
    );
    mock.verify().expect("every expectation met");
}

#[test]
fn scale_workload() {
    let body: ScaleWorkloadRequest = request_example("environment", "scale_workload", "request");
    assert_eq!(body.target_replicas, 3);
    let mock = MockZadig::start_blocking();
    mock.scale_workload()
        .body(body.clone())
        .respond_example("success")
        .times(2);

    on_both(
        &mock,
        async |c| c.scale_workload(body.clone()).send().await,
        |c| c.scale_workload(body.clone()).send(),
    );
    mock.verify().expect("every expectation met");
}

#[test]
fn delete_environment() {
    let mock = MockZadig::start_blocking();
    mock.delete_environment()
        .project_key("simple-demo")
        .env_name("dev7")
        .is_delete(true)
        .respond_example("success")
        .times(2);

    on_both(
        &mock,
        async |c| {
            c.delete_environment("simple-demo", "dev7", true)
                .send()
                .await
        },
        |c| c.delete_environment("simple-demo", "dev7", true).send(),
    );
    mock.verify().expect("every expectation met");
}

#[test]
fn restart_environment_service() {
    let mock = MockZadig::start_blocking();
    mock.restart_environment_service()
        .project_key("simple-demo")
        .env_name("dev")
        .service_name("service2")
        .respond_example("success")
        .times(2);

    on_both(
        &mock,
        async |c| {
            c.restart_environment_service("simple-demo", "dev", "service2")
                .send()
                .await
        },
        |c| {
            c.restart_environment_service("simple-demo", "dev", "service2")
                .send()
        },
    );
    mock.verify().expect("every expectation met");
}

#[test]
fn get_environment_service_yaml() {
    let mock = MockZadig::start_blocking();
    mock.get_environment_service_yaml()
        .project_key("simple-demo")
        .env_name("dev")
        .service_name("service2")
        .respond_example("success")
        .times(2);

    let yaml = on_both(
        &mock,
        async |c| {
            c.get_environment_service_yaml("simple-demo", "dev", "service2")
                .send()
                .await
        },
        |c| {
            c.get_environment_service_yaml("simple-demo", "dev", "service2")
                .send()
        },
    );
    // The spec's example: a Deployment manifest, as text.
    assert!(yaml.starts_with("apiVersion: apps/v1"), "{yaml}");
    assert!(yaml.contains("kind: Deployment"), "{yaml}");
    mock.verify().expect("every expectation met");
}

#[test]
fn get_environment_not_found_is_an_api_error() {
    let mock = MockZadig::start_blocking();
    mock.get_environment()
        .project_key("simple-demo")
        .env_name("gone")
        .respond_error(404, 6200, "environment not found")
        .times(2);

    let errors = on_both_err(
        &mock,
        async |c| c.get_environment("simple-demo", "gone").send().await,
        |c| c.get_environment("simple-demo", "gone").send(),
    );
    for err in [errors.0, errors.1] {
        assert_eq!(err.kind(), ErrorKind::Api, "{err:?}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
        assert_eq!(err.api_code(), Some(6200));
        assert!(
            err.to_string().contains("environment not found"),
            "display: {err}"
        );
    }
    mock.verify().expect("every expectation met");
}

/// One program, two Zadig installations on different releases at once (production on v4.0.0,
/// staging on v5.0.0): each client sends what its release serves, where it serves it.
#[tokio::test]
async fn two_releases_at_once() {
    use zadig_api::{Client, Release};

    let production = MockZadig::start_as(Release::V4_0_0).await;
    let staging = MockZadig::start_as(Release::V5_0_0).await;
    let client_for = |mock: &MockZadig, release: Release| {
        Client::builder()
            .base_url(mock.url())
            .token("token")
            .release(release)
            .build()
            .expect("a client")
    };
    let v4 = client_for(&production, Release::V4_0_0);
    let v5 = client_for(&staging, Release::V5_0_0);

    // v4.0.0 serves no chart templates (no release does yet): refused, nothing sent.
    let err = v4.list_chart_templates().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
    assert_eq!(
        err.to_string(),
        "list_chart_templates: `list_chart_templates` is not served by Zadig v4.0.0, the release \
         this client is configured for; it is served by no release yet (the development branch \
         only)"
    );
    assert!(
        production.unexpected_requests().is_empty(),
        "nothing was sent"
    );

    // v4.0.0 has no pod restart either; v5.0.0 serves it under the service.
    let err = v4
        .restart_environment_service_pod("demo", "dev", "web", "web-1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
    assert!(err.to_string().contains("v4.3.0 and later"), "{err}");
    staging
        .restart_environment_service_pod()
        .project_key("demo")
        .env_name("dev")
        .service_name("web")
        .pod_name("web-1")
        .respond(
            serde_json::from_value(json!({"pod_name": "web-1", "status": "restarted"}))
                .expect("a restart result"),
        )
        .times(1);
    v5.restart_environment_service_pod("demo", "dev", "web", "web-1")
        .send()
        .await
        .expect("v5.0.0 restarts the pod");
    // A v5.0.0 mock routes the restart only at /service/{service}/pod/{pod}/restart.
    staging
        .verify()
        .expect("the restart was sent once, at v5.0.0's path");
    production.verify().expect("v4.0.0 saw no request");
}
