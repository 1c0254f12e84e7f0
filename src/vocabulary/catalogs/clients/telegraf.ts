import type { ClientCatalog } from "../Catalog.ts";

// Read from influxdata/telegraf at b272631 (2026-08). Telegraf is not one of CLIENT_IDS: the proposed
// id is "telegraf". Its log lines carry the level letter and the plugin: `E! [outputs.http] …`.
const AGENT = "influxdata/telegraf agent/agent.go";
const OUTPUT = "influxdata/telegraf models/running_output.go";
const HTTP = "influxdata/telegraf plugins/outputs/http/http.go";

export const telegraf: ClientCatalog = {
  id: "telegraf",
  name: "Telegraf outputs",
  client: "telegraf",
  role: "sends",
  markers: [
    // The agent's flush loop when an output's Write fails.
    { text: "[agent] error writing to", source: AGENT },
    // An output plugin's own logger prefix.
    { text: "[outputs.", source: "influxdata/telegraf logger/logger.go" },
  ],
  errors: [
    { text: "[agent] error writing to", source: AGENT, meaning: "the batch stays in the output's buffer" },
    {
      text: "received status code:",
      source: HTTP,
      class: "http.status",
      meaning: "a non-2xx answer; the body follows",
    },
    // outputs.loki words it with a comma: "when writing to [<url>] received status code, <n>: <body>".
    {
      text: "received status code,",
      source: "influxdata/telegraf plugins/outputs/loki/loki.go",
      class: "http.status",
      meaning: "Loki answered non-2xx; Loki's body follows",
    },
    { text: "when writing to [", source: HTTP, meaning: "the request to that URL failed" },
    {
      text: "metric buffer overflow;",
      source: OUTPUT,
      class: "queue.full",
      meaning: "metric_buffer_limit reached: the oldest metrics were dropped",
    },
    {
      text: "did not complete within its flush interval",
      source: AGENT,
      class: "queue.timeout",
      meaning: "a write took longer than flush_interval",
    },
  ],
  retry: {
    // updateTransaction: a failed Write keeps the whole batch in the buffer for the next flush (a
    // partial-write error only what was not accepted); the buffer drops the oldest when full.
    // Every 4xx and 5xx: the output's Write just fails and the batch stays.
    retriedStatuses: Array.from({ length: 200 }, (_, i) => 400 + i),
    retriedGrpc: [],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "a failed write keeps the batch in the output's buffer and tries it again at the next flush, whatever the status (the http output's non_retryable_statuscodes drop instead); once metric_buffer_limit is reached the oldest metrics are dropped",
    source: OUTPUT,
  },
};
