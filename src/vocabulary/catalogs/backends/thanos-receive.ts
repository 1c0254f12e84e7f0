import type { BackendCatalog } from "../Catalog.ts";

// Read from thanos-io/thanos at e103a81 (2026-08).
const HANDLER = "thanos-io/thanos pkg/receive/handler.go";
const HASHRING = "thanos-io/thanos pkg/receive/hashring.go";

export const thanosReceive: BackendCatalog = {
  id: "thanos-receive",
  name: "Thanos Receive",
  markers: [
    { text: "no matching hashring to handle tenant", source: HASHRING },
    { text: "request replica exceeds receiver replication factor", source: HANDLER },
    { text: "tenant is above active series limit", source: HANDLER },
    // Replication between receivers: the peer it forwards to is named in the error.
    { text: "backing off forward request for endpoint", source: HANDLER },
    { text: "forwarding request to endpoint", source: HANDLER },
    { text: "failed to distribute timeseries to replicas", source: HANDLER },
    { text: "scheduling forward request for endpoint", source: HANDLER },
    { text: "get tenant appendable", source: "thanos-io/thanos pkg/receive/writer.go" },
    // The loggers cmd/thanos/receive.go gives the writer and the handler: every line they print.
    { text: "component=receive-writer", source: "thanos-io/thanos cmd/thanos/receive.go" },
    { text: "component=receive-handler", source: "thanos-io/thanos cmd/thanos/receive.go" },
  ],
  answers: [
    // receiveHTTP maps these causes to statuses.
    { text: "target not ready", source: HANDLER, meaning: "unavailable", status: 503 },
    { text: "target not available", source: HANDLER, meaning: "unavailable", status: 503 },
    // errConflict ("conflict", 409 for out-of-order or duplicate samples) is left out: the bare word
    // is far too common to match on.
    {
      text: "request replica exceeds receiver replication factor",
      source: HANDLER,
      meaning: "unavailable",
      status: 400,
    },
    { text: "tenant is above active series limit", source: HANDLER, meaning: "limit", status: 429 },
    { text: "no matching hashring to handle tenant", source: HASHRING, meaning: "tenant", status: 500 },
    {
      text: "amount of endpoints needs to be larger than replication factor",
      source: HASHRING,
      meaning: "unavailable",
      note: "ketama hashring with fewer receivers than the replication factor",
    },
    { text: "too many timeseries", source: HANDLER, meaning: "limit", status: 413 },
    { text: "too many samples", source: HANDLER, meaning: "limit", status: 413 },
    { text: "write request too large", source: HANDLER, meaning: "limit", status: 413 },
    {
      text: "tsdb not ready",
      source: "thanos-io/thanos pkg/receive/multitsdb.go",
      meaning: "unavailable",
      status: 503,
    },
  ],
};
