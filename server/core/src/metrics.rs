//! What the server counts for Prometheus (`/metrics`, see `docs/metrics.md`): requests by route
//! template, job outcomes by kind, provider calls by provider kind and limiter refusals by
//! limiter. The calls go through the [`metrics`] facade: until the server installs its recorder
//! (only when metrics are configured) each one is a no-op.
//!
//! Every label value is a fixed string chosen here or a route template: never a path, an id, an
//! address, an email, a key or a prompt.

use std::time::Duration;

use crate::generation::providers::{ProviderError, ProviderKind};

/// Metric names, Prometheus style (`_total` for counters, `_seconds` for durations).
pub mod names {
    /// Counter `{method, route, status}`: answered HTTP requests.
    pub const HTTP_REQUESTS: &str = "obscura_http_requests_total";
    /// Histogram `{method, route}`: time to the response's head, in seconds.
    pub const HTTP_DURATION: &str = "obscura_http_request_duration_seconds";
    /// Gauge `{kind, state}`: jobs queued or running, read from the job table at each scrape.
    pub const QUEUE_DEPTH: &str = "obscura_queue_depth";
    /// Counter `{kind, outcome}`: how job runs ended.
    pub const JOBS: &str = "obscura_jobs_total";
    /// Histogram `{kind}`: duration of a job run, in seconds.
    pub const JOB_DURATION: &str = "obscura_job_duration_seconds";
    /// Histogram `{provider}`: duration of a call to an image provider, in seconds.
    pub const PROVIDER_DURATION: &str = "obscura_provider_request_duration_seconds";
    /// Counter `{provider, reason}`: failed calls to an image provider.
    pub const PROVIDER_FAILURES: &str = "obscura_provider_failures_total";
    /// Counter `{limiter}`: requests refused by a rate limiter.
    pub const LIMITER_REFUSALS: &str = "obscura_limiter_refusals_total";
}

/// The buckets of every duration histogram, in seconds: from a fast page to a slow image.
pub const DURATION_BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0,
];

/// Registers the help text of every metric with the installed recorder (call once, after
/// installing it).
pub fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        names::HTTP_REQUESTS,
        "HTTP requests answered, by method, route template and status class."
    );
    describe_histogram!(
        names::HTTP_DURATION,
        Unit::Seconds,
        "Time to answer an HTTP request (to the response head), by method and route template."
    );
    describe_gauge!(
        names::QUEUE_DEPTH,
        "Jobs in the queue by kind and state (queued, running), read at scrape time."
    );
    describe_counter!(
        names::JOBS,
        "Job runs by kind and outcome (succeeded, retried, failed, gave_up, lease_lost)."
    );
    describe_histogram!(
        names::JOB_DURATION,
        Unit::Seconds,
        "Duration of a job run, by kind."
    );
    describe_histogram!(
        names::PROVIDER_DURATION,
        Unit::Seconds,
        "Duration of a call to an image provider, by provider kind."
    );
    describe_counter!(
        names::PROVIDER_FAILURES,
        "Failed calls to an image provider, by provider kind and reason (timeout, refused, unavailable, other)."
    );
    describe_counter!(
        names::LIMITER_REFUSALS,
        "Requests refused by a rate limiter, by limiter."
    );
}

/// The status class of an HTTP status (`2xx`…), the only form of it that is counted.
#[must_use]
pub const fn status_class(status: u16) -> &'static str {
    match status / 100 {
        1 => "1xx",
        2 => "2xx",
        3 => "3xx",
        4 => "4xx",
        _ => "5xx",
    }
}

/// Counts one answered HTTP request. `route` is the router's route template (or `static` /
/// `unmatched`), never the concrete path.
pub fn http_request(method: &http::Method, route: String, status: u16, elapsed: Duration) {
    let method = method_label(method);
    metrics::counter!(
        names::HTTP_REQUESTS,
        "method" => method,
        "route" => route.clone(),
        "status" => status_class(status),
    )
    .increment(1);
    metrics::histogram!(names::HTTP_DURATION, "method" => method, "route" => route)
        .record(elapsed.as_secs_f64());
}

/// The method as a label: the standard ones by name, anything else as `other` (a method is
/// chosen by the client, so it must not grow the label set).
const fn method_label(method: &http::Method) -> &'static str {
    match *method {
        http::Method::GET => "GET",
        http::Method::HEAD => "HEAD",
        http::Method::POST => "POST",
        http::Method::PUT => "PUT",
        http::Method::PATCH => "PATCH",
        http::Method::DELETE => "DELETE",
        http::Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// How a job run ended, as counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobOutcome {
    /// The run succeeded; the job is done.
    Succeeded,
    /// The run failed and the job will be tried again.
    Retried,
    /// The run failed for good (last attempt, or not worth retrying); its give-up follows.
    Failed,
    /// The job's give-up (undoing what it had reserved) completed; the job is closed.
    GaveUp,
    /// Another worker took the job over (this run's lease ended); the run was abandoned.
    LeaseLost,
}

impl JobOutcome {
    /// The label value.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Succeeded => "succeeded",
            Self::Retried => "retried",
            Self::Failed => "failed",
            Self::GaveUp => "gave_up",
            Self::LeaseLost => "lease_lost",
        }
    }
}

/// Counts one job outcome of `kind` (a job kind's stable name), with the run's duration when it
/// was a run (a give-up is not).
pub fn job_ended(kind: &'static str, outcome: JobOutcome, run: Option<Duration>) {
    metrics::counter!(names::JOBS, "kind" => kind, "outcome" => outcome.label()).increment(1);
    if let Some(run) = run {
        metrics::histogram!(names::JOB_DURATION, "kind" => kind).record(run.as_secs_f64());
    }
}

/// Sets the queue depth of `kind` in `state` (`queued` or `running`).
pub fn queue_depth(kind: String, state: &'static str, jobs: u64) {
    #[expect(
        clippy::cast_precision_loss,
        reason = "a gauge is a float; a queue is far below 2^52"
    )]
    let jobs = jobs as f64;
    metrics::gauge!(names::QUEUE_DEPTH, "kind" => kind, "state" => state).set(jobs);
}

/// The reason a provider call failed, as counted: a small fixed set. `None` for a call its
/// person cancelled: a cancellation is not a failure.
#[must_use]
pub const fn provider_reason(error: &ProviderError) -> Option<&'static str> {
    Some(match error {
        ProviderError::Timeout => "timeout",
        ProviderError::ContentRejected
        | ProviderError::Rejected(_)
        | ProviderError::Unauthorized
        | ProviderError::RateLimited { .. } => "refused",
        ProviderError::Unavailable(_) => "unavailable",
        ProviderError::Cancelled => return None,
        ProviderError::BadResponse(_) | ProviderError::Failed(_) | ProviderError::UnsafeUrl(_) => {
            "other"
        }
    })
}

/// Counts one call to a provider of `kind` that took `elapsed` and failed with `error`, if it
/// did.
pub fn provider_call(kind: ProviderKind, elapsed: Duration, error: Option<&ProviderError>) {
    metrics::histogram!(names::PROVIDER_DURATION, "provider" => kind.code())
        .record(elapsed.as_secs_f64());
    if let Some(reason) = error.and_then(provider_reason) {
        metrics::counter!(
            names::PROVIDER_FAILURES,
            "provider" => kind.code(),
            "reason" => reason,
        )
        .increment(1);
    }
}

/// Runs a provider call of `kind` and counts it (duration, and failure reason if it failed).
///
/// # Errors
/// The call's own error, unchanged.
pub async fn provider<T>(
    kind: ProviderKind,
    call: impl Future<Output = Result<T, ProviderError>>,
) -> Result<T, ProviderError> {
    let started = std::time::Instant::now();
    let result = call.await;
    provider_call(kind, started.elapsed(), result.as_ref().err());
    result
}

/// Counts one refusal by the rate limiter named `limiter` (a fixed name, never the key).
pub fn limiter_refused(limiter: &'static str) {
    metrics::counter!(names::LIMITER_REFUSALS, "limiter" => limiter).increment(1);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_counted_by_class_only() {
        assert_eq!(status_class(101), "1xx");
        assert_eq!(status_class(204), "2xx");
        assert_eq!(status_class(303), "3xx");
        assert_eq!(status_class(429), "4xx");
        assert_eq!(status_class(503), "5xx");
        assert_eq!(
            method_label(&http::Method::from_bytes(b"BREW").unwrap()),
            "other"
        );
    }

    #[test]
    fn provider_failures_fall_into_four_reasons() {
        let reasons: std::collections::BTreeSet<_> = [
            ProviderError::ContentRejected,
            ProviderError::RateLimited { retry_after: None },
            ProviderError::Unavailable("x".into()),
            ProviderError::Timeout,
            ProviderError::Rejected("x".into()),
            ProviderError::Unauthorized,
            ProviderError::BadResponse("x".into()),
            ProviderError::Failed("x".into()),
        ]
        .iter()
        .filter_map(provider_reason)
        .collect();
        assert_eq!(
            reasons.into_iter().collect::<Vec<_>>(),
            ["other", "refused", "timeout", "unavailable"]
        );
        // A call the person cancelled is not a failure.
        assert_eq!(provider_reason(&ProviderError::Cancelled), None);
    }

    #[tokio::test]
    async fn recording_without_a_recorder_does_nothing() {
        // No recorder is installed in this test binary: every call is a no-op.
        limiter_refused("sign_in_client");
        job_ended(
            "generate",
            JobOutcome::Succeeded,
            Some(Duration::from_millis(5)),
        );
        queue_depth("generate".to_owned(), "queued", 3);
        http_request(&http::Method::GET, "/".to_owned(), 200, Duration::ZERO);
        let out = provider(ProviderKind::Local, async { Ok::<_, ProviderError>(7) }).await;
        assert_eq!(out, Ok(7));
    }
}
