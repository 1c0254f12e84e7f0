import type { ClientCatalog } from "../Catalog.ts";
import { OTLP_RETRIED_GRPC, OTLP_RETRIED_STATUSES } from "../otlpRetryRules.ts";

// Read from open-telemetry/opentelemetry-rust at 84301ae (2026-08), and at opentelemetry-otlp-0.26.0
// for the global error handler and error texts that older releases print to stderr.
const RETRY = "open-telemetry/opentelemetry-rust opentelemetry-otlp/src/retry.rs";
const CLASSIFY = "open-telemetry/opentelemetry-rust opentelemetry-otlp/src/retry_classification.rs";
const HANDLER =
  "open-telemetry/opentelemetry-rust opentelemetry/src/global/error_handler.rs (opentelemetry-otlp-0.26.0)";
const OLD_LIB = "open-telemetry/opentelemetry-rust opentelemetry-otlp/src/lib.rs (opentelemetry-otlp-0.26.0)";

export const otelRust: ClientCatalog = {
  id: "otel-rust",
  name: "OpenTelemetry Rust OTLP exporter (opentelemetry-otlp)",
  client: "otel-sdk",
  role: "sends",
  markers: [
    // Releases up to 0.26 hand every export error to the global handler, which eprintln!s these.
    { text: "opentelemetry trace error occurred.", source: HANDLER },
    { text: "opentelemetry metrics error occurred.", source: HANDLER },
    { text: "opentelemetry log error occurred.", source: HANDLER },
    // Newer releases log through tracing with the event name as a field.
    {
      text: "batchspanprocessor.exporterror",
      source: "open-telemetry/opentelemetry-rust opentelemetry-sdk/src/trace/span_processor.rs",
    },
    {
      text: "batchlogprocessor.exporterror",
      source: "open-telemetry/opentelemetry-rust opentelemetry-sdk/src/logs/batch_log_processor.rs",
    },
    { text: "export.failed.nonretryable", source: RETRY },
    { text: "export.failed.exhausted", source: RETRY },
    { text: "export.failed.deadlineexceeded", source: RETRY },
    // The tonic clients' error text: "TonicTracesClient export failed with gRPC code: Unavailable".
    {
      text: "client export failed with grpc code:",
      source: "open-telemetry/opentelemetry-rust opentelemetry-otlp/src/exporter/tonic/mod.rs",
    },
  ],
  errors: [
    {
      text: "http export failed with status code:",
      source: "open-telemetry/opentelemetry-rust opentelemetry-otlp/src/exporter/http/mod.rs",
      class: "http.status",
    },
    {
      text: "http export failed: network error",
      source: "open-telemetry/opentelemetry-rust opentelemetry-otlp/src/exporter/http/mod.rs",
      meaning: "no HTTP answer (refused, DNS, TLS); the cause is logged at debug only",
    },
    {
      text: "the grpc server returns error (",
      source: OLD_LIB,
      class: "grpc.status",
      meaning: "older releases: the gRPC status and its message follow",
    },
    { text: "encountered the following error(s):", source: HANDLER },
    {
      text: "otlp export failed with non-retryable error - telemetry data will be lost",
      source: RETRY,
    },
    { text: "otlp export exhausted retries - telemetry data will be lost", source: RETRY },
  ],
  retry: {
    retriedStatuses: OTLP_RETRIED_STATUSES,
    // classify_grpc_error: ResourceExhausted only with RetryInfo; Internal and Unknown are permanent.
    retriedGrpc: OTLP_RETRIED_GRPC,
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "retries only when a RetryPolicy is set (the default makes one attempt; RetryPolicy::recommended() makes 3 retries, 100ms to 1.6s): then 429/503 (honouring Retry-After), 502, 504, network errors and gRPC Cancelled, DeadlineExceeded, Aborted, OutOfRange, Unavailable, DataLoss, and ResourceExhausted with RetryInfo; everything else is permanent; a failed batch is dropped",
    source: CLASSIFY,
  },
};
