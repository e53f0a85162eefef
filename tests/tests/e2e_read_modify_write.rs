//! A read-modify-write through the bindings keeps what they do not model: read a resource,
//! change one field, and the update sends back every key the server sent, unknown ones
//! included (a newer server's fields are not wiped by an older client). One test per resource
//! the server updates from what it returns: registries, clusters, environments, their global
//! variables, service variables and workflow definitions. Served by `zadig-mock`, each body
//! matched as exact JSON, through both clients.

mod support;

use serde_json::json;
use support::on_both;
use zadig_api::types::{
    EnvironmentDetail, GlobalVariableKV, OpenApiCluster, OpenApiRegistry, ServiceDetail,
    ServiceVariablesUpdate, UpdateGlobalVariablesRequest, WorkflowDefinition,
};
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

/// Clusters: `list_clusters` answers the same type `update_cluster` takes; a cluster read from
/// the list, changed and sent back keeps every field, the unknown ones included.
#[test]
fn cluster_read_from_the_list_goes_back_whole() {
    let mock = MockZadig::start_blocking();
    let served = json!({
        "cluster_id": "c1",
        "name": "staging",
        "production": false,
        "description": "the staging cluster",
        "provider": 1,
        "provider_name": "aliyun",
        "created_by": "admin",
        "created_time": 1717171717,
        "local": false,
        "status": "normal",
        "type": "kubeconfig",
        "project_names": ["demo"],
        // Not in the spec: what a newer server might add.
        "dind_cfg": {"replicas": 1},
        "share_storage": {"nfs_properties": {"provision_type": "dynamic"}}
    });
    let clusters: Vec<OpenApiCluster> =
        serde_json::from_value(json!([served.clone()])).expect("clusters");
    mock.list_clusters().respond(clusters).times(2);
    let mut expected = served.clone();
    expected["description"] = json!("the shared staging cluster");
    mock.update_cluster()
        .id("c1")
        .body_json(expected)
        .respond_success()
        .times(2);

    let ack = on_both(
        &mock,
        async |c| {
            let mut cluster = c.list_clusters().send().await?.remove(0);
            assert_eq!(cluster.unknown_fields.len(), 2);
            cluster.description = "the shared staging cluster".to_owned();
            c.update_cluster(cluster.cluster_id.clone(), cluster)
                .send()
                .await
        },
        |c| {
            let mut cluster = c.list_clusters().send()?.remove(0);
            cluster.description = "the shared staging cluster".to_owned();
            c.update_cluster(cluster.cluster_id.clone(), cluster).send()
        },
    );
    assert_eq!(ack.message, "success");
    mock.verify()
        .expect("both cycles sent the cluster back whole");
}

/// Environments: `update_environment` takes the `EnvironmentDetail` that `get_environment`
/// returns (the server reads `registry_id` and `env_name` of it); everything else, services and
/// unknown keys included, goes back as it came.
#[test]
fn environment_read_changed_and_sent_back_keeps_every_field() {
    let mock = MockZadig::start_blocking();
    let served = json!({
        "project_key": "demo",
        "env_key": "dev",
        "env_name": "Development",
        "update_by": "admin",
        "update_time": 1717171717,
        "cluster_id": "c1",
        "namespace": "demo-env-dev",
        "registry_id": "r1",
        "global_variables": [
            {"key": "LOG_LEVEL", "value": "debug", "related_services": ["api"], "origin": "env"}
        ],
        "services": [
            {
                "service_name": "api",
                "deploy_strategy": "deploy",
                "containers": [
                    {"name": "api", "image": "reg/api:1", "image_name": "api", "type": ""}
                ],
                "variable_kvs": [],
                "status": "running",
                "type": "k8s",
                "revision": 3
            }
        ],
        "status": "success",
        "share_env": {"enable": false}
    });
    let detail: EnvironmentDetail = serde_json::from_value(served.clone()).expect("an environment");
    mock.get_environment()
        .project_key("demo")
        .env_name("dev")
        .respond(detail)
        .times(2);
    let mut expected = served.clone();
    expected["registry_id"] = json!("r2");
    mock.update_environment()
        .project_key("demo")
        .env_name("dev")
        .body_json(expected)
        .respond_success()
        .times(2);

    let ack = on_both(
        &mock,
        async |c| {
            let mut env = c.get_environment("demo", "dev").send().await?;
            assert_eq!(env.unknown_fields.len(), 1);
            assert_eq!(env.services[0].unknown_fields.len(), 1);
            env.registry_id = "r2".to_owned();
            c.update_environment("demo", "dev", env).send().await
        },
        |c| {
            let mut env = c.get_environment("demo", "dev").send()?;
            env.registry_id = "r2".to_owned();
            c.update_environment("demo", "dev", env).send()
        },
    );
    assert_eq!(ack.message, "success");
    mock.verify()
        .expect("both cycles sent the environment back whole");
}

/// An environment's global variables: the list `list_environment_global_variables` returns is
/// what `update_environment_global_variables` takes; one value changed, the rest (unknown keys
/// of each variable included) goes back unchanged.
#[test]
fn environment_global_variables_go_back_whole() {
    let mock = MockZadig::start_blocking();
    let served = json!([
        {
            "key": "LOG_LEVEL",
            "value": "info",
            "type": "string",
            "desc": "verbosity",
            "related_services": ["api", "worker"],
            "origin": "env"
        },
        {
            "key": "REPLICAS",
            "value": 2,
            "type": "string",
            "options": [],
            "related_services": []
        }
    ]);
    let variables: Vec<GlobalVariableKV> = serde_json::from_value(served.clone()).expect("vars");
    mock.list_environment_global_variables()
        .project_key("demo")
        .env_name("dev")
        .respond(variables)
        .times(2);
    let mut changed = served.clone();
    changed[0]["value"] = json!("debug");
    mock.update_environment_global_variables()
        .project_key("demo")
        .env_name("dev")
        .body_json(json!({"global_variables": changed}))
        .respond_success()
        .times(2);

    let ack = on_both(
        &mock,
        async |c| {
            let mut variables = c
                .list_environment_global_variables("demo", "dev")
                .send()
                .await?;
            variables[0].value = Some(json!("debug"));
            let body = UpdateGlobalVariablesRequest::new(variables);
            c.update_environment_global_variables("demo", "dev", body)
                .send()
                .await
        },
        |c| {
            let mut variables = c.list_environment_global_variables("demo", "dev").send()?;
            variables[0].value = Some(json!("debug"));
            let body = UpdateGlobalVariablesRequest::new(variables);
            c.update_environment_global_variables("demo", "dev", body)
                .send()
        },
    );
    assert_eq!(ack.message, "success");
    mock.verify()
        .expect("both cycles sent the variables back whole");
}

/// A service's variables: `get_service` returns them as the type `update_service_variables`
/// takes; one default changed, every variable goes back with its unknown keys.
#[test]
fn service_variables_go_back_whole() {
    let mock = MockZadig::start_blocking();
    let kvs = json!([
        {
            "key": "port",
            "value": 8080,
            "type": "string",
            "options": [],
            "desc": "listening port",
            "visible": true
        },
        {
            "key": "mode",
            "value": "blue",
            "type": "enum",
            "options": ["blue", "green"],
            "desc": ""
        }
    ]);
    let served = json!({
        "service_name": "api",
        "source": "spock",
        "type": "k8s",
        "template_name": "",
        "created_by": "admin",
        "created_time": 1717171717,
        "yaml": "kind: Deployment\n",
        "containers": [],
        "service_variable_kvs": kvs.clone()
    });
    let service: ServiceDetail = serde_json::from_value(served).expect("a service");
    mock.get_service()
        .project_key("demo")
        .service_name("api")
        .respond(service)
        .times(2);
    let mut changed = kvs.clone();
    changed[1]["value"] = json!("green");
    mock.update_service_variables()
        .project_key("demo")
        .service_name("api")
        .body_json(json!({"service_variable_kvs": changed}))
        .respond_success()
        .times(2);

    let ack = on_both(
        &mock,
        async |c| {
            let service = c.get_service("demo", "api").send().await?;
            let mut kvs = service.service_variable_kvs;
            assert_eq!(kvs[0].unknown_fields.get("visible"), Some(&json!(true)));
            kvs[1].value = Some(json!("green"));
            c.update_service_variables("demo", "api", ServiceVariablesUpdate::new(kvs))
                .send()
                .await
        },
        |c| {
            let mut kvs = c.get_service("demo", "api").send()?.service_variable_kvs;
            kvs[1].value = Some(json!("green"));
            c.update_service_variables("demo", "api", ServiceVariablesUpdate::new(kvs))
                .send()
        },
    );
    assert_eq!(ack.message, "success");
    mock.verify()
        .expect("both cycles sent the variables back whole");
}

/// The stored definition as `get_workflow_definition` answers it (YAML, with the server's YAML
/// names), parsed into `WorkflowDefinition`, changed and sent with `update_workflow`: every key
/// goes back with its value, those the type does not declare included. (A job's
/// `servicemodules` is how YAML names what JSON calls `service_modules`: kept among the unknown
/// keys, it reaches the server under the name it reads; the declared `service_modules` goes
/// along empty, and the server's YAML reader ignores it.)
#[test]
fn workflow_definition_read_as_yaml_goes_back_whole() {
    let mock = MockZadig::start_blocking();
    let yaml = "\
name: build-and-deploy
display_name: Build and deploy
disabled: false
category: ''
params:
- name: TAG
  description: image tag
  type: string
  value: latest
  default: latest
  is_credential: false
stages:
- id: s1
  name: build
  parallel: true
  jobs:
  - name: build-api
    type: zadig-build
    skipped: false
    spec:
      docker_registry_id: r1
      service_and_builds: []
    run_policy: ''
    service_modules: []
    servicemodules:
    - service_name: api
      service_module: api
project: demo
description: builds the images
created_by: admin
create_time: 1717171717
updated_by: admin
update_time: 1717171718
notify_ctls: []
remark_required: false
share_storages: []
hash: 9d1f
concurrency_limit: 1
enable_approval_ticket: false
approval_ticket_id: ''
lark_work_item_link: ''
";
    let mut expected: serde_json::Value = serde_yaml::from_str(yaml).expect("the YAML parses");
    expected["description"] = json!("builds and deploys the images");
    mock.get_workflow_definition()
        .workflow_key("build-and-deploy")
        .respond_text(yaml)
        .times(2);
    mock.update_workflow()
        .workflow_key("build-and-deploy")
        .body_json(expected)
        .respond_success()
        .times(2);

    let ack = on_both(
        &mock,
        async |c| {
            let text = c.get_workflow_definition("build-and-deploy").send().await?;
            let mut workflow: WorkflowDefinition =
                serde_yaml::from_str(&text).expect("a workflow definition");
            assert_eq!(
                workflow.unknown_fields.get("lark_work_item_link"),
                Some(&json!(""))
            );
            workflow.description = "builds and deploys the images".to_owned();
            c.update_workflow("build-and-deploy", workflow).send().await
        },
        |c| {
            let text = c.get_workflow_definition("build-and-deploy").send()?;
            let mut workflow: WorkflowDefinition =
                serde_yaml::from_str(&text).expect("a workflow definition");
            workflow.description = "builds and deploys the images".to_owned();
            c.update_workflow("build-and-deploy", workflow).send()
        },
    );
    assert_eq!(ack.message, "success");
    mock.verify()
        .expect("both cycles sent the definition back whole");
}
