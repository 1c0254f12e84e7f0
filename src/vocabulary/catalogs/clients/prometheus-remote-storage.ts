import type { ClientCatalog } from "../Catalog.ts";

// Read from prometheus/prometheus at d15adb9 (2026-08): storage/remote and its callers.
const QUEUE = "prometheus/prometheus storage/remote/queue_manager.go";
const CLIENT = "prometheus/prometheus storage/remote/client.go";
const HANDLER = "prometheus/prometheus storage/remote/write_handler.go";

/** Every 5xx: client.go retries on `StatusCode/100 == 5`, not on a list. */
const SERVER_ERRORS = Array.from({ length: 100 }, (_, i) => 500 + i);

export const prometheusRemoteStorage: ClientCatalog = {
  id: "prometheus-remote-storage",
  name: "Prometheus remote storage (remote_write)",
  client: "prometheus",
  role: "sends",
  markers: [
    // main.go hands remote storage a logger With("component", "remote"); Alloy embeds the same
    // queue manager but under its own component_id, so this field is Prometheus's alone.
    { text: "component=remote", source: "prometheus/prometheus cmd/prometheus/main.go" },
    // 2.x (go-kit) logs name the deduplicating logger as the caller of every remote-write line.
    { text: "caller=dedupe.go", source: "prometheus/prometheus util/logging/dedupe.go" },
    { text: "caller=queue_manager.go", source: QUEUE },
    // 3.x (slog) prints the source file instead of caller=.
    { text: "source=queue_manager.go", source: QUEUE },
    // The same with --log.format=json.
    { text: '"caller":"dedupe.go', source: "prometheus/prometheus util/logging/dedupe.go" },
    { text: '"caller":"queue_manager.go', source: QUEUE },
    { text: '"source":"queue_manager.go', source: QUEUE },
    // Not markers: remote_name= and url= (queue_manager.go adds them with logger.With) also appear in
    // Alloy's prometheus.remote_write lines, which run this same code.
  ],
  errors: [
    {
      text: "non-recoverable error",
      source: QUEUE,
      meaning: "the batch was refused for good (a 4xx, or 429 without retry_on_http_429) and dropped",
    },
    {
      text: "non-recoverable error while sending metadata",
      source: QUEUE,
      meaning: "metadata batch dropped",
    },
    {
      text: "failed to send batch, retrying",
      source: QUEUE,
      meaning:
        "a recoverable error (connection failure, 5xx, or 429 when allowed); the shard retries with backoff",
    },
    {
      text: "server returned http status",
      source: CLIENT,
      class: "http.status",
      meaning: "the receiver answered non-2xx; the status and up to 1 KiB of its body follow",
    },
    {
      text: "retrying after duration specified by retry-after header",
      source: QUEUE,
      meaning: "the receiver asked it to slow down (Retry-After)",
    },
    {
      text: "resharding is disabled while waiting for recoverable errors",
      source: QUEUE,
      meaning: "sends keep failing with recoverable errors, so it will not add shards",
    },
    {
      text: "statistics indicate some data was not written",
      source: QUEUE,
      meaning: "a 2xx, but the receiver's write-response headers report rejected samples",
    },
    { text: "failed to flush all", source: QUEUE, meaning: "queued data dropped at shutdown" },
    // Prometheus as the receiver (remote-write receiver enabled): what the sender's peer logs.
    {
      text: "error decoding v1 remote write request",
      source: HANDLER,
      meaning: "receiver could not decode the body",
    },
    {
      text: "error decoding v2 remote write request",
      source: HANDLER,
      meaning: "receiver could not decode the body",
    },
    {
      text: "out of order sample from remote write",
      source: HANDLER,
      meaning: "receiver refused an out-of-order sample",
    },
  ],
  retry: {
    retriedStatuses: SERVER_ERRORS,
    retriedGrpc: [],
    // client.go: errors from Client.Do (refused, timeout, reset) are wrapped as RecoverableError.
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "retries connection errors and every 5xx with backoff (min_backoff 30ms doubling to max_backoff 5s) for as long as it takes, honouring Retry-After; 429 only with queue_config.retry_on_http_429 (added in 2.26, still off by default); any other status is non-recoverable and the batch is dropped",
    source: CLIENT,
  },
};
