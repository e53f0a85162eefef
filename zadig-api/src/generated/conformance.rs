// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "artifact")]
#[tokio::test]
async fn list_artifact_versions() {
    let exchange = Exchange {
        method: "GET",
        path: "/api/aslan/delivery/releases",
        query: &[
            ("projectName", "projectName value & more"),
            ("page", "7"),
            ("per_page", "7"),
            ("taskId", "7"),
            ("workflowName", "workflowName value & more"),
            ("serviceName", "serviceName value & more"),
            ("label", "label value & more"),
            ("verbosity", "verbosity value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"id\":\"0123456789abcdef01234567\",\"version\":\"text\",\"project_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"type\":\"K8SYaml\",\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"original_chart_repo_name\":\"text\",\"chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"status\":\"success\",\"workflow_name\":\"text\",\"task_id\":1,\"error\":\"text\",\"created_by\":\"text\",\"created_at\":1}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_artifact_versions()
        .project_key("projectName value & more")
        .page_num(7i64)
        .page_size(7i64)
        .task_id(7i64)
        .workflow_key("workflowName value & more")
        .service_name("serviceName value & more")
        .label("label value & more")
        .verbosity("verbosity value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "artifact")]
#[cfg(feature = "blocking")]
#[test]
fn list_artifact_versions_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/api/aslan/delivery/releases",
        query: &[
            ("projectName", "projectName value & more"),
            ("page", "7"),
            ("per_page", "7"),
            ("taskId", "7"),
            ("workflowName", "workflowName value & more"),
            ("serviceName", "serviceName value & more"),
            ("label", "label value & more"),
            ("verbosity", "verbosity value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"id\":\"0123456789abcdef01234567\",\"version\":\"text\",\"project_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"type\":\"K8SYaml\",\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"original_chart_repo_name\":\"text\",\"chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"status\":\"success\",\"workflow_name\":\"text\",\"task_id\":1,\"error\":\"text\",\"created_by\":\"text\",\"created_at\":1}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_artifact_versions()
        .project_key("projectName value & more")
        .page_num(7i64)
        .page_size(7i64)
        .task_id(7i64)
        .workflow_key("workflowName value & more")
        .service_name("serviceName value & more")
        .label("label value & more")
        .verbosity("verbosity value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "artifact")]
#[tokio::test]
async fn list_artifact_versions_legacy() {
    let exchange = Exchange {
        method: "GET",
        path: "/api/aslan/delivery/releases",
        query: &[
            ("projectName", "projectName value & more"),
            ("page", "7"),
            ("per_page", "7"),
            ("taskId", "7"),
            ("workflowName", "workflowName value & more"),
            ("serviceName", "serviceName value & more"),
            ("verbosity", "verbosity value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"versionInfo\":{\"id\":\"0123456789abcdef01234567\",\"version\":\"text\",\"productName\":\"text\",\"workflowName\":\"text\",\"workflowDisplayName\":\"text\",\"type\":\"text\",\"taskId\":1,\"desc\":\"text\",\"labels\":[\"text\"],\"productEnvInfo\":{\"id\":\"0123456789abcdef01234567\",\"product_name\":\"text\",\"create_time\":1,\"update_time\":1,\"namespace\":\"text\",\"status\":\"text\",\"revision\":1,\"enabled\":true,\"env_name\":\"text\",\"base_env_name\":\"text\",\"update_by\":\"text\",\"visibility\":\"text\",\"services\":[[{\"service_name\":\"text\",\"release_name\":\"text\",\"product_name\":\"text\",\"type\":\"text\",\"revision\":1,\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"error\":\"text\",\"resources\":[{\"Name\":\"text\"}],\"update_time\":1,\"render\":{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"}},\"env_configs\":[{\"env_name\":\"text\",\"host_ids\":[\"text\"],\"labels\":[\"text\"]}],\"rendered_yaml\":\"text\",\"variable_yaml\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"updatable\":true,\"deploy_strategy\":\"text\"}]],\"render\":{\"name\":\"text\",\"revision\":1,\"product_tmpl\":\"text\",\"description\":\"text\"},\"error\":\"text\",\"chart_infos\":[{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"}}],\"isPublic\":true,\"roleIds\":[1],\"cluster_id\":\"text\",\"recycle_day\":1,\"source\":\"text\",\"is_opensource\":true,\"registry_id\":\"text\",\"base_name\":\"text\",\"is_existed\":true,\"share_env\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\"},\"env_configs\":[{\"env_name\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"yaml_data\":\"text\",\"restart_associated_svc\":true,\"common_env_cfg_type\":\"Ingress\",\"services\":[\"text\"],\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"auto_sync\":true,\"production\":true}],\"service_deploy_strategy\":{\"key\":\"text\"},\"analysis_config\":{\"resource_types\":[\"Pod\"]},\"notification_configs\":[{\"webhook_type\":\"feishu\",\"webhook_url\":\"text\",\"events\":[\"notification_event_analyzer_normal\"]}],\"pre_sleep_status\":{\"key\":1},\"default_values\":\"text\",\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"istio_grayscale\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\",\"grayscale_strategy\":\"text\",\"weight_configs\":[{\"env\":\"text\",\"weight\":1}],\"header_match_configs\":[{\"env\":\"text\",\"header_match\":[{\"key\":\"text\",\"match\":\"text\",\"value\":\"text\"}]}]},\"production\":true,\"alias\":\"text\"},\"status\":\"text\",\"progress\":{\"successCount\":1,\"totalCount\":1,\"uploadStatus\":\"text\",\"workflowStatus\":[{\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"target_image\":\"text\",\"status\":\"disabled\"}],\"error\":\"text\"},\"createdBy\":\"text\",\"created_at\":1,\"deleted_at\":1},\"buildInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"imageInfo\":{\"repoName\":\"text\",\"tagName\":\"text\",\"imageSize\":1,\"imageDigest\":\"text\",\"author\":\"text\",\"architecture\":\"text\",\"dockerVersion\":\"text\",\"os\":\"text\",\"creationTime\":\"text\",\"updateTime\":\"text\"},\"imageName\":\"text\",\"packageInfo\":{\"packageFileLocation\":\"text\",\"packageFileName\":\"text\",\"packageStorageUri\":\"text\"},\"issues\":[{\"id\":\"text\",\"key\":\"text\",\"url\":\"text\",\"summary\":\"text\",\"description\":\"text\",\"priority\":\"text\",\"creator\":\"text\",\"assignee\":\"text\",\"reporter\":\"text\"}],\"commits\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1}],\"deployInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"containerName\":\"text\",\"image\":\"text\",\"registry_id\":\"text\",\"yamlContents\":[\"text\"],\"envs\":[{\"key\":\"text\",\"value\":\"text\"}],\"orderedServices\":[[\"text\"]],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1,\"real_service_name\":\"text\",\"service_module\":\"text\",\"image_name\":\"text\"}],\"testInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"testReports\":[{\"testResultPath\":\"text\",\"workflowName\":\"text\",\"taskId\":1,\"testName\":\"text\",\"testSuite\":{\"tests\":1,\"failures\":1,\"successes\":1,\"skips\":1,\"errors\":1,\"time\":1.5,\"system_out\":\"text\",\"system_err\":\"text\",\"testcase\":[{\"tc_name\":\"text\",\"classname\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"skipped\":{},\"system_out\":\"text\",\"system_err\":\"text\",\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}],\"suite_type\":\"text\",\"name\":\"text\"},\"performanceTestSuite\":[{\"label\":\"text\",\"samples\":\"text\",\"average\":\"text\",\"min\":\"text\",\"max\":\"text\",\"line\":\"text\",\"stdDev\":\"text\",\"error\":\"text\",\"throughput\":\"text\",\"receivedKb\":\"text\",\"avgByte\":\"text\"}],\"start_time\":1,\"end_time\":1}],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1}],\"distributeInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"distributeType\":\"file\",\"registryName\":\"text\",\"chartVersion\":\"text\",\"chartName\":\"text\",\"chartRepoName\":\"text\",\"namespace\":\"text\",\"packageFile\":\"text\",\"remoteFileKey\":\"text\",\"destStorageUrl\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"srcStorageUrl\":\"text\",\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"securityStatsInfo\":[{\"imageName\":\"text\",\"imageId\":\"text\",\"deliverySecurityStatsInfo\":{\"total\":1,\"unkown\":1,\"negligible\":1,\"low\":1,\"medium\":1,\"high\":1,\"critical\":1}}]}]",
        ),
        release: crate::Release::V3_4_1,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_artifact_versions_legacy()
        .project_key("projectName value & more")
        .page_num(7i64)
        .page_size(7i64)
        .task_id(7i64)
        .workflow_key("workflowName value & more")
        .service_name("serviceName value & more")
        .verbosity("verbosity value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "artifact")]
#[cfg(feature = "blocking")]
#[test]
fn list_artifact_versions_legacy_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/api/aslan/delivery/releases",
        query: &[
            ("projectName", "projectName value & more"),
            ("page", "7"),
            ("per_page", "7"),
            ("taskId", "7"),
            ("workflowName", "workflowName value & more"),
            ("serviceName", "serviceName value & more"),
            ("verbosity", "verbosity value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"versionInfo\":{\"id\":\"0123456789abcdef01234567\",\"version\":\"text\",\"productName\":\"text\",\"workflowName\":\"text\",\"workflowDisplayName\":\"text\",\"type\":\"text\",\"taskId\":1,\"desc\":\"text\",\"labels\":[\"text\"],\"productEnvInfo\":{\"id\":\"0123456789abcdef01234567\",\"product_name\":\"text\",\"create_time\":1,\"update_time\":1,\"namespace\":\"text\",\"status\":\"text\",\"revision\":1,\"enabled\":true,\"env_name\":\"text\",\"base_env_name\":\"text\",\"update_by\":\"text\",\"visibility\":\"text\",\"services\":[[{\"service_name\":\"text\",\"release_name\":\"text\",\"product_name\":\"text\",\"type\":\"text\",\"revision\":1,\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"error\":\"text\",\"resources\":[{\"Name\":\"text\"}],\"update_time\":1,\"render\":{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"}},\"env_configs\":[{\"env_name\":\"text\",\"host_ids\":[\"text\"],\"labels\":[\"text\"]}],\"rendered_yaml\":\"text\",\"variable_yaml\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"updatable\":true,\"deploy_strategy\":\"text\"}]],\"render\":{\"name\":\"text\",\"revision\":1,\"product_tmpl\":\"text\",\"description\":\"text\"},\"error\":\"text\",\"chart_infos\":[{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"}}],\"isPublic\":true,\"roleIds\":[1],\"cluster_id\":\"text\",\"recycle_day\":1,\"source\":\"text\",\"is_opensource\":true,\"registry_id\":\"text\",\"base_name\":\"text\",\"is_existed\":true,\"share_env\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\"},\"env_configs\":[{\"env_name\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"yaml_data\":\"text\",\"restart_associated_svc\":true,\"common_env_cfg_type\":\"Ingress\",\"services\":[\"text\"],\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"auto_sync\":true,\"production\":true}],\"service_deploy_strategy\":{\"key\":\"text\"},\"analysis_config\":{\"resource_types\":[\"Pod\"]},\"notification_configs\":[{\"webhook_type\":\"feishu\",\"webhook_url\":\"text\",\"events\":[\"notification_event_analyzer_normal\"]}],\"pre_sleep_status\":{\"key\":1},\"default_values\":\"text\",\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"istio_grayscale\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\",\"grayscale_strategy\":\"text\",\"weight_configs\":[{\"env\":\"text\",\"weight\":1}],\"header_match_configs\":[{\"env\":\"text\",\"header_match\":[{\"key\":\"text\",\"match\":\"text\",\"value\":\"text\"}]}]},\"production\":true,\"alias\":\"text\"},\"status\":\"text\",\"progress\":{\"successCount\":1,\"totalCount\":1,\"uploadStatus\":\"text\",\"workflowStatus\":[{\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"target_image\":\"text\",\"status\":\"disabled\"}],\"error\":\"text\"},\"createdBy\":\"text\",\"created_at\":1,\"deleted_at\":1},\"buildInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"imageInfo\":{\"repoName\":\"text\",\"tagName\":\"text\",\"imageSize\":1,\"imageDigest\":\"text\",\"author\":\"text\",\"architecture\":\"text\",\"dockerVersion\":\"text\",\"os\":\"text\",\"creationTime\":\"text\",\"updateTime\":\"text\"},\"imageName\":\"text\",\"packageInfo\":{\"packageFileLocation\":\"text\",\"packageFileName\":\"text\",\"packageStorageUri\":\"text\"},\"issues\":[{\"id\":\"text\",\"key\":\"text\",\"url\":\"text\",\"summary\":\"text\",\"description\":\"text\",\"priority\":\"text\",\"creator\":\"text\",\"assignee\":\"text\",\"reporter\":\"text\"}],\"commits\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1}],\"deployInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"containerName\":\"text\",\"image\":\"text\",\"registry_id\":\"text\",\"yamlContents\":[\"text\"],\"envs\":[{\"key\":\"text\",\"value\":\"text\"}],\"orderedServices\":[[\"text\"]],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1,\"real_service_name\":\"text\",\"service_module\":\"text\",\"image_name\":\"text\"}],\"testInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"testReports\":[{\"testResultPath\":\"text\",\"workflowName\":\"text\",\"taskId\":1,\"testName\":\"text\",\"testSuite\":{\"tests\":1,\"failures\":1,\"successes\":1,\"skips\":1,\"errors\":1,\"time\":1.5,\"system_out\":\"text\",\"system_err\":\"text\",\"testcase\":[{\"tc_name\":\"text\",\"classname\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"skipped\":{},\"system_out\":\"text\",\"system_err\":\"text\",\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}],\"suite_type\":\"text\",\"name\":\"text\"},\"performanceTestSuite\":[{\"label\":\"text\",\"samples\":\"text\",\"average\":\"text\",\"min\":\"text\",\"max\":\"text\",\"line\":\"text\",\"stdDev\":\"text\",\"error\":\"text\",\"throughput\":\"text\",\"receivedKb\":\"text\",\"avgByte\":\"text\"}],\"start_time\":1,\"end_time\":1}],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1}],\"distributeInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"distributeType\":\"file\",\"registryName\":\"text\",\"chartVersion\":\"text\",\"chartName\":\"text\",\"chartRepoName\":\"text\",\"namespace\":\"text\",\"packageFile\":\"text\",\"remoteFileKey\":\"text\",\"destStorageUrl\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"srcStorageUrl\":\"text\",\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"securityStatsInfo\":[{\"imageName\":\"text\",\"imageId\":\"text\",\"deliverySecurityStatsInfo\":{\"total\":1,\"unkown\":1,\"negligible\":1,\"low\":1,\"medium\":1,\"high\":1,\"critical\":1}}]}]",
        ),
        release: crate::Release::V3_4_1,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_artifact_versions_legacy()
        .project_key("projectName value & more")
        .page_num(7i64)
        .page_size(7i64)
        .task_id(7i64)
        .workflow_key("workflowName value & more")
        .service_name("serviceName value & more")
        .verbosity("verbosity value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "build")]
#[tokio::test]
async fn create_build() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/build",
        query: &[("source", "template")],
        body: Some(
            "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_build(
            "template",
            match serde_json::from_str::<
                crate::types::OpenApiBuildCreationFromTemplateReq,
            >(
                "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]}",
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
#[cfg(feature = "build")]
#[cfg(feature = "blocking")]
#[test]
fn create_build_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/build",
        query: &[("source", "template")],
        body: Some(
            "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_build(
            "template",
            match serde_json::from_str::<
                crate::types::OpenApiBuildCreationFromTemplateReq,
            >(
                "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]}",
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
#[cfg(feature = "build")]
#[tokio::test]
async fn update_build() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/build",
        query: &[("source", "source value & more")],
        body: Some(
            "{\"name\":\"text\",\"project_key\":\"text\",\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"infrastructure\":\"text\",\"build_os\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}],\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"parameters\":[{\"key\":\"text\",\"type\":\"string\",\"default_value\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true,\"description\":\"text\",\"external_setting\":{\"system_id\":\"text\",\"endpoint\":\"text\",\"method\":\"text\",\"headers\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"body\":\"text\",\"params\":[{\"param_key\":\"text\",\"response_key\":\"text\",\"display\":true}]}}],\"script_type\":\"shell\",\"build_script\":\"text\",\"docker_build_step\":{\"build_context_dir\":\"text\",\"dockerfile_source\":\"local\",\"dockerfile_directory\":\"text\",\"template_name\":\"text\",\"build_args\":\"text\",\"enable_buildkit\":true,\"platforms\":\"text\"},\"advanced_settings\":{\"timeout\":7,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"custom_labels\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"outputs\":[\"text\"],\"webhooks\":{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}]}},\"description\":\"text\",\"image_name\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}],\"docker_build_info\":{\"working_directory\":\"text\",\"dockerfile_type\":\"text\",\"dockerfile_directory\":\"text\",\"build_args\":\"text\",\"template_name\":\"text\",\"template_id\":\"text\"},\"post_build_script\":\"text\",\"file_archive_path\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_build(
            match serde_json::from_str::<
                crate::types::OpenApiBuildCreationReq,
            >(
                "{\"name\":\"text\",\"project_key\":\"text\",\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"infrastructure\":\"text\",\"build_os\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}],\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"parameters\":[{\"key\":\"text\",\"type\":\"string\",\"default_value\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true,\"description\":\"text\",\"external_setting\":{\"system_id\":\"text\",\"endpoint\":\"text\",\"method\":\"text\",\"headers\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"body\":\"text\",\"params\":[{\"param_key\":\"text\",\"response_key\":\"text\",\"display\":true}]}}],\"script_type\":\"shell\",\"build_script\":\"text\",\"docker_build_step\":{\"build_context_dir\":\"text\",\"dockerfile_source\":\"local\",\"dockerfile_directory\":\"text\",\"template_name\":\"text\",\"build_args\":\"text\",\"enable_buildkit\":true,\"platforms\":\"text\"},\"advanced_settings\":{\"timeout\":7,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"custom_labels\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"outputs\":[\"text\"],\"webhooks\":{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}]}},\"description\":\"text\",\"image_name\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}],\"docker_build_info\":{\"working_directory\":\"text\",\"dockerfile_type\":\"text\",\"dockerfile_directory\":\"text\",\"build_args\":\"text\",\"template_name\":\"text\",\"template_id\":\"text\"},\"post_build_script\":\"text\",\"file_archive_path\":\"text\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .source("source value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "build")]
#[cfg(feature = "blocking")]
#[test]
fn update_build_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/build",
        query: &[("source", "source value & more")],
        body: Some(
            "{\"name\":\"text\",\"project_key\":\"text\",\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"infrastructure\":\"text\",\"build_os\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}],\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"parameters\":[{\"key\":\"text\",\"type\":\"string\",\"default_value\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true,\"description\":\"text\",\"external_setting\":{\"system_id\":\"text\",\"endpoint\":\"text\",\"method\":\"text\",\"headers\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"body\":\"text\",\"params\":[{\"param_key\":\"text\",\"response_key\":\"text\",\"display\":true}]}}],\"script_type\":\"shell\",\"build_script\":\"text\",\"docker_build_step\":{\"build_context_dir\":\"text\",\"dockerfile_source\":\"local\",\"dockerfile_directory\":\"text\",\"template_name\":\"text\",\"build_args\":\"text\",\"enable_buildkit\":true,\"platforms\":\"text\"},\"advanced_settings\":{\"timeout\":7,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"custom_labels\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"outputs\":[\"text\"],\"webhooks\":{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}]}},\"description\":\"text\",\"image_name\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}],\"docker_build_info\":{\"working_directory\":\"text\",\"dockerfile_type\":\"text\",\"dockerfile_directory\":\"text\",\"build_args\":\"text\",\"template_name\":\"text\",\"template_id\":\"text\"},\"post_build_script\":\"text\",\"file_archive_path\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_build(
            match serde_json::from_str::<
                crate::types::OpenApiBuildCreationReq,
            >(
                "{\"name\":\"text\",\"project_key\":\"text\",\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"infrastructure\":\"text\",\"build_os\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}],\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"parameters\":[{\"key\":\"text\",\"type\":\"string\",\"default_value\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true,\"description\":\"text\",\"external_setting\":{\"system_id\":\"text\",\"endpoint\":\"text\",\"method\":\"text\",\"headers\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"body\":\"text\",\"params\":[{\"param_key\":\"text\",\"response_key\":\"text\",\"display\":true}]}}],\"script_type\":\"shell\",\"build_script\":\"text\",\"docker_build_step\":{\"build_context_dir\":\"text\",\"dockerfile_source\":\"local\",\"dockerfile_directory\":\"text\",\"template_name\":\"text\",\"build_args\":\"text\",\"enable_buildkit\":true,\"platforms\":\"text\"},\"advanced_settings\":{\"timeout\":7,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"custom_labels\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"outputs\":[\"text\"],\"webhooks\":{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}]}},\"description\":\"text\",\"image_name\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}],\"docker_build_info\":{\"working_directory\":\"text\",\"dockerfile_type\":\"text\",\"dockerfile_directory\":\"text\",\"build_args\":\"text\",\"template_name\":\"text\",\"template_id\":\"text\"},\"post_build_script\":\"text\",\"file_archive_path\":\"text\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .source("source value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "build")]
#[tokio::test]
async fn update_build_from_template() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/build/name%20a%2Fb%3Fc%20d/template",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_build_from_template(
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::OpenApiBuildCreationFromTemplateReq,
            >(
                "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]}",
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
#[cfg(feature = "build")]
#[cfg(feature = "blocking")]
#[test]
fn update_build_from_template_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/build/name%20a%2Fb%3Fc%20d/template",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_build_from_template(
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::OpenApiBuildCreationFromTemplateReq,
            >(
                "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]}",
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
#[cfg(feature = "build")]
#[tokio::test]
async fn list_builds() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/build",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"builds\":[{\"name\":\"text\",\"project_key\":\"text\",\"source\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}]}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_builds("projectKey value & more")
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "build")]
#[cfg(feature = "blocking")]
#[test]
fn list_builds_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/build",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"builds\":[{\"name\":\"text\",\"project_key\":\"text\",\"source\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}]}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_builds("projectKey value & more")
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "build")]
#[tokio::test]
async fn get_build() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/build/buildName%20a%2Fb%3Fc%20d/detail",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("serviceName", "serviceName value & more"),
            ("serviceModule", "serviceModule value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"text\",\"name\":\"text\",\"source\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"template_name\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"repos\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true}],\"build_env\":{\"basic_image_id\":\"text\",\"basic_image_label\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}]},\"advanced_settings\":{\"timeout\":1,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":1,\"memory_limit\":1,\"cpu_req\":1,\"memory_req\":1,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":1,\"pvc\":\"text\",\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\"}],\"custom_labels\":[{\"key\":\"text\"}],\"outputs\":[\"text\"]},\"build_script\":\"text\",\"parameters\":[{\"key\":\"text\",\"type\":\"string\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true}],\"outputs\":[{\"name\":\"text\",\"description\":\"text\"}],\"post_build\":{\"docker_build\":{\"work_dir\":\"text\",\"docker_file\":\"text\",\"build_args\":\"text\",\"source\":\"text\",\"template_id\":\"text\",\"template_name\":\"text\",\"enable_buildkit\":true,\"platform\":\"text\"},\"object_storage_upload\":{\"enabled\":true,\"object_storage_id\":\"text\",\"upload_detail\":[{\"file_path\":\"text\",\"abs_file_path\":\"text\",\"dest_path\":\"text\"}]},\"file_archive\":{\"file_location\":\"text\"},\"scripts\":\"text\"}}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_build("projectKey value & more", "buildName a/b?c d")
        .service_name("serviceName value & more")
        .service_module("serviceModule value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "build")]
#[cfg(feature = "blocking")]
#[test]
fn get_build_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/build/buildName%20a%2Fb%3Fc%20d/detail",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("serviceName", "serviceName value & more"),
            ("serviceModule", "serviceModule value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"text\",\"name\":\"text\",\"source\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"template_name\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"repos\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true}],\"build_env\":{\"basic_image_id\":\"text\",\"basic_image_label\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}]},\"advanced_settings\":{\"timeout\":1,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":1,\"memory_limit\":1,\"cpu_req\":1,\"memory_req\":1,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":1,\"pvc\":\"text\",\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\"}],\"custom_labels\":[{\"key\":\"text\"}],\"outputs\":[\"text\"]},\"build_script\":\"text\",\"parameters\":[{\"key\":\"text\",\"type\":\"string\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true}],\"outputs\":[{\"name\":\"text\",\"description\":\"text\"}],\"post_build\":{\"docker_build\":{\"work_dir\":\"text\",\"docker_file\":\"text\",\"build_args\":\"text\",\"source\":\"text\",\"template_id\":\"text\",\"template_name\":\"text\",\"enable_buildkit\":true,\"platform\":\"text\"},\"object_storage_upload\":{\"enabled\":true,\"object_storage_id\":\"text\",\"upload_detail\":[{\"file_path\":\"text\",\"abs_file_path\":\"text\",\"dest_path\":\"text\"}]},\"file_archive\":{\"file_location\":\"text\"},\"scripts\":\"text\"}}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_build("projectKey value & more", "buildName a/b?c d")
        .service_name("serviceName value & more")
        .service_module("serviceModule value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "build")]
#[tokio::test]
async fn delete_build() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/build",
        query: &[
            ("name", "name value & more"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_build("projectKey value & more", "name value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "build")]
#[cfg(feature = "blocking")]
#[test]
fn delete_build_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/build",
        query: &[
            ("name", "name value & more"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_build("projectKey value & more", "name value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "cluster")]
#[tokio::test]
async fn list_clusters() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/cluster",
        query: &[("projectName", "projectName value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_clusters()
        .project_key("projectName value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "cluster")]
#[cfg(feature = "blocking")]
#[test]
fn list_clusters_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/cluster",
        query: &[("projectName", "projectName value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_clusters()
        .project_key("projectName value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "cluster")]
#[tokio::test]
async fn create_cluster() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/system/cluster",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"type\":\"text\",\"kube_config\":\"text\",\"project_names\":[\"text\"]}",
        ),
        reply: Reply::Json(
            "{\"cluster\":{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]},\"agent_cmd\":\"text\"}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_cluster(
            match serde_json::from_str::<
                crate::types::OpenApiCreateClusterRequest,
            >(
                "{\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"type\":\"text\",\"kube_config\":\"text\",\"project_names\":[\"text\"]}",
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
#[cfg(feature = "cluster")]
#[cfg(feature = "blocking")]
#[test]
fn create_cluster_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/system/cluster",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"type\":\"text\",\"kube_config\":\"text\",\"project_names\":[\"text\"]}",
        ),
        reply: Reply::Json(
            "{\"cluster\":{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]},\"agent_cmd\":\"text\"}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_cluster(
            match serde_json::from_str::<
                crate::types::OpenApiCreateClusterRequest,
            >(
                "{\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"type\":\"text\",\"kube_config\":\"text\",\"project_names\":[\"text\"]}",
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
#[cfg(feature = "cluster")]
#[tokio::test]
async fn update_cluster() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/system/cluster/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_cluster(
            "id a/b?c d",
            match serde_json::from_str::<
                crate::types::OpenApiCluster,
            >(
                "{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]}",
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
#[cfg(feature = "cluster")]
#[cfg(feature = "blocking")]
#[test]
fn update_cluster_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/system/cluster/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_cluster(
            "id a/b?c d",
            match serde_json::from_str::<
                crate::types::OpenApiCluster,
            >(
                "{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]}",
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
#[cfg(feature = "cluster")]
#[tokio::test]
async fn delete_cluster() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/system/cluster/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_cluster("id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "cluster")]
#[cfg(feature = "blocking")]
#[test]
fn delete_cluster_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/system/cluster/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_cluster("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "cluster")]
#[tokio::test]
async fn check_cluster_istio() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/cluster/istio/check/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("true"),
        release: crate::Release::MAIN,
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
#[cfg(feature = "cluster")]
#[cfg(feature = "blocking")]
#[test]
fn check_cluster_istio_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/cluster/istio/check/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("true"),
        release: crate::Release::MAIN,
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
#[cfg(feature = "code_scan")]
#[tokio::test]
async fn create_code_scan() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/codescan",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"scanner_type\":\"sonarQube\",\"image_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"sonar_system\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"prelaunch_script\":\"text\",\"sonar_parameter\":\"text\",\"script\":\"text\",\"enable_quality_gate\":true,\"advanced_settings\":{\"timeout\":1,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":1,\"memory_limit\":1,\"cpu_req\":1,\"memory_req\":1,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":1,\"pvc\":\"text\",\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\"}],\"custom_labels\":[{\"key\":\"text\"}],\"outputs\":[\"text\"]}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_code_scan(
            match serde_json::from_str::<
                crate::types::OpenApiCreateScanningReq,
            >(
                "{\"name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"scanner_type\":\"sonarQube\",\"image_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"sonar_system\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"prelaunch_script\":\"text\",\"sonar_parameter\":\"text\",\"script\":\"text\",\"enable_quality_gate\":true,\"advanced_settings\":{\"timeout\":1,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":1,\"memory_limit\":1,\"cpu_req\":1,\"memory_req\":1,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":1,\"pvc\":\"text\",\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\"}],\"custom_labels\":[{\"key\":\"text\"}],\"outputs\":[\"text\"]}}",
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
#[cfg(feature = "code_scan")]
#[cfg(feature = "blocking")]
#[test]
fn create_code_scan_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/codescan",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"scanner_type\":\"sonarQube\",\"image_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"sonar_system\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"prelaunch_script\":\"text\",\"sonar_parameter\":\"text\",\"script\":\"text\",\"enable_quality_gate\":true,\"advanced_settings\":{\"timeout\":1,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":1,\"memory_limit\":1,\"cpu_req\":1,\"memory_req\":1,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":1,\"pvc\":\"text\",\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\"}],\"custom_labels\":[{\"key\":\"text\"}],\"outputs\":[\"text\"]}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_code_scan(
            match serde_json::from_str::<
                crate::types::OpenApiCreateScanningReq,
            >(
                "{\"name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"scanner_type\":\"sonarQube\",\"image_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"sonar_system\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"prelaunch_script\":\"text\",\"sonar_parameter\":\"text\",\"script\":\"text\",\"enable_quality_gate\":true,\"advanced_settings\":{\"timeout\":1,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":1,\"memory_limit\":1,\"cpu_req\":1,\"memory_req\":1,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":1,\"pvc\":\"text\",\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\"}],\"custom_labels\":[{\"key\":\"text\"}],\"outputs\":[\"text\"]}}",
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
#[cfg(feature = "code_scan")]
#[tokio::test]
async fn create_code_scan_task() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/codescan/scanName%20a%2Fb%3Fc%20d/task",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"ProjectName\":\"text\",\"ScanName\":\"text\",\"scan_repos\":[{\"codehost_id\":1,\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"pr\":1,\"prs\":[1],\"branch\":\"text\",\"merge_branches\":[\"text\"],\"tag\":\"text\",\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"scan_kvs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"string\",\"registry_id\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"function_reference\":[\"text\"],\"file_path\":\"text\",\"file_name\":\"text\",\"file_id\":\"text\",\"is_credential\":true,\"description\":\"text\",\"required\":true}]}",
        ),
        reply: Reply::Json("{\"task_id\":1}"),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_code_scan_task(
            "projectKey value & more",
            "scanName a/b?c d",
            match serde_json::from_str::<
                crate::types::OpenApiCreateScanningTaskReq,
            >(
                "{\"ProjectName\":\"text\",\"ScanName\":\"text\",\"scan_repos\":[{\"codehost_id\":1,\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"pr\":1,\"prs\":[1],\"branch\":\"text\",\"merge_branches\":[\"text\"],\"tag\":\"text\",\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"scan_kvs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"string\",\"registry_id\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"function_reference\":[\"text\"],\"file_path\":\"text\",\"file_name\":\"text\",\"file_id\":\"text\",\"is_credential\":true,\"description\":\"text\",\"required\":true}]}",
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
#[cfg(feature = "code_scan")]
#[cfg(feature = "blocking")]
#[test]
fn create_code_scan_task_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/codescan/scanName%20a%2Fb%3Fc%20d/task",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"ProjectName\":\"text\",\"ScanName\":\"text\",\"scan_repos\":[{\"codehost_id\":1,\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"pr\":1,\"prs\":[1],\"branch\":\"text\",\"merge_branches\":[\"text\"],\"tag\":\"text\",\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"scan_kvs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"string\",\"registry_id\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"function_reference\":[\"text\"],\"file_path\":\"text\",\"file_name\":\"text\",\"file_id\":\"text\",\"is_credential\":true,\"description\":\"text\",\"required\":true}]}",
        ),
        reply: Reply::Json("{\"task_id\":1}"),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_code_scan_task(
            "projectKey value & more",
            "scanName a/b?c d",
            match serde_json::from_str::<
                crate::types::OpenApiCreateScanningTaskReq,
            >(
                "{\"ProjectName\":\"text\",\"ScanName\":\"text\",\"scan_repos\":[{\"codehost_id\":1,\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"pr\":1,\"prs\":[1],\"branch\":\"text\",\"merge_branches\":[\"text\"],\"tag\":\"text\",\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"scan_kvs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"string\",\"registry_id\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"function_reference\":[\"text\"],\"file_path\":\"text\",\"file_name\":\"text\",\"file_id\":\"text\",\"is_credential\":true,\"description\":\"text\",\"required\":true}]}",
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
#[cfg(feature = "code_scan")]
#[tokio::test]
async fn get_code_scan_task() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/codescan/scanName%20a%2Fb%3Fc%20d/task/taskID%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"scan_name\":\"text\",\"creator\":\"text\",\"task_id\":1,\"status\":\"text\",\"create_time\":1,\"end_time\":1,\"result_link\":\"text\",\"repo_info\":[{\"repo_owner\":\"text\",\"source\":\"text\",\"address\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"repo_name\":\"text\",\"hidden\":true,\"checkout_path\":\"text\",\"submodules\":true}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_code_scan_task(
            "projectKey value & more",
            "scanName a/b?c d",
            "taskID a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "code_scan")]
#[cfg(feature = "blocking")]
#[test]
fn get_code_scan_task_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/codescan/scanName%20a%2Fb%3Fc%20d/task/taskID%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"scan_name\":\"text\",\"creator\":\"text\",\"task_id\":1,\"status\":\"text\",\"create_time\":1,\"end_time\":1,\"result_link\":\"text\",\"repo_info\":[{\"repo_owner\":\"text\",\"source\":\"text\",\"address\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"repo_name\":\"text\",\"hidden\":true,\"checkout_path\":\"text\",\"submodules\":true}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_code_scan_task(
            "projectKey value & more",
            "scanName a/b?c d",
            "taskID a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[tokio::test]
async fn list_delivery_versions() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"list\":[{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"K8SYaml\",\"source\":\"manual\",\"status\":\"success\",\"labels\":[\"text\"],\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1}],\"total\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_delivery_versions("projectKey value & more", 7i64, 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn list_delivery_versions_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"list\":[{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"K8SYaml\",\"source\":\"manual\",\"status\":\"success\",\"labels\":[\"text\"],\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1}],\"total\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_delivery_versions("projectKey value & more", 7i64, 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[tokio::test]
async fn delete_delivery_version() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/delivery/releases/id%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_delivery_version("projectKey value & more", "id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn delete_delivery_version_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/delivery/releases/id%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_delivery_version("projectKey value & more", "id a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "delivery")]
#[tokio::test]
async fn create_k8s_delivery_version() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/k8s",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"version_name\":\"text\",\"source\":\"manual\",\"original_version_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_k8s_delivery_version(
            match serde_json::from_str::<
                crate::types::K8sDeliveryVersionCreateRequest,
            >(
                "{\"project_key\":\"text\",\"version_name\":\"text\",\"source\":\"manual\",\"original_version_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}]}",
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
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn create_k8s_delivery_version_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/k8s",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"version_name\":\"text\",\"source\":\"manual\",\"original_version_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_k8s_delivery_version(
            match serde_json::from_str::<
                crate::types::K8sDeliveryVersionCreateRequest,
            >(
                "{\"project_key\":\"text\",\"version_name\":\"text\",\"source\":\"manual\",\"original_version_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}]}",
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
#[cfg(feature = "delivery")]
#[tokio::test]
async fn create_helm_delivery_version() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/helm",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"version_name\":\"text\",\"env_name\":\"text\",\"original_version_name\":\"text\",\"production\":true,\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"original_chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_helm_delivery_version(
            match serde_json::from_str::<
                crate::types::HelmDeliveryVersionCreateRequest,
            >(
                "{\"project_key\":\"text\",\"version_name\":\"text\",\"env_name\":\"text\",\"original_version_name\":\"text\",\"production\":true,\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"original_chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}]}",
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
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn create_helm_delivery_version_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/helm",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"version_name\":\"text\",\"env_name\":\"text\",\"original_version_name\":\"text\",\"production\":true,\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"original_chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_helm_delivery_version(
            match serde_json::from_str::<
                crate::types::HelmDeliveryVersionCreateRequest,
            >(
                "{\"project_key\":\"text\",\"version_name\":\"text\",\"env_name\":\"text\",\"original_version_name\":\"text\",\"production\":true,\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"original_chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}]}",
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
#[cfg(feature = "delivery")]
#[tokio::test]
async fn retry_delivery_version() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/retry",
        query: &[("id", "id value & more"), ("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .retry_delivery_version("projectKey value & more", "id value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn retry_delivery_version_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/retry",
        query: &[("id", "id value & more"), ("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .retry_delivery_version("projectKey value & more", "id value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "delivery")]
#[tokio::test]
async fn get_delivery_version() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases/detail",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("versionName", "versionName value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"version\":\"text\",\"project_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"type\":\"K8SYaml\",\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"status\":\"success\",\"error\":\"text\",\"created_by\":\"text\",\"created_at\":1,\"deleted_at\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_delivery_version("projectKey value & more", "versionName value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn get_delivery_version_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases/detail",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("versionName", "versionName value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"version\":\"text\",\"project_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"type\":\"K8SYaml\",\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"status\":\"success\",\"error\":\"text\",\"created_by\":\"text\",\"created_at\":1,\"deleted_at\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_delivery_version("projectKey value & more", "versionName value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[tokio::test]
async fn list_delivery_versions_legacy() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"list\":[{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":1,\"total_count\":1,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":1}],\"total\":1}",
        ),
        release: crate::Release::V3_4_1,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_delivery_versions_legacy("projectKey value & more", 7i64, 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn list_delivery_versions_legacy_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"list\":[{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":1,\"total_count\":1,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":1}],\"total\":1}",
        ),
        release: crate::Release::V3_4_1,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_delivery_versions_legacy("projectKey value & more", 7i64, 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[tokio::test]
async fn get_delivery_version_legacy() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases/id%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"version_info\":{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":1,\"total_count\":1,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":1},\"deploy_infos\":[{\"id\":\"0123456789abcdef01234567\",\"service_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"registry_id\":\"text\",\"create_time\":1}],\"distribute_infos\":[{\"id\":\"0123456789abcdef01234567\",\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":1}]}",
        ),
        release: crate::Release::V3_4_1,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_delivery_version_legacy("projectKey value & more", "id a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn get_delivery_version_legacy_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/delivery/releases/id%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"version_info\":{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":1,\"total_count\":1,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":1},\"deploy_infos\":[{\"id\":\"0123456789abcdef01234567\",\"service_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"registry_id\":\"text\",\"create_time\":1}],\"distribute_infos\":[{\"id\":\"0123456789abcdef01234567\",\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":1}]}",
        ),
        release: crate::Release::V3_4_1,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_delivery_version_legacy("projectKey value & more", "id a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "delivery")]
#[tokio::test]
async fn create_k8s_delivery_version_legacy() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/k8s",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"yaml_datas\":[{\"service_name\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V3_4_1,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_k8s_delivery_version_legacy(
            match serde_json::from_str::<
                crate::types::K8sDeliveryVersionCreateRequestLegacy,
            >(
                "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"yaml_datas\":[{\"service_name\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}]}",
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
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn create_k8s_delivery_version_legacy_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/k8s",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"yaml_datas\":[{\"service_name\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V3_4_1,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_k8s_delivery_version_legacy(
            match serde_json::from_str::<
                crate::types::K8sDeliveryVersionCreateRequestLegacy,
            >(
                "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"yaml_datas\":[{\"service_name\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}]}",
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
#[cfg(feature = "delivery")]
#[tokio::test]
async fn create_helm_delivery_version_legacy() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/helm",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"chart_datas\":[{\"service_name\":\"text\",\"version\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V3_4_1,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_helm_delivery_version_legacy(
            match serde_json::from_str::<
                crate::types::HelmDeliveryVersionCreateRequestLegacy,
            >(
                "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"chart_datas\":[{\"service_name\":\"text\",\"version\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}]}",
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
#[cfg(feature = "delivery")]
#[cfg(feature = "blocking")]
#[test]
fn create_helm_delivery_version_legacy_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/delivery/releases/helm",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"chart_datas\":[{\"service_name\":\"text\",\"version\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V3_4_1,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_helm_delivery_version_legacy(
            match serde_json::from_str::<
                crate::types::HelmDeliveryVersionCreateRequestLegacy,
            >(
                "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"chart_datas\":[{\"service_name\":\"text\",\"version\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}]}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn list_environments() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"env_key\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":false,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_key\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":false,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
        ),
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn list_environments_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"env_key\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":false,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_key\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":false,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
        ),
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn list_production_environments() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"env_key\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":true,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_key\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":true,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
        ),
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn list_production_environments_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"env_key\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":true,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_key\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":true,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
        ),
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_environment("projectKey value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_environment("projectKey value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_environment("projectKey value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_environment("projectKey value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_environment_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .work_load_type("workLoadType value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_environment_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .work_load_type("workLoadType value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_environment_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .work_load_type("workLoadType value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_environment_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .work_load_type("workLoadType value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn create_environment() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev7\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"registry_id\":\"6350be2b4503905e98b4b771\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"15m\",\"related_services\":[]}],\"services\":[{\"service_name\":\"service2\",\"type\":\"k8s\",\"containers\":[{\"image\":\"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\"image_name\":\"service2\",\"name\":\"service2\",\"type\":\"\"}],\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"8m\",\"use_global_variable\":false,\"is_reference_variable\":false},{\"key\":\"cpuLimit\",\"value\":\"15m\",\"use_global_variable\":false,\"is_reference_variable\":false}],\"deploy_strategy\":\"\",\"status\":\"\"}],\"env_configs\":[{\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"common_env_cfg_type\":\"ConfigMap\",\"name\":\"\",\"auto_sync\":false}],\"env_name\":\"\",\"project_key\":\"\",\"production\":false}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_environment(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvironmentRequest,
            >(
                "{\"env_key\":\"dev7\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"registry_id\":\"6350be2b4503905e98b4b771\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"15m\",\"related_services\":[]}],\"services\":[{\"service_name\":\"service2\",\"type\":\"k8s\",\"containers\":[{\"image\":\"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\"image_name\":\"service2\",\"name\":\"service2\",\"type\":\"\"}],\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"8m\",\"use_global_variable\":false,\"is_reference_variable\":false},{\"key\":\"cpuLimit\",\"value\":\"15m\",\"use_global_variable\":false,\"is_reference_variable\":false}],\"deploy_strategy\":\"\",\"status\":\"\"}],\"env_configs\":[{\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"common_env_cfg_type\":\"ConfigMap\",\"name\":\"\",\"auto_sync\":false}],\"env_name\":\"\",\"project_key\":\"\",\"production\":false}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn create_environment_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev7\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"registry_id\":\"6350be2b4503905e98b4b771\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"15m\",\"related_services\":[]}],\"services\":[{\"service_name\":\"service2\",\"type\":\"k8s\",\"containers\":[{\"image\":\"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\"image_name\":\"service2\",\"name\":\"service2\",\"type\":\"\"}],\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"8m\",\"use_global_variable\":false,\"is_reference_variable\":false},{\"key\":\"cpuLimit\",\"value\":\"15m\",\"use_global_variable\":false,\"is_reference_variable\":false}],\"deploy_strategy\":\"\",\"status\":\"\"}],\"env_configs\":[{\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"common_env_cfg_type\":\"ConfigMap\",\"name\":\"\",\"auto_sync\":false}],\"env_name\":\"\",\"project_key\":\"\",\"production\":false}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"env_key\":\"dev7\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"registry_id\":\"6350be2b4503905e98b4b771\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"15m\",\"related_services\":[]}],\"services\":[{\"service_name\":\"service2\",\"type\":\"k8s\",\"containers\":[{\"image\":\"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\"image_name\":\"service2\",\"name\":\"service2\",\"type\":\"\"}],\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"8m\",\"use_global_variable\":false,\"is_reference_variable\":false},{\"key\":\"cpuLimit\",\"value\":\"15m\",\"use_global_variable\":false,\"is_reference_variable\":false}],\"deploy_strategy\":\"\",\"status\":\"\"}],\"env_configs\":[{\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"common_env_cfg_type\":\"ConfigMap\",\"name\":\"\",\"auto_sync\":false}],\"env_name\":\"\",\"project_key\":\"\",\"production\":false}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn create_production_environment() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"production\":true,\"project_key\":\"text\",\"env_key\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"env_name\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"status\":\"text\",\"type\":\"text\"}],\"env_configs\":[{\"name\":\"text\",\"auto_sync\":true,\"common_env_cfg_type\":\"text\",\"yaml_data\":\"text\",\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]}}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_production_environment(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateEnvironmentRequest,
            >(
                "{\"production\":true,\"project_key\":\"text\",\"env_key\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"env_name\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"status\":\"text\",\"type\":\"text\"}],\"env_configs\":[{\"name\":\"text\",\"auto_sync\":true,\"common_env_cfg_type\":\"text\",\"yaml_data\":\"text\",\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]}}]}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn create_production_environment_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"production\":true,\"project_key\":\"text\",\"env_key\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"env_name\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"status\":\"text\",\"type\":\"text\"}],\"env_configs\":[{\"name\":\"text\",\"auto_sync\":true,\"common_env_cfg_type\":\"text\",\"yaml_data\":\"text\",\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]}}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"production\":true,\"project_key\":\"text\",\"env_key\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"env_name\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"status\":\"text\",\"type\":\"text\"}],\"env_configs\":[{\"name\":\"text\",\"auto_sync\":true,\"common_env_cfg_type\":\"text\",\"yaml_data\":\"text\",\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]}}]}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn create_helm_environment() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/helm",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"production\":true,\"project_key\":\"text\",\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"alias\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_helm_environment(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateHelmEnvironmentRequest,
            >(
                "{\"production\":true,\"project_key\":\"text\",\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"alias\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"}}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn create_helm_environment_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/helm",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"production\":true,\"project_key\":\"text\",\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"alias\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_helm_environment(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::CreateHelmEnvironmentRequest,
            >(
                "{\"production\":true,\"project_key\":\"text\",\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"alias\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"}}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_environment() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_environment(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::EnvironmentDetail,
            >(
                "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\"}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_environment_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_environment(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::EnvironmentDetail,
            >(
                "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\"}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_production_environment() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_environment(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::EnvironmentDetail,
            >(
                "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\"}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_production_environment_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_environment(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::EnvironmentDetail,
            >(
                "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\"}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn delete_environment() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("isDelete", "true")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_environment("projectKey value & more", "name a/b?c d", true)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn delete_environment_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("isDelete", "true")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_environment("projectKey value & more", "name a/b?c d", true)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn delete_production_environment() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_production_environment("projectKey value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn delete_production_environment_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_production_environment("projectKey value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn add_environment_services() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true,\"is_reference_variable\":false},{\"key\":\"port\",\"value\":\"20221\",\"use_global_variable\":false,\"is_reference_variable\":false}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .add_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::AddEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true,\"is_reference_variable\":false},{\"key\":\"port\",\"value\":\"20221\",\"use_global_variable\":false,\"is_reference_variable\":false}]}]}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn add_environment_services_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true,\"is_reference_variable\":false},{\"key\":\"port\",\"value\":\"20221\",\"use_global_variable\":false,\"is_reference_variable\":false}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true,\"is_reference_variable\":false},{\"key\":\"port\",\"value\":\"20221\",\"use_global_variable\":false,\"is_reference_variable\":false}]}]}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn add_production_environment_services() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true,\"is_reference_variable\":false},{\"key\":\"port\",\"value\":\"20221\",\"use_global_variable\":false,\"is_reference_variable\":false}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .add_production_environment_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::AddEnvironmentServicesRequest,
            >(
                "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true,\"is_reference_variable\":false},{\"key\":\"port\",\"value\":\"20221\",\"use_global_variable\":false,\"is_reference_variable\":false}]}]}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn add_production_environment_services_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/service/yaml",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true,\"is_reference_variable\":false},{\"key\":\"port\",\"value\":\"20221\",\"use_global_variable\":false,\"is_reference_variable\":false}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"env_key\":\"dev\",\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpuLimit\",\"use_global_variable\":true,\"is_reference_variable\":false},{\"key\":\"port\",\"value\":\"20221\",\"use_global_variable\":false,\"is_reference_variable\":false}]}]}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn add_helm_environment_services() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/helm/name%20a%2Fb%3Fc%20d/services",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("production", "production value & more"),
        ],
        body: Some(
            "{\"production\":true,\"env_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"override_kvs\":[{\"key\":\"text\"}],\"values_yaml\":\"text\",\"import_values_from_git\":{\"codehost_name\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"value_path\":\"text\",\"auto_sync\":true},\"deploy_strategy\":\"draft\"}]}",
        ),
        reply: Reply::Json(
            "[{\"env_name\":\"text\",\"status\":\"text\",\"err_message\":\"text\"}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .add_helm_environment_services(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::AddHelmServicesRequest,
            >(
                "{\"production\":true,\"env_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"override_kvs\":[{\"key\":\"text\"}],\"values_yaml\":\"text\",\"import_values_from_git\":{\"codehost_name\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"value_path\":\"text\",\"auto_sync\":true},\"deploy_strategy\":\"draft\"}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .production("production value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn add_helm_environment_services_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/helm/name%20a%2Fb%3Fc%20d/services",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("production", "production value & more"),
        ],
        body: Some(
            "{\"production\":true,\"env_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"override_kvs\":[{\"key\":\"text\"}],\"values_yaml\":\"text\",\"import_values_from_git\":{\"codehost_name\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"value_path\":\"text\",\"auto_sync\":true},\"deploy_strategy\":\"draft\"}]}",
        ),
        reply: Reply::Json(
            "[{\"env_name\":\"text\",\"status\":\"text\",\"err_message\":\"text\"}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .add_helm_environment_services(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::AddHelmServicesRequest,
            >(
                "{\"production\":true,\"env_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"override_kvs\":[{\"key\":\"text\"}],\"values_yaml\":\"text\",\"import_values_from_git\":{\"codehost_name\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"value_path\":\"text\",\"auto_sync\":true},\"deploy_strategy\":\"draft\"}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .production("production value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_environment_services() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/services",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true,\"is_reference_variable\":false}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_environment_services(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentServicesRequest,
            >(
                "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true,\"is_reference_variable\":false}]}]}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_environment_services_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/services",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true,\"is_reference_variable\":false}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_environment_services(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentServicesRequest,
            >(
                "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true,\"is_reference_variable\":false}]}]}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_production_environment_services() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/services",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true,\"is_reference_variable\":false}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_environment_services(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentServicesRequest,
            >(
                "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true,\"is_reference_variable\":false}]}]}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_production_environment_services_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/services",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true,\"is_reference_variable\":false}]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_environment_services(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateEnvironmentServicesRequest,
            >(
                "{\"service_list\":[{\"service_name\":\"service2\",\"variable_kvs\":[{\"key\":\"cpu\",\"value\":\"4m\",\"use_global_variable\":true,\"is_reference_variable\":false}]}]}",
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_environment_global_variables("projectKey value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_environment_global_variables("projectKey value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_production_environment_global_variables(
            "projectKey value & more",
            "name a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_production_environment_global_variables(
            "projectKey value & more",
            "name a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_environment_global_variables() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_environment_global_variables(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateGlobalVariablesRequest,
            >(
                "{\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_environment_global_variables_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_environment_global_variables(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateGlobalVariablesRequest,
            >(
                "{\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_production_environment_global_variables() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_environment_global_variables(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateGlobalVariablesRequest,
            >(
                "{\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_production_environment_global_variables_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_environment_global_variables(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateGlobalVariablesRequest,
            >(
                "{\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn create_env_config() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"env_key\":\"\",\"product_name\":\"\",\"auto_sync\":false}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_env_config(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::CreateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"env_key\":\"\",\"product_name\":\"\",\"auto_sync\":false}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn create_env_config_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"env_key\":\"\",\"product_name\":\"\",\"auto_sync\":false}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_env_config(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::CreateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\"env_key\":\"\",\"product_name\":\"\",\"auto_sync\":false}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn create_production_env_config() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \",\"env_key\":\"\",\"product_name\":\"\",\"auto_sync\":false}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_production_env_config(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::CreateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \",\"env_key\":\"\",\"product_name\":\"\",\"auto_sync\":false}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn create_production_env_config_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \",\"env_key\":\"\",\"product_name\":\"\",\"auto_sync\":false}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_production_env_config(
            "projectKey value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::CreateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \",\"env_key\":\"\",\"product_name\":\"\",\"auto_sync\":false}",
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_env_configs("projectKey value & more", "name a/b?c d", "ConfigMap")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_env_configs("projectKey value & more", "name a/b?c d", "ConfigMap")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_production_env_configs(
            "projectKey value & more",
            "name a/b?c d",
            "ConfigMap",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_production_env_configs(
            "projectKey value & more",
            "name a/b?c d",
            "ConfigMap",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn get_env_config() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"project_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_env_config(
            "projectKey value & more",
            "name a/b?c d",
            "cfgName a/b?c d",
            "ConfigMap",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn get_env_config_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"project_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_env_config(
            "projectKey value & more",
            "name a/b?c d",
            "cfgName a/b?c d",
            "ConfigMap",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn get_production_env_config() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"project_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_env_config(
            "projectKey value & more",
            "name a/b?c d",
            "cfgName a/b?c d",
            "ConfigMap",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn get_production_env_config_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more"), ("type", "ConfigMap")],
        body: None,
        reply: Reply::Json(
            "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"project_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_env_config(
            "projectKey value & more",
            "name a/b?c d",
            "cfgName a/b?c d",
            "ConfigMap",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_env_config() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"env_key\":\"dev\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \",\"product_name\":\"\",\"auto_sync\":false}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_env_config(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvConfigRequest,
            >(
                "{\"name\":\"game-demo\",\"env_key\":\"dev\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \",\"product_name\":\"\",\"auto_sync\":false}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_env_config_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"game-demo\",\"env_key\":\"dev\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \",\"product_name\":\"\",\"auto_sync\":false}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"name\":\"game-demo\",\"env_key\":\"dev\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \",\"product_name\":\"\",\"auto_sync\":false}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_production_env_config() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"env_key\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"services\":[\"text\"],\"yaml_data\":\"text\",\"source_detail\":{\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"commit\":{\"sha\":\"text\",\"message\":\"text\"},\"load_path\":\"text\"},\"restart_associated_svc\":true,\"auto_sync\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_env_config(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::UpdateEnvConfigRequest,
            >(
                "{\"name\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"env_key\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"services\":[\"text\"],\"yaml_data\":\"text\",\"source_detail\":{\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"commit\":{\"sha\":\"text\",\"message\":\"text\"},\"load_path\":\"text\"},\"restart_associated_svc\":true,\"auto_sync\":true}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_production_env_config_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/environments/production/envcfgs",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"name\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"env_key\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"services\":[\"text\"],\"yaml_data\":\"text\",\"source_detail\":{\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"commit\":{\"sha\":\"text\",\"message\":\"text\"},\"load_path\":\"text\"},\"restart_associated_svc\":true,\"auto_sync\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"name\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"env_key\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"services\":[\"text\"],\"yaml_data\":\"text\",\"source_detail\":{\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"commit\":{\"sha\":\"text\",\"message\":\"text\"},\"load_path\":\"text\"},\"restart_associated_svc\":true,\"auto_sync\":true}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn delete_env_config() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("type", "type value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_env_config(
            "projectKey value & more",
            "name a/b?c d",
            "cfgName a/b?c d",
            "type value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn delete_env_config_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("type", "type value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_env_config(
            "projectKey value & more",
            "name a/b?c d",
            "cfgName a/b?c d",
            "type value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn delete_production_env_config() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("type", "type value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_production_env_config(
            "projectKey value & more",
            "name a/b?c d",
            "cfgName a/b?c d",
            "type value & more",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn delete_production_env_config_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/envcfg/cfgName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("type", "type value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_production_env_config(
            "projectKey value & more",
            "name a/b?c d",
            "cfgName a/b?c d",
            "type value & more",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn scale_workload() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/scale",
        query: &[],
        body: Some(
            "{\"project_key\":\"microservice-demo\",\"env_key\":\"dev\",\"workload_name\":\"backend\",\"workload_type\":\"Deployment\",\"service_name\":\"backend\",\"target_replicas\":3}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .scale_workload(
            match serde_json::from_str::<
                crate::types::ScaleWorkloadRequest,
            >(
                "{\"project_key\":\"microservice-demo\",\"env_key\":\"dev\",\"workload_name\":\"backend\",\"workload_type\":\"Deployment\",\"service_name\":\"backend\",\"target_replicas\":3}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn scale_workload_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/scale",
        query: &[],
        body: Some(
            "{\"project_key\":\"microservice-demo\",\"env_key\":\"dev\",\"workload_name\":\"backend\",\"workload_type\":\"Deployment\",\"service_name\":\"backend\",\"target_replicas\":3}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .scale_workload(
            match serde_json::from_str::<
                crate::types::ScaleWorkloadRequest,
            >(
                "{\"project_key\":\"microservice-demo\",\"env_key\":\"dev\",\"workload_name\":\"backend\",\"workload_type\":\"Deployment\",\"service_name\":\"backend\",\"target_replicas\":3}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn restart_environment_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_environment_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn restart_environment_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .restart_environment_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn restart_production_environment_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_production_environment_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn restart_production_environment_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .restart_production_environment_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn list_environment_service_pods() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/pods",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"text\",\"pods\":[{\"pod_name\":\"text\",\"status\":\"text\",\"pod_ready\":true,\"containers_ready\":true,\"create_time\":1,\"ip\":\"text\",\"images\":[\"text\"],\"workload_name\":\"text\",\"workload_type\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_environment_service_pods(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn list_environment_service_pods_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/pods",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"text\",\"pods\":[{\"pod_name\":\"text\",\"status\":\"text\",\"pod_ready\":true,\"containers_ready\":true,\"create_time\":1,\"ip\":\"text\",\"images\":[\"text\"],\"workload_name\":\"text\",\"workload_type\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_environment_service_pods(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn list_production_environment_service_pods() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/pods",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"text\",\"pods\":[{\"pod_name\":\"text\",\"status\":\"text\",\"pod_ready\":true,\"containers_ready\":true,\"create_time\":1,\"ip\":\"text\",\"images\":[\"text\"],\"workload_name\":\"text\",\"workload_type\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_production_environment_service_pods(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn list_production_environment_service_pods_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/pods",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"text\",\"pods\":[{\"pod_name\":\"text\",\"status\":\"text\",\"pod_ready\":true,\"containers_ready\":true,\"create_time\":1,\"ip\":\"text\",\"images\":[\"text\"],\"workload_name\":\"text\",\"workload_type\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_production_environment_service_pods(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn restart_environment_service_pod() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/pod/podName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("{\"message\":\"text\"}"),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_environment_service_pod(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
            "podName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn restart_environment_service_pod_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/pod/podName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("{\"message\":\"text\"}"),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .restart_environment_service_pod(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
            "podName a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn restart_environment_service_pod_until_v5_0_0() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/pod/podName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("{\"message\":\"text\"}"),
        release: crate::Release::V5_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_environment_service_pod(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
            "podName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn restart_production_environment_service_pod() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/pod/podName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("{\"message\":\"text\"}"),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_production_environment_service_pod(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
            "podName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn restart_production_environment_service_pod_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/pod/podName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("{\"message\":\"text\"}"),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .restart_production_environment_service_pod(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
            "podName a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn restart_production_environment_service_pod_until_v5_0_0() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/production/name%20a%2Fb%3Fc%20d/service/serviceName%20a%2Fb%3Fc%20d/pod/podName%20a%2Fb%3Fc%20d/restart",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("{\"message\":\"text\"}"),
        release: crate::Release::V5_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_production_environment_service_pod(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
            "podName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_deployment_image() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/deployment/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_deployment_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_deployment_image_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/deployment/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_statefulset_image() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/statefulset/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_statefulset_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_statefulset_image_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/statefulset/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_cronjob_image() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/cronjob/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_cronjob_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_cronjob_image_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/cronjob/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"product_name\":\"patrick-dev1-k8s-1\",\"service_name\":\"service1\",\"container_name\":\"service1\",\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\"env_name\":\"dev2\",\"type\":\"\"}",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn update_job_image() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/job/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"type\":\"text\",\"product_name\":\"text\",\"env_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"container_name\":\"text\",\"image\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_job_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"type\":\"text\",\"product_name\":\"text\",\"env_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"container_name\":\"text\",\"image\":\"text\"}",
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
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn update_job_image_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/image/job/envName%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"type\":\"text\",\"product_name\":\"text\",\"env_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"container_name\":\"text\",\"image\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_job_image(
            "envName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateContainerImageRequest,
            >(
                "{\"type\":\"text\",\"product_name\":\"text\",\"env_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"container_name\":\"text\",\"image\":\"text\"}",
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_environment_events("projectKey value & more", "envName value & more")
        .name("name value & more")
        .r#type("type value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_environment_events("projectKey value & more", "envName value & more")
        .name("name value & more")
        .r#type("type value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn check_workload_k8s_services() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/check/workloads/k8services",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("[\"service2.Deployment\",\"service1.Deployment\"]"),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .check_workload_k8s_services("projectKey value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn check_workload_k8s_services_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/check/workloads/k8services",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json("[\"service2.Deployment\",\"service1.Deployment\"]"),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .check_workload_k8s_services("projectKey value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn enable_sub_environment() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/enable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .enable_sub_environment("projectKey value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn enable_sub_environment_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/enable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .enable_sub_environment("projectKey value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn disable_sub_environment() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/enable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .disable_sub_environment("projectKey value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn disable_sub_environment_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/enable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .disable_sub_environment("projectKey value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .check_sub_environment_ready(
            "projectKey value & more",
            "name a/b?c d",
            "op a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .check_sub_environment_ready(
            "projectKey value & more",
            "name a/b?c d",
            "op a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "environment")]
#[tokio::test]
async fn get_entry_service() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/portal/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_entry_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
#[cfg(feature = "blocking")]
#[test]
fn get_entry_service_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/environments/name%20a%2Fb%3Fc%20d/share/portal/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_entry_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .set_entry_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
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
#[cfg(feature = "environment")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .set_entry_service(
            "projectKey value & more",
            "name a/b?c d",
            "serviceName a/b?c d",
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
#[cfg(feature = "environment")]
#[tokio::test]
async fn stream_container_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/sse/pods/podName%20a%2Fb%3Fc%20d/containers/containerName%20a%2Fb%3Fc%20d",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("tails", "7"),
            ("since", "since value & more"),
        ],
        body: None,
        reply: Reply::EventStream("data: first line\n\ndata: second line\n\n"),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .stream_container_logs(
            "projectKey value & more",
            "envName value & more",
            "podName a/b?c d",
            "containerName a/b?c d",
        )
        .tails(7i64)
        .since("since value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    let lines: Vec<String> = futures_util::TryStreamExt::try_collect(value)
        .await
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[cfg(feature = "environment")]
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
            ("since", "since value & more"),
        ],
        body: None,
        reply: Reply::EventStream("data: first line\n\ndata: second line\n\n"),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .stream_container_logs(
            "projectKey value & more",
            "envName value & more",
            "podName a/b?c d",
            "containerName a/b?c d",
        )
        .tails(7i64)
        .since("since value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    let lines: Vec<String> = value
        .collect::<crate::Result<_>>()
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[cfg(feature = "insight")]
#[tokio::test]
async fn get_statistics_overview() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/overview",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"project_count\":1,\"cluster_count\":1,\"service_count\":1,\"workflow_count\":1,\"env_count\":1,\"artifact_count\":1}",
        ),
        release: crate::Release::MAIN,
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
#[cfg(feature = "insight")]
#[cfg(feature = "blocking")]
#[test]
fn get_statistics_overview_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/overview",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"project_count\":1,\"cluster_count\":1,\"service_count\":1,\"workflow_count\":1,\"env_count\":1,\"artifact_count\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_statistics_overview().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[tokio::test]
async fn get_build_statistics() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/build",
        query: &[
            ("startDate", "7"),
            ("endDate", "7"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"success\":1,\"data\":[{\"date\":\"text\",\"success\":1,\"failure\":1,\"total\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_build_statistics()
        .start_date(7i64)
        .end_date(7i64)
        .project_key("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[cfg(feature = "blocking")]
#[test]
fn get_build_statistics_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/build",
        query: &[
            ("startDate", "7"),
            ("endDate", "7"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"success\":1,\"data\":[{\"date\":\"text\",\"success\":1,\"failure\":1,\"total\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_build_statistics()
        .start_date(7i64)
        .end_date(7i64)
        .project_key("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[tokio::test]
async fn get_deploy_statistics() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/deploy",
        query: &[
            ("startDate", "7"),
            ("endDate", "7"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"success\":1,\"data\":[{\"project_key\":\"text\",\"production\":true,\"success\":1,\"rollback\":1,\"failed\":1,\"timeout\":1,\"date\":\"text\",\"create_time\":1,\"update_time\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_deploy_statistics()
        .start_date(7i64)
        .end_date(7i64)
        .project_key("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[cfg(feature = "blocking")]
#[test]
fn get_deploy_statistics_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/deploy",
        query: &[
            ("startDate", "7"),
            ("endDate", "7"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"success\":1,\"data\":[{\"project_key\":\"text\",\"production\":true,\"success\":1,\"rollback\":1,\"failed\":1,\"timeout\":1,\"date\":\"text\",\"create_time\":1,\"update_time\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_deploy_statistics()
        .start_date(7i64)
        .end_date(7i64)
        .project_key("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[tokio::test]
async fn get_test_statistics() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/test",
        query: &[
            ("startDate", "7"),
            ("endDate", "7"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"case_count\":1,\"exec_count\":1,\"success_count\":1,\"average_runtime\":1,\"data\":[{\"date\":\"text\",\"success_count\":1,\"timeout_count\":1,\"failed_count\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_test_statistics()
        .start_date(7i64)
        .end_date(7i64)
        .project_key("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[cfg(feature = "blocking")]
#[test]
fn get_test_statistics_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/test",
        query: &[
            ("startDate", "7"),
            ("endDate", "7"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"case_count\":1,\"exec_count\":1,\"success_count\":1,\"average_runtime\":1,\"data\":[{\"date\":\"text\",\"success_count\":1,\"timeout_count\":1,\"failed_count\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_test_statistics()
        .start_date(7i64)
        .end_date(7i64)
        .project_key("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[tokio::test]
async fn get_release_statistics() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/v2/release",
        query: &[
            ("startTime", "7"),
            ("endTime", "7"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"success_count\":1,\"daily_stat\":[{\"date\":\"text\",\"total\":1,\"success_count\":1,\"fail_count\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_release_statistics(7i64, 7i64)
        .project_key("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[cfg(feature = "blocking")]
#[test]
fn get_release_statistics_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/v2/release",
        query: &[
            ("startTime", "7"),
            ("endTime", "7"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"success_count\":1,\"daily_stat\":[{\"date\":\"text\",\"total\":1,\"success_count\":1,\"fail_count\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_release_statistics(7i64, 7i64)
        .project_key("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[tokio::test]
async fn get_rollback_statistics_detail() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/v2/rollback/detail",
        query: &[
            ("startTime", "7"),
            ("endTime", "7"),
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"data\":[{\"project_key\":\"text\",\"env_name\":\"text\",\"env_type\":\"zadig\",\"production\":true,\"operation_type\":\"zadig\",\"service_name\":\"text\",\"service_type\":\"helm\",\"origin_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":1},\"update_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":1},\"origin_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":1},\"update_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":1},\"create_by\":{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\"},\"create_time\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_rollback_statistics_detail(7i64, 7i64, 7i64)
        .project_key("projectKey value & more")
        .env_name("envName value & more")
        .service_name("serviceName value & more")
        .page_num(7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "insight")]
#[cfg(feature = "blocking")]
#[test]
fn get_rollback_statistics_detail_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/statistics/v2/rollback/detail",
        query: &[
            ("startTime", "7"),
            ("endTime", "7"),
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("serviceName", "serviceName value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"total\":1,\"data\":[{\"project_key\":\"text\",\"env_name\":\"text\",\"env_type\":\"zadig\",\"production\":true,\"operation_type\":\"zadig\",\"service_name\":\"text\",\"service_type\":\"helm\",\"origin_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":1},\"update_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":1},\"origin_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":1},\"update_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":1},\"create_by\":{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\"},\"create_time\":1}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_rollback_statistics_detail(7i64, 7i64, 7i64)
        .project_key("projectKey value & more")
        .env_name("envName value & more")
        .service_name("serviceName value & more")
        .page_num(7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "project")]
#[tokio::test]
async fn create_project() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project",
        query: &[],
        body: Some(
            "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"project_type\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_project(
            match serde_json::from_str::<
                crate::types::ProjectCreateRequest,
            >(
                "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"project_type\":\"text\"}",
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
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn create_project_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project",
        query: &[],
        body: Some(
            "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"project_type\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_project(
            match serde_json::from_str::<
                crate::types::ProjectCreateRequest,
            >(
                "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"project_type\":\"text\"}",
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
#[cfg(feature = "project")]
#[tokio::test]
async fn create_yaml_project() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project/init/yaml",
        query: &[],
        body: Some(
            "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"text\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\"}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_yaml_project(
            match serde_json::from_str::<
                crate::types::ProjectInitializeRequest,
            >(
                "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"text\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\"}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}]}",
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
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn create_yaml_project_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project/init/yaml",
        query: &[],
        body: Some(
            "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"text\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\"}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_yaml_project(
            match serde_json::from_str::<
                crate::types::ProjectInitializeRequest,
            >(
                "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"text\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\"}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}]}",
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
#[cfg(feature = "project")]
#[tokio::test]
async fn create_helm_project() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project/init/helm",
        query: &[],
        body: Some(
            "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"text\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\"}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_helm_project(
            match serde_json::from_str::<
                crate::types::ProjectInitializeRequest,
            >(
                "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"text\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\"}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}]}",
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
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn create_helm_project_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/projects/project/init/helm",
        query: &[],
        body: Some(
            "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"text\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\"}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_helm_project(
            match serde_json::from_str::<
                crate::types::ProjectInitializeRequest,
            >(
                "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"text\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\"}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}]}",
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
#[cfg(feature = "project")]
#[tokio::test]
async fn list_projects() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project",
        query: &[("pageNum", "7"), ("pageSize", "7")],
        body: None,
        reply: Reply::Json(
            "{\"total\":7,\"projects\":[{\"project_name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"deploy_type\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_projects()
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn list_projects_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project",
        query: &[("pageNum", "7"), ("pageSize", "7")],
        body: None,
        reply: Reply::Json(
            "{\"total\":7,\"projects\":[{\"project_name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"deploy_type\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_projects()
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "project")]
#[tokio::test]
async fn get_project() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project/detail",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"desc\":\"text\",\"deploy_type\":\"text\",\"create_time\":1,\"created_by\":\"text\"}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_project("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn get_project_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project/detail",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"desc\":\"text\",\"deploy_type\":\"text\",\"create_time\":1,\"created_by\":\"text\"}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_project("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "project")]
#[tokio::test]
async fn delete_project() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/projects/project",
        query: &[("projectKey", "projectKey value & more"), ("isDelete", "true")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_project("projectKey value & more", true)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn delete_project_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/projects/project",
        query: &[("projectKey", "projectKey value & more"), ("isDelete", "true")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_project("projectKey value & more", true)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "project")]
#[tokio::test]
async fn get_project_global_variables() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project/globalVariable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}],\"production_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_project_global_variables("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn get_project_global_variables_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/projects/project/globalVariable",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}],\"production_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_project_global_variables("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "project")]
#[tokio::test]
async fn create_collaboration_mode() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/collaborations",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"name\":\"text\",\"user_ids\":[\"text\"],\"group_ids\":[\"text\"],\"workflows\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"envs\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"recycle_day\":1}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_collaboration_mode(
            match serde_json::from_str::<
                crate::types::CollaborationModeCreateRequest,
            >(
                "{\"project_key\":\"text\",\"name\":\"text\",\"user_ids\":[\"text\"],\"group_ids\":[\"text\"],\"workflows\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"envs\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"recycle_day\":1}",
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
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn create_collaboration_mode_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/collaborations",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"name\":\"text\",\"user_ids\":[\"text\"],\"group_ids\":[\"text\"],\"workflows\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"envs\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"recycle_day\":1}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_collaboration_mode(
            match serde_json::from_str::<
                crate::types::CollaborationModeCreateRequest,
            >(
                "{\"project_key\":\"text\",\"name\":\"text\",\"user_ids\":[\"text\"],\"group_ids\":[\"text\"],\"workflows\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"envs\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"recycle_day\":1}",
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
#[cfg(feature = "project")]
#[tokio::test]
async fn delete_collaboration_mode() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/collaborations/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_collaboration_mode("projectKey value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "project")]
#[cfg(feature = "blocking")]
#[test]
fn delete_collaboration_mode_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/collaborations/name%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_collaboration_mode("projectKey value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "registry")]
#[tokio::test]
async fn create_registry() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/system/registry",
        query: &[],
        body: Some(
            "{\"address\":\"text\",\"provider\":\"text\",\"namespace\":\"text\",\"is_default\":true,\"access_key\":\"text\",\"secret_key\":\"text\",\"enable_tls\":true,\"region\":\"text\",\"tls_cert\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_registry(
            match serde_json::from_str::<
                crate::types::OpenApiCreateRegistryReq,
            >(
                "{\"address\":\"text\",\"provider\":\"text\",\"namespace\":\"text\",\"is_default\":true,\"access_key\":\"text\",\"secret_key\":\"text\",\"enable_tls\":true,\"region\":\"text\",\"tls_cert\":\"text\"}",
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
#[cfg(feature = "registry")]
#[cfg(feature = "blocking")]
#[test]
fn create_registry_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/system/registry",
        query: &[],
        body: Some(
            "{\"address\":\"text\",\"provider\":\"text\",\"namespace\":\"text\",\"is_default\":true,\"access_key\":\"text\",\"secret_key\":\"text\",\"enable_tls\":true,\"region\":\"text\",\"tls_cert\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_registry(
            match serde_json::from_str::<
                crate::types::OpenApiCreateRegistryReq,
            >(
                "{\"address\":\"text\",\"provider\":\"text\",\"namespace\":\"text\",\"is_default\":true,\"access_key\":\"text\",\"secret_key\":\"text\",\"enable_tls\":true,\"region\":\"text\",\"tls_cert\":\"text\"}",
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
#[cfg(feature = "registry")]
#[tokio::test]
async fn list_registries() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/registry",
        query: &[],
        body: None,
        reply: Reply::Json(
            "[{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_registries().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "registry")]
#[cfg(feature = "blocking")]
#[test]
fn list_registries_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/registry",
        query: &[],
        body: None,
        reply: Reply::Json(
            "[{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_registries().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "registry")]
#[tokio::test]
async fn get_registry() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/registry/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}",
        ),
        release: crate::Release::MAIN,
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
#[cfg(feature = "registry")]
#[cfg(feature = "blocking")]
#[test]
fn get_registry_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/registry/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_registry("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "registry")]
#[tokio::test]
async fn update_registry() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/system/registry/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_registry(
            "id a/b?c d",
            match serde_json::from_str::<
                crate::types::OpenApiRegistry,
            >(
                "{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}",
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
#[cfg(feature = "registry")]
#[cfg(feature = "blocking")]
#[test]
fn update_registry_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/system/registry/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_registry(
            "id a/b?c d",
            match serde_json::from_str::<
                crate::types::OpenApiRegistry,
            >(
                "{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}",
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
#[cfg(feature = "release_plan")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "release_plan")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_release_plans(7i64, 7i64).send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "release_plan")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "release_plan")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_release_plan("id a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "release_plan")]
#[tokio::test]
async fn create_release_plan() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/release_plan/v1",
        query: &[],
        body: Some(
            "{\"name\":\"plan-example\",\"manager\":\"admin\",\"manager_identity_type\":\"system\",\"start_time\":1693558721,\"end_time\":1694016000,\"description\":\"\",\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0,\"type\":\"\"}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\",\"flat_approve_users\":[]}},\"schedule_execute_time\":0}",
        ),
        reply: Reply::Json("{\"id\":\"6895627bd3a843cb7423728a\"}"),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_release_plan(
            match serde_json::from_str::<
                crate::types::CreateReleasePlanRequest,
            >(
                "{\"name\":\"plan-example\",\"manager\":\"admin\",\"manager_identity_type\":\"system\",\"start_time\":1693558721,\"end_time\":1694016000,\"description\":\"\",\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0,\"type\":\"\"}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\",\"flat_approve_users\":[]}},\"schedule_execute_time\":0}",
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
#[cfg(feature = "release_plan")]
#[cfg(feature = "blocking")]
#[test]
fn create_release_plan_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/release_plan/v1",
        query: &[],
        body: Some(
            "{\"name\":\"plan-example\",\"manager\":\"admin\",\"manager_identity_type\":\"system\",\"start_time\":1693558721,\"end_time\":1694016000,\"description\":\"\",\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0,\"type\":\"\"}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\",\"flat_approve_users\":[]}},\"schedule_execute_time\":0}",
        ),
        reply: Reply::Json("{\"id\":\"6895627bd3a843cb7423728a\"}"),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_release_plan(
            match serde_json::from_str::<
                crate::types::CreateReleasePlanRequest,
            >(
                "{\"name\":\"plan-example\",\"manager\":\"admin\",\"manager_identity_type\":\"system\",\"start_time\":1693558721,\"end_time\":1694016000,\"description\":\"\",\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0,\"type\":\"\"}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\",\"flat_approve_users\":[]}},\"schedule_execute_time\":0}",
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
#[cfg(feature = "release_plan")]
#[tokio::test]
async fn update_release_plan() {
    let exchange = Exchange {
        method: "PATCH",
        path: "/openapi/release_plan/v1/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"description\":\"test2\",\"jobs\":[{\"name\":\"Text-1\",\"spec\":{\"content\":\"Hello, World 1.\",\"remark\":\"abc\"},\"type\":\"text\"},{\"name\":\"Workflow-1\",\"spec\":{\"workflow_key\":\"old-hook\",\"project_key\":\"yaml\",\"remark\":\"remark-2\",\"inputs\":[{\"job_name\":\"build\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.*********.com/test\",\"service_list\":[{\"service_module\":\"service1\",\"service_name\":\"service1\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-*****\",\"repo_name\":\"multi-service-demo\",\"branch\":\"patrick-01\"}],\"inputs\":[{\"key\":\"gggg\",\"value\":\"abcd\"}]}]}},{\"job_name\":\"deploy\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"https://koderover.*********.com/test/service1:main\"}]}},{\"job_name\":\"test\",\"job_type\":\"zadig-test\",\"parameters\":{\"testing_list\":[{\"testing_name\":\"static-html-report\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-******\",\"repo_name\":\"test-report\",\"branch\":\"main\"}]}]}}]},\"type\":\"workflow\"}],\"manager\":\"patrick\",\"manager_identity_type\":\"system\",\"name\":\"Test-Plan-1\",\"start_time\":0,\"end_time\":0,\"schedule_execute_time\":0}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_release_plan(
            "id a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateReleasePlanRequest,
            >(
                "{\"description\":\"test2\",\"jobs\":[{\"name\":\"Text-1\",\"spec\":{\"content\":\"Hello, World 1.\",\"remark\":\"abc\"},\"type\":\"text\"},{\"name\":\"Workflow-1\",\"spec\":{\"workflow_key\":\"old-hook\",\"project_key\":\"yaml\",\"remark\":\"remark-2\",\"inputs\":[{\"job_name\":\"build\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.*********.com/test\",\"service_list\":[{\"service_module\":\"service1\",\"service_name\":\"service1\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-*****\",\"repo_name\":\"multi-service-demo\",\"branch\":\"patrick-01\"}],\"inputs\":[{\"key\":\"gggg\",\"value\":\"abcd\"}]}]}},{\"job_name\":\"deploy\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"https://koderover.*********.com/test/service1:main\"}]}},{\"job_name\":\"test\",\"job_type\":\"zadig-test\",\"parameters\":{\"testing_list\":[{\"testing_name\":\"static-html-report\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-******\",\"repo_name\":\"test-report\",\"branch\":\"main\"}]}]}}]},\"type\":\"workflow\"}],\"manager\":\"patrick\",\"manager_identity_type\":\"system\",\"name\":\"Test-Plan-1\",\"start_time\":0,\"end_time\":0,\"schedule_execute_time\":0}",
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
#[cfg(feature = "release_plan")]
#[cfg(feature = "blocking")]
#[test]
fn update_release_plan_blocking() {
    let exchange = Exchange {
        method: "PATCH",
        path: "/openapi/release_plan/v1/id%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"description\":\"test2\",\"jobs\":[{\"name\":\"Text-1\",\"spec\":{\"content\":\"Hello, World 1.\",\"remark\":\"abc\"},\"type\":\"text\"},{\"name\":\"Workflow-1\",\"spec\":{\"workflow_key\":\"old-hook\",\"project_key\":\"yaml\",\"remark\":\"remark-2\",\"inputs\":[{\"job_name\":\"build\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.*********.com/test\",\"service_list\":[{\"service_module\":\"service1\",\"service_name\":\"service1\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-*****\",\"repo_name\":\"multi-service-demo\",\"branch\":\"patrick-01\"}],\"inputs\":[{\"key\":\"gggg\",\"value\":\"abcd\"}]}]}},{\"job_name\":\"deploy\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"https://koderover.*********.com/test/service1:main\"}]}},{\"job_name\":\"test\",\"job_type\":\"zadig-test\",\"parameters\":{\"testing_list\":[{\"testing_name\":\"static-html-report\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-******\",\"repo_name\":\"test-report\",\"branch\":\"main\"}]}]}}]},\"type\":\"workflow\"}],\"manager\":\"patrick\",\"manager_identity_type\":\"system\",\"name\":\"Test-Plan-1\",\"start_time\":0,\"end_time\":0,\"schedule_execute_time\":0}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
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
                "{\"description\":\"test2\",\"jobs\":[{\"name\":\"Text-1\",\"spec\":{\"content\":\"Hello, World 1.\",\"remark\":\"abc\"},\"type\":\"text\"},{\"name\":\"Workflow-1\",\"spec\":{\"workflow_key\":\"old-hook\",\"project_key\":\"yaml\",\"remark\":\"remark-2\",\"inputs\":[{\"job_name\":\"build\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.*********.com/test\",\"service_list\":[{\"service_module\":\"service1\",\"service_name\":\"service1\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-*****\",\"repo_name\":\"multi-service-demo\",\"branch\":\"patrick-01\"}],\"inputs\":[{\"key\":\"gggg\",\"value\":\"abcd\"}]}]}},{\"job_name\":\"deploy\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"https://koderover.*********.com/test/service1:main\"}]}},{\"job_name\":\"test\",\"job_type\":\"zadig-test\",\"parameters\":{\"testing_list\":[{\"testing_name\":\"static-html-report\",\"repo_info\":[{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-******\",\"repo_name\":\"test-report\",\"branch\":\"main\"}]}]}}]},\"type\":\"workflow\"}],\"manager\":\"patrick\",\"manager_identity_type\":\"system\",\"name\":\"Test-Plan-1\",\"start_time\":0,\"end_time\":0,\"schedule_execute_time\":0}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn list_services() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/services",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}]}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_services("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn list_services_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/services",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}]}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_services("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[tokio::test]
async fn list_production_services() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/production/services",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}]}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_production_services("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn list_production_services_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/production/services",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}]}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_production_services("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[tokio::test]
async fn get_service() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"template_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"yaml\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_service("projectKey value & more", "serviceName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn get_service_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"template_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"yaml\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_service("projectKey value & more", "serviceName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[tokio::test]
async fn get_production_service() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"template_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"yaml\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_production_service("projectKey value & more", "serviceName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn get_production_service_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"template_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"yaml\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_production_service("projectKey value & more", "serviceName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[tokio::test]
async fn create_service_from_template() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/load/yaml",
        query: &[],
        body: Some(
            "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_service_from_template(
            match serde_json::from_str::<
                crate::types::ServiceFromYamlTemplateRequest,
            >(
                "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn create_service_from_template_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/load/yaml",
        query: &[],
        body: Some(
            "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_service_from_template(
            match serde_json::from_str::<
                crate::types::ServiceFromYamlTemplateRequest,
            >(
                "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn create_production_service_from_template() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/production/load/yaml",
        query: &[],
        body: Some(
            "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_production_service_from_template(
            match serde_json::from_str::<
                crate::types::ServiceFromYamlTemplateRequest,
            >(
                "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn create_production_service_from_template_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/production/load/yaml",
        query: &[],
        body: Some(
            "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_production_service_from_template(
            match serde_json::from_str::<
                crate::types::ServiceFromYamlTemplateRequest,
            >(
                "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn create_raw_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/yaml/raw",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_raw_service(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::RawYamlServiceRequest,
            >(
                "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn create_raw_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/yaml/raw",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_raw_service(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::RawYamlServiceRequest,
            >(
                "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn create_raw_production_service() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/yaml/production/raw",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_raw_production_service(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::RawYamlServiceRequest,
            >(
                "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn create_raw_production_service_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/yaml/production/raw",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_raw_production_service(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::RawYamlServiceRequest,
            >(
                "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn update_service() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_service(
            "projectKey value & more",
            "serviceName a/b?c d",
            match serde_json::from_str::<
                crate::types::ServiceConfigUpdate,
            >(
                "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\"}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn update_service_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_service(
            "projectKey value & more",
            "serviceName a/b?c d",
            match serde_json::from_str::<
                crate::types::ServiceConfigUpdate,
            >(
                "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\"}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn update_production_service() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_service(
            "projectKey value & more",
            "serviceName a/b?c d",
            match serde_json::from_str::<
                crate::types::ServiceConfigUpdate,
            >(
                "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\"}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn update_production_service_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_service(
            "projectKey value & more",
            "serviceName a/b?c d",
            match serde_json::from_str::<
                crate::types::ServiceConfigUpdate,
            >(
                "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\"}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn update_service_variables() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_service_variables(
            "projectKey value & more",
            "serviceName a/b?c d",
            match serde_json::from_str::<
                crate::types::ServiceVariablesUpdate,
            >(
                "{\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn update_service_variables_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_service_variables(
            "projectKey value & more",
            "serviceName a/b?c d",
            match serde_json::from_str::<
                crate::types::ServiceVariablesUpdate,
            >(
                "{\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn update_production_service_variables() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_production_service_variables(
            "projectKey value & more",
            "serviceName a/b?c d",
            match serde_json::from_str::<
                crate::types::ServiceVariablesUpdate,
            >(
                "{\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn update_production_service_variables_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d/variable",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_production_service_variables(
            "projectKey value & more",
            "serviceName a/b?c d",
            match serde_json::from_str::<
                crate::types::ServiceVariablesUpdate,
            >(
                "{\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn delete_service() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_service("projectKey value & more", "serviceName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn delete_service_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/service/yaml/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_service("projectKey value & more", "serviceName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "service")]
#[tokio::test]
async fn delete_production_service() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_production_service("projectKey value & more", "serviceName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn delete_production_service_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/service/yaml/production/serviceName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_production_service("projectKey value & more", "serviceName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "service")]
#[tokio::test]
async fn list_service_labels() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/name%20a%2Fb%3Fc%20d/labels",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("production", "production value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"id\":\"text\",\"label_id\":\"text\",\"key\":\"text\",\"value\":\"text\"}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_service_labels("projectKey value & more", "name a/b?c d")
        .production("production value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn list_service_labels_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/service/yaml/name%20a%2Fb%3Fc%20d/labels",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("production", "production value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"id\":\"text\",\"label_id\":\"text\",\"key\":\"text\",\"value\":\"text\"}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_service_labels("projectKey value & more", "name a/b?c d")
        .production("production value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[tokio::test]
async fn load_services_from_code_host() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/loader/load/7",
        query: &[
            ("repoOwner", "repoOwner value & more"),
            ("repoName", "repoName value & more"),
            ("repoUUID", "repoUUID value & more"),
            ("namespace", "namespace value & more"),
            ("branchName", "branchName value & more"),
            ("remoteName", "remoteName value & more"),
            ("production", "production value & more"),
        ],
        body: Some(
            "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V5_0_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .load_services_from_code_host(
            7i64,
            "repoOwner value & more",
            match serde_json::from_str::<
                crate::types::ServiceFromCodeHostRequest,
            >(
                "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .repo_name("repoName value & more")
        .repo_uuid("repoUUID value & more")
        .namespace("namespace value & more")
        .branch_name("branchName value & more")
        .remote_name("remoteName value & more")
        .production("production value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn load_services_from_code_host_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/loader/load/7",
        query: &[
            ("repoOwner", "repoOwner value & more"),
            ("repoName", "repoName value & more"),
            ("repoUUID", "repoUUID value & more"),
            ("namespace", "namespace value & more"),
            ("branchName", "branchName value & more"),
            ("remoteName", "remoteName value & more"),
            ("production", "production value & more"),
        ],
        body: Some(
            "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V5_0_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .load_services_from_code_host(
            7i64,
            "repoOwner value & more",
            match serde_json::from_str::<
                crate::types::ServiceFromCodeHostRequest,
            >(
                "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .repo_name("repoName value & more")
        .repo_uuid("repoUUID value & more")
        .namespace("namespace value & more")
        .branch_name("branchName value & more")
        .remote_name("remoteName value & more")
        .production("production value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "service")]
#[tokio::test]
async fn load_services_from_code_host_by_name() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/loader/load",
        query: &[
            ("codehostName", "codehostName value & more"),
            ("repoOwner", "repoOwner value & more"),
            ("repoName", "repoName value & more"),
            ("repoUUID", "repoUUID value & more"),
            ("namespace", "namespace value & more"),
            ("branchName", "branchName value & more"),
            ("remoteName", "remoteName value & more"),
            ("production", "production value & more"),
        ],
        body: Some(
            "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .load_services_from_code_host_by_name(
            "codehostName value & more",
            "repoOwner value & more",
            match serde_json::from_str::<
                crate::types::ServiceFromCodeHostRequest,
            >(
                "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .repo_name("repoName value & more")
        .repo_uuid("repoUUID value & more")
        .namespace("namespace value & more")
        .branch_name("branchName value & more")
        .remote_name("remoteName value & more")
        .production("production value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn load_services_from_code_host_by_name_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/loader/load",
        query: &[
            ("codehostName", "codehostName value & more"),
            ("repoOwner", "repoOwner value & more"),
            ("repoName", "repoName value & more"),
            ("repoUUID", "repoUUID value & more"),
            ("namespace", "namespace value & more"),
            ("branchName", "branchName value & more"),
            ("remoteName", "remoteName value & more"),
            ("production", "production value & more"),
        ],
        body: Some(
            "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .load_services_from_code_host_by_name(
            "codehostName value & more",
            "repoOwner value & more",
            match serde_json::from_str::<
                crate::types::ServiceFromCodeHostRequest,
            >(
                "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}]}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .repo_name("repoName value & more")
        .repo_uuid("repoUUID value & more")
        .namespace("namespace value & more")
        .branch_name("branchName value & more")
        .remote_name("remoteName value & more")
        .production("production value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "service")]
#[tokio::test]
async fn load_helm_services() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/helm/load",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"source\":\"repo\",\"name\":\"text\",\"createFrom\":{\"any\":[\"json\",1]},\"production\":true}",
        ),
        reply: Reply::Json(
            "{\"successServices\":[\"text\"],\"failedServices\":[{\"path\":\"text\",\"error\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .load_helm_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::HelmServiceLoadRequest,
            >(
                "{\"source\":\"repo\",\"name\":\"text\",\"createFrom\":{\"any\":[\"json\",1]},\"production\":true}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn load_helm_services_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/helm/load",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"source\":\"repo\",\"name\":\"text\",\"createFrom\":{\"any\":[\"json\",1]},\"production\":true}",
        ),
        reply: Reply::Json(
            "{\"successServices\":[\"text\"],\"failedServices\":[{\"path\":\"text\",\"error\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .load_helm_services(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::HelmServiceLoadRequest,
            >(
                "{\"source\":\"repo\",\"name\":\"text\",\"createFrom\":{\"any\":[\"json\",1]},\"production\":true}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn create_helm_service_from_template() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/load/helm",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"values_yaml\":\"text\",\"variables\":[{\"key\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_helm_service_from_template(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::HelmServiceFromTemplateRequest,
            >(
                "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"values_yaml\":\"text\",\"variables\":[{\"key\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn create_helm_service_from_template_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/service/template/load/helm",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"values_yaml\":\"text\",\"variables\":[{\"key\":\"text\"}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_helm_service_from_template(
            "projectKey value & more",
            match serde_json::from_str::<
                crate::types::HelmServiceFromTemplateRequest,
            >(
                "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"values_yaml\":\"text\",\"variables\":[{\"key\":\"text\"}]}",
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
#[cfg(feature = "service")]
#[tokio::test]
async fn list_chart_templates() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/templates/charts",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"system_variables\":[{\"key\":\"text\",\"description\":\"text\"}],\"chart_templates\":[{\"name\":\"text\",\"codehost_id\":1,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"path\":\"text\",\"branch\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.list_chart_templates().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "service")]
#[cfg(feature = "blocking")]
#[test]
fn list_chart_templates_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/templates/charts",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"system_variables\":[{\"key\":\"text\",\"description\":\"text\"}],\"chart_templates\":[{\"name\":\"text\",\"codehost_id\":1,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"path\":\"text\",\"branch\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.list_chart_templates().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "system")]
#[tokio::test]
async fn list_operation_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/operation",
        query: &[
            ("page", "7"),
            ("perPage", "7"),
            ("searchType", "all"),
            ("projectKey", "projectKey value & more"),
            ("username", "username value & more"),
            ("function", "function value & more"),
            ("status", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"operation_logs\":[{\"username\":\"text\",\"project_key\":\"text\",\"method\":\"text\",\"function\":\"text\",\"scene\":\"text\",\"targets\":[\"text\"],\"detail\":\"text\",\"request_body\":\"text\",\"body_type\":\"json\",\"status\":1,\"created_at\":1}],\"total\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_operation_logs(7i64, 7i64, "all")
        .project_key("projectKey value & more")
        .username("username value & more")
        .function("function value & more")
        .status(7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "system")]
#[cfg(feature = "blocking")]
#[test]
fn list_operation_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/operation",
        query: &[
            ("page", "7"),
            ("perPage", "7"),
            ("searchType", "all"),
            ("projectKey", "projectKey value & more"),
            ("username", "username value & more"),
            ("function", "function value & more"),
            ("status", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"operation_logs\":[{\"username\":\"text\",\"project_key\":\"text\",\"method\":\"text\",\"function\":\"text\",\"scene\":\"text\",\"targets\":[\"text\"],\"detail\":\"text\",\"request_body\":\"text\",\"body_type\":\"json\",\"status\":1,\"created_at\":1}],\"total\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_operation_logs(7i64, 7i64, "all")
        .project_key("projectKey value & more")
        .username("username value & more")
        .function("function value & more")
        .status(7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "system")]
#[tokio::test]
async fn list_environment_operation_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/operation/env",
        query: &[
            ("page", "7"),
            ("perPage", "7"),
            ("searchType", "all"),
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("username", "username value & more"),
            ("function", "function value & more"),
            ("status", "7"),
            ("detail", "detail value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"operation_logs\":[{\"username\":\"text\",\"project_key\":\"text\",\"method\":\"text\",\"function\":\"text\",\"scene\":\"text\",\"targets\":[\"text\"],\"detail\":\"text\",\"request_body\":\"text\",\"body_type\":\"json\",\"status\":1,\"created_at\":1}],\"total\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_environment_operation_logs(7i64, 7i64, "all")
        .project_key("projectKey value & more")
        .env_name("envName value & more")
        .username("username value & more")
        .function("function value & more")
        .status(7i64)
        .detail("detail value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "system")]
#[cfg(feature = "blocking")]
#[test]
fn list_environment_operation_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/operation/env",
        query: &[
            ("page", "7"),
            ("perPage", "7"),
            ("searchType", "all"),
            ("projectKey", "projectKey value & more"),
            ("envName", "envName value & more"),
            ("username", "username value & more"),
            ("function", "function value & more"),
            ("status", "7"),
            ("detail", "detail value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"operation_logs\":[{\"username\":\"text\",\"project_key\":\"text\",\"method\":\"text\",\"function\":\"text\",\"scene\":\"text\",\"targets\":[\"text\"],\"detail\":\"text\",\"request_body\":\"text\",\"body_type\":\"json\",\"status\":1,\"created_at\":1}],\"total\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_environment_operation_logs(7i64, 7i64, "all")
        .project_key("projectKey value & more")
        .env_name("envName value & more")
        .username("username value & more")
        .function("function value & more")
        .status(7i64)
        .detail("detail value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "system")]
#[tokio::test]
async fn get_cli_context() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/cli/context",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"user\":{\"uid\":\"text\",\"name\":\"text\",\"account\":\"text\",\"identity_type\":\"text\"},\"edition\":\"text\",\"license_status\":\"text\",\"features\":[\"text\"],\"server_version\":\"text\",\"request_id\":\"text\"}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_cli_context().send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "system")]
#[cfg(feature = "blocking")]
#[test]
fn get_cli_context_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/system/cli/context",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"user\":{\"uid\":\"text\",\"name\":\"text\",\"account\":\"text\",\"identity_type\":\"text\"},\"edition\":\"text\",\"license_status\":\"text\",\"features\":[\"text\"],\"server_version\":\"text\",\"request_id\":\"text\"}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_cli_context().send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "test")]
#[tokio::test]
async fn get_test_info() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/testing/testName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"text\",\"test_name\":\"text\",\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"choice_option\":[\"text\"],\"required\":true,\"is_credential\":true,\"has_value\":true,\"description\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_test_info("projectKey value & more", "testName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "test")]
#[cfg(feature = "blocking")]
#[test]
fn get_test_info_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/testing/testName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"text\",\"test_name\":\"text\",\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"choice_option\":[\"text\"],\"required\":true,\"is_credential\":true,\"has_value\":true,\"description\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_test_info("projectKey value & more", "testName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "test")]
#[tokio::test]
async fn create_test_task() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/testing/task",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"test_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}",
        ),
        reply: Reply::Json("{\"task_id\":1}"),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_test_task(
            match serde_json::from_str::<
                crate::types::OpenApiCreateTestTaskReq,
            >(
                "{\"project_key\":\"text\",\"test_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}",
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
#[cfg(feature = "test")]
#[cfg(feature = "blocking")]
#[test]
fn create_test_task_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/quality/testing/task",
        query: &[],
        body: Some(
            "{\"project_key\":\"text\",\"test_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}",
        ),
        reply: Reply::Json("{\"task_id\":1}"),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_test_task(
            match serde_json::from_str::<
                crate::types::OpenApiCreateTestTaskReq,
            >(
                "{\"project_key\":\"text\",\"test_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}",
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
#[cfg(feature = "test")]
#[tokio::test]
async fn get_test_task() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/testing/testName%20a%2Fb%3Fc%20d/task/taskID%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"test_name\":\"text\",\"task_id\":1,\"creator\":\"text\",\"create_time\":1,\"start_time\":1,\"end_time\":1,\"status\":\"text\",\"test_report\":{\"test_total\":1,\"failure_total\":1,\"success_total\":1,\"skiped_total\":1,\"error_total\":1,\"time\":1.5,\"test_cases\":[{\"name\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}]}}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_test_task("projectKey value & more", "testName a/b?c d", "taskID a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "test")]
#[cfg(feature = "blocking")]
#[test]
fn get_test_task_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/quality/testing/testName%20a%2Fb%3Fc%20d/task/taskID%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"test_name\":\"text\",\"task_id\":1,\"creator\":\"text\",\"create_time\":1,\"start_time\":1,\"end_time\":1,\"status\":\"text\",\"test_report\":{\"test_total\":1,\"failure_total\":1,\"success_total\":1,\"skiped_total\":1,\"error_total\":1,\"time\":1.5,\"test_cases\":[{\"name\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}]}}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_test_task("projectKey value & more", "testName a/b?c d", "taskID a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[tokio::test]
async fn list_users() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/users",
        query: &[
            ("pageNum", "7"),
            ("pageSize", "7"),
            ("name", "name value & more"),
            ("account", "account value & more"),
            ("identity_type", "identity_type value & more"),
            ("roles", "first"),
            ("roles", "second"),
            ("projectName", "projectName value & more"),
            ("mfa_enabled", "true"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"users\":[{\"last_login_time\":1,\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\"}],\"total_count\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_users()
        .page_num(7i64)
        .page_size(7i64)
        .name("name value & more")
        .account("account value & more")
        .identity_type("identity_type value & more")
        .roles(vec!["first".to_owned(), "second".to_owned()])
        .project_key("projectName value & more")
        .mfa_enabled(true)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn list_users_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/users",
        query: &[
            ("pageNum", "7"),
            ("pageSize", "7"),
            ("name", "name value & more"),
            ("account", "account value & more"),
            ("identity_type", "identity_type value & more"),
            ("roles", "first"),
            ("roles", "second"),
            ("projectName", "projectName value & more"),
            ("mfa_enabled", "true"),
        ],
        body: None,
        reply: Reply::Json(
            "{\"users\":[{\"last_login_time\":1,\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\"}],\"total_count\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_users()
        .page_num(7i64)
        .page_size(7i64)
        .name("name value & more")
        .account("account value & more")
        .identity_type("identity_type value & more")
        .roles(vec!["first".to_owned(), "second".to_owned()])
        .project_key("projectName value & more")
        .mfa_enabled(true)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[tokio::test]
async fn get_user() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/users/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"last_login_time\":1,\"uid\":\"text\",\"name\":\"text\",\"identity_type\":\"text\",\"email\":\"text\",\"phone\":\"text\",\"account\":\"text\"}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_user("uid a/b?c d").send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn get_user_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/users/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(
            "{\"last_login_time\":1,\"uid\":\"text\",\"name\":\"text\",\"identity_type\":\"text\",\"email\":\"text\",\"phone\":\"text\",\"account\":\"text\"}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_user("uid a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[tokio::test]
async fn list_user_groups() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/user-groups",
        query: &[("pageNum", "7"), ("pageSize", "7"), ("name", "name value & more")],
        body: None,
        reply: Reply::Json(
            "{\"group_list\":[{\"id\":\"text\",\"name\":\"text\",\"system_role_names\":[\"text\"],\"description\":\"text\",\"type\":\"text\",\"user_total\":1}],\"total\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_user_groups()
        .page_num(7i64)
        .page_size(7i64)
        .name("name value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn list_user_groups_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/user-groups",
        query: &[("pageNum", "7"), ("pageSize", "7"), ("name", "name value & more")],
        body: None,
        reply: Reply::Json(
            "{\"group_list\":[{\"id\":\"text\",\"name\":\"text\",\"system_role_names\":[\"text\"],\"description\":\"text\",\"type\":\"text\",\"user_total\":1}],\"total\":1}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_user_groups()
        .page_num(7i64)
        .page_size(7i64)
        .name("name value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[tokio::test]
async fn delete_user() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/users/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_user("uid a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn delete_user_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/users/uid%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_user("uid a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[tokio::test]
async fn list_resource_actions() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/resource-actions",
        query: &[
            ("projectName", "projectName value & more"),
            ("envType", "envType value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"resource\":\"text\",\"alias\":\"text\",\"rules\":[{\"action\":\"text\",\"alias\":\"text\"}]}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_resource_actions("projectName value & more")
        .env_type("envType value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn list_resource_actions_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/resource-actions",
        query: &[
            ("projectName", "projectName value & more"),
            ("envType", "envType value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"resource\":\"text\",\"alias\":\"text\",\"rules\":[{\"action\":\"text\",\"alias\":\"text\"}]}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_resource_actions("projectName value & more")
        .env_type("envType value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[tokio::test]
async fn list_roles() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/roles",
        query: &[("namespace", "namespace value & more"), ("uid", "uid value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"id\":1,\"name\":\"text\",\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_roles("namespace value & more")
        .uid("uid value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn list_roles_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/roles",
        query: &[("namespace", "namespace value & more"), ("uid", "uid value & more")],
        body: None,
        reply: Reply::Json(
            "[{\"id\":1,\"name\":\"text\",\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_roles("namespace value & more")
        .uid("uid value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[tokio::test]
async fn get_role() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: None,
        reply: Reply::Json(
            "{\"id\":1,\"name\":\"text\",\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true,\"rules\":[{\"resource\":\"text\",\"verbs\":[\"text\"]}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_role("namespace value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn get_role_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: None,
        reply: Reply::Json(
            "{\"id\":1,\"name\":\"text\",\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true,\"rules\":[{\"resource\":\"text\",\"verbs\":[\"text\"]}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_role("namespace value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[tokio::test]
async fn create_role() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/roles",
        query: &[("namespace", "namespace value & more")],
        body: Some(
            "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_role(
            "namespace value & more",
            match serde_json::from_str::<
                crate::types::ProjectRoleRequest,
            >(
                "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}",
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
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn create_role_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/roles",
        query: &[("namespace", "namespace value & more")],
        body: Some(
            "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_role(
            "namespace value & more",
            match serde_json::from_str::<
                crate::types::ProjectRoleRequest,
            >(
                "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}",
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
#[cfg(feature = "user")]
#[tokio::test]
async fn update_role() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: Some(
            "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_role(
            "namespace value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::ProjectRoleRequest,
            >(
                "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}",
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
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn update_role_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: Some(
            "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_role(
            "namespace value & more",
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::ProjectRoleRequest,
            >(
                "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}",
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
#[cfg(feature = "user")]
#[tokio::test]
async fn delete_role() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_role("namespace value & more", "name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn delete_role_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/roles/name%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_role("namespace value & more", "name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[tokio::test]
async fn list_role_bindings() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/role-bindings",
        query: &[
            ("namespace", "namespace value & more"),
            ("uid", "uid value & more"),
            ("gid", "gid value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"binding_type\":\"text\",\"user_info\":{\"identity_type\":\"text\",\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\"},\"group_info\":{\"group_id\":\"text\",\"name\":\"text\",\"user_infos\":[{\"identity_type\":\"text\",\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\"}]},\"roles\":[\"text\"]}]",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_role_bindings("namespace value & more")
        .uid("uid value & more")
        .gid("gid value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn list_role_bindings_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/policy/role-bindings",
        query: &[
            ("namespace", "namespace value & more"),
            ("uid", "uid value & more"),
            ("gid", "gid value & more"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"binding_type\":\"text\",\"user_info\":{\"identity_type\":\"text\",\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\"},\"group_info\":{\"group_id\":\"text\",\"name\":\"text\",\"user_infos\":[{\"identity_type\":\"text\",\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\"}]},\"roles\":[\"text\"]}]",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_role_bindings("namespace value & more")
        .uid("uid value & more")
        .gid("gid value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "user")]
#[tokio::test]
async fn create_role_bindings() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings",
        query: &[("namespace", "namespace value & more")],
        body: Some(
            "{\"identities\":[{\"identity_type\":\"text\",\"uid\":\"text\",\"gid\":\"text\"}],\"role\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_role_bindings(
            "namespace value & more",
            match serde_json::from_str::<
                crate::types::CreateRoleBindingsRequest,
            >(
                "{\"identities\":[{\"identity_type\":\"text\",\"uid\":\"text\",\"gid\":\"text\"}],\"role\":\"text\"}",
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
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn create_role_bindings_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings",
        query: &[("namespace", "namespace value & more")],
        body: Some(
            "{\"identities\":[{\"identity_type\":\"text\",\"uid\":\"text\",\"gid\":\"text\"}],\"role\":\"text\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_role_bindings(
            "namespace value & more",
            match serde_json::from_str::<
                crate::types::CreateRoleBindingsRequest,
            >(
                "{\"identities\":[{\"identity_type\":\"text\",\"uid\":\"text\",\"gid\":\"text\"}],\"role\":\"text\"}",
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
#[cfg(feature = "user")]
#[tokio::test]
async fn update_user_role_bindings() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings/user/uid%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: Some("{\"roles\":[\"text\"]}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_user_role_bindings(
            "namespace value & more",
            "uid a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateRoleBindingsRequest,
            >("{\"roles\":[\"text\"]}") {
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
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn update_user_role_bindings_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings/user/uid%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: Some("{\"roles\":[\"text\"]}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_user_role_bindings(
            "namespace value & more",
            "uid a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateRoleBindingsRequest,
            >("{\"roles\":[\"text\"]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[tokio::test]
async fn delete_user_role_bindings() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/role-bindings/user/uid%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_user_role_bindings("namespace value & more", "uid a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn delete_user_role_bindings_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/role-bindings/user/uid%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_user_role_bindings("namespace value & more", "uid a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[tokio::test]
async fn update_group_role_bindings() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings/group/gid%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: Some("{\"roles\":[\"text\"]}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_group_role_bindings(
            "namespace value & more",
            "gid a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateRoleBindingsRequest,
            >("{\"roles\":[\"text\"]}") {
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
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn update_group_role_bindings_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/policy/role-bindings/group/gid%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: Some("{\"roles\":[\"text\"]}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_group_role_bindings(
            "namespace value & more",
            "gid a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateRoleBindingsRequest,
            >("{\"roles\":[\"text\"]}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[tokio::test]
async fn delete_group_role_bindings() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/role-bindings/group/gid%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_group_role_bindings("namespace value & more", "gid a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "user")]
#[cfg(feature = "blocking")]
#[test]
fn delete_group_role_bindings_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/policy/role-bindings/group/gid%20a%2Fb%3Fc%20d",
        query: &[("namespace", "namespace value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_group_role_bindings("namespace value & more", "gid a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_workflow("projectKey value & more", "workflowKey a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_workflow("projectKey value & more", "workflowKey a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_workflow_tasks("workflowKey a/b?c d")
        .project_key("projectKey value & more")
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_workflow_tasks("workflowKey a/b?c d")
        .project_key("projectKey value & more")
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_workflow_task("workflowKey value & more", 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_workflow_task("workflowKey value & more", 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn execute_workflow() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/task",
        query: &[],
        body: Some(
            "{\"project_key\":\"helm\",\"workflow_key\":\"test-openapi\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[]},\"value\":\"\"}],\"inputs\":[{\"job_name\":\"build-myapps\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.******.com/test\",\"service_list\":[{\"service_module\":\"aslan\",\"service_name\":\"zadig\",\"repo_info\":[{\"codehost_name\":\"koderover\",\"repo_namespace\":\"koderover\",\"repo_name\":\"zadig\",\"branch\":\"main\",\"prs\":[]}],\"inputs\":[{\"key\":\"username\",\"value\":\"admin\"},{\"key\":\"password\",\"value\":\"Zadig\"}]}]}},{\"job_name\":\"deploy-myapps\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"zadig\",\"service_module\":\"aslan\",\"image_name\":\"koderover.******.com/test/aslan:main\",\"value_merge_strategy\":\"override\"},{\"service_name\":\"zadig\",\"service_module\":\"zadig-portal\",\"image_name\":\"koderover.******.com/test/zadig-portal:main\",\"value_merge_strategy\":\"reuse-values\"}]}},{\"job_name\":\"jira-issue-update\",\"job_type\":\"freestyle\",\"parameters\":{\"kv\":[{\"key\":\"IssueID\",\"value\":\"ZAD-10126\"},{\"key\":\"FromStatus\",\"value\":\"Testing\"},{\"key\":\"TargetStatus\",\"value\":\"ToBeReleased\"}]}},{\"job_name\":\"deploy-my-app\",\"job_type\":\"custom-deploy\",\"parameters\":{\"target_list\":[{\"workload_type\":\"Deployment\",\"workload_name\":\"service2\",\"container_name\":\"service2\",\"image_name\":\"koderover.***.com/test/service2:0505\"}]}},{\"job_name\":\"sql\",\"job_type\":\"sql\",\"parameters\":{\"database_name\":\"mysql\",\"sql\":\"show databases;\"}}],\"notify_inputs\":[{\"id\":1,\"type\":\"feishu_person\",\"lark_person_notification_config\":{\"users\":[{\"id\":\"35g99291\",\"id_type\":\"user_id\"}],\"dynamic_recipients\":[]}}]}",
        ),
        reply: Reply::Json(
            "{\"project_name\":\"simple-service-demo\",\"workflow_name\":\"openapi-test\",\"task_id\":20}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .execute_workflow(
            match serde_json::from_str::<
                crate::types::ExecuteWorkflowRequest,
            >(
                "{\"project_key\":\"helm\",\"workflow_key\":\"test-openapi\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[]},\"value\":\"\"}],\"inputs\":[{\"job_name\":\"build-myapps\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.******.com/test\",\"service_list\":[{\"service_module\":\"aslan\",\"service_name\":\"zadig\",\"repo_info\":[{\"codehost_name\":\"koderover\",\"repo_namespace\":\"koderover\",\"repo_name\":\"zadig\",\"branch\":\"main\",\"prs\":[]}],\"inputs\":[{\"key\":\"username\",\"value\":\"admin\"},{\"key\":\"password\",\"value\":\"Zadig\"}]}]}},{\"job_name\":\"deploy-myapps\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"zadig\",\"service_module\":\"aslan\",\"image_name\":\"koderover.******.com/test/aslan:main\",\"value_merge_strategy\":\"override\"},{\"service_name\":\"zadig\",\"service_module\":\"zadig-portal\",\"image_name\":\"koderover.******.com/test/zadig-portal:main\",\"value_merge_strategy\":\"reuse-values\"}]}},{\"job_name\":\"jira-issue-update\",\"job_type\":\"freestyle\",\"parameters\":{\"kv\":[{\"key\":\"IssueID\",\"value\":\"ZAD-10126\"},{\"key\":\"FromStatus\",\"value\":\"Testing\"},{\"key\":\"TargetStatus\",\"value\":\"ToBeReleased\"}]}},{\"job_name\":\"deploy-my-app\",\"job_type\":\"custom-deploy\",\"parameters\":{\"target_list\":[{\"workload_type\":\"Deployment\",\"workload_name\":\"service2\",\"container_name\":\"service2\",\"image_name\":\"koderover.***.com/test/service2:0505\"}]}},{\"job_name\":\"sql\",\"job_type\":\"sql\",\"parameters\":{\"database_name\":\"mysql\",\"sql\":\"show databases;\"}}],\"notify_inputs\":[{\"id\":1,\"type\":\"feishu_person\",\"lark_person_notification_config\":{\"users\":[{\"id\":\"35g99291\",\"id_type\":\"user_id\"}],\"dynamic_recipients\":[]}}]}",
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn execute_workflow_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/task",
        query: &[],
        body: Some(
            "{\"project_key\":\"helm\",\"workflow_key\":\"test-openapi\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[]},\"value\":\"\"}],\"inputs\":[{\"job_name\":\"build-myapps\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.******.com/test\",\"service_list\":[{\"service_module\":\"aslan\",\"service_name\":\"zadig\",\"repo_info\":[{\"codehost_name\":\"koderover\",\"repo_namespace\":\"koderover\",\"repo_name\":\"zadig\",\"branch\":\"main\",\"prs\":[]}],\"inputs\":[{\"key\":\"username\",\"value\":\"admin\"},{\"key\":\"password\",\"value\":\"Zadig\"}]}]}},{\"job_name\":\"deploy-myapps\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"zadig\",\"service_module\":\"aslan\",\"image_name\":\"koderover.******.com/test/aslan:main\",\"value_merge_strategy\":\"override\"},{\"service_name\":\"zadig\",\"service_module\":\"zadig-portal\",\"image_name\":\"koderover.******.com/test/zadig-portal:main\",\"value_merge_strategy\":\"reuse-values\"}]}},{\"job_name\":\"jira-issue-update\",\"job_type\":\"freestyle\",\"parameters\":{\"kv\":[{\"key\":\"IssueID\",\"value\":\"ZAD-10126\"},{\"key\":\"FromStatus\",\"value\":\"Testing\"},{\"key\":\"TargetStatus\",\"value\":\"ToBeReleased\"}]}},{\"job_name\":\"deploy-my-app\",\"job_type\":\"custom-deploy\",\"parameters\":{\"target_list\":[{\"workload_type\":\"Deployment\",\"workload_name\":\"service2\",\"container_name\":\"service2\",\"image_name\":\"koderover.***.com/test/service2:0505\"}]}},{\"job_name\":\"sql\",\"job_type\":\"sql\",\"parameters\":{\"database_name\":\"mysql\",\"sql\":\"show databases;\"}}],\"notify_inputs\":[{\"id\":1,\"type\":\"feishu_person\",\"lark_person_notification_config\":{\"users\":[{\"id\":\"35g99291\",\"id_type\":\"user_id\"}],\"dynamic_recipients\":[]}}]}",
        ),
        reply: Reply::Json(
            "{\"project_name\":\"simple-service-demo\",\"workflow_name\":\"openapi-test\",\"task_id\":20}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .execute_workflow(
            match serde_json::from_str::<
                crate::types::ExecuteWorkflowRequest,
            >(
                "{\"project_key\":\"helm\",\"workflow_key\":\"test-openapi\",\"parameters\":[{\"name\":\"test\",\"type\":\"string\",\"value\":\"zadig\"},{\"name\":\"abc\",\"type\":\"choice\",\"value\":\"123\"},{\"name\":\"repo1\",\"type\":\"repo\",\"repo\":{\"codehost_name\":\"gitlab\",\"repo_namespace\":\"kr-poc\",\"repo_name\":\"num_test\",\"branch\":\"master\",\"prs\":[]},\"value\":\"\"}],\"inputs\":[{\"job_name\":\"build-myapps\",\"job_type\":\"zadig-build\",\"parameters\":{\"registry\":\"https://koderover.******.com/test\",\"service_list\":[{\"service_module\":\"aslan\",\"service_name\":\"zadig\",\"repo_info\":[{\"codehost_name\":\"koderover\",\"repo_namespace\":\"koderover\",\"repo_name\":\"zadig\",\"branch\":\"main\",\"prs\":[]}],\"inputs\":[{\"key\":\"username\",\"value\":\"admin\"},{\"key\":\"password\",\"value\":\"Zadig\"}]}]}},{\"job_name\":\"deploy-myapps\",\"job_type\":\"zadig-deploy\",\"parameters\":{\"env_name\":\"dev\",\"service_list\":[{\"service_name\":\"zadig\",\"service_module\":\"aslan\",\"image_name\":\"koderover.******.com/test/aslan:main\",\"value_merge_strategy\":\"override\"},{\"service_name\":\"zadig\",\"service_module\":\"zadig-portal\",\"image_name\":\"koderover.******.com/test/zadig-portal:main\",\"value_merge_strategy\":\"reuse-values\"}]}},{\"job_name\":\"jira-issue-update\",\"job_type\":\"freestyle\",\"parameters\":{\"kv\":[{\"key\":\"IssueID\",\"value\":\"ZAD-10126\"},{\"key\":\"FromStatus\",\"value\":\"Testing\"},{\"key\":\"TargetStatus\",\"value\":\"ToBeReleased\"}]}},{\"job_name\":\"deploy-my-app\",\"job_type\":\"custom-deploy\",\"parameters\":{\"target_list\":[{\"workload_type\":\"Deployment\",\"workload_name\":\"service2\",\"container_name\":\"service2\",\"image_name\":\"koderover.***.com/test/service2:0505\"}]}},{\"job_name\":\"sql\",\"job_type\":\"sql\",\"parameters\":{\"database_name\":\"mysql\",\"sql\":\"show databases;\"}}],\"notify_inputs\":[{\"id\":1,\"type\":\"feishu_person\",\"lark_person_notification_config\":{\"users\":[{\"id\":\"35g99291\",\"id_type\":\"user_id\"}],\"dynamic_recipients\":[]}}]}",
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn cancel_workflow_task() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/custom/task",
        query: &[("taskId", "7"), ("workflowKey", "workflowKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .cancel_workflow_task("workflowKey value & more", 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn cancel_workflow_task_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/custom/task",
        query: &[("taskId", "7"), ("workflowKey", "workflowKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .cancel_workflow_task("workflowKey value & more", 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn retry_workflow_task() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/workflowKey%20a%2Fb%3Fc%20d/task/7",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .retry_workflow_task("workflowKey a/b?c d", 7i64)
        .project_key("projectKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn retry_workflow_task_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/workflowKey%20a%2Fb%3Fc%20d/task/7",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .retry_workflow_task("workflowKey a/b?c d", 7i64)
        .project_key("projectKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn update_workflow_task_remark() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/workflows/custom/name%20a%2Fb%3Fc%20d/task/7",
        query: &[],
        body: Some("{\"remark\":\"text\"}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_workflow_task_remark(
            "name a/b?c d",
            7i64,
            match serde_json::from_str::<
                crate::types::UpdateWorkflowTaskRemarkRequest,
            >("{\"remark\":\"text\"}") {
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn update_workflow_task_remark_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/workflows/custom/name%20a%2Fb%3Fc%20d/task/7",
        query: &[],
        body: Some("{\"remark\":\"text\"}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_workflow_task_remark(
            "name a/b?c d",
            7i64,
            match serde_json::from_str::<
                crate::types::UpdateWorkflowTaskRemarkRequest,
            >("{\"remark\":\"text\"}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn get_workflow_task_manual_exec() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/custom/name%20a%2Fb%3Fc%20d/task/7/manual-exec",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"text\",\"workflow_key\":\"text\",\"task_id\":1,\"status\":\"disabled\",\"stage_name\":\"text\",\"can_execute\":true,\"executors\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_workflow_task_manual_exec("projectKey value & more", "name a/b?c d", 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn get_workflow_task_manual_exec_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/custom/name%20a%2Fb%3Fc%20d/task/7/manual-exec",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"project_key\":\"text\",\"workflow_key\":\"text\",\"task_id\":1,\"status\":\"disabled\",\"stage_name\":\"text\",\"can_execute\":true,\"executors\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\"}]}",
        ),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_workflow_task_manual_exec("projectKey value & more", "name a/b?c d", 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn manual_exec_workflow_task() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/name%20a%2Fb%3Fc%20d/task/7/manual-exec",
        query: &[("projectKey", "projectKey value & more")],
        body: Some("{\"stage_name\":\"text\"}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .manual_exec_workflow_task(
            "projectKey value & more",
            "name a/b?c d",
            7i64,
            match serde_json::from_str::<
                crate::types::ManualExecWorkflowTaskRequest,
            >("{\"stage_name\":\"text\"}") {
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn manual_exec_workflow_task_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom/name%20a%2Fb%3Fc%20d/task/7/manual-exec",
        query: &[("projectKey", "projectKey value & more")],
        body: Some("{\"stage_name\":\"text\"}"),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .manual_exec_workflow_task(
            "projectKey value & more",
            "name a/b?c d",
            7i64,
            match serde_json::from_str::<
                crate::types::ManualExecWorkflowTaskRequest,
            >("{\"stage_name\":\"text\"}") {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn create_workflow() {
    let exchange = Exchange {
        method: "POST",
        path: "/api/aslan/workflow/v4",
        query: &[("viewName", "viewName value & more")],
        body: Some(
            "{\"name\":\"workflow-demo\",\"display_name\":\"workflow-demo\",\"project\":\"demo\",\"description\":\"workflow-demo description\",\"concurrency_limit\":5,\"stages\":[{\"name\":\"Build\",\"parallel\":true,\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"run_policy\":\"\",\"spec\":{\"docker_registry_id\":\"62c**********\",\"service_and_builds\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"nginx\",\"value\":\"service1/service1\",\"build_name\":\"build-demo\"}]},\"skipped\":false,\"service_modules\":[]}]},{\"name\":\"Deploy\",\"parallel\":true,\"approval\":{\"enabled\":true,\"type\":\"native\",\"native_approval\":{\"approve_users\":[{\"user_name\":\"admin\",\"user_id\":\"9792310b-**********\",\"type\":\"\"},{\"user_name\":\"sre-admin\",\"user_id\":\"9837370s-**********\",\"type\":\"\"}],\"timeout\":5,\"needed_approvers\":1,\"flat_approve_users\":[],\"reject_or_approve\":\"\",\"instance_code\":\"\"},\"status\":\"\",\"description\":\"\"},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"spec\":{\"env\":\"dev\",\"production\":false,\"deploy_contents\":[\"image\"],\"skip_check_run_status\":false,\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_images\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"value\":\"service1/service1\"}]},\"skipped\":false,\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"Test\",\"parallel\":true,\"jobs\":[{\"name\":\"test\",\"type\":\"zadig-test\",\"spec\":{\"test_type\":\"service_test\",\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_tests\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"name\":\"smoke-test\",\"project_name\":\"voting-app\"}]},\"skipped\":false,\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"Distribute\",\"parallel\":true,\"jobs\":[{\"name\":\"common\",\"type\":\"freestyle\",\"run_policy\":\"\",\"spec\":{\"properties\":{\"timeout\":60,\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"memory_limit\":512},\"cluster_id\":\"\",\"build_os\":\"focal\",\"image_id\":\"630xxxxxxxxxxxx\",\"image_from\":\"koderover\",\"envs\":[{\"key\":\"key1\",\"value\":\"val1\",\"type\":\"string\",\"is_credential\":false}],\"cache_enable\":true,\"cache_dir_type\":\"workspace\",\"cache_user_dir\":\"\"},\"steps\":[{\"name\":\"tools\",\"type\":\"tools\",\"spec\":{\"installs\":[{\"name\":\"go\",\"version\":\"1.19.3\",\"id\":\"go1.19.3\"}]}},{\"name\":\"git\",\"type\":\"git\",\"spec\":{\"repos\":[{\"codehost_id\":23,\"repo_owner\":\"owner1\",\"repo_name\":\"hello\",\"source\":\"GitHub\",\"branch\":\"main\",\"checkout_path\":\"\",\"remote_name\":\"origin\",\"submodules\":false,\"hidden\":false,\"repo_namespace\":\"owner1\"}]}},{\"name\":\"shell\",\"type\":\"shell\",\"spec\":{\"script\":\"#!/bin/bash\\nset -e\\necho hello\"}}]},\"skipped\":false,\"service_modules\":[]}]},{\"name\":\"Image Distribution\",\"parallel\":true,\"jobs\":[{\"name\":\"image-release\",\"type\":\"zadig-distribute-image\",\"run_policy\":\"\",\"isCreate\":true,\"spec\":{\"source\":\"fromjob\",\"job_name\":\"build\",\"source_registry_id\":\"\",\"target_registry_id\":\"630xxxxxxxxxxxx\",\"targets\":[{\"service_name\":\"n-1\",\"service_module\":\"nginx-latest\",\"image_name\":\"nginx\",\"value\":\"n-1/nginx-latest\"}],\"timeout\":10,\"cluster_id\":\"\",\"params\":[]},\"skipped\":false,\"service_modules\":[]}]}],\"disabled\":false,\"category\":\"\",\"params\":[],\"created_by\":\"\",\"create_time\":0,\"updated_by\":\"\",\"update_time\":0,\"notify_ctls\":[],\"remark_required\":false,\"share_storages\":[],\"hash\":\"\",\"enable_approval_ticket\":false,\"approval_ticket_id\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_workflow(
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"workflow-demo\",\"display_name\":\"workflow-demo\",\"project\":\"demo\",\"description\":\"workflow-demo description\",\"concurrency_limit\":5,\"stages\":[{\"name\":\"Build\",\"parallel\":true,\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"run_policy\":\"\",\"spec\":{\"docker_registry_id\":\"62c**********\",\"service_and_builds\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"nginx\",\"value\":\"service1/service1\",\"build_name\":\"build-demo\"}]},\"skipped\":false,\"service_modules\":[]}]},{\"name\":\"Deploy\",\"parallel\":true,\"approval\":{\"enabled\":true,\"type\":\"native\",\"native_approval\":{\"approve_users\":[{\"user_name\":\"admin\",\"user_id\":\"9792310b-**********\",\"type\":\"\"},{\"user_name\":\"sre-admin\",\"user_id\":\"9837370s-**********\",\"type\":\"\"}],\"timeout\":5,\"needed_approvers\":1,\"flat_approve_users\":[],\"reject_or_approve\":\"\",\"instance_code\":\"\"},\"status\":\"\",\"description\":\"\"},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"spec\":{\"env\":\"dev\",\"production\":false,\"deploy_contents\":[\"image\"],\"skip_check_run_status\":false,\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_images\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"value\":\"service1/service1\"}]},\"skipped\":false,\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"Test\",\"parallel\":true,\"jobs\":[{\"name\":\"test\",\"type\":\"zadig-test\",\"spec\":{\"test_type\":\"service_test\",\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_tests\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"name\":\"smoke-test\",\"project_name\":\"voting-app\"}]},\"skipped\":false,\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"Distribute\",\"parallel\":true,\"jobs\":[{\"name\":\"common\",\"type\":\"freestyle\",\"run_policy\":\"\",\"spec\":{\"properties\":{\"timeout\":60,\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"memory_limit\":512},\"cluster_id\":\"\",\"build_os\":\"focal\",\"image_id\":\"630xxxxxxxxxxxx\",\"image_from\":\"koderover\",\"envs\":[{\"key\":\"key1\",\"value\":\"val1\",\"type\":\"string\",\"is_credential\":false}],\"cache_enable\":true,\"cache_dir_type\":\"workspace\",\"cache_user_dir\":\"\"},\"steps\":[{\"name\":\"tools\",\"type\":\"tools\",\"spec\":{\"installs\":[{\"name\":\"go\",\"version\":\"1.19.3\",\"id\":\"go1.19.3\"}]}},{\"name\":\"git\",\"type\":\"git\",\"spec\":{\"repos\":[{\"codehost_id\":23,\"repo_owner\":\"owner1\",\"repo_name\":\"hello\",\"source\":\"GitHub\",\"branch\":\"main\",\"checkout_path\":\"\",\"remote_name\":\"origin\",\"submodules\":false,\"hidden\":false,\"repo_namespace\":\"owner1\"}]}},{\"name\":\"shell\",\"type\":\"shell\",\"spec\":{\"script\":\"#!/bin/bash\\nset -e\\necho hello\"}}]},\"skipped\":false,\"service_modules\":[]}]},{\"name\":\"Image Distribution\",\"parallel\":true,\"jobs\":[{\"name\":\"image-release\",\"type\":\"zadig-distribute-image\",\"run_policy\":\"\",\"isCreate\":true,\"spec\":{\"source\":\"fromjob\",\"job_name\":\"build\",\"source_registry_id\":\"\",\"target_registry_id\":\"630xxxxxxxxxxxx\",\"targets\":[{\"service_name\":\"n-1\",\"service_module\":\"nginx-latest\",\"image_name\":\"nginx\",\"value\":\"n-1/nginx-latest\"}],\"timeout\":10,\"cluster_id\":\"\",\"params\":[]},\"skipped\":false,\"service_modules\":[]}]}],\"disabled\":false,\"category\":\"\",\"params\":[],\"created_by\":\"\",\"create_time\":0,\"updated_by\":\"\",\"update_time\":0,\"notify_ctls\":[],\"remark_required\":false,\"share_storages\":[],\"hash\":\"\",\"enable_approval_ticket\":false,\"approval_ticket_id\":\"\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .view_name("viewName value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn create_workflow_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/api/aslan/workflow/v4",
        query: &[("viewName", "viewName value & more")],
        body: Some(
            "{\"name\":\"workflow-demo\",\"display_name\":\"workflow-demo\",\"project\":\"demo\",\"description\":\"workflow-demo description\",\"concurrency_limit\":5,\"stages\":[{\"name\":\"Build\",\"parallel\":true,\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"run_policy\":\"\",\"spec\":{\"docker_registry_id\":\"62c**********\",\"service_and_builds\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"nginx\",\"value\":\"service1/service1\",\"build_name\":\"build-demo\"}]},\"skipped\":false,\"service_modules\":[]}]},{\"name\":\"Deploy\",\"parallel\":true,\"approval\":{\"enabled\":true,\"type\":\"native\",\"native_approval\":{\"approve_users\":[{\"user_name\":\"admin\",\"user_id\":\"9792310b-**********\",\"type\":\"\"},{\"user_name\":\"sre-admin\",\"user_id\":\"9837370s-**********\",\"type\":\"\"}],\"timeout\":5,\"needed_approvers\":1,\"flat_approve_users\":[],\"reject_or_approve\":\"\",\"instance_code\":\"\"},\"status\":\"\",\"description\":\"\"},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"spec\":{\"env\":\"dev\",\"production\":false,\"deploy_contents\":[\"image\"],\"skip_check_run_status\":false,\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_images\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"value\":\"service1/service1\"}]},\"skipped\":false,\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"Test\",\"parallel\":true,\"jobs\":[{\"name\":\"test\",\"type\":\"zadig-test\",\"spec\":{\"test_type\":\"service_test\",\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_tests\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"name\":\"smoke-test\",\"project_name\":\"voting-app\"}]},\"skipped\":false,\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"Distribute\",\"parallel\":true,\"jobs\":[{\"name\":\"common\",\"type\":\"freestyle\",\"run_policy\":\"\",\"spec\":{\"properties\":{\"timeout\":60,\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"memory_limit\":512},\"cluster_id\":\"\",\"build_os\":\"focal\",\"image_id\":\"630xxxxxxxxxxxx\",\"image_from\":\"koderover\",\"envs\":[{\"key\":\"key1\",\"value\":\"val1\",\"type\":\"string\",\"is_credential\":false}],\"cache_enable\":true,\"cache_dir_type\":\"workspace\",\"cache_user_dir\":\"\"},\"steps\":[{\"name\":\"tools\",\"type\":\"tools\",\"spec\":{\"installs\":[{\"name\":\"go\",\"version\":\"1.19.3\",\"id\":\"go1.19.3\"}]}},{\"name\":\"git\",\"type\":\"git\",\"spec\":{\"repos\":[{\"codehost_id\":23,\"repo_owner\":\"owner1\",\"repo_name\":\"hello\",\"source\":\"GitHub\",\"branch\":\"main\",\"checkout_path\":\"\",\"remote_name\":\"origin\",\"submodules\":false,\"hidden\":false,\"repo_namespace\":\"owner1\"}]}},{\"name\":\"shell\",\"type\":\"shell\",\"spec\":{\"script\":\"#!/bin/bash\\nset -e\\necho hello\"}}]},\"skipped\":false,\"service_modules\":[]}]},{\"name\":\"Image Distribution\",\"parallel\":true,\"jobs\":[{\"name\":\"image-release\",\"type\":\"zadig-distribute-image\",\"run_policy\":\"\",\"isCreate\":true,\"spec\":{\"source\":\"fromjob\",\"job_name\":\"build\",\"source_registry_id\":\"\",\"target_registry_id\":\"630xxxxxxxxxxxx\",\"targets\":[{\"service_name\":\"n-1\",\"service_module\":\"nginx-latest\",\"image_name\":\"nginx\",\"value\":\"n-1/nginx-latest\"}],\"timeout\":10,\"cluster_id\":\"\",\"params\":[]},\"skipped\":false,\"service_modules\":[]}]}],\"disabled\":false,\"category\":\"\",\"params\":[],\"created_by\":\"\",\"create_time\":0,\"updated_by\":\"\",\"update_time\":0,\"notify_ctls\":[],\"remark_required\":false,\"share_storages\":[],\"hash\":\"\",\"enable_approval_ticket\":false,\"approval_ticket_id\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_workflow(
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"workflow-demo\",\"display_name\":\"workflow-demo\",\"project\":\"demo\",\"description\":\"workflow-demo description\",\"concurrency_limit\":5,\"stages\":[{\"name\":\"Build\",\"parallel\":true,\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"run_policy\":\"\",\"spec\":{\"docker_registry_id\":\"62c**********\",\"service_and_builds\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"image_name\":\"nginx\",\"value\":\"service1/service1\",\"build_name\":\"build-demo\"}]},\"skipped\":false,\"service_modules\":[]}]},{\"name\":\"Deploy\",\"parallel\":true,\"approval\":{\"enabled\":true,\"type\":\"native\",\"native_approval\":{\"approve_users\":[{\"user_name\":\"admin\",\"user_id\":\"9792310b-**********\",\"type\":\"\"},{\"user_name\":\"sre-admin\",\"user_id\":\"9837370s-**********\",\"type\":\"\"}],\"timeout\":5,\"needed_approvers\":1,\"flat_approve_users\":[],\"reject_or_approve\":\"\",\"instance_code\":\"\"},\"status\":\"\",\"description\":\"\"},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"spec\":{\"env\":\"dev\",\"production\":false,\"deploy_contents\":[\"image\"],\"skip_check_run_status\":false,\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_images\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"value\":\"service1/service1\"}]},\"skipped\":false,\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"Test\",\"parallel\":true,\"jobs\":[{\"name\":\"test\",\"type\":\"zadig-test\",\"spec\":{\"test_type\":\"service_test\",\"source\":\"fromjob\",\"job_name\":\"build\",\"service_and_tests\":[{\"service_name\":\"service1\",\"service_module\":\"service1\",\"name\":\"smoke-test\",\"project_name\":\"voting-app\"}]},\"skipped\":false,\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"Distribute\",\"parallel\":true,\"jobs\":[{\"name\":\"common\",\"type\":\"freestyle\",\"run_policy\":\"\",\"spec\":{\"properties\":{\"timeout\":60,\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"memory_limit\":512},\"cluster_id\":\"\",\"build_os\":\"focal\",\"image_id\":\"630xxxxxxxxxxxx\",\"image_from\":\"koderover\",\"envs\":[{\"key\":\"key1\",\"value\":\"val1\",\"type\":\"string\",\"is_credential\":false}],\"cache_enable\":true,\"cache_dir_type\":\"workspace\",\"cache_user_dir\":\"\"},\"steps\":[{\"name\":\"tools\",\"type\":\"tools\",\"spec\":{\"installs\":[{\"name\":\"go\",\"version\":\"1.19.3\",\"id\":\"go1.19.3\"}]}},{\"name\":\"git\",\"type\":\"git\",\"spec\":{\"repos\":[{\"codehost_id\":23,\"repo_owner\":\"owner1\",\"repo_name\":\"hello\",\"source\":\"GitHub\",\"branch\":\"main\",\"checkout_path\":\"\",\"remote_name\":\"origin\",\"submodules\":false,\"hidden\":false,\"repo_namespace\":\"owner1\"}]}},{\"name\":\"shell\",\"type\":\"shell\",\"spec\":{\"script\":\"#!/bin/bash\\nset -e\\necho hello\"}}]},\"skipped\":false,\"service_modules\":[]}]},{\"name\":\"Image Distribution\",\"parallel\":true,\"jobs\":[{\"name\":\"image-release\",\"type\":\"zadig-distribute-image\",\"run_policy\":\"\",\"isCreate\":true,\"spec\":{\"source\":\"fromjob\",\"job_name\":\"build\",\"source_registry_id\":\"\",\"target_registry_id\":\"630xxxxxxxxxxxx\",\"targets\":[{\"service_name\":\"n-1\",\"service_module\":\"nginx-latest\",\"image_name\":\"nginx\",\"value\":\"n-1/nginx-latest\"}],\"timeout\":10,\"cluster_id\":\"\",\"params\":[]},\"skipped\":false,\"service_modules\":[]}]}],\"disabled\":false,\"category\":\"\",\"params\":[],\"created_by\":\"\",\"create_time\":0,\"updated_by\":\"\",\"update_time\":0,\"notify_ctls\":[],\"remark_required\":false,\"share_storages\":[],\"hash\":\"\",\"enable_approval_ticket\":false,\"approval_ticket_id\":\"\"}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .view_name("viewName value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn update_workflow() {
    let exchange = Exchange {
        method: "PUT",
        path: "/api/aslan/workflow/v4/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_workflow(
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn update_workflow_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/api/aslan/workflow/v4/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_workflow(
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn get_workflow_definition() {
    let exchange = Exchange {
        method: "GET",
        path: "/api/aslan/workflow/v4/name/name%20a%2Fb%3Fc%20d",
        query: &[("encryptedKey", "encryptedKey value & more")],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_workflow_definition("name a/b?c d")
        .encrypted_key("encryptedKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value, "first line\nsecond line\n");
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn get_workflow_definition_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/api/aslan/workflow/v4/name/name%20a%2Fb%3Fc%20d",
        query: &[("encryptedKey", "encryptedKey value & more")],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_workflow_definition("name a/b?c d")
        .encrypted_key("encryptedKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value, "first line\nsecond line\n");
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn create_custom_workflow() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom",
        query: &[("viewName", "viewName value & more")],
        body: Some(
            "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_custom_workflow(
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .view_name("viewName value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn create_custom_workflow_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/custom",
        query: &[("viewName", "viewName value & more")],
        body: Some(
            "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_custom_workflow(
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .view_name("viewName value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn update_custom_workflow() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/workflows/custom/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_custom_workflow(
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn update_custom_workflow_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/workflows/custom/name%20a%2Fb%3Fc%20d",
        query: &[],
        body: Some(
            "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_custom_workflow(
            "name a/b?c d",
            match serde_json::from_str::<
                crate::types::WorkflowDefinition,
            >(
                "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":1,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":1,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"}],\"conflict_count\":1,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\"},\"error\":\"text\"}]}}",
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
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_workflow("projectKey value & more", "workflowKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_workflow("projectKey value & more", "workflowKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
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
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn create_workflow_view() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/view",
        query: &[],
        body: Some(
            "{\"project_key\":\"demo\",\"name\":\"view-demo\",\"workflow_list\":[{\"workflow_key\":\"dev\",\"workflow_type\":\"custom\",\"workflow_name\":\"\",\"enabled\":false},{\"workflow_key\":\"nacos-config-update\",\"workflow_type\":\"custom\",\"workflow_name\":\"\",\"enabled\":false}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_workflow_view(
            match serde_json::from_str::<
                crate::types::CreateWorkflowViewRequest,
            >(
                "{\"project_key\":\"demo\",\"name\":\"view-demo\",\"workflow_list\":[{\"workflow_key\":\"dev\",\"workflow_type\":\"custom\",\"workflow_name\":\"\",\"enabled\":false},{\"workflow_key\":\"nacos-config-update\",\"workflow_type\":\"custom\",\"workflow_name\":\"\",\"enabled\":false}]}",
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn create_workflow_view_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/view",
        query: &[],
        body: Some(
            "{\"project_key\":\"demo\",\"name\":\"view-demo\",\"workflow_list\":[{\"workflow_key\":\"dev\",\"workflow_type\":\"custom\",\"workflow_name\":\"\",\"enabled\":false},{\"workflow_key\":\"nacos-config-update\",\"workflow_type\":\"custom\",\"workflow_name\":\"\",\"enabled\":false}]}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_workflow_view(
            match serde_json::from_str::<
                crate::types::CreateWorkflowViewRequest,
            >(
                "{\"project_key\":\"demo\",\"name\":\"view-demo\",\"workflow_list\":[{\"workflow_key\":\"dev\",\"workflow_type\":\"custom\",\"workflow_name\":\"\",\"enabled\":false},{\"workflow_key\":\"nacos-config-update\",\"workflow_type\":\"custom\",\"workflow_name\":\"\",\"enabled\":false}]}",
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn update_workflow_view() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/workflows/view/viewName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"workflow_list\":[{\"workflow_key\":\"build-deploy\",\"workflow_type\":\"custom\",\"enabled\":true,\"workflow_name\":\"\"}],\"project_key\":\"\",\"name\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_workflow_view(
            "projectKey value & more",
            "viewName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateWorkflowViewRequest,
            >(
                "{\"workflow_list\":[{\"workflow_key\":\"build-deploy\",\"workflow_type\":\"custom\",\"enabled\":true,\"workflow_name\":\"\"}],\"project_key\":\"\",\"name\":\"\"}",
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn update_workflow_view_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/openapi/workflows/view/viewName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: Some(
            "{\"workflow_list\":[{\"workflow_key\":\"build-deploy\",\"workflow_type\":\"custom\",\"enabled\":true,\"workflow_name\":\"\"}],\"project_key\":\"\",\"name\":\"\"}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_workflow_view(
            "projectKey value & more",
            "viewName a/b?c d",
            match serde_json::from_str::<
                crate::types::UpdateWorkflowViewRequest,
            >(
                "{\"workflow_list\":[{\"workflow_key\":\"build-deploy\",\"workflow_type\":\"custom\",\"enabled\":true,\"workflow_name\":\"\"}],\"project_key\":\"\",\"name\":\"\"}",
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn delete_workflow_view() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/view/viewName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_workflow_view("projectKey value & more", "viewName a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn delete_workflow_view_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/view/viewName%20a%2Fb%3Fc%20d",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_workflow_view("projectKey value & more", "viewName a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn create_approval_ticket() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/ticket/approval",
        query: &[],
        body: Some(
            "{\"id\":\"0123456789abcdef01234567\",\"approval_id\":\"text\",\"status\":1,\"project_key\":\"text\",\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":1,\"execution_window_end\":1,\"create_time\":1}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_approval_ticket(
            match serde_json::from_str::<
                crate::types::CreateApprovalTicketRequest,
            >(
                "{\"id\":\"0123456789abcdef01234567\",\"approval_id\":\"text\",\"status\":1,\"project_key\":\"text\",\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":1,\"execution_window_end\":1,\"create_time\":1}",
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn create_approval_ticket_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/ticket/approval",
        query: &[],
        body: Some(
            "{\"id\":\"0123456789abcdef01234567\",\"approval_id\":\"text\",\"status\":1,\"project_key\":\"text\",\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":1,\"execution_window_end\":1,\"create_time\":1}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::MAIN,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_approval_ticket(
            match serde_json::from_str::<
                crate::types::CreateApprovalTicketRequest,
            >(
                "{\"id\":\"0123456789abcdef01234567\",\"approval_id\":\"text\",\"status\":1,\"project_key\":\"text\",\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":1,\"execution_window_end\":1,\"create_time\":1}",
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn stream_workflow_job_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/sse/v4/workflow/workflowName%20a%2Fb%3Fc%20d/7/jobName%20a%2Fb%3Fc%20d/7",
        query: &[],
        body: None,
        reply: Reply::EventStream("data: first line\n\ndata: second line\n\n"),
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn stream_workflow_job_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/sse/v4/workflow/workflowName%20a%2Fb%3Fc%20d/7/jobName%20a%2Fb%3Fc%20d/7",
        query: &[],
        body: None,
        reply: Reply::EventStream("data: first line\n\ndata: second line\n\n"),
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn get_workflow_job_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/log/v4/workflow/workflowName%20a%2Fb%3Fc%20d/7/jobName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn get_workflow_job_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/logs/log/v4/workflow/workflowName%20a%2Fb%3Fc%20d/7/jobName%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Text("first line\nsecond line\n"),
        release: crate::Release::MAIN,
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn execute_product_workflow() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/product/task",
        query: &[],
        body: Some(
            "{\"workflow_key\":\"text\",\"project_key\":\"text\",\"input\":{\"target_env\":\"text\",\"build\":{\"enabled\":true,\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1,\"enable_commit\":false,\"commit_id\":\"\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true}]}]},\"deploy\":{\"enabled\":true,\"source\":\"text\",\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"image_name\":\"text\"}]}}}",
        ),
        reply: Reply::Json(
            "{\"project_name\":\"text\",\"pipeline_name\":\"text\",\"task_id\":1}",
        ),
        release: crate::Release::V3_4_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .execute_product_workflow(
            match serde_json::from_str::<
                crate::types::ExecuteProductWorkflowRequest,
            >(
                "{\"workflow_key\":\"text\",\"project_key\":\"text\",\"input\":{\"target_env\":\"text\",\"build\":{\"enabled\":true,\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1,\"enable_commit\":false,\"commit_id\":\"\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true}]}]},\"deploy\":{\"enabled\":true,\"source\":\"text\",\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"image_name\":\"text\"}]}}}",
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
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn execute_product_workflow_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/openapi/workflows/product/task",
        query: &[],
        body: Some(
            "{\"workflow_key\":\"text\",\"project_key\":\"text\",\"input\":{\"target_env\":\"text\",\"build\":{\"enabled\":true,\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1,\"enable_commit\":false,\"commit_id\":\"\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true}]}]},\"deploy\":{\"enabled\":true,\"source\":\"text\",\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"image_name\":\"text\"}]}}}",
        ),
        reply: Reply::Json(
            "{\"project_name\":\"text\",\"pipeline_name\":\"text\",\"task_id\":1}",
        ),
        release: crate::Release::V3_4_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .execute_product_workflow(
            match serde_json::from_str::<
                crate::types::ExecuteProductWorkflowRequest,
            >(
                "{\"workflow_key\":\"text\",\"project_key\":\"text\",\"input\":{\"target_env\":\"text\",\"build\":{\"enabled\":true,\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1,\"enable_commit\":false,\"commit_id\":\"\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true}]}]},\"deploy\":{\"enabled\":true,\"source\":\"text\",\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"image_name\":\"text\"}]}}}",
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
#[cfg(feature = "workflow")]
#[tokio::test]
async fn list_product_workflow_tasks() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/product/name%20a%2Fb%3Fc%20d/tasks",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"workflow_key\":\"text\",\"project_key\":\"text\",\"task_id\":1,\"create_time\":1,\"task_creator\":\"text\",\"start_time\":1,\"end_time\":1,\"status\":\"disabled\"}]",
        ),
        release: crate::Release::V3_4_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_product_workflow_tasks("projectKey value & more", "name a/b?c d")
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn list_product_workflow_tasks_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/product/name%20a%2Fb%3Fc%20d/tasks",
        query: &[
            ("projectKey", "projectKey value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "[{\"workflow_key\":\"text\",\"project_key\":\"text\",\"task_id\":1,\"create_time\":1,\"task_creator\":\"text\",\"start_time\":1,\"end_time\":1,\"status\":\"disabled\"}]",
        ),
        release: crate::Release::V3_4_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_product_workflow_tasks("projectKey value & more", "name a/b?c d")
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn get_product_workflow_task() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/product/name%20a%2Fb%3Fc%20d/task/7",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"task_id\":1,\"create_time\":1,\"task_creator\":\"text\",\"start_time\":1,\"end_time\":1,\"status\":\"disabled\"}",
        ),
        release: crate::Release::V3_4_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_product_workflow_task("projectKey value & more", "name a/b?c d", 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn get_product_workflow_task_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/openapi/workflows/product/name%20a%2Fb%3Fc%20d/task/7",
        query: &[("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(
            "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"task_id\":1,\"create_time\":1,\"task_creator\":\"text\",\"start_time\":1,\"end_time\":1,\"status\":\"disabled\"}",
        ),
        release: crate::Release::V3_4_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_product_workflow_task("projectKey value & more", "name a/b?c d", 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "workflow")]
#[tokio::test]
async fn delete_product_workflow() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/product",
        query: &[
            ("workflowKey", "workflowKey value & more"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V3_4_0,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .delete_product_workflow("projectKey value & more", "workflowKey value & more")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "workflow")]
#[cfg(feature = "blocking")]
#[test]
fn delete_product_workflow_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/openapi/workflows/product",
        query: &[
            ("workflowKey", "workflowKey value & more"),
            ("projectKey", "projectKey value & more"),
        ],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::V3_4_0,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .delete_product_workflow("projectKey value & more", "workflowKey value & more")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
