import type { ClientCatalog } from "../Catalog.ts";

// Read from grafana/loki at 98b411a (clients/pkg/promtail, before its removal in 04294bb). Promtail
// is not one of CLIENT_IDS: the proposed id is "promtail". Grafana Agent's static mode runs the same
// client, so its lines look the same.
const CLIENT = "grafana/loki clients/pkg/promtail/client/client.go (98b411a)";
const CONFIG = "grafana/loki clients/pkg/promtail/client/config.go (98b411a)";

/** client.go retries 429 and every 5xx (and connection errors); any other status is final. */
const RETRIED = [429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];

export const promtail: ClientCatalog = {
  id: "promtail",
  name: "Promtail's Loki client (and Grafana Agent static mode's)",
  client: "promtail",
  role: "sends",
  markers: [
    // Each client's logger: log.With(logger, "component", "client", "host", cfg.URL.Host).
    { text: "component=client host=", source: CLIENT },
    { text: '"component":"client","host":"', source: CLIENT },
  ],
  errors: [
    {
      text: "error sending batch, will retry",
      source: CLIENT,
      meaning: "a 429, a 5xx or a connection error; retried with backoff",
    },
    {
      text: "final error sending batch",
      source: CLIENT,
      meaning: "a status it does not retry (400, 401, 404…) or max_retries used up: the batch is dropped",
    },
    {
      text: "dropping batch due to rate limiting applied at ingester",
      source: CLIENT,
      status: 429,
      meaning: "drop_rate_limited_batches is on: a 429 is dropped at once",
    },
  ],
  retry: {
    retriedStatuses: RETRIED,
    retriedGrpc: [],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      'retries 429, every 5xx and connection errors with backoff_config (min_period 500ms doubling to max_period 5m, max_retries 10: about 8.5 minutes), then logs "final error sending batch" and drops the batch; any other status (400 from Loki\'s validation, 401, 404) is dropped at once',
    source: CONFIG,
  },
};
