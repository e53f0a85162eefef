// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! The route table: what the mock server checks every request against.
/// Every endpoint of the spec, modules by name, endpoints in spec order.
pub(crate) static ROUTES: &[crate::Route] = &[
    crate::Route {
        id: "list_artifact_versions",
        method: "GET",
        path: "/api/aslan/delivery/releases",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"id\":\"0123456789abcdef01234567\",\"version\":\"text\",\"project_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"type\":\"K8SYaml\",\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"original_chart_repo_name\":\"text\",\"chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"status\":\"success\",\"workflow_name\":\"text\",\"task_id\":1,\"error\":\"text\",\"created_by\":\"text\",\"created_at\":1}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_artifact_versions_legacy",
        method: "GET",
        path: "/api/aslan/delivery/releases",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_1),
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"versionInfo\":{\"id\":\"0123456789abcdef01234567\",\"version\":\"text\",\"productName\":\"text\",\"workflowName\":\"text\",\"workflowDisplayName\":\"text\",\"type\":\"text\",\"taskId\":1,\"desc\":\"text\",\"labels\":[\"text\"],\"productEnvInfo\":{\"id\":\"0123456789abcdef01234567\",\"product_name\":\"text\",\"create_time\":1,\"update_time\":1,\"namespace\":\"text\",\"status\":\"text\",\"revision\":1,\"enabled\":true,\"env_name\":\"text\",\"base_env_name\":\"text\",\"update_by\":\"text\",\"visibility\":\"text\",\"services\":[[{\"service_name\":\"text\",\"release_name\":\"text\",\"product_name\":\"text\",\"type\":\"text\",\"revision\":1,\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"error\":\"text\",\"resources\":[{\"Name\":\"text\"}],\"update_time\":1,\"render\":{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"}},\"env_configs\":[{\"env_name\":\"text\",\"host_ids\":[\"text\"],\"labels\":[\"text\"]}],\"rendered_yaml\":\"text\",\"variable_yaml\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"updatable\":true,\"deploy_strategy\":\"text\"}]],\"render\":{\"name\":\"text\",\"revision\":1,\"product_tmpl\":\"text\",\"description\":\"text\"},\"error\":\"text\",\"chart_infos\":[{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"}}],\"isPublic\":true,\"roleIds\":[1],\"cluster_id\":\"text\",\"recycle_day\":1,\"source\":\"text\",\"is_opensource\":true,\"registry_id\":\"text\",\"base_name\":\"text\",\"is_existed\":true,\"share_env\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\"},\"env_configs\":[{\"env_name\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"yaml_data\":\"text\",\"restart_associated_svc\":true,\"common_env_cfg_type\":\"Ingress\",\"services\":[\"text\"],\"git_repo_config\":{\"codehost_id\":1,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"auto_sync\":true,\"production\":true}],\"service_deploy_strategy\":{\"key\":\"text\"},\"analysis_config\":{\"resource_types\":[\"Pod\"]},\"notification_configs\":[{\"webhook_type\":\"feishu\",\"webhook_url\":\"text\",\"events\":[\"notification_event_analyzer_normal\"]}],\"pre_sleep_status\":{\"key\":1},\"default_values\":\"text\",\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"istio_grayscale\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\",\"grayscale_strategy\":\"text\",\"weight_configs\":[{\"env\":\"text\",\"weight\":1}],\"header_match_configs\":[{\"env\":\"text\",\"header_match\":[{\"key\":\"text\",\"match\":\"text\",\"value\":\"text\"}]}]},\"production\":true,\"alias\":\"text\"},\"status\":\"text\",\"progress\":{\"successCount\":1,\"totalCount\":1,\"uploadStatus\":\"text\",\"workflowStatus\":[{\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"target_image\":\"text\",\"status\":\"disabled\"}],\"error\":\"text\"},\"createdBy\":\"text\",\"created_at\":1,\"deleted_at\":1},\"buildInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"imageInfo\":{\"repoName\":\"text\",\"tagName\":\"text\",\"imageSize\":1,\"imageDigest\":\"text\",\"author\":\"text\",\"architecture\":\"text\",\"dockerVersion\":\"text\",\"os\":\"text\",\"creationTime\":\"text\",\"updateTime\":\"text\"},\"imageName\":\"text\",\"packageInfo\":{\"packageFileLocation\":\"text\",\"packageFileName\":\"text\",\"packageStorageUri\":\"text\"},\"issues\":[{\"id\":\"text\",\"key\":\"text\",\"url\":\"text\",\"summary\":\"text\",\"description\":\"text\",\"priority\":\"text\",\"creator\":\"text\",\"assignee\":\"text\",\"reporter\":\"text\"}],\"commits\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1}],\"deployInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"containerName\":\"text\",\"image\":\"text\",\"registry_id\":\"text\",\"yamlContents\":[\"text\"],\"envs\":[{\"key\":\"text\",\"value\":\"text\"}],\"orderedServices\":[[\"text\"]],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1,\"real_service_name\":\"text\",\"service_module\":\"text\",\"image_name\":\"text\"}],\"testInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"testReports\":[{\"testResultPath\":\"text\",\"workflowName\":\"text\",\"taskId\":1,\"testName\":\"text\",\"testSuite\":{\"tests\":1,\"failures\":1,\"successes\":1,\"skips\":1,\"errors\":1,\"time\":1.5,\"system_out\":\"text\",\"system_err\":\"text\",\"testcase\":[{\"tc_name\":\"text\",\"classname\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"skipped\":{},\"system_out\":\"text\",\"system_err\":\"text\",\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}],\"suite_type\":\"text\",\"name\":\"text\"},\"performanceTestSuite\":[{\"label\":\"text\",\"samples\":\"text\",\"average\":\"text\",\"min\":\"text\",\"max\":\"text\",\"line\":\"text\",\"stdDev\":\"text\",\"error\":\"text\",\"throughput\":\"text\",\"receivedKb\":\"text\",\"avgByte\":\"text\"}],\"start_time\":1,\"end_time\":1}],\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1}],\"distributeInfo\":[{\"id\":\"0123456789abcdef01234567\",\"releaseId\":\"0123456789abcdef01234567\",\"serviceName\":\"text\",\"distributeType\":\"file\",\"registryName\":\"text\",\"chartVersion\":\"text\",\"chartName\":\"text\",\"chartRepoName\":\"text\",\"namespace\":\"text\",\"packageFile\":\"text\",\"remoteFileKey\":\"text\",\"destStorageUrl\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"srcStorageUrl\":\"text\",\"start_time\":1,\"end_time\":1,\"created_at\":1,\"deleted_at\":1,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"securityStatsInfo\":[{\"imageName\":\"text\",\"imageId\":\"text\",\"deliverySecurityStatsInfo\":{\"total\":1,\"unkown\":1,\"negligible\":1,\"low\":1,\"medium\":1,\"high\":1,\"critical\":1}}]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_build",
        method: "POST",
        path: "/openapi/build",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "source",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiBuildCreationFromTemplateReq",
            decodes: crate::decodes::<crate::types::OpenApiBuildCreationFromTemplateReq>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_build",
        method: "PUT",
        path: "/openapi/build",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_2_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiBuildCreationReq",
            decodes: crate::decodes::<crate::types::OpenApiBuildCreationReq>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_build_from_template",
        method: "PUT",
        path: "/openapi/build/{name}/template",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_2_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiBuildCreationFromTemplateReq",
            decodes: crate::decodes::<crate::types::OpenApiBuildCreationFromTemplateReq>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_builds",
        method: "GET",
        path: "/openapi/build",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: Some(crate::Paging {
            page_param: "pageNum",
            size_param: "pageSize",
            default_size: 20u64,
            items_field: "builds",
            total_field: Some("total"),
        }),
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"total\":1,\"builds\":[{\"name\":\"text\",\"project_key\":\"text\",\"source\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}]}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_build",
        method: "GET",
        path: "/openapi/build/{buildName}/detail",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_key\":\"text\",\"name\":\"text\",\"source\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"template_name\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"repos\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true}],\"build_env\":{\"basic_image_id\":\"text\",\"basic_image_label\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}]},\"advanced_settings\":{\"timeout\":1,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":1,\"memory_limit\":1,\"cpu_req\":1,\"memory_req\":1,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":1,\"pvc\":\"text\",\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\"}],\"custom_labels\":[{\"key\":\"text\"}],\"outputs\":[\"text\"]},\"build_script\":\"text\",\"parameters\":[{\"key\":\"text\",\"type\":\"string\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true}],\"outputs\":[{\"name\":\"text\",\"description\":\"text\"}],\"post_build\":{\"docker_build\":{\"work_dir\":\"text\",\"docker_file\":\"text\",\"build_args\":\"text\",\"source\":\"text\",\"template_id\":\"text\",\"template_name\":\"text\",\"enable_buildkit\":true,\"platform\":\"text\"},\"object_storage_upload\":{\"enabled\":true,\"object_storage_id\":\"text\",\"upload_detail\":[{\"file_path\":\"text\",\"abs_file_path\":\"text\",\"dest_path\":\"text\"}]},\"file_archive\":{\"file_location\":\"text\"},\"scripts\":\"text\"}}",
                ),
            },
        ],
    },
    crate::Route {
        id: "delete_build",
        method: "DELETE",
        path: "/openapi/build",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "name",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_clusters",
        method: "GET",
        path: "/openapi/system/cluster",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_cluster",
        method: "POST",
        path: "/openapi/system/cluster",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiCreateClusterRequest",
            decodes: crate::decodes::<crate::types::OpenApiCreateClusterRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"cluster\":{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":1,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]},\"agent_cmd\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "update_cluster",
        method: "PUT",
        path: "/openapi/system/cluster/{id}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiCluster",
            decodes: crate::decodes::<crate::types::OpenApiCluster>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_cluster",
        method: "DELETE",
        path: "/openapi/system/cluster/{id}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "check_cluster_istio",
        method: "GET",
        path: "/openapi/cluster/istio/check/{id}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json("true"),
            },
        ],
    },
    crate::Route {
        id: "create_code_scan",
        method: "POST",
        path: "/openapi/quality/codescan",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiCreateScanningReq",
            decodes: crate::decodes::<crate::types::OpenApiCreateScanningReq>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_code_scan_task",
        method: "POST",
        path: "/openapi/quality/codescan/{scanName}/task",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiCreateScanningTaskReq",
            decodes: crate::decodes::<crate::types::OpenApiCreateScanningTaskReq>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"task_id\":1}"),
            },
        ],
    },
    crate::Route {
        id: "get_code_scan_task",
        method: "GET",
        path: "/openapi/quality/codescan/{scanName}/task/{taskID}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"scan_name\":\"text\",\"creator\":\"text\",\"task_id\":1,\"status\":\"text\",\"create_time\":1,\"end_time\":1,\"result_link\":\"text\",\"repo_info\":[{\"repo_owner\":\"text\",\"source\":\"text\",\"address\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"repo_name\":\"text\",\"hidden\":true,\"checkout_path\":\"text\",\"submodules\":true}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_delivery_versions",
        method: "GET",
        path: "/openapi/delivery/releases",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "pageNum",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "pageSize",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: Some(crate::Paging {
            page_param: "pageNum",
            size_param: "pageSize",
            default_size: 0u64,
            items_field: "list",
            total_field: Some("total"),
        }),
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"list\":[{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"K8SYaml\",\"source\":\"manual\",\"status\":\"success\",\"labels\":[\"text\"],\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1}],\"total\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "delete_delivery_version",
        method: "DELETE",
        path: "/openapi/delivery/releases/{id}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_k8s_delivery_version",
        method: "POST",
        path: "/openapi/delivery/releases/k8s",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "K8sDeliveryVersionCreateRequest",
            decodes: crate::decodes::<crate::types::K8sDeliveryVersionCreateRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_helm_delivery_version",
        method: "POST",
        path: "/openapi/delivery/releases/helm",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "HelmDeliveryVersionCreateRequest",
            decodes: crate::decodes::<crate::types::HelmDeliveryVersionCreateRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "retry_delivery_version",
        method: "POST",
        path: "/openapi/delivery/releases/retry",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "id",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "get_delivery_version",
        method: "GET",
        path: "/openapi/delivery/releases/detail",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "versionName",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"version\":\"text\",\"project_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"type\":\"K8SYaml\",\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"status\":\"success\",\"error\":\"text\",\"created_by\":\"text\",\"created_at\":1,\"deleted_at\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_delivery_versions_legacy",
        method: "GET",
        path: "/openapi/delivery/releases",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_1),
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "pageNum",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "pageSize",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: Some(crate::Paging {
            page_param: "pageNum",
            size_param: "pageSize",
            default_size: 0u64,
            items_field: "list",
            total_field: Some("total"),
        }),
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"list\":[{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":1,\"total_count\":1,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":1}],\"total\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_delivery_version_legacy",
        method: "GET",
        path: "/openapi/delivery/releases/{id}",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_1),
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"version_info\":{\"id\":\"0123456789abcdef01234567\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":1,\"total_count\":1,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":1},\"deploy_infos\":[{\"id\":\"0123456789abcdef01234567\",\"service_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"registry_id\":\"text\",\"create_time\":1}],\"distribute_infos\":[{\"id\":\"0123456789abcdef01234567\",\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":1}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_k8s_delivery_version_legacy",
        method: "POST",
        path: "/openapi/delivery/releases/k8s",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_1),
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "K8sDeliveryVersionCreateRequestLegacy",
            decodes: crate::decodes::<
                crate::types::K8sDeliveryVersionCreateRequestLegacy,
            >,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_helm_delivery_version_legacy",
        method: "POST",
        path: "/openapi/delivery/releases/helm",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_1),
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "HelmDeliveryVersionCreateRequestLegacy",
            decodes: crate::decodes::<
                crate::types::HelmDeliveryVersionCreateRequestLegacy,
            >,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_environments",
        method: "GET",
        path: "/openapi/environments",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"env_name\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":false,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_name\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":false,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"envName\":\"text\",\"env_key\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"production\":true,\"registry_id\":\"text\",\"status\":\"text\",\"update_by\":\"text\",\"update_time\":1}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_production_environments",
        method: "GET",
        path: "/openapi/environments/production",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"env_name\":\"dev\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"k8s-fansitest-env-dev\",\"production\":true,\"registry_id\":\"630c7ad700430c131062e245\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690186199},{\"env_name\":\"dev5\",\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"ai-test-2-env-dev\",\"production\":true,\"registry_id\":\"6350be2b4503905e98b4b771\",\"status\":\"success\",\"update_by\":\"admin\",\"update_time\":1690181832}]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"envName\":\"text\",\"env_key\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"production\":true,\"registry_id\":\"text\",\"status\":\"text\",\"update_by\":\"text\",\"update_time\":1}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_environment",
        method: "GET",
        path: "/openapi/environments/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_key\":\"simple-demo\",\"env_key\":\"dev\",\"update_by\":\"admin\",\"update_time\":1689933256,\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"simple-demo-env-dev\",\"registry_id\":\"630c7ad700430c131062e245\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Resource Limit\",\"related_services\":[\"service1\"]}],\"services\":[{\"service_name\":\"service2\",\"containers\":[{\"name\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\"image_name\":\"myapp-1\"}],\"variable_kvs\":[{\"key\":\"env1\",\"value\":\"demo\",\"type\":\"string\"}],\"status\":\"running\",\"type\":\"k8s\"}],\"status\":\"success\"}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_key\":\"text\",\"env_key\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"env_name\":\"text\",\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\"}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":1,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"text\",\"type\":\"text\"}],\"status\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_production_environment",
        method: "GET",
        path: "/openapi/environments/production/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_key\":\"simple-demo\",\"env_key\":\"prod\",\"env_name\":\"prod\",\"update_by\":\"admin\",\"update_time\":1689933256,\"cluster_id\":\"0123456789abcdef12345678\",\"namespace\":\"simple-demo-env-prod\",\"registry_id\":\"630c7ad700430c131062e245\",\"global_variables\":[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Resource Limit\",\"related_services\":[\"service1\"]}],\"services\":[{\"service_name\":\"service2\",\"containers\":[{\"name\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\"image_name\":\"myapp-1\"}],\"variable_kvs\":[{\"key\":\"env1\",\"value\":\"demo\",\"type\":\"string\"}],\"status\":\"running\",\"type\":\"k8s\"}],\"status\":\"success\"}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_key\":\"text\",\"env_key\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"env_name\":\"text\",\"global_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\"}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":1,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"text\",\"type\":\"text\"}],\"status\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_environment_service",
        method: "GET",
        path: "/openapi/environments/{name}/services/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"service_name\":\"service1\",\"scales\":[{\"name\":\"service1\",\"type\":\"Deployment\",\"images\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"image_name\":\"service1\"}],\"pods\":[{\"kind\":\"ReplicaSet\",\"name\":\"service1-5b94c8f98f-hsqfl\",\"status\":\"Running\",\"age\":\"34d\",\"createtime\":1704444315,\"ip\":\"10.200.2.76\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"pod-template-hash\":\"5b94c8f98f\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"containers\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"restart_count\":0,\"status\":\"running\",\"ready\":true,\"ports\":[{\"containerPort\":20211,\"protocol\":\"TCP\"}],\"message\":\"\",\"reason\":\"\",\"started_at\":1704444316}],\"node_name\":\"172.16.0.46\",\"host_ip\":\"172.16.0.46\",\"enable_debug_container\":false,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"\"}],\"replicas\":1,\"zadigx_release_type\":\"\",\"zadigx_release_tag\":\"\"}],\"ingress\":[],\"service_endpoints\":[{\"name\":\"service1\",\"age\":\"119d\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"endpoints\":[{\"service_name\":\"service1\",\"service_port\":20211,\"node_port\":30593}]}],\"cron_jobs\":[],\"namespace\":\"yaml-env-dev\",\"env_name\":\"dev\",\"product_name\":\"yaml\",\"group_name\":\"\"}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"service_name\":\"text\",\"scales\":[{\"name\":\"text\",\"type\":\"text\",\"images\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"pods\":[{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":1,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":1,\"status\":\"text\",\"ready\":true,\"ports\":[{\"name\":\"text\",\"hostPort\":1,\"containerPort\":1,\"protocol\":\"TCP\",\"hostIP\":\"text\"}],\"message\":\"text\",\"reason\":\"text\",\"started_at\":1,\"finished_at\":1}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\"}],\"replicas\":1,\"zadigx_release_type\":\"text\",\"zadigx_release_tag\":\"text\"}],\"ingress\":[{\"name\":\"text\",\"labels\":{\"key\":\"text\"},\"host_info\":[{\"host\":\"text\",\"backend\":[{\"path\":\"text\",\"path_type\":\"text\",\"service_name\":\"text\",\"service_port\":\"text\"}]}],\"ips\":[\"text\"],\"age\":\"text\"}],\"service_endpoints\":[{\"name\":\"text\",\"age\":\"text\",\"labels\":{\"key\":\"text\"},\"endpoints\":[{\"service_name\":\"text\",\"service_port\":1,\"node_port\":1}]}],\"cron_jobs\":[{\"name\":\"text\",\"labels\":{\"key\":\"text\"},\"images\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"pods\":[{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":1,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":1,\"status\":\"text\",\"ready\":true,\"ports\":[{\"name\":\"text\",\"hostPort\":1,\"containerPort\":1,\"protocol\":\"TCP\",\"hostIP\":\"text\"}],\"message\":\"text\",\"reason\":\"text\",\"started_at\":1,\"finished_at\":1}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\"}],\"create_time\":1,\"suspend\":true,\"schedule\":\"text\",\"last_schedule\":\"text\",\"active\":1}],\"namespace\":\"text\",\"env_name\":\"text\",\"product_name\":\"text\",\"group_name\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_production_environment_service",
        method: "GET",
        path: "/openapi/environments/production/{name}/services/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"service_name\":\"service1\",\"scales\":[{\"name\":\"service1\",\"type\":\"Deployment\",\"images\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"image_name\":\"service1\"}],\"pods\":[{\"kind\":\"ReplicaSet\",\"name\":\"service1-5b94c8f98f-hsqfl\",\"status\":\"Running\",\"age\":\"34d\",\"createtime\":1704444315,\"ip\":\"10.200.2.76\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"pod-template-hash\":\"5b94c8f98f\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"containers\":[{\"name\":\"service1\",\"image\":\"koderover.tencentcloudcr.com/test/service1:20231214162411\",\"restart_count\":0,\"status\":\"running\",\"ready\":true,\"ports\":[{\"containerPort\":20211,\"protocol\":\"TCP\"}],\"message\":\"\",\"reason\":\"\",\"started_at\":1704444316}],\"node_name\":\"172.16.0.46\",\"host_ip\":\"172.16.0.46\",\"enable_debug_container\":false,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"\"}],\"replicas\":1,\"zadigx_release_type\":\"\",\"zadigx_release_tag\":\"\"}],\"ingress\":[],\"service_endpoints\":[{\"name\":\"service1\",\"age\":\"119d\",\"labels\":{\"app.kubernetes.io/instance\":\"service1\",\"app.kubernetes.io/name\":\"yaml\",\"s-product\":\"yaml\",\"s-service\":\"service1\"},\"endpoints\":[{\"service_name\":\"service1\",\"service_port\":20211,\"node_port\":30593}]}],\"cron_jobs\":[],\"namespace\":\"yaml-env-dev\",\"env_name\":\"dev\",\"product_name\":\"yaml\",\"group_name\":\"\"}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"service_name\":\"text\",\"scales\":[{\"name\":\"text\",\"type\":\"text\",\"images\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"pods\":[{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":1,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":1,\"status\":\"text\",\"ready\":true,\"ports\":[{\"name\":\"text\",\"hostPort\":1,\"containerPort\":1,\"protocol\":\"TCP\",\"hostIP\":\"text\"}],\"message\":\"text\",\"reason\":\"text\",\"started_at\":1,\"finished_at\":1}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\"}],\"replicas\":1,\"zadigx_release_type\":\"text\",\"zadigx_release_tag\":\"text\"}],\"ingress\":[{\"name\":\"text\",\"labels\":{\"key\":\"text\"},\"host_info\":[{\"host\":\"text\",\"backend\":[{\"path\":\"text\",\"path_type\":\"text\",\"service_name\":\"text\",\"service_port\":\"text\"}]}],\"ips\":[\"text\"],\"age\":\"text\"}],\"service_endpoints\":[{\"name\":\"text\",\"age\":\"text\",\"labels\":{\"key\":\"text\"},\"endpoints\":[{\"service_name\":\"text\",\"service_port\":1,\"node_port\":1}]}],\"cron_jobs\":[{\"name\":\"text\",\"labels\":{\"key\":\"text\"},\"images\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"pods\":[{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":1,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":1,\"status\":\"text\",\"ready\":true,\"ports\":[{\"name\":\"text\",\"hostPort\":1,\"containerPort\":1,\"protocol\":\"TCP\",\"hostIP\":\"text\"}],\"message\":\"text\",\"reason\":\"text\",\"started_at\":1,\"finished_at\":1}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\"}],\"create_time\":1,\"suspend\":true,\"schedule\":\"text\",\"last_schedule\":\"text\",\"active\":1}],\"namespace\":\"text\",\"env_name\":\"text\",\"product_name\":\"text\",\"group_name\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_environment_service_yaml",
        method: "GET",
        path: "/openapi/environments/service/yaml",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "envName",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "serviceName",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Text(
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app.kubernetes.io/instance: service1\n    app.kubernetes.io/name: yaml\n    env: dev\n  name: service1\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/instance: service1\n      app.kubernetes.io/name: yaml\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app.kubernetes.io/instance: service1\n        app.kubernetes.io/name: yaml\n    spec:\n      containers:\n      - command:\n        - /workspace/service1\n        image: koderover.tencentcloudcr.com/test/service1:20250722141750-112-main\n        imagePullPolicy: Always\n        name: service1\n        ports:\n        - containerPort: 20221\n          protocol: TCP\n        resources: {}\nstatus: {}\n\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: service1\n  labels:\n    app.kubernetes.io/name: yaml\n    app.kubernetes.io/instance: service1\nspec:\n  type: NodePort\n  ports:\n    - protocol: TCP\n      port: 20221\n      targetPort: 20221\n",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_production_environment_service_yaml",
        method: "GET",
        path: "/openapi/environments/production/service/yaml",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "envName",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "serviceName",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Text(
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app.kubernetes.io/instance: service1\n    app.kubernetes.io/name: yaml\n    env: dev\n  name: service1\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/instance: service1\n      app.kubernetes.io/name: yaml\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app.kubernetes.io/instance: service1\n        app.kubernetes.io/name: yaml\n    spec:\n      containers:\n      - command:\n        - /workspace/service1\n        image: koderover.tencentcloudcr.com/test/service1:20250722141750-112-main\n        imagePullPolicy: Always\n        name: service1\n        ports:\n        - containerPort: 20221\n          protocol: TCP\n        resources: {}\nstatus: {}\n\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: service1\n  labels:\n    app.kubernetes.io/name: yaml\n    app.kubernetes.io/instance: service1\nspec:\n  type: NodePort\n  ports:\n    - protocol: TCP\n      port: 20221\n      targetPort: 20221\n",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_environment_service_values",
        method: "GET",
        path: "/openapi/environments/service/values",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "envName",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "serviceName",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Text(
                    "a: b\nc: d\nfullnameOverride: service3\nimage:\n    repository: koderover.tencentcloudcr.com/test/service3\n    tag: 20250711170816-5-lilian01\nimagePullSecretsName: default-registry-secret\nport: 20223\nreplicaCount: 4\nresources:\n    limits:\n        cpu: 20m\n        mem: 20Mi\n    requests:\n        cpu: 10m\n        mem: 10Mi\nx: kk\n",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_production_environment_service_values",
        method: "GET",
        path: "/openapi/environments/production/service/values",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "envName",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "serviceName",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Text(
                    "a: b\nc: d\nfullnameOverride: service3\nimage:\n    repository: koderover.tencentcloudcr.com/test/service3\n    tag: 20250711170816-5-lilian01\nimagePullSecretsName: default-registry-secret\nport: 20223\nreplicaCount: 4\nresources:\n    limits:\n        cpu: 20m\n        mem: 20Mi\n    requests:\n        cpu: 10m\n        mem: 10Mi\nx: kk\n",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_environment",
        method: "POST",
        path: "/openapi/environments",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateEnvironmentRequest",
            decodes: crate::decodes::<crate::types::CreateEnvironmentRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "create_production_environment",
        method: "POST",
        path: "/openapi/environments/production",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateEnvironmentRequest",
            decodes: crate::decodes::<crate::types::CreateEnvironmentRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "create_helm_environment",
        method: "POST",
        path: "/openapi/environments/helm",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_2_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateHelmEnvironmentRequest",
            decodes: crate::decodes::<crate::types::CreateHelmEnvironmentRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_environment",
        method: "PUT",
        path: "/openapi/environments/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "EnvironmentDetail",
            decodes: crate::decodes::<crate::types::EnvironmentDetail>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_production_environment",
        method: "PUT",
        path: "/openapi/environments/production/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "EnvironmentDetail",
            decodes: crate::decodes::<crate::types::EnvironmentDetail>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "delete_environment",
        method: "DELETE",
        path: "/openapi/environments/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "isDelete",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "delete_production_environment",
        method: "DELETE",
        path: "/openapi/environments/production/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "add_environment_services",
        method: "POST",
        path: "/openapi/environments/service/yaml",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "AddEnvironmentServicesRequest",
            decodes: crate::decodes::<crate::types::AddEnvironmentServicesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "add_production_environment_services",
        method: "POST",
        path: "/openapi/environments/production/service/yaml",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "AddEnvironmentServicesRequest",
            decodes: crate::decodes::<crate::types::AddEnvironmentServicesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "add_helm_environment_services",
        method: "POST",
        path: "/openapi/environments/helm/{name}/services",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_2_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "AddHelmServicesRequest",
            decodes: crate::decodes::<crate::types::AddHelmServicesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"env_name\":\"text\",\"status\":\"text\",\"err_message\":\"text\"}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "update_environment_services",
        method: "PUT",
        path: "/openapi/environments/{name}/services",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateEnvironmentServicesRequest",
            decodes: crate::decodes::<crate::types::UpdateEnvironmentServicesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_production_environment_services",
        method: "PUT",
        path: "/openapi/environments/production/{name}/services",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateEnvironmentServicesRequest",
            decodes: crate::decodes::<crate::types::UpdateEnvironmentServicesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "delete_environment_services",
        method: "DELETE",
        path: "/openapi/environments/service/yaml",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "DeleteEnvironmentServicesRequest",
            decodes: crate::decodes::<crate::types::DeleteEnvironmentServicesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "delete_production_environment_services",
        method: "DELETE",
        path: "/openapi/environments/production/service/yaml",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "DeleteEnvironmentServicesRequest",
            decodes: crate::decodes::<crate::types::DeleteEnvironmentServicesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "list_environment_global_variables",
        method: "GET",
        path: "/openapi/environments/{name}/variable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Limit\",\"related_services\":[\"service1\",\"service2\"]}]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_production_environment_global_variables",
        method: "GET",
        path: "/openapi/environments/production/{name}/variable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"key\":\"cpuLimit\",\"value\":\"1000m\",\"type\":\"string\",\"options\":[],\"desc\":\"CPU Limit\",\"related_services\":[\"service1\",\"service2\"]}]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "update_environment_global_variables",
        method: "PUT",
        path: "/openapi/environments/{name}/variable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateGlobalVariablesRequest",
            decodes: crate::decodes::<crate::types::UpdateGlobalVariablesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_production_environment_global_variables",
        method: "PUT",
        path: "/openapi/environments/production/{name}/variable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateGlobalVariablesRequest",
            decodes: crate::decodes::<crate::types::UpdateGlobalVariablesRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "create_env_config",
        method: "POST",
        path: "/openapi/environments/{name}/envcfgs",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateEnvConfigRequest",
            decodes: crate::decodes::<crate::types::CreateEnvConfigRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "create_production_env_config",
        method: "POST",
        path: "/openapi/environments/production/{name}/envcfgs",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateEnvConfigRequest",
            decodes: crate::decodes::<crate::types::CreateEnvConfigRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "list_env_configs",
        method: "GET",
        path: "/openapi/environments/{name}/envcfgs",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "type",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"name\":\"game-demo\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\"},{\"name\":\"istio-ca-root-cert\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"update_time\":1687259964}]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"name\":\"text\",\"env_name\":\"text\",\"project_name\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"update_by\":\"text\",\"update_time\":1}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_production_env_configs",
        method: "GET",
        path: "/openapi/environments/production/{name}/envcfgs",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "type",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"name\":\"game-demo\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\"},{\"name\":\"istio-ca-root-cert\",\"env_name\":\"dev\",\"project_name\":\"simple-demo\",\"common_env_cfg_type\":\"ConfigMap\",\"update_time\":1687259964}]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"name\":\"text\",\"env_name\":\"text\",\"project_name\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"update_by\":\"text\",\"update_time\":1}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_env_config",
        method: "GET",
        path: "/openapi/environments/{name}/envcfg/{cfgName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "type",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"product_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"ingress_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\"},\"host_info\":\"text\",\"address\":\"text\",\"ports\":\"text\",\"error_reason\":\"text\"},\"secret_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\"},\"secret_type\":\"text\"},\"pvc_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\"},\"status\":\"text\",\"volume\":\"text\",\"access_modes\":\"text\",\"storage_class\":\"text\",\"capacity\":\"text\"},\"configMap_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\"},\"immutable\":true,\"cm_data\":{\"key\":\"text\"}}}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_production_env_config",
        method: "GET",
        path: "/openapi/environments/production/{name}/envcfg/{cfgName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "type",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"configMap_detail\":{\"name\":\"istio-ca-root-cert\",\"common_env_cfg_type\":\"ConfigMap\",\"created_time\":1686225615,\"env_key\":\"dev\",\"product_key\":\"simple-demo\",\"yaml_data\":\".......\",\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"kr-test\",\"namespace\":\"kr-test-org1\",\"owner\":\"kr-test-org1\",\"repo\":\"config-data\",\"branch\":\"main\"},\"load_path\":\"cm.yaml\",\"auto_sync\":true}}}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"ingress_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\"},\"host_info\":\"text\",\"address\":\"text\",\"ports\":\"text\",\"error_reason\":\"text\"},\"secret_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\"},\"secret_type\":\"text\"},\"pvc_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\"},\"status\":\"text\",\"volume\":\"text\",\"access_modes\":\"text\",\"storage_class\":\"text\",\"capacity\":\"text\"},\"configMap_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"Ingress\",\"created_by\":\"text\",\"created_time\":1,\"update_by\":\"text\",\"update_time\":1,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\"},\"immutable\":true,\"cm_data\":{\"key\":\"text\"}}}",
                ),
            },
        ],
    },
    crate::Route {
        id: "update_env_config",
        method: "PUT",
        path: "/openapi/environments/envcfgs",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateEnvConfigRequest",
            decodes: crate::decodes::<crate::types::UpdateEnvConfigRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_production_env_config",
        method: "PUT",
        path: "/openapi/environments/production/envcfgs",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateEnvConfigRequest",
            decodes: crate::decodes::<crate::types::UpdateEnvConfigRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_env_config",
        method: "DELETE",
        path: "/openapi/environments/{name}/envcfg/{cfgName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "type",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":200}"),
            },
        ],
    },
    crate::Route {
        id: "delete_production_env_config",
        method: "DELETE",
        path: "/openapi/environments/production/{name}/envcfg/{cfgName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "type",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":200}"),
            },
        ],
    },
    crate::Route {
        id: "scale_workload",
        method: "POST",
        path: "/openapi/environments/scale",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ScaleWorkloadRequest",
            decodes: crate::decodes::<crate::types::ScaleWorkloadRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "restart_environment_service",
        method: "POST",
        path: "/openapi/environments/{name}/service/{serviceName}/restart",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "restart_production_environment_service",
        method: "POST",
        path: "/openapi/environments/production/{name}/service/{serviceName}/restart",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "list_environment_service_pods",
        method: "GET",
        path: "/openapi/environments/{name}/service/{serviceName}/pods",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_3_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"service_name\":\"text\",\"pods\":[{\"pod_name\":\"text\",\"status\":\"text\",\"pod_ready\":true,\"containers_ready\":true,\"create_time\":1,\"ip\":\"text\",\"images\":[\"text\"],\"workload_name\":\"text\",\"workload_type\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_production_environment_service_pods",
        method: "GET",
        path: "/openapi/environments/production/{name}/service/{serviceName}/pods",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_3_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"service_name\":\"text\",\"pods\":[{\"pod_name\":\"text\",\"status\":\"text\",\"pod_ready\":true,\"containers_ready\":true,\"create_time\":1,\"ip\":\"text\",\"images\":[\"text\"],\"workload_name\":\"text\",\"workload_type\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "restart_environment_service_pod",
        method: "POST",
        path: "/openapi/environments/{name}/pod/{podName}/restart",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_3_0),
            until: None,
            older_paths: &[
                (
                    zadig_api::Release::V5_0_0,
                    "/openapi/environments/{name}/service/{serviceName}/pod/{podName}/restart",
                ),
            ],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"text\"}"),
            },
        ],
    },
    crate::Route {
        id: "restart_production_environment_service_pod",
        method: "POST",
        path: "/openapi/environments/production/{name}/pod/{podName}/restart",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_3_0),
            until: None,
            older_paths: &[
                (
                    zadig_api::Release::V5_0_0,
                    "/openapi/environments/production/{name}/service/{serviceName}/pod/{podName}/restart",
                ),
            ],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"text\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_deployment_image",
        method: "POST",
        path: "/openapi/environments/image/deployment/{envName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateContainerImageRequest",
            decodes: crate::decodes::<crate::types::UpdateContainerImageRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_statefulset_image",
        method: "POST",
        path: "/openapi/environments/image/statefulset/{envName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateContainerImageRequest",
            decodes: crate::decodes::<crate::types::UpdateContainerImageRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_cronjob_image",
        method: "POST",
        path: "/openapi/environments/image/cronjob/{envName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateContainerImageRequest",
            decodes: crate::decodes::<crate::types::UpdateContainerImageRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_job_image",
        method: "POST",
        path: "/openapi/environments/image/job/{envName}",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::MAIN),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateContainerImageRequest",
            decodes: crate::decodes::<crate::types::UpdateContainerImageRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_environment_events",
        method: "GET",
        path: "/openapi/environments/kube/events",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "envName",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"reason\":\"ScalingReplicaSet\",\"message\":\"Scaled up replica set service1-7cc994479d to 1\",\"first_seen\":1707396095,\"last_seen\":1707396095,\"count\":1,\"type\":\"Normal\"},{\"reason\":\"ScalingReplicaSet\",\"message\":\"Scaled down replica set service1-67455dd499 to 0\",\"first_seen\":1707396102,\"last_seen\":1707396102,\"count\":1,\"type\":\"Normal\"}]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"reason\":\"text\",\"message\":\"text\",\"first_seen\":1,\"last_seen\":1,\"count\":1,\"type\":\"text\"}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "check_workload_k8s_services",
        method: "GET",
        path: "/openapi/environments/{name}/check/workloads/k8services",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[\"service2.Deployment\",\"service1.Deployment\"]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json("[\"text\"]"),
            },
        ],
    },
    crate::Route {
        id: "enable_sub_environment",
        method: "POST",
        path: "/openapi/environments/{name}/share/enable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "disable_sub_environment",
        method: "DELETE",
        path: "/openapi/environments/{name}/share/enable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "check_sub_environment_ready",
        method: "GET",
        path: "/openapi/environments/{name}/check/sharenv/{op}/ready",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"is_ready\":true,\"checks\":{\"namespace_has_istio_label\":false,\"virtualservice_deployed\":false,\"pods_have_istio_proxy\":false,\"workloads_ready\":true,\"workloads_have_k8s_service\":true}}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"is_ready\":true,\"checks\":{\"namespace_has_istio_label\":true,\"virtualservice_deployed\":true,\"pods_have_istio_proxy\":true,\"workloads_ready\":true,\"workloads_have_k8s_service\":true}}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_entry_service",
        method: "GET",
        path: "/openapi/environments/{name}/share/portal/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "set_entry_service",
        method: "POST",
        path: "/openapi/environments/{name}/share/portal/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "Vec<EntryServiceServer>",
            decodes: crate::decodes::<Vec<crate::types::EntryServiceServer>>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "stream_container_logs",
        method: "GET",
        path: "/openapi/logs/sse/pods/{podName}/containers/{containerName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "envName",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "stream",
                status: 200u16,
                body: crate::ExampleBody::Lines(&["\"log message\""]),
            },
        ],
    },
    crate::Route {
        id: "get_statistics_overview",
        method: "GET",
        path: "/openapi/statistics/overview",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_count\":1,\"cluster_count\":1,\"service_count\":1,\"workflow_count\":1,\"env_count\":1,\"artifact_count\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_build_statistics",
        method: "GET",
        path: "/openapi/statistics/build",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"total\":1,\"success\":1,\"data\":[{\"date\":\"text\",\"success\":1,\"failure\":1,\"total\":1}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_deploy_statistics",
        method: "GET",
        path: "/openapi/statistics/deploy",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"total\":1,\"success\":1,\"data\":[{\"project_key\":\"text\",\"production\":true,\"success\":1,\"rollback\":1,\"failed\":1,\"timeout\":1,\"date\":\"text\",\"create_time\":1,\"update_time\":1}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_test_statistics",
        method: "GET",
        path: "/openapi/statistics/test",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"case_count\":1,\"exec_count\":1,\"success_count\":1,\"average_runtime\":1,\"data\":[{\"date\":\"text\",\"success_count\":1,\"timeout_count\":1,\"failed_count\":1}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_release_statistics",
        method: "GET",
        path: "/openapi/statistics/v2/release",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "startTime",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "endTime",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"total\":1,\"success_count\":1,\"daily_stat\":[{\"date\":\"text\",\"total\":1,\"success_count\":1,\"fail_count\":1}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_rollback_statistics_detail",
        method: "GET",
        path: "/openapi/statistics/v2/rollback/detail",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "startTime",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "endTime",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "pageSize",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: Some(crate::Paging {
            page_param: "pageNum",
            size_param: "pageSize",
            default_size: 0u64,
            items_field: "data",
            total_field: Some("total"),
        }),
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"total\":1,\"data\":[{\"project_key\":\"text\",\"env_name\":\"text\",\"env_type\":\"zadig\",\"production\":true,\"operation_type\":\"zadig\",\"service_name\":\"text\",\"service_type\":\"helm\",\"origin_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":1},\"update_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":1},\"origin_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":1},\"update_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":1},\"create_by\":{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\"},\"create_time\":1}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_project",
        method: "POST",
        path: "/openapi/projects/project",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ProjectCreateRequest",
            decodes: crate::decodes::<crate::types::ProjectCreateRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_yaml_project",
        method: "POST",
        path: "/openapi/projects/project/init/yaml",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ProjectInitializeRequest",
            decodes: crate::decodes::<crate::types::ProjectInitializeRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_helm_project",
        method: "POST",
        path: "/openapi/projects/project/init/helm",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ProjectInitializeRequest",
            decodes: crate::decodes::<crate::types::ProjectInitializeRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_projects",
        method: "GET",
        path: "/openapi/projects/project",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: Some(crate::Paging {
            page_param: "pageNum",
            size_param: "pageSize",
            default_size: 20u64,
            items_field: "projects",
            total_field: Some("total"),
        }),
        examples: &[],
    },
    crate::Route {
        id: "get_project",
        method: "GET",
        path: "/openapi/projects/project/detail",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"desc\":\"text\",\"deploy_type\":\"text\",\"create_time\":1,\"created_by\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "delete_project",
        method: "DELETE",
        path: "/openapi/projects/project",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "isDelete",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "get_project_global_variables",
        method: "GET",
        path: "/openapi/projects/project/globalVariable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}],\"production_variables\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_collaboration_mode",
        method: "POST",
        path: "/openapi/collaborations",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_2_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CollaborationModeCreateRequest",
            decodes: crate::decodes::<crate::types::CollaborationModeCreateRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_collaboration_mode",
        method: "DELETE",
        path: "/openapi/collaborations/{name}",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_2_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_registry",
        method: "POST",
        path: "/openapi/system/registry",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiCreateRegistryReq",
            decodes: crate::decodes::<crate::types::OpenApiCreateRegistryReq>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_registries",
        method: "GET",
        path: "/openapi/system/registry",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_registry",
        method: "GET",
        path: "/openapi/system/registry/{id}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true}",
                ),
            },
        ],
    },
    crate::Route {
        id: "update_registry",
        method: "PUT",
        path: "/openapi/system/registry/{id}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiRegistry",
            decodes: crate::decodes::<crate::types::OpenApiRegistry>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_release_plans",
        method: "GET",
        path: "/openapi/release_plan/v1",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "pageNum",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "pageSize",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: Some(crate::Paging {
            page_param: "pageNum",
            size_param: "pageSize",
            default_size: 0u64,
            items_field: "list",
            total_field: Some("total"),
        }),
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"list\":[{\"id\":\"64f58a7ac573f7325c2744b6\",\"index\":31,\"name\":\"test-workflow-0904\",\"manager\":\"admin\",\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1693813370}],\"total\":26}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"list\":[{\"id\":\"0123456789abcdef01234567\",\"index\":1,\"name\":\"text\",\"manager\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1}],\"total\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_release_plan",
        method: "GET",
        path: "/openapi/release_plan/v1/{id}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"id\":\"64f1a7cd1b7bd46ec353b50c\",\"index\":21,\"name\":\"plan-A\",\"manager\":\"admin\",\"manager_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"start_time\":1693558721,\"end_time\":1694016000,\"schedule_execute_time\":1694016000,\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1693558733,\"updated_by\":\"admin\",\"update_time\":1693558750,\"approval\":{\"enabled\":true,\"status\":\"\",\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"timeout\":5,\"approve_users\":[{\"user_id\":\"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\"user_name\":\"admin\",\"reject_or_approve\":\"\",\"comment\":\"\",\"operation_time\":0}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"\"},\"lark_approval\":{\"timeout\":5,\"approval_id\":\"\",\"default_approval_initiator\":null,\"approve_users\":[],\"approval_nodes\":[{\"approve_users\":[],\"type\":\"AND\",\"reject_or_approve\":\"\"}],\"instance_code\":\"\"},\"dingtalk_approval\":{\"timeout\":5,\"approval_id\":\"\",\"default_approval_initiator\":null,\"approval_nodes\":[{\"approve_users\":[],\"type\":\"AND\",\"reject_or_approve\":\"\"}],\"instance_code\":\"\"}},\"jobs\":[{\"id\":\"0b655ad6-5d08-4f1c-8ff6-7eb004c7c7bd\",\"name\":\"中间件变更\",\"type\":\"text\",\"spec\":{\"content\":\"<p>2222</p><p data-f-id=\\\"pbf\\\" style=\\\"text-align: center; font-size: 14px; margin-top: 30px; opacity: 0.65; font-family: sans-serif;\\\">Powered by <a href=\\\"https://www.froala.com/wysiwyg-editor?pb=1\\\" title=\\\"Froala Editor\\\">Froala Editor</a></p>\"},\"status\":\"\",\"last_status\":\"\",\"updated\":true,\"executed_by\":\"\",\"executed_time\":0}],\"status\":\"planning\",\"planning_time\":0,\"approval_time\":0,\"executing_time\":0,\"success_time\":0}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"id\":\"0123456789abcdef01234567\",\"index\":1,\"version\":1,\"name\":\"text\",\"manager\":\"text\",\"manager_id\":\"text\",\"approver_id\":\"text\",\"start_time\":1,\"end_time\":1,\"schedule_execute_time\":1,\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"jira_sprint_association\":{\"jira_id\":\"text\",\"sprints\":[{\"project_name\":\"text\",\"project_key\":\"text\",\"board_id\":1,\"sprint_id\":1,\"sprint_name\":\"text\"}]},\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":1,\"end_time\":1,\"native_approval\":{\"timeout\":1,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"needed_approvers\":1,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":1,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"dingtalk_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":1,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"approval_node_details\":[{\"type\":1,\"apv_rel\":1,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":1,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":1,\"timestamp\":1}]}],\"instance_id\":\"text\"}},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"manager\":\"text\",\"manager_id\":\"text\",\"type\":\"text\",\"status\":\"todo\",\"last_status\":\"todo\",\"updated\":true,\"executed_by\":\"text\",\"executed_time\":1}],\"status\":\"planning\",\"planning_time\":1,\"finish_planning_time\":1,\"approval_time\":1,\"executing_time\":1,\"success_time\":1,\"instance_code\":\"text\",\"hook_settings\":{\"enable\":true,\"enable_call_back\":true,\"hook_events\":[\"finish_planning\"]},\"wait_for_finish_planning_external_check_time\":1,\"wait_for_approve_external_check_time\":1,\"wait_for_execute_external_check_time\":1,\"wait_for_all_done_external_check_time\":1,\"external_check_failed_reason\":\"text\",\"callback_description\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_release_plan",
        method: "POST",
        path: "/openapi/release_plan/v1",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateReleasePlanRequest",
            decodes: crate::decodes::<crate::types::CreateReleasePlanRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"id\":\"6895627bd3a843cb7423728a\"}"),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"id\":\"text\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_release_plan",
        method: "PATCH",
        path: "/openapi/release_plan/v1/{id}",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateReleasePlanRequest",
            decodes: crate::decodes::<crate::types::UpdateReleasePlanRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_services",
        method: "GET",
        path: "/openapi/service/yaml/services",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_production_services",
        method: "GET",
        path: "/openapi/service/yaml/production/services",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_service",
        method: "GET",
        path: "/openapi/service/yaml/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"template_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"yaml\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_production_service",
        method: "GET",
        path: "/openapi/service/yaml/production/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"template_name\":\"text\",\"created_by\":\"text\",\"created_time\":1,\"yaml\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"service_variable_kvs\":[{\"key\":\"text\",\"type\":\"bool\",\"options\":[\"text\"],\"desc\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_service_from_template",
        method: "POST",
        path: "/openapi/service/template/load/yaml",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ServiceFromYamlTemplateRequest",
            decodes: crate::decodes::<crate::types::ServiceFromYamlTemplateRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_production_service_from_template",
        method: "POST",
        path: "/openapi/service/template/production/load/yaml",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ServiceFromYamlTemplateRequest",
            decodes: crate::decodes::<crate::types::ServiceFromYamlTemplateRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_raw_service",
        method: "POST",
        path: "/openapi/service/yaml/raw",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "RawYamlServiceRequest",
            decodes: crate::decodes::<crate::types::RawYamlServiceRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_raw_production_service",
        method: "POST",
        path: "/openapi/service/yaml/production/raw",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "RawYamlServiceRequest",
            decodes: crate::decodes::<crate::types::RawYamlServiceRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_service",
        method: "PUT",
        path: "/openapi/service/yaml/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ServiceConfigUpdate",
            decodes: crate::decodes::<crate::types::ServiceConfigUpdate>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_production_service",
        method: "PUT",
        path: "/openapi/service/yaml/production/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ServiceConfigUpdate",
            decodes: crate::decodes::<crate::types::ServiceConfigUpdate>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_service_variables",
        method: "PUT",
        path: "/openapi/service/yaml/{serviceName}/variable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ServiceVariablesUpdate",
            decodes: crate::decodes::<crate::types::ServiceVariablesUpdate>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_production_service_variables",
        method: "PUT",
        path: "/openapi/service/yaml/production/{serviceName}/variable",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ServiceVariablesUpdate",
            decodes: crate::decodes::<crate::types::ServiceVariablesUpdate>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_service",
        method: "DELETE",
        path: "/openapi/service/yaml/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_production_service",
        method: "DELETE",
        path: "/openapi/service/yaml/production/{serviceName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_service_labels",
        method: "GET",
        path: "/openapi/service/yaml/{name}/labels",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"id\":\"text\",\"label_id\":\"text\",\"key\":\"text\",\"value\":\"text\"}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "load_services_from_code_host",
        method: "POST",
        path: "/openapi/service/loader/load/{codehostId}",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V5_0_0),
            until: Some(zadig_api::Release::V5_0_0),
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "repoOwner",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[
            crate::RequiredWhen {
                name: "repoName",
                on: "repoUUID",
                is: &[""],
                is_not: &[],
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredWhen {
                name: "repoUUID",
                on: "repoName",
                is: &[""],
                is_not: &[],
                served: zadig_api::release::Availability::ALL,
            },
        ],
        body: Some(crate::BodyType {
            name: "ServiceFromCodeHostRequest",
            decodes: crate::decodes::<crate::types::ServiceFromCodeHostRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "load_services_from_code_host_by_name",
        method: "POST",
        path: "/openapi/service/loader/load",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::MAIN),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "codehostName",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "repoOwner",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[
            crate::RequiredWhen {
                name: "repoName",
                on: "repoUUID",
                is: &[""],
                is_not: &[],
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredWhen {
                name: "repoUUID",
                on: "repoName",
                is: &[""],
                is_not: &[],
                served: zadig_api::release::Availability::ALL,
            },
        ],
        body: Some(crate::BodyType {
            name: "ServiceFromCodeHostRequest",
            decodes: crate::decodes::<crate::types::ServiceFromCodeHostRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "load_helm_services",
        method: "POST",
        path: "/openapi/service/helm/load",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V5_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "HelmServiceLoadRequest",
            decodes: crate::decodes::<crate::types::HelmServiceLoadRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"successServices\":[\"text\"],\"failedServices\":[{\"path\":\"text\",\"error\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_helm_service_from_template",
        method: "POST",
        path: "/openapi/service/template/load/helm",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_2_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "HelmServiceFromTemplateRequest",
            decodes: crate::decodes::<crate::types::HelmServiceFromTemplateRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_chart_templates",
        method: "GET",
        path: "/openapi/templates/charts",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::MAIN),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"system_variables\":[{\"key\":\"text\",\"description\":\"text\"}],\"chart_templates\":[{\"name\":\"text\",\"codehost_id\":1,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"path\":\"text\",\"branch\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_operation_logs",
        method: "GET",
        path: "/openapi/system/operation",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "page",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "perPage",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "searchType",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[
            crate::RequiredWhen {
                name: "status",
                on: "searchType",
                is: &["status"],
                is_not: &[],
                served: zadig_api::release::Availability::ALL,
            },
        ],
        body: None,
        paging: Some(crate::Paging {
            page_param: "page",
            size_param: "perPage",
            default_size: 0u64,
            items_field: "operation_logs",
            total_field: Some("total"),
        }),
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"operation_logs\":[{\"username\":\"text\",\"project_key\":\"text\",\"method\":\"text\",\"function\":\"text\",\"scene\":\"text\",\"targets\":[\"text\"],\"detail\":\"text\",\"request_body\":\"text\",\"body_type\":\"json\",\"status\":1,\"created_at\":1}],\"total\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_environment_operation_logs",
        method: "GET",
        path: "/openapi/system/operation/env",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "page",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "perPage",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "searchType",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[
            crate::RequiredWhen {
                name: "status",
                on: "searchType",
                is: &["status"],
                is_not: &[],
                served: zadig_api::release::Availability::ALL,
            },
        ],
        body: None,
        paging: Some(crate::Paging {
            page_param: "page",
            size_param: "perPage",
            default_size: 0u64,
            items_field: "operation_logs",
            total_field: Some("total"),
        }),
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"operation_logs\":[{\"username\":\"text\",\"project_key\":\"text\",\"method\":\"text\",\"function\":\"text\",\"scene\":\"text\",\"targets\":[\"text\"],\"detail\":\"text\",\"request_body\":\"text\",\"body_type\":\"json\",\"status\":1,\"created_at\":1}],\"total\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_cli_context",
        method: "GET",
        path: "/openapi/system/cli/context",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V5_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"user\":{\"uid\":\"text\",\"name\":\"text\",\"account\":\"text\",\"identity_type\":\"text\"},\"edition\":\"text\",\"license_status\":\"text\",\"features\":[\"text\"],\"server_version\":\"text\",\"request_id\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_test_info",
        method: "GET",
        path: "/openapi/quality/testing/{testName}",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::MAIN),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_key\":\"text\",\"test_name\":\"text\",\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"choice_option\":[\"text\"],\"required\":true,\"is_credential\":true,\"has_value\":true,\"description\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_test_task",
        method: "POST",
        path: "/openapi/quality/testing/task",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "OpenApiCreateTestTaskReq",
            decodes: crate::decodes::<crate::types::OpenApiCreateTestTaskReq>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"task_id\":1}"),
            },
        ],
    },
    crate::Route {
        id: "get_test_task",
        method: "GET",
        path: "/openapi/quality/testing/{testName}/task/{taskID}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"test_name\":\"text\",\"task_id\":1,\"creator\":\"text\",\"create_time\":1,\"start_time\":1,\"end_time\":1,\"status\":\"text\",\"test_report\":{\"test_total\":1,\"failure_total\":1,\"success_total\":1,\"skiped_total\":1,\"error_total\":1,\"time\":1.5,\"test_cases\":[{\"name\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}]}}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_users",
        method: "GET",
        path: "/openapi/users",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"users\":[{\"last_login_time\":1,\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\"}],\"total_count\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_user",
        method: "GET",
        path: "/openapi/users/{uid}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"last_login_time\":1,\"uid\":\"text\",\"name\":\"text\",\"identity_type\":\"text\",\"email\":\"text\",\"phone\":\"text\",\"account\":\"text\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_user_groups",
        method: "GET",
        path: "/openapi/user-groups",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"group_list\":[{\"id\":\"text\",\"name\":\"text\",\"system_role_names\":[\"text\"],\"description\":\"text\",\"type\":\"text\",\"user_total\":1}],\"total\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "delete_user",
        method: "DELETE",
        path: "/openapi/users/{uid}",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V4_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_resource_actions",
        method: "GET",
        path: "/openapi/policy/resource-actions",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectName",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"resource\":\"text\",\"alias\":\"text\",\"rules\":[{\"action\":\"text\",\"alias\":\"text\"}]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_roles",
        method: "GET",
        path: "/openapi/policy/roles",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"id\":1,\"name\":\"text\",\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_role",
        method: "GET",
        path: "/openapi/policy/roles/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"id\":1,\"name\":\"text\",\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true,\"rules\":[{\"resource\":\"text\",\"verbs\":[\"text\"]}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_role",
        method: "POST",
        path: "/openapi/policy/roles",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ProjectRoleRequest",
            decodes: crate::decodes::<crate::types::ProjectRoleRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_role",
        method: "PUT",
        path: "/openapi/policy/roles/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ProjectRoleRequest",
            decodes: crate::decodes::<crate::types::ProjectRoleRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_role",
        method: "DELETE",
        path: "/openapi/policy/roles/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_role_bindings",
        method: "GET",
        path: "/openapi/policy/role-bindings",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"binding_type\":\"text\",\"user_info\":{\"identity_type\":\"text\",\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\"},\"group_info\":{\"group_id\":\"text\",\"name\":\"text\",\"user_infos\":[{\"identity_type\":\"text\",\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\"}]},\"roles\":[\"text\"]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_role_bindings",
        method: "POST",
        path: "/openapi/policy/role-bindings",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateRoleBindingsRequest",
            decodes: crate::decodes::<crate::types::CreateRoleBindingsRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_user_role_bindings",
        method: "POST",
        path: "/openapi/policy/role-bindings/user/{uid}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateRoleBindingsRequest",
            decodes: crate::decodes::<crate::types::UpdateRoleBindingsRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_user_role_bindings",
        method: "DELETE",
        path: "/openapi/policy/role-bindings/user/{uid}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_group_role_bindings",
        method: "POST",
        path: "/openapi/policy/role-bindings/group/{gid}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateRoleBindingsRequest",
            decodes: crate::decodes::<crate::types::UpdateRoleBindingsRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_group_role_bindings",
        method: "DELETE",
        path: "/openapi/policy/role-bindings/group/{gid}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "namespace",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "list_workflows",
        method: "GET",
        path: "/openapi/workflows",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"workflows\":[{\"workflow_key\":\"just-deploy\",\"workflow_name\":\"just-deploy\",\"update_by\":\"admin\",\"update_time\":1686217885,\"type\":\"custom\"},{\"workflow_key\":\"xiaxianfuwu\",\"workflow_name\":\"offline service\",\"update_by\":\"admin\",\"update_time\":1686193453,\"type\":\"custom\"}]}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"workflows\":[{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"update_by\":\"text\",\"update_time\":1,\"type\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_workflow",
        method: "GET",
        path: "/openapi/workflows/custom/{workflowKey}/detail",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"workflow_key\":\"build-deploy\",\"workflow_name\":\"build-deploy\",\"project_key\":\"lilian-test\",\"description\":\"\",\"created_by\":\"admin\",\"create_time\":1686192946,\"updated_by\":\"\",\"update_time\":1690180684,\"params\":[{\"name\":\"code\",\"description\":\"\",\"type\":\"repo\",\"value\":\"\",\"repo\":{\"source\":\"gitee\",\"repo_owner\":\"liyue326\",\"repo_namespace\":\"liyue326\",\"repo_name\":\"picture\",\"remote_name\":\"origin\",\"branch\":\"master\",\"hidden\":false,\"is_primary\":false,\"codehost_id\":4,\"oauth_token\":\"\",\"address\":\"\",\"source_from\":\"\",\"param_name\":\"\",\"job_name\":\"\",\"service_name\":\"\",\"service_module\":\"\",\"repo_index\":0,\"submission_id\":\"\"},\"default\":\"\",\"is_credential\":false},{\"name\":\"name\",\"description\":\"\",\"type\":\"string\",\"value\":\"build\",\"repo\":null,\"default\":\"\",\"is_credential\":false}],\"stages\":[{\"name\":\"build\",\"parallel\":true,\"approval\":{\"enabled\":false,\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"Timeout\":5,\"approve_users\":[],\"NeededApprovers\":0},\"dingtalk_approval\":{\"Timeout\":5}},\"jobs\":[{\"name\":\"build\",\"type\":\"zadig-build\",\"skipped\":false,\"spec\":{\"docker_registry_id\":\"630c7ad700430c131062e245\",\"service_and_builds\":[{\"build_name\":\"openapi-build\",\"image\":\"\",\"image_name\":\"service1\",\"key_vals\":[],\"repos\":[],\"service_module\":\"service1\",\"service_name\":\"service1\",\"share_storage_info\":null}]},\"run_policy\":\"\",\"service_modules\":[]}]},{\"name\":\"deploy\",\"parallel\":true,\"approval\":{\"enabled\":false,\"type\":\"native\",\"description\":\"\",\"native_approval\":{\"Timeout\":5,\"approve_users\":[],\"NeededApprovers\":0},\"dingtalk_approval\":{\"Timeout\":5}},\"jobs\":[{\"name\":\"deploy\",\"type\":\"zadig-deploy\",\"skipped\":false,\"spec\":{\"deploy_contents\":[\"image\",\"vars\"],\"deploy_type\":\"\",\"env\":\"dev\",\"job_name\":\"build\",\"origin_job_name\":\"\",\"production\":false,\"service_and_images\":[],\"services\":[{\"key_vals\":[],\"latest_key_vals\":[],\"latest_variable_kvs\":[],\"service_name\":\"service2\",\"updatable\":false,\"update_config\":false,\"variable_configs\":[],\"variable_kvs\":[],\"variable_yaml\":\"\"},{\"key_vals\":[],\"latest_key_vals\":[],\"latest_variable_kvs\":[],\"service_name\":\"service1\",\"updatable\":true,\"update_config\":false,\"variable_configs\":[{\"use_global_variable\":false,\"variable_key\":\"cpuLimit\"},{\"use_global_variable\":false,\"variable_key\":\"memoryLimit\"},{\"use_global_variable\":false,\"variable_key\":\"port\"}],\"variable_kvs\":[],\"variable_yaml\":\"\"}],\"skip_check_run_status\":false,\"source\":\"fromjob\"},\"run_policy\":\"\",\"service_modules\":[]},{\"name\":\"default\",\"type\":\"plugin\",\"skipped\":false,\"spec\":{\"plugin\":{\"args\":[\"echo $(inputs.CONTENT)\"],\"category\":\"\",\"cmds\":[\"/bin/sh\",\"-c\"],\"description\":\"hello world\",\"envs\":[{\"name\":\"CONTENT\",\"value\":\"$(inputs.CONTENT)\"}],\"image\":\"alpine/curl:3.14\",\"inputs\":[{\"default\":\"hello world\",\"description\":\"content to print\",\"is_credential\":false,\"name\":\"CONTENT\",\"repo\":null,\"type\":\"string\",\"value\":\"hello world\"}],\"is_offical\":false,\"name\":\"hello-world\",\"outputs\":[],\"repo_url\":\"\",\"version\":\"v0.0.1\"},\"properties\":{\"build_os\":\"\",\"cache\":{\"medium_type\":\"\",\"nfs_properties\":{\"provision_type\":\"\",\"pvc\":\"\",\"storage_class\":\"\",\"storage_size_in_gib\":0,\"subpath\":\"\"},\"object_properties\":{\"id\":\"\"}},\"cache_dir_type\":\"\",\"cache_enable\":false,\"cache_user_dir\":\"\",\"cluster_id\":\"\",\"custom_envs\":[],\"envs\":[],\"image_from\":\"\",\"image_id\":\"\",\"log_file_name\":\"\",\"namespace\":\"\",\"params\":[],\"registries\":[],\"res_req\":\"low\",\"res_req_spec\":{\"cpu_limit\":1000,\"gpu_limit\":\"\",\"memory_limit\":512},\"retry\":0,\"share_storage_details\":[],\"timeout\":60}},\"run_policy\":\"\",\"service_modules\":[]}]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"wechat\",\"weChat_webHook\":\"xxx\",\"notify_type\":[\"created\",\"failed\"]}],\"share_storages\":[],\"concurrency_limit\":1}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":1,\"updated_by\":\"text\",\"update_time\":1,\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"name\":\"text\",\"parallel\":true,\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"concurrency_limit\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_workflow_tasks",
        method: "GET",
        path: "/openapi/workflows/custom/{workflowKey}/tasks",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: Some(crate::Paging {
            page_param: "pageNum",
            size_param: "pageSize",
            default_size: 10u64,
            items_field: "workflow_tasks",
            total_field: Some("total"),
        }),
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"total\":15,\"workflow_tasks\":[{\"workflow_key\":\"build-deploy\",\"workflow_name\":\"build-deploy\",\"project_key\":\"lilian-test\",\"task_id\":15,\"create_time\":1688543613,\"task_creator\":\"webhook\",\"start_time\":1688543615,\"end_time\":1688543636,\"status\":\"passed\"}]}",
                ),
            },
            crate::Example {
                name: "missing_workflow",
                status: 400u16,
                body: crate::ExampleBody::Json(
                    "{\"code\":400,\"description\":\"workflow name is required\",\"extra\":{},\"message\":\"Bad Request\",\"type\":\"error\"}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"total\":1,\"workflow_tasks\":[{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"task_id\":1,\"create_time\":1,\"task_creator\":\"text\",\"start_time\":1,\"end_time\":1,\"stages\":[{\"name\":\"text\",\"parallel\":true,\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}]}]}],\"status\":\"disabled\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_workflow_task",
        method: "GET",
        path: "/openapi/workflows/custom/task",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "taskId",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "workflowKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"task_id\":24,\"workflow_key\":\"build-images\",\"params\":[{\"name\":\"USERNAME\",\"description\":\"\",\"type\":\"string\",\"value\":\"zadig\",\"default\":\"\",\"is_credential\":false}],\"status\":\"running\",\"task_creator\":\"admin\",\"create_time\":1664161285,\"start_time\":1664161286,\"end_time\":1664172997,\"stages\":[{\"name\":\"build\",\"status\":\"passed\",\"start_time\":1664161286,\"end_time\":1664172974,\"jobs\":[{\"name\":\"a-myapp-1-build-myapps\",\"type\":\"zadig-build\",\"status\":\"passed\",\"start_time\":1664172967,\"end_time\":1664172974,\"spec\":{\"repos\":[{\"source\":\"gitee\",\"repo_owner\":\"kr-test-dev\",\"repo_namespace\":\"kr-test-dev\",\"repo_name\":\"zadig\",\"remote_name\":\"origin\",\"branch\":\"main\",\"commit_id\":\"a13120997b95d8b63f2b5b29c700f89d38a5de54\",\"commit_message\":\"update pkg/microservice/warpdrive/config/const.go.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\"address\":\"https://gitee.com\",\"author_name\":\"grandy\"}],\"image\":\"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\",\"service_name\":\"a\",\"service_module\":\"myapp-1\",\"envs\":[{\"key\":\"username\",\"value\":\"admin\",\"type\":\"string\",\"is_credential\":false},{\"key\":\"password\",\"value\":\"zadig\",\"type\":\"string\",\"is_credential\":true},{\"key\":\"version\",\"value\":\"1\",\"type\":\"string\",\"is_credential\":false}]}}]},{\"name\":\"Deploy\",\"status\":\"passed\",\"start_time\":1664172974,\"end_time\":1664172990,\"approval\":{\"enabled\":true,\"approve_users\":[{\"user_name\":\"admin\",\"reject_or_approve\":\"approve\",\"comment\":\"LGTM\",\"operation_time\":1664172985}],\"timeout\":120,\"needed_approvers\":1,\"description\":\"Need approval to deploy\",\"reject_or_approve\":\"approve\"},\"jobs\":[{\"name\":\"a-myapp-1-deploy-myapps\",\"type\":\"zadig-deploy\",\"status\":\"passed\",\"start_time\":1664172986,\"end_time\":1664172990,\"spec\":{\"env\":\"dev\",\"skip_check_run_status\":false,\"service_and_images\":[{\"service_name\":\"a\",\"service_module\":\"myapp-1\",\"image\":\"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\"}]}}]},{\"name\":\"General task\",\"status\":\"passed\",\"start_time\":1664172990,\"end_time\":1664172993,\"jobs\":[{\"name\":\"echo-hello\",\"type\":\"freestyle\",\"status\":\"passed\",\"start_time\":1664172990,\"end_time\":1664172993,\"spec\":{\"repos\":[{\"source\":\"gitee\",\"repo_owner\":\"kr-test-dev\",\"repo_namespace\":\"kr-test-dev\",\"repo_name\":\"demo-test\",\"remote_name\":\"origin\",\"branch\":\"master\",\"commit_id\":\"2000aba9195bfce73b0a676e48c0ebfe2f59a4a9\",\"commit_message\":\"update org-debug.txt.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\"address\":\"https://gitee.com\",\"author_name\":\"grandy\"}],\"image\":\"\",\"service_name\":\"\",\"service_module\":\"\",\"envs\":[{\"key\":\"myName\",\"value\":\"zadig\",\"type\":\"string\",\"is_credential\":false}]}}]},{\"name\":\"Custom task\",\"status\":\"passed\",\"start_time\":1664172993,\"end_time\":1664172997,\"jobs\":[{\"name\":\"say-hi\",\"type\":\"plugin\",\"status\":\"passed\",\"start_time\":1664172993,\"end_time\":1664172997,\"error\":\"\",\"spec\":{\"name\":\"Output Hello greeting information\",\"is_offical\":false,\"description\":\"Greet specified user\",\"repo_url\":\"\",\"version\":\"v0.0.1\",\"image\":\"koderover.tencentcloudcr.com/koderover-public/greeting-bot:20220923-amd64\",\"args\":[],\"cmds\":[],\"envs\":[{\"name\":\"WHO_AM_I\",\"value\":\"Zadig\"},{\"name\":\"WEATHER_STATUS\",\"value\":\"sunny\"}],\"inputs\":[{\"name\":\"who_am_i\",\"description\":\"who am i\",\"type\":\"string\",\"value\":\"zadig\",\"default\":\"zadig\",\"is_credential\":false},{\"name\":\"weather_status\",\"description\":\"what's the weather like today\",\"type\":\"choice\",\"value\":\"sunny\",\"choice_否\":[\"sunny\",\"cloudy\",\"rainy\"],\"default\":\"sunny\",\"is_credential\":false}],\"outputs\":[]}}]}],\"project_key\":\"simple-service-demo\"}",
                ),
            },
            crate::Example {
                name: "task_not_found",
                status: 500u16,
                body: crate::ExampleBody::Json(
                    "{\"code\":500,\"description\":\"mongo: no documents in result\",\"message\":\"Internal Error: \"}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"task_id\":1,\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":1,\"prs\":[1],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":1,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":1,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":1,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":1,\"shelve_id\":1},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"status\":\"disabled\",\"reverted\":true,\"remark\":\"text\",\"task_creator\":\"text\",\"task_revoker\":\"text\",\"create_time\":1,\"start_time\":1,\"end_time\":1,\"stages\":[{\"name\":\"text\",\"status\":\"disabled\",\"start_time\":1,\"end_time\":1,\"parallel\":true,\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"name\":\"text\",\"key\":\"text\",\"display_name\":\"text\",\"origin_name\":\"text\",\"type\":\"text\",\"status\":\"disabled\",\"reverted\":true,\"start_time\":1,\"end_time\":1,\"cost_seconds\":1,\"error\":\"text\",\"breakpoint_before\":true,\"breakpoint_after\":true,\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":1,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":1}]},\"error_handler_user_id\":\"text\",\"error_handler_username\":\"text\",\"retry_count\":1}],\"error\":\"text\"}],\"project_key\":\"text\",\"error\":\"text\",\"is_restart\":true,\"debug\":true,\"approval_ticket_id\":\"text\",\"approval_id\":\"text\",\"release_plan\":{\"id\":\"text\",\"name\":\"text\",\"index\":1}}",
                ),
            },
        ],
    },
    crate::Route {
        id: "execute_workflow",
        method: "POST",
        path: "/openapi/workflows/custom/task",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ExecuteWorkflowRequest",
            decodes: crate::decodes::<crate::types::ExecuteWorkflowRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_name\":\"simple-service-demo\",\"workflow_name\":\"openapi-test\",\"task_id\":20}",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_name\":\"text\",\"workflow_name\":\"text\",\"task_id\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "cancel_workflow_task",
        method: "DELETE",
        path: "/openapi/workflows/custom/task",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "taskId",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "workflowKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
            crate::Example {
                name: "already_finished",
                status: 400u16,
                body: crate::ExampleBody::Json(
                    "{\"code\":6163,\"description\":\"task: build-images:20 is passed, cannot cancel\",\"extra\":{},\"message\":\"Cancel workflow task failed\",\"type\":\"error\"}",
                ),
            },
            crate::Example {
                name: "task_not_found",
                status: 400u16,
                body: crate::ExampleBody::Json(
                    "{\"code\":6163,\"description\":\"mongo: no documents in result\",\"extra\":{},\"message\":\"Cancel workflow task failed\",\"type\":\"error\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "retry_workflow_task",
        method: "POST",
        path: "/openapi/workflows/custom/{workflowKey}/task/{taskID}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
            crate::Example {
                name: "task_not_found",
                status: 400u16,
                body: crate::ExampleBody::Json(
                    "{\"code\":6161,\"description\":\"mongo: no documents in result\",\"extra\":{},\"message\":\"Get workflow task failed\",\"type\":\"error\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "approve_workflow_task",
        method: "POST",
        path: "/openapi/workflows/custom/task/approve",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ApproveWorkflowTaskRequest",
            decodes: crate::decodes::<crate::types::ApproveWorkflowTaskRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
            crate::Example {
                name: "stage_needs_no_approval",
                status: 400u16,
                body: crate::ExampleBody::Json(
                    "{\"code\":6169,\"description\":\"workflow build-images ID 23 stage deploy-myapps do not need approve\",\"extra\":{},\"message\":\"Approve workflow task failed\",\"type\":\"error\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "update_workflow_task_remark",
        method: "PUT",
        path: "/openapi/workflows/custom/{name}/task/{taskID}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateWorkflowTaskRemarkRequest",
            decodes: crate::decodes::<crate::types::UpdateWorkflowTaskRemarkRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "get_workflow_task_manual_exec",
        method: "GET",
        path: "/openapi/workflows/custom/{name}/task/{taskID}/manual-exec",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V5_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_key\":\"text\",\"workflow_key\":\"text\",\"task_id\":1,\"status\":\"disabled\",\"stage_name\":\"text\",\"can_execute\":true,\"executors\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\"}]}",
                ),
            },
        ],
    },
    crate::Route {
        id: "manual_exec_workflow_task",
        method: "POST",
        path: "/openapi/workflows/custom/{name}/task/{taskID}/manual-exec",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V5_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ManualExecWorkflowTaskRequest",
            decodes: crate::decodes::<crate::types::ManualExecWorkflowTaskRequest>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_workflow",
        method: "POST",
        path: "/api/aslan/workflow/v4",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "WorkflowDefinition",
            decodes: crate::decodes::<crate::types::WorkflowDefinition>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_workflow",
        method: "PUT",
        path: "/api/aslan/workflow/v4/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "WorkflowDefinition",
            decodes: crate::decodes::<crate::types::WorkflowDefinition>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "get_workflow_definition",
        method: "GET",
        path: "/api/aslan/workflow/v4/name/{name}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "create_custom_workflow",
        method: "POST",
        path: "/openapi/workflows/custom",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V5_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "WorkflowDefinition",
            decodes: crate::decodes::<crate::types::WorkflowDefinition>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "update_custom_workflow",
        method: "PUT",
        path: "/openapi/workflows/custom/{name}",
        served: zadig_api::release::Availability {
            since: Some(zadig_api::Release::V5_0_0),
            until: None,
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "WorkflowDefinition",
            decodes: crate::decodes::<crate::types::WorkflowDefinition>,
        }),
        paging: None,
        examples: &[],
    },
    crate::Route {
        id: "delete_workflow",
        method: "DELETE",
        path: "/openapi/workflows/custom",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "workflowKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "list_workflow_views",
        method: "GET",
        path: "/openapi/workflows/view",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"name\":\"test-view\",\"project_key\":\"lilian-test\",\"workflows\":[{\"workflow_key\":\"xiaxianfuwu\",\"workflow_type\":\"custom\"}],\"update_time\":1689329334,\"update_by\":\"admin\"}]",
                ),
            },
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"name\":\"text\",\"project_key\":\"text\",\"update_time\":1,\"update_by\":\"text\",\"workflows\":[{\"workflow_key\":\"text\",\"workflow_type\":\"text\"}]}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_workflow_view",
        method: "POST",
        path: "/openapi/workflows/view",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateWorkflowViewRequest",
            decodes: crate::decodes::<crate::types::CreateWorkflowViewRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "update_workflow_view",
        method: "PUT",
        path: "/openapi/workflows/view/{viewName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "UpdateWorkflowViewRequest",
            decodes: crate::decodes::<crate::types::UpdateWorkflowViewRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
        ],
    },
    crate::Route {
        id: "delete_workflow_view",
        method: "DELETE",
        path: "/openapi/workflows/view/{viewName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"message\":\"success\"}"),
            },
            crate::Example {
                name: "view_not_found",
                status: 400u16,
                body: crate::ExampleBody::Json(
                    "{\"code\":6894,\"description\":\"find workflow view error: mongo: no documents in result\",\"extra\":{},\"message\":\"delete workflow view error: mongo: no documents in result\",\"type\":\"error\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "create_approval_ticket",
        method: "POST",
        path: "/openapi/ticket/approval",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "CreateApprovalTicketRequest",
            decodes: crate::decodes::<crate::types::CreateApprovalTicketRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "success",
                status: 200u16,
                body: crate::ExampleBody::Json("{\"code\":1,\"message\":\"success\"}"),
            },
            crate::Example {
                name: "internal_error",
                status: 500u16,
                body: crate::ExampleBody::Json(
                    "{\"code\":500,\"description\":\"...\",\"message\":\"Internal Error\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "stream_workflow_job_logs",
        method: "GET",
        path: "/openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "log_lines",
                status: 200u16,
                body: crate::ExampleBody::Lines(
                    &["\"log message line 1\"", "\"log message line 2\""],
                ),
            },
        ],
    },
    crate::Route {
        id: "get_workflow_job_logs",
        method: "GET",
        path: "/openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}",
        served: zadig_api::release::Availability::ALL,
        required_query: &[],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "log_text",
                status: 200u16,
                body: crate::ExampleBody::Text(
                    "\"log message line 1\"\n\"log message line 2\"\n",
                ),
            },
        ],
    },
    crate::Route {
        id: "execute_product_workflow",
        method: "POST",
        path: "/openapi/workflows/product/task",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_0),
            older_paths: &[],
        },
        required_query: &[],
        required_when: &[],
        body: Some(crate::BodyType {
            name: "ExecuteProductWorkflowRequest",
            decodes: crate::decodes::<crate::types::ExecuteProductWorkflowRequest>,
        }),
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"project_name\":\"text\",\"pipeline_name\":\"text\",\"task_id\":1}",
                ),
            },
        ],
    },
    crate::Route {
        id: "list_product_workflow_tasks",
        method: "GET",
        path: "/openapi/workflows/product/{name}/tasks",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_0),
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "[{\"workflow_key\":\"text\",\"project_key\":\"text\",\"task_id\":1,\"create_time\":1,\"task_creator\":\"text\",\"start_time\":1,\"end_time\":1,\"status\":\"disabled\"}]",
                ),
            },
        ],
    },
    crate::Route {
        id: "get_product_workflow_task",
        method: "GET",
        path: "/openapi/workflows/product/{name}/task/{taskID}",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_0),
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[
            crate::Example {
                name: "server_response_shape",
                status: 200u16,
                body: crate::ExampleBody::Json(
                    "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"task_id\":1,\"create_time\":1,\"task_creator\":\"text\",\"start_time\":1,\"end_time\":1,\"status\":\"disabled\"}",
                ),
            },
        ],
    },
    crate::Route {
        id: "delete_product_workflow",
        method: "DELETE",
        path: "/openapi/workflows/product",
        served: zadig_api::release::Availability {
            since: None,
            until: Some(zadig_api::Release::V3_4_0),
            older_paths: &[],
        },
        required_query: &[
            crate::RequiredQuery {
                name: "workflowKey",
                served: zadig_api::release::Availability::ALL,
            },
            crate::RequiredQuery {
                name: "projectKey",
                served: zadig_api::release::Availability::ALL,
            },
        ],
        required_when: &[],
        body: None,
        paging: None,
        examples: &[],
    },
];
