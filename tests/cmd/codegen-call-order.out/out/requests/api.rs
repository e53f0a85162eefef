// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
    /// Restarts a pod of an environment.
    ///
    /// `POST /environments/{name}/pods/{podName}/restart`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `pod_name` (path `podName`): Name of the pod.
    /// - `force` (query `force`): Restart even if the pod is not ready.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    pub fn restart_pod(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        pod_name: impl Into<String>,
        force: bool,
    ) -> RestartPod<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::RestartPod {
                project_key: project_key.into(),
                env_name: env_name.into(),
                pod_name: pod_name.into(),
                force,
            },
        )
    }
    /// Returns one run of a workflow.
    ///
    /// `GET /runs`
    ///
    /// Arguments:
    /// - `workflow_key` (query `workflowKey`): Key of the workflow.
    /// - `task_id` (query `taskId`): Number of the run.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    pub fn get_run(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> GetRun<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetRun {
                workflow_key: workflow_key.into(),
                task_id,
            },
        )
    }
}
/// The call of [`Client::restart_pod`](crate::Client::restart_pod) (`POST /environments/{name}/pods/{podName}/restart`) on either client.
pub type RestartPod<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::RestartPod,
>;
/// The call of [`Client::get_run`](crate::Client::get_run) (`GET /runs`) on either client.
pub type GetRun<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::GetRun>;
