// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Performance insights endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /openapi/statistics/overview` calls (`get_statistics_overview`): Reads how many projects, clusters, services, workflows, environments and artifacts exist
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_statistics_overview(&self) -> GetStatisticsOverview<'_> {
        GetStatisticsOverview {
            expectation: self.expect("get_statistics_overview"),
        }
    }
}
/// An expected `GET /openapi/statistics/overview` call (`Client::get_statistics_overview`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetStatisticsOverview<'a> {
    expectation: Expectation<'a>,
}
impl GetStatisticsOverview<'_> {
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::StatisticsOverview) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::StatisticsOverview>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/statistics/build` calls (`get_build_statistics`): Reads build counts for a time range, in total and per day
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_build_statistics(&self) -> GetBuildStatistics<'_> {
        GetBuildStatistics {
            expectation: self.expect("get_build_statistics"),
        }
    }
}
/// An expected `GET /openapi/statistics/build` call (`Client::get_build_statistics`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetBuildStatistics<'a> {
    expectation: Expectation<'a>,
}
impl GetBuildStatistics<'_> {
    /// Matches only calls whose query parameter `startDate` is `value`.
    pub fn start_date(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("startDate", &value);
        self
    }
    /// Matches only calls whose query parameter `endDate` is `value`.
    pub fn end_date(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("endDate", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::BuildStatistics) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::BuildStatistics>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/statistics/deploy` calls (`get_deploy_statistics`): Reads deployment counts, in total and per week of a time range
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_deploy_statistics(&self) -> GetDeployStatistics<'_> {
        GetDeployStatistics {
            expectation: self.expect("get_deploy_statistics"),
        }
    }
}
/// An expected `GET /openapi/statistics/deploy` call (`Client::get_deploy_statistics`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetDeployStatistics<'a> {
    expectation: Expectation<'a>,
}
impl GetDeployStatistics<'_> {
    /// Matches only calls whose query parameter `startDate` is `value`.
    pub fn start_date(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("startDate", &value);
        self
    }
    /// Matches only calls whose query parameter `endDate` is `value`.
    pub fn end_date(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("endDate", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::DeployStatistics) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::DeployStatistics>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/statistics/test` calls (`get_test_statistics`): Reads test counts for a time range, in total and per day
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_test_statistics(&self) -> GetTestStatistics<'_> {
        GetTestStatistics {
            expectation: self.expect("get_test_statistics"),
        }
    }
}
/// An expected `GET /openapi/statistics/test` call (`Client::get_test_statistics`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetTestStatistics<'a> {
    expectation: Expectation<'a>,
}
impl GetTestStatistics<'_> {
    /// Matches only calls whose query parameter `startDate` is `value`.
    pub fn start_date(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("startDate", &value);
        self
    }
    /// Matches only calls whose query parameter `endDate` is `value`.
    pub fn end_date(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("endDate", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::TestStatistics) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::TestStatistics>) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/statistics/v2/release` calls (`get_release_statistics`): Reads production release counts for a time range, in total and per day
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_release_statistics(&self) -> GetReleaseStatistics<'_> {
        GetReleaseStatistics {
            expectation: self.expect("get_release_statistics"),
        }
    }
}
/// An expected `GET /openapi/statistics/v2/release` call (`Client::get_release_statistics`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetReleaseStatistics<'a> {
    expectation: Expectation<'a>,
}
impl GetReleaseStatistics<'_> {
    /// Matches only calls whose query parameter `startTime` is `value`.
    pub fn start_time(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("startTime", &value);
        self
    }
    /// Matches only calls whose query parameter `endTime` is `value`.
    pub fn end_time(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("endTime", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ReleaseStatistics) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::ReleaseStatistics>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/statistics/v2/rollback/detail` calls (`get_rollback_statistics_detail`): Lists the rollbacks of services in a time range, a page at a time
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_rollback_statistics_detail(&self) -> GetRollbackStatisticsDetail<'_> {
        GetRollbackStatisticsDetail {
            expectation: self.expect("get_rollback_statistics_detail"),
        }
    }
}
/// An expected `GET /openapi/statistics/v2/rollback/detail` call (`Client::get_rollback_statistics_detail`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetRollbackStatisticsDetail<'a> {
    expectation: Expectation<'a>,
}
impl GetRollbackStatisticsDetail<'_> {
    /// Matches only calls whose query parameter `startTime` is `value`.
    pub fn start_time(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("startTime", &value);
        self
    }
    /// Matches only calls whose query parameter `endTime` is `value`.
    pub fn end_time(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("endTime", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("envName", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageNum", &value);
        self
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageSize", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::RollbackStatDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::RollbackStatDetail>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers with pages of `items`, as the server pages them: the `pageNum` and `pageSize` query parameters (default page 1 and size 0) pick the slice; the `data` field holds it and `total` the count of all items. Any number of calls.
    pub fn respond_pages(self, items: Vec<crate::types::RollbackRecord>) -> Mounted {
        self.expectation.respond_pages(&items)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
