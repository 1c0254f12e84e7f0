import type { ClientCatalog } from "../Catalog.ts";
import { OTLP_RETRIED_GRPC, OTLP_RETRIED_STATUSES } from "../otlpRetryRules.ts";

// Read from open-telemetry/opentelemetry-go at 736a14f (2026-08).
const TRACE_HTTP = "open-telemetry/opentelemetry-go exporters/otlp/otlptrace/otlptracehttp/client.go";
const TRACE_GRPC = "open-telemetry/opentelemetry-go exporters/otlp/otlptrace/otlptracegrpc/client.go";

export const otelGo: ClientCatalog = {
  id: "otel-go",
  name: "OpenTelemetry Go SDK exporters",
  client: "otel-sdk",
  role: "sends",
  markers: [
    // The trace exporter wraps every upload error with this prefix; the global error handler logs it.
    {
      text: "traces export:",
      source: "open-telemetry/opentelemetry-go exporters/otlp/otlptrace/exporter.go",
    },
    {
      text: "failed to upload metrics:",
      source: "open-telemetry/opentelemetry-go exporters/otlp/otlpmetric/otlpmetrichttp/exporter.go",
    },
    { text: "retry-able request failure", source: TRACE_HTTP },
    {
      text: "max retry time elapsed",
      source:
        "open-telemetry/opentelemetry-go exporters/otlp/otlptrace/otlptracehttp/internal/retry/retry.go",
    },
  ],
  errors: [
    {
      text: "failed to send to",
      source: TRACE_HTTP,
      class: "http.status",
      meaning: "a non-retryable HTTP status; URL and status follow",
    },
    {
      text: "failed to send metrics to",
      source: "open-telemetry/opentelemetry-go exporters/otlp/otlpmetric/otlpmetrichttp/client.go",
      class: "http.status",
      meaning: "otlpmetrichttp: a non-retryable HTTP status; URL and status follow",
    },
    {
      text: "failed to send logs to",
      source: "open-telemetry/opentelemetry-go exporters/otlp/otlplog/otlploghttp/client.go",
      class: "http.status",
      meaning: "otlploghttp: a non-retryable HTTP status; URL and status follow",
    },
    {
      text: "retry-able request failure",
      source: TRACE_HTTP,
      meaning: "a 429/502/503/504 that was still failing",
    },
    {
      text: "max retry time elapsed",
      source:
        "open-telemetry/opentelemetry-go exporters/otlp/otlptrace/otlptracehttp/internal/retry/retry.go",
      class: "queue.timeout",
    },
    {
      text: "failed to upload incomplete metrics",
      source: "open-telemetry/opentelemetry-go exporters/otlp/otlpmetric/otlpmetricgrpc/exporter.go",
    },
    { text: "response body too large: exceeded", source: TRACE_HTTP, class: "size.too-large" },
    {
      text: "otlp partial success:",
      source:
        "open-telemetry/opentelemetry-go exporters/otlp/otlptrace/otlptracehttp/internal/partialsuccess.go",
    },
  ],
  retry: {
    retriedStatuses: OTLP_RETRIED_STATUSES,
    // retryableGRPCStatus: ResourceExhausted only when the status carries RetryInfo.
    retriedGrpc: OTLP_RETRIED_GRPC,
    // HTTP retries only a *url.Error whose Temporary() is true; a refused connection is returned as
    // is. (Over gRPC a refused connection surfaces as Unavailable and is retried.)
    retriesConnectionErrors: false,
    onGiveUp: "dropped",
    summary:
      "retry is on by default (WithRetry: 5s initial, 30s max interval, 1m max elapsed); HTTP retries 429/502/503/504 and only temporary url errors; gRPC retries Canceled, DeadlineExceeded, Aborted, OutOfRange, Unavailable, DataLoss, and ResourceExhausted with RetryInfo; then the batch is dropped and the error goes to the global error handler",
    source: TRACE_GRPC,
  },
};
