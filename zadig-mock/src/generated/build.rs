// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Build endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{
    Endpoint, JsonAnswer, JsonBody, MessageAnswer, PagedAnswer, sealed::Sealed,
};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `POST /openapi/build` calls (`create_build`): Creates a build from a build template
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_build(&self) -> Expect<'_, CreateBuild> {
        self.expect()
    }
    /// Expects `PUT /openapi/build` calls (`update_build`): Replaces the definition of a build
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_build(&self) -> Expect<'_, UpdateBuild> {
        self.expect()
    }
    /// Expects `PUT /openapi/build/{name}/template` calls (`update_build_from_template`): Replaces the template settings of a build
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_build_from_template(&self) -> Expect<'_, UpdateBuildFromTemplate> {
        self.expect()
    }
    /// Expects `GET /openapi/build` calls (`list_builds`): Lists the builds of a project, a page at a time
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_builds(&self) -> Expect<'_, ListBuilds> {
        self.expect()
    }
    /// Expects `GET /openapi/build/{buildName}/detail` calls (`get_build`): Reads the full definition of one build
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_build(&self) -> Expect<'_, GetBuild> {
        self.expect()
    }
    /// Expects `DELETE /openapi/build` calls (`delete_build`): Deletes a build that no service uses any more
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_build(&self) -> Expect<'_, DeleteBuild> {
        self.expect()
    }
}
/// The `create_build` endpoint (`POST /openapi/build`, `Client::create_build`): the type of its expectation, [`Expect<CreateBuild>`](crate::Expect), which [`MockZadig::create_build`] returns.
pub enum CreateBuild {}
impl Sealed for CreateBuild {}
impl Endpoint for CreateBuild {
    const ID: &'static str = "create_build";
}
impl MessageAnswer for CreateBuild {}
impl JsonBody for CreateBuild {
    type Body = crate::types::OpenApiBuildCreationFromTemplateReq;
}
impl Expect<'_, CreateBuild> {
    /// Matches only calls whose query parameter `source` is `value`.
    pub fn source(self, value: impl Into<crate::types::BuildCreationSource>) -> Self {
        let value: crate::types::BuildCreationSource = value.into();
        self.match_query("source", &value)
    }
}
/// The `update_build` endpoint (`PUT /openapi/build`, `Client::update_build`): the type of its expectation, [`Expect<UpdateBuild>`](crate::Expect), which [`MockZadig::update_build`] returns.
pub enum UpdateBuild {}
impl Sealed for UpdateBuild {}
impl Endpoint for UpdateBuild {
    const ID: &'static str = "update_build";
}
impl MessageAnswer for UpdateBuild {}
impl JsonBody for UpdateBuild {
    type Body = crate::types::OpenApiBuildCreationReq;
}
impl Expect<'_, UpdateBuild> {
    /// Matches only calls whose query parameter `source` is `value`.
    pub fn source(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("source", &value)
    }
    /// Matches only calls that do not send the query parameter `source`.
    pub fn without_source(self) -> Self {
        self.match_query_absent("source")
    }
}
/// The `update_build_from_template` endpoint (`PUT /openapi/build/{name}/template`, `Client::update_build_from_template`): the type of its expectation, [`Expect<UpdateBuildFromTemplate>`](crate::Expect), which [`MockZadig::update_build_from_template`] returns.
pub enum UpdateBuildFromTemplate {}
impl Sealed for UpdateBuildFromTemplate {}
impl Endpoint for UpdateBuildFromTemplate {
    const ID: &'static str = "update_build_from_template";
}
impl MessageAnswer for UpdateBuildFromTemplate {}
impl JsonBody for UpdateBuildFromTemplate {
    type Body = crate::types::OpenApiBuildCreationFromTemplateReq;
}
impl Expect<'_, UpdateBuildFromTemplate> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn build_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
}
/// The `list_builds` endpoint (`GET /openapi/build`, `Client::list_builds`): the type of its expectation, [`Expect<ListBuilds>`](crate::Expect), which [`MockZadig::list_builds`] returns.
pub enum ListBuilds {}
impl Sealed for ListBuilds {}
impl Endpoint for ListBuilds {
    const ID: &'static str = "list_builds";
}
impl JsonAnswer for ListBuilds {
    type Response = crate::types::OpenApiBuildListResp;
}
impl PagedAnswer for ListBuilds {
    type Item = crate::types::OpenApiBuildBrief;
}
impl Expect<'_, ListBuilds> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageNum", &value)
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageSize", &value)
    }
    /// Matches only calls that do not send the query parameter `pageNum`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("pageNum")
    }
    /// Matches only calls that do not send the query parameter `pageSize`.
    pub fn without_page_size(self) -> Self {
        self.match_query_absent("pageSize")
    }
}
/// The `get_build` endpoint (`GET /openapi/build/{buildName}/detail`, `Client::get_build`): the type of its expectation, [`Expect<GetBuild>`](crate::Expect), which [`MockZadig::get_build`] returns.
pub enum GetBuild {}
impl Sealed for GetBuild {}
impl Endpoint for GetBuild {
    const ID: &'static str = "get_build";
}
impl JsonAnswer for GetBuild {
    type Response = crate::types::OpenApiBuildDetailResp;
}
impl Expect<'_, GetBuild> {
    /// Matches only calls whose path parameter `buildName` is `value`.
    pub fn build_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("buildName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceName", &value)
    }
    /// Matches only calls whose query parameter `serviceModule` is `value`.
    pub fn service_module(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceModule", &value)
    }
    /// Matches only calls that do not send the query parameter `serviceName`.
    pub fn without_service_name(self) -> Self {
        self.match_query_absent("serviceName")
    }
    /// Matches only calls that do not send the query parameter `serviceModule`.
    pub fn without_service_module(self) -> Self {
        self.match_query_absent("serviceModule")
    }
}
/// The `delete_build` endpoint (`DELETE /openapi/build`, `Client::delete_build`): the type of its expectation, [`Expect<DeleteBuild>`](crate::Expect), which [`MockZadig::delete_build`] returns.
pub enum DeleteBuild {}
impl Sealed for DeleteBuild {}
impl Endpoint for DeleteBuild {
    const ID: &'static str = "delete_build";
}
impl MessageAnswer for DeleteBuild {}
impl Expect<'_, DeleteBuild> {
    /// Matches only calls whose query parameter `name` is `value`.
    pub fn build_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
