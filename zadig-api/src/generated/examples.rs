// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests: the documented examples and server-shaped samples decode into their
//! types and encode back unchanged; every struct keeps keys it does not model.
#![allow(non_snake_case)]
#[allow(unused_imports)]
use crate::runtime::model::{check_example, check_example_as, check_lossless};
#[cfg(feature = "artifact")]
#[test]
fn list_artifact_versions__server_response_shape() {
    check_example::<
        Vec<crate::types::ArtifactVersion>,
    >(
        "[\n  {\n    \"id\": \"0123456789abcdef01234567\",\n    \"version\": \"text\",\n    \"project_name\": \"text\",\n    \"env_name\": \"text\",\n    \"production\": true,\n    \"type\": \"K8SYaml\",\n    \"source\": \"manual\",\n    \"desc\": \"text\",\n    \"labels\": [\n      \"text\"\n    ],\n    \"image_registry_id\": \"text\",\n    \"original_chart_repo_name\": \"text\",\n    \"chart_repo_name\": \"text\",\n    \"services\": [\n      {\n        \"service_name\": \"text\",\n        \"chart_name\": \"text\",\n        \"original_chart_version\": \"text\",\n        \"chart_version\": \"text\",\n        \"chart_status\": \"disabled\",\n        \"yaml_content\": \"text\",\n        \"images\": [\n          {\n            \"container_name\": \"text\",\n            \"image_name\": \"text\",\n            \"image_path\": {\n              \"repo\": \"text\",\n              \"namespace\": \"text\",\n              \"image\": \"text\",\n              \"tag\": \"text\"\n            },\n            \"source_image\": \"text\",\n            \"source_image_tag\": \"text\",\n            \"target_image\": \"text\",\n            \"target_image_tag\": \"text\",\n            \"push_image\": true,\n            \"status\": \"disabled\",\n            \"error\": \"text\"\n          }\n        ],\n        \"error\": \"text\"\n      }\n    ],\n    \"status\": \"success\",\n    \"workflow_name\": \"text\",\n    \"task_id\": 1,\n    \"error\": \"text\",\n    \"created_by\": \"text\",\n    \"created_at\": 1\n  }\n]",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn list_artifact_versions_legacy__server_response_shape() {
    check_example::<
        Vec<crate::types::ArtifactReleaseLegacy>,
    >(
        "[\n  {\n    \"versionInfo\": {\n      \"id\": \"0123456789abcdef01234567\",\n      \"version\": \"text\",\n      \"productName\": \"text\",\n      \"workflowName\": \"text\",\n      \"workflowDisplayName\": \"text\",\n      \"type\": \"text\",\n      \"taskId\": 1,\n      \"desc\": \"text\",\n      \"labels\": [\n        \"text\"\n      ],\n      \"productEnvInfo\": {\n        \"id\": \"0123456789abcdef01234567\",\n        \"product_name\": \"text\",\n        \"create_time\": 1,\n        \"update_time\": 1,\n        \"namespace\": \"text\",\n        \"status\": \"text\",\n        \"revision\": 1,\n        \"enabled\": true,\n        \"env_name\": \"text\",\n        \"base_env_name\": \"text\",\n        \"update_by\": \"text\",\n        \"visibility\": \"text\",\n        \"services\": [\n          [\n            {\n              \"service_name\": \"text\",\n              \"release_name\": \"text\",\n              \"product_name\": \"text\",\n              \"type\": \"text\",\n              \"revision\": 1,\n              \"containers\": [\n                {\n                  \"name\": \"text\",\n                  \"type\": \"init\",\n                  \"image\": \"text\",\n                  \"image_name\": \"text\",\n                  \"imagePath\": {\n                    \"repo\": \"text\",\n                    \"namespace\": \"text\",\n                    \"image\": \"text\",\n                    \"tag\": \"text\"\n                  }\n                }\n              ],\n              \"error\": \"text\",\n              \"resources\": [\n                {\n                  \"Name\": \"text\"\n                }\n              ],\n              \"update_time\": 1,\n              \"render\": {\n                \"service_name\": \"text\",\n                \"release_name\": \"text\",\n                \"is_helm_chart_deploy\": true,\n                \"chart_repo\": \"text\",\n                \"chart_name\": \"text\",\n                \"chart_version\": \"text\",\n                \"override_values\": \"text\",\n                \"override_yaml\": {\n                  \"yaml_content\": \"text\",\n                  \"render_variable_kvs\": [\n                    {\n                      \"key\": \"text\",\n                      \"type\": \"bool\",\n                      \"options\": [\n                        \"text\"\n                      ],\n                      \"desc\": \"text\",\n                      \"use_global_variable\": true,\n                      \"is_reference_variable\": true\n                    }\n                  ],\n                  \"source\": \"text\",\n                  \"auto_sync\": true,\n                  \"auto_sync_yaml\": \"text\",\n                  \"source_id\": \"text\"\n                }\n              },\n              \"env_configs\": [\n                {\n                  \"env_name\": \"text\",\n                  \"host_ids\": [\n                    \"text\"\n                  ],\n                  \"labels\": [\n                    \"text\"\n                  ]\n                }\n              ],\n              \"rendered_yaml\": \"text\",\n              \"variable_yaml\": \"text\",\n              \"variable_kvs\": [\n                {\n                  \"key\": \"text\",\n                  \"type\": \"bool\",\n                  \"options\": [\n                    \"text\"\n                  ],\n                  \"desc\": \"text\",\n                  \"use_global_variable\": true,\n                  \"is_reference_variable\": true\n                }\n              ],\n              \"updatable\": true,\n              \"deploy_strategy\": \"text\"\n            }\n          ]\n        ],\n        \"render\": {\n          \"name\": \"text\",\n          \"revision\": 1,\n          \"product_tmpl\": \"text\",\n          \"description\": \"text\"\n        },\n        \"error\": \"text\",\n        \"chart_infos\": [\n          {\n            \"service_name\": \"text\",\n            \"release_name\": \"text\",\n            \"is_helm_chart_deploy\": true,\n            \"chart_repo\": \"text\",\n            \"chart_name\": \"text\",\n            \"chart_version\": \"text\",\n            \"override_values\": \"text\",\n            \"override_yaml\": {\n              \"yaml_content\": \"text\",\n              \"render_variable_kvs\": [\n                {\n                  \"key\": \"text\",\n                  \"type\": \"bool\",\n                  \"options\": [\n                    \"text\"\n                  ],\n                  \"desc\": \"text\",\n                  \"use_global_variable\": true,\n                  \"is_reference_variable\": true\n                }\n              ],\n              \"source\": \"text\",\n              \"auto_sync\": true,\n              \"auto_sync_yaml\": \"text\",\n              \"source_id\": \"text\"\n            }\n          }\n        ],\n        \"isPublic\": true,\n        \"roleIds\": [\n          1\n        ],\n        \"cluster_id\": \"text\",\n        \"recycle_day\": 1,\n        \"source\": \"text\",\n        \"is_opensource\": true,\n        \"registry_id\": \"text\",\n        \"base_name\": \"text\",\n        \"is_existed\": true,\n        \"share_env\": {\n          \"enable\": true,\n          \"is_base\": true,\n          \"base_env\": \"text\"\n        },\n        \"env_configs\": [\n          {\n            \"env_name\": \"text\",\n            \"product_name\": \"text\",\n            \"service_name\": \"text\",\n            \"name\": \"text\",\n            \"yaml_data\": \"text\",\n            \"restart_associated_svc\": true,\n            \"common_env_cfg_type\": \"Ingress\",\n            \"services\": [\n              \"text\"\n            ],\n            \"git_repo_config\": {\n              \"codehost_id\": 1,\n              \"owner\": \"text\",\n              \"repo\": \"text\",\n              \"branch\": \"text\",\n              \"namespace\": \"text\",\n              \"values_paths\": [\n                \"text\"\n              ]\n            },\n            \"auto_sync\": true,\n            \"production\": true\n          }\n        ],\n        \"service_deploy_strategy\": {\n          \"key\": \"text\"\n        },\n        \"analysis_config\": {\n          \"resource_types\": [\n            \"Pod\"\n          ]\n        },\n        \"notification_configs\": [\n          {\n            \"webhook_type\": \"feishu\",\n            \"webhook_url\": \"text\",\n            \"events\": [\n              \"notification_event_analyzer_normal\"\n            ]\n          }\n        ],\n        \"pre_sleep_status\": {\n          \"key\": 1\n        },\n        \"default_values\": \"text\",\n        \"yaml_data\": {\n          \"yaml_content\": \"text\",\n          \"render_variable_kvs\": [\n            {\n              \"key\": \"text\",\n              \"type\": \"bool\",\n              \"options\": [\n                \"text\"\n              ],\n              \"desc\": \"text\",\n              \"use_global_variable\": true,\n              \"is_reference_variable\": true\n            }\n          ],\n          \"source\": \"text\",\n          \"auto_sync\": true,\n          \"auto_sync_yaml\": \"text\",\n          \"source_id\": \"text\"\n        },\n        \"global_variables\": [\n          {\n            \"key\": \"text\",\n            \"type\": \"bool\",\n            \"options\": [\n              \"text\"\n            ],\n            \"desc\": \"text\",\n            \"related_services\": [\n              \"text\"\n            ]\n          }\n        ],\n        \"istio_grayscale\": {\n          \"enable\": true,\n          \"is_base\": true,\n          \"base_env\": \"text\",\n          \"grayscale_strategy\": \"text\",\n          \"weight_configs\": [\n            {\n              \"env\": \"text\",\n              \"weight\": 1\n            }\n          ],\n          \"header_match_configs\": [\n            {\n              \"env\": \"text\",\n              \"header_match\": [\n                {\n                  \"key\": \"text\",\n                  \"match\": \"text\",\n                  \"value\": \"text\"\n                }\n              ]\n            }\n          ]\n        },\n        \"production\": true,\n        \"alias\": \"text\"\n      },\n      \"status\": \"text\",\n      \"progress\": {\n        \"successCount\": 1,\n        \"totalCount\": 1,\n        \"uploadStatus\": \"text\",\n        \"workflowStatus\": [\n          {\n            \"job_name\": \"text\",\n            \"service_name\": \"text\",\n            \"service_module\": \"text\",\n            \"target_image\": \"text\",\n            \"status\": \"disabled\"\n          }\n        ],\n        \"error\": \"text\"\n      },\n      \"createdBy\": \"text\",\n      \"created_at\": 1,\n      \"deleted_at\": 1\n    },\n    \"buildInfo\": [\n      {\n        \"id\": \"0123456789abcdef01234567\",\n        \"releaseId\": \"0123456789abcdef01234567\",\n        \"serviceName\": \"text\",\n        \"imageInfo\": {\n          \"repoName\": \"text\",\n          \"tagName\": \"text\",\n          \"imageSize\": 1,\n          \"imageDigest\": \"text\",\n          \"author\": \"text\",\n          \"architecture\": \"text\",\n          \"dockerVersion\": \"text\",\n          \"os\": \"text\",\n          \"creationTime\": \"text\",\n          \"updateTime\": \"text\"\n        },\n        \"imageName\": \"text\",\n        \"packageInfo\": {\n          \"packageFileLocation\": \"text\",\n          \"packageFileName\": \"text\",\n          \"packageStorageUri\": \"text\"\n        },\n        \"issues\": [\n          {\n            \"id\": \"text\",\n            \"key\": \"text\",\n            \"url\": \"text\",\n            \"summary\": \"text\",\n            \"description\": \"text\",\n            \"priority\": \"text\",\n            \"creator\": \"text\",\n            \"assignee\": \"text\",\n            \"reporter\": \"text\"\n          }\n        ],\n        \"commits\": [\n          {\n            \"source\": \"text\",\n            \"repo_owner\": \"text\",\n            \"repo_namespace\": \"text\",\n            \"repo_name\": \"text\",\n            \"remote_name\": \"text\",\n            \"branch\": \"text\",\n            \"pr\": 1,\n            \"prs\": [\n              1\n            ],\n            \"tag\": \"text\",\n            \"enable_commit\": true,\n            \"commit_id\": \"text\",\n            \"commit_message\": \"text\",\n            \"checkout_path\": \"text\",\n            \"submodules\": true,\n            \"hidden\": true,\n            \"use_default\": true,\n            \"is_primary\": true,\n            \"codehost_id\": 1,\n            \"oauth_token\": \"text\",\n            \"address\": \"text\",\n            \"author_name\": \"text\",\n            \"checkout_ref\": \"text\",\n            \"username\": \"text\",\n            \"password\": \"text\",\n            \"perforce_host\": \"text\",\n            \"perforce_port\": 1,\n            \"enable_proxy\": true,\n            \"filter_regexp\": \"text\",\n            \"auth_type\": \"SSH\",\n            \"ssh_key\": \"text\",\n            \"private_access_token\": \"text\",\n            \"source_from\": \"\",\n            \"param_name\": \"text\",\n            \"job_name\": \"text\",\n            \"service_name\": \"text\",\n            \"service_module\": \"text\",\n            \"repo_index\": 1,\n            \"submission_id\": \"text\",\n            \"disable_ssl\": true,\n            \"depot_type\": \"text\",\n            \"stream\": \"text\",\n            \"view_mapping\": \"text\",\n            \"changelist_id\": 1,\n            \"shelve_id\": 1\n          }\n        ],\n        \"start_time\": 1,\n        \"end_time\": 1,\n        \"created_at\": 1,\n        \"deleted_at\": 1\n      }\n    ],\n    \"deployInfo\": [\n      {\n        \"id\": \"0123456789abcdef01234567\",\n        \"releaseId\": \"0123456789abcdef01234567\",\n        \"serviceName\": \"text\",\n        \"containerName\": \"text\",\n        \"image\": \"text\",\n        \"registry_id\": \"text\",\n        \"yamlContents\": [\n          \"text\"\n        ],\n        \"envs\": [\n          {\n            \"key\": \"text\",\n            \"value\": \"text\"\n          }\n        ],\n        \"orderedServices\": [\n          [\n            \"text\"\n          ]\n        ],\n        \"start_time\": 1,\n        \"end_time\": 1,\n        \"created_at\": 1,\n        \"deleted_at\": 1,\n        \"real_service_name\": \"text\",\n        \"service_module\": \"text\",\n        \"image_name\": \"text\"\n      }\n    ],\n    \"testInfo\": [\n      {\n        \"id\": \"0123456789abcdef01234567\",\n        \"releaseId\": \"0123456789abcdef01234567\",\n        \"testReports\": [\n          {\n            \"testResultPath\": \"text\",\n            \"workflowName\": \"text\",\n            \"taskId\": 1,\n            \"testName\": \"text\",\n            \"testSuite\": {\n              \"tests\": 1,\n              \"failures\": 1,\n              \"successes\": 1,\n              \"skips\": 1,\n              \"errors\": 1,\n              \"time\": 1.5,\n              \"system_out\": \"text\",\n              \"system_err\": \"text\",\n              \"testcase\": [\n                {\n                  \"tc_name\": \"text\",\n                  \"classname\": \"text\",\n                  \"time\": 1.5,\n                  \"failure\": {\n                    \"message\": \"text\",\n                    \"type\": \"text\",\n                    \"text\": \"text\"\n                  },\n                  \"skipped\": {},\n                  \"system_out\": \"text\",\n                  \"system_err\": \"text\",\n                  \"error\": {\n                    \"message\": \"text\",\n                    \"type\": \"text\",\n                    \"text\": \"text\"\n                  }\n                }\n              ],\n              \"suite_type\": \"text\",\n              \"name\": \"text\"\n            },\n            \"performanceTestSuite\": [\n              {\n                \"label\": \"text\",\n                \"samples\": \"text\",\n                \"average\": \"text\",\n                \"min\": \"text\",\n                \"max\": \"text\",\n                \"line\": \"text\",\n                \"stdDev\": \"text\",\n                \"error\": \"text\",\n                \"throughput\": \"text\",\n                \"receivedKb\": \"text\",\n                \"avgByte\": \"text\"\n              }\n            ],\n            \"start_time\": 1,\n            \"end_time\": 1\n          }\n        ],\n        \"start_time\": 1,\n        \"end_time\": 1,\n        \"created_at\": 1,\n        \"deleted_at\": 1\n      }\n    ],\n    \"distributeInfo\": [\n      {\n        \"id\": \"0123456789abcdef01234567\",\n        \"releaseId\": \"0123456789abcdef01234567\",\n        \"serviceName\": \"text\",\n        \"distributeType\": \"file\",\n        \"registryName\": \"text\",\n        \"chartVersion\": \"text\",\n        \"chartName\": \"text\",\n        \"chartRepoName\": \"text\",\n        \"namespace\": \"text\",\n        \"packageFile\": \"text\",\n        \"remoteFileKey\": \"text\",\n        \"destStorageUrl\": \"text\",\n        \"s3StorageID\": \"text\",\n        \"storageUrl\": \"text\",\n        \"storageBucket\": \"text\",\n        \"srcStorageUrl\": \"text\",\n        \"start_time\": 1,\n        \"end_time\": 1,\n        \"created_at\": 1,\n        \"deleted_at\": 1,\n        \"image_name\": \"text\",\n        \"service_module\": \"text\",\n        \"image\": \"text\"\n      }\n    ],\n    \"securityStatsInfo\": [\n      {\n        \"imageName\": \"text\",\n        \"imageId\": \"text\",\n        \"deliverySecurityStatsInfo\": {\n          \"total\": 1,\n          \"unkown\": 1,\n          \"negligible\": 1,\n          \"low\": 1,\n          \"medium\": 1,\n          \"high\": 1,\n          \"critical\": 1\n        }\n      }\n    ]\n  }\n]",
    );
}
#[cfg(feature = "build")]
#[test]
fn create_build__server_body_shape() {
    check_example::<
        crate::types::OpenApiBuildCreationFromTemplateReq,
    >(
        "{\n  \"name\": \"text\",\n  \"project_key\": \"text\",\n  \"template_name\": \"text\",\n  \"target_services\": [\n    {\n      \"service_name\": \"text\",\n      \"service_module\": \"text\",\n      \"repo_info\": [\n        {\n          \"codehost_name\": \"text\",\n          \"repo_namespace\": \"text\",\n          \"repo_name\": \"text\",\n          \"branch\": \"text\",\n          \"pr\": 1,\n          \"prs\": [\n            1\n          ],\n          \"enable_commit\": true,\n          \"commit_id\": \"text\",\n          \"remote_name\": \"text\",\n          \"checkout_path\": \"text\",\n          \"submodules\": true,\n          \"stream\": \"text\",\n          \"view_mapping\": \"text\",\n          \"changelist_id\": 1,\n          \"shelve_id\": 1\n        }\n      ],\n      \"inputs\": [\n        {\n          \"key\": \"text\",\n          \"value\": \"text\",\n          \"type\": \"text\",\n          \"is_credential\": true,\n          \"file_id\": \"text\",\n          \"file_name\": \"text\",\n          \"file_path\": \"text\"\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "build")]
#[test]
fn update_build_from_template__server_body_shape() {
    check_example::<
        crate::types::OpenApiBuildCreationFromTemplateReq,
    >(
        "{\n  \"name\": \"text\",\n  \"project_key\": \"text\",\n  \"template_name\": \"text\",\n  \"target_services\": [\n    {\n      \"service_name\": \"text\",\n      \"service_module\": \"text\",\n      \"repo_info\": [\n        {\n          \"codehost_name\": \"text\",\n          \"repo_namespace\": \"text\",\n          \"repo_name\": \"text\",\n          \"branch\": \"text\",\n          \"pr\": 1,\n          \"prs\": [\n            1\n          ],\n          \"enable_commit\": true,\n          \"commit_id\": \"text\",\n          \"remote_name\": \"text\",\n          \"checkout_path\": \"text\",\n          \"submodules\": true,\n          \"stream\": \"text\",\n          \"view_mapping\": \"text\",\n          \"changelist_id\": 1,\n          \"shelve_id\": 1\n        }\n      ],\n      \"inputs\": [\n        {\n          \"key\": \"text\",\n          \"value\": \"text\",\n          \"type\": \"text\",\n          \"is_credential\": true,\n          \"file_id\": \"text\",\n          \"file_name\": \"text\",\n          \"file_path\": \"text\"\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "build")]
#[test]
fn list_builds__server_response_shape() {
    check_example::<
        crate::types::OpenApiBuildListResp,
    >(
        "{\n  \"total\": 1,\n  \"builds\": [\n    {\n      \"name\": \"text\",\n      \"project_key\": \"text\",\n      \"source\": \"text\",\n      \"update_by\": \"text\",\n      \"update_time\": 1,\n      \"target_services\": [\n        {\n          \"service_name\": \"text\",\n          \"service_module\": \"text\"\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "build")]
#[test]
fn get_build__server_response_shape() {
    check_example::<
        crate::types::OpenApiBuildDetailResp,
    >(
        "{\n  \"project_key\": \"text\",\n  \"name\": \"text\",\n  \"source\": \"text\",\n  \"target_services\": [\n    {\n      \"service_name\": \"text\",\n      \"service_module\": \"text\"\n    }\n  ],\n  \"template_name\": \"text\",\n  \"update_by\": \"text\",\n  \"update_time\": 1,\n  \"repos\": [\n    {\n      \"source\": \"text\",\n      \"repo_owner\": \"text\",\n      \"repo_name\": \"text\",\n      \"branch\": \"text\",\n      \"remote_name\": \"text\",\n      \"checkout_path\": \"text\",\n      \"submodules\": true,\n      \"hidden\": true\n    }\n  ],\n  \"build_env\": {\n    \"basic_image_id\": \"text\",\n    \"basic_image_label\": \"text\",\n    \"installs\": [\n      {\n        \"name\": \"text\",\n        \"version\": \"text\"\n      }\n    ]\n  },\n  \"advanced_settings\": {\n    \"timeout\": 1,\n    \"cache_setting\": {\n      \"enabled\": true,\n      \"cache_dir\": \"text\"\n    },\n    \"cluster_name\": \"text\",\n    \"resource_spec\": {\n      \"cpu_limit\": 1,\n      \"memory_limit\": 1,\n      \"cpu_req\": 1,\n      \"memory_req\": 1,\n      \"gpu_limit\": \"text\"\n    },\n    \"strategy_name\": \"text\",\n    \"storages\": {\n      \"enabled\": true,\n      \"storages_properties\": [\n        {\n          \"provision_type\": \"dynamic\",\n          \"storage_class\": \"text\",\n          \"storage_size_in_gib\": 1,\n          \"pvc\": \"text\",\n          \"subpath\": \"text\",\n          \"mount_path\": \"text\",\n          \"is_temporary\": true\n        }\n      ]\n    },\n    \"use_host_docker_daemon\": true,\n    \"privileged_mode\": true,\n    \"custom_annotations\": [\n      {\n        \"key\": \"text\"\n      }\n    ],\n    \"custom_labels\": [\n      {\n        \"key\": \"text\"\n      }\n    ],\n    \"outputs\": [\n      \"text\"\n    ]\n  },\n  \"build_script\": \"text\",\n  \"parameters\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"string\",\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"choice_value\": [\n        \"text\"\n      ],\n      \"is_credential\": true\n    }\n  ],\n  \"outputs\": [\n    {\n      \"name\": \"text\",\n      \"description\": \"text\"\n    }\n  ],\n  \"post_build\": {\n    \"docker_build\": {\n      \"work_dir\": \"text\",\n      \"docker_file\": \"text\",\n      \"build_args\": \"text\",\n      \"source\": \"text\",\n      \"template_id\": \"text\",\n      \"template_name\": \"text\",\n      \"enable_buildkit\": true,\n      \"platform\": \"text\"\n    },\n    \"object_storage_upload\": {\n      \"enabled\": true,\n      \"object_storage_id\": \"text\",\n      \"upload_detail\": [\n        {\n          \"file_path\": \"text\",\n          \"abs_file_path\": \"text\",\n          \"dest_path\": \"text\"\n        }\n      ]\n    },\n    \"file_archive\": {\n      \"file_location\": \"text\"\n    },\n    \"scripts\": \"text\"\n  }\n}",
    );
}
#[cfg(feature = "cluster")]
#[test]
fn list_clusters__server_response_shape() {
    check_example::<
        Vec<crate::types::OpenApiCluster>,
    >(
        "[\n  {\n    \"cluster_id\": \"text\",\n    \"name\": \"text\",\n    \"production\": true,\n    \"description\": \"text\",\n    \"provider\": 1,\n    \"provider_name\": \"text\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"local\": true,\n    \"status\": \"text\",\n    \"type\": \"text\",\n    \"project_names\": [\n      \"text\"\n    ]\n  }\n]",
    );
}
#[cfg(feature = "cluster")]
#[test]
fn create_cluster__server_response_shape() {
    check_example::<
        crate::types::OpenApiCreateClusterResponse,
    >(
        "{\n  \"cluster\": {\n    \"cluster_id\": \"text\",\n    \"name\": \"text\",\n    \"production\": true,\n    \"description\": \"text\",\n    \"provider\": 1,\n    \"provider_name\": \"text\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"local\": true,\n    \"status\": \"text\",\n    \"type\": \"text\",\n    \"project_names\": [\n      \"text\"\n    ]\n  },\n  \"agent_cmd\": \"text\"\n}",
    );
}
#[cfg(feature = "cluster")]
#[test]
fn create_cluster__server_body_shape() {
    check_example::<
        crate::types::OpenApiCreateClusterRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"production\": true,\n  \"description\": \"text\",\n  \"provider\": 1,\n  \"type\": \"text\",\n  \"kube_config\": \"text\",\n  \"project_names\": [\n    \"text\"\n  ]\n}",
    );
}
#[cfg(feature = "cluster")]
#[test]
fn update_cluster__server_body_shape() {
    check_example::<
        crate::types::OpenApiCluster,
    >(
        "{\n  \"cluster_id\": \"text\",\n  \"name\": \"text\",\n  \"production\": true,\n  \"description\": \"text\",\n  \"provider\": 1,\n  \"provider_name\": \"text\",\n  \"created_by\": \"text\",\n  \"created_time\": 1,\n  \"local\": true,\n  \"status\": \"text\",\n  \"type\": \"text\",\n  \"project_names\": [\n    \"text\"\n  ]\n}",
    );
}
#[cfg(feature = "cluster")]
#[test]
fn check_cluster_istio__server_response_shape() {
    check_example::<bool>("true");
}
#[cfg(feature = "code_scan")]
#[test]
fn create_code_scan__server_body_shape() {
    check_example::<
        crate::types::OpenApiCreateScanningReq,
    >(
        "{\n  \"name\": \"text\",\n  \"project_key\": \"text\",\n  \"description\": \"text\",\n  \"scanner_type\": \"sonarQube\",\n  \"image_name\": \"text\",\n  \"repo_info\": [\n    {\n      \"codehost_name\": \"text\",\n      \"repo_namespace\": \"text\",\n      \"repo_name\": \"text\",\n      \"branch\": \"text\",\n      \"pr\": 1,\n      \"prs\": [\n        1\n      ],\n      \"enable_commit\": true,\n      \"commit_id\": \"text\",\n      \"remote_name\": \"text\",\n      \"checkout_path\": \"text\",\n      \"submodules\": true,\n      \"stream\": \"text\",\n      \"view_mapping\": \"text\",\n      \"changelist_id\": 1,\n      \"shelve_id\": 1\n    }\n  ],\n  \"sonar_system\": \"text\",\n  \"addons\": [\n    {\n      \"name\": \"text\",\n      \"version\": \"text\"\n    }\n  ],\n  \"prelaunch_script\": \"text\",\n  \"sonar_parameter\": \"text\",\n  \"script\": \"text\",\n  \"enable_quality_gate\": true,\n  \"advanced_settings\": {\n    \"timeout\": 1,\n    \"cache_setting\": {\n      \"enabled\": true,\n      \"cache_dir\": \"text\"\n    },\n    \"cluster_name\": \"text\",\n    \"resource_spec\": {\n      \"cpu_limit\": 1,\n      \"memory_limit\": 1,\n      \"cpu_req\": 1,\n      \"memory_req\": 1,\n      \"gpu_limit\": \"text\"\n    },\n    \"strategy_name\": \"text\",\n    \"storages\": {\n      \"enabled\": true,\n      \"storages_properties\": [\n        {\n          \"provision_type\": \"dynamic\",\n          \"storage_class\": \"text\",\n          \"storage_size_in_gib\": 1,\n          \"pvc\": \"text\",\n          \"subpath\": \"text\",\n          \"mount_path\": \"text\",\n          \"is_temporary\": true\n        }\n      ]\n    },\n    \"use_host_docker_daemon\": true,\n    \"privileged_mode\": true,\n    \"custom_annotations\": [\n      {\n        \"key\": \"text\"\n      }\n    ],\n    \"custom_labels\": [\n      {\n        \"key\": \"text\"\n      }\n    ],\n    \"outputs\": [\n      \"text\"\n    ]\n  }\n}",
    );
}
#[cfg(feature = "code_scan")]
#[test]
fn create_code_scan_task__server_response_shape() {
    check_example::<
        crate::types::OpenApiCreateScanningTaskResp,
    >("{\n  \"task_id\": 1\n}");
}
#[cfg(feature = "code_scan")]
#[test]
fn create_code_scan_task__server_body_shape() {
    check_example::<
        crate::types::OpenApiCreateScanningTaskReq,
    >(
        "{\n  \"ProjectName\": \"text\",\n  \"ScanName\": \"text\",\n  \"scan_repos\": [\n    {\n      \"codehost_id\": 1,\n      \"source\": \"text\",\n      \"repo_owner\": \"text\",\n      \"repo_namespace\": \"text\",\n      \"repo_name\": \"text\",\n      \"pr\": 1,\n      \"prs\": [\n        1\n      ],\n      \"branch\": \"text\",\n      \"merge_branches\": [\n        \"text\"\n      ],\n      \"tag\": \"text\",\n      \"depot_type\": \"text\",\n      \"stream\": \"text\",\n      \"view_mapping\": \"text\",\n      \"changelist_id\": 1,\n      \"shelve_id\": 1\n    }\n  ],\n  \"scan_kvs\": [\n    {\n      \"key\": \"text\",\n      \"value\": \"text\",\n      \"type\": \"string\",\n      \"registry_id\": \"text\",\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"choice_value\": [\n        \"text\"\n      ],\n      \"script\": \"text\",\n      \"call_function\": \"text\",\n      \"function_reference\": [\n        \"text\"\n      ],\n      \"file_path\": \"text\",\n      \"file_name\": \"text\",\n      \"file_id\": \"text\",\n      \"is_credential\": true,\n      \"description\": \"text\",\n      \"required\": true\n    }\n  ]\n}",
    );
}
#[cfg(feature = "code_scan")]
#[test]
fn get_code_scan_task__server_response_shape() {
    check_example::<
        crate::types::OpenApiScanTaskDetail,
    >(
        "{\n  \"scan_name\": \"text\",\n  \"creator\": \"text\",\n  \"task_id\": 1,\n  \"status\": \"text\",\n  \"create_time\": 1,\n  \"end_time\": 1,\n  \"result_link\": \"text\",\n  \"repo_info\": [\n    {\n      \"repo_owner\": \"text\",\n      \"source\": \"text\",\n      \"address\": \"text\",\n      \"branch\": \"text\",\n      \"remote_name\": \"text\",\n      \"repo_name\": \"text\",\n      \"hidden\": true,\n      \"checkout_path\": \"text\",\n      \"submodules\": true\n    }\n  ]\n}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn list_delivery_versions__server_response_shape() {
    check_example::<
        crate::types::DeliveryVersionList,
    >(
        "{\n  \"list\": [\n    {\n      \"id\": \"0123456789abcdef01234567\",\n      \"version_name\": \"text\",\n      \"type\": \"K8SYaml\",\n      \"source\": \"manual\",\n      \"status\": \"success\",\n      \"labels\": [\n        \"text\"\n      ],\n      \"description\": \"text\",\n      \"created_by\": \"text\",\n      \"create_time\": 1\n    }\n  ],\n  \"total\": 1\n}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn create_k8s_delivery_version__server_body_shape() {
    check_example::<
        crate::types::K8sDeliveryVersionCreateRequest,
    >(
        "{\n  \"project_key\": \"text\",\n  \"version_name\": \"text\",\n  \"source\": \"manual\",\n  \"original_version_name\": \"text\",\n  \"env_name\": \"text\",\n  \"production\": true,\n  \"desc\": \"text\",\n  \"labels\": [\n    \"text\"\n  ],\n  \"image_registry_id\": \"text\",\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"chart_name\": \"text\",\n      \"original_chart_version\": \"text\",\n      \"chart_version\": \"text\",\n      \"chart_status\": \"disabled\",\n      \"yaml_content\": \"text\",\n      \"images\": [\n        {\n          \"container_name\": \"text\",\n          \"image_name\": \"text\",\n          \"source_image\": \"text\",\n          \"source_image_tag\": \"text\",\n          \"target_image\": \"text\",\n          \"target_image_tag\": \"text\",\n          \"image_path\": {\n            \"repo\": \"text\",\n            \"namespace\": \"text\",\n            \"image\": \"text\",\n            \"tag\": \"text\"\n          },\n          \"push_image\": true,\n          \"status\": \"disabled\",\n          \"error\": \"text\"\n        }\n      ],\n      \"error\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn create_helm_delivery_version__server_body_shape() {
    check_example::<
        crate::types::HelmDeliveryVersionCreateRequest,
    >(
        "{\n  \"project_key\": \"text\",\n  \"version_name\": \"text\",\n  \"env_name\": \"text\",\n  \"original_version_name\": \"text\",\n  \"production\": true,\n  \"source\": \"manual\",\n  \"desc\": \"text\",\n  \"labels\": [\n    \"text\"\n  ],\n  \"image_registry_id\": \"text\",\n  \"chart_repo_name\": \"text\",\n  \"original_chart_repo_name\": \"text\",\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"chart_name\": \"text\",\n      \"original_chart_version\": \"text\",\n      \"chart_version\": \"text\",\n      \"chart_status\": \"disabled\",\n      \"yaml_content\": \"text\",\n      \"images\": [\n        {\n          \"container_name\": \"text\",\n          \"image_name\": \"text\",\n          \"source_image\": \"text\",\n          \"source_image_tag\": \"text\",\n          \"target_image\": \"text\",\n          \"target_image_tag\": \"text\",\n          \"image_path\": {\n            \"repo\": \"text\",\n            \"namespace\": \"text\",\n            \"image\": \"text\",\n            \"tag\": \"text\"\n          },\n          \"push_image\": true,\n          \"status\": \"disabled\",\n          \"error\": \"text\"\n        }\n      ],\n      \"error\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn get_delivery_version__server_response_shape() {
    check_example::<
        crate::types::DeliveryVersionDetail,
    >(
        "{\n  \"version\": \"text\",\n  \"project_name\": \"text\",\n  \"env_name\": \"text\",\n  \"production\": true,\n  \"type\": \"K8SYaml\",\n  \"source\": \"manual\",\n  \"desc\": \"text\",\n  \"labels\": [\n    \"text\"\n  ],\n  \"image_registry_id\": \"text\",\n  \"chart_repo_name\": \"text\",\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"chart_name\": \"text\",\n      \"original_chart_version\": \"text\",\n      \"chart_version\": \"text\",\n      \"chart_status\": \"disabled\",\n      \"yaml_content\": \"text\",\n      \"images\": [\n        {\n          \"container_name\": \"text\",\n          \"image_name\": \"text\",\n          \"source_image\": \"text\",\n          \"source_image_tag\": \"text\",\n          \"target_image\": \"text\",\n          \"target_image_tag\": \"text\",\n          \"image_path\": {\n            \"repo\": \"text\",\n            \"namespace\": \"text\",\n            \"image\": \"text\",\n            \"tag\": \"text\"\n          },\n          \"push_image\": true,\n          \"status\": \"disabled\",\n          \"error\": \"text\"\n        }\n      ],\n      \"error\": \"text\"\n    }\n  ],\n  \"status\": \"success\",\n  \"error\": \"text\",\n  \"created_by\": \"text\",\n  \"created_at\": 1,\n  \"deleted_at\": 1\n}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn list_delivery_versions_legacy__server_response_shape() {
    check_example::<
        crate::types::DeliveryVersionListLegacy,
    >(
        "{\n  \"list\": [\n    {\n      \"id\": \"0123456789abcdef01234567\",\n      \"version_name\": \"text\",\n      \"type\": \"text\",\n      \"status\": \"text\",\n      \"labels\": [\n        \"text\"\n      ],\n      \"description\": \"text\",\n      \"progress\": {\n        \"success_count\": 1,\n        \"total_count\": 1,\n        \"upload_status\": \"text\",\n        \"error\": \"text\"\n      },\n      \"created_by\": \"text\",\n      \"create_time\": 1\n    }\n  ],\n  \"total\": 1\n}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn get_delivery_version_legacy__server_response_shape() {
    check_example::<
        crate::types::DeliveryVersionDetailLegacy,
    >(
        "{\n  \"version_info\": {\n    \"id\": \"0123456789abcdef01234567\",\n    \"version_name\": \"text\",\n    \"type\": \"text\",\n    \"status\": \"text\",\n    \"labels\": [\n      \"text\"\n    ],\n    \"description\": \"text\",\n    \"progress\": {\n      \"success_count\": 1,\n      \"total_count\": 1,\n      \"upload_status\": \"text\",\n      \"error\": \"text\"\n    },\n    \"created_by\": \"text\",\n    \"create_time\": 1\n  },\n  \"deploy_infos\": [\n    {\n      \"id\": \"0123456789abcdef01234567\",\n      \"service_name\": \"text\",\n      \"service_module\": \"text\",\n      \"image\": \"text\",\n      \"image_name\": \"text\",\n      \"registry_id\": \"text\",\n      \"create_time\": 1\n    }\n  ],\n  \"distribute_infos\": [\n    {\n      \"id\": \"0123456789abcdef01234567\",\n      \"service_name\": \"text\",\n      \"distribute_type\": \"file\",\n      \"chart_name\": \"text\",\n      \"chart_repo_name\": \"text\",\n      \"chart_version\": \"text\",\n      \"service_module\": \"text\",\n      \"image\": \"text\",\n      \"image_name\": \"text\",\n      \"namespace\": \"text\",\n      \"create_time\": 1\n    }\n  ]\n}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn create_k8s_delivery_version_legacy__server_body_shape() {
    check_example::<
        crate::types::K8sDeliveryVersionCreateRequestLegacy,
    >(
        "{\n  \"project_key\": \"text\",\n  \"version_name\": \"text\",\n  \"retry\": true,\n  \"env_name\": \"text\",\n  \"production\": true,\n  \"desc\": \"text\",\n  \"labels\": [\n    \"text\"\n  ],\n  \"image_registry_id\": \"text\",\n  \"yaml_datas\": [\n    {\n      \"service_name\": \"text\",\n      \"image_datas\": [\n        {\n          \"container_name\": \"text\",\n          \"image_name\": \"text\",\n          \"image_tag\": \"text\",\n          \"disable_image_dist\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn create_helm_delivery_version_legacy__server_body_shape() {
    check_example::<
        crate::types::HelmDeliveryVersionCreateRequestLegacy,
    >(
        "{\n  \"project_key\": \"text\",\n  \"version_name\": \"text\",\n  \"retry\": true,\n  \"env_name\": \"text\",\n  \"production\": true,\n  \"desc\": \"text\",\n  \"labels\": [\n    \"text\"\n  ],\n  \"image_registry_id\": \"text\",\n  \"chart_repo_name\": \"text\",\n  \"chart_datas\": [\n    {\n      \"service_name\": \"text\",\n      \"version\": \"text\",\n      \"image_datas\": [\n        {\n          \"container_name\": \"text\",\n          \"image_name\": \"text\",\n          \"image_tag\": \"text\",\n          \"disable_image_dist\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_environments__success() {
    check_example_as::<
        Vec<crate::types::EnvironmentSummary>,
    >(
        "[\n  {\n    \"env_name\": \"dev\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"k8s-fansitest-env-dev\",\n    \"production\": false,\n    \"registry_id\": \"630c7ad700430c131062e245\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690186199\n  },\n  {\n    \"env_name\": \"dev5\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"ai-test-2-env-dev\",\n    \"production\": false,\n    \"registry_id\": \"6350be2b4503905e98b4b771\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690181832\n  }\n]",
        "[\n  {\n    \"env_key\": \"dev\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"k8s-fansitest-env-dev\",\n    \"production\": false,\n    \"registry_id\": \"630c7ad700430c131062e245\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690186199\n  },\n  {\n    \"env_key\": \"dev5\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"ai-test-2-env-dev\",\n    \"production\": false,\n    \"registry_id\": \"6350be2b4503905e98b4b771\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690181832\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_environments__server_response_shape() {
    check_example::<
        Vec<crate::types::EnvironmentSummary>,
    >(
        "[\n  {\n    \"envName\": \"text\",\n    \"env_key\": \"text\",\n    \"cluster_id\": \"text\",\n    \"namespace\": \"text\",\n    \"production\": true,\n    \"registry_id\": \"text\",\n    \"status\": \"text\",\n    \"update_by\": \"text\",\n    \"update_time\": 1\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_production_environments__success() {
    check_example_as::<
        Vec<crate::types::EnvironmentSummary>,
    >(
        "[\n  {\n    \"env_name\": \"dev\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"k8s-fansitest-env-dev\",\n    \"production\": true,\n    \"registry_id\": \"630c7ad700430c131062e245\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690186199\n  },\n  {\n    \"env_name\": \"dev5\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"ai-test-2-env-dev\",\n    \"production\": true,\n    \"registry_id\": \"6350be2b4503905e98b4b771\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690181832\n  }\n]",
        "[\n  {\n    \"env_key\": \"dev\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"k8s-fansitest-env-dev\",\n    \"production\": true,\n    \"registry_id\": \"630c7ad700430c131062e245\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690186199\n  },\n  {\n    \"env_key\": \"dev5\",\n    \"cluster_id\": \"0123456789abcdef12345678\",\n    \"namespace\": \"ai-test-2-env-dev\",\n    \"production\": true,\n    \"registry_id\": \"6350be2b4503905e98b4b771\",\n    \"status\": \"success\",\n    \"update_by\": \"admin\",\n    \"update_time\": 1690181832\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_production_environments__server_response_shape() {
    check_example::<
        Vec<crate::types::EnvironmentSummary>,
    >(
        "[\n  {\n    \"envName\": \"text\",\n    \"env_key\": \"text\",\n    \"cluster_id\": \"text\",\n    \"namespace\": \"text\",\n    \"production\": true,\n    \"registry_id\": \"text\",\n    \"status\": \"text\",\n    \"update_by\": \"text\",\n    \"update_time\": 1\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_environment__success() {
    check_example::<
        crate::types::EnvironmentDetail,
    >(
        "{\n  \"project_key\": \"simple-demo\",\n  \"env_key\": \"dev\",\n  \"update_by\": \"admin\",\n  \"update_time\": 1689933256,\n  \"cluster_id\": \"0123456789abcdef12345678\",\n  \"namespace\": \"simple-demo-env-dev\",\n  \"registry_id\": \"630c7ad700430c131062e245\",\n  \"global_variables\": [\n    {\n      \"key\": \"cpuLimit\",\n      \"value\": \"1000m\",\n      \"type\": \"string\",\n      \"options\": [],\n      \"desc\": \"CPU Resource Limit\",\n      \"related_services\": [\n        \"service1\"\n      ]\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"service2\",\n      \"containers\": [\n        {\n          \"name\": \"myapp-1\",\n          \"image\": \"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\n          \"image_name\": \"myapp-1\"\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"env1\",\n          \"value\": \"demo\",\n          \"type\": \"string\"\n        }\n      ],\n      \"status\": \"running\",\n      \"type\": \"k8s\"\n    }\n  ],\n  \"status\": \"success\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_environment__server_response_shape() {
    check_example::<
        crate::types::EnvironmentDetail,
    >(
        "{\n  \"project_key\": \"text\",\n  \"env_key\": \"text\",\n  \"update_by\": \"text\",\n  \"update_time\": 1,\n  \"cluster_id\": \"text\",\n  \"namespace\": \"text\",\n  \"registry_id\": \"text\",\n  \"env_name\": \"text\",\n  \"global_variables\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\",\n      \"related_services\": [\n        \"text\"\n      ]\n    }\n  ],\n  \"chart_values\": [\n    {\n      \"envName\": \"text\",\n      \"serviceName\": \"text\",\n      \"is_chart_deploy\": true,\n      \"release_name\": \"text\",\n      \"chart_repo\": \"text\",\n      \"chart_name\": \"text\",\n      \"chartVersion\": \"text\",\n      \"overrideValues\": [\n        {\n          \"key\": \"text\"\n        }\n      ],\n      \"overrideYaml\": \"text\",\n      \"valuesData\": {\n        \"yamlSource\": \"text\",\n        \"source_id\": \"text\",\n        \"autoSync\": true,\n        \"autoSyncYaml\": \"text\",\n        \"gitRepoConfig\": {\n          \"codehostID\": 1,\n          \"owner\": \"text\",\n          \"namespace\": \"text\",\n          \"repo\": \"text\",\n          \"branch\": \"text\",\n          \"valuesPaths\": [\n            \"text\"\n          ]\n        }\n      },\n      \"yaml_data\": {\n        \"yaml_content\": \"text\",\n        \"render_variable_kvs\": [\n          {\n            \"key\": \"text\",\n            \"type\": \"bool\",\n            \"options\": [\n              \"text\"\n            ],\n            \"desc\": \"text\",\n            \"use_global_variable\": true,\n            \"is_reference_variable\": true\n          }\n        ],\n        \"source\": \"text\",\n        \"auto_sync\": true,\n        \"auto_sync_status\": \"text\",\n        \"auto_sync_yaml\": \"text\",\n        \"source_id\": \"text\"\n      },\n      \"variable_yaml\": \"text\",\n      \"deploy_strategy\": \"draft\"\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"deploy_strategy\": \"draft\",\n      \"containers\": [\n        {\n          \"name\": \"text\",\n          \"type\": \"init\",\n          \"image\": \"text\",\n          \"image_name\": \"text\",\n          \"image_path\": {\n            \"repo\": \"text\",\n            \"namespace\": \"text\",\n            \"image\": \"text\",\n            \"tag\": \"text\"\n          }\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"text\",\n          \"type\": \"bool\",\n          \"options\": [\n            \"text\"\n          ],\n          \"desc\": \"text\"\n        }\n      ],\n      \"status\": \"text\",\n      \"type\": \"text\"\n    }\n  ],\n  \"status\": \"text\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_production_environment__success() {
    check_example::<
        crate::types::EnvironmentDetail,
    >(
        "{\n  \"project_key\": \"simple-demo\",\n  \"env_key\": \"prod\",\n  \"env_name\": \"prod\",\n  \"update_by\": \"admin\",\n  \"update_time\": 1689933256,\n  \"cluster_id\": \"0123456789abcdef12345678\",\n  \"namespace\": \"simple-demo-env-prod\",\n  \"registry_id\": \"630c7ad700430c131062e245\",\n  \"global_variables\": [\n    {\n      \"key\": \"cpuLimit\",\n      \"value\": \"1000m\",\n      \"type\": \"string\",\n      \"options\": [],\n      \"desc\": \"CPU Resource Limit\",\n      \"related_services\": [\n        \"service1\"\n      ]\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"service2\",\n      \"containers\": [\n        {\n          \"name\": \"myapp-1\",\n          \"image\": \"koderover.tencentcloudcr.com/test/myapp-1:20230721164449-6-main\",\n          \"image_name\": \"myapp-1\"\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"env1\",\n          \"value\": \"demo\",\n          \"type\": \"string\"\n        }\n      ],\n      \"status\": \"running\",\n      \"type\": \"k8s\"\n    }\n  ],\n  \"status\": \"success\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_production_environment__server_response_shape() {
    check_example::<
        crate::types::EnvironmentDetail,
    >(
        "{\n  \"project_key\": \"text\",\n  \"env_key\": \"text\",\n  \"update_by\": \"text\",\n  \"update_time\": 1,\n  \"cluster_id\": \"text\",\n  \"namespace\": \"text\",\n  \"registry_id\": \"text\",\n  \"env_name\": \"text\",\n  \"global_variables\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\",\n      \"related_services\": [\n        \"text\"\n      ]\n    }\n  ],\n  \"chart_values\": [\n    {\n      \"envName\": \"text\",\n      \"serviceName\": \"text\",\n      \"is_chart_deploy\": true,\n      \"release_name\": \"text\",\n      \"chart_repo\": \"text\",\n      \"chart_name\": \"text\",\n      \"chartVersion\": \"text\",\n      \"overrideValues\": [\n        {\n          \"key\": \"text\"\n        }\n      ],\n      \"overrideYaml\": \"text\",\n      \"valuesData\": {\n        \"yamlSource\": \"text\",\n        \"source_id\": \"text\",\n        \"autoSync\": true,\n        \"autoSyncYaml\": \"text\",\n        \"gitRepoConfig\": {\n          \"codehostID\": 1,\n          \"owner\": \"text\",\n          \"namespace\": \"text\",\n          \"repo\": \"text\",\n          \"branch\": \"text\",\n          \"valuesPaths\": [\n            \"text\"\n          ]\n        }\n      },\n      \"yaml_data\": {\n        \"yaml_content\": \"text\",\n        \"render_variable_kvs\": [\n          {\n            \"key\": \"text\",\n            \"type\": \"bool\",\n            \"options\": [\n              \"text\"\n            ],\n            \"desc\": \"text\",\n            \"use_global_variable\": true,\n            \"is_reference_variable\": true\n          }\n        ],\n        \"source\": \"text\",\n        \"auto_sync\": true,\n        \"auto_sync_status\": \"text\",\n        \"auto_sync_yaml\": \"text\",\n        \"source_id\": \"text\"\n      },\n      \"variable_yaml\": \"text\",\n      \"deploy_strategy\": \"draft\"\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"deploy_strategy\": \"draft\",\n      \"containers\": [\n        {\n          \"name\": \"text\",\n          \"type\": \"init\",\n          \"image\": \"text\",\n          \"image_name\": \"text\",\n          \"image_path\": {\n            \"repo\": \"text\",\n            \"namespace\": \"text\",\n            \"image\": \"text\",\n            \"tag\": \"text\"\n          }\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"text\",\n          \"type\": \"bool\",\n          \"options\": [\n            \"text\"\n          ],\n          \"desc\": \"text\"\n        }\n      ],\n      \"status\": \"text\",\n      \"type\": \"text\"\n    }\n  ],\n  \"status\": \"text\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_environment_service__success() {
    check_example::<
        crate::types::EnvServiceDetail,
    >(
        "{\n  \"service_name\": \"service1\",\n  \"scales\": [\n    {\n      \"name\": \"service1\",\n      \"type\": \"Deployment\",\n      \"images\": [\n        {\n          \"name\": \"service1\",\n          \"image\": \"koderover.tencentcloudcr.com/test/service1:20231214162411\",\n          \"image_name\": \"service1\"\n        }\n      ],\n      \"pods\": [\n        {\n          \"kind\": \"ReplicaSet\",\n          \"name\": \"service1-5b94c8f98f-hsqfl\",\n          \"status\": \"Running\",\n          \"age\": \"34d\",\n          \"createtime\": 1704444315,\n          \"ip\": \"10.200.2.76\",\n          \"labels\": {\n            \"app.kubernetes.io/instance\": \"service1\",\n            \"app.kubernetes.io/name\": \"yaml\",\n            \"pod-template-hash\": \"5b94c8f98f\",\n            \"s-product\": \"yaml\",\n            \"s-service\": \"service1\"\n          },\n          \"containers\": [\n            {\n              \"name\": \"service1\",\n              \"image\": \"koderover.tencentcloudcr.com/test/service1:20231214162411\",\n              \"restart_count\": 0,\n              \"status\": \"running\",\n              \"ready\": true,\n              \"ports\": [\n                {\n                  \"containerPort\": 20211,\n                  \"protocol\": \"TCP\"\n                }\n              ],\n              \"message\": \"\",\n              \"reason\": \"\",\n              \"started_at\": 1704444316\n            }\n          ],\n          \"node_name\": \"172.16.0.46\",\n          \"host_ip\": \"172.16.0.46\",\n          \"enable_debug_container\": false,\n          \"pod_ready\": true,\n          \"containers_ready\": true,\n          \"containers_message\": \"\"\n        }\n      ],\n      \"replicas\": 1,\n      \"zadigx_release_type\": \"\",\n      \"zadigx_release_tag\": \"\"\n    }\n  ],\n  \"ingress\": [],\n  \"service_endpoints\": [\n    {\n      \"name\": \"service1\",\n      \"age\": \"119d\",\n      \"labels\": {\n        \"app.kubernetes.io/instance\": \"service1\",\n        \"app.kubernetes.io/name\": \"yaml\",\n        \"s-product\": \"yaml\",\n        \"s-service\": \"service1\"\n      },\n      \"endpoints\": [\n        {\n          \"service_name\": \"service1\",\n          \"service_port\": 20211,\n          \"node_port\": 30593\n        }\n      ]\n    }\n  ],\n  \"cron_jobs\": [],\n  \"namespace\": \"yaml-env-dev\",\n  \"env_name\": \"dev\",\n  \"product_name\": \"yaml\",\n  \"group_name\": \"\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_environment_service__server_response_shape() {
    check_example::<
        crate::types::EnvServiceDetail,
    >(
        "{\n  \"service_name\": \"text\",\n  \"scales\": [\n    {\n      \"name\": \"text\",\n      \"type\": \"text\",\n      \"images\": [\n        {\n          \"name\": \"text\",\n          \"image\": \"text\",\n          \"image_name\": \"text\"\n        }\n      ],\n      \"pods\": [\n        {\n          \"kind\": \"text\",\n          \"name\": \"text\",\n          \"status\": \"text\",\n          \"age\": \"text\",\n          \"createtime\": 1,\n          \"ip\": \"text\",\n          \"labels\": {\n            \"key\": \"text\"\n          },\n          \"containers\": [\n            {\n              \"name\": \"text\",\n              \"image\": \"text\",\n              \"restart_count\": 1,\n              \"status\": \"text\",\n              \"ready\": true,\n              \"ports\": [\n                {\n                  \"name\": \"text\",\n                  \"hostPort\": 1,\n                  \"containerPort\": 1,\n                  \"protocol\": \"TCP\",\n                  \"hostIP\": \"text\"\n                }\n              ],\n              \"message\": \"text\",\n              \"reason\": \"text\",\n              \"started_at\": 1,\n              \"finished_at\": 1\n            }\n          ],\n          \"node_name\": \"text\",\n          \"host_ip\": \"text\",\n          \"enable_debug_container\": true,\n          \"pod_ready\": true,\n          \"containers_ready\": true,\n          \"containers_message\": \"text\"\n        }\n      ],\n      \"replicas\": 1,\n      \"zadigx_release_type\": \"text\",\n      \"zadigx_release_tag\": \"text\"\n    }\n  ],\n  \"ingress\": [\n    {\n      \"name\": \"text\",\n      \"labels\": {\n        \"key\": \"text\"\n      },\n      \"host_info\": [\n        {\n          \"host\": \"text\",\n          \"backend\": [\n            {\n              \"path\": \"text\",\n              \"path_type\": \"text\",\n              \"service_name\": \"text\",\n              \"service_port\": \"text\"\n            }\n          ]\n        }\n      ],\n      \"ips\": [\n        \"text\"\n      ],\n      \"age\": \"text\"\n    }\n  ],\n  \"service_endpoints\": [\n    {\n      \"name\": \"text\",\n      \"age\": \"text\",\n      \"labels\": {\n        \"key\": \"text\"\n      },\n      \"endpoints\": [\n        {\n          \"service_name\": \"text\",\n          \"service_port\": 1,\n          \"node_port\": 1\n        }\n      ]\n    }\n  ],\n  \"cron_jobs\": [\n    {\n      \"name\": \"text\",\n      \"labels\": {\n        \"key\": \"text\"\n      },\n      \"images\": [\n        {\n          \"name\": \"text\",\n          \"image\": \"text\",\n          \"image_name\": \"text\"\n        }\n      ],\n      \"pods\": [\n        {\n          \"kind\": \"text\",\n          \"name\": \"text\",\n          \"status\": \"text\",\n          \"age\": \"text\",\n          \"createtime\": 1,\n          \"ip\": \"text\",\n          \"labels\": {\n            \"key\": \"text\"\n          },\n          \"containers\": [\n            {\n              \"name\": \"text\",\n              \"image\": \"text\",\n              \"restart_count\": 1,\n              \"status\": \"text\",\n              \"ready\": true,\n              \"ports\": [\n                {\n                  \"name\": \"text\",\n                  \"hostPort\": 1,\n                  \"containerPort\": 1,\n                  \"protocol\": \"TCP\",\n                  \"hostIP\": \"text\"\n                }\n              ],\n              \"message\": \"text\",\n              \"reason\": \"text\",\n              \"started_at\": 1,\n              \"finished_at\": 1\n            }\n          ],\n          \"node_name\": \"text\",\n          \"host_ip\": \"text\",\n          \"enable_debug_container\": true,\n          \"pod_ready\": true,\n          \"containers_ready\": true,\n          \"containers_message\": \"text\"\n        }\n      ],\n      \"create_time\": 1,\n      \"suspend\": true,\n      \"schedule\": \"text\",\n      \"last_schedule\": \"text\",\n      \"active\": 1\n    }\n  ],\n  \"namespace\": \"text\",\n  \"env_name\": \"text\",\n  \"product_name\": \"text\",\n  \"group_name\": \"text\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_production_environment_service__success() {
    check_example::<
        crate::types::EnvServiceDetail,
    >(
        "{\n  \"service_name\": \"service1\",\n  \"scales\": [\n    {\n      \"name\": \"service1\",\n      \"type\": \"Deployment\",\n      \"images\": [\n        {\n          \"name\": \"service1\",\n          \"image\": \"koderover.tencentcloudcr.com/test/service1:20231214162411\",\n          \"image_name\": \"service1\"\n        }\n      ],\n      \"pods\": [\n        {\n          \"kind\": \"ReplicaSet\",\n          \"name\": \"service1-5b94c8f98f-hsqfl\",\n          \"status\": \"Running\",\n          \"age\": \"34d\",\n          \"createtime\": 1704444315,\n          \"ip\": \"10.200.2.76\",\n          \"labels\": {\n            \"app.kubernetes.io/instance\": \"service1\",\n            \"app.kubernetes.io/name\": \"yaml\",\n            \"pod-template-hash\": \"5b94c8f98f\",\n            \"s-product\": \"yaml\",\n            \"s-service\": \"service1\"\n          },\n          \"containers\": [\n            {\n              \"name\": \"service1\",\n              \"image\": \"koderover.tencentcloudcr.com/test/service1:20231214162411\",\n              \"restart_count\": 0,\n              \"status\": \"running\",\n              \"ready\": true,\n              \"ports\": [\n                {\n                  \"containerPort\": 20211,\n                  \"protocol\": \"TCP\"\n                }\n              ],\n              \"message\": \"\",\n              \"reason\": \"\",\n              \"started_at\": 1704444316\n            }\n          ],\n          \"node_name\": \"172.16.0.46\",\n          \"host_ip\": \"172.16.0.46\",\n          \"enable_debug_container\": false,\n          \"pod_ready\": true,\n          \"containers_ready\": true,\n          \"containers_message\": \"\"\n        }\n      ],\n      \"replicas\": 1,\n      \"zadigx_release_type\": \"\",\n      \"zadigx_release_tag\": \"\"\n    }\n  ],\n  \"ingress\": [],\n  \"service_endpoints\": [\n    {\n      \"name\": \"service1\",\n      \"age\": \"119d\",\n      \"labels\": {\n        \"app.kubernetes.io/instance\": \"service1\",\n        \"app.kubernetes.io/name\": \"yaml\",\n        \"s-product\": \"yaml\",\n        \"s-service\": \"service1\"\n      },\n      \"endpoints\": [\n        {\n          \"service_name\": \"service1\",\n          \"service_port\": 20211,\n          \"node_port\": 30593\n        }\n      ]\n    }\n  ],\n  \"cron_jobs\": [],\n  \"namespace\": \"yaml-env-dev\",\n  \"env_name\": \"dev\",\n  \"product_name\": \"yaml\",\n  \"group_name\": \"\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_production_environment_service__server_response_shape() {
    check_example::<
        crate::types::EnvServiceDetail,
    >(
        "{\n  \"service_name\": \"text\",\n  \"scales\": [\n    {\n      \"name\": \"text\",\n      \"type\": \"text\",\n      \"images\": [\n        {\n          \"name\": \"text\",\n          \"image\": \"text\",\n          \"image_name\": \"text\"\n        }\n      ],\n      \"pods\": [\n        {\n          \"kind\": \"text\",\n          \"name\": \"text\",\n          \"status\": \"text\",\n          \"age\": \"text\",\n          \"createtime\": 1,\n          \"ip\": \"text\",\n          \"labels\": {\n            \"key\": \"text\"\n          },\n          \"containers\": [\n            {\n              \"name\": \"text\",\n              \"image\": \"text\",\n              \"restart_count\": 1,\n              \"status\": \"text\",\n              \"ready\": true,\n              \"ports\": [\n                {\n                  \"name\": \"text\",\n                  \"hostPort\": 1,\n                  \"containerPort\": 1,\n                  \"protocol\": \"TCP\",\n                  \"hostIP\": \"text\"\n                }\n              ],\n              \"message\": \"text\",\n              \"reason\": \"text\",\n              \"started_at\": 1,\n              \"finished_at\": 1\n            }\n          ],\n          \"node_name\": \"text\",\n          \"host_ip\": \"text\",\n          \"enable_debug_container\": true,\n          \"pod_ready\": true,\n          \"containers_ready\": true,\n          \"containers_message\": \"text\"\n        }\n      ],\n      \"replicas\": 1,\n      \"zadigx_release_type\": \"text\",\n      \"zadigx_release_tag\": \"text\"\n    }\n  ],\n  \"ingress\": [\n    {\n      \"name\": \"text\",\n      \"labels\": {\n        \"key\": \"text\"\n      },\n      \"host_info\": [\n        {\n          \"host\": \"text\",\n          \"backend\": [\n            {\n              \"path\": \"text\",\n              \"path_type\": \"text\",\n              \"service_name\": \"text\",\n              \"service_port\": \"text\"\n            }\n          ]\n        }\n      ],\n      \"ips\": [\n        \"text\"\n      ],\n      \"age\": \"text\"\n    }\n  ],\n  \"service_endpoints\": [\n    {\n      \"name\": \"text\",\n      \"age\": \"text\",\n      \"labels\": {\n        \"key\": \"text\"\n      },\n      \"endpoints\": [\n        {\n          \"service_name\": \"text\",\n          \"service_port\": 1,\n          \"node_port\": 1\n        }\n      ]\n    }\n  ],\n  \"cron_jobs\": [\n    {\n      \"name\": \"text\",\n      \"labels\": {\n        \"key\": \"text\"\n      },\n      \"images\": [\n        {\n          \"name\": \"text\",\n          \"image\": \"text\",\n          \"image_name\": \"text\"\n        }\n      ],\n      \"pods\": [\n        {\n          \"kind\": \"text\",\n          \"name\": \"text\",\n          \"status\": \"text\",\n          \"age\": \"text\",\n          \"createtime\": 1,\n          \"ip\": \"text\",\n          \"labels\": {\n            \"key\": \"text\"\n          },\n          \"containers\": [\n            {\n              \"name\": \"text\",\n              \"image\": \"text\",\n              \"restart_count\": 1,\n              \"status\": \"text\",\n              \"ready\": true,\n              \"ports\": [\n                {\n                  \"name\": \"text\",\n                  \"hostPort\": 1,\n                  \"containerPort\": 1,\n                  \"protocol\": \"TCP\",\n                  \"hostIP\": \"text\"\n                }\n              ],\n              \"message\": \"text\",\n              \"reason\": \"text\",\n              \"started_at\": 1,\n              \"finished_at\": 1\n            }\n          ],\n          \"node_name\": \"text\",\n          \"host_ip\": \"text\",\n          \"enable_debug_container\": true,\n          \"pod_ready\": true,\n          \"containers_ready\": true,\n          \"containers_message\": \"text\"\n        }\n      ],\n      \"create_time\": 1,\n      \"suspend\": true,\n      \"schedule\": \"text\",\n      \"last_schedule\": \"text\",\n      \"active\": 1\n    }\n  ],\n  \"namespace\": \"text\",\n  \"env_name\": \"text\",\n  \"product_name\": \"text\",\n  \"group_name\": \"text\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn create_environment__request() {
    check_example::<
        crate::types::CreateEnvironmentRequest,
    >(
        "{\n  \"env_key\": \"dev7\",\n  \"cluster_id\": \"0123456789abcdef12345678\",\n  \"namespace\": \"ai-test-2-env-dev\",\n  \"registry_id\": \"6350be2b4503905e98b4b771\",\n  \"global_variables\": [\n    {\n      \"key\": \"cpuLimit\",\n      \"value\": \"15m\"\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"service2\",\n      \"type\": \"k8s\",\n      \"containers\": [\n        {\n          \"image\": \"koderover.tencentcloudcr.com/test/service2:20230730070002-38-main\",\n          \"image_name\": \"service2\",\n          \"name\": \"service2\"\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpu\",\n          \"value\": \"8m\"\n        },\n        {\n          \"key\": \"cpuLimit\",\n          \"value\": \"15m\"\n        }\n      ]\n    }\n  ],\n  \"env_configs\": [\n    {\n      \"yaml_data\": \"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\",\n      \"common_env_cfg_type\": \"ConfigMap\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn create_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn create_environment__server_body_shape() {
    check_example::<
        crate::types::CreateEnvironmentRequest,
    >(
        "{\n  \"production\": true,\n  \"project_key\": \"text\",\n  \"env_key\": \"text\",\n  \"cluster_id\": \"text\",\n  \"namespace\": \"text\",\n  \"registry_id\": \"text\",\n  \"env_name\": \"text\",\n  \"sub_env\": {\n    \"enable\": true,\n    \"base_env\": \"text\"\n  },\n  \"global_variables\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\",\n      \"related_services\": [\n        \"text\"\n      ]\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"deploy_strategy\": \"draft\",\n      \"containers\": [\n        {\n          \"name\": \"text\",\n          \"type\": \"init\",\n          \"image\": \"text\",\n          \"image_name\": \"text\",\n          \"image_path\": {\n            \"repo\": \"text\",\n            \"namespace\": \"text\",\n            \"image\": \"text\",\n            \"tag\": \"text\"\n          }\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"text\",\n          \"type\": \"bool\",\n          \"options\": [\n            \"text\"\n          ],\n          \"desc\": \"text\",\n          \"use_global_variable\": true,\n          \"is_reference_variable\": true\n        }\n      ],\n      \"status\": \"text\",\n      \"type\": \"text\"\n    }\n  ],\n  \"env_configs\": [\n    {\n      \"name\": \"text\",\n      \"auto_sync\": true,\n      \"common_env_cfg_type\": \"text\",\n      \"yaml_data\": \"text\",\n      \"git_repo_config\": {\n        \"codehost_id\": 1,\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"namespace\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      }\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn create_production_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn create_production_environment__server_body_shape() {
    check_example::<
        crate::types::CreateEnvironmentRequest,
    >(
        "{\n  \"production\": true,\n  \"project_key\": \"text\",\n  \"env_key\": \"text\",\n  \"cluster_id\": \"text\",\n  \"namespace\": \"text\",\n  \"registry_id\": \"text\",\n  \"env_name\": \"text\",\n  \"sub_env\": {\n    \"enable\": true,\n    \"base_env\": \"text\"\n  },\n  \"global_variables\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\",\n      \"related_services\": [\n        \"text\"\n      ]\n    }\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"deploy_strategy\": \"draft\",\n      \"containers\": [\n        {\n          \"name\": \"text\",\n          \"type\": \"init\",\n          \"image\": \"text\",\n          \"image_name\": \"text\",\n          \"image_path\": {\n            \"repo\": \"text\",\n            \"namespace\": \"text\",\n            \"image\": \"text\",\n            \"tag\": \"text\"\n          }\n        }\n      ],\n      \"variable_kvs\": [\n        {\n          \"key\": \"text\",\n          \"type\": \"bool\",\n          \"options\": [\n            \"text\"\n          ],\n          \"desc\": \"text\",\n          \"use_global_variable\": true,\n          \"is_reference_variable\": true\n        }\n      ],\n      \"status\": \"text\",\n      \"type\": \"text\"\n    }\n  ],\n  \"env_configs\": [\n    {\n      \"name\": \"text\",\n      \"auto_sync\": true,\n      \"common_env_cfg_type\": \"text\",\n      \"yaml_data\": \"text\",\n      \"git_repo_config\": {\n        \"codehost_id\": 1,\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"namespace\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      }\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn create_helm_environment__server_body_shape() {
    check_example::<
        crate::types::CreateHelmEnvironmentRequest,
    >(
        "{\n  \"production\": true,\n  \"project_key\": \"text\",\n  \"env_name\": \"text\",\n  \"cluster_id\": \"text\",\n  \"namespace\": \"text\",\n  \"registry_id\": \"text\",\n  \"alias\": \"text\",\n  \"sub_env\": {\n    \"enable\": true,\n    \"base_env\": \"text\"\n  }\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_production_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn delete_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn delete_production_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn add_environment_services__request() {
    check_example::<
        crate::types::AddEnvironmentServicesRequest,
    >(
        "{\n  \"env_key\": \"dev\",\n  \"service_list\": [\n    {\n      \"service_name\": \"service2\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpuLimit\",\n          \"use_global_variable\": true\n        },\n        {\n          \"key\": \"port\",\n          \"value\": \"20221\"\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn add_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn add_environment_services__server_body_shape() {
    check_example::<
        crate::types::AddEnvironmentServicesRequest,
    >(
        "{\n  \"env_key\": \"text\",\n  \"service_list\": [\n    {\n      \"service_name\": \"text\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"text\",\n          \"type\": \"bool\",\n          \"options\": [\n            \"text\"\n          ],\n          \"desc\": \"text\",\n          \"use_global_variable\": true,\n          \"is_reference_variable\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn add_production_environment_services__request() {
    check_example::<
        crate::types::AddEnvironmentServicesRequest,
    >(
        "{\n  \"env_key\": \"dev\",\n  \"service_list\": [\n    {\n      \"service_name\": \"service2\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpuLimit\",\n          \"use_global_variable\": true\n        },\n        {\n          \"key\": \"port\",\n          \"value\": \"20221\"\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn add_production_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn add_production_environment_services__server_body_shape() {
    check_example::<
        crate::types::AddEnvironmentServicesRequest,
    >(
        "{\n  \"env_key\": \"text\",\n  \"service_list\": [\n    {\n      \"service_name\": \"text\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"text\",\n          \"type\": \"bool\",\n          \"options\": [\n            \"text\"\n          ],\n          \"desc\": \"text\",\n          \"use_global_variable\": true,\n          \"is_reference_variable\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn add_helm_environment_services__server_response_shape() {
    check_example::<
        Vec<crate::types::EnvUpdateStatus>,
    >(
        "[\n  {\n    \"env_name\": \"text\",\n    \"status\": \"text\",\n    \"err_message\": \"text\"\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn add_helm_environment_services__server_body_shape() {
    check_example::<
        crate::types::AddHelmServicesRequest,
    >(
        "{\n  \"production\": true,\n  \"env_name\": \"text\",\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"override_kvs\": [\n        {\n          \"key\": \"text\"\n        }\n      ],\n      \"values_yaml\": \"text\",\n      \"import_values_from_git\": {\n        \"codehost_name\": \"text\",\n        \"namespace\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"value_path\": \"text\",\n        \"auto_sync\": true\n      },\n      \"deploy_strategy\": \"draft\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_environment_services__request() {
    check_example::<
        crate::types::UpdateEnvironmentServicesRequest,
    >(
        "{\n  \"service_list\": [\n    {\n      \"service_name\": \"service2\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpu\",\n          \"value\": \"4m\",\n          \"use_global_variable\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_environment_services__server_body_shape() {
    check_example::<
        crate::types::UpdateEnvironmentServicesRequest,
    >(
        "{\n  \"service_list\": [\n    {\n      \"service_name\": \"text\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"text\",\n          \"type\": \"bool\",\n          \"options\": [\n            \"text\"\n          ],\n          \"desc\": \"text\",\n          \"use_global_variable\": true,\n          \"is_reference_variable\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_production_environment_services__request() {
    check_example::<
        crate::types::UpdateEnvironmentServicesRequest,
    >(
        "{\n  \"service_list\": [\n    {\n      \"service_name\": \"service2\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"cpu\",\n          \"value\": \"4m\",\n          \"use_global_variable\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_production_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_production_environment_services__server_body_shape() {
    check_example::<
        crate::types::UpdateEnvironmentServicesRequest,
    >(
        "{\n  \"service_list\": [\n    {\n      \"service_name\": \"text\",\n      \"variable_kvs\": [\n        {\n          \"key\": \"text\",\n          \"type\": \"bool\",\n          \"options\": [\n            \"text\"\n          ],\n          \"desc\": \"text\",\n          \"use_global_variable\": true,\n          \"is_reference_variable\": true\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn delete_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn delete_environment_services__server_body_shape() {
    check_example::<
        crate::types::DeleteEnvironmentServicesRequest,
    >(
        "{\n  \"env_key\": \"text\",\n  \"service_names\": [\n    \"text\"\n  ],\n  \"not_delete_resource\": true\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn delete_production_environment_services__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn delete_production_environment_services__server_body_shape() {
    check_example::<
        crate::types::DeleteEnvironmentServicesRequest,
    >(
        "{\n  \"env_key\": \"text\",\n  \"service_names\": [\n    \"text\"\n  ],\n  \"not_delete_resource\": true\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_environment_global_variables__success() {
    check_example::<
        Vec<crate::types::GlobalVariableKV>,
    >(
        "[\n  {\n    \"key\": \"cpuLimit\",\n    \"value\": \"1000m\",\n    \"type\": \"string\",\n    \"options\": [],\n    \"desc\": \"CPU Limit\",\n    \"related_services\": [\n      \"service1\",\n      \"service2\"\n    ]\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_environment_global_variables__server_response_shape() {
    check_example::<
        Vec<crate::types::GlobalVariableKV>,
    >(
        "[\n  {\n    \"key\": \"text\",\n    \"type\": \"bool\",\n    \"options\": [\n      \"text\"\n    ],\n    \"desc\": \"text\",\n    \"related_services\": [\n      \"text\"\n    ]\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_production_environment_global_variables__success() {
    check_example::<
        Vec<crate::types::GlobalVariableKV>,
    >(
        "[\n  {\n    \"key\": \"cpuLimit\",\n    \"value\": \"1000m\",\n    \"type\": \"string\",\n    \"options\": [],\n    \"desc\": \"CPU Limit\",\n    \"related_services\": [\n      \"service1\",\n      \"service2\"\n    ]\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_production_environment_global_variables__server_response_shape() {
    check_example::<
        Vec<crate::types::GlobalVariableKV>,
    >(
        "[\n  {\n    \"key\": \"text\",\n    \"type\": \"bool\",\n    \"options\": [\n      \"text\"\n    ],\n    \"desc\": \"text\",\n    \"related_services\": [\n      \"text\"\n    ]\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_environment_global_variables__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_environment_global_variables__server_body_shape() {
    check_example::<
        crate::types::UpdateGlobalVariablesRequest,
    >(
        "{\n  \"global_variables\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\",\n      \"related_services\": [\n        \"text\"\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_production_environment_global_variables__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_production_environment_global_variables__server_body_shape() {
    check_example::<
        crate::types::UpdateGlobalVariablesRequest,
    >(
        "{\n  \"global_variables\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\",\n      \"related_services\": [\n        \"text\"\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn create_env_config__request() {
    check_example::<
        crate::types::CreateEnvConfigRequest,
    >(
        "{\n  \"name\": \"game-demo\",\n  \"common_env_cfg_type\": \"ConfigMap\",\n  \"yaml_data\": \"apiVersion: v1\\ndata:\\n  root-cert.pem: |\\n    -----BEGIN CERTIFICATE-----\\n    MIIC/TCCAeWgAwIBAgIRAISZur/+Sm1i2dv4w5qWhy0wDQYJKoZIhvcNAQELBQAw\\n    GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yMjA4MTUwMjM5MTdaFw0zMjA4\\n    MTIwMjM5MTdaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3\\n    DQEBAQUAA4IBDwAwggEKAoIBAQDQWPcRpknooTvvR8rg9XOXtOV2XyW2mDCBhQ0E\\n    THTQI17l5UK+AkhifJwUeGcc6KsZvBff7ksf5eQ6e1XBkwhEFTn0QBNTQwzVH/gz\\n    dVLB/SYgDKZyUBq3N2E0V1tYsrXE/Mc5qRcnBwscAdOcH5gpW3ZxfRUr7t40DY0H\\n    Im8RIajIB7UyT9lo+unaPozF5AuIN4ylv6XGcO1voXimCXNg5r2T/ATTA/vqJcS2\\n    ZlaT/85+cZCycu8ZwZaVNgxlyjE1CgUBEdMxy0svMXpJvDondEZEPfZVuB1X2FUL\\n    fczThsA7XmBvBYKXoKD7cAGlJS1I2nkfxXk+dkN+tolDQA6NAgMBAAGjQjBAMA4G\\n    A1UdDwEB/wQEAwICBDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBS1JbJ810a/\\n    +KEqd78PtqTKRu+iqDANBgkqhkiG9w0BAQsFAAOCAQEAy833M/pdnLkKmZK9NaTp\\n    Ten5TQdxhRlPuG3dBfU45VXQ0IhgO7Er0caPagMaVPkqdfuUcd5sT5lfEiJUtt3B\\n    bOhyPK09GkD7muhO7Bx1o+qAPXkCjf0JRcAgQcpZ5va72V6bB8CJ5+6YoQV4eQGa\\n    mF80vbzPx3zR6At+3JAZaMhbXItBWJi5ULIGMaJ3JRUvqBMG1jsZdeqOa/fTjVc1\\n    6gdX/O9eZjfRdnUiBv4kCD00nr74crXfvAmQGDX/EbNqYGLNHqAdqRgibUYowvEC\\n    9gaZfvKU4lOaWYnwE4RlJ1Q6uhVgH45fFiq8pAeflSh56TLbjRfi/VM2lg3GN+cm\\n    6g==\\n    -----END CERTIFICATE-----\\nkind: ConfigMap\\nmetadata:\\n  creationTimestamp: \\\"2023-07-06T08:01:16Z\\\"\\n  labels:\\n    istio.io/config: \\\"true\\\"\\n  name: istio-ca-root-cert-test\\n  namespace: ai-test-2-env-dev\\n  selfLink: /api/v1/namespaces/ai-test-2-env-dev/configmaps/istio-ca-root-cert\\n  uid: 767723b1-8bb2-4c51-92fd-d224bf0c0dc5\\n\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn create_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn create_env_config__server_body_shape() {
    check_example::<
        crate::types::CreateEnvConfigRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"common_env_cfg_type\": \"Ingress\",\n  \"created_by\": \"text\",\n  \"created_time\": 1,\n  \"update_by\": \"text\",\n  \"update_time\": 1,\n  \"env_key\": \"text\",\n  \"product_name\": \"text\",\n  \"service_name\": \"text\",\n  \"services\": [\n    \"text\"\n  ],\n  \"yaml_data\": \"text\",\n  \"source_detail\": {\n    \"git_repo_config\": {\n      \"codehost_id\": 1,\n      \"owner\": \"text\",\n      \"repo\": \"text\",\n      \"branch\": \"text\",\n      \"namespace\": \"text\",\n      \"values_paths\": [\n        \"text\"\n      ]\n    },\n    \"commit\": {\n      \"sha\": \"text\",\n      \"message\": \"text\"\n    },\n    \"load_path\": \"text\"\n  },\n  \"restart_associated_svc\": true,\n  \"auto_sync\": true\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn create_production_env_config__request() {
    check_example::<
        crate::types::CreateEnvConfigRequest,
    >(
        "{\n  \"name\": \"game-demo\",\n  \"common_env_cfg_type\": \"ConfigMap\",\n  \"yaml_data\": \"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn create_production_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn create_production_env_config__server_body_shape() {
    check_example::<
        crate::types::CreateEnvConfigRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"common_env_cfg_type\": \"Ingress\",\n  \"created_by\": \"text\",\n  \"created_time\": 1,\n  \"update_by\": \"text\",\n  \"update_time\": 1,\n  \"env_key\": \"text\",\n  \"product_name\": \"text\",\n  \"service_name\": \"text\",\n  \"services\": [\n    \"text\"\n  ],\n  \"yaml_data\": \"text\",\n  \"source_detail\": {\n    \"git_repo_config\": {\n      \"codehost_id\": 1,\n      \"owner\": \"text\",\n      \"repo\": \"text\",\n      \"branch\": \"text\",\n      \"namespace\": \"text\",\n      \"values_paths\": [\n        \"text\"\n      ]\n    },\n    \"commit\": {\n      \"sha\": \"text\",\n      \"message\": \"text\"\n    },\n    \"load_path\": \"text\"\n  },\n  \"restart_associated_svc\": true,\n  \"auto_sync\": true\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_env_configs__success() {
    check_example::<
        Vec<crate::types::EnvConfigSummary>,
    >(
        "[\n  {\n    \"name\": \"game-demo\",\n    \"env_name\": \"dev\",\n    \"project_name\": \"simple-demo\",\n    \"common_env_cfg_type\": \"ConfigMap\"\n  },\n  {\n    \"name\": \"istio-ca-root-cert\",\n    \"env_name\": \"dev\",\n    \"project_name\": \"simple-demo\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"update_time\": 1687259964\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_env_configs__server_response_shape() {
    check_example::<
        Vec<crate::types::EnvConfigSummary>,
    >(
        "[\n  {\n    \"name\": \"text\",\n    \"env_name\": \"text\",\n    \"project_name\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"update_by\": \"text\",\n    \"update_time\": 1\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_production_env_configs__success() {
    check_example::<
        Vec<crate::types::EnvConfigSummary>,
    >(
        "[\n  {\n    \"name\": \"game-demo\",\n    \"env_name\": \"dev\",\n    \"project_name\": \"simple-demo\",\n    \"common_env_cfg_type\": \"ConfigMap\"\n  },\n  {\n    \"name\": \"istio-ca-root-cert\",\n    \"env_name\": \"dev\",\n    \"project_name\": \"simple-demo\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"update_time\": 1687259964\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_production_env_configs__server_response_shape() {
    check_example::<
        Vec<crate::types::EnvConfigSummary>,
    >(
        "[\n  {\n    \"name\": \"text\",\n    \"env_name\": \"text\",\n    \"project_name\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"update_by\": \"text\",\n    \"update_time\": 1\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_env_config__success() {
    check_example_as::<
        crate::types::EnvConfigDetail,
    >(
        "{\n  \"configMap_detail\": {\n    \"name\": \"istio-ca-root-cert\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"created_time\": 1686225615,\n    \"env_key\": \"dev\",\n    \"product_key\": \"simple-demo\",\n    \"yaml_data\": \".......\",\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"kr-test\",\n        \"namespace\": \"kr-test-org1\",\n        \"owner\": \"kr-test-org1\",\n        \"repo\": \"config-data\",\n        \"branch\": \"main\"\n      },\n      \"load_path\": \"cm.yaml\",\n      \"auto_sync\": true\n    }\n  }\n}",
        "{\n  \"configMap_detail\": {\n    \"name\": \"istio-ca-root-cert\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"created_time\": 1686225615,\n    \"env_key\": \"dev\",\n    \"project_key\": \"simple-demo\",\n    \"yaml_data\": \".......\",\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"kr-test\",\n        \"namespace\": \"kr-test-org1\",\n        \"owner\": \"kr-test-org1\",\n        \"repo\": \"config-data\",\n        \"branch\": \"main\"\n      },\n      \"load_path\": \"cm.yaml\",\n      \"auto_sync\": true\n    }\n  }\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_env_config__server_response_shape() {
    check_example::<
        crate::types::EnvConfigDetail,
    >(
        "{\n  \"ingress_detail\": {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"env_key\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"update_by\": \"text\",\n    \"update_time\": 1,\n    \"yaml_data\": \"text\",\n    \"services\": [\n      \"text\"\n    ],\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"text\",\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      },\n      \"load_path\": \"text\"\n    },\n    \"host_info\": \"text\",\n    \"address\": \"text\",\n    \"ports\": \"text\",\n    \"error_reason\": \"text\"\n  },\n  \"secret_detail\": {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"env_key\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"update_by\": \"text\",\n    \"update_time\": 1,\n    \"yaml_data\": \"text\",\n    \"services\": [\n      \"text\"\n    ],\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"text\",\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      },\n      \"load_path\": \"text\"\n    },\n    \"secret_type\": \"text\"\n  },\n  \"pvc_detail\": {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"env_key\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"update_by\": \"text\",\n    \"update_time\": 1,\n    \"yaml_data\": \"text\",\n    \"services\": [\n      \"text\"\n    ],\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"text\",\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      },\n      \"load_path\": \"text\"\n    },\n    \"status\": \"text\",\n    \"volume\": \"text\",\n    \"access_modes\": \"text\",\n    \"storage_class\": \"text\",\n    \"capacity\": \"text\"\n  },\n  \"configMap_detail\": {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"env_key\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"update_by\": \"text\",\n    \"update_time\": 1,\n    \"yaml_data\": \"text\",\n    \"services\": [\n      \"text\"\n    ],\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"text\",\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      },\n      \"load_path\": \"text\"\n    },\n    \"immutable\": true,\n    \"cm_data\": {\n      \"key\": \"text\"\n    }\n  }\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_production_env_config__success() {
    check_example_as::<
        crate::types::EnvConfigDetail,
    >(
        "{\n  \"configMap_detail\": {\n    \"name\": \"istio-ca-root-cert\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"created_time\": 1686225615,\n    \"env_key\": \"dev\",\n    \"product_key\": \"simple-demo\",\n    \"yaml_data\": \".......\",\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"kr-test\",\n        \"namespace\": \"kr-test-org1\",\n        \"owner\": \"kr-test-org1\",\n        \"repo\": \"config-data\",\n        \"branch\": \"main\"\n      },\n      \"load_path\": \"cm.yaml\",\n      \"auto_sync\": true\n    }\n  }\n}",
        "{\n  \"configMap_detail\": {\n    \"name\": \"istio-ca-root-cert\",\n    \"common_env_cfg_type\": \"ConfigMap\",\n    \"created_time\": 1686225615,\n    \"env_key\": \"dev\",\n    \"project_key\": \"simple-demo\",\n    \"yaml_data\": \".......\",\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"kr-test\",\n        \"namespace\": \"kr-test-org1\",\n        \"owner\": \"kr-test-org1\",\n        \"repo\": \"config-data\",\n        \"branch\": \"main\"\n      },\n      \"load_path\": \"cm.yaml\",\n      \"auto_sync\": true\n    }\n  }\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn get_production_env_config__server_response_shape() {
    check_example::<
        crate::types::EnvConfigDetail,
    >(
        "{\n  \"ingress_detail\": {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"env_key\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"update_by\": \"text\",\n    \"update_time\": 1,\n    \"yaml_data\": \"text\",\n    \"services\": [\n      \"text\"\n    ],\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"text\",\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      },\n      \"load_path\": \"text\"\n    },\n    \"host_info\": \"text\",\n    \"address\": \"text\",\n    \"ports\": \"text\",\n    \"error_reason\": \"text\"\n  },\n  \"secret_detail\": {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"env_key\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"update_by\": \"text\",\n    \"update_time\": 1,\n    \"yaml_data\": \"text\",\n    \"services\": [\n      \"text\"\n    ],\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"text\",\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      },\n      \"load_path\": \"text\"\n    },\n    \"secret_type\": \"text\"\n  },\n  \"pvc_detail\": {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"env_key\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"update_by\": \"text\",\n    \"update_time\": 1,\n    \"yaml_data\": \"text\",\n    \"services\": [\n      \"text\"\n    ],\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"text\",\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      },\n      \"load_path\": \"text\"\n    },\n    \"status\": \"text\",\n    \"volume\": \"text\",\n    \"access_modes\": \"text\",\n    \"storage_class\": \"text\",\n    \"capacity\": \"text\"\n  },\n  \"configMap_detail\": {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"env_key\": \"text\",\n    \"common_env_cfg_type\": \"Ingress\",\n    \"created_by\": \"text\",\n    \"created_time\": 1,\n    \"update_by\": \"text\",\n    \"update_time\": 1,\n    \"yaml_data\": \"text\",\n    \"services\": [\n      \"text\"\n    ],\n    \"source_detail\": {\n      \"git_repo_config\": {\n        \"codehost_key\": \"text\",\n        \"owner\": \"text\",\n        \"repo\": \"text\",\n        \"branch\": \"text\",\n        \"values_paths\": [\n          \"text\"\n        ]\n      },\n      \"load_path\": \"text\"\n    },\n    \"immutable\": true,\n    \"cm_data\": {\n      \"key\": \"text\"\n    }\n  }\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_env_config__request() {
    check_example::<
        crate::types::UpdateEnvConfigRequest,
    >(
        "{\n  \"name\": \"game-demo\",\n  \"env_key\": \"dev\",\n  \"common_env_cfg_type\": \"ConfigMap\",\n  \"yaml_data\": \"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: game-demo\\ndata:\\n  player_initial_lives: \\\"3\\\"\\n  ui_properties_file_name: \\\"user-interface.properties\\\"\\n\\n  game.properties: |\\n    enemy.types=aliens,monsters\\n    player.maximum-lives=25    \\n  user-interface.properties: |\\n    color.good=purple\\n    color.bad=yellow\\n    allow.textmode=true    \"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_env_config__server_body_shape() {
    check_example::<
        crate::types::UpdateEnvConfigRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"common_env_cfg_type\": \"Ingress\",\n  \"created_by\": \"text\",\n  \"created_time\": 1,\n  \"update_by\": \"text\",\n  \"update_time\": 1,\n  \"env_key\": \"text\",\n  \"product_name\": \"text\",\n  \"service_name\": \"text\",\n  \"services\": [\n    \"text\"\n  ],\n  \"yaml_data\": \"text\",\n  \"source_detail\": {\n    \"git_repo_config\": {\n      \"codehost_id\": 1,\n      \"owner\": \"text\",\n      \"repo\": \"text\",\n      \"branch\": \"text\",\n      \"namespace\": \"text\",\n      \"values_paths\": [\n        \"text\"\n      ]\n    },\n    \"commit\": {\n      \"sha\": \"text\",\n      \"message\": \"text\"\n    },\n    \"load_path\": \"text\"\n  },\n  \"restart_associated_svc\": true,\n  \"auto_sync\": true\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_production_env_config__server_body_shape() {
    check_example::<
        crate::types::UpdateEnvConfigRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"common_env_cfg_type\": \"Ingress\",\n  \"created_by\": \"text\",\n  \"created_time\": 1,\n  \"update_by\": \"text\",\n  \"update_time\": 1,\n  \"env_key\": \"text\",\n  \"product_name\": \"text\",\n  \"service_name\": \"text\",\n  \"services\": [\n    \"text\"\n  ],\n  \"yaml_data\": \"text\",\n  \"source_detail\": {\n    \"git_repo_config\": {\n      \"codehost_id\": 1,\n      \"owner\": \"text\",\n      \"repo\": \"text\",\n      \"branch\": \"text\",\n      \"namespace\": \"text\",\n      \"values_paths\": [\n        \"text\"\n      ]\n    },\n    \"commit\": {\n      \"sha\": \"text\",\n      \"message\": \"text\"\n    },\n    \"load_path\": \"text\"\n  },\n  \"restart_associated_svc\": true,\n  \"auto_sync\": true\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn delete_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": 200\n}");
}
#[cfg(feature = "environment")]
#[test]
fn delete_production_env_config__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": 200\n}");
}
#[cfg(feature = "environment")]
#[test]
fn scale_workload__request() {
    check_example::<
        crate::types::ScaleWorkloadRequest,
    >(
        "{\n  \"project_key\": \"microservice-demo\",\n  \"env_key\": \"dev\",\n  \"workload_name\": \"backend\",\n  \"workload_type\": \"Deployment\",\n  \"service_name\": \"backend\",\n  \"target_replicas\": 3\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn scale_workload__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn scale_workload__server_body_shape() {
    check_example::<
        crate::types::ScaleWorkloadRequest,
    >(
        "{\n  \"project_key\": \"text\",\n  \"env_key\": \"text\",\n  \"service_name\": \"text\",\n  \"workload_name\": \"text\",\n  \"workload_type\": \"text\",\n  \"target_replicas\": 1\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn restart_environment_service__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn restart_production_environment_service__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn list_environment_service_pods__server_response_shape() {
    check_example::<
        crate::types::ServicePodList,
    >(
        "{\n  \"service_name\": \"text\",\n  \"pods\": [\n    {\n      \"pod_name\": \"text\",\n      \"status\": \"text\",\n      \"pod_ready\": true,\n      \"containers_ready\": true,\n      \"create_time\": 1,\n      \"ip\": \"text\",\n      \"images\": [\n        \"text\"\n      ],\n      \"workload_name\": \"text\",\n      \"workload_type\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_production_environment_service_pods__server_response_shape() {
    check_example::<
        crate::types::ServicePodList,
    >(
        "{\n  \"service_name\": \"text\",\n  \"pods\": [\n    {\n      \"pod_name\": \"text\",\n      \"status\": \"text\",\n      \"pod_ready\": true,\n      \"containers_ready\": true,\n      \"create_time\": 1,\n      \"ip\": \"text\",\n      \"images\": [\n        \"text\"\n      ],\n      \"workload_name\": \"text\",\n      \"workload_type\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn restart_environment_service_pod__server_response_shape() {
    check_example::<crate::types::PodRestartResult>("{\n  \"message\": \"text\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn restart_production_environment_service_pod__server_response_shape() {
    check_example::<crate::types::PodRestartResult>("{\n  \"message\": \"text\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_deployment_image__request() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"product_name\": \"patrick-dev1-k8s-1\",\n  \"service_name\": \"service1\",\n  \"container_name\": \"service1\",\n  \"name\": \"service1\",\n  \"image\": \"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\n  \"env_name\": \"dev2\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_deployment_image__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_deployment_image__server_body_shape() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"type\": \"text\",\n  \"product_name\": \"text\",\n  \"env_name\": \"text\",\n  \"service_name\": \"text\",\n  \"name\": \"text\",\n  \"container_name\": \"text\",\n  \"image\": \"text\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_statefulset_image__request() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"product_name\": \"patrick-dev1-k8s-1\",\n  \"service_name\": \"service1\",\n  \"container_name\": \"service1\",\n  \"name\": \"service1\",\n  \"image\": \"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\n  \"env_name\": \"dev2\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_statefulset_image__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_statefulset_image__server_body_shape() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"type\": \"text\",\n  \"product_name\": \"text\",\n  \"env_name\": \"text\",\n  \"service_name\": \"text\",\n  \"name\": \"text\",\n  \"container_name\": \"text\",\n  \"image\": \"text\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_cronjob_image__request() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"product_name\": \"patrick-dev1-k8s-1\",\n  \"service_name\": \"service1\",\n  \"container_name\": \"service1\",\n  \"name\": \"service1\",\n  \"image\": \"koderover.tencentcloudcr.com/test/service1:20231116105254-6-main\",\n  \"env_name\": \"dev2\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_cronjob_image__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn update_cronjob_image__server_body_shape() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"type\": \"text\",\n  \"product_name\": \"text\",\n  \"env_name\": \"text\",\n  \"service_name\": \"text\",\n  \"name\": \"text\",\n  \"container_name\": \"text\",\n  \"image\": \"text\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn update_job_image__server_body_shape() {
    check_example::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\n  \"type\": \"text\",\n  \"product_name\": \"text\",\n  \"env_name\": \"text\",\n  \"service_name\": \"text\",\n  \"name\": \"text\",\n  \"container_name\": \"text\",\n  \"image\": \"text\"\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_environment_events__success() {
    check_example::<
        Vec<crate::types::KubeEvent>,
    >(
        "[\n  {\n    \"reason\": \"ScalingReplicaSet\",\n    \"message\": \"Scaled up replica set service1-7cc994479d to 1\",\n    \"first_seen\": 1707396095,\n    \"last_seen\": 1707396095,\n    \"count\": 1,\n    \"type\": \"Normal\"\n  },\n  {\n    \"reason\": \"ScalingReplicaSet\",\n    \"message\": \"Scaled down replica set service1-67455dd499 to 0\",\n    \"first_seen\": 1707396102,\n    \"last_seen\": 1707396102,\n    \"count\": 1,\n    \"type\": \"Normal\"\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn list_environment_events__server_response_shape() {
    check_example::<
        Vec<crate::types::KubeEvent>,
    >(
        "[\n  {\n    \"reason\": \"text\",\n    \"message\": \"text\",\n    \"first_seen\": 1,\n    \"last_seen\": 1,\n    \"count\": 1,\n    \"type\": \"text\"\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn check_workload_k8s_services__success() {
    check_example::<
        Vec<String>,
    >("[\n  \"service2.Deployment\",\n  \"service1.Deployment\"\n]");
}
#[cfg(feature = "environment")]
#[test]
fn check_workload_k8s_services__server_response_shape() {
    check_example::<Vec<String>>("[\n  \"text\"\n]");
}
#[cfg(feature = "environment")]
#[test]
fn enable_sub_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn disable_sub_environment__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn check_sub_environment_ready__success() {
    check_example::<
        crate::types::ShareEnvReadiness,
    >(
        "{\n  \"is_ready\": true,\n  \"checks\": {\n    \"namespace_has_istio_label\": false,\n    \"virtualservice_deployed\": false,\n    \"pods_have_istio_proxy\": false,\n    \"workloads_ready\": true,\n    \"workloads_have_k8s_service\": true\n  }\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn check_sub_environment_ready__server_response_shape() {
    check_example::<
        crate::types::ShareEnvReadiness,
    >(
        "{\n  \"is_ready\": true,\n  \"checks\": {\n    \"namespace_has_istio_label\": true,\n    \"virtualservice_deployed\": true,\n    \"pods_have_istio_proxy\": true,\n    \"workloads_ready\": true,\n    \"workloads_have_k8s_service\": true\n  }\n}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn set_entry_service__request() {
    check_example::<
        Vec<crate::types::EntryServiceServer>,
    >(
        "[\n  {\n    \"host\": \"zcms-a-b1.8slan.com\",\n    \"port_number\": 80,\n    \"port_protocol\": \"HTTP\"\n  },\n  {\n    \"host\": \"a.zicemoshi-helm-env-dev\",\n    \"port_number\": 80,\n    \"port_protocol\": \"HTTP\"\n  }\n]",
    );
}
#[cfg(feature = "environment")]
#[test]
fn set_entry_service__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "environment")]
#[test]
fn set_entry_service__server_body_shape() {
    check_example::<
        Vec<crate::types::EntryServiceServer>,
    >(
        "[\n  {\n    \"host\": \"text\",\n    \"port_number\": 1,\n    \"port_protocol\": \"text\"\n  }\n]",
    );
}
#[cfg(feature = "insight")]
#[test]
fn get_statistics_overview__server_response_shape() {
    check_example::<
        crate::types::StatisticsOverview,
    >(
        "{\n  \"project_count\": 1,\n  \"cluster_count\": 1,\n  \"service_count\": 1,\n  \"workflow_count\": 1,\n  \"env_count\": 1,\n  \"artifact_count\": 1\n}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn get_build_statistics__server_response_shape() {
    check_example::<
        crate::types::BuildStatistics,
    >(
        "{\n  \"total\": 1,\n  \"success\": 1,\n  \"data\": [\n    {\n      \"date\": \"text\",\n      \"success\": 1,\n      \"failure\": 1,\n      \"total\": 1\n    }\n  ]\n}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn get_deploy_statistics__server_response_shape() {
    check_example::<
        crate::types::DeployStatistics,
    >(
        "{\n  \"total\": 1,\n  \"success\": 1,\n  \"data\": [\n    {\n      \"project_key\": \"text\",\n      \"production\": true,\n      \"success\": 1,\n      \"rollback\": 1,\n      \"failed\": 1,\n      \"timeout\": 1,\n      \"date\": \"text\",\n      \"create_time\": 1,\n      \"update_time\": 1\n    }\n  ]\n}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn get_test_statistics__server_response_shape() {
    check_example::<
        crate::types::TestStatistics,
    >(
        "{\n  \"case_count\": 1,\n  \"exec_count\": 1,\n  \"success_count\": 1,\n  \"average_runtime\": 1,\n  \"data\": [\n    {\n      \"date\": \"text\",\n      \"success_count\": 1,\n      \"timeout_count\": 1,\n      \"failed_count\": 1\n    }\n  ]\n}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn get_release_statistics__server_response_shape() {
    check_example::<
        crate::types::ReleaseStatistics,
    >(
        "{\n  \"total\": 1,\n  \"success_count\": 1,\n  \"daily_stat\": [\n    {\n      \"date\": \"text\",\n      \"total\": 1,\n      \"success_count\": 1,\n      \"fail_count\": 1\n    }\n  ]\n}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn get_rollback_statistics_detail__server_response_shape() {
    check_example::<
        crate::types::RollbackStatDetail,
    >(
        "{\n  \"total\": 1,\n  \"data\": [\n    {\n      \"project_key\": \"text\",\n      \"env_name\": \"text\",\n      \"env_type\": \"zadig\",\n      \"production\": true,\n      \"operation_type\": \"zadig\",\n      \"service_name\": \"text\",\n      \"service_type\": \"helm\",\n      \"origin_service\": {\n        \"service_name\": \"text\",\n        \"release_name\": \"text\",\n        \"containers\": [\n          {\n            \"name\": \"text\",\n            \"type\": \"init\",\n            \"image\": \"text\",\n            \"image_name\": \"text\"\n          }\n        ],\n        \"rendered_yaml\": \"text\",\n        \"values_yaml\": \"text\",\n        \"override_values\": \"text\",\n        \"update_time\": 1\n      },\n      \"update_service\": {\n        \"service_name\": \"text\",\n        \"release_name\": \"text\",\n        \"containers\": [\n          {\n            \"name\": \"text\",\n            \"type\": \"init\",\n            \"image\": \"text\",\n            \"image_name\": \"text\"\n          }\n        ],\n        \"rendered_yaml\": \"text\",\n        \"values_yaml\": \"text\",\n        \"override_values\": \"text\",\n        \"update_time\": 1\n      },\n      \"origin_sae_app\": {\n        \"app_name\": \"text\",\n        \"app_id\": \"text\",\n        \"image_url\": \"text\",\n        \"package_url\": \"text\",\n        \"instances\": 1\n      },\n      \"update_sae_app\": {\n        \"app_name\": \"text\",\n        \"app_id\": \"text\",\n        \"image_url\": \"text\",\n        \"package_url\": \"text\",\n        \"instances\": 1\n      },\n      \"create_by\": {\n        \"uid\": \"text\",\n        \"account\": \"text\",\n        \"name\": \"text\",\n        \"identity_type\": \"text\"\n      },\n      \"create_time\": 1\n    }\n  ]\n}",
    );
}
#[cfg(feature = "project")]
#[test]
fn create_project__server_body_shape() {
    check_example::<
        crate::types::ProjectCreateRequest,
    >(
        "{\n  \"project_name\": \"text\",\n  \"project_key\": \"text\",\n  \"is_public\": true,\n  \"description\": \"text\",\n  \"project_type\": \"text\"\n}",
    );
}
#[cfg(feature = "project")]
#[test]
fn create_yaml_project__server_body_shape() {
    check_example::<
        crate::types::ProjectInitializeRequest,
    >(
        "{\n  \"project_name\": \"text\",\n  \"project_key\": \"text\",\n  \"is_public\": true,\n  \"description\": \"text\",\n  \"service_list\": [\n    {\n      \"source\": \"text\",\n      \"service_name\": \"text\",\n      \"template_name\": \"text\",\n      \"variable_yaml\": [\n        {\n          \"key\": \"text\"\n        }\n      ],\n      \"auto_sync\": true,\n      \"yaml\": \"text\",\n      \"values_yaml\": \"text\"\n    }\n  ],\n  \"env_list\": [\n    {\n      \"env_key\": \"text\",\n      \"cluster_name\": \"text\",\n      \"namespace\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "project")]
#[test]
fn create_helm_project__server_body_shape() {
    check_example::<
        crate::types::ProjectInitializeRequest,
    >(
        "{\n  \"project_name\": \"text\",\n  \"project_key\": \"text\",\n  \"is_public\": true,\n  \"description\": \"text\",\n  \"service_list\": [\n    {\n      \"source\": \"text\",\n      \"service_name\": \"text\",\n      \"template_name\": \"text\",\n      \"variable_yaml\": [\n        {\n          \"key\": \"text\"\n        }\n      ],\n      \"auto_sync\": true,\n      \"yaml\": \"text\",\n      \"values_yaml\": \"text\"\n    }\n  ],\n  \"env_list\": [\n    {\n      \"env_key\": \"text\",\n      \"cluster_name\": \"text\",\n      \"namespace\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "project")]
#[test]
fn get_project__server_response_shape() {
    check_example::<
        crate::types::ProjectDetail,
    >(
        "{\n  \"project_name\": \"text\",\n  \"project_key\": \"text\",\n  \"is_public\": true,\n  \"desc\": \"text\",\n  \"deploy_type\": \"text\",\n  \"create_time\": 1,\n  \"created_by\": \"text\"\n}",
    );
}
#[cfg(feature = "project")]
#[test]
fn get_project_global_variables__server_response_shape() {
    check_example::<
        crate::types::ProjectGlobalVariables,
    >(
        "{\n  \"variables\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\"\n    }\n  ],\n  \"production_variables\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "project")]
#[test]
fn create_collaboration_mode__server_body_shape() {
    check_example::<
        crate::types::CollaborationModeCreateRequest,
    >(
        "{\n  \"project_key\": \"text\",\n  \"name\": \"text\",\n  \"user_ids\": [\n    \"text\"\n  ],\n  \"group_ids\": [\n    \"text\"\n  ],\n  \"workflows\": [\n    {\n      \"name\": \"text\",\n      \"collaboration_type\": \"share\",\n      \"verbs\": [\n        \"text\"\n      ]\n    }\n  ],\n  \"envs\": [\n    {\n      \"name\": \"text\",\n      \"collaboration_type\": \"share\",\n      \"verbs\": [\n        \"text\"\n      ]\n    }\n  ],\n  \"recycle_day\": 1\n}",
    );
}
#[cfg(feature = "registry")]
#[test]
fn create_registry__server_body_shape() {
    check_example::<
        crate::types::OpenApiCreateRegistryReq,
    >(
        "{\n  \"address\": \"text\",\n  \"provider\": \"text\",\n  \"namespace\": \"text\",\n  \"is_default\": true,\n  \"access_key\": \"text\",\n  \"secret_key\": \"text\",\n  \"enable_tls\": true,\n  \"region\": \"text\",\n  \"tls_cert\": \"text\"\n}",
    );
}
#[cfg(feature = "registry")]
#[test]
fn list_registries__server_response_shape() {
    check_example::<
        Vec<crate::types::OpenApiRegistry>,
    >(
        "[\n  {\n    \"registry_id\": \"text\",\n    \"address\": \"text\",\n    \"provider\": \"text\",\n    \"region\": \"text\",\n    \"namespace\": \"text\",\n    \"is_default\": true\n  }\n]",
    );
}
#[cfg(feature = "registry")]
#[test]
fn get_registry__server_response_shape() {
    check_example::<
        crate::types::OpenApiRegistry,
    >(
        "{\n  \"registry_id\": \"text\",\n  \"address\": \"text\",\n  \"provider\": \"text\",\n  \"region\": \"text\",\n  \"namespace\": \"text\",\n  \"is_default\": true\n}",
    );
}
#[cfg(feature = "registry")]
#[test]
fn update_registry__server_body_shape() {
    check_example::<
        crate::types::OpenApiRegistry,
    >(
        "{\n  \"registry_id\": \"text\",\n  \"address\": \"text\",\n  \"provider\": \"text\",\n  \"region\": \"text\",\n  \"namespace\": \"text\",\n  \"is_default\": true\n}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn list_release_plans__success() {
    check_example::<
        crate::types::ReleasePlanList,
    >(
        "{\n  \"list\": [\n    {\n      \"id\": \"64f58a7ac573f7325c2744b6\",\n      \"index\": 31,\n      \"name\": \"test-workflow-0904\",\n      \"manager\": \"admin\",\n      \"description\": \"\",\n      \"created_by\": \"admin\",\n      \"create_time\": 1693813370\n    }\n  ],\n  \"total\": 26\n}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn list_release_plans__server_response_shape() {
    check_example::<
        crate::types::ReleasePlanList,
    >(
        "{\n  \"list\": [\n    {\n      \"id\": \"0123456789abcdef01234567\",\n      \"index\": 1,\n      \"name\": \"text\",\n      \"manager\": \"text\",\n      \"description\": \"text\",\n      \"created_by\": \"text\",\n      \"create_time\": 1\n    }\n  ],\n  \"total\": 1\n}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn get_release_plan__success() {
    check_example::<
        crate::types::ReleasePlan,
    >(
        "{\n  \"id\": \"64f1a7cd1b7bd46ec353b50c\",\n  \"index\": 21,\n  \"name\": \"plan-A\",\n  \"manager\": \"admin\",\n  \"manager_id\": \"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\n  \"start_time\": 1693558721,\n  \"end_time\": 1694016000,\n  \"schedule_execute_time\": 1694016000,\n  \"description\": \"\",\n  \"created_by\": \"admin\",\n  \"create_time\": 1693558733,\n  \"updated_by\": \"admin\",\n  \"update_time\": 1693558750,\n  \"approval\": {\n    \"enabled\": true,\n    \"status\": \"\",\n    \"type\": \"native\",\n    \"description\": \"\",\n    \"native_approval\": {\n      \"timeout\": 5,\n      \"approve_users\": [\n        {\n          \"user_id\": \"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\n          \"user_name\": \"admin\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"\",\n          \"operation_time\": 0\n        }\n      ],\n      \"needed_approvers\": 1,\n      \"reject_or_approve\": \"\",\n      \"instance_code\": \"\"\n    },\n    \"lark_approval\": {\n      \"timeout\": 5,\n      \"approval_id\": \"\",\n      \"default_approval_initiator\": null,\n      \"approve_users\": [],\n      \"approval_nodes\": [\n        {\n          \"approve_users\": [],\n          \"type\": \"AND\",\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"\"\n    },\n    \"dingtalk_approval\": {\n      \"timeout\": 5,\n      \"approval_id\": \"\",\n      \"default_approval_initiator\": null,\n      \"approval_nodes\": [\n        {\n          \"approve_users\": [],\n          \"type\": \"AND\",\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"\"\n    }\n  },\n  \"jobs\": [\n    {\n      \"id\": \"0b655ad6-5d08-4f1c-8ff6-7eb004c7c7bd\",\n      \"name\": \"中间件变更\",\n      \"type\": \"text\",\n      \"spec\": {\n        \"content\": \"<p>2222</p><p data-f-id=\\\"pbf\\\" style=\\\"text-align: center; font-size: 14px; margin-top: 30px; opacity: 0.65; font-family: sans-serif;\\\">Powered by <a href=\\\"https://www.froala.com/wysiwyg-editor?pb=1\\\" title=\\\"Froala Editor\\\">Froala Editor</a></p>\"\n      },\n      \"status\": \"\",\n      \"last_status\": \"\",\n      \"updated\": true,\n      \"executed_by\": \"\",\n      \"executed_time\": 0\n    }\n  ],\n  \"status\": \"planning\",\n  \"planning_time\": 0,\n  \"approval_time\": 0,\n  \"executing_time\": 0,\n  \"success_time\": 0\n}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn get_release_plan__server_response_shape() {
    check_example::<
        crate::types::ReleasePlan,
    >(
        "{\n  \"id\": \"0123456789abcdef01234567\",\n  \"index\": 1,\n  \"version\": 1,\n  \"name\": \"text\",\n  \"manager\": \"text\",\n  \"manager_id\": \"text\",\n  \"approver_id\": \"text\",\n  \"start_time\": 1,\n  \"end_time\": 1,\n  \"schedule_execute_time\": 1,\n  \"description\": \"text\",\n  \"created_by\": \"text\",\n  \"create_time\": 1,\n  \"updated_by\": \"text\",\n  \"update_time\": 1,\n  \"jira_sprint_association\": {\n    \"jira_id\": \"text\",\n    \"sprints\": [\n      {\n        \"project_name\": \"text\",\n        \"project_key\": \"text\",\n        \"board_id\": 1,\n        \"sprint_id\": 1,\n        \"sprint_name\": \"text\"\n      }\n    ]\n  },\n  \"approval\": {\n    \"enabled\": true,\n    \"status\": \"disabled\",\n    \"type\": \"native\",\n    \"description\": \"text\",\n    \"start_time\": 1,\n    \"end_time\": 1,\n    \"native_approval\": {\n      \"timeout\": 1,\n      \"approve_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"flat_approve_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"needed_approvers\": 1,\n      \"reject_or_approve\": \"\",\n      \"instance_code\": \"text\"\n    },\n    \"lark_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"default_approval_initiator\": {\n        \"id\": \"text\",\n        \"id_type\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"is_executor\": true,\n        \"is_stage_executor\": true,\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_initiator\": {\n        \"id\": \"text\",\n        \"id_type\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"is_executor\": true,\n        \"is_stage_executor\": true,\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_nodes\": [\n        {\n          \"type\": \"START\",\n          \"approve_node_type\": \"\",\n          \"approve_groups\": [\n            {\n              \"group_id\": \"text\",\n              \"group_name\": \"text\"\n            }\n          ],\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true,\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"cc_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true\n            }\n          ],\n          \"cc_groups\": [\n            {\n              \"group_id\": \"text\",\n              \"group_name\": \"text\"\n            }\n          ],\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"text\",\n      \"approval_instance\": {\n        \"approval_name\": \"text\",\n        \"start_time\": \"text\",\n        \"end_time\": \"text\",\n        \"user_id\": \"text\",\n        \"open_id\": \"text\",\n        \"serial_number\": \"text\",\n        \"department_id\": \"text\",\n        \"status\": \"text\",\n        \"uuid\": \"text\",\n        \"form\": \"text\",\n        \"task_list\": [\n          {\n            \"id\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"status\": \"text\",\n            \"node_id\": \"text\",\n            \"node_name\": \"text\",\n            \"custom_node_id\": \"text\",\n            \"type\": \"text\",\n            \"start_time\": \"text\",\n            \"end_time\": \"text\",\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          }\n        ],\n        \"modified_instance_code\": \"text\",\n        \"reverted_instance_code\": \"text\",\n        \"approval_code\": \"text\",\n        \"reverted\": true,\n        \"instance_code\": \"text\",\n        \"comment_list\": [\n          {\n            \"id\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"comment\": \"text\",\n            \"create_time\": \"text\",\n            \"files\": [\n              {\n                \"url\": \"text\",\n                \"file_size\": 1,\n                \"title\": \"text\",\n                \"type\": \"text\"\n              }\n            ]\n          }\n        ],\n        \"timeline\": [\n          {\n            \"type\": \"text\",\n            \"create_time\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"user_id_list\": [\n              \"text\"\n            ],\n            \"open_id_list\": [\n              \"text\"\n            ],\n            \"task_id\": \"text\",\n            \"comment\": \"text\",\n            \"cc_user_list\": [\n              {\n                \"user_id\": \"text\",\n                \"cc_id\": \"text\",\n                \"open_id\": \"text\",\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"ext\": \"text\",\n            \"node_key\": \"text\",\n            \"files\": [\n              {\n                \"url\": \"text\",\n                \"file_size\": 1,\n                \"title\": \"text\",\n                \"type\": \"text\"\n              }\n            ],\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          }\n        ],\n        \"user_name\": \"text\",\n        \"user_avatar\": \"text\"\n      },\n      \"approve_users\": [\n        {\n          \"id\": \"text\",\n          \"id_type\": \"text\",\n          \"name\": \"text\",\n          \"avatar\": \"text\",\n          \"is_executor\": true,\n          \"is_stage_executor\": true,\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ]\n    },\n    \"dingtalk_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"default_approval_initiator\": {\n        \"id\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_nodes\": [\n        {\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"type\": \"text\",\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"text\"\n    },\n    \"workwx_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"creator_user\": {\n        \"name\": \"text\",\n        \"id\": \"text\"\n      },\n      \"approval_nodes\": [\n        {\n          \"type\": 1,\n          \"apv_rel\": 1,\n          \"users\": [\n            {\n              \"name\": \"text\",\n              \"id\": \"text\"\n            }\n          ],\n          \"userid\": [\n            \"text\"\n          ],\n          \"status\": 1,\n          \"sub_nodes\": [\n            {\n              \"user_info\": {\n                \"user_id\": \"text\"\n              },\n              \"speech\": \"text\",\n              \"status\": 1,\n              \"timestamp\": 1\n            }\n          ]\n        }\n      ],\n      \"approval_node_details\": [\n        {\n          \"type\": 1,\n          \"apv_rel\": 1,\n          \"users\": [\n            {\n              \"name\": \"text\",\n              \"id\": \"text\"\n            }\n          ],\n          \"userid\": [\n            \"text\"\n          ],\n          \"status\": 1,\n          \"sub_nodes\": [\n            {\n              \"user_info\": {\n                \"user_id\": \"text\"\n              },\n              \"speech\": \"text\",\n              \"status\": 1,\n              \"timestamp\": 1\n            }\n          ]\n        }\n      ],\n      \"instance_id\": \"text\"\n    }\n  },\n  \"jobs\": [\n    {\n      \"id\": \"text\",\n      \"name\": \"text\",\n      \"manager\": \"text\",\n      \"manager_id\": \"text\",\n      \"type\": \"text\",\n      \"status\": \"todo\",\n      \"last_status\": \"todo\",\n      \"updated\": true,\n      \"executed_by\": \"text\",\n      \"executed_time\": 1\n    }\n  ],\n  \"status\": \"planning\",\n  \"planning_time\": 1,\n  \"finish_planning_time\": 1,\n  \"approval_time\": 1,\n  \"executing_time\": 1,\n  \"success_time\": 1,\n  \"instance_code\": \"text\",\n  \"hook_settings\": {\n    \"enable\": true,\n    \"enable_call_back\": true,\n    \"hook_events\": [\n      \"finish_planning\"\n    ]\n  },\n  \"wait_for_finish_planning_external_check_time\": 1,\n  \"wait_for_approve_external_check_time\": 1,\n  \"wait_for_execute_external_check_time\": 1,\n  \"wait_for_all_done_external_check_time\": 1,\n  \"external_check_failed_reason\": \"text\",\n  \"callback_description\": \"text\"\n}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn create_release_plan__request() {
    check_example::<
        crate::types::CreateReleasePlanRequest,
    >(
        "{\n  \"name\": \"plan-example\",\n  \"manager\": \"admin\",\n  \"manager_identity_type\": \"system\",\n  \"start_time\": 1693558721,\n  \"end_time\": 1694016000,\n  \"description\": \"\",\n  \"approval\": {\n    \"enabled\": true,\n    \"status\": \"\",\n    \"type\": \"native\",\n    \"description\": \"\",\n    \"native_approval\": {\n      \"timeout\": 5,\n      \"approve_users\": [\n        {\n          \"user_id\": \"c565c7eb-e273-11ed-bef9-a659ed9f1ed1\",\n          \"user_name\": \"admin\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"\",\n          \"operation_time\": 0\n        }\n      ],\n      \"needed_approvers\": 1,\n      \"reject_or_approve\": \"\",\n      \"instance_code\": \"\"\n    }\n  }\n}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn create_release_plan__success() {
    check_example::<
        crate::types::CreateReleasePlanResponse,
    >("{\n  \"id\": \"6895627bd3a843cb7423728a\"\n}");
}
#[cfg(feature = "release_plan")]
#[test]
fn create_release_plan__server_response_shape() {
    check_example::<crate::types::CreateReleasePlanResponse>("{\n  \"id\": \"text\"\n}");
}
#[cfg(feature = "release_plan")]
#[test]
fn create_release_plan__server_body_shape() {
    check_example::<
        crate::types::CreateReleasePlanRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"manager\": \"text\",\n  \"manager_identity_type\": \"text\",\n  \"start_time\": 1,\n  \"end_time\": 1,\n  \"schedule_execute_time\": 1,\n  \"description\": \"text\",\n  \"approval\": {\n    \"enabled\": true,\n    \"status\": \"disabled\",\n    \"type\": \"native\",\n    \"description\": \"text\",\n    \"start_time\": 1,\n    \"end_time\": 1,\n    \"native_approval\": {\n      \"timeout\": 1,\n      \"approve_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"flat_approve_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"needed_approvers\": 1,\n      \"reject_or_approve\": \"\",\n      \"instance_code\": \"text\"\n    },\n    \"lark_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"default_approval_initiator\": {\n        \"id\": \"text\",\n        \"id_type\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"is_executor\": true,\n        \"is_stage_executor\": true,\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_initiator\": {\n        \"id\": \"text\",\n        \"id_type\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"is_executor\": true,\n        \"is_stage_executor\": true,\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_nodes\": [\n        {\n          \"type\": \"START\",\n          \"approve_node_type\": \"\",\n          \"approve_groups\": [\n            {\n              \"group_id\": \"text\",\n              \"group_name\": \"text\"\n            }\n          ],\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true,\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"cc_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true\n            }\n          ],\n          \"cc_groups\": [\n            {\n              \"group_id\": \"text\",\n              \"group_name\": \"text\"\n            }\n          ],\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"text\",\n      \"approval_instance\": {\n        \"approval_name\": \"text\",\n        \"start_time\": \"text\",\n        \"end_time\": \"text\",\n        \"user_id\": \"text\",\n        \"open_id\": \"text\",\n        \"serial_number\": \"text\",\n        \"department_id\": \"text\",\n        \"status\": \"text\",\n        \"uuid\": \"text\",\n        \"form\": \"text\",\n        \"task_list\": [\n          {\n            \"id\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"status\": \"text\",\n            \"node_id\": \"text\",\n            \"node_name\": \"text\",\n            \"custom_node_id\": \"text\",\n            \"type\": \"text\",\n            \"start_time\": \"text\",\n            \"end_time\": \"text\",\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          }\n        ],\n        \"modified_instance_code\": \"text\",\n        \"reverted_instance_code\": \"text\",\n        \"approval_code\": \"text\",\n        \"reverted\": true,\n        \"instance_code\": \"text\",\n        \"comment_list\": [\n          {\n            \"id\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"comment\": \"text\",\n            \"create_time\": \"text\",\n            \"files\": [\n              {\n                \"url\": \"text\",\n                \"file_size\": 1,\n                \"title\": \"text\",\n                \"type\": \"text\"\n              }\n            ]\n          }\n        ],\n        \"timeline\": [\n          {\n            \"type\": \"text\",\n            \"create_time\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"user_id_list\": [\n              \"text\"\n            ],\n            \"open_id_list\": [\n              \"text\"\n            ],\n            \"task_id\": \"text\",\n            \"comment\": \"text\",\n            \"cc_user_list\": [\n              {\n                \"user_id\": \"text\",\n                \"cc_id\": \"text\",\n                \"open_id\": \"text\",\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"ext\": \"text\",\n            \"node_key\": \"text\",\n            \"files\": [\n              {\n                \"url\": \"text\",\n                \"file_size\": 1,\n                \"title\": \"text\",\n                \"type\": \"text\"\n              }\n            ],\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          }\n        ],\n        \"user_name\": \"text\",\n        \"user_avatar\": \"text\"\n      },\n      \"approve_users\": [\n        {\n          \"id\": \"text\",\n          \"id_type\": \"text\",\n          \"name\": \"text\",\n          \"avatar\": \"text\",\n          \"is_executor\": true,\n          \"is_stage_executor\": true,\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ]\n    },\n    \"dingtalk_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"default_approval_initiator\": {\n        \"id\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_nodes\": [\n        {\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"type\": \"text\",\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"text\"\n    },\n    \"workwx_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"creator_user\": {\n        \"name\": \"text\",\n        \"id\": \"text\"\n      },\n      \"approval_nodes\": [\n        {\n          \"type\": 1,\n          \"apv_rel\": 1,\n          \"users\": [\n            {\n              \"name\": \"text\",\n              \"id\": \"text\"\n            }\n          ],\n          \"userid\": [\n            \"text\"\n          ],\n          \"status\": 1,\n          \"sub_nodes\": [\n            {\n              \"user_info\": {\n                \"user_id\": \"text\"\n              },\n              \"speech\": \"text\",\n              \"status\": 1,\n              \"timestamp\": 1\n            }\n          ]\n        }\n      ],\n      \"approval_node_details\": [\n        {\n          \"type\": 1,\n          \"apv_rel\": 1,\n          \"users\": [\n            {\n              \"name\": \"text\",\n              \"id\": \"text\"\n            }\n          ],\n          \"userid\": [\n            \"text\"\n          ],\n          \"status\": 1,\n          \"sub_nodes\": [\n            {\n              \"user_info\": {\n                \"user_id\": \"text\"\n              },\n              \"speech\": \"text\",\n              \"status\": 1,\n              \"timestamp\": 1\n            }\n          ]\n        }\n      ],\n      \"instance_id\": \"text\"\n    }\n  }\n}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn update_release_plan__request() {
    check_example::<
        crate::types::UpdateReleasePlanRequest,
    >(
        "{\n  \"description\": \"test2\",\n  \"jobs\": [\n    {\n      \"name\": \"Text-1\",\n      \"spec\": {\n        \"content\": \"Hello, World 1.\",\n        \"remark\": \"abc\"\n      },\n      \"type\": \"text\"\n    },\n    {\n      \"name\": \"Workflow-1\",\n      \"spec\": {\n        \"workflow_key\": \"old-hook\",\n        \"project_key\": \"yaml\",\n        \"remark\": \"remark-2\",\n        \"inputs\": [\n          {\n            \"job_name\": \"build\",\n            \"job_type\": \"zadig-build\",\n            \"parameters\": {\n              \"registry\": \"https://koderover.*********.com/test\",\n              \"service_list\": [\n                {\n                  \"service_module\": \"service1\",\n                  \"service_name\": \"service1\",\n                  \"repo_info\": [\n                    {\n                      \"codehost_name\": \"gitlab\",\n                      \"repo_namespace\": \"kr-*****\",\n                      \"repo_name\": \"multi-service-demo\",\n                      \"branch\": \"patrick-01\"\n                    }\n                  ],\n                  \"inputs\": [\n                    {\n                      \"key\": \"gggg\",\n                      \"value\": \"abcd\"\n                    }\n                  ]\n                }\n              ]\n            }\n          },\n          {\n            \"job_name\": \"deploy\",\n            \"job_type\": \"zadig-deploy\",\n            \"parameters\": {\n              \"env_name\": \"dev\",\n              \"service_list\": [\n                {\n                  \"service_name\": \"service1\",\n                  \"service_module\": \"service1\",\n                  \"image_name\": \"https://koderover.*********.com/test/service1:main\"\n                }\n              ]\n            }\n          },\n          {\n            \"job_name\": \"test\",\n            \"job_type\": \"zadig-test\",\n            \"parameters\": {\n              \"testing_list\": [\n                {\n                  \"testing_name\": \"static-html-report\",\n                  \"repo_info\": [\n                    {\n                      \"codehost_name\": \"gitlab\",\n                      \"repo_namespace\": \"kr-******\",\n                      \"repo_name\": \"test-report\",\n                      \"branch\": \"main\"\n                    }\n                  ]\n                }\n              ]\n            }\n          }\n        ]\n      },\n      \"type\": \"workflow\"\n    }\n  ],\n  \"manager\": \"patrick\",\n  \"manager_identity_type\": \"system\",\n  \"name\": \"Test-Plan-1\"\n}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn update_release_plan__server_body_shape() {
    check_example::<
        crate::types::UpdateReleasePlanRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"manager\": \"text\",\n  \"manager_identity_type\": \"text\",\n  \"start_time\": 1,\n  \"end_time\": 1,\n  \"schedule_execute_time\": 1,\n  \"description\": \"text\",\n  \"approval\": {\n    \"enabled\": true,\n    \"status\": \"disabled\",\n    \"type\": \"native\",\n    \"description\": \"text\",\n    \"start_time\": 1,\n    \"end_time\": 1,\n    \"native_approval\": {\n      \"timeout\": 1,\n      \"approve_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"flat_approve_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"needed_approvers\": 1,\n      \"reject_or_approve\": \"\",\n      \"instance_code\": \"text\"\n    },\n    \"lark_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"default_approval_initiator\": {\n        \"id\": \"text\",\n        \"id_type\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"is_executor\": true,\n        \"is_stage_executor\": true,\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_initiator\": {\n        \"id\": \"text\",\n        \"id_type\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"is_executor\": true,\n        \"is_stage_executor\": true,\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_nodes\": [\n        {\n          \"type\": \"START\",\n          \"approve_node_type\": \"\",\n          \"approve_groups\": [\n            {\n              \"group_id\": \"text\",\n              \"group_name\": \"text\"\n            }\n          ],\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true,\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"cc_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true\n            }\n          ],\n          \"cc_groups\": [\n            {\n              \"group_id\": \"text\",\n              \"group_name\": \"text\"\n            }\n          ],\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"text\",\n      \"approval_instance\": {\n        \"approval_name\": \"text\",\n        \"start_time\": \"text\",\n        \"end_time\": \"text\",\n        \"user_id\": \"text\",\n        \"open_id\": \"text\",\n        \"serial_number\": \"text\",\n        \"department_id\": \"text\",\n        \"status\": \"text\",\n        \"uuid\": \"text\",\n        \"form\": \"text\",\n        \"task_list\": [\n          {\n            \"id\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"status\": \"text\",\n            \"node_id\": \"text\",\n            \"node_name\": \"text\",\n            \"custom_node_id\": \"text\",\n            \"type\": \"text\",\n            \"start_time\": \"text\",\n            \"end_time\": \"text\",\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          }\n        ],\n        \"modified_instance_code\": \"text\",\n        \"reverted_instance_code\": \"text\",\n        \"approval_code\": \"text\",\n        \"reverted\": true,\n        \"instance_code\": \"text\",\n        \"comment_list\": [\n          {\n            \"id\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"comment\": \"text\",\n            \"create_time\": \"text\",\n            \"files\": [\n              {\n                \"url\": \"text\",\n                \"file_size\": 1,\n                \"title\": \"text\",\n                \"type\": \"text\"\n              }\n            ]\n          }\n        ],\n        \"timeline\": [\n          {\n            \"type\": \"text\",\n            \"create_time\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"user_id_list\": [\n              \"text\"\n            ],\n            \"open_id_list\": [\n              \"text\"\n            ],\n            \"task_id\": \"text\",\n            \"comment\": \"text\",\n            \"cc_user_list\": [\n              {\n                \"user_id\": \"text\",\n                \"cc_id\": \"text\",\n                \"open_id\": \"text\",\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"ext\": \"text\",\n            \"node_key\": \"text\",\n            \"files\": [\n              {\n                \"url\": \"text\",\n                \"file_size\": 1,\n                \"title\": \"text\",\n                \"type\": \"text\"\n              }\n            ],\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          }\n        ],\n        \"user_name\": \"text\",\n        \"user_avatar\": \"text\"\n      },\n      \"approve_users\": [\n        {\n          \"id\": \"text\",\n          \"id_type\": \"text\",\n          \"name\": \"text\",\n          \"avatar\": \"text\",\n          \"is_executor\": true,\n          \"is_stage_executor\": true,\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ]\n    },\n    \"dingtalk_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"default_approval_initiator\": {\n        \"id\": \"text\",\n        \"name\": \"text\",\n        \"avatar\": \"text\",\n        \"reject_or_approve\": \"\",\n        \"comment\": \"text\",\n        \"operation_time\": 1\n      },\n      \"approval_nodes\": [\n        {\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"type\": \"text\",\n          \"reject_or_approve\": \"\"\n        }\n      ],\n      \"instance_code\": \"text\"\n    },\n    \"workwx_approval\": {\n      \"timeout\": 1,\n      \"approval_id\": \"text\",\n      \"creator_user\": {\n        \"name\": \"text\",\n        \"id\": \"text\"\n      },\n      \"approval_nodes\": [\n        {\n          \"type\": 1,\n          \"apv_rel\": 1,\n          \"users\": [\n            {\n              \"name\": \"text\",\n              \"id\": \"text\"\n            }\n          ],\n          \"userid\": [\n            \"text\"\n          ],\n          \"status\": 1,\n          \"sub_nodes\": [\n            {\n              \"user_info\": {\n                \"user_id\": \"text\"\n              },\n              \"speech\": \"text\",\n              \"status\": 1,\n              \"timestamp\": 1\n            }\n          ]\n        }\n      ],\n      \"approval_node_details\": [\n        {\n          \"type\": 1,\n          \"apv_rel\": 1,\n          \"users\": [\n            {\n              \"name\": \"text\",\n              \"id\": \"text\"\n            }\n          ],\n          \"userid\": [\n            \"text\"\n          ],\n          \"status\": 1,\n          \"sub_nodes\": [\n            {\n              \"user_info\": {\n                \"user_id\": \"text\"\n              },\n              \"speech\": \"text\",\n              \"status\": 1,\n              \"timestamp\": 1\n            }\n          ]\n        }\n      ],\n      \"instance_id\": \"text\"\n    }\n  },\n  \"jobs\": [\n    {\n      \"name\": \"text\",\n      \"type\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn list_services__server_response_shape() {
    check_example::<
        Vec<crate::types::ServiceBrief>,
    >(
        "[\n  {\n    \"service_name\": \"text\",\n    \"source\": \"text\",\n    \"type\": \"text\",\n    \"containers\": [\n      {\n        \"name\": \"text\",\n        \"image\": \"text\",\n        \"image_name\": \"text\"\n      }\n    ]\n  }\n]",
    );
}
#[cfg(feature = "service")]
#[test]
fn list_production_services__server_response_shape() {
    check_example::<
        Vec<crate::types::ServiceBrief>,
    >(
        "[\n  {\n    \"service_name\": \"text\",\n    \"source\": \"text\",\n    \"type\": \"text\",\n    \"containers\": [\n      {\n        \"name\": \"text\",\n        \"image\": \"text\",\n        \"image_name\": \"text\"\n      }\n    ]\n  }\n]",
    );
}
#[cfg(feature = "service")]
#[test]
fn get_service__server_response_shape() {
    check_example::<
        crate::types::ServiceDetail,
    >(
        "{\n  \"service_name\": \"text\",\n  \"source\": \"text\",\n  \"type\": \"text\",\n  \"template_name\": \"text\",\n  \"created_by\": \"text\",\n  \"created_time\": 1,\n  \"yaml\": \"text\",\n  \"containers\": [\n    {\n      \"name\": \"text\",\n      \"type\": \"init\",\n      \"image\": \"text\",\n      \"image_name\": \"text\",\n      \"image_path\": {\n        \"repo\": \"text\",\n        \"namespace\": \"text\",\n        \"image\": \"text\",\n        \"tag\": \"text\"\n      }\n    }\n  ],\n  \"service_variable_kvs\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn get_production_service__server_response_shape() {
    check_example::<
        crate::types::ServiceDetail,
    >(
        "{\n  \"service_name\": \"text\",\n  \"source\": \"text\",\n  \"type\": \"text\",\n  \"template_name\": \"text\",\n  \"created_by\": \"text\",\n  \"created_time\": 1,\n  \"yaml\": \"text\",\n  \"containers\": [\n    {\n      \"name\": \"text\",\n      \"type\": \"init\",\n      \"image\": \"text\",\n      \"image_name\": \"text\",\n      \"image_path\": {\n        \"repo\": \"text\",\n        \"namespace\": \"text\",\n        \"image\": \"text\",\n        \"tag\": \"text\"\n      }\n    }\n  ],\n  \"service_variable_kvs\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn create_service_from_template__server_body_shape() {
    check_example::<
        crate::types::ServiceFromYamlTemplateRequest,
    >(
        "{\n  \"production\": true,\n  \"service_name\": \"text\",\n  \"project_key\": \"text\",\n  \"template_name\": \"text\",\n  \"auto_sync\": true,\n  \"variable_yaml\": [\n    {\n      \"key\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn create_production_service_from_template__server_body_shape() {
    check_example::<
        crate::types::ServiceFromYamlTemplateRequest,
    >(
        "{\n  \"production\": true,\n  \"service_name\": \"text\",\n  \"project_key\": \"text\",\n  \"template_name\": \"text\",\n  \"auto_sync\": true,\n  \"variable_yaml\": [\n    {\n      \"key\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn create_raw_service__server_body_shape() {
    check_example::<
        crate::types::RawYamlServiceRequest,
    >(
        "{\n  \"service_name\": \"text\",\n  \"production\": true,\n  \"yaml\": \"text\",\n  \"variable_yaml\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn create_raw_production_service__server_body_shape() {
    check_example::<
        crate::types::RawYamlServiceRequest,
    >(
        "{\n  \"service_name\": \"text\",\n  \"production\": true,\n  \"yaml\": \"text\",\n  \"variable_yaml\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn update_service__server_body_shape() {
    check_example::<
        crate::types::ServiceConfigUpdate,
    >(
        "{\n  \"project_name\": \"text\",\n  \"service_name\": \"text\",\n  \"type\": \"text\",\n  \"yaml\": \"text\"\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn update_production_service__server_body_shape() {
    check_example::<
        crate::types::ServiceConfigUpdate,
    >(
        "{\n  \"project_name\": \"text\",\n  \"service_name\": \"text\",\n  \"type\": \"text\",\n  \"yaml\": \"text\"\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn update_service_variables__server_body_shape() {
    check_example::<
        crate::types::ServiceVariablesUpdate,
    >(
        "{\n  \"service_variable_kvs\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn update_production_service_variables__server_body_shape() {
    check_example::<
        crate::types::ServiceVariablesUpdate,
    >(
        "{\n  \"service_variable_kvs\": [\n    {\n      \"key\": \"text\",\n      \"type\": \"bool\",\n      \"options\": [\n        \"text\"\n      ],\n      \"desc\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn list_service_labels__server_response_shape() {
    check_example::<
        Vec<crate::types::ServiceLabel>,
    >(
        "[\n  {\n    \"id\": \"text\",\n    \"label_id\": \"text\",\n    \"key\": \"text\",\n    \"value\": \"text\"\n  }\n]",
    );
}
#[cfg(feature = "service")]
#[test]
fn load_services_from_code_host__server_body_shape() {
    check_example::<
        crate::types::ServiceFromCodeHostRequest,
    >(
        "{\n  \"product_name\": \"text\",\n  \"service_paths\": [\n    {\n      \"service_name\": \"text\",\n      \"path\": \"text\",\n      \"is_dir\": true\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn load_services_from_code_host_by_name__server_body_shape() {
    check_example::<
        crate::types::ServiceFromCodeHostRequest,
    >(
        "{\n  \"product_name\": \"text\",\n  \"service_paths\": [\n    {\n      \"service_name\": \"text\",\n      \"path\": \"text\",\n      \"is_dir\": true\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn load_helm_services__server_response_shape() {
    check_example::<
        crate::types::HelmServiceLoadResult,
    >(
        "{\n  \"successServices\": [\n    \"text\"\n  ],\n  \"failedServices\": [\n    {\n      \"path\": \"text\",\n      \"error\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn create_helm_service_from_template__server_body_shape() {
    check_example::<
        crate::types::HelmServiceFromTemplateRequest,
    >(
        "{\n  \"production\": true,\n  \"service_name\": \"text\",\n  \"project_key\": \"text\",\n  \"template_name\": \"text\",\n  \"auto_sync\": true,\n  \"values_yaml\": \"text\",\n  \"variables\": [\n    {\n      \"key\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "service")]
#[test]
fn list_chart_templates__server_response_shape() {
    check_example::<
        crate::types::ChartTemplateList,
    >(
        "{\n  \"system_variables\": [\n    {\n      \"key\": \"text\",\n      \"description\": \"text\"\n    }\n  ],\n  \"chart_templates\": [\n    {\n      \"name\": \"text\",\n      \"codehost_id\": 1,\n      \"owner\": \"text\",\n      \"namespace\": \"text\",\n      \"repo\": \"text\",\n      \"path\": \"text\",\n      \"branch\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "system")]
#[test]
fn list_operation_logs__server_response_shape() {
    check_example::<
        crate::types::SystemOperationLogList,
    >(
        "{\n  \"operation_logs\": [\n    {\n      \"username\": \"text\",\n      \"project_key\": \"text\",\n      \"method\": \"text\",\n      \"function\": \"text\",\n      \"scene\": \"text\",\n      \"targets\": [\n        \"text\"\n      ],\n      \"detail\": \"text\",\n      \"request_body\": \"text\",\n      \"body_type\": \"json\",\n      \"status\": 1,\n      \"created_at\": 1\n    }\n  ],\n  \"total\": 1\n}",
    );
}
#[cfg(feature = "system")]
#[test]
fn list_environment_operation_logs__server_response_shape() {
    check_example::<
        crate::types::SystemOperationLogList,
    >(
        "{\n  \"operation_logs\": [\n    {\n      \"username\": \"text\",\n      \"project_key\": \"text\",\n      \"method\": \"text\",\n      \"function\": \"text\",\n      \"scene\": \"text\",\n      \"targets\": [\n        \"text\"\n      ],\n      \"detail\": \"text\",\n      \"request_body\": \"text\",\n      \"body_type\": \"json\",\n      \"status\": 1,\n      \"created_at\": 1\n    }\n  ],\n  \"total\": 1\n}",
    );
}
#[cfg(feature = "system")]
#[test]
fn get_cli_context__server_response_shape() {
    check_example::<
        crate::types::CliContext,
    >(
        "{\n  \"user\": {\n    \"uid\": \"text\",\n    \"name\": \"text\",\n    \"account\": \"text\",\n    \"identity_type\": \"text\"\n  },\n  \"edition\": \"text\",\n  \"license_status\": \"text\",\n  \"features\": [\n    \"text\"\n  ],\n  \"server_version\": \"text\",\n  \"request_id\": \"text\"\n}",
    );
}
#[cfg(feature = "test")]
#[test]
fn get_test_info__server_response_shape() {
    check_example::<
        crate::types::OpenApiTestInfo,
    >(
        "{\n  \"project_key\": \"text\",\n  \"test_name\": \"text\",\n  \"inputs\": [\n    {\n      \"key\": \"text\",\n      \"value\": \"text\",\n      \"type\": \"text\",\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"required\": true,\n      \"is_credential\": true,\n      \"has_value\": true,\n      \"description\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "test")]
#[test]
fn create_test_task__server_response_shape() {
    check_example::<crate::types::OpenApiCreateTestTaskResp>("{\n  \"task_id\": 1\n}");
}
#[cfg(feature = "test")]
#[test]
fn create_test_task__server_body_shape() {
    check_example::<
        crate::types::OpenApiCreateTestTaskReq,
    >(
        "{\n  \"project_key\": \"text\",\n  \"test_name\": \"text\",\n  \"repo_info\": [\n    {\n      \"codehost_name\": \"text\",\n      \"repo_namespace\": \"text\",\n      \"repo_name\": \"text\",\n      \"branch\": \"text\",\n      \"pr\": 1,\n      \"prs\": [\n        1\n      ],\n      \"enable_commit\": true,\n      \"commit_id\": \"text\",\n      \"remote_name\": \"text\",\n      \"checkout_path\": \"text\",\n      \"submodules\": true,\n      \"stream\": \"text\",\n      \"view_mapping\": \"text\",\n      \"changelist_id\": 1,\n      \"shelve_id\": 1\n    }\n  ],\n  \"inputs\": [\n    {\n      \"key\": \"text\",\n      \"value\": \"text\",\n      \"type\": \"text\",\n      \"is_credential\": true,\n      \"file_id\": \"text\",\n      \"file_name\": \"text\",\n      \"file_path\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "test")]
#[test]
fn get_test_task__server_response_shape() {
    check_example::<
        crate::types::OpenApiTestTaskDetail,
    >(
        "{\n  \"test_name\": \"text\",\n  \"task_id\": 1,\n  \"creator\": \"text\",\n  \"create_time\": 1,\n  \"start_time\": 1,\n  \"end_time\": 1,\n  \"status\": \"text\",\n  \"test_report\": {\n    \"test_total\": 1,\n    \"failure_total\": 1,\n    \"success_total\": 1,\n    \"skiped_total\": 1,\n    \"error_total\": 1,\n    \"time\": 1.5,\n    \"test_cases\": [\n      {\n        \"name\": \"text\",\n        \"time\": 1.5,\n        \"failure\": {\n          \"message\": \"text\",\n          \"type\": \"text\",\n          \"text\": \"text\"\n        },\n        \"error\": {\n          \"message\": \"text\",\n          \"type\": \"text\",\n          \"text\": \"text\"\n        }\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "user")]
#[test]
fn list_users__server_response_shape() {
    check_example::<
        crate::types::UserBriefList,
    >(
        "{\n  \"users\": [\n    {\n      \"last_login_time\": 1,\n      \"uid\": \"text\",\n      \"account\": \"text\",\n      \"name\": \"text\",\n      \"identity_type\": \"text\"\n    }\n  ],\n  \"total_count\": 1\n}",
    );
}
#[cfg(feature = "user")]
#[test]
fn get_user__server_response_shape() {
    check_example::<
        crate::types::UserDetail,
    >(
        "{\n  \"last_login_time\": 1,\n  \"uid\": \"text\",\n  \"name\": \"text\",\n  \"identity_type\": \"text\",\n  \"email\": \"text\",\n  \"phone\": \"text\",\n  \"account\": \"text\"\n}",
    );
}
#[cfg(feature = "user")]
#[test]
fn list_user_groups__server_response_shape() {
    check_example::<
        crate::types::UserGroupList,
    >(
        "{\n  \"group_list\": [\n    {\n      \"id\": \"text\",\n      \"name\": \"text\",\n      \"system_role_names\": [\n        \"text\"\n      ],\n      \"description\": \"text\",\n      \"type\": \"text\",\n      \"user_total\": 1\n    }\n  ],\n  \"total\": 1\n}",
    );
}
#[cfg(feature = "user")]
#[test]
fn list_resource_actions__server_response_shape() {
    check_example::<
        Vec<crate::types::PermissionResourceDefinition>,
    >(
        "[\n  {\n    \"resource\": \"text\",\n    \"alias\": \"text\",\n    \"rules\": [\n      {\n        \"action\": \"text\",\n        \"alias\": \"text\"\n      }\n    ]\n  }\n]",
    );
}
#[cfg(feature = "user")]
#[test]
fn list_roles__server_response_shape() {
    check_example::<
        Vec<crate::types::ProjectRole>,
    >(
        "[\n  {\n    \"id\": 1,\n    \"name\": \"text\",\n    \"namespace\": \"text\",\n    \"desc\": \"text\",\n    \"type\": \"text\",\n    \"global_read_only\": true\n  }\n]",
    );
}
#[cfg(feature = "user")]
#[test]
fn get_role__server_response_shape() {
    check_example::<
        crate::types::ProjectRoleDetail,
    >(
        "{\n  \"id\": 1,\n  \"name\": \"text\",\n  \"namespace\": \"text\",\n  \"desc\": \"text\",\n  \"type\": \"text\",\n  \"global_read_only\": true,\n  \"rules\": [\n    {\n      \"resource\": \"text\",\n      \"verbs\": [\n        \"text\"\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "user")]
#[test]
fn create_role__server_body_shape() {
    check_example::<
        crate::types::ProjectRoleRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"actions\": [\n    \"text\"\n  ],\n  \"namespace\": \"text\",\n  \"desc\": \"text\",\n  \"type\": \"text\",\n  \"global_read_only\": true\n}",
    );
}
#[cfg(feature = "user")]
#[test]
fn update_role__server_body_shape() {
    check_example::<
        crate::types::ProjectRoleRequest,
    >(
        "{\n  \"name\": \"text\",\n  \"actions\": [\n    \"text\"\n  ],\n  \"namespace\": \"text\",\n  \"desc\": \"text\",\n  \"type\": \"text\",\n  \"global_read_only\": true\n}",
    );
}
#[cfg(feature = "user")]
#[test]
fn list_role_bindings__server_response_shape() {
    check_example::<
        Vec<crate::types::RoleBindingInfo>,
    >(
        "[\n  {\n    \"binding_type\": \"text\",\n    \"user_info\": {\n      \"identity_type\": \"text\",\n      \"uid\": \"text\",\n      \"account\": \"text\",\n      \"username\": \"text\"\n    },\n    \"group_info\": {\n      \"group_id\": \"text\",\n      \"name\": \"text\",\n      \"user_infos\": [\n        {\n          \"identity_type\": \"text\",\n          \"uid\": \"text\",\n          \"account\": \"text\",\n          \"username\": \"text\"\n        }\n      ]\n    },\n    \"roles\": [\n      \"text\"\n    ]\n  }\n]",
    );
}
#[cfg(feature = "user")]
#[test]
fn create_role_bindings__server_body_shape() {
    check_example::<
        crate::types::CreateRoleBindingsRequest,
    >(
        "{\n  \"identities\": [\n    {\n      \"identity_type\": \"text\",\n      \"uid\": \"text\",\n      \"gid\": \"text\"\n    }\n  ],\n  \"role\": \"text\"\n}",
    );
}
#[cfg(feature = "user")]
#[test]
fn update_user_role_bindings__server_body_shape() {
    check_example::<
        crate::types::UpdateRoleBindingsRequest,
    >("{\n  \"roles\": [\n    \"text\"\n  ]\n}");
}
#[cfg(feature = "user")]
#[test]
fn update_group_role_bindings__server_body_shape() {
    check_example::<
        crate::types::UpdateRoleBindingsRequest,
    >("{\n  \"roles\": [\n    \"text\"\n  ]\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn list_workflows__success() {
    check_example::<
        crate::types::WorkflowList,
    >(
        "{\n  \"workflows\": [\n    {\n      \"workflow_key\": \"just-deploy\",\n      \"workflow_name\": \"just-deploy\",\n      \"update_by\": \"admin\",\n      \"update_time\": 1686217885,\n      \"type\": \"custom\"\n    },\n    {\n      \"workflow_key\": \"xiaxianfuwu\",\n      \"workflow_name\": \"offline service\",\n      \"update_by\": \"admin\",\n      \"update_time\": 1686193453,\n      \"type\": \"custom\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn list_workflows__server_response_shape() {
    check_example::<
        crate::types::WorkflowList,
    >(
        "{\n  \"workflows\": [\n    {\n      \"workflow_key\": \"text\",\n      \"workflow_name\": \"text\",\n      \"update_by\": \"text\",\n      \"update_time\": 1,\n      \"type\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn get_workflow__success() {
    check_example::<
        crate::types::WorkflowDetail,
    >(
        "{\n  \"workflow_key\": \"build-deploy\",\n  \"workflow_name\": \"build-deploy\",\n  \"project_key\": \"lilian-test\",\n  \"description\": \"\",\n  \"created_by\": \"admin\",\n  \"create_time\": 1686192946,\n  \"updated_by\": \"\",\n  \"update_time\": 1690180684,\n  \"params\": [\n    {\n      \"name\": \"code\",\n      \"description\": \"\",\n      \"type\": \"repo\",\n      \"value\": \"\",\n      \"repo\": {\n        \"source\": \"gitee\",\n        \"repo_owner\": \"liyue326\",\n        \"repo_namespace\": \"liyue326\",\n        \"repo_name\": \"picture\",\n        \"remote_name\": \"origin\",\n        \"branch\": \"master\",\n        \"hidden\": false,\n        \"is_primary\": false,\n        \"codehost_id\": 4,\n        \"oauth_token\": \"\",\n        \"address\": \"\",\n        \"source_from\": \"\",\n        \"param_name\": \"\",\n        \"job_name\": \"\",\n        \"service_name\": \"\",\n        \"service_module\": \"\",\n        \"repo_index\": 0,\n        \"submission_id\": \"\"\n      },\n      \"default\": \"\",\n      \"is_credential\": false\n    },\n    {\n      \"name\": \"name\",\n      \"description\": \"\",\n      \"type\": \"string\",\n      \"value\": \"build\",\n      \"repo\": null,\n      \"default\": \"\",\n      \"is_credential\": false\n    }\n  ],\n  \"stages\": [\n    {\n      \"name\": \"build\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": false,\n        \"type\": \"native\",\n        \"description\": \"\",\n        \"native_approval\": {\n          \"Timeout\": 5,\n          \"approve_users\": [],\n          \"NeededApprovers\": 0\n        },\n        \"dingtalk_approval\": {\n          \"Timeout\": 5\n        }\n      },\n      \"jobs\": [\n        {\n          \"name\": \"build\",\n          \"type\": \"zadig-build\",\n          \"skipped\": false,\n          \"spec\": {\n            \"docker_registry_id\": \"630c7ad700430c131062e245\",\n            \"service_and_builds\": [\n              {\n                \"build_name\": \"openapi-build\",\n                \"image\": \"\",\n                \"image_name\": \"service1\",\n                \"key_vals\": [],\n                \"repos\": [],\n                \"service_module\": \"service1\",\n                \"service_name\": \"service1\",\n                \"share_storage_info\": null\n              }\n            ]\n          },\n          \"run_policy\": \"\",\n          \"service_modules\": []\n        }\n      ]\n    },\n    {\n      \"name\": \"deploy\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": false,\n        \"type\": \"native\",\n        \"description\": \"\",\n        \"native_approval\": {\n          \"Timeout\": 5,\n          \"approve_users\": [],\n          \"NeededApprovers\": 0\n        },\n        \"dingtalk_approval\": {\n          \"Timeout\": 5\n        }\n      },\n      \"jobs\": [\n        {\n          \"name\": \"deploy\",\n          \"type\": \"zadig-deploy\",\n          \"skipped\": false,\n          \"spec\": {\n            \"deploy_contents\": [\n              \"image\",\n              \"vars\"\n            ],\n            \"deploy_type\": \"\",\n            \"env\": \"dev\",\n            \"job_name\": \"build\",\n            \"origin_job_name\": \"\",\n            \"production\": false,\n            \"service_and_images\": [],\n            \"services\": [\n              {\n                \"key_vals\": [],\n                \"latest_key_vals\": [],\n                \"latest_variable_kvs\": [],\n                \"service_name\": \"service2\",\n                \"updatable\": false,\n                \"update_config\": false,\n                \"variable_configs\": [],\n                \"variable_kvs\": [],\n                \"variable_yaml\": \"\"\n              },\n              {\n                \"key_vals\": [],\n                \"latest_key_vals\": [],\n                \"latest_variable_kvs\": [],\n                \"service_name\": \"service1\",\n                \"updatable\": true,\n                \"update_config\": false,\n                \"variable_configs\": [\n                  {\n                    \"use_global_variable\": false,\n                    \"variable_key\": \"cpuLimit\"\n                  },\n                  {\n                    \"use_global_variable\": false,\n                    \"variable_key\": \"memoryLimit\"\n                  },\n                  {\n                    \"use_global_variable\": false,\n                    \"variable_key\": \"port\"\n                  }\n                ],\n                \"variable_kvs\": [],\n                \"variable_yaml\": \"\"\n              }\n            ],\n            \"skip_check_run_status\": false,\n            \"source\": \"fromjob\"\n          },\n          \"run_policy\": \"\",\n          \"service_modules\": []\n        },\n        {\n          \"name\": \"default\",\n          \"type\": \"plugin\",\n          \"skipped\": false,\n          \"spec\": {\n            \"plugin\": {\n              \"args\": [\n                \"echo $(inputs.CONTENT)\"\n              ],\n              \"category\": \"\",\n              \"cmds\": [\n                \"/bin/sh\",\n                \"-c\"\n              ],\n              \"description\": \"hello world\",\n              \"envs\": [\n                {\n                  \"name\": \"CONTENT\",\n                  \"value\": \"$(inputs.CONTENT)\"\n                }\n              ],\n              \"image\": \"alpine/curl:3.14\",\n              \"inputs\": [\n                {\n                  \"default\": \"hello world\",\n                  \"description\": \"content to print\",\n                  \"is_credential\": false,\n                  \"name\": \"CONTENT\",\n                  \"repo\": null,\n                  \"type\": \"string\",\n                  \"value\": \"hello world\"\n                }\n              ],\n              \"is_offical\": false,\n              \"name\": \"hello-world\",\n              \"outputs\": [],\n              \"repo_url\": \"\",\n              \"version\": \"v0.0.1\"\n            },\n            \"properties\": {\n              \"build_os\": \"\",\n              \"cache\": {\n                \"medium_type\": \"\",\n                \"nfs_properties\": {\n                  \"provision_type\": \"\",\n                  \"pvc\": \"\",\n                  \"storage_class\": \"\",\n                  \"storage_size_in_gib\": 0,\n                  \"subpath\": \"\"\n                },\n                \"object_properties\": {\n                  \"id\": \"\"\n                }\n              },\n              \"cache_dir_type\": \"\",\n              \"cache_enable\": false,\n              \"cache_user_dir\": \"\",\n              \"cluster_id\": \"\",\n              \"custom_envs\": [],\n              \"envs\": [],\n              \"image_from\": \"\",\n              \"image_id\": \"\",\n              \"log_file_name\": \"\",\n              \"namespace\": \"\",\n              \"params\": [],\n              \"registries\": [],\n              \"res_req\": \"low\",\n              \"res_req_spec\": {\n                \"cpu_limit\": 1000,\n                \"gpu_limit\": \"\",\n                \"memory_limit\": 512\n              },\n              \"retry\": 0,\n              \"share_storage_details\": [],\n              \"timeout\": 60\n            }\n          },\n          \"run_policy\": \"\",\n          \"service_modules\": []\n        }\n      ]\n    }\n  ],\n  \"notify_ctls\": [\n    {\n      \"enabled\": true,\n      \"webhook_type\": \"wechat\",\n      \"weChat_webHook\": \"xxx\",\n      \"notify_type\": [\n        \"created\",\n        \"failed\"\n      ]\n    }\n  ],\n  \"share_storages\": [],\n  \"concurrency_limit\": 1\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn get_workflow__server_response_shape() {
    check_example::<
        crate::types::WorkflowDetail,
    >(
        "{\n  \"workflow_key\": \"text\",\n  \"workflow_name\": \"text\",\n  \"project_key\": \"text\",\n  \"description\": \"text\",\n  \"created_by\": \"text\",\n  \"create_time\": 1,\n  \"updated_by\": \"text\",\n  \"update_time\": 1,\n  \"params\": [\n    {\n      \"name\": \"text\",\n      \"description\": \"text\",\n      \"type\": \"text\",\n      \"value\": \"text\",\n      \"repo\": {\n        \"source\": \"text\",\n        \"repo_owner\": \"text\",\n        \"repo_namespace\": \"text\",\n        \"repo_name\": \"text\",\n        \"remote_name\": \"text\",\n        \"branch\": \"text\",\n        \"merge_branches\": [\n          \"text\"\n        ],\n        \"pr\": 1,\n        \"prs\": [\n          1\n        ],\n        \"tag\": \"text\",\n        \"enable_commit\": true,\n        \"commit_id\": \"text\",\n        \"commit_message\": \"text\",\n        \"checkout_path\": \"text\",\n        \"submodules\": true,\n        \"hidden\": true,\n        \"use_default\": true,\n        \"is_primary\": true,\n        \"codehost_id\": 1,\n        \"oauth_token\": \"text\",\n        \"address\": \"text\",\n        \"author_name\": \"text\",\n        \"committer\": \"text\",\n        \"target_branch\": \"text\",\n        \"checkout_ref\": \"text\",\n        \"username\": \"text\",\n        \"password\": \"text\",\n        \"perforce_host\": \"text\",\n        \"perforce_port\": 1,\n        \"enable_proxy\": true,\n        \"filter_regexp\": \"text\",\n        \"auth_type\": \"SSH\",\n        \"ssh_key\": \"text\",\n        \"private_access_token\": \"text\",\n        \"source_from\": \"\",\n        \"param_name\": \"text\",\n        \"job_name\": \"text\",\n        \"service_name\": \"text\",\n        \"service_module\": \"text\",\n        \"repo_index\": 1,\n        \"submission_id\": \"text\",\n        \"disable_ssl\": true,\n        \"depot_type\": \"text\",\n        \"stream\": \"text\",\n        \"view_mapping\": \"text\",\n        \"changelist_id\": 1,\n        \"shelve_id\": 1\n      },\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"choice_value\": [\n        \"text\"\n      ],\n      \"script\": \"text\",\n      \"call_function\": \"text\",\n      \"file_id\": \"text\",\n      \"file_name\": \"text\",\n      \"file_path\": \"text\",\n      \"default\": \"text\",\n      \"is_credential\": true,\n      \"source\": \"text\",\n      \"required\": true\n    }\n  ],\n  \"stages\": [\n    {\n      \"name\": \"text\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"id\": \"text\",\n          \"name\": \"text\",\n          \"type\": \"build\",\n          \"skipped\": true,\n          \"run_policy\": \"\",\n          \"error_policy\": {\n            \"policy\": \"stop\",\n            \"maximum_retry\": 1,\n            \"approval_users\": [\n              {\n                \"type\": \"text\",\n                \"user_id\": \"text\",\n                \"user_name\": \"text\",\n                \"group_id\": \"text\",\n                \"group_name\": \"text\",\n                \"reject_or_approve\": \"\",\n                \"comment\": \"text\",\n                \"operation_time\": 1\n              }\n            ]\n          },\n          \"execute_policy\": {\n            \"type\": \"skip\",\n            \"match_rule\": \"all\",\n            \"rules\": [\n              {\n                \"field\": \"text\",\n                \"verb\": \"text\",\n                \"value\": \"text\"\n              }\n            ]\n          },\n          \"service_modules\": [\n            {\n              \"service_name\": \"text\",\n              \"service_module\": \"text\",\n              \"code_info\": [\n                {\n                  \"source\": \"text\",\n                  \"repo_owner\": \"text\",\n                  \"repo_namespace\": \"text\",\n                  \"repo_name\": \"text\",\n                  \"remote_name\": \"text\",\n                  \"branch\": \"text\",\n                  \"merge_branches\": [\n                    \"text\"\n                  ],\n                  \"pr\": 1,\n                  \"prs\": [\n                    1\n                  ],\n                  \"tag\": \"text\",\n                  \"enable_commit\": true,\n                  \"commit_id\": \"text\",\n                  \"commit_message\": \"text\",\n                  \"checkout_path\": \"text\",\n                  \"submodules\": true,\n                  \"hidden\": true,\n                  \"use_default\": true,\n                  \"is_primary\": true,\n                  \"codehost_id\": 1,\n                  \"oauth_token\": \"text\",\n                  \"address\": \"text\",\n                  \"author_name\": \"text\",\n                  \"committer\": \"text\",\n                  \"target_branch\": \"text\",\n                  \"checkout_ref\": \"text\",\n                  \"username\": \"text\",\n                  \"password\": \"text\",\n                  \"perforce_host\": \"text\",\n                  \"perforce_port\": 1,\n                  \"enable_proxy\": true,\n                  \"filter_regexp\": \"text\",\n                  \"auth_type\": \"SSH\",\n                  \"ssh_key\": \"text\",\n                  \"private_access_token\": \"text\",\n                  \"source_from\": \"\",\n                  \"param_name\": \"text\",\n                  \"job_name\": \"text\",\n                  \"service_name\": \"text\",\n                  \"service_module\": \"text\",\n                  \"repo_index\": 1,\n                  \"submission_id\": \"text\",\n                  \"disable_ssl\": true,\n                  \"depot_type\": \"text\",\n                  \"stream\": \"text\",\n                  \"view_mapping\": \"text\",\n                  \"changelist_id\": 1,\n                  \"shelve_id\": 1\n                }\n              ],\n              \"artifacts\": [\n                \"text\"\n              ]\n            }\n          ],\n          \"notify_ctls\": [\n            {\n              \"enabled\": true,\n              \"webhook_type\": \"dingding\",\n              \"lark_group_notification_config\": {\n                \"app_id\": \"text\",\n                \"chat\": {\n                  \"chat_id\": \"text\",\n                  \"chat_name\": \"text\"\n                },\n                \"at_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"lark_person_notification_config\": {\n                \"app_id\": \"text\",\n                \"target_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"lark_hook_notification_config\": {\n                \"app_id\": \"text\",\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"wechat_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"dingding_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_mobiles\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"msteams_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_emails\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"mail_notification_config\": {\n                \"target_users\": [\n                  {\n                    \"type\": \"text\",\n                    \"user_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"group_id\": \"text\",\n                    \"group_name\": \"text\",\n                    \"reject_or_approve\": \"\",\n                    \"comment\": \"text\",\n                    \"operation_time\": 1\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"webhook_notification_config\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"notify_type\": [\n                \"text\"\n              ],\n              \"weChat_webHook\": \"text\",\n              \"dingding_webhook\": \"text\",\n              \"feishu_app_id\": \"text\",\n              \"feishu_webhook\": \"text\",\n              \"feishu_chat\": {\n                \"chat_id\": \"text\",\n                \"chat_name\": \"text\"\n              },\n              \"mail_users\": [\n                {\n                  \"type\": \"text\",\n                  \"user_id\": \"text\",\n                  \"user_name\": \"text\",\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"webhook_notify\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"at_mobiles\": [\n                \"text\"\n              ],\n              \"wechat_user_ids\": [\n                \"text\"\n              ],\n              \"lark_user_ids\": [\n                \"text\"\n              ],\n              \"lark_at_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"is_at_all\": true\n            }\n          ]\n        }\n      ]\n    }\n  ],\n  \"notify_ctls\": [\n    {\n      \"enabled\": true,\n      \"webhook_type\": \"dingding\",\n      \"lark_group_notification_config\": {\n        \"app_id\": \"text\",\n        \"chat\": {\n          \"chat_id\": \"text\",\n          \"chat_name\": \"text\"\n        },\n        \"at_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"lark_person_notification_config\": {\n        \"app_id\": \"text\",\n        \"target_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"lark_hook_notification_config\": {\n        \"app_id\": \"text\",\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"wechat_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"dingding_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_mobiles\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"msteams_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_emails\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"mail_notification_config\": {\n        \"target_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"webhook_notification_config\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"notify_type\": [\n        \"text\"\n      ],\n      \"weChat_webHook\": \"text\",\n      \"dingding_webhook\": \"text\",\n      \"feishu_app_id\": \"text\",\n      \"feishu_webhook\": \"text\",\n      \"feishu_chat\": {\n        \"chat_id\": \"text\",\n        \"chat_name\": \"text\"\n      },\n      \"mail_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"webhook_notify\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"at_mobiles\": [\n        \"text\"\n      ],\n      \"wechat_user_ids\": [\n        \"text\"\n      ],\n      \"lark_user_ids\": [\n        \"text\"\n      ],\n      \"lark_at_users\": [\n        {\n          \"id\": \"text\",\n          \"id_type\": \"text\",\n          \"name\": \"text\",\n          \"avatar\": \"text\",\n          \"is_executor\": true,\n          \"is_stage_executor\": true\n        }\n      ],\n      \"is_at_all\": true\n    }\n  ],\n  \"share_storages\": [\n    {\n      \"name\": \"text\",\n      \"path\": \"text\"\n    }\n  ],\n  \"concurrency_limit\": 1\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn list_workflow_tasks__success() {
    check_example::<
        crate::types::WorkflowTaskList,
    >(
        "{\n  \"total\": 15,\n  \"workflow_tasks\": [\n    {\n      \"workflow_key\": \"build-deploy\",\n      \"workflow_name\": \"build-deploy\",\n      \"project_key\": \"lilian-test\",\n      \"task_id\": 15,\n      \"create_time\": 1688543613,\n      \"task_creator\": \"webhook\",\n      \"start_time\": 1688543615,\n      \"end_time\": 1688543636,\n      \"status\": \"passed\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn list_workflow_tasks__missing_workflow() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 400,\n  \"description\": \"workflow name is required\",\n  \"extra\": {},\n  \"message\": \"Bad Request\",\n  \"type\": \"error\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn list_workflow_tasks__server_response_shape() {
    check_example::<
        crate::types::WorkflowTaskList,
    >(
        "{\n  \"total\": 1,\n  \"workflow_tasks\": [\n    {\n      \"workflow_key\": \"text\",\n      \"workflow_name\": \"text\",\n      \"project_key\": \"text\",\n      \"task_id\": 1,\n      \"create_time\": 1,\n      \"task_creator\": \"text\",\n      \"start_time\": 1,\n      \"end_time\": 1,\n      \"stages\": [\n        {\n          \"name\": \"text\",\n          \"parallel\": true,\n          \"jobs\": [\n            {\n              \"id\": \"text\",\n              \"name\": \"text\",\n              \"type\": \"build\",\n              \"skipped\": true,\n              \"run_policy\": \"\",\n              \"error_policy\": {\n                \"policy\": \"stop\",\n                \"maximum_retry\": 1,\n                \"approval_users\": [\n                  {\n                    \"type\": \"text\",\n                    \"user_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"group_id\": \"text\",\n                    \"group_name\": \"text\",\n                    \"reject_or_approve\": \"\",\n                    \"comment\": \"text\",\n                    \"operation_time\": 1\n                  }\n                ]\n              },\n              \"execute_policy\": {\n                \"type\": \"skip\",\n                \"match_rule\": \"all\",\n                \"rules\": [\n                  {\n                    \"field\": \"text\",\n                    \"verb\": \"text\",\n                    \"value\": \"text\"\n                  }\n                ]\n              },\n              \"service_modules\": [\n                {\n                  \"service_name\": \"text\",\n                  \"service_module\": \"text\",\n                  \"code_info\": [\n                    {\n                      \"source\": \"text\",\n                      \"repo_owner\": \"text\",\n                      \"repo_namespace\": \"text\",\n                      \"repo_name\": \"text\",\n                      \"remote_name\": \"text\",\n                      \"branch\": \"text\",\n                      \"merge_branches\": [\n                        \"text\"\n                      ],\n                      \"pr\": 1,\n                      \"prs\": [\n                        1\n                      ],\n                      \"tag\": \"text\",\n                      \"enable_commit\": true,\n                      \"commit_id\": \"text\",\n                      \"commit_message\": \"text\",\n                      \"checkout_path\": \"text\",\n                      \"submodules\": true,\n                      \"hidden\": true,\n                      \"use_default\": true,\n                      \"is_primary\": true,\n                      \"codehost_id\": 1,\n                      \"oauth_token\": \"text\",\n                      \"address\": \"text\",\n                      \"author_name\": \"text\",\n                      \"committer\": \"text\",\n                      \"target_branch\": \"text\",\n                      \"checkout_ref\": \"text\",\n                      \"username\": \"text\",\n                      \"password\": \"text\",\n                      \"perforce_host\": \"text\",\n                      \"perforce_port\": 1,\n                      \"enable_proxy\": true,\n                      \"filter_regexp\": \"text\",\n                      \"auth_type\": \"SSH\",\n                      \"ssh_key\": \"text\",\n                      \"private_access_token\": \"text\",\n                      \"source_from\": \"\",\n                      \"param_name\": \"text\",\n                      \"job_name\": \"text\",\n                      \"service_name\": \"text\",\n                      \"service_module\": \"text\",\n                      \"repo_index\": 1,\n                      \"submission_id\": \"text\",\n                      \"disable_ssl\": true,\n                      \"depot_type\": \"text\",\n                      \"stream\": \"text\",\n                      \"view_mapping\": \"text\",\n                      \"changelist_id\": 1,\n                      \"shelve_id\": 1\n                    }\n                  ],\n                  \"artifacts\": [\n                    \"text\"\n                  ]\n                }\n              ],\n              \"notify_ctls\": [\n                {\n                  \"enabled\": true,\n                  \"webhook_type\": \"dingding\",\n                  \"lark_group_notification_config\": {\n                    \"app_id\": \"text\",\n                    \"chat\": {\n                      \"chat_id\": \"text\",\n                      \"chat_name\": \"text\"\n                    },\n                    \"at_users\": [\n                      {\n                        \"id\": \"text\",\n                        \"id_type\": \"text\",\n                        \"name\": \"text\",\n                        \"avatar\": \"text\",\n                        \"is_executor\": true,\n                        \"is_stage_executor\": true\n                      }\n                    ],\n                    \"dynamic_recipients\": [\n                      \"text\"\n                    ],\n                    \"is_at_all\": true\n                  },\n                  \"lark_person_notification_config\": {\n                    \"app_id\": \"text\",\n                    \"target_users\": [\n                      {\n                        \"id\": \"text\",\n                        \"id_type\": \"text\",\n                        \"name\": \"text\",\n                        \"avatar\": \"text\",\n                        \"is_executor\": true,\n                        \"is_stage_executor\": true\n                      }\n                    ],\n                    \"dynamic_recipients\": [\n                      \"text\"\n                    ]\n                  },\n                  \"lark_hook_notification_config\": {\n                    \"app_id\": \"text\",\n                    \"hook_address\": \"text\",\n                    \"at_users\": [\n                      \"text\"\n                    ],\n                    \"dynamic_recipients\": [\n                      \"text\"\n                    ],\n                    \"is_at_all\": true\n                  },\n                  \"wechat_notification_config\": {\n                    \"hook_address\": \"text\",\n                    \"at_users\": [\n                      \"text\"\n                    ],\n                    \"is_at_all\": true\n                  },\n                  \"dingding_notification_config\": {\n                    \"hook_address\": \"text\",\n                    \"at_mobiles\": [\n                      \"text\"\n                    ],\n                    \"dynamic_recipients\": [\n                      \"text\"\n                    ],\n                    \"is_at_all\": true\n                  },\n                  \"msteams_notification_config\": {\n                    \"hook_address\": \"text\",\n                    \"at_emails\": [\n                      \"text\"\n                    ],\n                    \"dynamic_recipients\": [\n                      \"text\"\n                    ]\n                  },\n                  \"mail_notification_config\": {\n                    \"target_users\": [\n                      {\n                        \"type\": \"text\",\n                        \"user_id\": \"text\",\n                        \"user_name\": \"text\",\n                        \"group_id\": \"text\",\n                        \"group_name\": \"text\",\n                        \"reject_or_approve\": \"\",\n                        \"comment\": \"text\",\n                        \"operation_time\": 1\n                      }\n                    ],\n                    \"dynamic_recipients\": [\n                      \"text\"\n                    ]\n                  },\n                  \"webhook_notification_config\": {\n                    \"address\": \"text\",\n                    \"token\": \"text\"\n                  },\n                  \"notify_type\": [\n                    \"text\"\n                  ],\n                  \"weChat_webHook\": \"text\",\n                  \"dingding_webhook\": \"text\",\n                  \"feishu_app_id\": \"text\",\n                  \"feishu_webhook\": \"text\",\n                  \"feishu_chat\": {\n                    \"chat_id\": \"text\",\n                    \"chat_name\": \"text\"\n                  },\n                  \"mail_users\": [\n                    {\n                      \"type\": \"text\",\n                      \"user_id\": \"text\",\n                      \"user_name\": \"text\",\n                      \"group_id\": \"text\",\n                      \"group_name\": \"text\",\n                      \"reject_or_approve\": \"\",\n                      \"comment\": \"text\",\n                      \"operation_time\": 1\n                    }\n                  ],\n                  \"webhook_notify\": {\n                    \"address\": \"text\",\n                    \"token\": \"text\"\n                  },\n                  \"at_mobiles\": [\n                    \"text\"\n                  ],\n                  \"wechat_user_ids\": [\n                    \"text\"\n                  ],\n                  \"lark_user_ids\": [\n                    \"text\"\n                  ],\n                  \"lark_at_users\": [\n                    {\n                      \"id\": \"text\",\n                      \"id_type\": \"text\",\n                      \"name\": \"text\",\n                      \"avatar\": \"text\",\n                      \"is_executor\": true,\n                      \"is_stage_executor\": true\n                    }\n                  ],\n                  \"is_at_all\": true\n                }\n              ]\n            }\n          ]\n        }\n      ],\n      \"status\": \"disabled\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn get_workflow_task__success() {
    check_example::<
        crate::types::WorkflowTaskDetail,
    >(
        "{\n  \"task_id\": 24,\n  \"workflow_key\": \"build-images\",\n  \"params\": [\n    {\n      \"name\": \"USERNAME\",\n      \"description\": \"\",\n      \"type\": \"string\",\n      \"value\": \"zadig\",\n      \"default\": \"\",\n      \"is_credential\": false\n    }\n  ],\n  \"status\": \"running\",\n  \"task_creator\": \"admin\",\n  \"create_time\": 1664161285,\n  \"start_time\": 1664161286,\n  \"end_time\": 1664172997,\n  \"stages\": [\n    {\n      \"name\": \"build\",\n      \"status\": \"passed\",\n      \"start_time\": 1664161286,\n      \"end_time\": 1664172974,\n      \"jobs\": [\n        {\n          \"name\": \"a-myapp-1-build-myapps\",\n          \"type\": \"zadig-build\",\n          \"status\": \"passed\",\n          \"start_time\": 1664172967,\n          \"end_time\": 1664172974,\n          \"spec\": {\n            \"repos\": [\n              {\n                \"source\": \"gitee\",\n                \"repo_owner\": \"kr-test-dev\",\n                \"repo_namespace\": \"kr-test-dev\",\n                \"repo_name\": \"zadig\",\n                \"remote_name\": \"origin\",\n                \"branch\": \"main\",\n                \"commit_id\": \"a13120997b95d8b63f2b5b29c700f89d38a5de54\",\n                \"commit_message\": \"update pkg/microservice/warpdrive/config/const.go.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\n                \"address\": \"https://gitee.com\",\n                \"author_name\": \"grandy\"\n              }\n            ],\n            \"image\": \"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\",\n            \"service_name\": \"a\",\n            \"service_module\": \"myapp-1\",\n            \"envs\": [\n              {\n                \"key\": \"username\",\n                \"value\": \"admin\",\n                \"type\": \"string\",\n                \"is_credential\": false\n              },\n              {\n                \"key\": \"password\",\n                \"value\": \"zadig\",\n                \"type\": \"string\",\n                \"is_credential\": true\n              },\n              {\n                \"key\": \"version\",\n                \"value\": \"1\",\n                \"type\": \"string\",\n                \"is_credential\": false\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Deploy\",\n      \"status\": \"passed\",\n      \"start_time\": 1664172974,\n      \"end_time\": 1664172990,\n      \"approval\": {\n        \"enabled\": true,\n        \"approve_users\": [\n          {\n            \"user_name\": \"admin\",\n            \"reject_or_approve\": \"approve\",\n            \"comment\": \"LGTM\",\n            \"operation_time\": 1664172985\n          }\n        ],\n        \"timeout\": 120,\n        \"needed_approvers\": 1,\n        \"description\": \"Need approval to deploy\",\n        \"reject_or_approve\": \"approve\"\n      },\n      \"jobs\": [\n        {\n          \"name\": \"a-myapp-1-deploy-myapps\",\n          \"type\": \"zadig-deploy\",\n          \"status\": \"passed\",\n          \"start_time\": 1664172986,\n          \"end_time\": 1664172990,\n          \"spec\": {\n            \"env\": \"dev\",\n            \"skip_check_run_status\": false,\n            \"service_and_images\": [\n              {\n                \"service_name\": \"a\",\n                \"service_module\": \"myapp-1\",\n                \"image\": \"koderover.tencentcloudcr.com/koderover-demo/myapp-1:20220926141606-26-main\"\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"General task\",\n      \"status\": \"passed\",\n      \"start_time\": 1664172990,\n      \"end_time\": 1664172993,\n      \"jobs\": [\n        {\n          \"name\": \"echo-hello\",\n          \"type\": \"freestyle\",\n          \"status\": \"passed\",\n          \"start_time\": 1664172990,\n          \"end_time\": 1664172993,\n          \"spec\": {\n            \"repos\": [\n              {\n                \"source\": \"gitee\",\n                \"repo_owner\": \"kr-test-dev\",\n                \"repo_namespace\": \"kr-test-dev\",\n                \"repo_name\": \"demo-test\",\n                \"remote_name\": \"origin\",\n                \"branch\": \"master\",\n                \"commit_id\": \"2000aba9195bfce73b0a676e48c0ebfe2f59a4a9\",\n                \"commit_message\": \"update org-debug.txt.\\n\\nSigned-off-by: grandy <10196377+grandy@user.noreply.gitee.com>\",\n                \"address\": \"https://gitee.com\",\n                \"author_name\": \"grandy\"\n              }\n            ],\n            \"image\": \"\",\n            \"service_name\": \"\",\n            \"service_module\": \"\",\n            \"envs\": [\n              {\n                \"key\": \"myName\",\n                \"value\": \"zadig\",\n                \"type\": \"string\",\n                \"is_credential\": false\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Custom task\",\n      \"status\": \"passed\",\n      \"start_time\": 1664172993,\n      \"end_time\": 1664172997,\n      \"jobs\": [\n        {\n          \"name\": \"say-hi\",\n          \"type\": \"plugin\",\n          \"status\": \"passed\",\n          \"start_time\": 1664172993,\n          \"end_time\": 1664172997,\n          \"error\": \"\",\n          \"spec\": {\n            \"name\": \"Output Hello greeting information\",\n            \"is_offical\": false,\n            \"description\": \"Greet specified user\",\n            \"repo_url\": \"\",\n            \"version\": \"v0.0.1\",\n            \"image\": \"koderover.tencentcloudcr.com/koderover-public/greeting-bot:20220923-amd64\",\n            \"args\": [],\n            \"cmds\": [],\n            \"envs\": [\n              {\n                \"name\": \"WHO_AM_I\",\n                \"value\": \"Zadig\"\n              },\n              {\n                \"name\": \"WEATHER_STATUS\",\n                \"value\": \"sunny\"\n              }\n            ],\n            \"inputs\": [\n              {\n                \"name\": \"who_am_i\",\n                \"description\": \"who am i\",\n                \"type\": \"string\",\n                \"value\": \"zadig\",\n                \"default\": \"zadig\",\n                \"is_credential\": false\n              },\n              {\n                \"name\": \"weather_status\",\n                \"description\": \"what's the weather like today\",\n                \"type\": \"choice\",\n                \"value\": \"sunny\",\n                \"choice_否\": [\n                  \"sunny\",\n                  \"cloudy\",\n                  \"rainy\"\n                ],\n                \"default\": \"sunny\",\n                \"is_credential\": false\n              }\n            ],\n            \"outputs\": []\n          }\n        }\n      ]\n    }\n  ],\n  \"project_key\": \"simple-service-demo\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn get_workflow_task__task_not_found() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 500,\n  \"description\": \"mongo: no documents in result\",\n  \"message\": \"Internal Error: \"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn get_workflow_task__server_response_shape() {
    check_example::<
        crate::types::WorkflowTaskDetail,
    >(
        "{\n  \"task_id\": 1,\n  \"workflow_key\": \"text\",\n  \"workflow_name\": \"text\",\n  \"params\": [\n    {\n      \"name\": \"text\",\n      \"description\": \"text\",\n      \"type\": \"text\",\n      \"value\": \"text\",\n      \"repo\": {\n        \"source\": \"text\",\n        \"repo_owner\": \"text\",\n        \"repo_namespace\": \"text\",\n        \"repo_name\": \"text\",\n        \"remote_name\": \"text\",\n        \"branch\": \"text\",\n        \"merge_branches\": [\n          \"text\"\n        ],\n        \"pr\": 1,\n        \"prs\": [\n          1\n        ],\n        \"tag\": \"text\",\n        \"enable_commit\": true,\n        \"commit_id\": \"text\",\n        \"commit_message\": \"text\",\n        \"checkout_path\": \"text\",\n        \"submodules\": true,\n        \"hidden\": true,\n        \"use_default\": true,\n        \"is_primary\": true,\n        \"codehost_id\": 1,\n        \"oauth_token\": \"text\",\n        \"address\": \"text\",\n        \"author_name\": \"text\",\n        \"committer\": \"text\",\n        \"target_branch\": \"text\",\n        \"checkout_ref\": \"text\",\n        \"username\": \"text\",\n        \"password\": \"text\",\n        \"perforce_host\": \"text\",\n        \"perforce_port\": 1,\n        \"enable_proxy\": true,\n        \"filter_regexp\": \"text\",\n        \"auth_type\": \"SSH\",\n        \"ssh_key\": \"text\",\n        \"private_access_token\": \"text\",\n        \"source_from\": \"\",\n        \"param_name\": \"text\",\n        \"job_name\": \"text\",\n        \"service_name\": \"text\",\n        \"service_module\": \"text\",\n        \"repo_index\": 1,\n        \"submission_id\": \"text\",\n        \"disable_ssl\": true,\n        \"depot_type\": \"text\",\n        \"stream\": \"text\",\n        \"view_mapping\": \"text\",\n        \"changelist_id\": 1,\n        \"shelve_id\": 1\n      },\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"choice_value\": [\n        \"text\"\n      ],\n      \"script\": \"text\",\n      \"call_function\": \"text\",\n      \"file_id\": \"text\",\n      \"file_name\": \"text\",\n      \"file_path\": \"text\",\n      \"default\": \"text\",\n      \"is_credential\": true,\n      \"source\": \"text\",\n      \"required\": true\n    }\n  ],\n  \"status\": \"disabled\",\n  \"reverted\": true,\n  \"remark\": \"text\",\n  \"task_creator\": \"text\",\n  \"task_revoker\": \"text\",\n  \"create_time\": 1,\n  \"start_time\": 1,\n  \"end_time\": 1,\n  \"stages\": [\n    {\n      \"name\": \"text\",\n      \"status\": \"disabled\",\n      \"start_time\": 1,\n      \"end_time\": 1,\n      \"parallel\": true,\n      \"manual_exec\": {\n        \"enabled\": true,\n        \"modify_params\": true,\n        \"excuted\": true,\n        \"manual_exec_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"lark_person_notification_config\": {\n          \"app_id\": \"text\",\n          \"target_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true\n            }\n          ],\n          \"dynamic_recipients\": [\n            \"text\"\n          ]\n        },\n        \"notification_sent\": true,\n        \"manual_exector_id\": \"text\",\n        \"manual_exector_name\": \"text\"\n      },\n      \"jobs\": [\n        {\n          \"name\": \"text\",\n          \"key\": \"text\",\n          \"display_name\": \"text\",\n          \"origin_name\": \"text\",\n          \"type\": \"text\",\n          \"status\": \"disabled\",\n          \"reverted\": true,\n          \"start_time\": 1,\n          \"end_time\": 1,\n          \"cost_seconds\": 1,\n          \"error\": \"text\",\n          \"breakpoint_before\": true,\n          \"breakpoint_after\": true,\n          \"error_policy\": {\n            \"policy\": \"stop\",\n            \"maximum_retry\": 1,\n            \"approval_users\": [\n              {\n                \"type\": \"text\",\n                \"user_id\": \"text\",\n                \"user_name\": \"text\",\n                \"group_id\": \"text\",\n                \"group_name\": \"text\",\n                \"reject_or_approve\": \"\",\n                \"comment\": \"text\",\n                \"operation_time\": 1\n              }\n            ]\n          },\n          \"error_handler_user_id\": \"text\",\n          \"error_handler_username\": \"text\",\n          \"retry_count\": 1\n        }\n      ],\n      \"error\": \"text\"\n    }\n  ],\n  \"project_key\": \"text\",\n  \"error\": \"text\",\n  \"is_restart\": true,\n  \"debug\": true,\n  \"approval_ticket_id\": \"text\",\n  \"approval_id\": \"text\",\n  \"release_plan\": {\n    \"id\": \"text\",\n    \"name\": \"text\",\n    \"index\": 1\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__full_request() {
    check_example::<
        crate::types::ExecuteWorkflowRequest,
    >(
        "{\n  \"project_key\": \"helm\",\n  \"workflow_key\": \"test-openapi\",\n  \"parameters\": [\n    {\n      \"name\": \"test\",\n      \"type\": \"string\",\n      \"value\": \"zadig\"\n    },\n    {\n      \"name\": \"abc\",\n      \"type\": \"choice\",\n      \"value\": \"123\"\n    },\n    {\n      \"name\": \"repo1\",\n      \"type\": \"repo\",\n      \"repo\": {\n        \"codehost_name\": \"gitlab\",\n        \"repo_namespace\": \"kr-poc\",\n        \"repo_name\": \"num_test\",\n        \"branch\": \"master\",\n        \"prs\": []\n      }\n    }\n  ],\n  \"inputs\": [\n    {\n      \"job_name\": \"build-myapps\",\n      \"job_type\": \"zadig-build\",\n      \"parameters\": {\n        \"registry\": \"https://koderover.******.com/test\",\n        \"service_list\": [\n          {\n            \"service_module\": \"aslan\",\n            \"service_name\": \"zadig\",\n            \"repo_info\": [\n              {\n                \"codehost_name\": \"koderover\",\n                \"repo_namespace\": \"koderover\",\n                \"repo_name\": \"zadig\",\n                \"branch\": \"main\"\n              }\n            ],\n            \"inputs\": [\n              {\n                \"key\": \"username\",\n                \"value\": \"admin\"\n              },\n              {\n                \"key\": \"password\",\n                \"value\": \"Zadig\"\n              }\n            ]\n          }\n        ]\n      }\n    },\n    {\n      \"job_name\": \"deploy-myapps\",\n      \"job_type\": \"zadig-deploy\",\n      \"parameters\": {\n        \"env_name\": \"dev\",\n        \"service_list\": [\n          {\n            \"service_name\": \"zadig\",\n            \"service_module\": \"aslan\",\n            \"image_name\": \"koderover.******.com/test/aslan:main\",\n            \"value_merge_strategy\": \"override\"\n          },\n          {\n            \"service_name\": \"zadig\",\n            \"service_module\": \"zadig-portal\",\n            \"image_name\": \"koderover.******.com/test/zadig-portal:main\",\n            \"value_merge_strategy\": \"reuse-values\"\n          }\n        ]\n      }\n    },\n    {\n      \"job_name\": \"jira-issue-update\",\n      \"job_type\": \"freestyle\",\n      \"parameters\": {\n        \"kv\": [\n          {\n            \"key\": \"IssueID\",\n            \"value\": \"ZAD-10126\"\n          },\n          {\n            \"key\": \"FromStatus\",\n            \"value\": \"Testing\"\n          },\n          {\n            \"key\": \"TargetStatus\",\n            \"value\": \"ToBeReleased\"\n          }\n        ]\n      }\n    },\n    {\n      \"job_name\": \"deploy-my-app\",\n      \"job_type\": \"custom-deploy\",\n      \"parameters\": {\n        \"target_list\": [\n          {\n            \"workload_type\": \"Deployment\",\n            \"workload_name\": \"service2\",\n            \"container_name\": \"service2\",\n            \"image_name\": \"koderover.***.com/test/service2:0505\"\n          }\n        ]\n      }\n    },\n    {\n      \"job_name\": \"sql\",\n      \"job_type\": \"sql\",\n      \"parameters\": {\n        \"database_name\": \"mysql\",\n        \"sql\": \"show databases;\"\n      }\n    }\n  ],\n  \"notify_inputs\": [\n    {\n      \"id\": 1,\n      \"type\": \"feishu_person\",\n      \"lark_person_notification_config\": {\n        \"users\": [\n          {\n            \"id\": \"35g99291\",\n            \"id_type\": \"user_id\"\n          }\n        ]\n      }\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__tapd_input_with_iteration_ids() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"tapd\",\n  \"job_type\": \"tapd\",\n  \"parameters\": {\n    \"project_id\": \"43976133\",\n    \"project_name\": \"Welcome to TAPD DEMO\",\n    \"status\": \"open\",\n    \"iteration_ids\": [\n      \"1143976133001000001\",\n      \"1143976133001000002\"\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__zadig_build_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"build-myapps\",\n  \"job_type\": \"zadig-build\",\n  \"parameters\": {\n    \"registry\": \"https://koderover.******.com/test\",\n    \"service_list\": [\n      {\n        \"service_module\": \"aslan\",\n        \"service_name\": \"zadig\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig\",\n            \"branch\": \"main\",\n            \"enable_commit\": true,\n            \"commit_id\": \"e1f10409e99c3f13b0777d2cd8b1a42750b093e1\"\n          }\n        ],\n        \"inputs\": [\n          {\n            \"key\": \"username\",\n            \"value\": \"admin\"\n          },\n          {\n            \"key\": \"password\",\n            \"value\": \"Zadig\"\n          }\n        ]\n      },\n      {\n        \"service_module\": \"zadig-portal\",\n        \"service_name\": \"zadig\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig-portal\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__zadig_deploy_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"deploy-myapps\",\n  \"job_type\": \"zadig-deploy\",\n  \"parameters\": {\n    \"env_name\": \"dev\",\n    \"service_list\": [\n      {\n        \"service_name\": \"zadig\",\n        \"service_module\": \"aslan\",\n        \"image_name\": \"koderover.***.com/test/aslan:main\",\n        \"value_merge_strategy\": \"reuse-values\"\n      },\n      {\n        \"service_name\": \"zadig\",\n        \"service_module\": \"zadig-portal\",\n        \"image_name\": \"koderover.***.com/test/zadig-portal:main\",\n        \"value_merge_strategy\": \"override\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__custom_deploy_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"deploy-my-app\",\n  \"job_type\": \"custom-deploy\",\n  \"parameters\": {\n    \"target_list\": [\n      {\n        \"workload_type\": \"Deployment\",\n        \"workload_name\": \"service2\",\n        \"container_name\": \"service2\",\n        \"image_name\": \"koderover.***.com/test/service2:0505\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__freestyle_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"jira-issue-update\",\n  \"job_type\": \"freestyle\",\n  \"parameters\": {\n    \"services\": [\n      {\n        \"service_name\": \"service1\",\n        \"service_module\": \"service1\",\n        \"inputs\": [\n          {\n            \"key\": \"test\",\n            \"value\": \"abc1\"\n          }\n        ],\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"gitlab\",\n            \"repo_namespace\": \"kr-poc\",\n            \"repo_name\": \"multi-service-demo\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ],\n    \"kv\": [\n      {\n        \"key\": \"IssueID\",\n        \"value\": \"ZAD-10126\"\n      },\n      {\n        \"key\": \"FromStatus\",\n        \"value\": \"Testing\"\n      },\n      {\n        \"key\": \"TargetStatus\",\n        \"value\": \"ToBeReleased\"\n      }\n    ],\n    \"repo_info\": [\n      {\n        \"codehost_name\": \"koderover\",\n        \"repo_namespace\": \"koderover\",\n        \"repo_name\": \"zadig\",\n        \"branch\": \"task-mgr\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__zadig_test_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"test-myapps\",\n  \"job_type\": \"zadig-test\",\n  \"parameters\": {\n    \"service_list\": [\n      {\n        \"service_name\": \"service1\",\n        \"service_module\": \"service1\",\n        \"inputs\": [\n          {\n            \"key\": \"test\",\n            \"value\": \"abc1\"\n          }\n        ],\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"gitlab\",\n            \"repo_namespace\": \"kr-poc\",\n            \"repo_name\": \"multi-service-demo\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ],\n    \"testing_list\": [\n      {\n        \"testing_name\": \"unit-test\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig\",\n            \"branch\": \"main\"\n          }\n        ],\n        \"inputs\": [\n          {\n            \"key\": \"username\",\n            \"value\": \"admin\"\n          },\n          {\n            \"key\": \"password\",\n            \"value\": \"Zadig\"\n          }\n        ]\n      },\n      {\n        \"testing_name\": \"integration-test\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig-portal\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__zadig_scanning_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"scan-myapps\",\n  \"job_type\": \"zadig-scanning\",\n  \"parameters\": {\n    \"service_list\": [\n      {\n        \"service_name\": \"service1\",\n        \"service_module\": \"service1\",\n        \"inputs\": [\n          {\n            \"key\": \"test\",\n            \"value\": \"abc1\"\n          }\n        ],\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"gitlab\",\n            \"repo_namespace\": \"kr-poc\",\n            \"repo_name\": \"multi-service-demo\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ],\n    \"scanning_list\": [\n      {\n        \"scanning_name\": \"scan\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig\",\n            \"branch\": \"main\"\n          }\n        ]\n      },\n      {\n        \"scanning_name\": \"scan-1\",\n        \"repo_info\": [\n          {\n            \"codehost_name\": \"koderover\",\n            \"repo_namespace\": \"koderover\",\n            \"repo_name\": \"zadig-portal\",\n            \"branch\": \"main\"\n          }\n        ]\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__sql_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"sql\",\n  \"job_type\": \"sql\",\n  \"parameters\": {\n    \"database_name\": \"mysql\",\n    \"sql\": \"show databases;\"\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__tapd_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"tapd\",\n  \"job_type\": \"tapd\",\n  \"parameters\": {\n    \"project_id\": \"43976133\",\n    \"project_name\": \"Welcome to TAPD DEMO\",\n    \"status\": \"open\",\n    \"iterations\": [\n      {\n        \"iteration_id\": \"1143976133001000001\",\n        \"iteration_name\": \"Current Iteration Example\",\n        \"start_date\": \"2025-08-04\",\n        \"end_date\": \"2025-09-03\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__approval_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"approval\",\n  \"job_type\": \"approval\",\n  \"parameters\": {}\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__plugin_input() {
    check_example::<
        crate::types::WorkflowJobInput,
    >(
        "{\n  \"job_name\": \"plugin-task\",\n  \"job_type\": \"plugin\",\n  \"parameters\": {\n    \"kv\": [\n      {\n        \"key\": \"CONTENT\",\n        \"value\": \"hello world\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__feishu_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"feishu\",\n  \"lark_hook_notification_config\": {\n    \"at_users\": [\n      \"35xxxx91\"\n    ],\n    \"is_at_all\": false\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__feishu_app_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"feishu_app\",\n  \"lark_group_notification_config\": {\n    \"chat_id\": \"oc_0c7db78d0fxxxxxxd81cc5692aa3\",\n    \"at_users\": [\n      {\n        \"id\": \"35xxxx91\",\n        \"id_type\": \"user_id\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__feishu_person_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"feishu_person\",\n  \"lark_person_notification_config\": {\n    \"users\": [\n      {\n        \"id\": \"35xxxx91\",\n        \"id_type\": \"user_id\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__wechat_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"wechat\",\n  \"wechat_notification_config\": {\n    \"at_users\": [\n      \"35xxxx91\"\n    ],\n    \"is_at_all\": false\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__dingding_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"dingding\",\n  \"dingding_notification_config\": {\n    \"at_mobiles\": [\n      \"13800138000\",\n      \"13800138001\"\n    ],\n    \"is_at_all\": false\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__msteams_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"msteams\",\n  \"msteams_notification_config\": {\n    \"at_emails\": [\n      \"test@example.com\",\n      \"test2@example.com\"\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__mail_notify_input() {
    check_example::<
        crate::types::NotifyInput,
    >(
        "{\n  \"id\": 1,\n  \"type\": \"mail\",\n  \"mail_notification_config\": {\n    \"user_ids\": [\n      \"1234567890\",\n      \"0987654321\"\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__success() {
    check_example::<
        crate::types::ExecuteWorkflowResponse,
    >(
        "{\n  \"project_name\": \"simple-service-demo\",\n  \"workflow_name\": \"openapi-test\",\n  \"task_id\": 20\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_workflow__server_response_shape() {
    check_example::<
        crate::types::ExecuteWorkflowResponse,
    >(
        "{\n  \"project_name\": \"text\",\n  \"workflow_name\": \"text\",\n  \"task_id\": 1\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn cancel_workflow_task__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn cancel_workflow_task__already_finished() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6163,\n  \"description\": \"task: build-images:20 is passed, cannot cancel\",\n  \"extra\": {},\n  \"message\": \"Cancel workflow task failed\",\n  \"type\": \"error\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn cancel_workflow_task__task_not_found() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6163,\n  \"description\": \"mongo: no documents in result\",\n  \"extra\": {},\n  \"message\": \"Cancel workflow task failed\",\n  \"type\": \"error\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn retry_workflow_task__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn retry_workflow_task__task_not_found() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6161,\n  \"description\": \"mongo: no documents in result\",\n  \"extra\": {},\n  \"message\": \"Get workflow task failed\",\n  \"type\": \"error\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn approve_workflow_task__request() {
    check_example::<
        crate::types::ApproveWorkflowTaskRequest,
    >(
        "{\n  \"task_id\": 2,\n  \"workflow_key\": \"infra-dev-workflow\",\n  \"stage_name\": \"deploy\",\n  \"approve\": true,\n  \"comment\": \"LGTM\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn approve_workflow_task__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn approve_workflow_task__stage_needs_no_approval() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6169,\n  \"description\": \"workflow build-images ID 23 stage deploy-myapps do not need approve\",\n  \"extra\": {},\n  \"message\": \"Approve workflow task failed\",\n  \"type\": \"error\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn approve_workflow_task__server_body_shape() {
    check_example::<
        crate::types::ApproveWorkflowTaskRequest,
    >(
        "{\n  \"stage_name\": \"text\",\n  \"workflow_key\": \"text\",\n  \"task_id\": 1,\n  \"approve\": true,\n  \"comment\": \"text\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn update_workflow_task_remark__server_body_shape() {
    check_example::<
        crate::types::UpdateWorkflowTaskRemarkRequest,
    >("{\n  \"remark\": \"text\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn get_workflow_task_manual_exec__server_response_shape() {
    check_example::<
        crate::types::WorkflowTaskManualExecContext,
    >(
        "{\n  \"project_key\": \"text\",\n  \"workflow_key\": \"text\",\n  \"task_id\": 1,\n  \"status\": \"disabled\",\n  \"stage_name\": \"text\",\n  \"can_execute\": true,\n  \"executors\": [\n    {\n      \"type\": \"text\",\n      \"user_id\": \"text\",\n      \"user_name\": \"text\",\n      \"group_id\": \"text\",\n      \"group_name\": \"text\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn manual_exec_workflow_task__server_body_shape() {
    check_example::<
        crate::types::ManualExecWorkflowTaskRequest,
    >("{\n  \"stage_name\": \"text\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn create_workflow__request() {
    check_example::<
        crate::types::WorkflowDefinition,
    >(
        "{\n  \"name\": \"workflow-demo\",\n  \"display_name\": \"workflow-demo\",\n  \"project\": \"demo\",\n  \"description\": \"workflow-demo description\",\n  \"concurrency_limit\": 5,\n  \"stages\": [\n    {\n      \"name\": \"Build\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"name\": \"build\",\n          \"type\": \"zadig-build\",\n          \"run_policy\": \"\",\n          \"spec\": {\n            \"docker_registry_id\": \"62c**********\",\n            \"service_and_builds\": [\n              {\n                \"service_name\": \"service1\",\n                \"service_module\": \"service1\",\n                \"image_name\": \"nginx\",\n                \"value\": \"service1/service1\",\n                \"build_name\": \"build-demo\"\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Deploy\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": true,\n        \"type\": \"native\",\n        \"native_approval\": {\n          \"approve_users\": [\n            {\n              \"user_name\": \"admin\",\n              \"user_id\": \"9792310b-**********\"\n            },\n            {\n              \"user_name\": \"sre-admin\",\n              \"user_id\": \"9837370s-**********\"\n            }\n          ],\n          \"timeout\": 5,\n          \"needed_approvers\": 1\n        }\n      },\n      \"jobs\": [\n        {\n          \"name\": \"deploy\",\n          \"type\": \"zadig-deploy\",\n          \"spec\": {\n            \"env\": \"dev\",\n            \"production\": false,\n            \"deploy_contents\": [\n              \"image\"\n            ],\n            \"skip_check_run_status\": false,\n            \"source\": \"fromjob\",\n            \"job_name\": \"build\",\n            \"service_and_images\": [\n              {\n                \"service_name\": \"service1\",\n                \"service_module\": \"service1\",\n                \"value\": \"service1/service1\"\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Test\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"name\": \"test\",\n          \"type\": \"zadig-test\",\n          \"spec\": {\n            \"test_type\": \"service_test\",\n            \"source\": \"fromjob\",\n            \"job_name\": \"build\",\n            \"service_and_tests\": [\n              {\n                \"service_name\": \"service1\",\n                \"service_module\": \"service1\",\n                \"name\": \"smoke-test\",\n                \"project_name\": \"voting-app\"\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Distribute\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"name\": \"common\",\n          \"type\": \"freestyle\",\n          \"run_policy\": \"\",\n          \"spec\": {\n            \"properties\": {\n              \"timeout\": 60,\n              \"res_req\": \"low\",\n              \"res_req_spec\": {\n                \"cpu_limit\": 1000,\n                \"memory_limit\": 512\n              },\n              \"cluster_id\": \"\",\n              \"build_os\": \"focal\",\n              \"image_id\": \"630xxxxxxxxxxxx\",\n              \"image_from\": \"koderover\",\n              \"envs\": [\n                {\n                  \"key\": \"key1\",\n                  \"value\": \"val1\",\n                  \"type\": \"string\",\n                  \"is_credential\": false\n                }\n              ],\n              \"cache_enable\": true,\n              \"cache_dir_type\": \"workspace\",\n              \"cache_user_dir\": \"\"\n            },\n            \"steps\": [\n              {\n                \"name\": \"tools\",\n                \"type\": \"tools\",\n                \"spec\": {\n                  \"installs\": [\n                    {\n                      \"name\": \"go\",\n                      \"version\": \"1.19.3\",\n                      \"id\": \"go1.19.3\"\n                    }\n                  ]\n                }\n              },\n              {\n                \"name\": \"git\",\n                \"type\": \"git\",\n                \"spec\": {\n                  \"repos\": [\n                    {\n                      \"codehost_id\": 23,\n                      \"repo_owner\": \"owner1\",\n                      \"repo_name\": \"hello\",\n                      \"source\": \"GitHub\",\n                      \"branch\": \"main\",\n                      \"checkout_path\": \"\",\n                      \"remote_name\": \"origin\",\n                      \"submodules\": false,\n                      \"hidden\": false,\n                      \"repo_namespace\": \"owner1\"\n                    }\n                  ]\n                }\n              },\n              {\n                \"name\": \"shell\",\n                \"type\": \"shell\",\n                \"spec\": {\n                  \"script\": \"#!/bin/bash\\nset -e\\necho hello\"\n                }\n              }\n            ]\n          }\n        }\n      ]\n    },\n    {\n      \"name\": \"Image Distribution\",\n      \"parallel\": true,\n      \"jobs\": [\n        {\n          \"name\": \"image-release\",\n          \"type\": \"zadig-distribute-image\",\n          \"run_policy\": \"\",\n          \"isCreate\": true,\n          \"spec\": {\n            \"source\": \"fromjob\",\n            \"job_name\": \"build\",\n            \"source_registry_id\": \"\",\n            \"target_registry_id\": \"630xxxxxxxxxxxx\",\n            \"targets\": [\n              {\n                \"service_name\": \"n-1\",\n                \"service_module\": \"nginx-latest\",\n                \"image_name\": \"nginx\",\n                \"value\": \"n-1/nginx-latest\"\n              }\n            ],\n            \"timeout\": 10,\n            \"cluster_id\": \"\",\n            \"params\": []\n          }\n        }\n      ]\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn create_workflow__server_body_shape() {
    check_example::<
        crate::types::WorkflowDefinition,
    >(
        "{\n  \"name\": \"text\",\n  \"display_name\": \"text\",\n  \"template_name\": \"text\",\n  \"disabled\": true,\n  \"category\": \"\",\n  \"params\": [\n    {\n      \"name\": \"text\",\n      \"description\": \"text\",\n      \"type\": \"text\",\n      \"value\": \"text\",\n      \"repo\": {\n        \"source\": \"text\",\n        \"repo_owner\": \"text\",\n        \"repo_namespace\": \"text\",\n        \"repo_name\": \"text\",\n        \"remote_name\": \"text\",\n        \"branch\": \"text\",\n        \"merge_branches\": [\n          \"text\"\n        ],\n        \"pr\": 1,\n        \"prs\": [\n          1\n        ],\n        \"tag\": \"text\",\n        \"enable_commit\": true,\n        \"commit_id\": \"text\",\n        \"commit_message\": \"text\",\n        \"checkout_path\": \"text\",\n        \"submodules\": true,\n        \"hidden\": true,\n        \"use_default\": true,\n        \"is_primary\": true,\n        \"codehost_id\": 1,\n        \"oauth_token\": \"text\",\n        \"address\": \"text\",\n        \"author_name\": \"text\",\n        \"committer\": \"text\",\n        \"target_branch\": \"text\",\n        \"checkout_ref\": \"text\",\n        \"username\": \"text\",\n        \"password\": \"text\",\n        \"perforce_host\": \"text\",\n        \"perforce_port\": 1,\n        \"enable_proxy\": true,\n        \"filter_regexp\": \"text\",\n        \"auth_type\": \"SSH\",\n        \"ssh_key\": \"text\",\n        \"private_access_token\": \"text\",\n        \"source_from\": \"\",\n        \"param_name\": \"text\",\n        \"job_name\": \"text\",\n        \"service_name\": \"text\",\n        \"service_module\": \"text\",\n        \"repo_index\": 1,\n        \"submission_id\": \"text\",\n        \"disable_ssl\": true,\n        \"depot_type\": \"text\",\n        \"stream\": \"text\",\n        \"view_mapping\": \"text\",\n        \"changelist_id\": 1,\n        \"shelve_id\": 1\n      },\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"choice_value\": [\n        \"text\"\n      ],\n      \"script\": \"text\",\n      \"call_function\": \"text\",\n      \"file_id\": \"text\",\n      \"file_name\": \"text\",\n      \"file_path\": \"text\",\n      \"default\": \"text\",\n      \"is_credential\": true,\n      \"source\": \"text\",\n      \"required\": true\n    }\n  ],\n  \"stages\": [\n    {\n      \"id\": \"text\",\n      \"name\": \"text\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": true,\n        \"status\": \"disabled\",\n        \"type\": \"native\",\n        \"description\": \"text\",\n        \"start_time\": 1,\n        \"end_time\": 1,\n        \"native_approval\": {\n          \"timeout\": 1,\n          \"approve_users\": [\n            {\n              \"type\": \"text\",\n              \"user_id\": \"text\",\n              \"user_name\": \"text\",\n              \"group_id\": \"text\",\n              \"group_name\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"flat_approve_users\": [\n            {\n              \"type\": \"text\",\n              \"user_id\": \"text\",\n              \"user_name\": \"text\",\n              \"group_id\": \"text\",\n              \"group_name\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"needed_approvers\": 1,\n          \"reject_or_approve\": \"\",\n          \"instance_code\": \"text\"\n        },\n        \"lark_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"default_approval_initiator\": {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true,\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_initiator\": {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true,\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_nodes\": [\n            {\n              \"type\": \"START\",\n              \"approve_node_type\": \"\",\n              \"approve_groups\": [\n                {\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\"\n                }\n              ],\n              \"approve_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true,\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"cc_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"cc_groups\": [\n                {\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\"\n                }\n              ],\n              \"reject_or_approve\": \"\"\n            }\n          ],\n          \"instance_code\": \"text\",\n          \"approval_instance\": {\n            \"approval_name\": \"text\",\n            \"start_time\": \"text\",\n            \"end_time\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"serial_number\": \"text\",\n            \"department_id\": \"text\",\n            \"status\": \"text\",\n            \"uuid\": \"text\",\n            \"form\": \"text\",\n            \"task_list\": [\n              {\n                \"id\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"status\": \"text\",\n                \"node_id\": \"text\",\n                \"node_name\": \"text\",\n                \"custom_node_id\": \"text\",\n                \"type\": \"text\",\n                \"start_time\": \"text\",\n                \"end_time\": \"text\",\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"modified_instance_code\": \"text\",\n            \"reverted_instance_code\": \"text\",\n            \"approval_code\": \"text\",\n            \"reverted\": true,\n            \"instance_code\": \"text\",\n            \"comment_list\": [\n              {\n                \"id\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"comment\": \"text\",\n                \"create_time\": \"text\",\n                \"files\": [\n                  {\n                    \"url\": \"text\",\n                    \"file_size\": 1,\n                    \"title\": \"text\",\n                    \"type\": \"text\"\n                  }\n                ]\n              }\n            ],\n            \"timeline\": [\n              {\n                \"type\": \"text\",\n                \"create_time\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"user_id_list\": [\n                  \"text\"\n                ],\n                \"open_id_list\": [\n                  \"text\"\n                ],\n                \"task_id\": \"text\",\n                \"comment\": \"text\",\n                \"cc_user_list\": [\n                  {\n                    \"user_id\": \"text\",\n                    \"cc_id\": \"text\",\n                    \"open_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"user_avatar\": \"text\"\n                  }\n                ],\n                \"ext\": \"text\",\n                \"node_key\": \"text\",\n                \"files\": [\n                  {\n                    \"url\": \"text\",\n                    \"file_size\": 1,\n                    \"title\": \"text\",\n                    \"type\": \"text\"\n                  }\n                ],\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          },\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true,\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ]\n        },\n        \"dingtalk_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"default_approval_initiator\": {\n            \"id\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_nodes\": [\n            {\n              \"approve_users\": [\n                {\n                  \"id\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"type\": \"text\",\n              \"reject_or_approve\": \"\"\n            }\n          ],\n          \"instance_code\": \"text\"\n        },\n        \"workwx_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"creator_user\": {\n            \"name\": \"text\",\n            \"id\": \"text\"\n          },\n          \"approval_nodes\": [\n            {\n              \"type\": 1,\n              \"apv_rel\": 1,\n              \"users\": [\n                {\n                  \"name\": \"text\",\n                  \"id\": \"text\"\n                }\n              ],\n              \"userid\": [\n                \"text\"\n              ],\n              \"status\": 1,\n              \"sub_nodes\": [\n                {\n                  \"user_info\": {\n                    \"user_id\": \"text\"\n                  },\n                  \"speech\": \"text\",\n                  \"status\": 1,\n                  \"timestamp\": 1\n                }\n              ]\n            }\n          ],\n          \"approval_node_details\": [\n            {\n              \"type\": 1,\n              \"apv_rel\": 1,\n              \"users\": [\n                {\n                  \"name\": \"text\",\n                  \"id\": \"text\"\n                }\n              ],\n              \"userid\": [\n                \"text\"\n              ],\n              \"status\": 1,\n              \"sub_nodes\": [\n                {\n                  \"user_info\": {\n                    \"user_id\": \"text\"\n                  },\n                  \"speech\": \"text\",\n                  \"status\": 1,\n                  \"timestamp\": 1\n                }\n              ]\n            }\n          ],\n          \"instance_id\": \"text\"\n        }\n      },\n      \"manual_exec\": {\n        \"enabled\": true,\n        \"modify_params\": true,\n        \"excuted\": true,\n        \"manual_exec_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"lark_person_notification_config\": {\n          \"app_id\": \"text\",\n          \"target_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true\n            }\n          ],\n          \"dynamic_recipients\": [\n            \"text\"\n          ]\n        },\n        \"notification_sent\": true,\n        \"manual_exector_id\": \"text\",\n        \"manual_exector_name\": \"text\"\n      },\n      \"jobs\": [\n        {\n          \"id\": \"text\",\n          \"name\": \"text\",\n          \"type\": \"build\",\n          \"skipped\": true,\n          \"run_policy\": \"\",\n          \"error_policy\": {\n            \"policy\": \"stop\",\n            \"maximum_retry\": 1,\n            \"approval_users\": [\n              {\n                \"type\": \"text\",\n                \"user_id\": \"text\",\n                \"user_name\": \"text\",\n                \"group_id\": \"text\",\n                \"group_name\": \"text\",\n                \"reject_or_approve\": \"\",\n                \"comment\": \"text\",\n                \"operation_time\": 1\n              }\n            ]\n          },\n          \"execute_policy\": {\n            \"type\": \"skip\",\n            \"match_rule\": \"all\",\n            \"rules\": [\n              {\n                \"field\": \"text\",\n                \"verb\": \"text\",\n                \"value\": \"text\"\n              }\n            ]\n          },\n          \"service_modules\": [\n            {\n              \"service_name\": \"text\",\n              \"service_module\": \"text\",\n              \"code_info\": [\n                {\n                  \"source\": \"text\",\n                  \"repo_owner\": \"text\",\n                  \"repo_namespace\": \"text\",\n                  \"repo_name\": \"text\",\n                  \"remote_name\": \"text\",\n                  \"branch\": \"text\",\n                  \"merge_branches\": [\n                    \"text\"\n                  ],\n                  \"pr\": 1,\n                  \"prs\": [\n                    1\n                  ],\n                  \"tag\": \"text\",\n                  \"enable_commit\": true,\n                  \"commit_id\": \"text\",\n                  \"commit_message\": \"text\",\n                  \"checkout_path\": \"text\",\n                  \"submodules\": true,\n                  \"hidden\": true,\n                  \"use_default\": true,\n                  \"is_primary\": true,\n                  \"codehost_id\": 1,\n                  \"oauth_token\": \"text\",\n                  \"address\": \"text\",\n                  \"author_name\": \"text\",\n                  \"committer\": \"text\",\n                  \"target_branch\": \"text\",\n                  \"checkout_ref\": \"text\",\n                  \"username\": \"text\",\n                  \"password\": \"text\",\n                  \"perforce_host\": \"text\",\n                  \"perforce_port\": 1,\n                  \"enable_proxy\": true,\n                  \"filter_regexp\": \"text\",\n                  \"auth_type\": \"SSH\",\n                  \"ssh_key\": \"text\",\n                  \"private_access_token\": \"text\",\n                  \"source_from\": \"\",\n                  \"param_name\": \"text\",\n                  \"job_name\": \"text\",\n                  \"service_name\": \"text\",\n                  \"service_module\": \"text\",\n                  \"repo_index\": 1,\n                  \"submission_id\": \"text\",\n                  \"disable_ssl\": true,\n                  \"depot_type\": \"text\",\n                  \"stream\": \"text\",\n                  \"view_mapping\": \"text\",\n                  \"changelist_id\": 1,\n                  \"shelve_id\": 1\n                }\n              ],\n              \"artifacts\": [\n                \"text\"\n              ]\n            }\n          ],\n          \"notify_ctls\": [\n            {\n              \"enabled\": true,\n              \"webhook_type\": \"dingding\",\n              \"lark_group_notification_config\": {\n                \"app_id\": \"text\",\n                \"chat\": {\n                  \"chat_id\": \"text\",\n                  \"chat_name\": \"text\"\n                },\n                \"at_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"lark_person_notification_config\": {\n                \"app_id\": \"text\",\n                \"target_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"lark_hook_notification_config\": {\n                \"app_id\": \"text\",\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"wechat_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"dingding_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_mobiles\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"msteams_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_emails\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"mail_notification_config\": {\n                \"target_users\": [\n                  {\n                    \"type\": \"text\",\n                    \"user_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"group_id\": \"text\",\n                    \"group_name\": \"text\",\n                    \"reject_or_approve\": \"\",\n                    \"comment\": \"text\",\n                    \"operation_time\": 1\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"webhook_notification_config\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"notify_type\": [\n                \"text\"\n              ],\n              \"weChat_webHook\": \"text\",\n              \"dingding_webhook\": \"text\",\n              \"feishu_app_id\": \"text\",\n              \"feishu_webhook\": \"text\",\n              \"feishu_chat\": {\n                \"chat_id\": \"text\",\n                \"chat_name\": \"text\"\n              },\n              \"mail_users\": [\n                {\n                  \"type\": \"text\",\n                  \"user_id\": \"text\",\n                  \"user_name\": \"text\",\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"webhook_notify\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"at_mobiles\": [\n                \"text\"\n              ],\n              \"wechat_user_ids\": [\n                \"text\"\n              ],\n              \"lark_user_ids\": [\n                \"text\"\n              ],\n              \"lark_at_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"is_at_all\": true\n            }\n          ]\n        }\n      ]\n    }\n  ],\n  \"project\": \"text\",\n  \"description\": \"text\",\n  \"created_by\": \"text\",\n  \"create_time\": 1,\n  \"updated_by\": \"text\",\n  \"update_time\": 1,\n  \"notify_ctls\": [\n    {\n      \"enabled\": true,\n      \"webhook_type\": \"dingding\",\n      \"lark_group_notification_config\": {\n        \"app_id\": \"text\",\n        \"chat\": {\n          \"chat_id\": \"text\",\n          \"chat_name\": \"text\"\n        },\n        \"at_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"lark_person_notification_config\": {\n        \"app_id\": \"text\",\n        \"target_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"lark_hook_notification_config\": {\n        \"app_id\": \"text\",\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"wechat_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"dingding_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_mobiles\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"msteams_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_emails\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"mail_notification_config\": {\n        \"target_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"webhook_notification_config\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"notify_type\": [\n        \"text\"\n      ],\n      \"weChat_webHook\": \"text\",\n      \"dingding_webhook\": \"text\",\n      \"feishu_app_id\": \"text\",\n      \"feishu_webhook\": \"text\",\n      \"feishu_chat\": {\n        \"chat_id\": \"text\",\n        \"chat_name\": \"text\"\n      },\n      \"mail_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"webhook_notify\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"at_mobiles\": [\n        \"text\"\n      ],\n      \"wechat_user_ids\": [\n        \"text\"\n      ],\n      \"lark_user_ids\": [\n        \"text\"\n      ],\n      \"lark_at_users\": [\n        {\n          \"id\": \"text\",\n          \"id_type\": \"text\",\n          \"name\": \"text\",\n          \"avatar\": \"text\",\n          \"is_executor\": true,\n          \"is_stage_executor\": true\n        }\n      ],\n      \"is_at_all\": true\n    }\n  ],\n  \"remark_required\": true,\n  \"ignore_cache\": true,\n  \"share_storages\": [\n    {\n      \"name\": \"text\",\n      \"path\": \"text\"\n    }\n  ],\n  \"hash\": \"text\",\n  \"concurrency_limit\": 1,\n  \"enable_approval_ticket\": true,\n  \"approval_ticket_id\": \"text\",\n  \"template_binding\": {\n    \"enabled\": true,\n    \"template_id\": \"text\",\n    \"template_name\": \"text\",\n    \"base_version\": 1,\n    \"base_version_id\": \"text\",\n    \"delta_patches\": [\n      {\n        \"op\": \"text\",\n        \"path\": \"text\",\n        \"from\": \"text\"\n      }\n    ],\n    \"conflict_count\": 1,\n    \"invalid_patches\": [\n      {\n        \"patch\": {\n          \"op\": \"text\",\n          \"path\": \"text\",\n          \"from\": \"text\"\n        },\n        \"error\": \"text\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn update_workflow__server_body_shape() {
    check_example::<
        crate::types::WorkflowDefinition,
    >(
        "{\n  \"name\": \"text\",\n  \"display_name\": \"text\",\n  \"template_name\": \"text\",\n  \"disabled\": true,\n  \"category\": \"\",\n  \"params\": [\n    {\n      \"name\": \"text\",\n      \"description\": \"text\",\n      \"type\": \"text\",\n      \"value\": \"text\",\n      \"repo\": {\n        \"source\": \"text\",\n        \"repo_owner\": \"text\",\n        \"repo_namespace\": \"text\",\n        \"repo_name\": \"text\",\n        \"remote_name\": \"text\",\n        \"branch\": \"text\",\n        \"merge_branches\": [\n          \"text\"\n        ],\n        \"pr\": 1,\n        \"prs\": [\n          1\n        ],\n        \"tag\": \"text\",\n        \"enable_commit\": true,\n        \"commit_id\": \"text\",\n        \"commit_message\": \"text\",\n        \"checkout_path\": \"text\",\n        \"submodules\": true,\n        \"hidden\": true,\n        \"use_default\": true,\n        \"is_primary\": true,\n        \"codehost_id\": 1,\n        \"oauth_token\": \"text\",\n        \"address\": \"text\",\n        \"author_name\": \"text\",\n        \"committer\": \"text\",\n        \"target_branch\": \"text\",\n        \"checkout_ref\": \"text\",\n        \"username\": \"text\",\n        \"password\": \"text\",\n        \"perforce_host\": \"text\",\n        \"perforce_port\": 1,\n        \"enable_proxy\": true,\n        \"filter_regexp\": \"text\",\n        \"auth_type\": \"SSH\",\n        \"ssh_key\": \"text\",\n        \"private_access_token\": \"text\",\n        \"source_from\": \"\",\n        \"param_name\": \"text\",\n        \"job_name\": \"text\",\n        \"service_name\": \"text\",\n        \"service_module\": \"text\",\n        \"repo_index\": 1,\n        \"submission_id\": \"text\",\n        \"disable_ssl\": true,\n        \"depot_type\": \"text\",\n        \"stream\": \"text\",\n        \"view_mapping\": \"text\",\n        \"changelist_id\": 1,\n        \"shelve_id\": 1\n      },\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"choice_value\": [\n        \"text\"\n      ],\n      \"script\": \"text\",\n      \"call_function\": \"text\",\n      \"file_id\": \"text\",\n      \"file_name\": \"text\",\n      \"file_path\": \"text\",\n      \"default\": \"text\",\n      \"is_credential\": true,\n      \"source\": \"text\",\n      \"required\": true\n    }\n  ],\n  \"stages\": [\n    {\n      \"id\": \"text\",\n      \"name\": \"text\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": true,\n        \"status\": \"disabled\",\n        \"type\": \"native\",\n        \"description\": \"text\",\n        \"start_time\": 1,\n        \"end_time\": 1,\n        \"native_approval\": {\n          \"timeout\": 1,\n          \"approve_users\": [\n            {\n              \"type\": \"text\",\n              \"user_id\": \"text\",\n              \"user_name\": \"text\",\n              \"group_id\": \"text\",\n              \"group_name\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"flat_approve_users\": [\n            {\n              \"type\": \"text\",\n              \"user_id\": \"text\",\n              \"user_name\": \"text\",\n              \"group_id\": \"text\",\n              \"group_name\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"needed_approvers\": 1,\n          \"reject_or_approve\": \"\",\n          \"instance_code\": \"text\"\n        },\n        \"lark_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"default_approval_initiator\": {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true,\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_initiator\": {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true,\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_nodes\": [\n            {\n              \"type\": \"START\",\n              \"approve_node_type\": \"\",\n              \"approve_groups\": [\n                {\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\"\n                }\n              ],\n              \"approve_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true,\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"cc_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"cc_groups\": [\n                {\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\"\n                }\n              ],\n              \"reject_or_approve\": \"\"\n            }\n          ],\n          \"instance_code\": \"text\",\n          \"approval_instance\": {\n            \"approval_name\": \"text\",\n            \"start_time\": \"text\",\n            \"end_time\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"serial_number\": \"text\",\n            \"department_id\": \"text\",\n            \"status\": \"text\",\n            \"uuid\": \"text\",\n            \"form\": \"text\",\n            \"task_list\": [\n              {\n                \"id\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"status\": \"text\",\n                \"node_id\": \"text\",\n                \"node_name\": \"text\",\n                \"custom_node_id\": \"text\",\n                \"type\": \"text\",\n                \"start_time\": \"text\",\n                \"end_time\": \"text\",\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"modified_instance_code\": \"text\",\n            \"reverted_instance_code\": \"text\",\n            \"approval_code\": \"text\",\n            \"reverted\": true,\n            \"instance_code\": \"text\",\n            \"comment_list\": [\n              {\n                \"id\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"comment\": \"text\",\n                \"create_time\": \"text\",\n                \"files\": [\n                  {\n                    \"url\": \"text\",\n                    \"file_size\": 1,\n                    \"title\": \"text\",\n                    \"type\": \"text\"\n                  }\n                ]\n              }\n            ],\n            \"timeline\": [\n              {\n                \"type\": \"text\",\n                \"create_time\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"user_id_list\": [\n                  \"text\"\n                ],\n                \"open_id_list\": [\n                  \"text\"\n                ],\n                \"task_id\": \"text\",\n                \"comment\": \"text\",\n                \"cc_user_list\": [\n                  {\n                    \"user_id\": \"text\",\n                    \"cc_id\": \"text\",\n                    \"open_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"user_avatar\": \"text\"\n                  }\n                ],\n                \"ext\": \"text\",\n                \"node_key\": \"text\",\n                \"files\": [\n                  {\n                    \"url\": \"text\",\n                    \"file_size\": 1,\n                    \"title\": \"text\",\n                    \"type\": \"text\"\n                  }\n                ],\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          },\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true,\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ]\n        },\n        \"dingtalk_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"default_approval_initiator\": {\n            \"id\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_nodes\": [\n            {\n              \"approve_users\": [\n                {\n                  \"id\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"type\": \"text\",\n              \"reject_or_approve\": \"\"\n            }\n          ],\n          \"instance_code\": \"text\"\n        },\n        \"workwx_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"creator_user\": {\n            \"name\": \"text\",\n            \"id\": \"text\"\n          },\n          \"approval_nodes\": [\n            {\n              \"type\": 1,\n              \"apv_rel\": 1,\n              \"users\": [\n                {\n                  \"name\": \"text\",\n                  \"id\": \"text\"\n                }\n              ],\n              \"userid\": [\n                \"text\"\n              ],\n              \"status\": 1,\n              \"sub_nodes\": [\n                {\n                  \"user_info\": {\n                    \"user_id\": \"text\"\n                  },\n                  \"speech\": \"text\",\n                  \"status\": 1,\n                  \"timestamp\": 1\n                }\n              ]\n            }\n          ],\n          \"approval_node_details\": [\n            {\n              \"type\": 1,\n              \"apv_rel\": 1,\n              \"users\": [\n                {\n                  \"name\": \"text\",\n                  \"id\": \"text\"\n                }\n              ],\n              \"userid\": [\n                \"text\"\n              ],\n              \"status\": 1,\n              \"sub_nodes\": [\n                {\n                  \"user_info\": {\n                    \"user_id\": \"text\"\n                  },\n                  \"speech\": \"text\",\n                  \"status\": 1,\n                  \"timestamp\": 1\n                }\n              ]\n            }\n          ],\n          \"instance_id\": \"text\"\n        }\n      },\n      \"manual_exec\": {\n        \"enabled\": true,\n        \"modify_params\": true,\n        \"excuted\": true,\n        \"manual_exec_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"lark_person_notification_config\": {\n          \"app_id\": \"text\",\n          \"target_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true\n            }\n          ],\n          \"dynamic_recipients\": [\n            \"text\"\n          ]\n        },\n        \"notification_sent\": true,\n        \"manual_exector_id\": \"text\",\n        \"manual_exector_name\": \"text\"\n      },\n      \"jobs\": [\n        {\n          \"id\": \"text\",\n          \"name\": \"text\",\n          \"type\": \"build\",\n          \"skipped\": true,\n          \"run_policy\": \"\",\n          \"error_policy\": {\n            \"policy\": \"stop\",\n            \"maximum_retry\": 1,\n            \"approval_users\": [\n              {\n                \"type\": \"text\",\n                \"user_id\": \"text\",\n                \"user_name\": \"text\",\n                \"group_id\": \"text\",\n                \"group_name\": \"text\",\n                \"reject_or_approve\": \"\",\n                \"comment\": \"text\",\n                \"operation_time\": 1\n              }\n            ]\n          },\n          \"execute_policy\": {\n            \"type\": \"skip\",\n            \"match_rule\": \"all\",\n            \"rules\": [\n              {\n                \"field\": \"text\",\n                \"verb\": \"text\",\n                \"value\": \"text\"\n              }\n            ]\n          },\n          \"service_modules\": [\n            {\n              \"service_name\": \"text\",\n              \"service_module\": \"text\",\n              \"code_info\": [\n                {\n                  \"source\": \"text\",\n                  \"repo_owner\": \"text\",\n                  \"repo_namespace\": \"text\",\n                  \"repo_name\": \"text\",\n                  \"remote_name\": \"text\",\n                  \"branch\": \"text\",\n                  \"merge_branches\": [\n                    \"text\"\n                  ],\n                  \"pr\": 1,\n                  \"prs\": [\n                    1\n                  ],\n                  \"tag\": \"text\",\n                  \"enable_commit\": true,\n                  \"commit_id\": \"text\",\n                  \"commit_message\": \"text\",\n                  \"checkout_path\": \"text\",\n                  \"submodules\": true,\n                  \"hidden\": true,\n                  \"use_default\": true,\n                  \"is_primary\": true,\n                  \"codehost_id\": 1,\n                  \"oauth_token\": \"text\",\n                  \"address\": \"text\",\n                  \"author_name\": \"text\",\n                  \"committer\": \"text\",\n                  \"target_branch\": \"text\",\n                  \"checkout_ref\": \"text\",\n                  \"username\": \"text\",\n                  \"password\": \"text\",\n                  \"perforce_host\": \"text\",\n                  \"perforce_port\": 1,\n                  \"enable_proxy\": true,\n                  \"filter_regexp\": \"text\",\n                  \"auth_type\": \"SSH\",\n                  \"ssh_key\": \"text\",\n                  \"private_access_token\": \"text\",\n                  \"source_from\": \"\",\n                  \"param_name\": \"text\",\n                  \"job_name\": \"text\",\n                  \"service_name\": \"text\",\n                  \"service_module\": \"text\",\n                  \"repo_index\": 1,\n                  \"submission_id\": \"text\",\n                  \"disable_ssl\": true,\n                  \"depot_type\": \"text\",\n                  \"stream\": \"text\",\n                  \"view_mapping\": \"text\",\n                  \"changelist_id\": 1,\n                  \"shelve_id\": 1\n                }\n              ],\n              \"artifacts\": [\n                \"text\"\n              ]\n            }\n          ],\n          \"notify_ctls\": [\n            {\n              \"enabled\": true,\n              \"webhook_type\": \"dingding\",\n              \"lark_group_notification_config\": {\n                \"app_id\": \"text\",\n                \"chat\": {\n                  \"chat_id\": \"text\",\n                  \"chat_name\": \"text\"\n                },\n                \"at_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"lark_person_notification_config\": {\n                \"app_id\": \"text\",\n                \"target_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"lark_hook_notification_config\": {\n                \"app_id\": \"text\",\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"wechat_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"dingding_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_mobiles\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"msteams_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_emails\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"mail_notification_config\": {\n                \"target_users\": [\n                  {\n                    \"type\": \"text\",\n                    \"user_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"group_id\": \"text\",\n                    \"group_name\": \"text\",\n                    \"reject_or_approve\": \"\",\n                    \"comment\": \"text\",\n                    \"operation_time\": 1\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"webhook_notification_config\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"notify_type\": [\n                \"text\"\n              ],\n              \"weChat_webHook\": \"text\",\n              \"dingding_webhook\": \"text\",\n              \"feishu_app_id\": \"text\",\n              \"feishu_webhook\": \"text\",\n              \"feishu_chat\": {\n                \"chat_id\": \"text\",\n                \"chat_name\": \"text\"\n              },\n              \"mail_users\": [\n                {\n                  \"type\": \"text\",\n                  \"user_id\": \"text\",\n                  \"user_name\": \"text\",\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"webhook_notify\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"at_mobiles\": [\n                \"text\"\n              ],\n              \"wechat_user_ids\": [\n                \"text\"\n              ],\n              \"lark_user_ids\": [\n                \"text\"\n              ],\n              \"lark_at_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"is_at_all\": true\n            }\n          ]\n        }\n      ]\n    }\n  ],\n  \"project\": \"text\",\n  \"description\": \"text\",\n  \"created_by\": \"text\",\n  \"create_time\": 1,\n  \"updated_by\": \"text\",\n  \"update_time\": 1,\n  \"notify_ctls\": [\n    {\n      \"enabled\": true,\n      \"webhook_type\": \"dingding\",\n      \"lark_group_notification_config\": {\n        \"app_id\": \"text\",\n        \"chat\": {\n          \"chat_id\": \"text\",\n          \"chat_name\": \"text\"\n        },\n        \"at_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"lark_person_notification_config\": {\n        \"app_id\": \"text\",\n        \"target_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"lark_hook_notification_config\": {\n        \"app_id\": \"text\",\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"wechat_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"dingding_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_mobiles\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"msteams_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_emails\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"mail_notification_config\": {\n        \"target_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"webhook_notification_config\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"notify_type\": [\n        \"text\"\n      ],\n      \"weChat_webHook\": \"text\",\n      \"dingding_webhook\": \"text\",\n      \"feishu_app_id\": \"text\",\n      \"feishu_webhook\": \"text\",\n      \"feishu_chat\": {\n        \"chat_id\": \"text\",\n        \"chat_name\": \"text\"\n      },\n      \"mail_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"webhook_notify\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"at_mobiles\": [\n        \"text\"\n      ],\n      \"wechat_user_ids\": [\n        \"text\"\n      ],\n      \"lark_user_ids\": [\n        \"text\"\n      ],\n      \"lark_at_users\": [\n        {\n          \"id\": \"text\",\n          \"id_type\": \"text\",\n          \"name\": \"text\",\n          \"avatar\": \"text\",\n          \"is_executor\": true,\n          \"is_stage_executor\": true\n        }\n      ],\n      \"is_at_all\": true\n    }\n  ],\n  \"remark_required\": true,\n  \"ignore_cache\": true,\n  \"share_storages\": [\n    {\n      \"name\": \"text\",\n      \"path\": \"text\"\n    }\n  ],\n  \"hash\": \"text\",\n  \"concurrency_limit\": 1,\n  \"enable_approval_ticket\": true,\n  \"approval_ticket_id\": \"text\",\n  \"template_binding\": {\n    \"enabled\": true,\n    \"template_id\": \"text\",\n    \"template_name\": \"text\",\n    \"base_version\": 1,\n    \"base_version_id\": \"text\",\n    \"delta_patches\": [\n      {\n        \"op\": \"text\",\n        \"path\": \"text\",\n        \"from\": \"text\"\n      }\n    ],\n    \"conflict_count\": 1,\n    \"invalid_patches\": [\n      {\n        \"patch\": {\n          \"op\": \"text\",\n          \"path\": \"text\",\n          \"from\": \"text\"\n        },\n        \"error\": \"text\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn create_custom_workflow__server_body_shape() {
    check_example::<
        crate::types::WorkflowDefinition,
    >(
        "{\n  \"name\": \"text\",\n  \"display_name\": \"text\",\n  \"template_name\": \"text\",\n  \"disabled\": true,\n  \"category\": \"\",\n  \"params\": [\n    {\n      \"name\": \"text\",\n      \"description\": \"text\",\n      \"type\": \"text\",\n      \"value\": \"text\",\n      \"repo\": {\n        \"source\": \"text\",\n        \"repo_owner\": \"text\",\n        \"repo_namespace\": \"text\",\n        \"repo_name\": \"text\",\n        \"remote_name\": \"text\",\n        \"branch\": \"text\",\n        \"merge_branches\": [\n          \"text\"\n        ],\n        \"pr\": 1,\n        \"prs\": [\n          1\n        ],\n        \"tag\": \"text\",\n        \"enable_commit\": true,\n        \"commit_id\": \"text\",\n        \"commit_message\": \"text\",\n        \"checkout_path\": \"text\",\n        \"submodules\": true,\n        \"hidden\": true,\n        \"use_default\": true,\n        \"is_primary\": true,\n        \"codehost_id\": 1,\n        \"oauth_token\": \"text\",\n        \"address\": \"text\",\n        \"author_name\": \"text\",\n        \"committer\": \"text\",\n        \"target_branch\": \"text\",\n        \"checkout_ref\": \"text\",\n        \"username\": \"text\",\n        \"password\": \"text\",\n        \"perforce_host\": \"text\",\n        \"perforce_port\": 1,\n        \"enable_proxy\": true,\n        \"filter_regexp\": \"text\",\n        \"auth_type\": \"SSH\",\n        \"ssh_key\": \"text\",\n        \"private_access_token\": \"text\",\n        \"source_from\": \"\",\n        \"param_name\": \"text\",\n        \"job_name\": \"text\",\n        \"service_name\": \"text\",\n        \"service_module\": \"text\",\n        \"repo_index\": 1,\n        \"submission_id\": \"text\",\n        \"disable_ssl\": true,\n        \"depot_type\": \"text\",\n        \"stream\": \"text\",\n        \"view_mapping\": \"text\",\n        \"changelist_id\": 1,\n        \"shelve_id\": 1\n      },\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"choice_value\": [\n        \"text\"\n      ],\n      \"script\": \"text\",\n      \"call_function\": \"text\",\n      \"file_id\": \"text\",\n      \"file_name\": \"text\",\n      \"file_path\": \"text\",\n      \"default\": \"text\",\n      \"is_credential\": true,\n      \"source\": \"text\",\n      \"required\": true\n    }\n  ],\n  \"stages\": [\n    {\n      \"id\": \"text\",\n      \"name\": \"text\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": true,\n        \"status\": \"disabled\",\n        \"type\": \"native\",\n        \"description\": \"text\",\n        \"start_time\": 1,\n        \"end_time\": 1,\n        \"native_approval\": {\n          \"timeout\": 1,\n          \"approve_users\": [\n            {\n              \"type\": \"text\",\n              \"user_id\": \"text\",\n              \"user_name\": \"text\",\n              \"group_id\": \"text\",\n              \"group_name\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"flat_approve_users\": [\n            {\n              \"type\": \"text\",\n              \"user_id\": \"text\",\n              \"user_name\": \"text\",\n              \"group_id\": \"text\",\n              \"group_name\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"needed_approvers\": 1,\n          \"reject_or_approve\": \"\",\n          \"instance_code\": \"text\"\n        },\n        \"lark_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"default_approval_initiator\": {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true,\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_initiator\": {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true,\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_nodes\": [\n            {\n              \"type\": \"START\",\n              \"approve_node_type\": \"\",\n              \"approve_groups\": [\n                {\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\"\n                }\n              ],\n              \"approve_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true,\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"cc_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"cc_groups\": [\n                {\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\"\n                }\n              ],\n              \"reject_or_approve\": \"\"\n            }\n          ],\n          \"instance_code\": \"text\",\n          \"approval_instance\": {\n            \"approval_name\": \"text\",\n            \"start_time\": \"text\",\n            \"end_time\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"serial_number\": \"text\",\n            \"department_id\": \"text\",\n            \"status\": \"text\",\n            \"uuid\": \"text\",\n            \"form\": \"text\",\n            \"task_list\": [\n              {\n                \"id\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"status\": \"text\",\n                \"node_id\": \"text\",\n                \"node_name\": \"text\",\n                \"custom_node_id\": \"text\",\n                \"type\": \"text\",\n                \"start_time\": \"text\",\n                \"end_time\": \"text\",\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"modified_instance_code\": \"text\",\n            \"reverted_instance_code\": \"text\",\n            \"approval_code\": \"text\",\n            \"reverted\": true,\n            \"instance_code\": \"text\",\n            \"comment_list\": [\n              {\n                \"id\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"comment\": \"text\",\n                \"create_time\": \"text\",\n                \"files\": [\n                  {\n                    \"url\": \"text\",\n                    \"file_size\": 1,\n                    \"title\": \"text\",\n                    \"type\": \"text\"\n                  }\n                ]\n              }\n            ],\n            \"timeline\": [\n              {\n                \"type\": \"text\",\n                \"create_time\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"user_id_list\": [\n                  \"text\"\n                ],\n                \"open_id_list\": [\n                  \"text\"\n                ],\n                \"task_id\": \"text\",\n                \"comment\": \"text\",\n                \"cc_user_list\": [\n                  {\n                    \"user_id\": \"text\",\n                    \"cc_id\": \"text\",\n                    \"open_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"user_avatar\": \"text\"\n                  }\n                ],\n                \"ext\": \"text\",\n                \"node_key\": \"text\",\n                \"files\": [\n                  {\n                    \"url\": \"text\",\n                    \"file_size\": 1,\n                    \"title\": \"text\",\n                    \"type\": \"text\"\n                  }\n                ],\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          },\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true,\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ]\n        },\n        \"dingtalk_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"default_approval_initiator\": {\n            \"id\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_nodes\": [\n            {\n              \"approve_users\": [\n                {\n                  \"id\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"type\": \"text\",\n              \"reject_or_approve\": \"\"\n            }\n          ],\n          \"instance_code\": \"text\"\n        },\n        \"workwx_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"creator_user\": {\n            \"name\": \"text\",\n            \"id\": \"text\"\n          },\n          \"approval_nodes\": [\n            {\n              \"type\": 1,\n              \"apv_rel\": 1,\n              \"users\": [\n                {\n                  \"name\": \"text\",\n                  \"id\": \"text\"\n                }\n              ],\n              \"userid\": [\n                \"text\"\n              ],\n              \"status\": 1,\n              \"sub_nodes\": [\n                {\n                  \"user_info\": {\n                    \"user_id\": \"text\"\n                  },\n                  \"speech\": \"text\",\n                  \"status\": 1,\n                  \"timestamp\": 1\n                }\n              ]\n            }\n          ],\n          \"approval_node_details\": [\n            {\n              \"type\": 1,\n              \"apv_rel\": 1,\n              \"users\": [\n                {\n                  \"name\": \"text\",\n                  \"id\": \"text\"\n                }\n              ],\n              \"userid\": [\n                \"text\"\n              ],\n              \"status\": 1,\n              \"sub_nodes\": [\n                {\n                  \"user_info\": {\n                    \"user_id\": \"text\"\n                  },\n                  \"speech\": \"text\",\n                  \"status\": 1,\n                  \"timestamp\": 1\n                }\n              ]\n            }\n          ],\n          \"instance_id\": \"text\"\n        }\n      },\n      \"manual_exec\": {\n        \"enabled\": true,\n        \"modify_params\": true,\n        \"excuted\": true,\n        \"manual_exec_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"lark_person_notification_config\": {\n          \"app_id\": \"text\",\n          \"target_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true\n            }\n          ],\n          \"dynamic_recipients\": [\n            \"text\"\n          ]\n        },\n        \"notification_sent\": true,\n        \"manual_exector_id\": \"text\",\n        \"manual_exector_name\": \"text\"\n      },\n      \"jobs\": [\n        {\n          \"id\": \"text\",\n          \"name\": \"text\",\n          \"type\": \"build\",\n          \"skipped\": true,\n          \"run_policy\": \"\",\n          \"error_policy\": {\n            \"policy\": \"stop\",\n            \"maximum_retry\": 1,\n            \"approval_users\": [\n              {\n                \"type\": \"text\",\n                \"user_id\": \"text\",\n                \"user_name\": \"text\",\n                \"group_id\": \"text\",\n                \"group_name\": \"text\",\n                \"reject_or_approve\": \"\",\n                \"comment\": \"text\",\n                \"operation_time\": 1\n              }\n            ]\n          },\n          \"execute_policy\": {\n            \"type\": \"skip\",\n            \"match_rule\": \"all\",\n            \"rules\": [\n              {\n                \"field\": \"text\",\n                \"verb\": \"text\",\n                \"value\": \"text\"\n              }\n            ]\n          },\n          \"service_modules\": [\n            {\n              \"service_name\": \"text\",\n              \"service_module\": \"text\",\n              \"code_info\": [\n                {\n                  \"source\": \"text\",\n                  \"repo_owner\": \"text\",\n                  \"repo_namespace\": \"text\",\n                  \"repo_name\": \"text\",\n                  \"remote_name\": \"text\",\n                  \"branch\": \"text\",\n                  \"merge_branches\": [\n                    \"text\"\n                  ],\n                  \"pr\": 1,\n                  \"prs\": [\n                    1\n                  ],\n                  \"tag\": \"text\",\n                  \"enable_commit\": true,\n                  \"commit_id\": \"text\",\n                  \"commit_message\": \"text\",\n                  \"checkout_path\": \"text\",\n                  \"submodules\": true,\n                  \"hidden\": true,\n                  \"use_default\": true,\n                  \"is_primary\": true,\n                  \"codehost_id\": 1,\n                  \"oauth_token\": \"text\",\n                  \"address\": \"text\",\n                  \"author_name\": \"text\",\n                  \"committer\": \"text\",\n                  \"target_branch\": \"text\",\n                  \"checkout_ref\": \"text\",\n                  \"username\": \"text\",\n                  \"password\": \"text\",\n                  \"perforce_host\": \"text\",\n                  \"perforce_port\": 1,\n                  \"enable_proxy\": true,\n                  \"filter_regexp\": \"text\",\n                  \"auth_type\": \"SSH\",\n                  \"ssh_key\": \"text\",\n                  \"private_access_token\": \"text\",\n                  \"source_from\": \"\",\n                  \"param_name\": \"text\",\n                  \"job_name\": \"text\",\n                  \"service_name\": \"text\",\n                  \"service_module\": \"text\",\n                  \"repo_index\": 1,\n                  \"submission_id\": \"text\",\n                  \"disable_ssl\": true,\n                  \"depot_type\": \"text\",\n                  \"stream\": \"text\",\n                  \"view_mapping\": \"text\",\n                  \"changelist_id\": 1,\n                  \"shelve_id\": 1\n                }\n              ],\n              \"artifacts\": [\n                \"text\"\n              ]\n            }\n          ],\n          \"notify_ctls\": [\n            {\n              \"enabled\": true,\n              \"webhook_type\": \"dingding\",\n              \"lark_group_notification_config\": {\n                \"app_id\": \"text\",\n                \"chat\": {\n                  \"chat_id\": \"text\",\n                  \"chat_name\": \"text\"\n                },\n                \"at_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"lark_person_notification_config\": {\n                \"app_id\": \"text\",\n                \"target_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"lark_hook_notification_config\": {\n                \"app_id\": \"text\",\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"wechat_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"dingding_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_mobiles\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"msteams_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_emails\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"mail_notification_config\": {\n                \"target_users\": [\n                  {\n                    \"type\": \"text\",\n                    \"user_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"group_id\": \"text\",\n                    \"group_name\": \"text\",\n                    \"reject_or_approve\": \"\",\n                    \"comment\": \"text\",\n                    \"operation_time\": 1\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"webhook_notification_config\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"notify_type\": [\n                \"text\"\n              ],\n              \"weChat_webHook\": \"text\",\n              \"dingding_webhook\": \"text\",\n              \"feishu_app_id\": \"text\",\n              \"feishu_webhook\": \"text\",\n              \"feishu_chat\": {\n                \"chat_id\": \"text\",\n                \"chat_name\": \"text\"\n              },\n              \"mail_users\": [\n                {\n                  \"type\": \"text\",\n                  \"user_id\": \"text\",\n                  \"user_name\": \"text\",\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"webhook_notify\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"at_mobiles\": [\n                \"text\"\n              ],\n              \"wechat_user_ids\": [\n                \"text\"\n              ],\n              \"lark_user_ids\": [\n                \"text\"\n              ],\n              \"lark_at_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"is_at_all\": true\n            }\n          ]\n        }\n      ]\n    }\n  ],\n  \"project\": \"text\",\n  \"description\": \"text\",\n  \"created_by\": \"text\",\n  \"create_time\": 1,\n  \"updated_by\": \"text\",\n  \"update_time\": 1,\n  \"notify_ctls\": [\n    {\n      \"enabled\": true,\n      \"webhook_type\": \"dingding\",\n      \"lark_group_notification_config\": {\n        \"app_id\": \"text\",\n        \"chat\": {\n          \"chat_id\": \"text\",\n          \"chat_name\": \"text\"\n        },\n        \"at_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"lark_person_notification_config\": {\n        \"app_id\": \"text\",\n        \"target_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"lark_hook_notification_config\": {\n        \"app_id\": \"text\",\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"wechat_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"dingding_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_mobiles\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"msteams_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_emails\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"mail_notification_config\": {\n        \"target_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"webhook_notification_config\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"notify_type\": [\n        \"text\"\n      ],\n      \"weChat_webHook\": \"text\",\n      \"dingding_webhook\": \"text\",\n      \"feishu_app_id\": \"text\",\n      \"feishu_webhook\": \"text\",\n      \"feishu_chat\": {\n        \"chat_id\": \"text\",\n        \"chat_name\": \"text\"\n      },\n      \"mail_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"webhook_notify\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"at_mobiles\": [\n        \"text\"\n      ],\n      \"wechat_user_ids\": [\n        \"text\"\n      ],\n      \"lark_user_ids\": [\n        \"text\"\n      ],\n      \"lark_at_users\": [\n        {\n          \"id\": \"text\",\n          \"id_type\": \"text\",\n          \"name\": \"text\",\n          \"avatar\": \"text\",\n          \"is_executor\": true,\n          \"is_stage_executor\": true\n        }\n      ],\n      \"is_at_all\": true\n    }\n  ],\n  \"remark_required\": true,\n  \"ignore_cache\": true,\n  \"share_storages\": [\n    {\n      \"name\": \"text\",\n      \"path\": \"text\"\n    }\n  ],\n  \"hash\": \"text\",\n  \"concurrency_limit\": 1,\n  \"enable_approval_ticket\": true,\n  \"approval_ticket_id\": \"text\",\n  \"template_binding\": {\n    \"enabled\": true,\n    \"template_id\": \"text\",\n    \"template_name\": \"text\",\n    \"base_version\": 1,\n    \"base_version_id\": \"text\",\n    \"delta_patches\": [\n      {\n        \"op\": \"text\",\n        \"path\": \"text\",\n        \"from\": \"text\"\n      }\n    ],\n    \"conflict_count\": 1,\n    \"invalid_patches\": [\n      {\n        \"patch\": {\n          \"op\": \"text\",\n          \"path\": \"text\",\n          \"from\": \"text\"\n        },\n        \"error\": \"text\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn update_custom_workflow__server_body_shape() {
    check_example::<
        crate::types::WorkflowDefinition,
    >(
        "{\n  \"name\": \"text\",\n  \"display_name\": \"text\",\n  \"template_name\": \"text\",\n  \"disabled\": true,\n  \"category\": \"\",\n  \"params\": [\n    {\n      \"name\": \"text\",\n      \"description\": \"text\",\n      \"type\": \"text\",\n      \"value\": \"text\",\n      \"repo\": {\n        \"source\": \"text\",\n        \"repo_owner\": \"text\",\n        \"repo_namespace\": \"text\",\n        \"repo_name\": \"text\",\n        \"remote_name\": \"text\",\n        \"branch\": \"text\",\n        \"merge_branches\": [\n          \"text\"\n        ],\n        \"pr\": 1,\n        \"prs\": [\n          1\n        ],\n        \"tag\": \"text\",\n        \"enable_commit\": true,\n        \"commit_id\": \"text\",\n        \"commit_message\": \"text\",\n        \"checkout_path\": \"text\",\n        \"submodules\": true,\n        \"hidden\": true,\n        \"use_default\": true,\n        \"is_primary\": true,\n        \"codehost_id\": 1,\n        \"oauth_token\": \"text\",\n        \"address\": \"text\",\n        \"author_name\": \"text\",\n        \"committer\": \"text\",\n        \"target_branch\": \"text\",\n        \"checkout_ref\": \"text\",\n        \"username\": \"text\",\n        \"password\": \"text\",\n        \"perforce_host\": \"text\",\n        \"perforce_port\": 1,\n        \"enable_proxy\": true,\n        \"filter_regexp\": \"text\",\n        \"auth_type\": \"SSH\",\n        \"ssh_key\": \"text\",\n        \"private_access_token\": \"text\",\n        \"source_from\": \"\",\n        \"param_name\": \"text\",\n        \"job_name\": \"text\",\n        \"service_name\": \"text\",\n        \"service_module\": \"text\",\n        \"repo_index\": 1,\n        \"submission_id\": \"text\",\n        \"disable_ssl\": true,\n        \"depot_type\": \"text\",\n        \"stream\": \"text\",\n        \"view_mapping\": \"text\",\n        \"changelist_id\": 1,\n        \"shelve_id\": 1\n      },\n      \"choice_option\": [\n        \"text\"\n      ],\n      \"choice_value\": [\n        \"text\"\n      ],\n      \"script\": \"text\",\n      \"call_function\": \"text\",\n      \"file_id\": \"text\",\n      \"file_name\": \"text\",\n      \"file_path\": \"text\",\n      \"default\": \"text\",\n      \"is_credential\": true,\n      \"source\": \"text\",\n      \"required\": true\n    }\n  ],\n  \"stages\": [\n    {\n      \"id\": \"text\",\n      \"name\": \"text\",\n      \"parallel\": true,\n      \"approval\": {\n        \"enabled\": true,\n        \"status\": \"disabled\",\n        \"type\": \"native\",\n        \"description\": \"text\",\n        \"start_time\": 1,\n        \"end_time\": 1,\n        \"native_approval\": {\n          \"timeout\": 1,\n          \"approve_users\": [\n            {\n              \"type\": \"text\",\n              \"user_id\": \"text\",\n              \"user_name\": \"text\",\n              \"group_id\": \"text\",\n              \"group_name\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"flat_approve_users\": [\n            {\n              \"type\": \"text\",\n              \"user_id\": \"text\",\n              \"user_name\": \"text\",\n              \"group_id\": \"text\",\n              \"group_name\": \"text\",\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ],\n          \"needed_approvers\": 1,\n          \"reject_or_approve\": \"\",\n          \"instance_code\": \"text\"\n        },\n        \"lark_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"default_approval_initiator\": {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true,\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_initiator\": {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true,\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_nodes\": [\n            {\n              \"type\": \"START\",\n              \"approve_node_type\": \"\",\n              \"approve_groups\": [\n                {\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\"\n                }\n              ],\n              \"approve_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true,\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"cc_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"cc_groups\": [\n                {\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\"\n                }\n              ],\n              \"reject_or_approve\": \"\"\n            }\n          ],\n          \"instance_code\": \"text\",\n          \"approval_instance\": {\n            \"approval_name\": \"text\",\n            \"start_time\": \"text\",\n            \"end_time\": \"text\",\n            \"user_id\": \"text\",\n            \"open_id\": \"text\",\n            \"serial_number\": \"text\",\n            \"department_id\": \"text\",\n            \"status\": \"text\",\n            \"uuid\": \"text\",\n            \"form\": \"text\",\n            \"task_list\": [\n              {\n                \"id\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"status\": \"text\",\n                \"node_id\": \"text\",\n                \"node_name\": \"text\",\n                \"custom_node_id\": \"text\",\n                \"type\": \"text\",\n                \"start_time\": \"text\",\n                \"end_time\": \"text\",\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"modified_instance_code\": \"text\",\n            \"reverted_instance_code\": \"text\",\n            \"approval_code\": \"text\",\n            \"reverted\": true,\n            \"instance_code\": \"text\",\n            \"comment_list\": [\n              {\n                \"id\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"comment\": \"text\",\n                \"create_time\": \"text\",\n                \"files\": [\n                  {\n                    \"url\": \"text\",\n                    \"file_size\": 1,\n                    \"title\": \"text\",\n                    \"type\": \"text\"\n                  }\n                ]\n              }\n            ],\n            \"timeline\": [\n              {\n                \"type\": \"text\",\n                \"create_time\": \"text\",\n                \"user_id\": \"text\",\n                \"open_id\": \"text\",\n                \"user_id_list\": [\n                  \"text\"\n                ],\n                \"open_id_list\": [\n                  \"text\"\n                ],\n                \"task_id\": \"text\",\n                \"comment\": \"text\",\n                \"cc_user_list\": [\n                  {\n                    \"user_id\": \"text\",\n                    \"cc_id\": \"text\",\n                    \"open_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"user_avatar\": \"text\"\n                  }\n                ],\n                \"ext\": \"text\",\n                \"node_key\": \"text\",\n                \"files\": [\n                  {\n                    \"url\": \"text\",\n                    \"file_size\": 1,\n                    \"title\": \"text\",\n                    \"type\": \"text\"\n                  }\n                ],\n                \"user_name\": \"text\",\n                \"user_avatar\": \"text\"\n              }\n            ],\n            \"user_name\": \"text\",\n            \"user_avatar\": \"text\"\n          },\n          \"approve_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true,\n              \"reject_or_approve\": \"\",\n              \"comment\": \"text\",\n              \"operation_time\": 1\n            }\n          ]\n        },\n        \"dingtalk_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"default_approval_initiator\": {\n            \"id\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          },\n          \"approval_nodes\": [\n            {\n              \"approve_users\": [\n                {\n                  \"id\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"type\": \"text\",\n              \"reject_or_approve\": \"\"\n            }\n          ],\n          \"instance_code\": \"text\"\n        },\n        \"workwx_approval\": {\n          \"timeout\": 1,\n          \"approval_id\": \"text\",\n          \"creator_user\": {\n            \"name\": \"text\",\n            \"id\": \"text\"\n          },\n          \"approval_nodes\": [\n            {\n              \"type\": 1,\n              \"apv_rel\": 1,\n              \"users\": [\n                {\n                  \"name\": \"text\",\n                  \"id\": \"text\"\n                }\n              ],\n              \"userid\": [\n                \"text\"\n              ],\n              \"status\": 1,\n              \"sub_nodes\": [\n                {\n                  \"user_info\": {\n                    \"user_id\": \"text\"\n                  },\n                  \"speech\": \"text\",\n                  \"status\": 1,\n                  \"timestamp\": 1\n                }\n              ]\n            }\n          ],\n          \"approval_node_details\": [\n            {\n              \"type\": 1,\n              \"apv_rel\": 1,\n              \"users\": [\n                {\n                  \"name\": \"text\",\n                  \"id\": \"text\"\n                }\n              ],\n              \"userid\": [\n                \"text\"\n              ],\n              \"status\": 1,\n              \"sub_nodes\": [\n                {\n                  \"user_info\": {\n                    \"user_id\": \"text\"\n                  },\n                  \"speech\": \"text\",\n                  \"status\": 1,\n                  \"timestamp\": 1\n                }\n              ]\n            }\n          ],\n          \"instance_id\": \"text\"\n        }\n      },\n      \"manual_exec\": {\n        \"enabled\": true,\n        \"modify_params\": true,\n        \"excuted\": true,\n        \"manual_exec_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"lark_person_notification_config\": {\n          \"app_id\": \"text\",\n          \"target_users\": [\n            {\n              \"id\": \"text\",\n              \"id_type\": \"text\",\n              \"name\": \"text\",\n              \"avatar\": \"text\",\n              \"is_executor\": true,\n              \"is_stage_executor\": true\n            }\n          ],\n          \"dynamic_recipients\": [\n            \"text\"\n          ]\n        },\n        \"notification_sent\": true,\n        \"manual_exector_id\": \"text\",\n        \"manual_exector_name\": \"text\"\n      },\n      \"jobs\": [\n        {\n          \"id\": \"text\",\n          \"name\": \"text\",\n          \"type\": \"build\",\n          \"skipped\": true,\n          \"run_policy\": \"\",\n          \"error_policy\": {\n            \"policy\": \"stop\",\n            \"maximum_retry\": 1,\n            \"approval_users\": [\n              {\n                \"type\": \"text\",\n                \"user_id\": \"text\",\n                \"user_name\": \"text\",\n                \"group_id\": \"text\",\n                \"group_name\": \"text\",\n                \"reject_or_approve\": \"\",\n                \"comment\": \"text\",\n                \"operation_time\": 1\n              }\n            ]\n          },\n          \"execute_policy\": {\n            \"type\": \"skip\",\n            \"match_rule\": \"all\",\n            \"rules\": [\n              {\n                \"field\": \"text\",\n                \"verb\": \"text\",\n                \"value\": \"text\"\n              }\n            ]\n          },\n          \"service_modules\": [\n            {\n              \"service_name\": \"text\",\n              \"service_module\": \"text\",\n              \"code_info\": [\n                {\n                  \"source\": \"text\",\n                  \"repo_owner\": \"text\",\n                  \"repo_namespace\": \"text\",\n                  \"repo_name\": \"text\",\n                  \"remote_name\": \"text\",\n                  \"branch\": \"text\",\n                  \"merge_branches\": [\n                    \"text\"\n                  ],\n                  \"pr\": 1,\n                  \"prs\": [\n                    1\n                  ],\n                  \"tag\": \"text\",\n                  \"enable_commit\": true,\n                  \"commit_id\": \"text\",\n                  \"commit_message\": \"text\",\n                  \"checkout_path\": \"text\",\n                  \"submodules\": true,\n                  \"hidden\": true,\n                  \"use_default\": true,\n                  \"is_primary\": true,\n                  \"codehost_id\": 1,\n                  \"oauth_token\": \"text\",\n                  \"address\": \"text\",\n                  \"author_name\": \"text\",\n                  \"committer\": \"text\",\n                  \"target_branch\": \"text\",\n                  \"checkout_ref\": \"text\",\n                  \"username\": \"text\",\n                  \"password\": \"text\",\n                  \"perforce_host\": \"text\",\n                  \"perforce_port\": 1,\n                  \"enable_proxy\": true,\n                  \"filter_regexp\": \"text\",\n                  \"auth_type\": \"SSH\",\n                  \"ssh_key\": \"text\",\n                  \"private_access_token\": \"text\",\n                  \"source_from\": \"\",\n                  \"param_name\": \"text\",\n                  \"job_name\": \"text\",\n                  \"service_name\": \"text\",\n                  \"service_module\": \"text\",\n                  \"repo_index\": 1,\n                  \"submission_id\": \"text\",\n                  \"disable_ssl\": true,\n                  \"depot_type\": \"text\",\n                  \"stream\": \"text\",\n                  \"view_mapping\": \"text\",\n                  \"changelist_id\": 1,\n                  \"shelve_id\": 1\n                }\n              ],\n              \"artifacts\": [\n                \"text\"\n              ]\n            }\n          ],\n          \"notify_ctls\": [\n            {\n              \"enabled\": true,\n              \"webhook_type\": \"dingding\",\n              \"lark_group_notification_config\": {\n                \"app_id\": \"text\",\n                \"chat\": {\n                  \"chat_id\": \"text\",\n                  \"chat_name\": \"text\"\n                },\n                \"at_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"lark_person_notification_config\": {\n                \"app_id\": \"text\",\n                \"target_users\": [\n                  {\n                    \"id\": \"text\",\n                    \"id_type\": \"text\",\n                    \"name\": \"text\",\n                    \"avatar\": \"text\",\n                    \"is_executor\": true,\n                    \"is_stage_executor\": true\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"lark_hook_notification_config\": {\n                \"app_id\": \"text\",\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"wechat_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_users\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"dingding_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_mobiles\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ],\n                \"is_at_all\": true\n              },\n              \"msteams_notification_config\": {\n                \"hook_address\": \"text\",\n                \"at_emails\": [\n                  \"text\"\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"mail_notification_config\": {\n                \"target_users\": [\n                  {\n                    \"type\": \"text\",\n                    \"user_id\": \"text\",\n                    \"user_name\": \"text\",\n                    \"group_id\": \"text\",\n                    \"group_name\": \"text\",\n                    \"reject_or_approve\": \"\",\n                    \"comment\": \"text\",\n                    \"operation_time\": 1\n                  }\n                ],\n                \"dynamic_recipients\": [\n                  \"text\"\n                ]\n              },\n              \"webhook_notification_config\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"notify_type\": [\n                \"text\"\n              ],\n              \"weChat_webHook\": \"text\",\n              \"dingding_webhook\": \"text\",\n              \"feishu_app_id\": \"text\",\n              \"feishu_webhook\": \"text\",\n              \"feishu_chat\": {\n                \"chat_id\": \"text\",\n                \"chat_name\": \"text\"\n              },\n              \"mail_users\": [\n                {\n                  \"type\": \"text\",\n                  \"user_id\": \"text\",\n                  \"user_name\": \"text\",\n                  \"group_id\": \"text\",\n                  \"group_name\": \"text\",\n                  \"reject_or_approve\": \"\",\n                  \"comment\": \"text\",\n                  \"operation_time\": 1\n                }\n              ],\n              \"webhook_notify\": {\n                \"address\": \"text\",\n                \"token\": \"text\"\n              },\n              \"at_mobiles\": [\n                \"text\"\n              ],\n              \"wechat_user_ids\": [\n                \"text\"\n              ],\n              \"lark_user_ids\": [\n                \"text\"\n              ],\n              \"lark_at_users\": [\n                {\n                  \"id\": \"text\",\n                  \"id_type\": \"text\",\n                  \"name\": \"text\",\n                  \"avatar\": \"text\",\n                  \"is_executor\": true,\n                  \"is_stage_executor\": true\n                }\n              ],\n              \"is_at_all\": true\n            }\n          ]\n        }\n      ]\n    }\n  ],\n  \"project\": \"text\",\n  \"description\": \"text\",\n  \"created_by\": \"text\",\n  \"create_time\": 1,\n  \"updated_by\": \"text\",\n  \"update_time\": 1,\n  \"notify_ctls\": [\n    {\n      \"enabled\": true,\n      \"webhook_type\": \"dingding\",\n      \"lark_group_notification_config\": {\n        \"app_id\": \"text\",\n        \"chat\": {\n          \"chat_id\": \"text\",\n          \"chat_name\": \"text\"\n        },\n        \"at_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"lark_person_notification_config\": {\n        \"app_id\": \"text\",\n        \"target_users\": [\n          {\n            \"id\": \"text\",\n            \"id_type\": \"text\",\n            \"name\": \"text\",\n            \"avatar\": \"text\",\n            \"is_executor\": true,\n            \"is_stage_executor\": true\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"lark_hook_notification_config\": {\n        \"app_id\": \"text\",\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"wechat_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_users\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"dingding_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_mobiles\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ],\n        \"is_at_all\": true\n      },\n      \"msteams_notification_config\": {\n        \"hook_address\": \"text\",\n        \"at_emails\": [\n          \"text\"\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"mail_notification_config\": {\n        \"target_users\": [\n          {\n            \"type\": \"text\",\n            \"user_id\": \"text\",\n            \"user_name\": \"text\",\n            \"group_id\": \"text\",\n            \"group_name\": \"text\",\n            \"reject_or_approve\": \"\",\n            \"comment\": \"text\",\n            \"operation_time\": 1\n          }\n        ],\n        \"dynamic_recipients\": [\n          \"text\"\n        ]\n      },\n      \"webhook_notification_config\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"notify_type\": [\n        \"text\"\n      ],\n      \"weChat_webHook\": \"text\",\n      \"dingding_webhook\": \"text\",\n      \"feishu_app_id\": \"text\",\n      \"feishu_webhook\": \"text\",\n      \"feishu_chat\": {\n        \"chat_id\": \"text\",\n        \"chat_name\": \"text\"\n      },\n      \"mail_users\": [\n        {\n          \"type\": \"text\",\n          \"user_id\": \"text\",\n          \"user_name\": \"text\",\n          \"group_id\": \"text\",\n          \"group_name\": \"text\",\n          \"reject_or_approve\": \"\",\n          \"comment\": \"text\",\n          \"operation_time\": 1\n        }\n      ],\n      \"webhook_notify\": {\n        \"address\": \"text\",\n        \"token\": \"text\"\n      },\n      \"at_mobiles\": [\n        \"text\"\n      ],\n      \"wechat_user_ids\": [\n        \"text\"\n      ],\n      \"lark_user_ids\": [\n        \"text\"\n      ],\n      \"lark_at_users\": [\n        {\n          \"id\": \"text\",\n          \"id_type\": \"text\",\n          \"name\": \"text\",\n          \"avatar\": \"text\",\n          \"is_executor\": true,\n          \"is_stage_executor\": true\n        }\n      ],\n      \"is_at_all\": true\n    }\n  ],\n  \"remark_required\": true,\n  \"ignore_cache\": true,\n  \"share_storages\": [\n    {\n      \"name\": \"text\",\n      \"path\": \"text\"\n    }\n  ],\n  \"hash\": \"text\",\n  \"concurrency_limit\": 1,\n  \"enable_approval_ticket\": true,\n  \"approval_ticket_id\": \"text\",\n  \"template_binding\": {\n    \"enabled\": true,\n    \"template_id\": \"text\",\n    \"template_name\": \"text\",\n    \"base_version\": 1,\n    \"base_version_id\": \"text\",\n    \"delta_patches\": [\n      {\n        \"op\": \"text\",\n        \"path\": \"text\",\n        \"from\": \"text\"\n      }\n    ],\n    \"conflict_count\": 1,\n    \"invalid_patches\": [\n      {\n        \"patch\": {\n          \"op\": \"text\",\n          \"path\": \"text\",\n          \"from\": \"text\"\n        },\n        \"error\": \"text\"\n      }\n    ]\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn delete_workflow__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn list_workflow_views__success() {
    check_example::<
        Vec<crate::types::WorkflowView>,
    >(
        "[\n  {\n    \"name\": \"test-view\",\n    \"project_key\": \"lilian-test\",\n    \"workflows\": [\n      {\n        \"workflow_key\": \"xiaxianfuwu\",\n        \"workflow_type\": \"custom\"\n      }\n    ],\n    \"update_time\": 1689329334,\n    \"update_by\": \"admin\"\n  }\n]",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn list_workflow_views__server_response_shape() {
    check_example::<
        Vec<crate::types::WorkflowView>,
    >(
        "[\n  {\n    \"name\": \"text\",\n    \"project_key\": \"text\",\n    \"update_time\": 1,\n    \"update_by\": \"text\",\n    \"workflows\": [\n      {\n        \"workflow_key\": \"text\",\n        \"workflow_type\": \"text\"\n      }\n    ]\n  }\n]",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn create_workflow_view__request() {
    check_example::<
        crate::types::CreateWorkflowViewRequest,
    >(
        "{\n  \"project_key\": \"demo\",\n  \"name\": \"view-demo\",\n  \"workflow_list\": [\n    {\n      \"workflow_key\": \"dev\",\n      \"workflow_type\": \"custom\"\n    },\n    {\n      \"workflow_key\": \"nacos-config-update\",\n      \"workflow_type\": \"custom\"\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn create_workflow_view__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn create_workflow_view__server_body_shape() {
    check_example::<
        crate::types::CreateWorkflowViewRequest,
    >(
        "{\n  \"project_key\": \"text\",\n  \"name\": \"text\",\n  \"workflow_list\": [\n    {\n      \"workflow_key\": \"text\",\n      \"workflow_name\": \"text\",\n      \"workflow_type\": \"text\",\n      \"enabled\": true\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn update_workflow_view__request() {
    check_example::<
        crate::types::UpdateWorkflowViewRequest,
    >(
        "{\n  \"workflow_list\": [\n    {\n      \"workflow_key\": \"build-deploy\",\n      \"workflow_type\": \"custom\",\n      \"enabled\": true\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn update_workflow_view__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn update_workflow_view__server_body_shape() {
    check_example::<
        crate::types::UpdateWorkflowViewRequest,
    >(
        "{\n  \"project_key\": \"text\",\n  \"name\": \"text\",\n  \"workflow_list\": [\n    {\n      \"workflow_key\": \"text\",\n      \"workflow_name\": \"text\",\n      \"workflow_type\": \"text\",\n      \"enabled\": true\n    }\n  ]\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn delete_workflow_view__success() {
    check_example::<crate::types::ApiMessage>("{\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn delete_workflow_view__view_not_found() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 6894,\n  \"description\": \"find workflow view error: mongo: no documents in result\",\n  \"extra\": {},\n  \"message\": \"delete workflow view error: mongo: no documents in result\",\n  \"type\": \"error\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn create_approval_ticket__success() {
    check_example::<
        crate::types::ApiMessage,
    >("{\n  \"code\": 1,\n  \"message\": \"success\"\n}");
}
#[cfg(feature = "workflow")]
#[test]
fn create_approval_ticket__internal_error() {
    check_example::<
        crate::ApiErrorBody,
    >(
        "{\n  \"code\": 500,\n  \"description\": \"...\",\n  \"message\": \"Internal Error\"\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn create_approval_ticket__server_body_shape() {
    check_example::<
        crate::types::CreateApprovalTicketRequest,
    >(
        "{\n  \"id\": \"0123456789abcdef01234567\",\n  \"approval_id\": \"text\",\n  \"status\": 1,\n  \"project_key\": \"text\",\n  \"envs\": [\n    \"text\"\n  ],\n  \"services\": [\n    {\n      \"service_name\": \"text\",\n      \"service_module\": \"text\"\n    }\n  ],\n  \"users\": [\n    {\n      \"name\": \"text\",\n      \"email\": \"text\"\n    }\n  ],\n  \"execution_window_start\": 1,\n  \"execution_window_end\": 1,\n  \"create_time\": 1\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_product_workflow__server_response_shape() {
    check_example::<
        crate::types::ProductWorkflowTaskCreated,
    >(
        "{\n  \"project_name\": \"text\",\n  \"pipeline_name\": \"text\",\n  \"task_id\": 1\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn execute_product_workflow__server_body_shape() {
    check_example::<
        crate::types::ExecuteProductWorkflowRequest,
    >(
        "{\n  \"workflow_key\": \"text\",\n  \"project_key\": \"text\",\n  \"input\": {\n    \"target_env\": \"text\",\n    \"build\": {\n      \"enabled\": true,\n      \"service_list\": [\n        {\n          \"service_module\": \"text\",\n          \"service_name\": \"text\",\n          \"repo_info\": [\n            {\n              \"codehost_name\": \"text\",\n              \"repo_namespace\": \"text\",\n              \"repo_name\": \"text\",\n              \"branch\": \"text\",\n              \"pr\": 1,\n              \"prs\": [\n                1\n              ],\n              \"remote_name\": \"text\",\n              \"checkout_path\": \"text\",\n              \"submodules\": true,\n              \"stream\": \"text\",\n              \"view_mapping\": \"text\",\n              \"changelist_id\": 1,\n              \"shelve_id\": 1\n            }\n          ],\n          \"inputs\": [\n            {\n              \"key\": \"text\",\n              \"value\": \"text\",\n              \"type\": \"text\",\n              \"is_credential\": true\n            }\n          ]\n        }\n      ]\n    },\n    \"deploy\": {\n      \"enabled\": true,\n      \"source\": \"text\",\n      \"service_list\": [\n        {\n          \"service_module\": \"text\",\n          \"service_name\": \"text\",\n          \"image_name\": \"text\"\n        }\n      ]\n    }\n  }\n}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn list_product_workflow_tasks__server_response_shape() {
    check_example::<
        Vec<crate::types::ProductWorkflowTaskBrief>,
    >(
        "[\n  {\n    \"workflow_key\": \"text\",\n    \"project_key\": \"text\",\n    \"task_id\": 1,\n    \"create_time\": 1,\n    \"task_creator\": \"text\",\n    \"start_time\": 1,\n    \"end_time\": 1,\n    \"status\": \"disabled\"\n  }\n]",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn get_product_workflow_task__server_response_shape() {
    check_example::<
        crate::types::ProductWorkflowTaskDetail,
    >(
        "{\n  \"workflow_key\": \"text\",\n  \"workflow_name\": \"text\",\n  \"project_key\": \"text\",\n  \"task_id\": 1,\n  \"create_time\": 1,\n  \"task_creator\": \"text\",\n  \"start_time\": 1,\n  \"end_time\": 1,\n  \"status\": \"disabled\"\n}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactVersion() {
    check_lossless::<
        crate::types::ArtifactVersion,
    >(
        "{\"id\":\"text\",\"version\":\"text\",\"project_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"type\":\"K8SYaml\",\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"original_chart_repo_name\":\"text\",\"chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"status\":\"success\",\"workflow_name\":\"text\",\"task_id\":7,\"error\":\"text\",\"created_by\":\"text\",\"created_at\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactVersionService() {
    check_lossless::<
        crate::types::ArtifactVersionService,
    >(
        "{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactVersionImage() {
    check_lossless::<
        crate::types::ArtifactVersionImage,
    >(
        "{\"container_name\":\"text\",\"image_name\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseLegacy() {
    check_lossless::<
        crate::types::ArtifactReleaseLegacy,
    >(
        "{\"versionInfo\":{\"id\":\"text\",\"version\":\"text\",\"productName\":\"text\",\"workflowName\":\"text\",\"workflowDisplayName\":\"text\",\"type\":\"text\",\"taskId\":7,\"desc\":\"text\",\"labels\":[\"text\"],\"productEnvInfo\":{\"id\":\"text\",\"product_name\":\"text\",\"create_time\":7,\"update_time\":7,\"namespace\":\"text\",\"status\":\"text\",\"revision\":7,\"enabled\":true,\"env_name\":\"text\",\"base_env_name\":\"text\",\"update_by\":\"text\",\"visibility\":\"text\",\"services\":[[{\"service_name\":\"text\",\"release_name\":\"text\",\"product_name\":\"text\",\"type\":\"text\",\"revision\":7,\"containers\":[],\"error\":\"text\",\"resources\":[],\"update_time\":7,\"render\":{},\"env_configs\":[],\"rendered_yaml\":\"text\",\"variable_yaml\":\"text\",\"variable_kvs\":[],\"updatable\":true,\"deploy_strategy\":\"text\"}]],\"render\":{\"name\":\"text\",\"revision\":7,\"product_tmpl\":\"text\",\"description\":\"text\"},\"error\":\"text\",\"chart_infos\":[{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"}}],\"isPublic\":true,\"roleIds\":[7],\"cluster_id\":\"text\",\"recycle_day\":7,\"source\":\"text\",\"is_opensource\":true,\"registry_id\":\"text\",\"base_name\":\"text\",\"is_existed\":true,\"share_env\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\"},\"env_configs\":[{\"env_name\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"yaml_data\":\"text\",\"restart_associated_svc\":true,\"common_env_cfg_type\":\"ConfigMap\",\"services\":[\"text\"],\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[]},\"auto_sync\":true,\"production\":true}],\"service_deploy_strategy\":{\"key\":\"text\"},\"analysis_config\":{\"resource_types\":[\"Pod\"]},\"notification_configs\":[{\"webhook_type\":\"feishu\",\"webhook_url\":\"text\",\"events\":[\"notification_event_analyzer_normal\"]}],\"pre_sleep_status\":{\"key\":7},\"default_values\":\"text\",\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"istio_grayscale\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\",\"grayscale_strategy\":\"text\",\"weight_configs\":[{\"env\":\"text\",\"weight\":7}],\"header_match_configs\":[{\"env\":\"text\",\"header_match\":[]}]},\"production\":true,\"alias\":\"text\"},\"status\":\"text\",\"progress\":{\"successCount\":7,\"totalCount\":7,\"uploadStatus\":\"text\",\"workflowStatus\":[{\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"target_image\":\"text\",\"status\":\"disabled\"}],\"error\":\"text\"},\"createdBy\":\"text\",\"created_at\":7,\"deleted_at\":7},\"buildInfo\":[{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"imageInfo\":{\"repoName\":\"text\",\"tagName\":\"text\",\"imageSize\":7,\"imageDigest\":\"text\",\"author\":\"text\",\"architecture\":\"text\",\"dockerVersion\":\"text\",\"os\":\"text\",\"creationTime\":\"text\",\"updateTime\":\"text\"},\"imageName\":\"text\",\"packageInfo\":{\"packageFileLocation\":\"text\",\"packageFileName\":\"text\",\"packageStorageUri\":\"text\"},\"issues\":[{\"id\":\"text\",\"key\":\"text\",\"url\":\"text\",\"summary\":\"text\",\"description\":\"text\",\"priority\":\"text\",\"creator\":\"text\",\"assignee\":\"text\",\"reporter\":\"text\"}],\"commits\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7}],\"deployInfo\":[{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"containerName\":\"text\",\"image\":\"text\",\"registry_id\":\"text\",\"yamlContents\":[\"text\"],\"envs\":[{\"key\":\"text\",\"value\":\"text\"}],\"orderedServices\":[[\"text\"]],\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"real_service_name\":\"text\",\"service_module\":\"text\",\"image_name\":\"text\"}],\"testInfo\":[{\"id\":\"text\",\"releaseId\":\"text\",\"testReports\":[{\"testResultPath\":\"text\",\"workflowName\":\"text\",\"taskId\":7,\"testName\":\"text\",\"testSuite\":{\"tests\":7,\"failures\":7,\"successes\":7,\"skips\":7,\"errors\":7,\"time\":1.5,\"system_out\":\"text\",\"system_err\":\"text\",\"testcase\":[],\"suite_type\":\"text\",\"name\":\"text\"},\"performanceTestSuite\":[{\"label\":\"text\",\"samples\":\"text\",\"average\":\"text\",\"min\":\"text\",\"max\":\"text\",\"line\":\"text\",\"stdDev\":\"text\",\"error\":\"text\",\"throughput\":\"text\",\"receivedKb\":\"text\",\"avgByte\":\"text\"}],\"start_time\":7,\"end_time\":7}],\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7}],\"distributeInfo\":[{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"distributeType\":\"file\",\"registryName\":\"text\",\"chartVersion\":\"text\",\"chartName\":\"text\",\"chartRepoName\":\"text\",\"subDistributes\":[{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"distributeType\":\"file\",\"registryName\":\"text\",\"chartVersion\":\"text\",\"chartName\":\"text\",\"chartRepoName\":\"text\",\"subDistributes\":[{\"distributeType\":\"file\",\"registryName\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"created_at\":7,\"deleted_at\":7,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"namespace\":\"text\",\"packageFile\":\"text\",\"remoteFileKey\":\"text\",\"destStorageUrl\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"srcStorageUrl\":\"text\",\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"namespace\":\"text\",\"packageFile\":\"text\",\"remoteFileKey\":\"text\",\"destStorageUrl\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"srcStorageUrl\":\"text\",\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"securityStatsInfo\":[{\"imageName\":\"text\",\"imageId\":\"text\",\"deliverySecurityStatsInfo\":{\"total\":7,\"unkown\":7,\"negligible\":7,\"low\":7,\"medium\":7,\"high\":7,\"critical\":7}}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseVersion() {
    check_lossless::<
        crate::types::ArtifactReleaseVersion,
    >(
        "{\"id\":\"text\",\"version\":\"text\",\"productName\":\"text\",\"workflowName\":\"text\",\"workflowDisplayName\":\"text\",\"type\":\"text\",\"taskId\":7,\"desc\":\"text\",\"labels\":[\"text\"],\"productEnvInfo\":{\"id\":\"text\",\"product_name\":\"text\",\"create_time\":7,\"update_time\":7,\"namespace\":\"text\",\"status\":\"text\",\"revision\":7,\"enabled\":true,\"env_name\":\"text\",\"base_env_name\":\"text\",\"update_by\":\"text\",\"visibility\":\"text\",\"services\":[[{\"service_name\":\"text\",\"release_name\":\"text\",\"product_name\":\"text\",\"type\":\"text\",\"revision\":7,\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\"}],\"error\":\"text\",\"resources\":[{\"Name\":\"text\"}],\"update_time\":7,\"render\":{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_yaml\":\"text\",\"source_id\":\"text\"}},\"env_configs\":[{\"env_name\":\"text\",\"host_ids\":[],\"labels\":[]}],\"rendered_yaml\":\"text\",\"variable_yaml\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"updatable\":true,\"deploy_strategy\":\"text\"}]],\"render\":{\"name\":\"text\",\"revision\":7,\"product_tmpl\":\"text\",\"description\":\"text\"},\"error\":\"text\",\"chart_infos\":[{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"}}],\"isPublic\":true,\"roleIds\":[7],\"cluster_id\":\"text\",\"recycle_day\":7,\"source\":\"text\",\"is_opensource\":true,\"registry_id\":\"text\",\"base_name\":\"text\",\"is_existed\":true,\"share_env\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\"},\"env_configs\":[{\"env_name\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"yaml_data\":\"text\",\"restart_associated_svc\":true,\"common_env_cfg_type\":\"ConfigMap\",\"services\":[\"text\"],\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"auto_sync\":true,\"production\":true}],\"service_deploy_strategy\":{\"key\":\"text\"},\"analysis_config\":{\"resource_types\":[\"Pod\"]},\"notification_configs\":[{\"webhook_type\":\"feishu\",\"webhook_url\":\"text\",\"events\":[\"notification_event_analyzer_normal\"]}],\"pre_sleep_status\":{\"key\":7},\"default_values\":\"text\",\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"istio_grayscale\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\",\"grayscale_strategy\":\"text\",\"weight_configs\":[{\"env\":\"text\",\"weight\":7}],\"header_match_configs\":[{\"env\":\"text\",\"header_match\":[{\"key\":\"text\",\"match\":\"text\",\"value\":\"text\"}]}]},\"production\":true,\"alias\":\"text\"},\"status\":\"text\",\"progress\":{\"successCount\":7,\"totalCount\":7,\"uploadStatus\":\"text\",\"workflowStatus\":[{\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"target_image\":\"text\",\"status\":\"disabled\"}],\"error\":\"text\"},\"createdBy\":\"text\",\"created_at\":7,\"deleted_at\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseProgress() {
    check_lossless::<
        crate::types::ArtifactReleaseProgress,
    >(
        "{\"successCount\":7,\"totalCount\":7,\"uploadStatus\":\"text\",\"workflowStatus\":[{\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"target_image\":\"text\",\"status\":\"disabled\"}],\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseWorkflowStatus() {
    check_lossless::<
        crate::types::ArtifactReleaseWorkflowStatus,
    >(
        "{\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"target_image\":\"text\",\"status\":\"disabled\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseBuild() {
    check_lossless::<
        crate::types::ArtifactReleaseBuild,
    >(
        "{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"imageInfo\":{\"repoName\":\"text\",\"tagName\":\"text\",\"imageSize\":7,\"imageDigest\":\"text\",\"author\":\"text\",\"architecture\":\"text\",\"dockerVersion\":\"text\",\"os\":\"text\",\"creationTime\":\"text\",\"updateTime\":\"text\"},\"imageName\":\"text\",\"packageInfo\":{\"packageFileLocation\":\"text\",\"packageFileName\":\"text\",\"packageStorageUri\":\"text\"},\"issues\":[{\"id\":\"text\",\"key\":\"text\",\"url\":\"text\",\"summary\":\"text\",\"description\":\"text\",\"priority\":\"text\",\"creator\":\"text\",\"assignee\":\"text\",\"reporter\":\"text\"}],\"commits\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseImage() {
    check_lossless::<
        crate::types::ArtifactReleaseImage,
    >(
        "{\"repoName\":\"text\",\"tagName\":\"text\",\"imageSize\":7,\"imageDigest\":\"text\",\"author\":\"text\",\"architecture\":\"text\",\"dockerVersion\":\"text\",\"os\":\"text\",\"creationTime\":\"text\",\"updateTime\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleasePackage() {
    check_lossless::<
        crate::types::ArtifactReleasePackage,
    >(
        "{\"packageFileLocation\":\"text\",\"packageFileName\":\"text\",\"packageStorageUri\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__JiraIssueRef() {
    check_lossless::<
        crate::types::JiraIssueRef,
    >(
        "{\"id\":\"text\",\"key\":\"text\",\"url\":\"text\",\"summary\":\"text\",\"description\":\"text\",\"priority\":\"text\",\"creator\":\"text\",\"assignee\":\"text\",\"reporter\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseDeploy() {
    check_lossless::<
        crate::types::ArtifactReleaseDeploy,
    >(
        "{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"containerName\":\"text\",\"image\":\"text\",\"registry_id\":\"text\",\"yamlContents\":[\"text\"],\"envs\":[{\"key\":\"text\",\"value\":\"text\"}],\"orderedServices\":[[\"text\"]],\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"real_service_name\":\"text\",\"service_module\":\"text\",\"image_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseEnvVar() {
    check_lossless::<
        crate::types::ArtifactReleaseEnvVar,
    >(
        "{\"key\":\"text\",\"value\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseTest() {
    check_lossless::<
        crate::types::ArtifactReleaseTest,
    >(
        "{\"id\":\"text\",\"releaseId\":\"text\",\"testReports\":[{\"testResultPath\":\"text\",\"workflowName\":\"text\",\"taskId\":7,\"testName\":\"text\",\"testSuite\":{\"tests\":7,\"failures\":7,\"successes\":7,\"skips\":7,\"errors\":7,\"time\":1.5,\"system_out\":\"text\",\"system_err\":\"text\",\"testcase\":[{\"tc_name\":\"text\",\"classname\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"skipped\":{},\"system_out\":\"text\",\"system_err\":\"text\",\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}],\"suite_type\":\"text\",\"name\":\"text\"},\"performanceTestSuite\":[{\"label\":\"text\",\"samples\":\"text\",\"average\":\"text\",\"min\":\"text\",\"max\":\"text\",\"line\":\"text\",\"stdDev\":\"text\",\"error\":\"text\",\"throughput\":\"text\",\"receivedKb\":\"text\",\"avgByte\":\"text\"}],\"start_time\":7,\"end_time\":7}],\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseTestReport() {
    check_lossless::<
        crate::types::ArtifactReleaseTestReport,
    >(
        "{\"testResultPath\":\"text\",\"workflowName\":\"text\",\"taskId\":7,\"testName\":\"text\",\"testSuite\":{\"tests\":7,\"failures\":7,\"successes\":7,\"skips\":7,\"errors\":7,\"time\":1.5,\"system_out\":\"text\",\"system_err\":\"text\",\"testcase\":[{\"tc_name\":\"text\",\"classname\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"skipped\":{},\"system_out\":\"text\",\"system_err\":\"text\",\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}],\"suite_type\":\"text\",\"name\":\"text\"},\"performanceTestSuite\":[{\"label\":\"text\",\"samples\":\"text\",\"average\":\"text\",\"min\":\"text\",\"max\":\"text\",\"line\":\"text\",\"stdDev\":\"text\",\"error\":\"text\",\"throughput\":\"text\",\"receivedKb\":\"text\",\"avgByte\":\"text\"}],\"start_time\":7,\"end_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__TestSuiteResult() {
    check_lossless::<
        crate::types::TestSuiteResult,
    >(
        "{\"tests\":7,\"failures\":7,\"successes\":7,\"skips\":7,\"errors\":7,\"time\":1.5,\"system_out\":\"text\",\"system_err\":\"text\",\"testcase\":[{\"tc_name\":\"text\",\"classname\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"skipped\":{},\"system_out\":\"text\",\"system_err\":\"text\",\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}],\"suite_type\":\"text\",\"name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__TestCaseResult() {
    check_lossless::<
        crate::types::TestCaseResult,
    >(
        "{\"tc_name\":\"text\",\"classname\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"skipped\":{},\"system_out\":\"text\",\"system_err\":\"text\",\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__TestCaseSkipped() {
    check_lossless::<
        crate::types::TestCaseSkipped,
    >("{\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__PerformanceTestResult() {
    check_lossless::<
        crate::types::PerformanceTestResult,
    >(
        "{\"label\":\"text\",\"samples\":\"text\",\"average\":\"text\",\"min\":\"text\",\"max\":\"text\",\"line\":\"text\",\"stdDev\":\"text\",\"error\":\"text\",\"throughput\":\"text\",\"receivedKb\":\"text\",\"avgByte\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseDistribute() {
    check_lossless::<
        crate::types::ArtifactReleaseDistribute,
    >(
        "{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"distributeType\":\"file\",\"registryName\":\"text\",\"chartVersion\":\"text\",\"chartName\":\"text\",\"chartRepoName\":\"text\",\"subDistributes\":[{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"distributeType\":\"file\",\"registryName\":\"text\",\"chartVersion\":\"text\",\"chartName\":\"text\",\"chartRepoName\":\"text\",\"subDistributes\":[{\"id\":\"text\",\"releaseId\":\"text\",\"serviceName\":\"text\",\"distributeType\":\"file\",\"registryName\":\"text\",\"chartVersion\":\"text\",\"chartName\":\"text\",\"chartRepoName\":\"text\",\"subDistributes\":[{\"distributeType\":\"file\",\"registryName\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"created_at\":7,\"deleted_at\":7,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"namespace\":\"text\",\"packageFile\":\"text\",\"remoteFileKey\":\"text\",\"destStorageUrl\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"srcStorageUrl\":\"text\",\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"namespace\":\"text\",\"packageFile\":\"text\",\"remoteFileKey\":\"text\",\"destStorageUrl\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"srcStorageUrl\":\"text\",\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\"}],\"namespace\":\"text\",\"packageFile\":\"text\",\"remoteFileKey\":\"text\",\"destStorageUrl\":\"text\",\"s3StorageID\":\"text\",\"storageUrl\":\"text\",\"storageBucket\":\"text\",\"srcStorageUrl\":\"text\",\"start_time\":7,\"end_time\":7,\"created_at\":7,\"deleted_at\":7,\"image_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ArtifactReleaseImageScan() {
    check_lossless::<
        crate::types::ArtifactReleaseImageScan,
    >(
        "{\"imageName\":\"text\",\"imageId\":\"text\",\"deliverySecurityStatsInfo\":{\"total\":7,\"unkown\":7,\"negligible\":7,\"low\":7,\"medium\":7,\"high\":7,\"critical\":7},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__ImageVulnerabilityCounts() {
    check_lossless::<
        crate::types::ImageVulnerabilityCounts,
    >(
        "{\"total\":7,\"unkown\":7,\"negligible\":7,\"low\":7,\"medium\":7,\"high\":7,\"critical\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentRecord() {
    check_lossless::<
        crate::types::EnvironmentRecord,
    >(
        "{\"id\":\"text\",\"product_name\":\"text\",\"create_time\":7,\"update_time\":7,\"namespace\":\"text\",\"status\":\"text\",\"revision\":7,\"enabled\":true,\"env_name\":\"text\",\"base_env_name\":\"text\",\"update_by\":\"text\",\"visibility\":\"text\",\"services\":[[{\"service_name\":\"text\",\"release_name\":\"text\",\"product_name\":\"text\",\"type\":\"text\",\"revision\":7,\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{},\"imagePath\":{}}],\"error\":\"text\",\"resources\":[{\"Name\":\"text\"}],\"update_time\":7,\"render\":{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"}},\"env_configs\":[{\"env_name\":\"text\",\"host_ids\":[],\"labels\":[]}],\"rendered_yaml\":\"text\",\"variable_yaml\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"updatable\":true,\"deploy_strategy\":\"text\"}]],\"render\":{\"name\":\"text\",\"revision\":7,\"product_tmpl\":\"text\",\"description\":\"text\"},\"error\":\"text\",\"chart_infos\":[{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"}}],\"isPublic\":true,\"roleIds\":[7],\"cluster_id\":\"text\",\"recycle_day\":7,\"source\":\"text\",\"is_opensource\":true,\"registry_id\":\"text\",\"base_name\":\"text\",\"is_existed\":true,\"share_env\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\"},\"env_configs\":[{\"env_name\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"yaml_data\":\"text\",\"restart_associated_svc\":true,\"common_env_cfg_type\":\"ConfigMap\",\"services\":[\"text\"],\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"auto_sync\":true,\"production\":true}],\"service_deploy_strategy\":{\"key\":\"text\"},\"analysis_config\":{\"resource_types\":[\"Pod\"]},\"notification_configs\":[{\"webhook_type\":\"feishu\",\"webhook_url\":\"text\",\"events\":[\"notification_event_analyzer_normal\"]}],\"pre_sleep_status\":{\"key\":7},\"default_values\":\"text\",\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"istio_grayscale\":{\"enable\":true,\"is_base\":true,\"base_env\":\"text\",\"grayscale_strategy\":\"text\",\"weight_configs\":[{\"env\":\"text\",\"weight\":7}],\"header_match_configs\":[{\"env\":\"text\",\"header_match\":[{\"key\":\"text\",\"match\":\"text\",\"value\":\"text\"}]}]},\"production\":true,\"alias\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentRecordService() {
    check_lossless::<
        crate::types::EnvironmentRecordService,
    >(
        "{\"service_name\":\"text\",\"release_name\":\"text\",\"product_name\":\"text\",\"type\":\"text\",\"revision\":7,\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"error\":\"text\",\"resources\":[{\"Name\":\"text\"}],\"update_time\":7,\"render\":{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"}},\"env_configs\":[{\"env_name\":\"text\",\"host_ids\":[\"text\"],\"labels\":[\"text\"]}],\"rendered_yaml\":\"text\",\"variable_yaml\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"updatable\":true,\"deploy_strategy\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentServiceResource() {
    check_lossless::<
        crate::types::EnvironmentServiceResource,
    >("{\"Name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentHostBinding() {
    check_lossless::<
        crate::types::EnvironmentHostBinding,
    >(
        "{\"env_name\":\"text\",\"host_ids\":[\"text\"],\"labels\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentRenderInfo() {
    check_lossless::<
        crate::types::EnvironmentRenderInfo,
    >(
        "{\"name\":\"text\",\"revision\":7,\"product_tmpl\":\"text\",\"description\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentServiceRender() {
    check_lossless::<
        crate::types::EnvironmentServiceRender,
    >(
        "{\"service_name\":\"text\",\"release_name\":\"text\",\"is_helm_chart_deploy\":true,\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chart_version\":\"text\",\"override_values\":\"text\",\"override_yaml\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentShareSettings() {
    check_lossless::<
        crate::types::EnvironmentShareSettings,
    >(
        "{\"enable\":true,\"is_base\":true,\"base_env\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentConfigRecord() {
    check_lossless::<
        crate::types::EnvironmentConfigRecord,
    >(
        "{\"env_name\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"yaml_data\":\"text\",\"restart_associated_svc\":true,\"common_env_cfg_type\":\"ConfigMap\",\"services\":[\"text\"],\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"auto_sync\":true,\"production\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentAnalysisConfig() {
    check_lossless::<
        crate::types::EnvironmentAnalysisConfig,
    >(
        "{\"resource_types\":[\"Pod\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentNotificationConfig() {
    check_lossless::<
        crate::types::EnvironmentNotificationConfig,
    >(
        "{\"webhook_type\":\"feishu\",\"webhook_url\":\"text\",\"events\":[\"notification_event_analyzer_normal\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__EnvironmentIstioGrayscale() {
    check_lossless::<
        crate::types::EnvironmentIstioGrayscale,
    >(
        "{\"enable\":true,\"is_base\":true,\"base_env\":\"text\",\"grayscale_strategy\":\"text\",\"weight_configs\":[{\"env\":\"text\",\"weight\":7}],\"header_match_configs\":[{\"env\":\"text\",\"header_match\":[{\"key\":\"text\",\"match\":\"text\",\"value\":\"text\"}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__IstioWeightConfig() {
    check_lossless::<
        crate::types::IstioWeightConfig,
    >(
        "{\"env\":\"text\",\"weight\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__IstioHeaderMatchConfig() {
    check_lossless::<
        crate::types::IstioHeaderMatchConfig,
    >(
        "{\"env\":\"text\",\"header_match\":[{\"key\":\"text\",\"match\":\"text\",\"value\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "artifact")]
#[test]
fn lossless__IstioHeaderMatch() {
    check_lossless::<
        crate::types::IstioHeaderMatch,
    >(
        "{\"key\":\"text\",\"match\":\"text\",\"value\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiBuildCreationFromTemplateReq() {
    check_lossless::<
        crate::types::OpenApiBuildCreationFromTemplateReq,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiServiceBuildArgs() {
    check_lossless::<
        crate::types::OpenApiServiceBuildArgs,
    >(
        "{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiRepoInput() {
    check_lossless::<
        crate::types::OpenApiRepoInput,
    >(
        "{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__TaskInputKv() {
    check_lossless::<
        crate::types::TaskInputKv,
    >(
        "{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiBuildCreationReq() {
    check_lossless::<
        crate::types::OpenApiBuildCreationReq,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"infrastructure\":\"text\",\"build_os\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}],\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"parameters\":[{\"key\":\"text\",\"type\":\"string\",\"default_value\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true,\"description\":\"text\",\"external_setting\":{\"system_id\":\"text\",\"endpoint\":\"text\",\"method\":\"text\",\"headers\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"body\":\"text\",\"params\":[{\"param_key\":\"text\",\"response_key\":\"text\",\"display\":true}]}}],\"script_type\":\"shell\",\"build_script\":\"text\",\"docker_build_step\":{\"build_context_dir\":\"text\",\"dockerfile_source\":\"local\",\"dockerfile_directory\":\"text\",\"template_name\":\"text\",\"build_args\":\"text\",\"enable_buildkit\":true,\"platforms\":\"text\"},\"advanced_settings\":{\"timeout\":7,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"custom_labels\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"outputs\":[\"text\"],\"webhooks\":{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}]}},\"description\":\"text\",\"image_name\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}],\"docker_build_info\":{\"working_directory\":\"text\",\"dockerfile_type\":\"text\",\"dockerfile_directory\":\"text\",\"build_args\":\"text\",\"template_name\":\"text\",\"template_id\":\"text\"},\"post_build_script\":\"text\",\"file_archive_path\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__DockerBuildInfo() {
    check_lossless::<
        crate::types::DockerBuildInfo,
    >(
        "{\"working_directory\":\"text\",\"dockerfile_type\":\"text\",\"dockerfile_directory\":\"text\",\"build_args\":\"text\",\"template_name\":\"text\",\"template_id\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiServiceWithModule() {
    check_lossless::<
        crate::types::OpenApiServiceWithModule,
    >(
        "{\"service_name\":\"text\",\"service_module\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiToolItem() {
    check_lossless::<
        crate::types::OpenApiToolItem,
    >(
        "{\"name\":\"text\",\"version\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__BuildParameterSetting() {
    check_lossless::<
        crate::types::BuildParameterSetting,
    >(
        "{\"key\":\"text\",\"type\":\"string\",\"default_value\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true,\"description\":\"text\",\"external_setting\":{\"system_id\":\"text\",\"endpoint\":\"text\",\"method\":\"text\",\"headers\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"body\":\"text\",\"params\":[{\"param_key\":\"text\",\"response_key\":\"text\",\"display\":true}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__ExternalParameterSource() {
    check_lossless::<
        crate::types::ExternalParameterSource,
    >(
        "{\"system_id\":\"text\",\"endpoint\":\"text\",\"method\":\"text\",\"headers\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"body\":\"text\",\"params\":[{\"param_key\":\"text\",\"response_key\":\"text\",\"display\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__ExternalParameterMapping() {
    check_lossless::<
        crate::types::ExternalParameterMapping,
    >(
        "{\"param_key\":\"text\",\"response_key\":\"text\",\"display\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiDockerBuildStep() {
    check_lossless::<
        crate::types::OpenApiDockerBuildStep,
    >(
        "{\"build_context_dir\":\"text\",\"dockerfile_source\":\"local\",\"dockerfile_directory\":\"text\",\"template_name\":\"text\",\"build_args\":\"text\",\"enable_buildkit\":true,\"platforms\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiBuildListResp() {
    check_lossless::<
        crate::types::OpenApiBuildListResp,
    >(
        "{\"total\":7,\"builds\":[{\"name\":\"text\",\"project_key\":\"text\",\"source\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiBuildBrief() {
    check_lossless::<
        crate::types::OpenApiBuildBrief,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"source\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiBuildDetailResp() {
    check_lossless::<
        crate::types::OpenApiBuildDetailResp,
    >(
        "{\"project_key\":\"text\",\"name\":\"text\",\"source\":\"text\",\"target_services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"template_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"repos\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true}],\"build_env\":{\"basic_image_id\":\"text\",\"basic_image_label\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}]},\"advanced_settings\":{\"timeout\":7,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"custom_labels\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"outputs\":[\"text\"],\"webhooks\":{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}]}},\"build_script\":\"text\",\"parameters\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true}],\"outputs\":[{\"name\":\"text\",\"description\":\"text\"}],\"post_build\":{\"docker_build\":{\"work_dir\":\"text\",\"docker_file\":\"text\",\"build_args\":\"text\",\"source\":\"text\",\"template_id\":\"text\",\"template_name\":\"text\",\"enable_buildkit\":true,\"platform\":\"text\"},\"object_storage_upload\":{\"enabled\":true,\"object_storage_id\":\"text\",\"upload_detail\":[{\"file_path\":\"text\",\"abs_file_path\":\"text\",\"dest_path\":\"text\"}]},\"file_archive\":{\"file_location\":\"text\"},\"scripts\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiBuildRepo() {
    check_lossless::<
        crate::types::OpenApiBuildRepo,
    >(
        "{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiBuildEnv() {
    check_lossless::<
        crate::types::OpenApiBuildEnv,
    >(
        "{\"basic_image_id\":\"text\",\"basic_image_label\":\"text\",\"installs\":[{\"name\":\"text\",\"version\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__InstallItem() {
    check_lossless::<
        crate::types::InstallItem,
    >(
        "{\"name\":\"text\",\"version\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__BuildServiceKeyVal() {
    check_lossless::<
        crate::types::BuildServiceKeyVal,
    >(
        "{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"is_credential\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__BuildOutput() {
    check_lossless::<
        crate::types::BuildOutput,
    >(
        "{\"name\":\"text\",\"description\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__PostBuild() {
    check_lossless::<
        crate::types::PostBuild,
    >(
        "{\"docker_build\":{\"work_dir\":\"text\",\"docker_file\":\"text\",\"build_args\":\"text\",\"source\":\"text\",\"template_id\":\"text\",\"template_name\":\"text\",\"enable_buildkit\":true,\"platform\":\"text\"},\"object_storage_upload\":{\"enabled\":true,\"object_storage_id\":\"text\",\"upload_detail\":[{\"file_path\":\"text\",\"abs_file_path\":\"text\",\"dest_path\":\"text\"}]},\"file_archive\":{\"file_location\":\"text\"},\"scripts\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__PostBuildDockerBuild() {
    check_lossless::<
        crate::types::PostBuildDockerBuild,
    >(
        "{\"work_dir\":\"text\",\"docker_file\":\"text\",\"build_args\":\"text\",\"source\":\"text\",\"template_id\":\"text\",\"template_name\":\"text\",\"enable_buildkit\":true,\"platform\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__PostBuildObjectStorageUpload() {
    check_lossless::<
        crate::types::PostBuildObjectStorageUpload,
    >(
        "{\"enabled\":true,\"object_storage_id\":\"text\",\"upload_detail\":[{\"file_path\":\"text\",\"abs_file_path\":\"text\",\"dest_path\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__ObjectStoragePathDetail() {
    check_lossless::<
        crate::types::ObjectStoragePathDetail,
    >(
        "{\"file_path\":\"text\",\"abs_file_path\":\"text\",\"dest_path\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__PostBuildFileArchive() {
    check_lossless::<
        crate::types::PostBuildFileArchive,
    >("{\"file_location\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiAdvancedSetting() {
    check_lossless::<
        crate::types::OpenApiAdvancedSetting,
    >(
        "{\"timeout\":7,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"custom_labels\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"outputs\":[\"text\"],\"webhooks\":{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__BuildWebhookSettings() {
    check_lossless::<
        crate::types::BuildWebhookSettings,
    >(
        "{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__BuildWebhook() {
    check_lossless::<
        crate::types::BuildWebhook,
    >(
        "{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiCacheSetting() {
    check_lossless::<
        crate::types::OpenApiCacheSetting,
    >(
        "{\"enabled\":true,\"cache_dir\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__ResourceRequestSpec() {
    check_lossless::<
        crate::types::ResourceRequestSpec,
    >(
        "{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__OpenApiStorages() {
    check_lossless::<
        crate::types::OpenApiStorages,
    >(
        "{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__NfsStorageProperties() {
    check_lossless::<
        crate::types::NfsStorageProperties,
    >(
        "{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "build")]
#[test]
fn lossless__CustomKeyValue() {
    check_lossless::<
        crate::types::CustomKeyValue,
    >(
        "{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "cluster")]
#[test]
fn lossless__OpenApiCluster() {
    check_lossless::<
        crate::types::OpenApiCluster,
    >(
        "{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":7,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":7,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "cluster")]
#[test]
fn lossless__OpenApiCreateClusterRequest() {
    check_lossless::<
        crate::types::OpenApiCreateClusterRequest,
    >(
        "{\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":7,\"type\":\"text\",\"kube_config\":\"text\",\"project_names\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "cluster")]
#[test]
fn lossless__OpenApiCreateClusterResponse() {
    check_lossless::<
        crate::types::OpenApiCreateClusterResponse,
    >(
        "{\"cluster\":{\"cluster_id\":\"text\",\"name\":\"text\",\"production\":true,\"description\":\"text\",\"provider\":7,\"provider_name\":\"text\",\"created_by\":\"text\",\"created_time\":7,\"local\":true,\"status\":\"text\",\"type\":\"text\",\"project_names\":[\"text\"]},\"agent_cmd\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "code_scan")]
#[test]
fn lossless__OpenApiCreateScanningReq() {
    check_lossless::<
        crate::types::OpenApiCreateScanningReq,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"scanner_type\":\"sonarQube\",\"image_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"sonar_system\":\"text\",\"addons\":[{\"name\":\"text\",\"version\":\"text\"}],\"prelaunch_script\":\"text\",\"sonar_parameter\":\"text\",\"script\":\"text\",\"enable_quality_gate\":true,\"advanced_settings\":{\"timeout\":7,\"cache_setting\":{\"enabled\":true,\"cache_dir\":\"text\"},\"cluster_name\":\"text\",\"resource_spec\":{\"cpu_limit\":7,\"memory_limit\":7,\"cpu_req\":7,\"memory_req\":7,\"gpu_limit\":\"text\"},\"strategy_name\":\"text\",\"storages\":{\"enabled\":true,\"storages_properties\":[{\"provision_type\":\"dynamic\",\"storage_class\":\"text\",\"storage_size_in_gib\":7,\"pvc\":\"text\",\"access_mode\":{\"any\":[\"json\",1]},\"subpath\":\"text\",\"mount_path\":\"text\",\"is_temporary\":true}]},\"use_host_docker_daemon\":true,\"privileged_mode\":true,\"custom_annotations\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"custom_labels\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"outputs\":[\"text\"],\"webhooks\":{\"enabled\":true,\"hook_list\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"events\":[\"push\"],\"match_folders\":[\"text\"]}]}},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "code_scan")]
#[test]
fn lossless__OpenApiCreateScanningTaskReq() {
    check_lossless::<
        crate::types::OpenApiCreateScanningTaskReq,
    >(
        "{\"ProjectName\":\"text\",\"ScanName\":\"text\",\"scan_repos\":[{\"codehost_id\":7,\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"pr\":7,\"prs\":[7],\"branch\":\"text\",\"merge_branches\":[\"text\"],\"tag\":\"text\",\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"scan_kvs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"string\",\"registry_id\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"function_reference\":[\"text\"],\"file_path\":\"text\",\"file_name\":\"text\",\"file_id\":\"text\",\"is_credential\":true,\"description\":\"text\",\"required\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "code_scan")]
#[test]
fn lossless__ScanningRepoInfo() {
    check_lossless::<
        crate::types::ScanningRepoInfo,
    >(
        "{\"codehost_id\":7,\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"pr\":7,\"prs\":[7],\"branch\":\"text\",\"merge_branches\":[\"text\"],\"tag\":\"text\",\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "code_scan")]
#[test]
fn lossless__OpenApiCreateScanningTaskResp() {
    check_lossless::<
        crate::types::OpenApiCreateScanningTaskResp,
    >("{\"task_id\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "code_scan")]
#[test]
fn lossless__OpenApiScanTaskDetail() {
    check_lossless::<
        crate::types::OpenApiScanTaskDetail,
    >(
        "{\"scan_name\":\"text\",\"creator\":\"text\",\"task_id\":7,\"status\":\"text\",\"create_time\":7,\"end_time\":7,\"result_link\":\"text\",\"repo_info\":[{\"repo_owner\":\"text\",\"source\":\"text\",\"address\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"repo_name\":\"text\",\"hidden\":true,\"checkout_path\":\"text\",\"submodules\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "code_scan")]
#[test]
fn lossless__OpenApiScanRepoBrief() {
    check_lossless::<
        crate::types::OpenApiScanRepoBrief,
    >(
        "{\"repo_owner\":\"text\",\"source\":\"text\",\"address\":\"text\",\"branch\":\"text\",\"remote_name\":\"text\",\"repo_name\":\"text\",\"hidden\":true,\"checkout_path\":\"text\",\"submodules\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__KeyValue() {
    check_lossless::<
        crate::types::KeyValue,
    >(
        "{\"key\":\"text\",\"value\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__Repository() {
    check_lossless::<
        crate::types::Repository,
    >(
        "{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__Approval() {
    check_lossless::<
        crate::types::Approval,
    >(
        "{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"instance_id\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__NativeApproval() {
    check_lossless::<
        crate::types::NativeApproval,
    >(
        "{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__ApprovalUser() {
    check_lossless::<
        crate::types::ApprovalUser,
    >(
        "{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkApproval() {
    check_lossless::<
        crate::types::LarkApproval,
    >(
        "{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":7,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":7,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkApprovalNode() {
    check_lossless::<
        crate::types::LarkApprovalNode,
    >(
        "{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkApprovalGroup() {
    check_lossless::<
        crate::types::LarkApprovalGroup,
    >(
        "{\"group_id\":\"text\",\"group_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkApprovalUser() {
    check_lossless::<
        crate::types::LarkApprovalUser,
    >(
        "{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkUserInfo() {
    check_lossless::<
        crate::types::LarkUserInfo,
    >(
        "{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkApprovalInstance() {
    check_lossless::<
        crate::types::LarkApprovalInstance,
    >(
        "{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":7,\"title\":\"text\",\"type\":\"text\"}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":7,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkInstanceTask() {
    check_lossless::<
        crate::types::LarkInstanceTask,
    >(
        "{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkInstanceComment() {
    check_lossless::<
        crate::types::LarkInstanceComment,
    >(
        "{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":7,\"title\":\"text\",\"type\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkInstanceTimeline() {
    check_lossless::<
        crate::types::LarkInstanceTimeline,
    >(
        "{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{\"url\":\"text\",\"file_size\":7,\"title\":\"text\",\"type\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkFile() {
    check_lossless::<
        crate::types::LarkFile,
    >(
        "{\"url\":\"text\",\"file_size\":7,\"title\":\"text\",\"type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__LarkInstanceCcUser() {
    check_lossless::<
        crate::types::LarkInstanceCcUser,
    >(
        "{\"user_id\":\"text\",\"cc_id\":\"text\",\"open_id\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__DingTalkApproval() {
    check_lossless::<
        crate::types::DingTalkApproval,
    >(
        "{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__ApprovalNode() {
    check_lossless::<
        crate::types::ApprovalNode,
    >(
        "{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"type\":\"text\",\"reject_or_approve\":\"\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__DingTalkApprovalUser() {
    check_lossless::<
        crate::types::DingTalkApprovalUser,
    >(
        "{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__WorkWxApproval() {
    check_lossless::<
        crate::types::WorkWxApproval,
    >(
        "{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"instance_id\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__WorkWxApprovalUser() {
    check_lossless::<
        crate::types::WorkWxApprovalUser,
    >(
        "{\"name\":\"text\",\"id\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__WorkWxApprovalNode() {
    check_lossless::<
        crate::types::WorkWxApprovalNode,
    >(
        "{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__WorkWxApprovalSubNode() {
    check_lossless::<
        crate::types::WorkWxApprovalSubNode,
    >(
        "{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__WorkWxApprovalSubNodeUser() {
    check_lossless::<
        crate::types::WorkWxApprovalSubNodeUser,
    >("{\"user_id\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "common")]
#[test]
fn lossless__ServiceVariableKV() {
    check_lossless::<
        crate::types::ServiceVariableKV,
    >(
        "{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__BasicServiceVariableKV() {
    check_lossless::<
        crate::types::BasicServiceVariableKV,
    >(
        "{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__GlobalVariableKV() {
    check_lossless::<
        crate::types::GlobalVariableKV,
    >(
        "{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__ApprovalTicketService() {
    check_lossless::<
        crate::types::ApprovalTicketService,
    >(
        "{\"service_name\":\"text\",\"service_module\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__KeyVal() {
    check_lossless::<
        crate::types::KeyVal,
    >(
        "{\"key\":\"text\",\"value\":\"text\",\"type\":\"string\",\"registry_id\":\"text\",\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"function_reference\":[\"text\"],\"file_path\":\"text\",\"file_name\":\"text\",\"file_id\":\"text\",\"is_credential\":true,\"description\":\"text\",\"required\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__ImagePathSpec() {
    check_lossless::<
        crate::types::ImagePathSpec,
    >(
        "{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__KeyAnyValue() {
    check_lossless::<
        crate::types::KeyAnyValue,
    >(
        "{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "common")]
#[test]
fn lossless__EnvServiceContainer() {
    check_lossless::<
        crate::types::EnvServiceContainer,
    >(
        "{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionList() {
    check_lossless::<
        crate::types::DeliveryVersionList,
    >(
        "{\"list\":[{\"id\":\"text\",\"version_name\":\"text\",\"type\":\"K8SYaml\",\"source\":\"manual\",\"status\":\"success\",\"labels\":[\"text\"],\"description\":\"text\",\"created_by\":\"text\",\"create_time\":7}],\"total\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionBrief() {
    check_lossless::<
        crate::types::DeliveryVersionBrief,
    >(
        "{\"id\":\"text\",\"version_name\":\"text\",\"type\":\"K8SYaml\",\"source\":\"manual\",\"status\":\"success\",\"labels\":[\"text\"],\"description\":\"text\",\"created_by\":\"text\",\"create_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionDetail() {
    check_lossless::<
        crate::types::DeliveryVersionDetail,
    >(
        "{\"version\":\"text\",\"project_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"type\":\"K8SYaml\",\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"status\":\"success\",\"error\":\"text\",\"created_by\":\"text\",\"created_at\":7,\"deleted_at\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__K8sDeliveryVersionCreateRequest() {
    check_lossless::<
        crate::types::K8sDeliveryVersionCreateRequest,
    >(
        "{\"project_key\":\"text\",\"version_name\":\"text\",\"source\":\"manual\",\"original_version_name\":\"text\",\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__HelmDeliveryVersionCreateRequest() {
    check_lossless::<
        crate::types::HelmDeliveryVersionCreateRequest,
    >(
        "{\"project_key\":\"text\",\"version_name\":\"text\",\"env_name\":\"text\",\"original_version_name\":\"text\",\"production\":true,\"source\":\"manual\",\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"original_chart_repo_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionService() {
    check_lossless::<
        crate::types::DeliveryVersionService,
    >(
        "{\"service_name\":\"text\",\"chart_name\":\"text\",\"original_chart_version\":\"text\",\"chart_version\":\"text\",\"chart_status\":\"disabled\",\"yaml_content\":\"text\",\"images\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\"}],\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionImage() {
    check_lossless::<
        crate::types::DeliveryVersionImage,
    >(
        "{\"container_name\":\"text\",\"image_name\":\"text\",\"source_image\":\"text\",\"source_image_tag\":\"text\",\"target_image\":\"text\",\"target_image_tag\":\"text\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"push_image\":true,\"status\":\"disabled\",\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionListLegacy() {
    check_lossless::<
        crate::types::DeliveryVersionListLegacy,
    >(
        "{\"list\":[{\"id\":\"text\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":7,\"total_count\":7,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":7}],\"total\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionBriefLegacy() {
    check_lossless::<
        crate::types::DeliveryVersionBriefLegacy,
    >(
        "{\"id\":\"text\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":7,\"total_count\":7,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionProgressLegacy() {
    check_lossless::<
        crate::types::DeliveryVersionProgressLegacy,
    >(
        "{\"success_count\":7,\"total_count\":7,\"upload_status\":\"text\",\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionDetailLegacy() {
    check_lossless::<
        crate::types::DeliveryVersionDetailLegacy,
    >(
        "{\"version_info\":{\"id\":\"text\",\"version_name\":\"text\",\"type\":\"text\",\"status\":\"text\",\"labels\":[\"text\"],\"description\":\"text\",\"progress\":{\"success_count\":7,\"total_count\":7,\"upload_status\":\"text\",\"error\":\"text\"},\"created_by\":\"text\",\"create_time\":7},\"deploy_infos\":[{\"id\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"registry_id\":\"text\",\"create_time\":7}],\"distribute_infos\":[{\"id\":\"text\",\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":7,\"sub_distributes\":[{\"id\":\"text\",\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":7,\"sub_distributes\":[{\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":7,\"sub_distributes\":[]}]}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionDeployLegacy() {
    check_lossless::<
        crate::types::DeliveryVersionDeployLegacy,
    >(
        "{\"id\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"registry_id\":\"text\",\"create_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionDistributionLegacy() {
    check_lossless::<
        crate::types::DeliveryVersionDistributionLegacy,
    >(
        "{\"id\":\"text\",\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":7,\"sub_distributes\":[{\"id\":\"text\",\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":7,\"sub_distributes\":[{\"id\":\"text\",\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":7,\"sub_distributes\":[{\"service_name\":\"text\",\"distribute_type\":\"file\",\"chart_name\":\"text\",\"chart_repo_name\":\"text\",\"chart_version\":\"text\",\"service_module\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"namespace\":\"text\",\"create_time\":7,\"sub_distributes\":[]}]}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__K8sDeliveryVersionCreateRequestLegacy() {
    check_lossless::<
        crate::types::K8sDeliveryVersionCreateRequestLegacy,
    >(
        "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"yaml_datas\":[{\"service_name\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__K8sDeliveryVersionServiceLegacy() {
    check_lossless::<
        crate::types::K8sDeliveryVersionServiceLegacy,
    >(
        "{\"service_name\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__HelmDeliveryVersionCreateRequestLegacy() {
    check_lossless::<
        crate::types::HelmDeliveryVersionCreateRequestLegacy,
    >(
        "{\"project_key\":\"text\",\"version_name\":\"text\",\"retry\":true,\"env_name\":\"text\",\"production\":true,\"desc\":\"text\",\"labels\":[\"text\"],\"image_registry_id\":\"text\",\"chart_repo_name\":\"text\",\"chart_datas\":[{\"service_name\":\"text\",\"version\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__HelmDeliveryVersionChartLegacy() {
    check_lossless::<
        crate::types::HelmDeliveryVersionChartLegacy,
    >(
        "{\"service_name\":\"text\",\"version\":\"text\",\"image_datas\":[{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "delivery")]
#[test]
fn lossless__DeliveryVersionImageInputLegacy() {
    check_lossless::<
        crate::types::DeliveryVersionImageInputLegacy,
    >(
        "{\"container_name\":\"text\",\"image_name\":\"text\",\"image_tag\":\"text\",\"disable_image_dist\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvironmentSummary() {
    check_lossless::<
        crate::types::EnvironmentSummary,
    >(
        "{\"env_key\":\"text\",\"envName\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"production\":true,\"registry_id\":\"text\",\"status\":\"success\",\"update_by\":\"text\",\"update_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvironmentDetail() {
    check_lossless::<
        crate::types::EnvironmentDetail,
    >(
        "{\"project_key\":\"text\",\"env_key\":\"text\",\"env_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\"}],\"status\":\"success\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvHelmChartValues() {
    check_lossless::<
        crate::types::EnvHelmChartValues,
    >(
        "{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvHelmKVPair() {
    check_lossless::<
        crate::types::EnvHelmKVPair,
    >(
        "{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvHelmValuesData() {
    check_lossless::<
        crate::types::EnvHelmValuesData,
    >(
        "{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvHelmValuesRepo() {
    check_lossless::<
        crate::types::EnvHelmValuesRepo,
    >(
        "{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvCustomYaml() {
    check_lossless::<
        crate::types::EnvCustomYaml,
    >(
        "{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvironmentServiceInfo() {
    check_lossless::<
        crate::types::EnvironmentServiceInfo,
    >(
        "{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"status\":\"running\",\"type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__CreateEnvironmentRequest() {
    check_lossless::<
        crate::types::CreateEnvironmentRequest,
    >(
        "{\"env_key\":\"text\",\"env_name\":\"text\",\"project_key\":\"text\",\"production\":true,\"sub_env\":{\"enable\":true,\"base_env\":\"text\"},\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"env_configs\":[{\"name\":\"text\",\"yaml_data\":\"text\",\"common_env_cfg_type\":\"text\",\"auto_sync\":true,\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]}}],\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"services\":[{\"service_name\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"deploy_strategy\":\"draft\",\"status\":\"text\"}],\"chart_values\":[{\"envName\":\"text\",\"serviceName\":\"text\",\"is_chart_deploy\":true,\"release_name\":\"text\",\"chart_repo\":\"text\",\"chart_name\":\"text\",\"chartVersion\":\"text\",\"overrideValues\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"overrideYaml\":\"text\",\"valuesData\":{\"yamlSource\":\"text\",\"source_id\":\"text\",\"autoSync\":true,\"autoSyncYaml\":\"text\",\"gitRepoConfig\":{\"codehostID\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"valuesPaths\":[\"text\"]}},\"yaml_data\":{\"yaml_content\":\"text\",\"render_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"source\":\"text\",\"auto_sync\":true,\"auto_sync_status\":\"text\",\"auto_sync_yaml\":\"text\",\"source_detail\":{\"any\":[\"json\",1]},\"source_id\":\"text\"},\"variable_yaml\":\"text\",\"deploy_strategy\":\"draft\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigInput() {
    check_lossless::<
        crate::types::EnvConfigInput,
    >(
        "{\"name\":\"text\",\"yaml_data\":\"text\",\"common_env_cfg_type\":\"text\",\"auto_sync\":true,\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigTemplateGitRepo() {
    check_lossless::<
        crate::types::EnvConfigTemplateGitRepo,
    >(
        "{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvSubEnvSettings() {
    check_lossless::<
        crate::types::EnvSubEnvSettings,
    >(
        "{\"enable\":true,\"base_env\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__CreateEnvironmentService() {
    check_lossless::<
        crate::types::CreateEnvironmentService,
    >(
        "{\"service_name\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"deploy_strategy\":\"draft\",\"status\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__CreateHelmEnvironmentRequest() {
    check_lossless::<
        crate::types::CreateHelmEnvironmentRequest,
    >(
        "{\"env_name\":\"text\",\"cluster_id\":\"text\",\"namespace\":\"text\",\"registry_id\":\"text\",\"production\":true,\"project_key\":\"text\",\"alias\":\"text\",\"sub_env\":{\"enable\":true,\"base_env\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__AddHelmServicesRequest() {
    check_lossless::<
        crate::types::AddHelmServicesRequest,
    >(
        "{\"env_name\":\"text\",\"services\":[{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"override_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"values_yaml\":\"text\",\"import_values_from_git\":{\"codehost_name\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"value_path\":\"text\",\"auto_sync\":true}}],\"production\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__HelmServiceInput() {
    check_lossless::<
        crate::types::HelmServiceInput,
    >(
        "{\"service_name\":\"text\",\"deploy_strategy\":\"draft\",\"override_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"values_yaml\":\"text\",\"import_values_from_git\":{\"codehost_name\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"value_path\":\"text\",\"auto_sync\":true},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__HelmValuesFromGit() {
    check_lossless::<
        crate::types::HelmValuesFromGit,
    >(
        "{\"codehost_name\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"value_path\":\"text\",\"auto_sync\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvUpdateStatus() {
    check_lossless::<
        crate::types::EnvUpdateStatus,
    >(
        "{\"env_name\":\"text\",\"status\":\"text\",\"err_message\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__ServicePodList() {
    check_lossless::<
        crate::types::ServicePodList,
    >(
        "{\"service_name\":\"text\",\"pods\":[{\"pod_name\":\"text\",\"status\":\"text\",\"pod_ready\":true,\"containers_ready\":true,\"create_time\":7,\"ip\":\"text\",\"images\":[\"text\"],\"workload_name\":\"text\",\"workload_type\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__ServicePodInfo() {
    check_lossless::<
        crate::types::ServicePodInfo,
    >(
        "{\"pod_name\":\"text\",\"status\":\"text\",\"pod_ready\":true,\"containers_ready\":true,\"create_time\":7,\"ip\":\"text\",\"images\":[\"text\"],\"workload_name\":\"text\",\"workload_type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__PodRestartResult() {
    check_lossless::<
        crate::types::PodRestartResult,
    >("{\"message\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "environment")]
#[test]
fn lossless__AddEnvironmentServicesRequest() {
    check_lossless::<
        crate::types::AddEnvironmentServicesRequest,
    >(
        "{\"env_key\":\"text\",\"service_list\":[{\"service_name\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__UpdateEnvironmentServicesRequest() {
    check_lossless::<
        crate::types::UpdateEnvironmentServicesRequest,
    >(
        "{\"service_list\":[{\"service_name\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvServiceToDeploy() {
    check_lossless::<
        crate::types::EnvServiceToDeploy,
    >(
        "{\"service_name\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvServiceVariableUpdate() {
    check_lossless::<
        crate::types::EnvServiceVariableUpdate,
    >(
        "{\"service_name\":\"text\",\"variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"use_global_variable\":true,\"is_reference_variable\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__DeleteEnvironmentServicesRequest() {
    check_lossless::<
        crate::types::DeleteEnvironmentServicesRequest,
    >(
        "{\"env_key\":\"text\",\"service_names\":[\"text\"],\"not_delete_resource\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__UpdateGlobalVariablesRequest() {
    check_lossless::<
        crate::types::UpdateGlobalVariablesRequest,
    >(
        "{\"global_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\",\"related_services\":[\"text\"]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvServiceDetail() {
    check_lossless::<
        crate::types::EnvServiceDetail,
    >(
        "{\"service_name\":\"text\",\"scales\":[{\"name\":\"text\",\"type\":\"text\",\"images\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"pods\":[{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":7,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":7,\"status\":\"text\",\"ready\":true,\"ports\":[],\"message\":\"text\",\"reason\":\"text\"}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\"}],\"replicas\":7,\"zadigx_release_type\":\"text\",\"zadigx_release_tag\":\"text\"}],\"ingress\":[{\"name\":\"text\",\"labels\":{\"key\":\"text\"},\"host_info\":[{\"host\":\"text\",\"backend\":[{\"path\":\"text\",\"path_type\":\"text\",\"service_name\":\"text\",\"service_port\":\"text\"}]}],\"ips\":[\"text\"],\"age\":\"text\"}],\"service_endpoints\":[{\"name\":\"text\",\"age\":\"text\",\"labels\":{\"key\":\"text\"},\"endpoints\":[{\"service_name\":\"text\",\"service_port\":7,\"node_port\":7}]}],\"cron_jobs\":[{\"name\":\"text\",\"labels\":{\"key\":\"text\"},\"images\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"pods\":[{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":7,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":7,\"status\":\"text\",\"ready\":true,\"ports\":[],\"message\":\"text\",\"reason\":\"text\"}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\"}],\"create_time\":7,\"suspend\":true,\"schedule\":\"text\",\"last_schedule\":\"text\",\"active\":7}],\"namespace\":\"text\",\"env_name\":\"text\",\"product_name\":\"text\",\"group_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvWorkload() {
    check_lossless::<
        crate::types::EnvWorkload,
    >(
        "{\"name\":\"text\",\"type\":\"text\",\"images\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"pods\":[{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":7,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":7,\"status\":\"text\",\"ready\":true,\"ports\":[{\"containerPort\":7}],\"message\":\"text\",\"reason\":\"text\",\"started_at\":7,\"finished_at\":7}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\"}],\"replicas\":7,\"zadigx_release_type\":\"text\",\"zadigx_release_tag\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvWorkloadImage() {
    check_lossless::<
        crate::types::EnvWorkloadImage,
    >(
        "{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvPod() {
    check_lossless::<
        crate::types::EnvPod,
    >(
        "{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":7,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":7,\"status\":\"text\",\"ready\":true,\"ports\":[{\"name\":\"text\",\"hostPort\":7,\"containerPort\":7,\"protocol\":\"TCP\",\"hostIP\":\"text\"}],\"message\":\"text\",\"reason\":\"text\",\"started_at\":7,\"finished_at\":7}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvPodContainer() {
    check_lossless::<
        crate::types::EnvPodContainer,
    >(
        "{\"name\":\"text\",\"image\":\"text\",\"restart_count\":7,\"status\":\"text\",\"ready\":true,\"ports\":[{\"name\":\"text\",\"hostPort\":7,\"containerPort\":7,\"protocol\":\"TCP\",\"hostIP\":\"text\"}],\"message\":\"text\",\"reason\":\"text\",\"started_at\":7,\"finished_at\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvContainerPort() {
    check_lossless::<
        crate::types::EnvContainerPort,
    >(
        "{\"name\":\"text\",\"hostPort\":7,\"containerPort\":7,\"protocol\":\"TCP\",\"hostIP\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvServiceIngress() {
    check_lossless::<
        crate::types::EnvServiceIngress,
    >(
        "{\"name\":\"text\",\"labels\":{\"key\":\"text\"},\"host_info\":[{\"host\":\"text\",\"backend\":[{\"path\":\"text\",\"path_type\":\"text\",\"service_name\":\"text\",\"service_port\":\"text\"}]}],\"ips\":[\"text\"],\"age\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvIngressHost() {
    check_lossless::<
        crate::types::EnvIngressHost,
    >(
        "{\"host\":\"text\",\"backend\":[{\"path\":\"text\",\"path_type\":\"text\",\"service_name\":\"text\",\"service_port\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvIngressBackend() {
    check_lossless::<
        crate::types::EnvIngressBackend,
    >(
        "{\"path\":\"text\",\"path_type\":\"text\",\"service_name\":\"text\",\"service_port\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvCronJob() {
    check_lossless::<
        crate::types::EnvCronJob,
    >(
        "{\"name\":\"text\",\"labels\":{\"key\":\"text\"},\"images\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"pods\":[{\"kind\":\"text\",\"name\":\"text\",\"status\":\"text\",\"age\":\"text\",\"createtime\":7,\"ip\":\"text\",\"labels\":{\"key\":\"text\"},\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"restart_count\":7,\"status\":\"text\",\"ready\":true,\"ports\":[{\"containerPort\":7}],\"message\":\"text\",\"reason\":\"text\",\"started_at\":7,\"finished_at\":7}],\"node_name\":\"text\",\"host_ip\":\"text\",\"enable_debug_container\":true,\"pod_ready\":true,\"containers_ready\":true,\"containers_message\":\"text\"}],\"create_time\":7,\"suspend\":true,\"schedule\":\"text\",\"last_schedule\":\"text\",\"active\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvK8sService() {
    check_lossless::<
        crate::types::EnvK8sService,
    >(
        "{\"name\":\"text\",\"age\":\"text\",\"labels\":{\"key\":\"text\"},\"endpoints\":[{\"service_name\":\"text\",\"service_port\":7,\"node_port\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvK8sServicePort() {
    check_lossless::<
        crate::types::EnvK8sServicePort,
    >(
        "{\"service_name\":\"text\",\"service_port\":7,\"node_port\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__CreateEnvConfigRequest() {
    check_lossless::<
        crate::types::CreateEnvConfigRequest,
    >(
        "{\"name\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"text\",\"env_key\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"commit\":{\"sha\":\"text\",\"message\":\"text\"},\"load_path\":\"text\"},\"auto_sync\":true,\"restart_associated_svc\":true,\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__UpdateEnvConfigRequest() {
    check_lossless::<
        crate::types::UpdateEnvConfigRequest,
    >(
        "{\"name\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"yaml_data\":\"text\",\"product_name\":\"text\",\"service_name\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"commit\":{\"sha\":\"text\",\"message\":\"text\"},\"load_path\":\"text\"},\"auto_sync\":true,\"restart_associated_svc\":true,\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigSummary() {
    check_lossless::<
        crate::types::EnvConfigSummary,
    >(
        "{\"name\":\"text\",\"env_name\":\"text\",\"project_name\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"update_by\":\"text\",\"update_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigDetail() {
    check_lossless::<
        crate::types::EnvConfigDetail,
    >(
        "{\"configMap_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true},\"immutable\":true,\"cm_data\":{\"key\":\"text\"}},\"secret_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true},\"secret_type\":\"text\"},\"ingress_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true},\"host_info\":\"text\",\"address\":\"text\",\"ports\":\"text\",\"error_reason\":\"text\"},\"pvc_detail\":{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true},\"status\":\"text\",\"volume\":\"text\",\"access_modes\":\"text\",\"storage_class\":\"text\",\"capacity\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigMapDetail() {
    check_lossless::<
        crate::types::EnvConfigMapDetail,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true},\"immutable\":true,\"cm_data\":{\"key\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvSecretDetail() {
    check_lossless::<
        crate::types::EnvSecretDetail,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true},\"secret_type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvIngressDetail() {
    check_lossless::<
        crate::types::EnvIngressDetail,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true},\"host_info\":\"text\",\"address\":\"text\",\"ports\":\"text\",\"error_reason\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvPvcDetail() {
    check_lossless::<
        crate::types::EnvPvcDetail,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"env_key\":\"text\",\"common_env_cfg_type\":\"ConfigMap\",\"created_by\":\"text\",\"created_time\":7,\"update_by\":\"text\",\"update_time\":7,\"yaml_data\":\"text\",\"services\":[\"text\"],\"source_detail\":{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true},\"status\":\"text\",\"volume\":\"text\",\"access_modes\":\"text\",\"storage_class\":\"text\",\"capacity\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigSource() {
    check_lossless::<
        crate::types::EnvConfigSource,
    >(
        "{\"git_repo_config\":{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"]},\"load_path\":\"text\",\"auto_sync\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigGitRepo() {
    check_lossless::<
        crate::types::EnvConfigGitRepo,
    >(
        "{\"codehost_key\":\"text\",\"namespace\":\"text\",\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"values_paths\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigRepoSource() {
    check_lossless::<
        crate::types::EnvConfigRepoSource,
    >(
        "{\"git_repo_config\":{\"codehost_id\":7,\"owner\":\"text\",\"repo\":\"text\",\"branch\":\"text\",\"namespace\":\"text\",\"values_paths\":[\"text\"]},\"commit\":{\"sha\":\"text\",\"message\":\"text\"},\"load_path\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EnvConfigRepoCommit() {
    check_lossless::<
        crate::types::EnvConfigRepoCommit,
    >(
        "{\"sha\":\"text\",\"message\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__ScaleWorkloadRequest() {
    check_lossless::<
        crate::types::ScaleWorkloadRequest,
    >(
        "{\"project_key\":\"text\",\"env_key\":\"text\",\"workload_name\":\"text\",\"workload_type\":\"Deployment\",\"service_name\":\"text\",\"target_replicas\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__UpdateContainerImageRequest() {
    check_lossless::<
        crate::types::UpdateContainerImageRequest,
    >(
        "{\"type\":\"text\",\"product_name\":\"text\",\"env_name\":\"text\",\"service_name\":\"text\",\"name\":\"text\",\"container_name\":\"text\",\"image\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__KubeEvent() {
    check_lossless::<
        crate::types::KubeEvent,
    >(
        "{\"reason\":\"text\",\"message\":\"text\",\"first_seen\":7,\"last_seen\":7,\"count\":7,\"type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__ShareEnvReadiness() {
    check_lossless::<
        crate::types::ShareEnvReadiness,
    >(
        "{\"is_ready\":true,\"checks\":{\"namespace_has_istio_label\":true,\"virtualservice_deployed\":true,\"pods_have_istio_proxy\":true,\"workloads_ready\":true,\"workloads_have_k8s_service\":true},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__ShareEnvReadyChecks() {
    check_lossless::<
        crate::types::ShareEnvReadyChecks,
    >(
        "{\"namespace_has_istio_label\":true,\"virtualservice_deployed\":true,\"pods_have_istio_proxy\":true,\"workloads_ready\":true,\"workloads_have_k8s_service\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "environment")]
#[test]
fn lossless__EntryServiceServer() {
    check_lossless::<
        crate::types::EntryServiceServer,
    >(
        "{\"host\":\"text\",\"port_number\":7,\"port_protocol\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__StatisticsOverview() {
    check_lossless::<
        crate::types::StatisticsOverview,
    >(
        "{\"project_count\":7,\"cluster_count\":7,\"service_count\":7,\"workflow_count\":7,\"env_count\":7,\"artifact_count\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__BuildStatistics() {
    check_lossless::<
        crate::types::BuildStatistics,
    >(
        "{\"total\":7,\"success\":7,\"data\":[{\"date\":\"text\",\"success\":7,\"failure\":7,\"total\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__DailyBuildStat() {
    check_lossless::<
        crate::types::DailyBuildStat,
    >(
        "{\"date\":\"text\",\"success\":7,\"failure\":7,\"total\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__DeployStatistics() {
    check_lossless::<
        crate::types::DeployStatistics,
    >(
        "{\"total\":7,\"success\":7,\"data\":[{\"project_key\":\"text\",\"production\":true,\"success\":7,\"rollback\":7,\"failed\":7,\"timeout\":7,\"date\":\"text\",\"create_time\":7,\"update_time\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__WeeklyDeployStat() {
    check_lossless::<
        crate::types::WeeklyDeployStat,
    >(
        "{\"project_key\":\"text\",\"production\":true,\"success\":7,\"rollback\":7,\"failed\":7,\"timeout\":7,\"date\":\"text\",\"create_time\":7,\"update_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__TestStatistics() {
    check_lossless::<
        crate::types::TestStatistics,
    >(
        "{\"case_count\":7,\"exec_count\":7,\"success_count\":7,\"average_runtime\":7,\"data\":[{\"date\":\"text\",\"success_count\":7,\"timeout_count\":7,\"failed_count\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__DailyTestStat() {
    check_lossless::<
        crate::types::DailyTestStat,
    >(
        "{\"date\":\"text\",\"success_count\":7,\"timeout_count\":7,\"failed_count\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__ReleaseStatistics() {
    check_lossless::<
        crate::types::ReleaseStatistics,
    >(
        "{\"total\":7,\"success_count\":7,\"daily_stat\":[{\"date\":\"text\",\"total\":7,\"success_count\":7,\"fail_count\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__DailyReleaseStat() {
    check_lossless::<
        crate::types::DailyReleaseStat,
    >(
        "{\"date\":\"text\",\"total\":7,\"success_count\":7,\"fail_count\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__RollbackStatDetail() {
    check_lossless::<
        crate::types::RollbackStatDetail,
    >(
        "{\"total\":7,\"data\":[{\"project_key\":\"text\",\"env_name\":\"text\",\"env_type\":\"zadig\",\"production\":true,\"operation_type\":\"zadig\",\"service_name\":\"text\",\"service_type\":\"helm\",\"origin_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":7},\"update_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":7},\"origin_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":7},\"update_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":7},\"create_by\":{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\"},\"create_time\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__RollbackRecord() {
    check_lossless::<
        crate::types::RollbackRecord,
    >(
        "{\"project_key\":\"text\",\"env_name\":\"text\",\"env_type\":\"zadig\",\"production\":true,\"operation_type\":\"zadig\",\"service_name\":\"text\",\"service_type\":\"helm\",\"origin_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":7},\"update_service\":{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":7},\"origin_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":7},\"update_sae_app\":{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":7},\"create_by\":{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\"},\"create_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__RollbackServiceState() {
    check_lossless::<
        crate::types::RollbackServiceState,
    >(
        "{\"service_name\":\"text\",\"release_name\":\"text\",\"containers\":[{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\"}],\"rendered_yaml\":\"text\",\"values_yaml\":\"text\",\"override_values\":\"text\",\"update_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__RollbackContainer() {
    check_lossless::<
        crate::types::RollbackContainer,
    >(
        "{\"name\":\"text\",\"type\":\"init\",\"image\":\"text\",\"image_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__RollbackSaeApp() {
    check_lossless::<
        crate::types::RollbackSaeApp,
    >(
        "{\"app_name\":\"text\",\"app_id\":\"text\",\"image_url\":\"text\",\"package_url\":\"text\",\"instances\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "insight")]
#[test]
fn lossless__OpenApiUserBriefInfo() {
    check_lossless::<
        crate::types::OpenApiUserBriefInfo,
    >(
        "{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__ProjectCreateRequest() {
    check_lossless::<
        crate::types::ProjectCreateRequest,
    >(
        "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"project_type\":\"yaml\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__ProjectInitializeRequest() {
    check_lossless::<
        crate::types::ProjectInitializeRequest,
    >(
        "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"description\":\"text\",\"service_list\":[{\"source\":\"template\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\"}],\"env_list\":[{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__ProjectServiceDefinition() {
    check_lossless::<
        crate::types::ProjectServiceDefinition,
    >(
        "{\"source\":\"template\",\"service_name\":\"text\",\"template_name\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"auto_sync\":true,\"yaml\":\"text\",\"values_yaml\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__ProjectEnvDefinition() {
    check_lossless::<
        crate::types::ProjectEnvDefinition,
    >(
        "{\"env_key\":\"text\",\"cluster_name\":\"text\",\"namespace\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__ProjectList() {
    check_lossless::<
        crate::types::ProjectList,
    >(
        "{\"total\":7,\"projects\":[{\"project_name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"deploy_type\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__ProjectBrief() {
    check_lossless::<
        crate::types::ProjectBrief,
    >(
        "{\"project_name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"deploy_type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__ProjectDetail() {
    check_lossless::<
        crate::types::ProjectDetail,
    >(
        "{\"project_name\":\"text\",\"project_key\":\"text\",\"is_public\":true,\"desc\":\"text\",\"deploy_type\":\"text\",\"create_time\":7,\"created_by\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__ProjectGlobalVariables() {
    check_lossless::<
        crate::types::ProjectGlobalVariables,
    >(
        "{\"variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"production_variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__CollaborationModeCreateRequest() {
    check_lossless::<
        crate::types::CollaborationModeCreateRequest,
    >(
        "{\"project_key\":\"text\",\"name\":\"text\",\"user_ids\":[\"text\"],\"group_ids\":[\"text\"],\"workflows\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"envs\":[{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"]}],\"recycle_day\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__CollaborationModeWorkflow() {
    check_lossless::<
        crate::types::CollaborationModeWorkflow,
    >(
        "{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "project")]
#[test]
fn lossless__CollaborationModeEnv() {
    check_lossless::<
        crate::types::CollaborationModeEnv,
    >(
        "{\"name\":\"text\",\"collaboration_type\":\"share\",\"verbs\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "registry")]
#[test]
fn lossless__OpenApiCreateRegistryReq() {
    check_lossless::<
        crate::types::OpenApiCreateRegistryReq,
    >(
        "{\"address\":\"text\",\"provider\":\"native\",\"namespace\":\"text\",\"is_default\":true,\"access_key\":\"text\",\"secret_key\":\"text\",\"enable_tls\":true,\"region\":\"text\",\"tls_cert\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "registry")]
#[test]
fn lossless__OpenApiRegistry() {
    check_lossless::<
        crate::types::OpenApiRegistry,
    >(
        "{\"registry_id\":\"text\",\"address\":\"text\",\"provider\":\"text\",\"region\":\"text\",\"namespace\":\"text\",\"is_default\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__ReleasePlanList() {
    check_lossless::<
        crate::types::ReleasePlanList,
    >(
        "{\"list\":[{\"id\":\"text\",\"name\":\"text\",\"index\":7,\"manager\":\"text\",\"description\":\"text\",\"create_time\":7,\"created_by\":\"text\"}],\"total\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__ReleasePlanSummary() {
    check_lossless::<
        crate::types::ReleasePlanSummary,
    >(
        "{\"id\":\"text\",\"name\":\"text\",\"index\":7,\"manager\":\"text\",\"description\":\"text\",\"create_time\":7,\"created_by\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__ReleasePlan() {
    check_lossless::<
        crate::types::ReleasePlan,
    >(
        "{\"id\":\"text\",\"index\":7,\"version\":7,\"name\":\"text\",\"manager\":\"text\",\"manager_id\":\"text\",\"approver_id\":\"text\",\"start_time\":7,\"end_time\":7,\"schedule_execute_time\":7,\"description\":\"text\",\"created_by\":\"text\",\"create_time\":7,\"updated_by\":\"text\",\"update_time\":7,\"jira_sprint_association\":{\"jira_id\":\"text\",\"sprints\":[{\"project_name\":\"text\",\"project_key\":\"text\",\"board_id\":7,\"sprint_id\":7,\"sprint_name\":\"text\"}]},\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[],\"open_id_list\":[],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\"}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"instance_id\":\"text\"}},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"text\",\"spec\":{\"any\":[\"json\",1]},\"manager\":\"text\",\"manager_id\":\"text\",\"status\":\"todo\",\"last_status\":\"todo\",\"updated\":true,\"executed_by\":\"text\",\"executed_time\":7}],\"status\":\"planning\",\"planning_time\":7,\"finish_planning_time\":7,\"approval_time\":7,\"executing_time\":7,\"success_time\":7,\"instance_code\":\"text\",\"hook_settings\":{\"enable\":true,\"enable_call_back\":true,\"hook_events\":[\"finish_planning\"]},\"wait_for_finish_planning_external_check_time\":7,\"wait_for_approve_external_check_time\":7,\"wait_for_execute_external_check_time\":7,\"wait_for_all_done_external_check_time\":7,\"external_check_failed_reason\":\"text\",\"callback_description\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__CreateReleasePlanRequest() {
    check_lossless::<
        crate::types::CreateReleasePlanRequest,
    >(
        "{\"name\":\"text\",\"manager\":\"text\",\"manager_identity_type\":\"text\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"schedule_execute_time\":7,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[],\"open_id_list\":[],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\"}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"instance_id\":\"text\"}},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__CreateReleasePlanResponse() {
    check_lossless::<
        crate::types::CreateReleasePlanResponse,
    >("{\"id\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__UpdateReleasePlanRequest() {
    check_lossless::<
        crate::types::UpdateReleasePlanRequest,
    >(
        "{\"name\":\"text\",\"manager\":\"text\",\"manager_identity_type\":\"text\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"schedule_execute_time\":7,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[],\"open_id_list\":[],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\"}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"instance_id\":\"text\"}},\"jobs\":[{\"name\":\"text\",\"type\":\"text\",\"spec\":{\"any\":[\"json\",1]}}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__ReleasePlanJob() {
    check_lossless::<
        crate::types::ReleasePlanJob,
    >(
        "{\"id\":\"text\",\"name\":\"text\",\"type\":\"text\",\"spec\":{\"any\":[\"json\",1]},\"manager\":\"text\",\"manager_id\":\"text\",\"status\":\"todo\",\"last_status\":\"todo\",\"updated\":true,\"executed_by\":\"text\",\"executed_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__ReleasePlanJobInput() {
    check_lossless::<
        crate::types::ReleasePlanJobInput,
    >(
        "{\"name\":\"text\",\"type\":\"text\",\"spec\":{\"any\":[\"json\",1]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__TextReleaseJobSpec() {
    check_lossless::<
        crate::types::TextReleaseJobSpec,
    >(
        "{\"content\":\"text\",\"remark\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__WorkflowReleaseJobSpec() {
    check_lossless::<
        crate::types::WorkflowReleaseJobSpec,
    >(
        "{\"workflow_key\":\"text\",\"project_key\":\"text\",\"parameters\":[{\"name\":\"text\",\"type\":\"string\",\"value\":\"text\",\"repo\":{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}}],\"inputs\":[{\"job_name\":\"text\",\"parameters\":{\"registry\":\"text\",\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[],\"inputs\":[]}]},\"job_type\":\"zadig-build\"}],\"remark\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__ReleasePlanHookSettings() {
    check_lossless::<
        crate::types::ReleasePlanHookSettings,
    >(
        "{\"enable\":true,\"enable_call_back\":true,\"hook_events\":[\"finish_planning\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__ReleasePlanJiraSprintAssociation() {
    check_lossless::<
        crate::types::ReleasePlanJiraSprintAssociation,
    >(
        "{\"jira_id\":\"text\",\"sprints\":[{\"project_name\":\"text\",\"project_key\":\"text\",\"board_id\":7,\"sprint_id\":7,\"sprint_name\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "release_plan")]
#[test]
fn lossless__ReleasePlanJiraSprint() {
    check_lossless::<
        crate::types::ReleasePlanJiraSprint,
    >(
        "{\"project_name\":\"text\",\"project_key\":\"text\",\"board_id\":7,\"sprint_id\":7,\"sprint_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceBrief() {
    check_lossless::<
        crate::types::ServiceBrief,
    >(
        "{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceContainerBrief() {
    check_lossless::<
        crate::types::ServiceContainerBrief,
    >(
        "{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceDetail() {
    check_lossless::<
        crate::types::ServiceDetail,
    >(
        "{\"service_name\":\"text\",\"source\":\"text\",\"type\":\"text\",\"template_name\":\"text\",\"created_by\":\"text\",\"created_time\":7,\"yaml\":\"text\",\"containers\":[{\"name\":\"text\",\"image\":\"text\",\"image_name\":\"text\",\"type\":\"init\",\"image_path\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"},\"imagePath\":{\"repo\":\"text\",\"namespace\":\"text\",\"image\":\"text\",\"tag\":\"text\"}}],\"service_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceLabel() {
    check_lossless::<
        crate::types::ServiceLabel,
    >(
        "{\"id\":\"text\",\"label_id\":\"text\",\"key\":\"text\",\"value\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceFromYamlTemplateRequest() {
    check_lossless::<
        crate::types::ServiceFromYamlTemplateRequest,
    >(
        "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"variable_yaml\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__RawYamlServiceRequest() {
    check_lossless::<
        crate::types::RawYamlServiceRequest,
    >(
        "{\"service_name\":\"text\",\"production\":true,\"yaml\":\"text\",\"variable_yaml\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceConfigUpdate() {
    check_lossless::<
        crate::types::ServiceConfigUpdate,
    >(
        "{\"project_name\":\"text\",\"service_name\":\"text\",\"type\":\"text\",\"yaml\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceVariablesUpdate() {
    check_lossless::<
        crate::types::ServiceVariablesUpdate,
    >(
        "{\"service_variable_kvs\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]},\"type\":\"string\",\"options\":[\"text\"],\"desc\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceFromCodeHostRequest() {
    check_lossless::<
        crate::types::ServiceFromCodeHostRequest,
    >(
        "{\"product_name\":\"text\",\"service_paths\":[{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ServiceLoadPath() {
    check_lossless::<
        crate::types::ServiceLoadPath,
    >(
        "{\"service_name\":\"text\",\"path\":\"text\",\"is_dir\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__HelmServiceLoadRequest() {
    check_lossless::<
        crate::types::HelmServiceLoadRequest,
    >(
        "{\"source\":\"repo\",\"name\":\"text\",\"createFrom\":{\"any\":[\"json\",1]},\"production\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__HelmServiceLoadResult() {
    check_lossless::<
        crate::types::HelmServiceLoadResult,
    >(
        "{\"successServices\":[\"text\"],\"failedServices\":[{\"path\":\"text\",\"error\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__HelmServiceLoadFailure() {
    check_lossless::<
        crate::types::HelmServiceLoadFailure,
    >(
        "{\"path\":\"text\",\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__HelmServiceFromTemplateRequest() {
    check_lossless::<
        crate::types::HelmServiceFromTemplateRequest,
    >(
        "{\"production\":true,\"service_name\":\"text\",\"project_key\":\"text\",\"template_name\":\"text\",\"auto_sync\":true,\"values_yaml\":\"text\",\"variables\":[{\"key\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ChartTemplateList() {
    check_lossless::<
        crate::types::ChartTemplateList,
    >(
        "{\"system_variables\":[{\"key\":\"text\",\"description\":\"text\"}],\"chart_templates\":[{\"name\":\"text\",\"codehost_id\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"path\":\"text\",\"branch\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ChartTemplateVariable() {
    check_lossless::<
        crate::types::ChartTemplateVariable,
    >(
        "{\"key\":\"text\",\"description\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "service")]
#[test]
fn lossless__ChartTemplate() {
    check_lossless::<
        crate::types::ChartTemplate,
    >(
        "{\"name\":\"text\",\"codehost_id\":7,\"owner\":\"text\",\"namespace\":\"text\",\"repo\":\"text\",\"path\":\"text\",\"branch\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "system")]
#[test]
fn lossless__SystemOperationLogList() {
    check_lossless::<
        crate::types::SystemOperationLogList,
    >(
        "{\"operation_logs\":[{\"username\":\"text\",\"project_key\":\"text\",\"method\":\"text\",\"function\":\"text\",\"scene\":\"text\",\"targets\":[\"text\"],\"detail\":\"text\",\"request_body\":\"text\",\"body_type\":\"json\",\"status\":7,\"created_at\":7}],\"total\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "system")]
#[test]
fn lossless__SystemOperationLog() {
    check_lossless::<
        crate::types::SystemOperationLog,
    >(
        "{\"username\":\"text\",\"project_key\":\"text\",\"method\":\"text\",\"function\":\"text\",\"scene\":\"text\",\"targets\":[\"text\"],\"detail\":\"text\",\"request_body\":\"text\",\"body_type\":\"json\",\"status\":7,\"created_at\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "system")]
#[test]
fn lossless__CliContext() {
    check_lossless::<
        crate::types::CliContext,
    >(
        "{\"user\":{\"uid\":\"text\",\"name\":\"text\",\"account\":\"text\",\"identity_type\":\"text\"},\"request_id\":\"text\",\"edition\":\"text\",\"license_status\":\"text\",\"features\":[\"text\"],\"server_version\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "system")]
#[test]
fn lossless__CliUser() {
    check_lossless::<
        crate::types::CliUser,
    >(
        "{\"uid\":\"text\",\"name\":\"text\",\"account\":\"text\",\"identity_type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "test")]
#[test]
fn lossless__OpenApiTestInfo() {
    check_lossless::<
        crate::types::OpenApiTestInfo,
    >(
        "{\"project_key\":\"text\",\"test_name\":\"text\",\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"choice_option\":[\"text\"],\"required\":true,\"is_credential\":true,\"has_value\":true,\"description\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "test")]
#[test]
fn lossless__OpenApiTestInput() {
    check_lossless::<
        crate::types::OpenApiTestInput,
    >(
        "{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"choice_option\":[\"text\"],\"required\":true,\"is_credential\":true,\"has_value\":true,\"description\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "test")]
#[test]
fn lossless__OpenApiCreateTestTaskReq() {
    check_lossless::<
        crate::types::OpenApiCreateTestTaskReq,
    >(
        "{\"project_key\":\"text\",\"test_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "test")]
#[test]
fn lossless__OpenApiCreateTestTaskResp() {
    check_lossless::<
        crate::types::OpenApiCreateTestTaskResp,
    >("{\"task_id\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "test")]
#[test]
fn lossless__OpenApiTestTaskDetail() {
    check_lossless::<
        crate::types::OpenApiTestTaskDetail,
    >(
        "{\"test_name\":\"text\",\"task_id\":7,\"creator\":\"text\",\"create_time\":7,\"start_time\":7,\"end_time\":7,\"status\":\"text\",\"test_report\":{\"test_total\":7,\"failure_total\":7,\"success_total\":7,\"skiped_total\":7,\"error_total\":7,\"time\":1.5,\"test_cases\":[{\"name\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "test")]
#[test]
fn lossless__OpenApiTestReport() {
    check_lossless::<
        crate::types::OpenApiTestReport,
    >(
        "{\"test_total\":7,\"failure_total\":7,\"success_total\":7,\"skiped_total\":7,\"error_total\":7,\"time\":1.5,\"test_cases\":[{\"name\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"}}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "test")]
#[test]
fn lossless__OpenApiTestCase() {
    check_lossless::<
        crate::types::OpenApiTestCase,
    >(
        "{\"name\":\"text\",\"time\":1.5,\"failure\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"error\":{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "test")]
#[test]
fn lossless__TestCaseFailure() {
    check_lossless::<
        crate::types::TestCaseFailure,
    >(
        "{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "test")]
#[test]
fn lossless__TestCaseError() {
    check_lossless::<
        crate::types::TestCaseError,
    >(
        "{\"message\":\"text\",\"type\":\"text\",\"text\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__UserBriefList() {
    check_lossless::<
        crate::types::UserBriefList,
    >(
        "{\"users\":[{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\",\"last_login_time\":7}],\"total_count\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__UserBrief() {
    check_lossless::<
        crate::types::UserBrief,
    >(
        "{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\",\"last_login_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__UserDetail() {
    check_lossless::<
        crate::types::UserDetail,
    >(
        "{\"uid\":\"text\",\"account\":\"text\",\"name\":\"text\",\"identity_type\":\"text\",\"email\":\"text\",\"phone\":\"text\",\"last_login_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__UserGroupList() {
    check_lossless::<
        crate::types::UserGroupList,
    >(
        "{\"group_list\":[{\"id\":\"text\",\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"system_role_names\":[\"text\"],\"user_total\":7}],\"total\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__UserGroup() {
    check_lossless::<
        crate::types::UserGroup,
    >(
        "{\"id\":\"text\",\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"system_role_names\":[\"text\"],\"user_total\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__PermissionResourceDefinition() {
    check_lossless::<
        crate::types::PermissionResourceDefinition,
    >(
        "{\"resource\":\"text\",\"alias\":\"text\",\"rules\":[{\"action\":\"text\",\"alias\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__PermissionAction() {
    check_lossless::<
        crate::types::PermissionAction,
    >(
        "{\"action\":\"text\",\"alias\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__ProjectRole() {
    check_lossless::<
        crate::types::ProjectRole,
    >(
        "{\"id\":7,\"name\":\"text\",\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__ProjectRoleDetail() {
    check_lossless::<
        crate::types::ProjectRoleDetail,
    >(
        "{\"id\":7,\"name\":\"text\",\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true,\"rules\":[{\"resource\":\"text\",\"verbs\":[\"text\"]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__RoleResourceActions() {
    check_lossless::<
        crate::types::RoleResourceActions,
    >(
        "{\"resource\":\"text\",\"verbs\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__ProjectRoleRequest() {
    check_lossless::<
        crate::types::ProjectRoleRequest,
    >(
        "{\"name\":\"text\",\"actions\":[\"text\"],\"namespace\":\"text\",\"desc\":\"text\",\"type\":\"text\",\"global_read_only\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__RoleBindingInfo() {
    check_lossless::<
        crate::types::RoleBindingInfo,
    >(
        "{\"binding_type\":\"text\",\"user_info\":{\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\",\"identity_type\":\"text\"},\"group_info\":{\"group_id\":\"text\",\"name\":\"text\",\"user_infos\":[{\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\",\"identity_type\":\"text\"}]},\"roles\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__RoleBindingUser() {
    check_lossless::<
        crate::types::RoleBindingUser,
    >(
        "{\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\",\"identity_type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__RoleBindingGroup() {
    check_lossless::<
        crate::types::RoleBindingGroup,
    >(
        "{\"group_id\":\"text\",\"name\":\"text\",\"user_infos\":[{\"uid\":\"text\",\"account\":\"text\",\"username\":\"text\",\"identity_type\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__CreateRoleBindingsRequest() {
    check_lossless::<
        crate::types::CreateRoleBindingsRequest,
    >(
        "{\"identities\":[{\"identity_type\":\"user\",\"uid\":\"text\",\"gid\":\"text\"}],\"role\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__RoleBindingIdentity() {
    check_lossless::<
        crate::types::RoleBindingIdentity,
    >(
        "{\"identity_type\":\"user\",\"uid\":\"text\",\"gid\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "user")]
#[test]
fn lossless__UpdateRoleBindingsRequest() {
    check_lossless::<
        crate::types::UpdateRoleBindingsRequest,
    >("{\"roles\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowList() {
    check_lossless::<
        crate::types::WorkflowList,
    >(
        "{\"workflows\":[{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"type\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowSummary() {
    check_lossless::<
        crate::types::WorkflowSummary,
    >(
        "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"update_by\":\"text\",\"update_time\":7,\"type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowDetail() {
    check_lossless::<
        crate::types::WorkflowDetail,
    >(
        "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":7,\"updated_by\":\"text\",\"update_time\":7,\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\"}],\"flat_approve_users\":[{\"type\":\"text\"}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[],\"approve_users\":[],\"cc_users\":[],\"cc_groups\":[],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[],\"timeline\":[],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[],\"userid\":[]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[],\"userid\":[]}],\"instance_id\":\"text\"}},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[]},\"service_modules\":[{\"code_info\":[],\"artifacts\":[]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"notify_type\":[],\"lark_at_users\":[]}]}]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"concurrency_limit\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowParam() {
    check_lossless::<
        crate::types::WorkflowParam,
    >(
        "{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowStage() {
    check_lossless::<
        crate::types::WorkflowStage,
    >(
        "{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[],\"open_id_list\":[],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\"}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[],\"enable_commit\":true,\"hidden\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[],\"dynamic_recipients\":[],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[],\"dynamic_recipients\":[]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[],\"dynamic_recipients\":[],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[],\"dynamic_recipients\":[],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[],\"dynamic_recipients\":[]},\"mail_notification_config\":{\"target_users\":[],\"dynamic_recipients\":[]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\"}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"is_at_all\":true}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowDetailStage() {
    check_lossless::<
        crate::types::WorkflowDetailStage,
    >(
        "{\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[],\"open_id_list\":[],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\"}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"instance_id\":\"text\"}},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[],\"enable_commit\":true,\"hidden\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[],\"dynamic_recipients\":[],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[],\"dynamic_recipients\":[]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[],\"dynamic_recipients\":[],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[],\"dynamic_recipients\":[],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[],\"dynamic_recipients\":[]},\"mail_notification_config\":{\"target_users\":[],\"dynamic_recipients\":[]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\"}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"is_at_all\":true}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__StageManualExec() {
    check_lossless::<
        crate::types::StageManualExec,
    >(
        "{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowJob() {
    check_lossless::<
        crate::types::WorkflowJob,
    >(
        "{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}]},\"service_modules\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"artifacts\":[\"text\"]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__JobErrorPolicy() {
    check_lossless::<
        crate::types::JobErrorPolicy,
    >(
        "{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__JobExecutePolicy() {
    check_lossless::<
        crate::types::JobExecutePolicy,
    >(
        "{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__JobExecuteRule() {
    check_lossless::<
        crate::types::JobExecuteRule,
    >(
        "{\"field\":\"text\",\"verb\":\"text\",\"value\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowServiceModule() {
    check_lossless::<
        crate::types::WorkflowServiceModule,
    >(
        "{\"service_name\":\"text\",\"service_module\":\"text\",\"code_info\":[{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"artifacts\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowShareStorage() {
    check_lossless::<
        crate::types::WorkflowShareStorage,
    >(
        "{\"name\":\"text\",\"path\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowNotifyCtl() {
    check_lossless::<
        crate::types::WorkflowNotifyCtl,
    >(
        "{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyLarkGroupConfig() {
    check_lossless::<
        crate::types::NotifyLarkGroupConfig,
    >(
        "{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyLarkPersonConfig() {
    check_lossless::<
        crate::types::NotifyLarkPersonConfig,
    >(
        "{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyLarkHookConfig() {
    check_lossless::<
        crate::types::NotifyLarkHookConfig,
    >(
        "{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyWechatConfig() {
    check_lossless::<
        crate::types::NotifyWechatConfig,
    >(
        "{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyDingDingConfig() {
    check_lossless::<
        crate::types::NotifyDingDingConfig,
    >(
        "{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyMsTeamsConfig() {
    check_lossless::<
        crate::types::NotifyMsTeamsConfig,
    >(
        "{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyMailConfig() {
    check_lossless::<
        crate::types::NotifyMailConfig,
    >(
        "{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"dynamic_recipients\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyWebhookConfig() {
    check_lossless::<
        crate::types::NotifyWebhookConfig,
    >(
        "{\"address\":\"text\",\"token\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__LarkChat() {
    check_lossless::<
        crate::types::LarkChat,
    >(
        "{\"chat_id\":\"text\",\"chat_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTaskList() {
    check_lossless::<
        crate::types::WorkflowTaskList,
    >(
        "{\"total\":7,\"workflow_tasks\":[{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"task_id\":7,\"task_creator\":\"text\",\"create_time\":7,\"start_time\":7,\"end_time\":7,\"stages\":[{\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"approve_users\":[],\"flat_approve_users\":[],\"needed_approvers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"approval_nodes\":[],\"instance_code\":\"text\",\"approve_users\":[]},\"dingtalk_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"approval_nodes\":[],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"approval_nodes\":[],\"approval_node_details\":[],\"instance_id\":\"text\"}},\"jobs\":[{\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"run_policy\":\"\",\"service_modules\":[]}]}],\"status\":\"disabled\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTaskSummary() {
    check_lossless::<
        crate::types::WorkflowTaskSummary,
    >(
        "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"task_id\":7,\"task_creator\":\"text\",\"create_time\":7,\"start_time\":7,\"end_time\":7,\"stages\":[{\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\"}],\"flat_approve_users\":[{\"type\":\"text\"}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[],\"approve_users\":[],\"cc_users\":[],\"cc_groups\":[],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[],\"timeline\":[],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[],\"userid\":[]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[],\"userid\":[]}],\"instance_id\":\"text\"}},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[]},\"service_modules\":[{\"code_info\":[],\"artifacts\":[]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"notify_type\":[],\"lark_at_users\":[]}]}]}],\"status\":\"disabled\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTaskDetail() {
    check_lossless::<
        crate::types::WorkflowTaskDetail,
    >(
        "{\"task_id\":7,\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"status\":\"disabled\",\"reverted\":true,\"remark\":\"text\",\"task_creator\":\"text\",\"task_revoker\":\"text\",\"create_time\":7,\"start_time\":7,\"end_time\":7,\"stages\":[{\"name\":\"text\",\"status\":\"disabled\",\"start_time\":7,\"end_time\":7,\"parallel\":true,\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"approval\":{\"enabled\":true,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"timeout\":7,\"needed_approvers\":7,\"description\":\"text\",\"reject_or_approve\":\"text\"},\"jobs\":[{\"name\":\"text\",\"key\":\"text\",\"display_name\":\"text\",\"origin_name\":\"text\",\"type\":\"text\",\"status\":\"disabled\",\"reverted\":true,\"start_time\":7,\"end_time\":7,\"cost_seconds\":7,\"error\":\"text\",\"breakpoint_before\":true,\"breakpoint_after\":true,\"spec\":{\"any\":[\"json\",1]},\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[]},\"error_handler_user_id\":\"text\",\"error_handler_username\":\"text\",\"retry_count\":7,\"job_info\":{\"any\":[\"json\",1]}}],\"error\":\"text\"}],\"error\":\"text\",\"is_restart\":true,\"debug\":true,\"approval_ticket_id\":\"text\",\"approval_id\":\"text\",\"release_plan\":{\"id\":\"text\",\"name\":\"text\",\"index\":7},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTaskReleasePlanRef() {
    check_lossless::<
        crate::types::WorkflowTaskReleasePlanRef,
    >(
        "{\"id\":\"text\",\"name\":\"text\",\"index\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTaskStage() {
    check_lossless::<
        crate::types::WorkflowTaskStage,
    >(
        "{\"name\":\"text\",\"status\":\"disabled\",\"start_time\":7,\"end_time\":7,\"parallel\":true,\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"approval\":{\"enabled\":true,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"timeout\":7,\"needed_approvers\":7,\"description\":\"text\",\"reject_or_approve\":\"text\"},\"jobs\":[{\"name\":\"text\",\"key\":\"text\",\"display_name\":\"text\",\"origin_name\":\"text\",\"type\":\"text\",\"status\":\"disabled\",\"reverted\":true,\"start_time\":7,\"end_time\":7,\"cost_seconds\":7,\"error\":\"text\",\"breakpoint_before\":true,\"breakpoint_after\":true,\"spec\":{\"any\":[\"json\",1]},\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"error_handler_user_id\":\"text\",\"error_handler_username\":\"text\",\"retry_count\":7,\"job_info\":{\"any\":[\"json\",1]}}],\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTaskApproval() {
    check_lossless::<
        crate::types::WorkflowTaskApproval,
    >(
        "{\"enabled\":true,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"timeout\":7,\"needed_approvers\":7,\"description\":\"text\",\"reject_or_approve\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTaskJob() {
    check_lossless::<
        crate::types::WorkflowTaskJob,
    >(
        "{\"name\":\"text\",\"key\":\"text\",\"display_name\":\"text\",\"origin_name\":\"text\",\"type\":\"text\",\"status\":\"disabled\",\"reverted\":true,\"start_time\":7,\"end_time\":7,\"cost_seconds\":7,\"error\":\"text\",\"breakpoint_before\":true,\"breakpoint_after\":true,\"spec\":{\"any\":[\"json\",1]},\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"error_handler_user_id\":\"text\",\"error_handler_username\":\"text\",\"retry_count\":7,\"job_info\":{\"any\":[\"json\",1]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ApprovalJobTaskSpec() {
    check_lossless::<
        crate::types::ApprovalJobTaskSpec,
    >(
        "{\"timeout\":7,\"type\":\"native\",\"description\":\"text\",\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"flat_approve_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"cc_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"cc_groups\":[{\"group_id\":\"text\",\"group_name\":\"text\"}],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"status\":\"text\",\"node_id\":\"text\",\"node_name\":\"text\",\"custom_node_id\":\"text\",\"type\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[{\"id\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"comment\":\"text\",\"create_time\":\"text\",\"files\":[{}]}],\"timeline\":[{\"type\":\"text\",\"create_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"user_id_list\":[\"text\"],\"open_id_list\":[\"text\"],\"task_id\":\"text\",\"comment\":\"text\",\"cc_user_list\":[{}],\"ext\":\"text\",\"node_key\":\"text\",\"files\":[{}],\"user_name\":\"text\",\"user_avatar\":\"text\"}],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[{\"name\":\"text\",\"id\":\"text\"}],\"userid\":[\"text\"],\"status\":7,\"sub_nodes\":[{\"user_info\":{\"user_id\":\"text\"},\"speech\":\"text\",\"status\":7,\"timestamp\":7}]}],\"instance_id\":\"text\"},\"approval_message\":\"text\",\"approval_title\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ExecuteWorkflowRequest() {
    check_lossless::<
        crate::types::ExecuteWorkflowRequest,
    >(
        "{\"project_key\":\"text\",\"workflow_key\":\"text\",\"parameters\":[{\"name\":\"text\",\"type\":\"string\",\"value\":\"text\",\"repo\":{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}}],\"inputs\":[{\"job_name\":\"text\",\"parameters\":{\"registry\":\"text\",\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[],\"inputs\":[]}]},\"job_type\":\"zadig-build\"}],\"notify_inputs\":[{\"id\":7,\"type\":\"dingding\",\"enabled\":true,\"lark_hook_notification_config\":{\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_group_notification_config\":{\"chat_id\":\"text\",\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_person_notification_config\":{\"users\":[{\"id\":\"text\",\"id_type\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"dingding_notification_config\":{\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"at_users\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"user_ids\":[\"text\"],\"users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"dynamic_recipients\":[\"text\"]}}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowParameterInput() {
    check_lossless::<
        crate::types::WorkflowParameterInput,
    >(
        "{\"name\":\"text\",\"type\":\"string\",\"value\":\"text\",\"repo\":{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowRepoInput() {
    check_lossless::<
        crate::types::WorkflowRepoInput,
    >(
        "{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigBuildJobInput() {
    check_lossless::<
        crate::types::ZadigBuildJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"registry\":\"text\",\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigBuildJobParameters() {
    check_lossless::<
        crate::types::ZadigBuildJobParameters,
    >(
        "{\"registry\":\"text\",\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowServiceInput() {
    check_lossless::<
        crate::types::WorkflowServiceInput,
    >(
        "{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigDeployJobInput() {
    check_lossless::<
        crate::types::ZadigDeployJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"env_name\":\"text\",\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"image_name\":\"text\",\"value_merge_strategy\":\"reuse-values\"}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigDeployJobParameters() {
    check_lossless::<
        crate::types::ZadigDeployJobParameters,
    >(
        "{\"env_name\":\"text\",\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"image_name\":\"text\",\"value_merge_strategy\":\"reuse-values\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigDeployServiceInput() {
    check_lossless::<
        crate::types::ZadigDeployServiceInput,
    >(
        "{\"service_name\":\"text\",\"service_module\":\"text\",\"image_name\":\"text\",\"value_merge_strategy\":\"reuse-values\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__CustomDeployJobInput() {
    check_lossless::<
        crate::types::CustomDeployJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"target_list\":[{\"workload_type\":\"text\",\"workload_name\":\"text\",\"container_name\":\"text\",\"image_name\":\"text\"}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__CustomDeployJobParameters() {
    check_lossless::<
        crate::types::CustomDeployJobParameters,
    >(
        "{\"target_list\":[{\"workload_type\":\"text\",\"workload_name\":\"text\",\"container_name\":\"text\",\"image_name\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__CustomDeployTargetInput() {
    check_lossless::<
        crate::types::CustomDeployTargetInput,
    >(
        "{\"workload_type\":\"text\",\"workload_name\":\"text\",\"container_name\":\"text\",\"image_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__FreestyleJobInput() {
    check_lossless::<
        crate::types::FreestyleJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}],\"kv\":[{\"key\":\"text\",\"value\":\"text\"}],\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__FreestyleJobParameters() {
    check_lossless::<
        crate::types::FreestyleJobParameters,
    >(
        "{\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}],\"kv\":[{\"key\":\"text\",\"value\":\"text\"}],\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigTestJobInput() {
    check_lossless::<
        crate::types::ZadigTestJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}],\"testing_list\":[{\"testing_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigTestJobParameters() {
    check_lossless::<
        crate::types::ZadigTestJobParameters,
    >(
        "{\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}],\"testing_list\":[{\"testing_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigTestingInput() {
    check_lossless::<
        crate::types::ZadigTestingInput,
    >(
        "{\"testing_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigScanningJobInput() {
    check_lossless::<
        crate::types::ZadigScanningJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}],\"scanning_list\":[{\"scanning_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[],\"enable_commit\":true,\"commit_id\":\"text\"}]}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigScanningJobParameters() {
    check_lossless::<
        crate::types::ZadigScanningJobParameters,
    >(
        "{\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}],\"scanning_list\":[{\"scanning_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ZadigScanningInput() {
    check_lossless::<
        crate::types::ZadigScanningInput,
    >(
        "{\"scanning_name\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__SqlJobInput() {
    check_lossless::<
        crate::types::SqlJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"database_name\":\"text\",\"sql\":\"text\"},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__SqlJobParameters() {
    check_lossless::<
        crate::types::SqlJobParameters,
    >(
        "{\"database_name\":\"text\",\"sql\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__TapdJobInput() {
    check_lossless::<
        crate::types::TapdJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"project_id\":\"text\",\"project_name\":\"text\",\"status\":\"text\",\"iteration_ids\":[\"text\"],\"iterations\":[{\"iteration_id\":\"text\",\"iteration_name\":\"text\",\"start_date\":\"text\",\"end_date\":\"text\"}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__TapdJobParameters() {
    check_lossless::<
        crate::types::TapdJobParameters,
    >(
        "{\"project_id\":\"text\",\"project_name\":\"text\",\"status\":\"text\",\"iteration_ids\":[\"text\"],\"iterations\":[{\"iteration_id\":\"text\",\"iteration_name\":\"text\",\"start_date\":\"text\",\"end_date\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__TapdIteration() {
    check_lossless::<
        crate::types::TapdIteration,
    >(
        "{\"iteration_id\":\"text\",\"iteration_name\":\"text\",\"start_date\":\"text\",\"end_date\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ApprovalJobInput() {
    check_lossless::<
        crate::types::ApprovalJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ApprovalJobParameters() {
    check_lossless::<
        crate::types::ApprovalJobParameters,
    >("{\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__PluginJobInput() {
    check_lossless::<
        crate::types::PluginJobInput,
    >(
        "{\"job_name\":\"text\",\"parameters\":{\"kv\":[{\"key\":\"text\",\"value\":\"text\"}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__PluginJobParameters() {
    check_lossless::<
        crate::types::PluginJobParameters,
    >(
        "{\"kv\":[{\"key\":\"text\",\"value\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__NotifyInput() {
    check_lossless::<
        crate::types::NotifyInput,
    >(
        "{\"id\":7,\"type\":\"dingding\",\"enabled\":true,\"lark_hook_notification_config\":{\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_group_notification_config\":{\"chat_id\":\"text\",\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_person_notification_config\":{\"users\":[{\"id\":\"text\",\"id_type\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"dingding_notification_config\":{\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"at_users\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"user_ids\":[\"text\"],\"users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"dynamic_recipients\":[\"text\"]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__LarkHookNotificationConfig() {
    check_lossless::<
        crate::types::LarkHookNotificationConfig,
    >(
        "{\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__LarkGroupNotificationConfig() {
    check_lossless::<
        crate::types::LarkGroupNotificationConfig,
    >(
        "{\"chat_id\":\"text\",\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__LarkUserRef() {
    check_lossless::<
        crate::types::LarkUserRef,
    >(
        "{\"id\":\"text\",\"id_type\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__LarkPersonNotificationConfig() {
    check_lossless::<
        crate::types::LarkPersonNotificationConfig,
    >(
        "{\"users\":[{\"id\":\"text\",\"id_type\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WechatNotificationConfig() {
    check_lossless::<
        crate::types::WechatNotificationConfig,
    >(
        "{\"at_users\":[\"text\"],\"is_at_all\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__DingdingNotificationConfig() {
    check_lossless::<
        crate::types::DingdingNotificationConfig,
    >(
        "{\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__MsTeamsNotificationConfig() {
    check_lossless::<
        crate::types::MsTeamsNotificationConfig,
    >(
        "{\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__MailNotificationConfig() {
    check_lossless::<
        crate::types::MailNotificationConfig,
    >(
        "{\"user_ids\":[\"text\"],\"users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"dynamic_recipients\":[\"text\"],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ExecuteWorkflowResponse() {
    check_lossless::<
        crate::types::ExecuteWorkflowResponse,
    >(
        "{\"project_name\":\"text\",\"workflow_name\":\"text\",\"task_id\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ApproveWorkflowTaskRequest() {
    check_lossless::<
        crate::types::ApproveWorkflowTaskRequest,
    >(
        "{\"task_id\":7,\"workflow_key\":\"text\",\"stage_name\":\"text\",\"approve\":true,\"comment\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__UpdateWorkflowTaskRemarkRequest() {
    check_lossless::<
        crate::types::UpdateWorkflowTaskRemarkRequest,
    >("{\"remark\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTaskManualExecContext() {
    check_lossless::<
        crate::types::WorkflowTaskManualExecContext,
    >(
        "{\"project_key\":\"text\",\"workflow_key\":\"text\",\"task_id\":7,\"status\":\"disabled\",\"stage_name\":\"text\",\"can_execute\":true,\"executors\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ManualExecExecutor() {
    check_lossless::<
        crate::types::ManualExecExecutor,
    >(
        "{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ManualExecWorkflowTaskRequest() {
    check_lossless::<
        crate::types::ManualExecWorkflowTaskRequest,
    >("{\"stage_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}");
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowDefinition() {
    check_lossless::<
        crate::types::WorkflowDefinition,
    >(
        "{\"name\":\"text\",\"display_name\":\"text\",\"template_name\":\"text\",\"disabled\":true,\"category\":\"\",\"params\":[{\"name\":\"text\",\"description\":\"text\",\"type\":\"text\",\"value\":\"text\",\"repo\":{\"source\":\"text\",\"repo_owner\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"remote_name\":\"text\",\"branch\":\"text\",\"merge_branches\":[\"text\"],\"pr\":7,\"prs\":[7],\"tag\":\"text\",\"enable_commit\":true,\"commit_id\":\"text\",\"commit_message\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"hidden\":true,\"use_default\":true,\"is_primary\":true,\"codehost_id\":7,\"oauth_token\":\"text\",\"address\":\"text\",\"author_name\":\"text\",\"committer\":\"text\",\"target_branch\":\"text\",\"checkout_ref\":\"text\",\"username\":\"text\",\"password\":\"text\",\"perforce_host\":\"text\",\"perforce_port\":7,\"enable_proxy\":true,\"filter_regexp\":\"text\",\"auth_type\":\"SSH\",\"ssh_key\":\"text\",\"private_access_token\":\"text\",\"source_from\":\"\",\"param_name\":\"text\",\"job_name\":\"text\",\"service_name\":\"text\",\"service_module\":\"text\",\"repo_index\":7,\"submission_id\":\"text\",\"disable_ssl\":true,\"depot_type\":\"text\",\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7},\"choice_option\":[\"text\"],\"choice_value\":[\"text\"],\"script\":\"text\",\"call_function\":\"text\",\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\",\"default\":\"text\",\"is_credential\":true,\"source\":\"text\",\"required\":true}],\"stages\":[{\"id\":\"text\",\"name\":\"text\",\"parallel\":true,\"approval\":{\"enabled\":true,\"status\":\"disabled\",\"type\":\"native\",\"description\":\"text\",\"start_time\":7,\"end_time\":7,\"native_approval\":{\"timeout\":7,\"Timeout\":7,\"approve_users\":[{\"type\":\"text\"}],\"flat_approve_users\":[{\"type\":\"text\"}],\"needed_approvers\":7,\"NeededApprovers\":7,\"reject_or_approve\":\"\",\"instance_code\":\"text\"},\"lark_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_initiator\":{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true,\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"type\":\"START\",\"approve_node_type\":\"\",\"approve_groups\":[],\"approve_users\":[],\"cc_users\":[],\"cc_groups\":[],\"reject_or_approve\":\"\"}],\"instance_code\":\"text\",\"approval_instance\":{\"approval_name\":\"text\",\"start_time\":\"text\",\"end_time\":\"text\",\"user_id\":\"text\",\"open_id\":\"text\",\"serial_number\":\"text\",\"department_id\":\"text\",\"status\":\"text\",\"uuid\":\"text\",\"form\":\"text\",\"task_list\":[],\"modified_instance_code\":\"text\",\"reverted_instance_code\":\"text\",\"approval_code\":\"text\",\"reverted\":true,\"instance_code\":\"text\",\"comment_list\":[],\"timeline\":[],\"user_name\":\"text\",\"user_avatar\":\"text\"},\"approve_users\":[{}]},\"dingtalk_approval\":{\"timeout\":7,\"Timeout\":7,\"approval_id\":\"text\",\"default_approval_initiator\":{\"id\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7},\"approval_nodes\":[{\"approve_users\":[],\"type\":\"text\",\"reject_or_approve\":\"\"}],\"instance_code\":\"text\"},\"workwx_approval\":{\"timeout\":7,\"approval_id\":\"text\",\"creator_user\":{\"name\":\"text\",\"id\":\"text\"},\"approval_nodes\":[{\"type\":7,\"apv_rel\":7,\"users\":[],\"userid\":[]}],\"approval_node_details\":[{\"type\":7,\"apv_rel\":7,\"users\":[],\"userid\":[]}],\"instance_id\":\"text\"}},\"manual_exec\":{\"enabled\":true,\"modify_params\":true,\"excuted\":true,\"manual_exec_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"is_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"notification_sent\":true,\"manual_exector_id\":\"text\",\"manual_exector_name\":\"text\"},\"jobs\":[{\"id\":\"text\",\"name\":\"text\",\"type\":\"build\",\"skipped\":true,\"isCreate\":true,\"spec\":{\"any\":[\"json\",1]},\"run_policy\":\"\",\"error_policy\":{\"policy\":\"stop\",\"maximum_retry\":7,\"approval_users\":[]},\"execute_policy\":{\"type\":\"skip\",\"match_rule\":\"all\",\"rules\":[]},\"service_modules\":[{\"code_info\":[],\"artifacts\":[]}],\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"notify_type\":[],\"lark_at_users\":[]}]}]}],\"project\":\"text\",\"description\":\"text\",\"created_by\":\"text\",\"create_time\":7,\"updated_by\":\"text\",\"update_time\":7,\"notify_ctls\":[{\"enabled\":true,\"webhook_type\":\"dingding\",\"lark_group_notification_config\":{\"app_id\":\"text\",\"chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"lark_person_notification_config\":{\"app_id\":\"text\",\"target_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"dynamic_recipients\":[\"text\"]},\"lark_hook_notification_config\":{\"app_id\":\"text\",\"hook_address\":\"text\",\"at_users\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"wechat_notification_config\":{\"hook_address\":\"text\",\"at_users\":[\"text\"],\"is_at_all\":true},\"dingding_notification_config\":{\"hook_address\":\"text\",\"at_mobiles\":[\"text\"],\"dynamic_recipients\":[\"text\"],\"is_at_all\":true},\"msteams_notification_config\":{\"hook_address\":\"text\",\"at_emails\":[\"text\"],\"dynamic_recipients\":[\"text\"]},\"mail_notification_config\":{\"target_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"dynamic_recipients\":[\"text\"]},\"webhook_notification_config\":{\"address\":\"text\",\"token\":\"text\"},\"notify_type\":[\"text\"],\"weChat_webHook\":\"text\",\"dingding_webhook\":\"text\",\"feishu_app_id\":\"text\",\"feishu_webhook\":\"text\",\"feishu_chat\":{\"chat_id\":\"text\",\"chat_name\":\"text\"},\"mail_users\":[{\"type\":\"text\",\"user_id\":\"text\",\"user_name\":\"text\",\"group_id\":\"text\",\"group_name\":\"text\",\"reject_or_approve\":\"\",\"comment\":\"text\",\"operation_time\":7}],\"webhook_notify\":{\"address\":\"text\",\"token\":\"text\"},\"at_mobiles\":[\"text\"],\"wechat_user_ids\":[\"text\"],\"lark_user_ids\":[\"text\"],\"lark_at_users\":[{\"id\":\"text\",\"id_type\":\"text\",\"name\":\"text\",\"avatar\":\"text\",\"is_executor\":true,\"is_stage_executor\":true}],\"is_at_all\":true}],\"remark_required\":true,\"ignore_cache\":true,\"share_storages\":[{\"name\":\"text\",\"path\":\"text\"}],\"hash\":\"text\",\"concurrency_limit\":7,\"enable_approval_ticket\":true,\"approval_ticket_id\":\"text\",\"template_binding\":{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":7,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"conflict_count\":7,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\",\"value\":{\"any\":[\"json\",1]}},\"error\":\"text\"}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTemplateBinding() {
    check_lossless::<
        crate::types::WorkflowTemplateBinding,
    >(
        "{\"enabled\":true,\"template_id\":\"text\",\"template_name\":\"text\",\"base_version\":7,\"base_version_id\":\"text\",\"delta_patches\":[{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\",\"value\":{\"any\":[\"json\",1]}}],\"conflict_count\":7,\"invalid_patches\":[{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\",\"value\":{\"any\":[\"json\",1]}},\"error\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTemplatePatch() {
    check_lossless::<
        crate::types::WorkflowTemplatePatch,
    >(
        "{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\",\"value\":{\"any\":[\"json\",1]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowTemplateInvalidPatch() {
    check_lossless::<
        crate::types::WorkflowTemplateInvalidPatch,
    >(
        "{\"patch\":{\"op\":\"text\",\"path\":\"text\",\"from\":\"text\",\"value\":{\"any\":[\"json\",1]}},\"error\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowView() {
    check_lossless::<
        crate::types::WorkflowView,
    >(
        "{\"name\":\"text\",\"project_key\":\"text\",\"workflows\":[{\"workflow_key\":\"text\",\"workflow_type\":\"text\"}],\"update_time\":7,\"update_by\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowViewWorkflow() {
    check_lossless::<
        crate::types::WorkflowViewWorkflow,
    >(
        "{\"workflow_key\":\"text\",\"workflow_type\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__CreateWorkflowViewRequest() {
    check_lossless::<
        crate::types::CreateWorkflowViewRequest,
    >(
        "{\"project_key\":\"text\",\"name\":\"text\",\"workflow_list\":[{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"workflow_type\":\"custom\",\"enabled\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowViewEntry() {
    check_lossless::<
        crate::types::WorkflowViewEntry,
    >(
        "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"workflow_type\":\"custom\",\"enabled\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__UpdateWorkflowViewRequest() {
    check_lossless::<
        crate::types::UpdateWorkflowViewRequest,
    >(
        "{\"project_key\":\"text\",\"name\":\"text\",\"workflow_list\":[{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"workflow_type\":\"custom\",\"enabled\":true}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__WorkflowViewUpdateEntry() {
    check_lossless::<
        crate::types::WorkflowViewUpdateEntry,
    >(
        "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"workflow_type\":\"custom\",\"enabled\":true,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__CreateApprovalTicketRequest() {
    check_lossless::<
        crate::types::CreateApprovalTicketRequest,
    >(
        "{\"id\":\"text\",\"project_key\":\"text\",\"approval_id\":\"text\",\"status\":7,\"envs\":[\"text\"],\"services\":[{\"service_name\":\"text\",\"service_module\":\"text\"}],\"users\":[{\"name\":\"text\",\"email\":\"text\"}],\"execution_window_start\":7,\"execution_window_end\":7,\"create_time\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ApprovalTicketUser() {
    check_lossless::<
        crate::types::ApprovalTicketUser,
    >(
        "{\"name\":\"text\",\"email\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ExecuteProductWorkflowRequest() {
    check_lossless::<
        crate::types::ExecuteProductWorkflowRequest,
    >(
        "{\"workflow_key\":\"text\",\"project_key\":\"text\",\"input\":{\"target_env\":\"text\",\"build\":{\"enabled\":true,\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\"}]}]},\"deploy\":{\"enabled\":true,\"source\":\"text\",\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"image_name\":\"text\"}]}},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ProductWorkflowInput() {
    check_lossless::<
        crate::types::ProductWorkflowInput,
    >(
        "{\"target_env\":\"text\",\"build\":{\"enabled\":true,\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}]},\"deploy\":{\"enabled\":true,\"source\":\"text\",\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"image_name\":\"text\"}]},\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ProductWorkflowBuildInput() {
    check_lossless::<
        crate::types::ProductWorkflowBuildInput,
    >(
        "{\"enabled\":true,\"service_list\":[{\"service_name\":\"text\",\"service_module\":\"text\",\"repo_info\":[{\"codehost_name\":\"text\",\"repo_namespace\":\"text\",\"repo_name\":\"text\",\"branch\":\"text\",\"pr\":7,\"prs\":[7],\"enable_commit\":true,\"commit_id\":\"text\",\"remote_name\":\"text\",\"checkout_path\":\"text\",\"submodules\":true,\"stream\":\"text\",\"view_mapping\":\"text\",\"changelist_id\":7,\"shelve_id\":7}],\"inputs\":[{\"key\":\"text\",\"value\":\"text\",\"type\":\"text\",\"is_credential\":true,\"file_id\":\"text\",\"file_name\":\"text\",\"file_path\":\"text\"}]}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ProductWorkflowDeployInput() {
    check_lossless::<
        crate::types::ProductWorkflowDeployInput,
    >(
        "{\"enabled\":true,\"source\":\"text\",\"service_list\":[{\"service_module\":\"text\",\"service_name\":\"text\",\"image_name\":\"text\"}],\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ProductWorkflowDeployService() {
    check_lossless::<
        crate::types::ProductWorkflowDeployService,
    >(
        "{\"service_module\":\"text\",\"service_name\":\"text\",\"image_name\":\"text\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ProductWorkflowTaskCreated() {
    check_lossless::<
        crate::types::ProductWorkflowTaskCreated,
    >(
        "{\"project_name\":\"text\",\"pipeline_name\":\"text\",\"task_id\":7,\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ProductWorkflowTaskBrief() {
    check_lossless::<
        crate::types::ProductWorkflowTaskBrief,
    >(
        "{\"workflow_key\":\"text\",\"project_key\":\"text\",\"task_id\":7,\"create_time\":7,\"task_creator\":\"text\",\"start_time\":7,\"end_time\":7,\"status\":\"disabled\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
#[cfg(feature = "workflow")]
#[test]
fn lossless__ProductWorkflowTaskDetail() {
    check_lossless::<
        crate::types::ProductWorkflowTaskDetail,
    >(
        "{\"workflow_key\":\"text\",\"workflow_name\":\"text\",\"project_key\":\"text\",\"task_id\":7,\"create_time\":7,\"task_creator\":\"text\",\"start_time\":7,\"end_time\":7,\"status\":\"disabled\",\"x_not_in_the_spec\":{\"kept\":[1,\"two\",true]}}",
    );
}
