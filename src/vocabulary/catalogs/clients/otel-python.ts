import type { ClientCatalog } from "../Catalog.ts";
import { OTLP_RETRIED_GRPC, OTLP_RETRIED_STATUSES } from "../otlpRetryRules.ts";

// Read from open-telemetry/opentelemetry-python at 0a5d76b (2026-08).
const GRPC =
  "open-telemetry/opentelemetry-python exporter/opentelemetry-exporter-otlp-proto-grpc/src/opentelemetry/exporter/otlp/proto/grpc/exporter.py";
const HTTP =
  "open-telemetry/opentelemetry-python exporter/opentelemetry-exporter-otlp-common/src/opentelemetry/exporter/otlp/common/http.py";

export const otelPython: ClientCatalog = {
  id: "otel-python",
  name: "OpenTelemetry Python SDK exporters",
  client: "otel-sdk",
  role: "sends",
  markers: [
    // Module loggers (getLogger(__name__)), shown by logging's default and most formats.
    { text: "opentelemetry.exporter.otlp.proto.grpc.exporter", source: GRPC },
    {
      text: "opentelemetry.exporter.otlp.proto.http",
      source:
        "open-telemetry/opentelemetry-python exporter/opentelemetry-exporter-otlp-proto-http/src/opentelemetry/exporter/otlp/proto/http/trace_exporter/__init__.py",
    },
    // The shared HTTP client's own logger, when no exporter logger is passed in.
    { text: "opentelemetry.exporter.otlp.common.http", source: HTTP },
    // "Transient error %s encountered while exporting %s ..." in both exporters.
    { text: "encountered while exporting", source: GRPC },
    // "Failed to export %s batch code: %s, reason: %s" (HTTP); older releases said "Failed to export batch code:".
    { text: "batch code:", source: HTTP },
  ],
  errors: [
    { text: "failed to export", source: GRPC },
    {
      text: "error code:",
      source: GRPC,
      class: "grpc.status",
      meaning: "gRPC: a non-retryable code, or retries used up",
    },
    {
      text: "batch code:",
      source: HTTP,
      class: "http.status",
      meaning: "HTTP: a non-retryable status, or no response",
    },
    { text: "batch due to timeout, max retries or shutdown.", source: HTTP, class: "queue.timeout" },
    { text: "transient error", source: HTTP, meaning: "retryable; it will try again after the logged delay" },
    { text: "shutdown in progress, aborting retry.", source: HTTP },
    {
      text: "exception while exporting metrics",
      source:
        "open-telemetry/opentelemetry-python opentelemetry-sdk/src/opentelemetry/sdk/metrics/_internal/export/__init__.py",
    },
    {
      text: "exception while exporting span.",
      source:
        "open-telemetry/opentelemetry-python opentelemetry-sdk/src/opentelemetry/sdk/trace/export/__init__.py",
    },
  ],
  retry: {
    retriedStatuses: OTLP_RETRIED_STATUSES,
    // OTEL_PYTHON_EXPORTER_OTLP_GRPC_RETRYABLE_ERROR_CODES can replace this set.
    retriedGrpc: OTLP_RETRIED_GRPC,
    // HTTP: with no status, transport.is_connection_error decides; gRPC: refused shows as Unavailable.
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "up to 6 attempts with jittered exponential backoff within the export timeout; HTTP retries 429/502/503/504 (honouring Retry-After) and connection errors; gRPC retries Cancelled, DeadlineExceeded, ResourceExhausted, Aborted, OutOfRange, Unavailable, DataLoss; anything else logs 'Failed to export' and the batch is dropped",
    source: HTTP,
  },
};
