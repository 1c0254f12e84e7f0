import type { ClientCatalog } from "../Catalog.ts";
import { OTLP_RETRIED_GRPC, OTLP_RETRIED_STATUSES } from "../otlpRetryRules.ts";

// Read from open-telemetry/opentelemetry-collector at 934999f (2026-08), and at tag v0.100.0 for the
// older file layout and log fields people still paste.
const RETRY = "open-telemetry/opentelemetry-collector exporter/exporterhelper/internal/retry_sender.go";
const QUEUE_SENDER =
  "open-telemetry/opentelemetry-collector exporter/exporterhelper/internal/queue_sender.go";
const BASE = "open-telemetry/opentelemetry-collector exporter/exporterhelper/internal/base_exporter.go";
const OTLP = "open-telemetry/opentelemetry-collector exporter/otlpexporter/otlp.go";
const OTLPHTTP = "open-telemetry/opentelemetry-collector exporter/otlphttpexporter/otlp.go";

export const otelcolExporterhelper: ClientCatalog = {
  id: "otelcol-exporterhelper",
  name: "OpenTelemetry Collector exporters (exporterhelper queue and retry; otlp, otlphttp)",
  client: "otelcol",
  role: "sends",
  markers: [
    // zap's console encoder prints the caller file; these are the senders that log failures.
    { text: "retry_sender.go:", source: RETRY },
    { text: "queue_sender.go:", source: QUEUE_SENDER },
    { text: "base_exporter.go:", source: BASE },
    // Before the move to internal/ (v0.100.0) the rejection was logged from common.go.
    {
      text: "exporterhelper/common.go:",
      source: "open-telemetry/opentelemetry-collector exporter/exporterhelper/common.go (v0.100.0)",
    },
    // From v0.28 to v0.85 the queue and retry lived in one file, queued_retry.go, which logged both.
    {
      text: "queued_retry.go:",
      source: "open-telemetry/opentelemetry-collector exporter/exporterhelper/queued_retry.go (v0.28-v0.85)",
    },
    // Not markers: the component fields ("otelcol.component.id", older "kind": "exporter") are on
    // every exporter's lines, including the prometheusremotewrite catalog's.
  ],
  errors: [
    {
      text: "exporting failed. will retry the request after interval.",
      source: RETRY,
      meaning: "a retryable error; the request is retried after the logged interval",
    },
    {
      text: "exporting failed. dropping data.",
      source: QUEUE_SENDER,
      meaning:
        "a request taken from the sending queue failed for good (permanent error or retries used up); dropped_items are lost",
    },
    {
      text: "exporting failed. rejecting data.",
      source: BASE,
      meaning:
        "the export failed and the data is refused back to the pipeline (no queue, or the queue is full)",
    },
    {
      text: "try enabling sending_queue to survive temporary failures.",
      source: BASE,
      meaning: "the exporter runs without a sending queue",
    },
    {
      text: "try enabling retry_on_failure config option to retry on retryable errors.",
      source: BASE,
      meaning: "the exporter runs with retries off",
    },
    {
      text: "sending queue is full",
      source: "open-telemetry/opentelemetry-collector exporter/exporterhelper/internal/queue/queue.go",
      class: "queue.full",
    },
    { text: "no more retries left", source: RETRY, meaning: "max_elapsed_time (default 5m) is used up" },
    { text: "not retryable error", source: RETRY, meaning: "a permanent error: dropped at once" },
    { text: "request will be cancelled before next retry", source: RETRY, class: "queue.timeout" },
    {
      text: "permanent error:",
      source: "open-telemetry/opentelemetry-collector consumer/consumererror/permanent.go",
    },
    {
      text: "error exporting items, request to",
      source: OTLPHTTP,
      class: "http.status",
      meaning: "otlphttp: the receiver answered non-2xx",
    },
    { text: "responded with http status code", source: OTLPHTTP, class: "http.status" },
    {
      text: "failed to make an http request",
      source: OTLPHTTP,
      meaning: "otlphttp: the request never got an answer",
    },
    {
      text: "partial success response",
      source: OTLP,
      meaning: "the receiver accepted only part of the data",
    },
  ],
  retry: {
    // otlphttp: isRetryableStatusCode; 429 and 503 also honour Retry-After.
    retriedStatuses: OTLP_RETRIED_STATUSES,
    // otlp (gRPC): shouldRetry; ResourceExhausted only when the server sent RetryInfo.
    retriedGrpc: OTLP_RETRIED_GRPC,
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "retry_on_failure (on by default: 5s initial, 30s max interval, max_elapsed_time 5m) retries otlphttp 429/502/503/504 and otlp gRPC Canceled, DeadlineExceeded, Aborted, OutOfRange, Unavailable, DataLoss, and ResourceExhausted only with RetryInfo; other statuses are permanent and dropped at once; when retries run out the queue drops the data",
    source: OTLPHTTP,
  },
};
