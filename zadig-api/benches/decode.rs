//! Decoding the largest documented responses into the generated types, against decoding the
//! same bytes into `serde_json::Value` (the baseline, measured in the same run).
//!
//! The bodies are the `success` examples of `get_workflow` (`WorkflowDetail`),
//! `get_workflow_task` (`WorkflowTaskDetail`) and `get_environment_service`
//! (`EnvServiceDetail`), read from `spec/` at start-up and encoded as compact JSON. Each group
//! `decode_<endpoint>` has `value` (baseline: `serde_json::from_slice::<Value>`) and `typed`
//! (`serde_json::from_slice::<generated type>`, what the client does with a 2xx body).
//! `cargo xtask bench` prints the ratios; on its own: `cargo bench -p zadig-api --bench decode`.

mod support;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde::de::DeserializeOwned;
use zadig_api::types::{EnvServiceDetail, WorkflowDetail, WorkflowTaskDetail};

fn bench_one<T: DeserializeOwned>(c: &mut Criterion, module: &str, endpoint: &str) {
    let body = support::spec_example(module, endpoint, "success");
    // Fail before measuring if the example does not decode.
    if let Err(err) = serde_json::from_slice::<T>(&body) {
        panic!("the `{endpoint}` example does not decode: {err}");
    }
    let mut group = c.benchmark_group(format!("decode_{endpoint}"));
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&body)).expect("JSON"))
    });
    group.bench_function("typed", |b| {
        b.iter(|| serde_json::from_slice::<T>(black_box(&body)).expect("decodes"))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_one::<WorkflowDetail>(c, "workflow", "get_workflow");
    bench_one::<WorkflowTaskDetail>(c, "workflow", "get_workflow_task");
    bench_one::<EnvServiceDetail>(c, "environment", "get_environment_service");
}

criterion_group!(decode, benches);
criterion_main!(decode);
