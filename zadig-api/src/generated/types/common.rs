// @generated from spec/common.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Common types API.
//!
//! Small types that several API modules share: key/value pairs, code repository descriptions and similar building blocks.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// A plain key and its string value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KeyValue {
    /// Name of the entry.
    #[serde(rename = "key")]
    pub key: String,
    /// Value of the entry.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl KeyValue {
    /// Creates a `KeyValue` from its required fields; optional fields start as `None`.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: None,
        }
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
/// A code repository as Zadig reports it (source, owner, branch, commit, ...).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Repository {
    /// Kind of code host, e.g. gitee, gitlab, github.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Owner of the repository.
    #[serde(rename = "repo_owner", default, skip_serializing_if = "Option::is_none")]
    pub repo_owner: Option<String>,
    /// Organisation or user namespace that holds the repository.
    #[serde(rename = "repo_namespace", default, skip_serializing_if = "Option::is_none")]
    pub repo_namespace: Option<String>,
    /// Name of the repository.
    #[serde(rename = "repo_name", default, skip_serializing_if = "Option::is_none")]
    pub repo_name: Option<String>,
    /// Git remote name, usually origin.
    #[serde(rename = "remote_name", default, skip_serializing_if = "Option::is_none")]
    pub remote_name: Option<String>,
    /// Branch that is used.
    #[serde(rename = "branch", default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Commit that was checked out.
    #[serde(rename = "commit_id", default, skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// Message of that commit.
    #[serde(rename = "commit_message", default, skip_serializing_if = "Option::is_none")]
    pub commit_message: Option<String>,
    /// Author of that commit.
    #[serde(rename = "author_name", default, skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    /// Whether the repository is hidden in the UI.
    #[serde(rename = "hidden", default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// Whether this is the primary repository of the build.
    #[serde(rename = "is_primary", default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Numeric id of the code host integration.
    #[serde(rename = "codehost_id", default, skip_serializing_if = "Option::is_none")]
    pub codehost_id: Option<i64>,
    /// Access token of the code host (usually empty).
    #[serde(rename = "oauth_token", default, skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// Base address of the code host.
    #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Where the repository setting comes from.
    #[serde(rename = "source_from", default, skip_serializing_if = "Option::is_none")]
    pub source_from: Option<String>,
    /// Name of the workflow parameter the repository is bound to.
    #[serde(rename = "param_name", default, skip_serializing_if = "Option::is_none")]
    pub param_name: Option<String>,
    /// Job whose repository this one follows.
    #[serde(rename = "job_name", default, skip_serializing_if = "Option::is_none")]
    pub job_name: Option<String>,
    /// Service the repository belongs to.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Service component the repository belongs to.
    #[serde(rename = "service_module", default, skip_serializing_if = "Option::is_none")]
    pub service_module: Option<String>,
    /// Position of the repository in its list.
    #[serde(rename = "repo_index", default, skip_serializing_if = "Option::is_none")]
    pub repo_index: Option<i64>,
    /// Submission id (used by some code hosts).
    #[serde(rename = "submission_id", default, skip_serializing_if = "Option::is_none")]
    pub submission_id: Option<String>,
}
impl Repository {
    /// Creates an empty `Repository`; every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            repo_owner: None,
            repo_namespace: None,
            repo_name: None,
            remote_name: None,
            branch: None,
            commit_id: None,
            commit_message: None,
            author_name: None,
            hidden: None,
            is_primary: None,
            codehost_id: None,
            oauth_token: None,
            address: None,
            source_from: None,
            param_name: None,
            job_name: None,
            service_name: None,
            service_module: None,
            repo_index: None,
            submission_id: None,
        }
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `repo_owner` and returns the value, for chaining.
    pub fn with_repo_owner(mut self, value: impl Into<String>) -> Self {
        self.repo_owner = Some(value.into());
        self
    }
    /// Sets `repo_namespace` and returns the value, for chaining.
    pub fn with_repo_namespace(mut self, value: impl Into<String>) -> Self {
        self.repo_namespace = Some(value.into());
        self
    }
    /// Sets `repo_name` and returns the value, for chaining.
    pub fn with_repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = Some(value.into());
        self
    }
    /// Sets `remote_name` and returns the value, for chaining.
    pub fn with_remote_name(mut self, value: impl Into<String>) -> Self {
        self.remote_name = Some(value.into());
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = Some(value.into());
        self
    }
    /// Sets `commit_id` and returns the value, for chaining.
    pub fn with_commit_id(mut self, value: impl Into<String>) -> Self {
        self.commit_id = Some(value.into());
        self
    }
    /// Sets `commit_message` and returns the value, for chaining.
    pub fn with_commit_message(mut self, value: impl Into<String>) -> Self {
        self.commit_message = Some(value.into());
        self
    }
    /// Sets `author_name` and returns the value, for chaining.
    pub fn with_author_name(mut self, value: impl Into<String>) -> Self {
        self.author_name = Some(value.into());
        self
    }
    /// Sets `hidden` and returns the value, for chaining.
    pub fn with_hidden(mut self, value: bool) -> Self {
        self.hidden = Some(value);
        self
    }
    /// Sets `is_primary` and returns the value, for chaining.
    pub fn with_is_primary(mut self, value: bool) -> Self {
        self.is_primary = Some(value);
        self
    }
    /// Sets `codehost_id` and returns the value, for chaining.
    pub fn with_codehost_id(mut self, value: i64) -> Self {
        self.codehost_id = Some(value);
        self
    }
    /// Sets `oauth_token` and returns the value, for chaining.
    pub fn with_oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets `address` and returns the value, for chaining.
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `source_from` and returns the value, for chaining.
    pub fn with_source_from(mut self, value: impl Into<String>) -> Self {
        self.source_from = Some(value.into());
        self
    }
    /// Sets `param_name` and returns the value, for chaining.
    pub fn with_param_name(mut self, value: impl Into<String>) -> Self {
        self.param_name = Some(value.into());
        self
    }
    /// Sets `job_name` and returns the value, for chaining.
    pub fn with_job_name(mut self, value: impl Into<String>) -> Self {
        self.job_name = Some(value.into());
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = Some(value.into());
        self
    }
    /// Sets `repo_index` and returns the value, for chaining.
    pub fn with_repo_index(mut self, value: i64) -> Self {
        self.repo_index = Some(value);
        self
    }
    /// Sets `submission_id` and returns the value, for chaining.
    pub fn with_submission_id(mut self, value: impl Into<String>) -> Self {
        self.submission_id = Some(value.into());
        self
    }
}
/// Approval settings of a workflow stage or release plan, and their state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Approval {
    /// Whether an approval is required.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Current state of the approval.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Who handles the approval, e.g. native, lark, dingtalk.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Text shown to the approvers.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Settings when Zadig itself handles the approval.
    #[serde(
        rename = "native_approval",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub native_approval: Option<NativeApproval>,
    /// Settings when Feishu (Lark) handles the approval.
    #[serde(rename = "lark_approval", default, skip_serializing_if = "Option::is_none")]
    pub lark_approval: Option<LarkApproval>,
    /// Settings when DingTalk handles the approval.
    #[serde(
        rename = "dingtalk_approval",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dingtalk_approval: Option<DingTalkApproval>,
}
impl Approval {
    /// Creates an empty `Approval`; every field is optional.
    pub fn new() -> Self {
        Self {
            enabled: None,
            status: None,
            r#type: None,
            description: None,
            native_approval: None,
            lark_approval: None,
            dingtalk_approval: None,
        }
    }
    /// Sets `enabled` and returns the value, for chaining.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `native_approval` and returns the value, for chaining.
    pub fn with_native_approval(mut self, value: NativeApproval) -> Self {
        self.native_approval = Some(value);
        self
    }
    /// Sets `lark_approval` and returns the value, for chaining.
    pub fn with_lark_approval(mut self, value: LarkApproval) -> Self {
        self.lark_approval = Some(value);
        self
    }
    /// Sets `dingtalk_approval` and returns the value, for chaining.
    pub fn with_dingtalk_approval(mut self, value: DingTalkApproval) -> Self {
        self.dingtalk_approval = Some(value);
        self
    }
}
/// An approval handled inside Zadig.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NativeApproval {
    /// Minutes before the approval lapses.
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Same as `timeout`; some responses (workflow details) spell it this way.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout_pascal_case: Option<i64>,
    /// Users who may approve, with their decisions.
    #[serde(rename = "approve_users", default, skip_serializing_if = "Option::is_none")]
    pub approve_users: Option<Vec<ApprovalUser>>,
    /// Number of approvals needed.
    #[serde(
        rename = "needed_approvers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub needed_approvers: Option<i64>,
    /// Same as `needed_approvers`; some responses (workflow details) spell it this way.
    #[serde(
        rename = "NeededApprovers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub needed_approvers_pascal_case: Option<i64>,
    /// Overall outcome, approve or reject.
    #[serde(
        rename = "reject_or_approve",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reject_or_approve: Option<String>,
    /// Identifier of the approval instance.
    #[serde(rename = "instance_code", default, skip_serializing_if = "Option::is_none")]
    pub instance_code: Option<String>,
}
impl NativeApproval {
    /// Creates an empty `NativeApproval`; every field is optional.
    pub fn new() -> Self {
        Self {
            timeout: None,
            timeout_pascal_case: None,
            approve_users: None,
            needed_approvers: None,
            needed_approvers_pascal_case: None,
            reject_or_approve: None,
            instance_code: None,
        }
    }
    /// Sets `timeout` and returns the value, for chaining.
    pub fn with_timeout(mut self, value: i64) -> Self {
        self.timeout = Some(value);
        self
    }
    /// Sets `timeout_pascal_case` and returns the value, for chaining.
    pub fn with_timeout_pascal_case(mut self, value: i64) -> Self {
        self.timeout_pascal_case = Some(value);
        self
    }
    /// Sets `approve_users` and returns the value, for chaining.
    pub fn with_approve_users(mut self, value: Vec<ApprovalUser>) -> Self {
        self.approve_users = Some(value);
        self
    }
    /// Sets `needed_approvers` and returns the value, for chaining.
    pub fn with_needed_approvers(mut self, value: i64) -> Self {
        self.needed_approvers = Some(value);
        self
    }
    /// Sets `needed_approvers_pascal_case` and returns the value, for chaining.
    pub fn with_needed_approvers_pascal_case(mut self, value: i64) -> Self {
        self.needed_approvers_pascal_case = Some(value);
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    pub fn with_reject_or_approve(mut self, value: impl Into<String>) -> Self {
        self.reject_or_approve = Some(value.into());
        self
    }
    /// Sets `instance_code` and returns the value, for chaining.
    pub fn with_instance_code(mut self, value: impl Into<String>) -> Self {
        self.instance_code = Some(value.into());
        self
    }
}
/// A user taking part in an approval and, once given, their decision.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApprovalUser {
    /// Zadig user id.
    #[serde(rename = "user_id", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Zadig user name.
    #[serde(rename = "user_name", default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The user's decision, approve or reject.
    #[serde(
        rename = "reject_or_approve",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reject_or_approve: Option<String>,
    /// Comment left with the decision.
    #[serde(rename = "comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// When the decision was made (Unix seconds).
    #[serde(rename = "operation_time", default, skip_serializing_if = "Option::is_none")]
    pub operation_time: Option<i64>,
}
impl ApprovalUser {
    /// Creates an empty `ApprovalUser`; every field is optional.
    pub fn new() -> Self {
        Self {
            user_id: None,
            user_name: None,
            reject_or_approve: None,
            comment: None,
            operation_time: None,
        }
    }
    /// Sets `user_id` and returns the value, for chaining.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `user_name` and returns the value, for chaining.
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    pub fn with_reject_or_approve(mut self, value: impl Into<String>) -> Self {
        self.reject_or_approve = Some(value.into());
        self
    }
    /// Sets `comment` and returns the value, for chaining.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `operation_time` and returns the value, for chaining.
    pub fn with_operation_time(mut self, value: i64) -> Self {
        self.operation_time = Some(value);
        self
    }
}
/// An approval handled by a Feishu (Lark) approval flow.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LarkApproval {
    /// Minutes before the approval lapses.
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Same as `timeout`, as some responses spell it.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout_pascal_case: Option<i64>,
    /// Id of the Feishu approval integration.
    #[serde(rename = "approval_id", default, skip_serializing_if = "Option::is_none")]
    pub approval_id: Option<String>,
    /// User who starts the approval on the Feishu side.
    #[serde(
        rename = "default_approval_initiator",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_approval_initiator: Option<serde_json::Value>,
    /// Feishu users who may approve.
    #[serde(rename = "approve_users", default, skip_serializing_if = "Option::is_none")]
    pub approve_users: Option<Vec<serde_json::Value>>,
    /// Steps of the approval flow.
    #[serde(rename = "approval_nodes", default, skip_serializing_if = "Option::is_none")]
    pub approval_nodes: Option<Vec<ApprovalNode>>,
    /// Identifier of the approval instance.
    #[serde(rename = "instance_code", default, skip_serializing_if = "Option::is_none")]
    pub instance_code: Option<String>,
}
impl LarkApproval {
    /// Creates an empty `LarkApproval`; every field is optional.
    pub fn new() -> Self {
        Self {
            timeout: None,
            timeout_pascal_case: None,
            approval_id: None,
            default_approval_initiator: None,
            approve_users: None,
            approval_nodes: None,
            instance_code: None,
        }
    }
    /// Sets `timeout` and returns the value, for chaining.
    pub fn with_timeout(mut self, value: i64) -> Self {
        self.timeout = Some(value);
        self
    }
    /// Sets `timeout_pascal_case` and returns the value, for chaining.
    pub fn with_timeout_pascal_case(mut self, value: i64) -> Self {
        self.timeout_pascal_case = Some(value);
        self
    }
    /// Sets `approval_id` and returns the value, for chaining.
    pub fn with_approval_id(mut self, value: impl Into<String>) -> Self {
        self.approval_id = Some(value.into());
        self
    }
    /// Sets `default_approval_initiator` and returns the value, for chaining.
    pub fn with_default_approval_initiator(mut self, value: serde_json::Value) -> Self {
        self.default_approval_initiator = Some(value);
        self
    }
    /// Sets `approve_users` and returns the value, for chaining.
    pub fn with_approve_users(mut self, value: Vec<serde_json::Value>) -> Self {
        self.approve_users = Some(value);
        self
    }
    /// Sets `approval_nodes` and returns the value, for chaining.
    pub fn with_approval_nodes(mut self, value: Vec<ApprovalNode>) -> Self {
        self.approval_nodes = Some(value);
        self
    }
    /// Sets `instance_code` and returns the value, for chaining.
    pub fn with_instance_code(mut self, value: impl Into<String>) -> Self {
        self.instance_code = Some(value.into());
        self
    }
}
/// An approval handled by a DingTalk approval flow.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DingTalkApproval {
    /// Minutes before the approval lapses.
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Same as `timeout`; some responses (workflow details) spell it this way.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout_pascal_case: Option<i64>,
    /// Id of the DingTalk approval integration.
    #[serde(rename = "approval_id", default, skip_serializing_if = "Option::is_none")]
    pub approval_id: Option<String>,
    /// User who starts the approval on the DingTalk side.
    #[serde(
        rename = "default_approval_initiator",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_approval_initiator: Option<serde_json::Value>,
    /// Steps of the approval flow.
    #[serde(rename = "approval_nodes", default, skip_serializing_if = "Option::is_none")]
    pub approval_nodes: Option<Vec<ApprovalNode>>,
    /// Identifier of the approval instance.
    #[serde(rename = "instance_code", default, skip_serializing_if = "Option::is_none")]
    pub instance_code: Option<String>,
}
impl DingTalkApproval {
    /// Creates an empty `DingTalkApproval`; every field is optional.
    pub fn new() -> Self {
        Self {
            timeout: None,
            timeout_pascal_case: None,
            approval_id: None,
            default_approval_initiator: None,
            approval_nodes: None,
            instance_code: None,
        }
    }
    /// Sets `timeout` and returns the value, for chaining.
    pub fn with_timeout(mut self, value: i64) -> Self {
        self.timeout = Some(value);
        self
    }
    /// Sets `timeout_pascal_case` and returns the value, for chaining.
    pub fn with_timeout_pascal_case(mut self, value: i64) -> Self {
        self.timeout_pascal_case = Some(value);
        self
    }
    /// Sets `approval_id` and returns the value, for chaining.
    pub fn with_approval_id(mut self, value: impl Into<String>) -> Self {
        self.approval_id = Some(value.into());
        self
    }
    /// Sets `default_approval_initiator` and returns the value, for chaining.
    pub fn with_default_approval_initiator(mut self, value: serde_json::Value) -> Self {
        self.default_approval_initiator = Some(value);
        self
    }
    /// Sets `approval_nodes` and returns the value, for chaining.
    pub fn with_approval_nodes(mut self, value: Vec<ApprovalNode>) -> Self {
        self.approval_nodes = Some(value);
        self
    }
    /// Sets `instance_code` and returns the value, for chaining.
    pub fn with_instance_code(mut self, value: impl Into<String>) -> Self {
        self.instance_code = Some(value.into());
        self
    }
}
/// One step of a third-party (Feishu or DingTalk) approval flow.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApprovalNode {
    /// Users of the third-party system who approve at this step.
    #[serde(rename = "approve_users", default, skip_serializing_if = "Option::is_none")]
    pub approve_users: Option<Vec<serde_json::Value>>,
    /// How the users' decisions combine, e.g. AND or OR.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Outcome of this step.
    #[serde(
        rename = "reject_or_approve",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reject_or_approve: Option<String>,
}
impl ApprovalNode {
    /// Creates an empty `ApprovalNode`; every field is optional.
    pub fn new() -> Self {
        Self {
            approve_users: None,
            r#type: None,
            reject_or_approve: None,
        }
    }
    /// Sets `approve_users` and returns the value, for chaining.
    pub fn with_approve_users(mut self, value: Vec<serde_json::Value>) -> Self {
        self.approve_users = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    pub fn with_reject_or_approve(mut self, value: impl Into<String>) -> Self {
        self.reject_or_approve = Some(value.into());
        self
    }
}
/// Kind of a service or global variable, which decides how its value is read.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ServiceVariableType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceVariableType {
    /// `string`: Free text.
    String,
    /// `bool`: A true/false switch.
    Bool,
    /// `enum`: One of the values listed in `options`.
    Enum,
    /// `yaml`: A YAML fragment given as text.
    Yaml,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ServiceVariableType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Bool => "bool",
            Self::Enum => "enum",
            Self::Yaml => "yaml",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for ServiceVariableType {
    fn from(value: &str) -> Self {
        match value {
            "string" => Self::String,
            "bool" => Self::Bool,
            "enum" => Self::Enum,
            "yaml" => Self::Yaml,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ServiceVariableType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "string" => Self::String,
            "bool" => Self::Bool,
            "enum" => Self::Enum,
            "yaml" => Self::Yaml,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for ServiceVariableType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ServiceVariableType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ServiceVariableType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ServiceVariableType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// One variable of a service deployed in an environment (the docs' VariableKV), optionally bound to the environment's global variable of the same key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceVariableKV {
    /// Name of the variable.
    #[serde(rename = "key")]
    pub key: String,
    /// Value of the variable (usually a string; a bool for bool variables).
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Kind of the variable.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ServiceVariableType>,
    /// Allowed values when the type is enum.
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
    /// Free-text description of the variable.
    #[serde(rename = "desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Take the value from the environment's global variable with the same key.
    #[serde(
        rename = "use_global_variable",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_global_variable: Option<bool>,
}
impl ServiceVariableKV {
    /// Creates a `ServiceVariableKV` from its required fields; optional fields start as `None`.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: None,
            r#type: None,
            options: None,
            desc: None,
            use_global_variable: None,
        }
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: serde_json::Value) -> Self {
        self.value = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: ServiceVariableType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `options` and returns the value, for chaining.
    pub fn with_options(mut self, value: Vec<String>) -> Self {
        self.options = Some(value);
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `use_global_variable` and returns the value, for chaining.
    pub fn with_use_global_variable(mut self, value: bool) -> Self {
        self.use_global_variable = Some(value);
        self
    }
}
/// A global variable of an environment, shared by the services that refer to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GlobalVariableKV {
    /// Name of the variable.
    #[serde(rename = "key")]
    pub key: String,
    /// Value of the variable (usually a string; a bool for bool variables).
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Kind of the variable.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ServiceVariableType>,
    /// Allowed values when the type is enum.
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
    /// Free-text description of the variable.
    #[serde(rename = "desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Services whose variables use this global variable.
    #[serde(
        rename = "related_services",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub related_services: Option<Vec<String>>,
}
impl GlobalVariableKV {
    /// Creates a `GlobalVariableKV` from its required fields; optional fields start as `None`.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: None,
            r#type: None,
            options: None,
            desc: None,
            related_services: None,
        }
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: serde_json::Value) -> Self {
        self.value = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: ServiceVariableType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `options` and returns the value, for chaining.
    pub fn with_options(mut self, value: Vec<String>) -> Self {
        self.options = Some(value);
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `related_services` and returns the value, for chaining.
    pub fn with_related_services(mut self, value: Vec<String>) -> Self {
        self.related_services = Some(value);
        self
    }
}
