import type { ClientCatalog } from "../Catalog.ts";

// Read from fluent/fluent-bit at d55459d (2026-08). Fluent Bit is not one of CLIENT_IDS yet: the
// proposed id is "fluent-bit".
const PLUGIN = "fluent/fluent-bit plugins/out_opentelemetry/opentelemetry.c";
const ENGINE = "fluent/fluent-bit src/flb_engine.c";

export const fluentBitOpentelemetry: ClientCatalog = {
  id: "fluent-bit-opentelemetry",
  name: "Fluent Bit out_opentelemetry output",
  client: "fluent-bit",
  role: "sends",
  markers: [
    // flb_plg_error prefixes "[output:%s:%s] " with the plugin name and instance (opentelemetry.0).
    { text: "[output:opentelemetry:", source: "fluent/fluent-bit include/fluent-bit/flb_output_plugin.h" },
    // The engine's retry lines name the output instance.
    { text: "output=opentelemetry.", source: ENGINE },
  ],
  errors: [
    {
      text: ", http status=",
      source: PLUGIN,
      class: "http.status",
      meaning: "the receiver answered outside 200-205",
    },
    { text: "grpc-status=", source: PLUGIN, class: "grpc.status" },
    {
      text: "could not flush records to",
      source: PLUGIN,
      meaning: "no HTTP answer (http_do failed); retried",
    },
    {
      text: "error performing http request, remote host=",
      source: PLUGIN,
      meaning: "connection error; retried",
    },
    { text: "failed to obtain oauth2 access token", source: PLUGIN },
    { text: "could not sign request with sigv4", source: PLUGIN },
    {
      text: "failed to flush chunk",
      source: ENGINE,
      meaning: "the plugin returned FLB_RETRY; a retry is scheduled",
    },
    {
      text: "cannot be retried: task_id=",
      source: ENGINE,
      meaning: "retry_limit used up (or FLB_ERROR): the chunk is dropped",
    },
    { text: "could not be scheduled: input=", source: ENGINE, class: "resource.memory" },
  ],
  retry: {
    // is_http_status_code_retrayable, after the OTLP spec (the comment says 500 is deliberately not).
    retriedStatuses: [429, 502, 503, 504],
    // opentelemetry_is_grpc_status_retryable: 1, 4, 8, 10, 13, 14.
    retriedGrpc: ["Canceled", "DeadlineExceeded", "ResourceExhausted", "Aborted", "Internal", "Unavailable"],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "returns FLB_RETRY for 429/502/503/504, gRPC Cancelled, DeadlineExceeded, ResourceExhausted, Aborted, Internal, Unavailable, a 401 with OAuth2 (fresh token) and connection errors; the engine re-schedules the chunk up to retry_limit (default 1); other statuses return FLB_ERROR and the chunk is dropped (or sent to the dead-letter queue when configured)",
    source: PLUGIN,
  },
};
