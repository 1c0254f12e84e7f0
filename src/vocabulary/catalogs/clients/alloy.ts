import type { ClientCatalog } from "../Catalog.ts";

// Read from grafana/alloy at 66ebea8 (2026-08).
const NODE = "grafana/alloy internal/runtime/internal/controller/node_builtin_component.go";
const RW = "grafana/alloy internal/component/prometheus/remotewrite/remote_write.go";
const RW_TYPES = "grafana/alloy internal/component/prometheus/remotewrite/types.go";
const LOKI = "grafana/alloy internal/component/common/loki/client/shards.go";
const LOADER = "grafana/alloy internal/runtime/internal/controller/loader.go";
const RUN = "grafana/alloy internal/alloycli/cmd_run.go";

const SERVER_ERRORS = Array.from({ length: 100 }, (_, i) => 500 + i);

export const alloy: ClientCatalog = {
  id: "alloy",
  name: "Grafana Alloy components (prometheus.remote_write, otelcol.exporter.*, loki.write)",
  client: "alloy",
  role: "both",
  markers: [
    // Every component's logger is built With("component_path", parent, "component_id", id).
    // component_id= alone is not a marker: Vector's sink spans print component_id= too.
    { text: "component_path=", source: NODE },
    { text: "component_id=prometheus.remote_write", source: NODE },
    { text: "component_id=otelcol.exporter.", source: NODE },
    { text: "component_id=loki.write", source: NODE },
    // The same fields under logging { format = "json" } (slog's JSON handler, internal/runtime/logging/handler.go).
    { text: '"component_path":"', source: NODE },
    { text: '"component_id":"prometheus.remote_write', source: NODE },
    { text: '"component_id":"otelcol.exporter.', source: NODE },
    { text: '"component_id":"loki.write', source: NODE },
    // prometheus.remote_write runs Prometheus's remote storage under this sub-logger.
    { text: "subcomponent=rw", source: RW },
    { text: '"subcomponent":"rw"', source: RW },
    // The loader's diagnostics when a component's arguments do not decode or its constructor fails
    // ("Failed to build component: %s" around node_builtin_component.go's "building component: %w").
    { text: "failed to build component: building component:", source: LOADER },
    { text: "failed to build component: decoding configuration:", source: LOADER },
    { text: "failed to evaluate node for config block:", source: LOADER },
    // `alloy run` when the first load of the configuration fails ("error during the initial load: %w"
    // is left out: its words are ordinary).
    { text: "could not perform the initial load successfully", source: RUN },
  ],
  errors: [
    // prometheus.remote_write: Prometheus's queue manager, so its strings (see
    // prometheus-remote-storage) appear here too; listed for what they mean inside Alloy.
    {
      text: "failed to send batch, retrying",
      source: "prometheus/prometheus storage/remote/queue_manager.go",
      meaning: "prometheus.remote_write: a recoverable error, retried with backoff",
    },
    {
      text: "non-recoverable error",
      source: "prometheus/prometheus storage/remote/queue_manager.go",
      meaning: "prometheus.remote_write: batch refused for good and dropped",
    },
    // loki.write
    {
      text: "error sending batch, will retry",
      source: LOKI,
      meaning: "loki.write: 429, 5xx or a connection error; retried with backoff (logged at debug)",
    },
    {
      text: "final error sending batch, no retries left, dropping data",
      source: LOKI,
      meaning: "loki.write: a non-retried status, or max_backoff_retries used up; the batch is lost",
    },
    {
      text: "dropping batch due to rate limiting applied at ingester",
      source: LOKI,
      status: 429,
      meaning: "loki.write with drop_rate_limited_batches: a 429 is dropped at once",
    },
    {
      text: "server returned http status",
      source: LOKI,
      class: "http.status",
      meaning: "loki.write: Loki answered non-2xx; status, code and first body line follow",
    },
    {
      text: "streams limit exceeded",
      source: "grafana/alloy internal/component/common/loki/client/batch.go",
    },
    {
      text: "queue is full",
      source: "grafana/alloy internal/component/common/loki/client/endpoint.go",
      class: "queue.full",
    },
  ],
  retry: {
    // prometheus.remote_write is the component people paste most; its queue_options default
    // retry_on_http_429 to true (Prometheus itself defaults it to false).
    retriedStatuses: [429, ...SERVER_ERRORS],
    retriedGrpc: [],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "prometheus.remote_write: retries connection errors, 5xx and (retry_on_http_429 defaults to true here) 429 with backoff; drops other 4xx. loki.write: retries 429, 5xx and connection errors up to max_backoff_retries (10) between 500ms and 5m, then drops the batch; retry_on_http_429 defaults to true there too. otelcol.exporter.* use the Collector's exporterhelper rules",
    source: RW_TYPES,
  },
};
