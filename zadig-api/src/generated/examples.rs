// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests of the documented example payloads in the spec.
#![allow(non_snake_case)]
use crate::runtime::model::check_example;
#[test]
fn list_environments__success() {
    check_example::<
        Vec<crate::types::EnvironmentSummary>,
    >(
        "[\n  {\n    \"env_name\": \"dev\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"k8s-fansitest-env-dev\",\n    \"production\": false,\n    \"registry_id\": \"630c7ad700430c131062e245\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690186199\n  },\n  {\n    \"env_name\": \"dev5\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"ai-test-2-env-dev\",\n    \"production\": false,\n    \"registry_id\": \"6350be2b4503905e98b4b771\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690181832\n  }\n]",
    );
}
#[test]
fn list_production_environments__success() {
    check_example::<
        Vec<crate::types::EnvironmentSummary>,
    >(
        "[\n  {\n    \"env_name\": \"dev\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"k8s-fansitest-env-dev\",\n    \"production\": true,\n    \"registry_id\": \"630c7ad700430c131062e245\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690186199\n  },\n  {\n    \"env_name\": \"dev5\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"ai-test-2-env-dev\",\n    \"production\": true,\n    \"registry_id\": \"6350be2b4503905e98b4b771\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690181832\n  }\n]",
    );
}
#[test]
fn get_environment__success() {
    check_example::<
        crate::types::EnvironmentDetail,
    >(
        "{\n  \"project_key\": \"simple-demo\",\n  \"env_key\": \"dev\",\n  \"update_by\": \"admin\",\n  \"update_time\": 1689933256,\n  \"cluster_id\": \"0123456789abcdef12345678\",\n  \"namespace\": \"simple-demo-env-dev\",\n  \"registry_id\": \"630c7ad700430c131062e245\",\n  \"global_variables\": [\n    {\n      \"key\": \"cpuLimit\",\n      \"value\": \"1000m\",\n      \"type\": \"string\",\n      \"options\": [],\n      \"desc\": \"CPU Resource Limit\",\n      \"related_services\": [\n        \"service1\"\n      ]\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"service2\",\n      \"containers\": [\n        {\n          \"name\": \"myapp-1\",\n          \"image\": \"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\n          \"image_name\": \"myapp-1\"\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"env1\",\n          \"value\": \"demo\",\n          \"type\": \"string\"\n        }\n      ],\n      \"status\": \"running\",\n      \"type\": \"k8s\"\n    }\n  ],\n  \"status\": \"success\"\n}",
    );
}
#[test]
fn get_production_environment__success() {
    check_example::<
        crate::types::EnvironmentDetail,
    >(
        "{\n  \"project_key\": \"simple-demo\",\n  \"env_key\": \"prod\",\n  \"env_name\": \"prod\",\n  \"update_by\": \"admin\",\n  \"update_time\": 1689933256,\n  \"cluster_id\": \"0123456789abcdef12345678\",\n  \"namespace\": \"simple-demo-env-prod\",\n  \"registry_id\": \"630c7ad700430c131062e245\",\n  \"global_variables\": [\n    {\n      \"key\": \"cpuLimit\",\n      \"value\": \"1000m\",\n      \"type\": \"string\",\n      \"options\": [],\n      \"desc\": \"CPU Resource Limit\",\n      \"related_services\": [\n        \"service1\"\n      ]\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"service2\",\n      \"containers\": [\n        {\n          \"name\": \"myapp-1\",\n          \"image\": \"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\n          \"image_name\": \"myapp-1\"\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"env1\",\n          \"value\": \"demo\",\n          \"type\": \"string\"\n        }\n      ],\n      \"status\": \"running\",\n      \"type\": \"k8s\"\n    }\n  ],\n  \"status\": \"success\"\n}",
    );
}
#[test]
fn get_environment_service__success() {
    check_example::<
        crate::types::EnvServiceDetail,
    >(
        "{\n  \"service_name\": \"service1\",\n  \"scales\": [\n    {\n      \"name\": \"service1\",\n      \"type\": \"Deployment\",\n      \"images\": [\n        {\n          \"name\": \"service1\",\n          \"image\": \"koderover.tencentcloudcr.com/test/service1:20231214162411\",\n          \"image_name\": \"service1\"\n        }\n      ],\n      \"pods\": [\n        {\n          \"kind\": \"ReplicaSet\",\n          \"name\": \"service1-5b94c8f98f-hsqfl\",\n          \"status\": \"Running\",\n          \"age\": \"34d\",\n          \"createtime\": 1704444315,\n          \"ip\": \"10.200.2.76\",\n          \"labels\": {\n            \"app.kubernetes.io/instance\": \"service1\",\n            \"app.kubernetes.io/name\": \"yaml\",\n            \"pod-template-hash\": \"5b94c8f98f\",\n            \"s-product\": \"yaml\",\n            \"s-service\": \"service1\"\n          },\n          \"containers\": [\n            {\n              \"name\": \"service1\",\n              \"image\": \"koderover.tencentcloudcr.com/test/service1:20231214162411\",\n              \"restart_count\": 0,\n              \"status\": \"running\",\n              \"ready\": true,\n              \"ports\": [\n                {\n                  \"containerPort\": 20211,\n                  \"protocol\": \"TCP\"\n                }\n              ],\n              \"message\": \"\",\n              \"reason\": \"\",\n              \"started_at\": 1704444316\n            }\n          ],\n          \"node_name\": \"172.16.0.46\",\n          \"host_ip\": \"172.16.0.46\",\n          \"enable_debug_container\": false,\n          \"pod_ready\": true,\n          \"containers_ready\": true,\n          \"containers_message\": \"\"\n        }\n      ],\n      \"replicas\": 1,\n      \"zadigx_release_type\": \"\",\n      \"zadigx_release_tag\": \"\"\n    }\n  ],\n  \"ingress\": [],\n  \"service_endpoints\": [\n    {\n      \"name\": \"service1\",\n      \"age\": \"119d\",\n      \"labels\": {\n        \"app.kubernetes.io/instance\": \"service1\",\n        \"app.kubernetes.io/name\": \"yaml\",\n        \"s-product\": \"yaml\",\n        \"s-service\": \"service1\"\n      },\n      \"endpoints\": [\n        {\n          \"service_name\": \"service1\",\n          \"service_port\": 20211,\n          \"node_port\": 30593\n        }\n      ]\n    }\n  ],\n  \"cron_jobs\": [],\n  \"namespace\": \"yaml-env-dev\",\n  \"env_name\": \"dev\",\n  \"product_name\": \"yaml\",\n  \"group_name\": \"\"\n}",
    );
}
#[test]
fn get_production_environment_service__success() {
    check_example::<
        crate::types::EnvServiceDetail,
    >(
        "{\n  \"service_name\": \"service1\",\n  \"scales\": [\n    {\n      \"name\": \"service1\",\n      \"type\": \"Deployment\",\n      \"images\": [\n        {\n          \"name\": \"service1\",\n          \"image\": \"koderover.tencentcloudcr.com/test/service1:20231214162411\",\n          \"image_name\": \"service1\"\n        }\n      ],\n      \"pods\": [\n        {\n          \"kind\": \"ReplicaSet\",\n          \"name\": \"service1-5b94c8f98f-hsqfl\",\n          \"status\": \"Running\",\n          \"age\": \"34d\",\n          \"createtime\": 1704444315,\n          \"ip\": \"10.200.2.76\",\n          \"labels\": {\n            \"app.kubernetes.io/instance\": \"service1\",\n            \"app.kubernetes.io/name\": \"yaml\",\n            \"pod-template-hash\": \"5b94c8f98f\",\n            \"s-product\": \"yaml\",\n            \"s-service\": \"service1\"\n          },\n          \"containers\": [\n            {\n              \"name\": \"service1\",\n              \"image\": \"koderover.tencentcloudcr.com/test/service1:20231214162411\",\n              \"restart_count\": 0,\n              \"status\": \"running\",\n              \"ready\": true,\n              \"ports\": [\n                {\n                  \"containerPort\": 20211,\n                  \"protocol\": \"TCP\"\n                }\n              ],\n              \"message\": \"\",\n              \"reason\": \"\",\n              \"started_at\": 1704444316\n            }\n          ],\n          \"node_name\": \"172.16.0.46\",\n          \"host_ip\": \"172.16.0.46\",\n          \"enable_debug_container\": false,\n          \"pod_ready\": true,\n          \"containers_ready\": true,\n          \"containers_message\": \"\"\n        }\n      ],\n      \"replicas\": 1,\n      \"zadigx_release_type\": \"\",\n      \"zadigx_release_tag\": \"\"\n    }\n  ],\n  \"ingress\": [],\n  \"service_endpoints\": [\n    {\n      \"name\": \"service1\",\n      \"age\": \"119d\",\n      \"labels\": {\n        \"app.kubernetes.io/instance\": \"service1\",\n        \"app.kubernetes.io/name\": \"yaml\",\n        \"s-product\": \"yaml\",\n        \"s-service\": \"service1\"\n      },\n      \"endpoints\": [\n        {\n          \"service_name\": \"service1\",\n          \"service_port\": 20211,\n          \"node_port\": 30593\n        }\n      ]\n    }\n  ],\n  \"cron_jobs\": [],\n  \"namespace\": \"yaml-env-dev\",\n  \"env_name\": \"dev\",\n  \"product_name\": \"yaml\",\n  \"group_name\": \"\"\n}",
    );
}
#[test]
fn create_environment__request() {
    check_example::<
        crate::types::CreateEnvironmentRequest,
    >(
        "{\n  \"env_key\": \"dev7\",\n  \"cluster_id\": \"0123456789abcdef12345678\",\n  \"namespace\": \"ai-test-2-env-dev\",\n  \"registry_id\": \"6350be2b4503905e98b4b771\",\n  \"is_public\": true,\n  \"global_variables\": [\n    {\n      \"key\": \"cpuLimit\",\n      \"value\": \"15m\"\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"service2\",\n      \"type\": \"k8s\",\n      \"containers\": [\n        {\n          \"image\": \"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\n          \"image_name\": \"service2\",\n          \"name\": \"service2\"\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpu\",\n          \"value\": \"8m\"\n        },\n        {\n          \"key\": \"cpuLimit\",\n          \"value\": \"15m\"\n        }\n      ]\n    }\n  ],\n  \"env_configs\": [\n    {\n      \"yaml_data\": \"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\n      \"common_env_cfg_type\": \"ConfigMap\"\n    }\n  ]\n}",
    );
}
#[test]
fn create_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn create_production_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_production_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn delete_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn delete_production_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn add_environment_services__request() {
    check_example::<
        crate::types::AddEnvironmentServicesRequest,
    >(
        "{\n  \"env_key\": \"dev\",\n  \"service_list\": [\n    {\n      \"service_name\": \"service2\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpuLimit\",\n          \"use_global_variable\": true\n        },\n        {\n          \"key\": \"port\",\n          \"value\": \"20221\"\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[test]
fn add_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn add_production_environment_services__request() {
    check_example::<
        crate::types::AddEnvironmentServicesRequest,
    >(
        "{\n  \"env_key\": \"dev\",\n  \"service_list\": [\n    {\n      \"service_name\": \"service2\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpuLimit\",\n          \"use_global_variable\": true\n        },\n        {\n          \"key\": \"port\",\n          \"value\": \"20221\"\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[test]
fn add_production_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_environment_services__request() {
    check_example::<
        crate::types::UpdateEnvironmentServicesRequest,
    >(
        "{\n  \"service_list\": [\n    {\n      \"service_name\": \"service2\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpu\",\n          \"value\": \"4m\",\n          \"use_global_variable\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[test]
fn update_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_production_environment_services__request() {
    check_example::<
        crate::types::UpdateEnvironmentServicesRequest,
    >(
        "{\n  \"service_list\": [\n    {\n      \"service_name\": \"service2\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpu\",\n          \"value\": \"4m\",\n          \"use_global_variable\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[test]
fn update_production_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn delete_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn delete_production_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn list_environment_global_variables__success() {
    check_example::<
        Vec<crate::types::GlobalVariableKV>,
    >(
        "[\n  {\n    \"key\": \"cpuLimit\",\n    \"value\": \"1000m\",\n    \"type\": \"string\",\n    \"options\": [],\n    \"desc\": \"CPU Limit\",\n    \"related_services\": [\n      \"service1\",\n      \"service2\"\n    ]\n  }\n]",
    );
}
#[test]
fn list_production_environment_global_variables__success() {
    check_example::<
        Vec<crate::types::GlobalVariableKV>,
    >(
        "[\n  {\n    \"key\": \"cpuLimit\",\n    \"value\": \"1000m\",\n    \"type\": \"string\",\n    \"options\": [],\n    \"desc\": \"CPU Limit\",\n    \"related_services\": [\n      \"service1\",\n      \"service2\"\n    ]\n  }\n]",
    );
}
#[test]
fn update_environment_global_variables__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_production_environment_global_variables__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn create_env_config__request() {
    check_example::<
        crate::types::CreateEnvConfigRequest,
    >(
        "{\n  \"name\": \"game-demo\",\n  \"common_env_cfg_type\": \"ConfigMap\",\n  \"yaml_data\": \"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\"\n}",
    );
}
#[test]
fn create_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn create_production_env_config__request() {
    check_example::<
        crate::types::CreateEnvConfigRequest,
    >(
        "{\n  \"name\": \"game-demo\",\n  \"common_env_cfg_type\": \"ConfigMap\",\n  \"yaml_data\": \"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"\n}",
    );
}
#[test]
fn create_production_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn list_env_configs__success() {
    check_example::<
        Vec<crate::types::EnvConfigSummary>,
    >(
        "[\n  {\n    \"name\": \"game-demo\",\n    \"env_name\": \"dev\",\n    \"project_name\": \"simple-demo\",\n    \"common_env_cfg_type\": \"ConfigMap\"\n  },\n  {\n    \"name\": \"istio-ca-root-cert\",\n    \"env_name\": \"dev\",\n    \"project_name\": \"simple-demo\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"update_time\": 1687259964\n  }\n]",
    );
}
#[test]
fn list_production_env_configs__success() {
    check_example::<
        Vec<crate::types::EnvConfigSummary>,
    >(
        "[\n  {\n    \"name\": \"game-demo\",\n    \"env_name\": \"dev\",\n    \"project_name\": \"simple-demo\",\n    \"common_env_cfg_type\": \"ConfigMap\"\n  },\n  {\n    \"name\": \"istio-ca-root-cert\",\n    \"env_name\": \"dev\",\n    \"project_name\": \"simple-demo\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"update_time\": 1687259964\n  }\n]",
    );
}
#[test]
fn get_env_config__success() {
    check_example::<
        crate::types::EnvConfigDetail,
    >(
        "{\n  \"configMap_detail\": {\n    \"name\": \"istio-ca-root-cert\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"created_time\": 1686225615,\n    \"env_key\": \"dev\",\n    \"product_key\": \"simple-demo\",\n    \"yaml_data\": \".......\",\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"kr-test\",\n        \"namespace\": \"kr-test-org1\",\n        \"owner\": \"kr-test-org1\",\n        \"repo\": \"config-data\",\n        \"branch\": \"main\"\n      },\n      \"load_path\": \"cm.yaml\",\n      \"auto_sync\": true\n    }\n  }\n}",
    );
}
#[test]
fn get_production_env_config__success() {
    check_example::<
        crate::types::EnvConfigDetail,
    >(
        "{\n  \"configMap_detail\": {\n    \"name\": \"istio-ca-root-cert\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"created_time\": 1686225615,\n    \"env_key\": \"dev\",\n    \"product_key\": \"simple-demo\",\n    \"yaml_data\": \".......\",\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"kr-test\",\n        \"namespace\": \"kr-test-org1\",\n        \"owner\": \"kr-test-org1\",\n        \"repo\": \"config-data\",\n        \"branch\": \"main\"\n      },\n      \"load_path\": \"cm.yaml\",\n      \"auto_sync\": true\n    }\n  }\n}",
    );
}
#[test]
fn update_env_config__request() {
    check_example::<
        crate::types::UpdateEnvConfigRequest,
    >(
        "{\n  \"name\": \"game-demo\",\n  \"env_key\": \"dev\",\n  \"common_env_cfg_type\": \"ConfigMap\",\n  \"yaml_data\": \"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"\n}",
    );
}
#[test]
fn update_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn delete_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": 200\n}");
}
#[test]
fn delete_production_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": 200\n}");
}
#[test]
fn scale_workload__request() {
    check_example::<
        crate::types::ScaleWorkloadRequest,
    >(
        "{\n  \"project_key\": \"microservice-demo\",\n  \"env_key\": \"dev\",\n  \"workload_name\": \"backend\",\n  \"workload_type\": \"Deployment\",\n  \"target_replicas\": 3\n}",
    );
}
#[test]
fn scale_workload__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn restart_environment_service__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn restart_production_environment_service__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_deployment_image__request() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"product_name\": \"patrick-dev1-k8s-1\",\n  \"service_name\": \"service1\",\n  \"container_name\": \"service1\",\n  \"name\": \"service1\",\n  \"image\": \"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\n  \"env_name\": \"dev2\"\n}",
    );
}
#[test]
fn update_deployment_image__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_statefulset_image__request() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"product_name\": \"patrick-dev1-k8s-1\",\n  \"service_name\": \"service1\",\n  \"container_name\": \"service1\",\n  \"name\": \"service1\",\n  \"image\": \"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\n  \"env_name\": \"dev2\"\n}",
    );
}
#[test]
fn update_statefulset_image__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_cronjob_image__request() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"product_name\": \"patrick-dev1-k8s-1\",\n  \"service_name\": \"service1\",\n  \"container_name\": \"service1\",\n  \"name\": \"service1\",\n  \"image\": \"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\n  \"env_name\": \"dev2\"\n}",
    );
}
#[test]
fn update_cronjob_image__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn list_environment_events__success() {
    check_example::<
        Vec<crate::types::KubeEvent>,
    >(
        "[\n  {\n    \"reason\": \"ScalingReplicaSet\",\n    \"message\": \"Scaled up replica set service1-7cc994479d to 1\",\n    \"first_seen\": 1707396095,\n    \"last_seen\": 1707396095,\n    \"count\": 1,\n    \"type\": \"Normal\"\n  },\n  {\n    \"reason\": \"ScalingReplicaSet\",\n    \"message\": \"Scaled down replica set service1-67455dd499 to 0\",\n    \"first_seen\": 1707396102,\n    \"last_seen\": 1707396102,\n    \"count\": 1,\n    \"type\": \"Normal\"\n  }\n]",
    );
}
#[test]
fn check_workload_k8s_services__success() {
    check_example::<
        Vec<String>,
    >("[\n  \"service2.Deployment\",\n  \"service1.Deployment\"\n]");
}
#[test]
fn enable_sub_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn disable_sub_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn check_sub_environment_ready__success() {
    check_example::<
        crate::types::ShareEnvReadiness,
    >(
        "{\n  \"is_ready\": true,\n  \"checks\": {\n    \"namespace_has_istio_label\": false,\n    \"virtualservice_deployed\": false,\n    \"pods_have_istio_proxy\": false,\n    \"workloads_ready\": true,\n    \"workloads_have_k8s_service\": true\n  }\n}",
    );
}
#[test]
fn get_entry_service__success() {
    check_example::<
        crate::types::EntryServiceInfo,
    >(
        "{\n  \"default_gateway_address\": \"81.69.166.47\",\n  \"servers\": [\n    {\n      \"host\": \"zcms-a-b1.8slan.com\",\n      \"port_number\": 80,\n      \"port_protocol\": \"HTTP\"\n    },\n    {\n      \"host\": \"a.zicemoshi-helm-env-dev\",\n      \"port_number\": 80,\n      \"port_protocol\": \"HTTP\"\n    }\n  ]\n}",
    );
}
#[test]
fn set_entry_service__request() {
    check_example::<
        Vec<crate::types::EntryServiceServer>,
    >(
        "[\n  {\n    \"host\": \"zcms-a-b1.8slan.com\",\n    \"port_number\": 80,\n    \"port_protocol\": \"HTTP\"\n  },\n  {\n    \"host\": \"a.zicemoshi-helm-env-dev\",\n    \"port_number\": 80,\n    \"port_protocol\": \"HTTP\"\n  }\n]",
    );
}
#[test]
fn set_entry_service__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn list_release_plans__success() {
    check_example::<
        crate::types::ReleasePlanList,
    >(
        "{\n  \"list\": [\n    {\n      \"id\": \"64f58a7ac573f7325c2744b6\",\n      \"index\": 31,\n      \"name\": \"test-workflow-0904\",\n      \"manager\": \"admin\",\n      \"description\": \"\",\n      \"created_by\": \"admin\",\n      \"create_time\": 1693813370\n    }\n  ],\n  \"total\": 26\n}",
    );
}
#[test]
fn get_release_plan__success() {
    check_example::<
        crate::types::ReleasePlan,
    >(
        "{\n  \"id\": \"64f1a7cd1b7bd46ec353b50c\",\n  \"index\": 21,\n  \"name\": \"plan-A\",\n  \"manager\": \"admin\",\n  \"manager_id\": \"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\n  \"start_time\": 1693558721,\n  \"end_time\": 1694016000,\n  \"schedule_execute_time\": 1694016000,\n  \"description\": \"\",\n  \"created_by\": \"admin\",\n  \"create_time\": 1693558733,\n  \"updated_by\": \"admin\",\n  \"update_time\": 1693558750,\n  \"approval\": {\n    \"enabled\": true,\n    \"status\": \"\",\n    \"type\": \"native\",\n    \"description\": \"\",\n    \"native_approval\": {\n      \"timeout\": 5,\n      \"approve_users\": [\n        {\n          \"user_id\": \"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\n          \"user_name\": \"admin\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"\",\n          \"operation_time\": 0\n        }\n      ],\n      \"needed_approvers\": 1,\n      \"reject_or_approve\": \"\",\n      \"instance_code\": \"\"\n    },\n    \"lark_approval\": {\n      \"timeout\": 5,\n      \"approval_id\": \"\",\n      \"default_approval_initiator\": null,\n      \"approve_users\": [],\n      \"approval_nodes\": [\n        {\n          \"approve_users\": [],\n          \"type\": \"AND\",\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"\"\n    },\n    \"dingtalk_approval\": {\n      \"timeout\": 5,\n      \"approval_id\": \"\",\n      \"default_approval_initiator\": null,\n      \"approval_nodes\": [\n        {\n          \"approve_users\": [],\n          \"type\": \"AND\",\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"\"\n    }\n  },\n  \"jobs\": [\n    {\n      \"id\": \"0b655ad6-5d08-4f1c-8ff6-7eb004c7c7bd\",\n      \"name\": \"中间件变更\",\n      \"type\": \"text\",\n      \"spec\": {\n        \"content\": \"<p>2222</p><p data-f-id=\\\"pbf\\\" style=\\\"text-align: center; font-size: 14px; margin-top: 30px; opacity: 0.65; font-family: sans-serif;\\\">Powered by <a href=\\\"https://www.froala.com/wysiwyg-editor?pb=1\\\" title=\\\"Froala Editor\\\">Froala Editor</a></p>\"\n      },\n      \"status\": \"\",\n      \"last_status\": \"\",\n      \"updated\": true,\n      \"executed_by\": \"\",\n      \"executed_time\": 0\n    }\n  ],\n  \"status\": \"planning\",\n  \"planning_time\": 0,\n  \"approval_time\": 0,\n  \"executing_time\": 0,\n  \"success_time\": 0\n}",
    );
}
#[test]
fn create_release_plan__request() {
    check_example::<
        crate::types::CreateReleasePlanRequest,
    >(
        "{\n  \"name\": \"plan-example\",\n  \"manager\": \"admin\",\n  \"manager_identity_type\": \"system\",\n  \"start_time\": 1693558721,\n  \"end_time\": 1694016000,\n  \"description\": \"\",\n  \"approval\": {\n    \"enabled\": true,\n    \"status\": \"\",\n    \"type\": \"native\",\n    \"description\": \"\",\n    \"native_approval\": {\n      \"timeout\": 5,\n      \"approve_users\": [\n        {\n          \"user_id\": \"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\n          \"user_name\": \"admin\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"\",\n          \"operation_time\": 0\n        }\n      ],\n      \"needed_approvers\": 1,\n      \"reject_or_approve\": \"\",\n      \"instance_code\": \"\"\n    }\n  }\n}",
    );
}
#[test]
fn create_release_plan__success() {
    check_example::<
        crate::types::CreateReleasePlanResponse,
    >("{\n  \"id\": \"6895627bd3a843cb7423728a\"\n}");
}
#[test]
fn update_release_plan__request() {
    check_example::<
        crate::types::UpdateReleasePlanRequest,
    >(
        "{\n  \"description\": \"test2\",\n  \"parameters\": [\n    {\n      \"name\": \"test\",\n      \"type\": \"string\",\n      \"value\": \"zadig\"\n    },\n    {\n      \"name\": \"abc\",\n      \"type\": \"choice\",\n      \"value\": \"123\"\n    },\n    {\n      \"name\": \"repo1\",\n      \"type\": \"repo\",\n      \"repo\": {\n        \"codehost_name\": \"gitlab\",\n        \"repo_namespace\": \"kr-poc\",\n        \"repo_name\": \"num_test\",\n        \"branch\": \"master\",\n        \"prs\": [\n          1\n        ]\n      }\n    }\n  ],\n  \"jobs\": [\n    {\n      \"name\": \"Text-1\",\n      \"spec\": {\n        \"content\": \"Hello, World 1.\",\n        \"remark\": \"abc\"\n      },\n      \"type\": \"text\"\n    },\n    {\n      \"name\": \"Workflow-1\",\n      \"spec\": {\n        \"workflow_key\": \"old-hook\",\n        \"project_key\": \"yaml\",\n        \"remark\": \"remark-2\",\n        \"inputs\": [\n          {\n            \"job_name\": \"build\",\n            \"job_type\": \"zadig-build\",\n            \"parameters\": {\n              \"registry\": \"https://koderover.*********.com/test\",\n              \"service_list\": [\n                {\n                  \"service_module\": \"service1\",\n                  \"service_name\": \"service1\",\n                  \"repo_info\": [\n                    {\n                      \"codehost_name\": \"gitlab\",\n                      \"repo_namespace\": \"kr-*****\",\n                      \"repo_name\": \"multi-service-demo\",\n                      \"branch\": \"patrick-01\"\n                    }\n                  ],\n                  \"inputs\": [\n                    {\n                      \"key\": \"gggg\",\n                      \"value\": \"abcd\"\n                    }\n                  ]\n                }\n              ]\n            }\n          },\n          {\n            \"job_name\": \"deploy\",\n            \"job_type\": \"zadig-deploy\",\n            \"parameters\": {\n              \"env_name\": \"dev\",\n              \"service_list\": [\n                {\n                  \"service_name\": \"service1\",\n                  \"service_module\": \"service1\",\n                  \"image_name\": \"https://koderover.*********.com/test/service1:main\"\n                }\n              ]\n            }\n          },\n          {\n            \"job_name\": \"test\",\n            \"job_type\": \"zadig-test\",\n            \"parameters\": {\n              \"testing_list\": [\n                {\n                  \"testing_name\": \"static-html-report\",\n                  \"repo_info\": [\n                    {\n                      \"codehost_name\": \"gitlab\",\n                      \"repo_namespace\": \"kr-******\",\n                      \"repo_name\": \"test-report\",\n                      \"branch\": \"main\"\n                    }\n                  ]\n                }\n              ]\n            }\n          }\n        ]\n      },\n      \"type\": \"workflow\"\n    }\n  ],\n  \"manager\": \"patrick\",\n  \"manager_identity_type\": \"system\",\n  \"name\": \"Test-Plan-1\"\n}",
    );
}
#[test]
fn list_workflows__success() {
    check_example::<
        crate::types::WorkflowList,
    >(
        "{\n  \"workflows\": [\n    {\n      \"workflow_key\": \"just-deploy\",\n      \"workflow_name\": \"just-deploy\",\n      \"update_by\": \"admin\",\n      \"update_time\": 1686217885,\n      \"type\": \"custom\"\n    },\n    {\n      \"workflow_key\": \"xiaxianfuwu\",\n      \"workflow_name\": \"offline service\",\n      \"update_by\": \"admin\",\n      \"update_time\": 1686193453,\n      \"type\": \"custom\"\n    }\n  ]\n}",
    );
}
#[test]
fn get_workflow__success() {
    check_example::<
        crate::types::WorkflowDetail,
    >(
        "{\n  \"workflow_key\": \"build-deploy\",\n  \"workflow_name\": \"build-deploy\",\n  \"project_key\": \"lilian-test\",\n  \"description\": \"\",\n  \"created_by\": \"admin\",\n  \"create_time\": 1686192946,\n  \"updated_by\": \"\",\n  \"update_time\": 1690180684,\n  \"params\": [\n    {\n      \"name\": \"code\",\n      \"description\": \"\",\n      \"type\": \"repo\",\n      \"value\": \"\",\n      \"repo\": {\n        \"source\": \"gitee\",\n        \"repo_owner\": \"liyue326\",\n        \"repo_namespace\": \"liyue326\",\n        \"repo_name\": \"picture\",\n        \"remote_name\": \"origin\",\n        \"branch\": \"master\",\n        \"hidden\": false,\n        \"is_primary\": false,\n        \"codehost_id\": 4,\n        \"oauth_token\": \"\",\n        \"address\": \"\",\n        \"source_from\": \"\",\n        \"param_name\": \"\",\n        \"job_name\": \"\",\n        \"service_name\": \"\",\n        \"service_module\": \"\",\n        \"repo_index\": 0,\n        \"submission_id\": \"\"\n      },\n      \"default\": \"\",\n      \"is_credential\": false\n    },\n    {\n      \"name\": \"name\",\n      \"description\": \"\",\n      \"type\": \"string\",\n      \"value\": \"build\",\n      \"repo\": null,\n      \"default\": \"\",\n      \"is_credential\": false\n    }\n  ],\n  \"stages\": [\n    {\n      \"name\": \"build\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": false,\n        \"type\": \"native\",\n        \"description\": \"\",\n        \"native_approval\": {\n          \"Timeout\": 5,\n          \"approve_users\": [],\n          \"NeededApprovers\": 0\n        },\n        \"dingtalk_approval\": {\n          \"Timeout\": 5\n        }\n      },\n      \"jobs\": [\n        {\n          \"name\": \"build\",\n          \"type\": \"zadig-build\",\n          \"skipped\": false,\n          \"spec\": {\n            \"docker_registry_id\": \"630c7ad700430c131062e245\",\n            \"service_and_builds\": [\n              {\n                \"build_name\": \"openapi-build\",\n                \"image\": \"\",\n                \"image_name\": \"service1\",\n                \"key_vals\": [],\n                \"repos\": [],\n                \"service_module\": \"service1\",\n                \"service_name\": \"service1\",\n                \"share_storage_info\": null\n              }\n            ]\n          },\n          \"run_policy\": \"\",\n          \"service_modules\": []\n        }\n      ]\n    },\n    {\n      \"name\": \"deploy\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": false,\n        \"type\": \"native\",\n        \"description\": \"\",\n        \"native_approval\": {\n          \"Timeout\": 5,\n          \"approve_users\": [],\n          \"NeededApprovers\": 0\n        },\n        \"dingtalk_approval\": {\n          \"Timeout\": 5\n        }\n      },\n      \"jobs\": [\n        {\n          \"name\": \"deploy\",\n          \"type\": \"zadig-deploy\",\n          \"skipped\": false,\n          \"spec\": {\n            \"deploy_contents\": [\n              \"image\",\n              \"vars\"\n            ],\n            \"deploy_type\": \"\",\n            \"env\": \"dev\",\n            \"job_name\": \"build\",\n            \"origin_job_name\": \"\",\n            \"production\": false,\n            \"service_and_images\": [],\n            \"services\": [\n              {\n                \"key_vals\": [],\n                \"latest_key_vals\": [],\n                \"latest_variable_kvs\": [],\n                \"service_name\": \"service2\",\n                \"updatable\": false,\n                \"update_config\": false,\n                \"variable_configs\": [],\n                \"variable_kvs\": [],\n                \"variable_yaml\": \"\"\n              },\n              {\n                \"key_vals\": [],\n                \"latest_key_vals\": [],\n                \"latest_variable_kvs\": [],\n                \"service_name\": \"service1\",\n                \"updatable\": true,\n                \"update_config\": false,\n                \"variable_configs\": [\n                  {\n                    \"use_global_variable\": false,\n                    \"variable_key\": \"cpuLimit\"\n                  },\n                  {\n                    \"use_global_variable\": false,\n                    \"variable_key\": \"memoryLimit\"\n                  },\n                  {\n                    \"use_global_variable\": false,\n                    \"variable_key\": \"port\"\n                  }\n                ],\n                \"variable_kvs\": [],\n                \"variable_yaml\": \"\"\n              }\n            ],\n            \"skip_check_run_status\": false,\n            \"source\": \"fromjob\"\n          },\n          \"run_policy\": \"\",\n          \"service_modules\": []\n        },\n        {\n          \"name\": \"default\",\n          \"type\": \"plugin\",\n          \"skipped\": false,\n          \"spec\": {\n            \"plugin\": {\n              \"args\": [\n                \"echo $(inputs.CONTENT)\"\n              ],\n              \"category\": \"\",\n              \"cmds\": [\n                \"/bin/sh\",\n                \"-c\"\n              ],\n              \"description\": \"hello world\",\n              \"envs\": [\n                {\n                  \"name\": \"CONTENT\",\n                  \"value\": \"$(inputs.CONTENT)\"\n                }\n              ],\n              \"image\": \"alpine/curl:3.14\",\n              \"inputs\": [\n                {\n                  \"default\": \"hello world\",\n                  \"description\": \"content to print\",\n                  \"is_credential\": false,\n                  \"name\": \"CONTENT\",\n                  \"repo\": null,\n                  \"type\": \"string\",\n                  \"value\": \"hello world\"\n                }\n              ],\n              \"is_offical\": false,\n              \"name\": \"hello-world\",\n              \"outputs\": [],\n              \"repo_url\": \"\",\n              \"version\": \"v0.0.1\"\n            },\n            \"properties\": {\n              \"build_os\": \"\",\n              \"cache\": {\n                \"medium_type\": \"\",\n                \"nfs_properties\": {\n                  \"provision_type\": \"\",\n                  \"pvc\": \"\",\n                  \"storage_class\": \"\",\n                  \"storage_size_in_gib\": 0,\n                  \"subpath\": \"\"\n                },\n                \"object_properties\": {\n                  \"id\": \"\"\n                }\n              },\n              \"cache_dir_type\": \"\",\n              \"cache_enable\": false,\n              \"cache_user_dir\": \"\",\n              \"cluster_id\": \"\",\n              \"custom_envs\": [],\n              \"envs\": [],\n              \"image_from\": \"\",\n              \"image_id\": \"\",\n              \"log_file_name\": \"\",\n              \"namespace\": \"\",\n              \"params\": [],\n              \"registries\": [],\n              \"res_req\": \"low\",\n              \"res_req_spec\": {\n                \"cpu_limit\": 1000,\n                \"gpu_limit\": \"\",\n                \"memory_limit\": 512\n              },\n              \"retry\": 0,\n              \"share_storage_details\": [],\n              \"timeout\": 60\n            }\n          },\n          \"run_policy\": \"\",\n          \"service_modules\": []\n        }\n      ]\n    }\n  ],\n  \"notify_ctls\": [\n    {\n      \"enabled\": true,\n      \"webhook_type\": \"wechat\",\n      \"weChat_webHook\": \"xxx\",\n      \"notify_type\": [\n        \"created\",\n        \"failed\"\n      ]\n    }\n  ],\n  \"share_storages\": [],\n  \"concurrency_limit\": 1\n}",
    );
}
#[test]
fn list_workflow_tasks__success() {
    check_example::<
        crate::types::WorkflowTaskList,
    >(
        "{\n  \"total\": 15,\n  \"workflow_tasks\": [\n    {\n      \"workflow_key\": \"build-deploy\",\n      \"workflow_name\": \"build-deploy\",\n      \"project_key\": \"lilian-test\",\n      \"task_id\": 15,\n      \"create_time\": 1688543613,\n      \"task_creator\": \"webhook\",\n      \"start_time\": 1688543615,\n      \"end_time\": 1688543636,\n      \"status\": \"passed\"\n    }\n  ]\n}",
    );
}
#[test]
fn list_workflow_tasks__missing_workflow() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 400,\n  \"description\": \"workflow name is required\",\n  \"extra\": {},\n  \"message\": \"Bad Request\",\n  \"type\": \"error\"\n}",
    );
}
#[test]
fn get_workflow_task__success() {
    check_example::<
        crate::types::WorkflowTaskDetail,
    >(
        "{\n  \"task_id\": 24,\n  \"workflow_key\": \"build-images\",\n  \"params\": [\n    {\n      \"name\": \"USERNAME\",\n      \"description\": \"\",\n      \"type\": \"string\",\n      \"value\": \"zadig\",\n      \"default\": \"\",\n      \"is_credential\": false\n    }\n  ],\n  \"status\": \"running\",\n  \"task_creator\": \"admin\",\n  \"create_time\": 1664161285,\n  \"start_time\": 1664161286,\n  \"end_time\": 1664172997,\n  \"stages\": [\n    {\n      \"name\": \"build\",\n      \"status\": \"passed\",\n      \"start_time\": 1664161286,\n      \"end_time\": 1664172974,\n      \"jobs\": [\n        {\n          \"name\": \"a-myapp-1-build-myapps\",\n          \"type\": \"zadig-build\",\n          \"status\": \"passed\",\n          \"start_time\": 1664172967,\n          \"end_time\": 1664172974,\n          \"spec\": {\n            \"repos\": [\n              {\n                \"source\": \"gitee\",\n                \"repo_owner\": \"kr-test-dev\",\n                \"repo_namespace\": \"kr-test-dev\",\n                \"repo_name\": \"zadig\",\n                \"remote_name\": \"origin\",\n                \"branch\": \"main\",\n                \"commit_id\": \"a13120997b95d8b63f2b5b29c700f89d38a5de54\",\n                \"commit_message\": \"update pkg/microservice/warpdrive/config/const.go.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\n                \"address\": \"https://gitee.com\",\n                \"author_name\": \"grandy\"\n              }\n            ],\n            \"image\": \"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\",\n            \"service_name\": \"a\",\n            \"service_module\": \"myapp-1\",\n            \"envs\": [\n              {\n                \"key\": \"username\",\n                \"value\": \"admin\",\n                \"type\": \"string\",\n                \"is_credential\": false\n              },\n              {\n                \"key\": \"password\",\n                \"value\": \"zadig\",\n                \"type\": \"string\",\n                \"is_credential\": true\n              },\n              {\n                \"key\": \"version\",\n                \"value\": \"1\",\n                \"type\": \"string\",\n                \"is_credential\": false\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Deploy\",\n      \"status\": \"passed\",\n      \"start_time\": 1664172974,\n      \"end_time\": 1664172990,\n      \"approval\": {\n        \"enabled\": true,\n        \"approve_users\": [\n          {\n            \"user_name\": \"admin\",\n            \"reject_or_approve\": \"approve\",\n            \"comment\": \"LGTM\",\n            \"operation_time\": 1664172985\n          }\n        ],\n        \"timeout\": 120,\n        \"needed_approvers\": 1,\n        \"description\": \"Need approval to deploy\",\n        \"reject_or_approve\": \"approve\"\n      },\n      \"jobs\": [\n        {\n          \"name\": \"a-myapp-1-deploy-myapps\",\n          \"type\": \"zadig-deploy\",\n          \"status\": \"passed\",\n          \"start_time\": 1664172986,\n          \"end_time\": 1664172990,\n          \"spec\": {\n            \"env\": \"dev\",\n            \"skip_check_run_status\": false,\n            \"service_and_images\": [\n              {\n                \"service_name\": \"a\",\n                \"service_module\": \"myapp-1\",\n                \"image\": \"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\"\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"General task\",\n      \"status\": \"passed\",\n      \"start_time\": 1664172990,\n      \"end_time\": 1664172993,\n      \"jobs\": [\n        {\n          \"name\": \"echo-hello\",\n          \"type\": \"freestyle\",\n          \"status\": \"passed\",\n          \"start_time\": 1664172990,\n          \"end_time\": 1664172993,\n          \"spec\": {\n            \"repos\": [\n              {\n                \"source\": \"gitee\",\n                \"repo_owner\": \"kr-test-dev\",\n                \"repo_namespace\": \"kr-test-dev\",\n                \"repo_name\": \"demo-test\",\n                \"remote_name\": \"origin\",\n                \"branch\": \"master\",\n                \"commit_id\": \"2000aba9195bfce73b0a676e48c0ebfe2f59a4a9\",\n                \"commit_message\": \"update org-debug.txt.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\n                \"address\": \"https://gitee.com\",\n                \"author_name\": \"grandy\"\n              }\n            ],\n            \"image\": \"\",\n            \"service_name\": \"\",\n            \"service_module\": \"\",\n            \"envs\": [\n              {\n                \"key\": \"myName\",\n                \"value\": \"zadig\",\n                \"type\": \"string\",\n                \"is_credential\": false\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Custom task\",\n      \"status\": \"passed\",\n      \"start_time\": 1664172993,\n      \"end_time\": 1664172997,\n      \"jobs\": [\n        {\n          \"name\": \"say-hi\",\n          \"type\": \"plugin\",\n          \"status\": \"passed\",\n          \"start_time\": 1664172993,\n          \"end_time\": 1664172997,\n          \"error\": \"\",\n          \"spec\": {\n            \"name\": \"Output Hello greeting information\",\n            \"is_offical\": false,\n            \"description\": \"Greet specified user\",\n            \"repo_url\": \"\",\n            \"version\": \"v0.0.1\",\n            \"image\": \"koderover.tencentcloudcr.com/koderover-public/greeting-bot:20220923-amd64\",\n            \"args\": [],\n            \"cmds\": [],\n            \"envs\": [\n              {\n                \"name\": \"WHO_AM_I\",\n                \"value\": \"Zadig\"\n              },\n              {\n                \"name\": \"WEATHER_STATUS\",\n                \"value\": \"sunny\"\n              }\n            ],\n            \"inputs\": [\n              {\n                \"name\": \"who_am_i\",\n                \"description\": \"who am i\",\n                \"type\": \"string\",\n                \"value\": \"zadig\",\n                \"default\": \"zadig\",\n                \"is_credential\": false\n              },\n              {\n                \"name\": \"weather_status\",\n                \"description\": \"what's the weather like today\",\n                \"type\": \"choice\",\n                \"value\": \"sunny\",\n                \"choice_否\": [\n                  \"sunny\",\n                  \"cloudy\",\n                  \"rainy\"\n                ],\n                \"default\": \"sunny\",\n                \"is_credential\": false\n              }\n            ],\n            \"outputs\": []\n          }\n        }\n      ]\n    }\n  ],\n  \"project_key\": \"simple-service-demo\"\n}",
    );
}
#[test]
fn get_workflow_task__task_not_found() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 500,\n  \"description\": \"mongo: no documents in result\",\n  \"message\": \"Internal Error: \"\n}",
    );
}
#[test]
fn execute_workflow__full_request() {
    check_example::<
        crate::types::ExecuteWorkflowRequest,
    >(
        "{\n  \"project_key\": \"helm\",\n  \"workflow_key\": \"test-openapi\",\n  \"parameters\": [\n    {\n      \"name\": \"test\",\n      \"type\": \"string\",\n      \"value\": \"zadig\"\n    },\n    {\n      \"name\": \"abc\",\n      \"type\": \"choice\",\n      \"value\": \"123\"\n    },\n    {\n      \"name\": \"repo1\",\n      \"type\": \"repo\",\n      \"repo\": {\n        \"codehost_name\": \"gitlab\",\n        \"repo_namespace\": \"kr-poc\",\n        \"repo_name\": \"num_test\",\n        \"branch\": \"master\",\n        \"prs\": []\n      }\n    }\n  ],\n  \"inputs\": [\n    {\n      \"job_name\": \"build-myapps\",\n      \"job_type\": \"zadig-build\",\n      \"parameters\": {\n        \"registry\": \"https://koderover.******.com/test\",\n        \"service_list\": [\n          {\n            \"service_module\": \"aslan\",\n            \"service_name\": \"zadig\",\n            \"repo_info\": [\n              {\n                \"codehost_name\": \"koderover\",\n                \"repo_namespace\": \"koderover\",\n                \"repo_name\": \"zadig\",\n                \"branch\": \"main\"\n              }\n            ],\n            \"inputs\": [\n              {\n                \"key\": \"username\",\n                \"value\": \"admin\"\n              },\n              {\n                \"key\": \"password\",\n                \"value\": \"Zadig\"\n              }\n            ]\n          }\n        ]\n      }\n    },\n    {\n      \"job_name\": \"deploy-myapps\",\n      \"job_type\": \"zadig-deploy\",\n      \"parameters\": {\n        \"env_name\": \"dev\",\n        \"service_list\": [\n          {\n            \"service_name\": \"zadig\",\n            \"service_module\": \"aslan\",\n            \"image_name\": \"koderover.******.com/test/aslan:main\",\n            \"value_merge_strategy\": \"override\"\n          },\n          {\n            \"service_name\": \"zadig\",\n            \"service_module\": \"zadig-portal\",\n            \"image_name\": \"koderover.******.com/test/zadig-portal:main\",\n            \"value_merge_strategy\": \"reuse-values\"\n          }\n        ]\n      }\n    },\n    {\n      \"job_name\": \"jira-issue-update\",\n      \"job_type\": \"freestyle\",\n      \"parameters\": {\n        \"kv\": [\n          {\n            \"key\": \"IssueID\",\n            \"value\": \"ZAD-10126\"\n          },\n          {\n            \"key\": \"FromStatus\",\n            \"value\": \"Testing\"\n          },\n          {\n            \"key\": \"TargetStatus\",\n            \"value\": \"ToBeReleased\"\n          }\n        ]\n      }\n    },\n    {\n      \"job_name\": \"deploy-my-app\",\n      \"job_type\": \"custom-deploy\",\n      \"parameters\": {\n        \"target_list\": [\n          {\n            \"workload_type\": \"Deployment\",\n            \"workload_name\": \"service2\",\n            \"container_name\": \"service2\",\n            \"image_name\": \"koderover.***.com/test/service2:0505\"\n          }\n        ]\n      }\n    },\n    {\n      \"job_name\": \"sql\",\n      \"job_type\": \"sql\",\n      \"parameters\": {\n        \"database_name\": \"mysql\",\n        \"sql\": \"show databases;\"\n      }\n    }\n  ],\n  \"notify_inputs\": [\n    {\n      \"id\": 1,\n      \"type\": \"feishu_person\",\n      \"lark_person_notification_config\": {\n        \"users\": [\n          {\n            \"id\": \"35g99291\",\n            \"id_type\": \"user_id\"\n          }\n        ]\n      }\n    }\n  ]\n}",
    );
}
#[test]
fn execute_workflow__tapd_input_with_iteration_ids() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"tapd\",\n  \"job_type\": \"tapd\",\n  \"parameters\": {\n    \"project_id\": \"43976133\",\n    \"project_name\": \"Welcome to TAPD DEMO\",\n    \"status\": \"open\",\n    \"iteration_ids\": [\n      \"1143976133001000001\",\n      \"1143976133001000002\"\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__zadig_build_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"build-myapps\",\n  \"job_type\": \"zadig-build\",\n  \"parameters\": {\n    \"registry\": \"https://koderover.******.com/test\",\n    \"service_list\": [\n      {\n        \"service_module\": \"aslan\",\n        \"service_name\": \"zadig\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig\",\n            \"branch\": \"main\",\n            \"enable_commit\": true,\n            \"commit_id\": \"e1f10409e99c3f13b0777d2cd8b1a42750b093e1\"\n          }\n        ],\n        \"inputs\": [\n          {\n            \"key\": \"username\",\n            \"value\": \"admin\"\n          },\n          {\n            \"key\": \"password\",\n            \"value\": \"Zadig\"\n          }\n        ]\n      },\n      {\n        \"service_module\": \"zadig-portal\",\n        \"service_name\": \"zadig\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig-portal\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__zadig_deploy_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"deploy-myapps\",\n  \"job_type\": \"zadig-deploy\",\n  \"parameters\": {\n    \"env_name\": \"dev\",\n    \"service_list\": [\n      {\n        \"service_name\": \"zadig\",\n        \"service_module\": \"aslan\",\n        \"image_name\": \"koderover.***.com/test/aslan:main\",\n        \"value_merge_strategy\": \"reuse-values\"\n      },\n      {\n        \"service_name\": \"zadig\",\n        \"service_module\": \"zadig-portal\",\n        \"image_name\": \"koderover.***.com/test/zadig-portal:main\",\n        \"value_merge_strategy\": \"override\"\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__custom_deploy_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"deploy-my-app\",\n  \"job_type\": \"custom-deploy\",\n  \"parameters\": {\n    \"target_list\": [\n      {\n        \"workload_type\": \"Deployment\",\n        \"workload_name\": \"service2\",\n        \"container_name\": \"service2\",\n        \"image_name\": \"koderover.***.com/test/service2:0505\"\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__freestyle_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"jira-issue-update\",\n  \"job_type\": \"freestyle\",\n  \"parameters\": {\n    \"services\": [\n      {\n        \"service_name\": \"service1\",\n        \"service_module\": \"service1\",\n        \"inputs\": [\n          {\n            \"key\": \"test\",\n            \"value\": \"abc1\"\n          }\n        ],\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"gitlab\",\n            \"repo_namespace\": \"kr-poc\",\n            \"repo_name\": \"multi-service-demo\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ],\n    \"kv\": [\n      {\n        \"key\": \"IssueID\",\n        \"value\": \"ZAD-10126\"\n      },\n      {\n        \"key\": \"FromStatus\",\n        \"value\": \"Testing\"\n      },\n      {\n        \"key\": \"TargetStatus\",\n        \"value\": \"ToBeReleased\"\n      }\n    ],\n    \"repo_info\": [\n      {\n        \"codehost_name\": \"koderover\",\n        \"repo_namespace\": \"koderover\",\n        \"repo_name\": \"zadig\",\n        \"branch\": \"task-mgr\"\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__zadig_test_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"test-myapps\",\n  \"job_type\": \"zadig-test\",\n  \"parameters\": {\n    \"service_list\": [\n      {\n        \"service_name\": \"service1\",\n        \"service_module\": \"service1\",\n        \"inputs\": [\n          {\n            \"key\": \"test\",\n            \"value\": \"abc1\"\n          }\n        ],\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"gitlab\",\n            \"repo_namespace\": \"kr-poc\",\n            \"repo_name\": \"multi-service-demo\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ],\n    \"testing_list\": [\n      {\n        \"testing_name\": \"unit-test\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig\",\n            \"branch\": \"main\"\n          }\n        ],\n        \"inputs\": [\n          {\n            \"key\": \"username\",\n            \"value\": \"admin\"\n          },\n          {\n            \"key\": \"password\",\n            \"value\": \"Zadig\"\n          }\n        ]\n      },\n      {\n        \"testing_name\": \"integration-test\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig-portal\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__zadig_scanning_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"scan-myapps\",\n  \"job_type\": \"zadig-scanning\",\n  \"parameters\": {\n    \"service_list\": [\n      {\n        \"service_name\": \"service1\",\n        \"service_module\": \"service1\",\n        \"inputs\": [\n          {\n            \"key\": \"test\",\n            \"value\": \"abc1\"\n          }\n        ],\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"gitlab\",\n            \"repo_namespace\": \"kr-poc\",\n            \"repo_name\": \"multi-service-demo\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ],\n    \"scanning_list\": [\n      {\n        \"scanning_name\": \"scan\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig\",\n            \"branch\": \"main\"\n          }\n        ]\n      },\n      {\n        \"scanning_name\": \"scan-1\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig-portal\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__sql_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"sql\",\n  \"job_type\": \"sql\",\n  \"parameters\": {\n    \"database_name\": \"mysql\",\n    \"sql\": \"show databases;\"\n  }\n}",
    );
}
#[test]
fn execute_workflow__tapd_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"tapd\",\n  \"job_type\": \"tapd\",\n  \"parameters\": {\n    \"project_id\": \"43976133\",\n    \"project_name\": \"Welcome to TAPD DEMO\",\n    \"status\": \"open\",\n    \"iterations\": [\n      {\n        \"iteration_id\": \"1143976133001000001\",\n        \"iteration_name\": \"Current Iteration Example\",\n        \"start_date\": \"2025-08-04\",\n        \"end_date\": \"2025-09-03\"\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__approval_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"approval\",\n  \"job_type\": \"approval\",\n  \"parameters\": {}\n}",
    );
}
#[test]
fn execute_workflow__plugin_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"plugin-task\",\n  \"job_type\": \"plugin\",\n  \"parameters\": {\n    \"kv\": [\n      {\n        \"key\": \"CONTENT\",\n        \"value\": \"hello world\"\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__feishu_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"feishu\",\n  \"lark_hook_notification_config\": {\n    \"at_users\": [\n      \"35xxxx91\"\n    ],\n    \"is_at_all\": false\n  }\n}",
    );
}
#[test]
fn execute_workflow__feishu_app_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"feishu_app\",\n  \"lark_group_notification_config\": {\n    \"chat_id\": \"oc_0c7db78d0fxxxxxxd81cc5692aa3\",\n    \"at_users\": [\n      {\n        \"id\": \"35xxxx91\",\n        \"id_type\": \"user_id\"\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__feishu_person_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"feishu_person\",\n  \"lark_person_notification_config\": {\n    \"users\": [\n      {\n        \"id\": \"35xxxx91\",\n        \"id_type\": \"user_id\"\n      }\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__wechat_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"wechat\",\n  \"wechat_notification_config\": {\n    \"at_users\": [\n      \"35xxxx91\"\n    ],\n    \"is_at_all\": false\n  }\n}",
    );
}
#[test]
fn execute_workflow__dingding_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"dingding\",\n  \"dingding_notification_config\": {\n    \"at_mobiles\": [\n      \"13800138000\",\n      \"13800138001\"\n    ],\n    \"is_at_all\": false\n  }\n}",
    );
}
#[test]
fn execute_workflow__msteams_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"msteams\",\n  \"msteams_notification_config\": {\n    \"at_emails\": [\n      \"test@example.com\",\n      \"test2@example.com\"\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__mail_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"mail\",\n  \"mail_notification_config\": {\n    \"user_ids\": [\n      \"1234567890\",\n      \"0987654321\"\n    ]\n  }\n}",
    );
}
#[test]
fn execute_workflow__success() {
    check_example::<
        crate::types::ExecuteWorkflowResponse,
    >(
        "{\n  \"project_name\": \"simple-service-demo\",\n  \"workflow_name\": \"openapi-test\",\n  \"task_id\": 20\n}",
    );
}
#[test]
fn cancel_workflow_task__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn cancel_workflow_task__already_finished() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6163,\n  \"description\": \"task: build-images:20 is passed, cannot cancel\",\n  \"extra\": {},\n  \"message\": \"Cancel workflow task failed\",\n  \"type\": \"error\"\n}",
    );
}
#[test]
fn cancel_workflow_task__task_not_found() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6163,\n  \"description\": \"mongo: no documents in result\",\n  \"extra\": {},\n  \"message\": \"Cancel workflow task failed\",\n  \"type\": \"error\"\n}",
    );
}
#[test]
fn retry_workflow_task__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn retry_workflow_task__task_not_found() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6161,\n  \"description\": \"mongo: no documents in result\",\n  \"extra\": {},\n  \"message\": \"Get workflow task failed\",\n  \"type\": \"error\"\n}",
    );
}
#[test]
fn approve_workflow_task__request() {
    check_example::<
        crate::types::ApproveWorkflowTaskRequest,
    >(
        "{\n  \"task_id\": 2,\n  \"workflow_key\": \"infra-dev-workflow\",\n  \"stage_name\": \"deploy\",\n  \"approve\": true,\n  \"comment\": \"LGTM\"\n}",
    );
}
#[test]
fn approve_workflow_task__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn approve_workflow_task__stage_needs_no_approval() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6169,\n  \"description\": \"workflow build-images ID 23 stage deploy-myapps do not need approve\",\n  \"extra\": {},\n  \"message\": \"Approve workflow task failed\",\n  \"type\": \"error\"\n}",
    );
}
#[test]
fn create_workflow__request() {
    check_example::<
        crate::types::WorkflowDefinition,
    >(
        "{\n  \"name\": \"workflow-demo\",\n  \"display_name\": \"workflow-demo\",\n  \"project\": \"demo\",\n  \"description\": \"workflow-demo description\",\n  \"concurrency_limit\": 5,\n  \"stages\": [\n    {\n      \"name\": \"Build\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"name\": \"build\",\n          \"type\": \"zadig-build\",\n          \"run_policy\": \"\",\n          \"spec\": {\n            \"docker_registry_id\": \"62c**********\",\n            \"service_and_builds\": [\n              {\n                \"service_name\": \"service1\",\n                \"service_module\": \"service1\",\n                \"image_name\": \"nginx\",\n                \"value\": \"service1/service1\",\n                \"build_name\": \"build-demo\"\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Deploy\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": true,\n        \"type\": \"native\",\n        \"native_approval\": {\n          \"approve_users\": [\n            {\n              \"user_name\": \"admin\",\n              \"user_id\": \"9792310b-**********\"\n            },\n            {\n              \"user_name\": \"sre-admin\",\n              \"user_id\": \"9837370s-**********\"\n            }\n          ],\n          \"timeout\": 5,\n          \"needed_approvers\": 1\n        }\n      },\n      \"jobs\": [\n        {\n          \"name\": \"deploy\",\n          \"type\": \"zadig-deploy\",\n          \"spec\": {\n            \"env\": \"dev\",\n            \"production\": false,\n            \"deploy_contents\": [\n              \"image\"\n            ],\n            \"skip_check_run_status\": false,\n            \"source\": \"fromjob\",\n            \"job_name\": \"build\",\n            \"service_and_images\": [\n              {\n                \"service_name\": \"service1\",\n                \"service_module\": \"service1\",\n                \"value\": \"service1/service1\"\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Test\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"name\": \"test\",\n          \"type\": \"zadig-test\",\n          \"spec\": {\n            \"test_type\": \"service_test\",\n            \"source\": \"fromjob\",\n            \"job_name\": \"build\",\n            \"service_and_tests\": [\n              {\n                \"service_name\": \"service1\",\n                \"service_module\": \"service1\",\n                \"name\": \"smoke-test\",\n                \"project_name\": \"voting-app\"\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Distribute\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"name\": \"common\",\n          \"type\": \"freestyle\",\n          \"run_policy\": \"\",\n          \"spec\": {\n            \"properties\": {\n              \"timeout\": 60,\n              \"res_req\": \"low\",\n              \"res_req_spec\": {\n                \"cpu_limit\": 1000,\n                \"memory_limit\": 512\n              },\n              \"cluster_id\": \"\",\n              \"build_os\": \"focal\",\n              \"image_id\": \"630xxxxxxxxxxxx\",\n              \"image_from\": \"koderover\",\n              \"envs\": [\n                {\n                  \"key\": \"key1\",\n                  \"value\": \"val1\",\n                  \"type\": \"string\",\n                  \"is_credential\": false\n                }\n              ],\n              \"cache_enable\": true,\n              \"cache_dir_type\": \"workspace\",\n              \"cache_user_dir\": \"\"\n            },\n            \"steps\": [\n              {\n                \"name\": \"tools\",\n                \"type\": \"tools\",\n                \"spec\": {\n                  \"installs\": [\n                    {\n                      \"name\": \"go\",\n                      \"version\": \"1.19.3\",\n                      \"id\": \"go1.19.3\"\n                    }\n                  ]\n                }\n              },\n              {\n                \"name\": \"git\",\n                \"type\": \"git\",\n                \"spec\": {\n                  \"repos\": [\n                    {\n                      \"codehost_id\": 23,\n                      \"repo_owner\": \"owner1\",\n                      \"repo_name\": \"hello\",\n                      \"source\": \"GitHub\",\n                      \"branch\": \"main\",\n                      \"checkout_path\": \"\",\n                      \"remote_name\": \"origin\",\n                      \"submodules\": false,\n                      \"hidden\": false,\n                      \"repo_namespace\": \"owner1\"\n                    }\n                  ]\n                }\n              },\n              {\n                \"name\": \"shell\",\n                \"type\": \"shell\",\n                \"spec\": {\n                  \"script\": \"#!/bin/bash\\nset -e\\necho hello\"\n                }\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Image Distribution\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"name\": \"image-release\",\n          \"type\": \"zadig-distribute-image\",\n          \"run_policy\": \"\",\n          \"isCreate\": true,\n          \"spec\": {\n            \"source\": \"fromjob\",\n            \"job_name\": \"build\",\n            \"source_registry_id\": \"\",\n            \"target_registry_id\": \"630xxxxxxxxxxxx\",\n            \"targets\": [\n              {\n                \"service_name\": \"n-1\",\n                \"service_module\": \"nginx-latest\",\n                \"image_name\": \"nginx\",\n                \"value\": \"n-1/nginx-latest\"\n              }\n            ],\n            \"timeout\": 10,\n            \"cluster_id\": \"\",\n            \"params\": []\n          }\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[test]
fn delete_workflow__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn list_workflow_views__success() {
    check_example::<
        Vec<crate::types::WorkflowView>,
    >(
        "[\n  {\n    \"name\": \"test-view\",\n    \"project_key\": \"lilian-test\",\n    \"workflows\": [\n      {\n        \"workflow_key\": \"xiaxianfuwu\",\n        \"workflow_type\": \"custom\"\n      }\n    ],\n    \"update_time\": 1689329334,\n    \"update_by\": \"admin\"\n  }\n]",
    );
}
#[test]
fn create_workflow_view__request() {
    check_example::<
        crate::types::CreateWorkflowViewRequest,
    >(
        "{\n  \"project_key\": \"demo\",\n  \"name\": \"view-demo\",\n  \"workflow_list\": [\n    {\n      \"workflow_key\": \"dev\",\n      \"workflow_type\": \"custom\"\n    },\n    {\n      \"workflow_key\": \"nacos-config-update\",\n      \"workflow_type\": \"custom\"\n    }\n  ]\n}",
    );
}
#[test]
fn create_workflow_view__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn update_workflow_view__request() {
    check_example::<
        crate::types::UpdateWorkflowViewRequest,
    >(
        "{\n  \"workflow_list\": [\n    {\n      \"workflow_key\": \"build-deploy\",\n      \"workflow_type\": \"custom\",\n      \"enabled\": true\n    }\n  ]\n}",
    );
}
#[test]
fn update_workflow_view__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn delete_workflow_view__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[test]
fn delete_workflow_view__view_not_found() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6894,\n  \"description\": \"find workflow view error: mongo: no documents in result\",\n  \"extra\": {},\n  \"message\": \"delete workflow view error: mongo: no documents in result\",\n  \"type\": \"error\"\n}",
    );
}
#[test]
fn create_approval_ticket__success() {
    check_example::<
        crate::types::ApiMessage,
    >("{\n  \"code\": 1,\n  \"message\": \"success\"\n}");
}
#[test]
fn create_approval_ticket__internal_error() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 500,\n  \"description\": \"...\",\n  \"message\": \"Internal Error\"\n}",
    );
}
