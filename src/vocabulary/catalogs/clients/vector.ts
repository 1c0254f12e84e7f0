import type { ClientCatalog } from "../Catalog.ts";

// Read from vectordotdev/vector at c3445d4 (2026-08). Vector is not one of CLIENT_IDS yet: the
// proposed id is "vector". The opentelemetry sink is the http sink with an OTLP codec, and
// prometheus_remote_write uses the same RetryStrategy, so one catalog covers both.
const RETRIES = "vectordotdev/vector src/sinks/util/retries.rs";
const HTTP = "vectordotdev/vector src/sinks/util/http.rs";

/** RetryStrategy::Default: 408, 429 and every 5xx except 501. */
const RETRIED = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i).filter((s) => s !== 501)];

export const vector: ClientCatalog = {
  id: "vector",
  name: "Vector opentelemetry, prometheus_remote_write and loki sinks",
  client: "vector",
  // Its sources log through the same internal_events modules and component_type names as its sinks.
  role: "both",
  markers: [
    // Every sink task runs in error_span!("sink", component_kind = "sink", component_id, component_type).
    { text: 'component_kind="sink"', source: "vectordotdev/vector src/topology/builder.rs" },
    // tracing prints the module path as the target.
    { text: "vector::sinks::", source: RETRIES },
    { text: "vector::internal_events::", source: "vectordotdev/vector src/internal_events/http_client.rs" },
    {
      text: "component_type=prometheus_remote_write",
      source: "vectordotdev/vector src/sinks/prometheus/remote_write/config.rs",
    },
    { text: "component_type=opentelemetry", source: "vectordotdev/vector src/sinks/opentelemetry/mod.rs" },
    // The loki sink runs under the same RetryLogic loop (its own is_retriable_error: 429 and 5xx but 501).
    { text: "component_type=loki", source: "vectordotdev/vector src/sinks/loki/config.rs" },
  ],
  errors: [
    {
      text: "retrying after response.",
      source: RETRIES,
      class: "http.status",
      meaning: "a retried status; reason names it",
    },
    { text: "retrying after error.", source: RETRIES, meaning: "a retried transport error" },
    { text: "not retriable; dropping the request.", source: RETRIES, class: "http.status" },
    { text: "non-retriable error; dropping the request.", source: RETRIES },
    { text: "retries exhausted; dropping the request.", source: RETRIES },
    { text: "ok/retry response but retries exhausted; dropping the request.", source: RETRIES },
    { text: "unexpected error type; dropping the request.", source: RETRIES },
    {
      text: "service call failed. no retries or retries exhausted.",
      source: "vectordotdev/vector lib/vector-common/src/internal_event/service.rs",
    },
    {
      text: "events dropped",
      source: "vectordotdev/vector lib/vector-common/src/internal_event/component_events_dropped.rs",
    },
    { text: "http error.", source: "vectordotdev/vector src/internal_events/http_client.rs" },
    {
      text: "server responded with an error:",
      source: "vectordotdev/vector src/sinks/loki/service.rs",
      class: "http.status",
      meaning: "loki sink: Loki answered non-2xx; a 4xx (but 429) is dropped",
    },
    {
      text: "failed to make http(s) request:",
      source: "vectordotdev/vector src/http.rs",
      meaning: "no answer; retried",
    },
    { text: "failed to build tls connector:", source: "vectordotdev/vector src/http.rs" },
  ],
  retry: {
    retriedStatuses: RETRIED,
    retriedGrpc: [],
    // HttpError::CallRequest (the request could not be made) is_retriable.
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "retry_strategy default retries 408, 429 and every 5xx except 501, plus timeouts and failed requests, with backoff up to request.retry_attempts; other statuses log 'Not retriable; dropping the request.'; retry_strategy can be none, all, or a custom list",
    source: HTTP,
  },
};
