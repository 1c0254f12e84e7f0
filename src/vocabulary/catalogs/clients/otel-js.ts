import type { ClientCatalog } from "../Catalog.ts";

// Read from open-telemetry/opentelemetry-js at 6112635 (2026-08).
const BASE = "open-telemetry/opentelemetry-js experimental/packages/otlp-exporter-base/src";
const READER =
  "open-telemetry/opentelemetry-js packages/sdk-metrics/src/export/PeriodicExportingMetricReader.ts";

export const otelJs: ClientCatalog = {
  id: "otel-js",
  name: "OpenTelemetry JS SDK exporters",
  client: "otel-sdk",
  markers: [
    // The error class name is printed by diag and by util.inspect of the rejection.
    { text: "otlpexportererror", source: `${BASE}/types.ts` },
    // Every metric-reader message carries this prefix.
    { text: "periodicexportingmetricreader:", source: READER },
  ],
  errors: [
    {
      text: "export failed with retryable status",
      source: `${BASE}/otlp-export-delegate.ts`,
      meaning: "a 429/502/503/504 or network error, still failing after the retries",
    },
    { text: "export failed with unknown error", source: `${BASE}/otlp-export-delegate.ts` },
    { text: "export failed with non-retryable error", source: `${BASE}/retrying-transport.ts` },
    {
      text: "fetch request failed with non-retryable status",
      source: `${BASE}/transport/fetch-transport.ts`,
      class: "http.status",
    },
    {
      text: "export response retryable (status:",
      source: `${BASE}/transport/fetch-transport.ts`,
      class: "http.status",
    },
    { text: "export request retryable (network error:", source: `${BASE}/transport/fetch-transport.ts` },
    {
      text: "request timed out",
      source: `${BASE}/transport/http-transport-utils.ts`,
      class: "http.timeout",
    },
    {
      text: "otlp export response body exceeded size limit of",
      source: `${BASE}/transport/http-transport-utils.ts`,
      class: "size.too-large",
    },
    { text: "received partial success response:", source: `${BASE}/logging-response-handler.ts` },
    { text: "periodicexportingmetricreader: metrics export failed (error", source: READER },
    {
      text: "periodicexportingmetricreader: metrics export timed out after",
      source: READER,
      class: "queue.timeout",
    },
    { text: "periodicexportingmetricreader: metrics collection errors", source: READER },
    {
      text: "spans because maxqueuesize reached",
      source: "open-telemetry/opentelemetry-js packages/sdk-trace/src/export/BatchSpanProcessorBase.ts",
      class: "queue.full",
      meaning: "BatchSpanProcessor dropped spans: the exporter is slower than the app",
    },
  ],
  retry: {
    retriedStatuses: [429, 502, 503, 504],
    // The gRPC transport resolves every ServiceError as 'failure': no gRPC retry.
    retriedGrpc: [],
    // http-transport-utils.ts: ECONNRESET, ECONNREFUSED, EPIPE, ETIMEDOUT, EAI_AGAIN, ENOTFOUND,
    // ENETUNREACH, EHOSTUNREACH are retryable.
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "HTTP exporters retry 429/502/503/504 (honouring Retry-After) and common network errors up to 5 attempts (1s initial backoff, 5s max); the gRPC exporter does not retry; other statuses fail with OTLPExporterError and the batch is dropped",
    source: `${BASE}/is-export-retryable.ts`,
  },
};
