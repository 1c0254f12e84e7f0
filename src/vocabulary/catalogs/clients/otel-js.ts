import type { ClientCatalog } from "../Catalog.ts";
import { OTLP_RETRIED_STATUSES } from "../otlpRetryRules.ts";

// Read from open-telemetry/opentelemetry-js at 6112635 (2026-08).
const BASE = "open-telemetry/opentelemetry-js experimental/packages/otlp-exporter-base/src";
const READER =
  "open-telemetry/opentelemetry-js packages/sdk-metrics/src/export/PeriodicExportingMetricReader.ts";

export const otelJs: ClientCatalog = {
  id: "otel-js",
  name: "OpenTelemetry JS SDK exporters",
  client: "otel-sdk",
  role: "sends",
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
    // The HTTP exporters build OTLPExporterError from the response's status message and code, so the
    // error line names the status in words: `OTLPExporterError: Bad Request`.
    {
      text: "otlpexportererror: bad request",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 400,
    },
    {
      text: "otlpexportererror: unauthorized",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 401,
    },
    {
      text: "otlpexportererror: forbidden",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 403,
    },
    {
      text: "otlpexportererror: not found",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 404,
    },
    {
      text: "otlpexportererror: method not allowed",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 405,
    },
    {
      text: "otlpexportererror: payload too large",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 413,
    },
    {
      text: "otlpexportererror: unsupported media type",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 415,
    },
    {
      text: "otlpexportererror: too many requests",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 429,
    },
    {
      text: "otlpexportererror: internal server error",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 500,
    },
    {
      text: "otlpexportererror: bad gateway",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 502,
    },
    {
      text: "otlpexportererror: service unavailable",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 503,
    },
    {
      text: "otlpexportererror: gateway timeout",
      source: `${BASE}/transport/http-transport-utils.ts`,
      status: 504,
    },
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
    // The browser fetch transport's own logs when it gives up.
    {
      text: "export response failure (status:",
      source: `${BASE}/transport/fetch-transport.ts`,
      class: "http.status",
      meaning: "a status it does not retry: the batch is dropped",
    },
    { text: "export request failure (error:", source: `${BASE}/transport/fetch-transport.ts` },
    { text: "fetch request encountered a network error", source: `${BASE}/transport/fetch-transport.ts` },
    {
      text: "request timed out",
      source: `${BASE}/transport/http-transport-utils.ts`,
      class: "http.timeout",
    },
    // The same deadline as releases before 0.53 named it (src/platform/node/util.ts there).
    {
      text: "otlpexportererror: request timeout",
      source: `${BASE}/platform/node/util.ts`,
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
    retriedStatuses: OTLP_RETRIED_STATUSES,
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
