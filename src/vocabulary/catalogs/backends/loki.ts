import type { BackendCatalog } from "../Catalog.ts";

// Read from grafana/loki at 65e30f8 (2026-08).
const VALIDATE = "grafana/loki pkg/validation/validate.go";

export const loki: BackendCatalog = {
  id: "loki",
  name: "Grafana Loki",
  markers: [
    // Loki's limit messages all end by pointing at the Loki administrator.
    { text: "contact your loki administrator", source: VALIDATE },
    { text: "entry too far behind", source: "grafana/loki pkg/chunkenc/interface.go" },
    { text: "maximum active stream limit exceeded", source: VALIDATE },
    // The rate limits' own words: Cortex says "ingestion rate limit (<n>) exceeded while adding", Tempo
    // "ingestion rate limit (local: …".
    { text: "ingestion rate limit exceeded for user", source: VALIDATE },
    { text: "while attempting to ingest for stream", source: VALIDATE },
    { text: "' lines totaling '", source: VALIDATE },
    // Every per-entry validation message names the stream it refused: "entry for stream '{…}' has
    // timestamp too old", "stream '{…}' has label value too long".
    { text: "entry for stream '", source: VALIDATE },
    { text: "max entry size '", source: VALIDATE },
    { text: "while adding an entry with length", source: VALIDATE },
    { text: "has label name too long:", source: VALIDATE },
    { text: "has label value too long:", source: VALIDATE },
    { text: "has duplicate label name:", source: VALIDATE },
    { text: "error at least one valid stream is required for ingestion", source: VALIDATE },
    { text: "error at least one label pair is required per stream", source: VALIDATE },
    { text: "includes structured metadata, but this feature is disallowed", source: VALIDATE },
    { text: "has structured metadata too large:", source: VALIDATE },
    { text: "has too many structured metadata labels:", source: VALIDATE },
    { text: "oldest acceptable timestamp is:", source: VALIDATE },
    // The distributor's push parsing (pkg/distributor/http.go) and the push API's label check.
    { text: "couldn't parse push request:", source: "grafana/loki pkg/distributor/http.go" },
    { text: "couldn't decompress push request:", source: "grafana/loki pkg/distributor/http.go" },
    { text: "all logs lines filtered during parsing", source: "grafana/loki pkg/loghttp/push/push.go" },
    // The ingester's summary of the entries it refused from one push.
    { text: "ignored, reason: '", source: "grafana/loki pkg/ingester/stream.go" },
  ],
  answers: [
    {
      text: "entry too far behind, entry timestamp is:",
      source: "grafana/loki pkg/chunkenc/interface.go",
      meaning: "limit",
      status: 400,
      note: "older than the stream's newest entry minus the out-of-order window",
    },
    {
      text: "entry out of order",
      source: "grafana/loki pkg/chunkenc/interface.go",
      meaning: "limit",
      status: 400,
    },
    { text: "ingestion rate limit exceeded for user", source: VALIDATE, meaning: "limit", status: 429 },
    {
      text: "maximum active stream limit exceeded when trying to create stream",
      source: VALIDATE,
      meaning: "limit",
      status: 429,
    },
    { text: "has timestamp too old:", source: VALIDATE, meaning: "limit", status: 400 },
    { text: "has timestamp too new:", source: VALIDATE, meaning: "limit", status: 400 },
    { text: "max entry size", source: VALIDATE, meaning: "limit", status: 400 },
    { text: "ingestion blocked for user", source: VALIDATE, meaning: "limit" },
    {
      text: "no org id",
      source: "grafana/loki vendor/github.com/grafana/dskit/user/id.go",
      meaning: "tenant",
      status: 401,
    },
    {
      text: "too many unhealthy instances in the ring",
      source: "grafana/loki vendor/github.com/grafana/dskit/ring/ring.go",
      meaning: "unavailable",
    },
    {
      text: "empty ring",
      source: "grafana/loki vendor/github.com/grafana/dskit/ring/ring.go",
      meaning: "unavailable",
    },
  ],
};
