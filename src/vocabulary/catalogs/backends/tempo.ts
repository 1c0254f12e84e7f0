import type { BackendCatalog } from "../Catalog.ts";

// Read from grafana/tempo at ad33aa8 (2026-08).
const OVERRIDES = "grafana/tempo modules/overrides/config.go";
const DIST = "grafana/tempo modules/distributor/distributor.go";

export const tempo: BackendCatalog = {
  id: "tempo",
  name: "Grafana Tempo",
  markers: [
    // Error prefixes Tempo puts on refused batches.
    { text: "live_traces_exceeded", source: OVERRIDES },
    { text: "trace_too_large", source: OVERRIDES },
    { text: "rate_limited:", source: DIST },
    {
      text: "pusher failed to consume trace data",
      source: "grafana/tempo modules/distributor/receiver/shim.go",
    },
    // The endings of the distributor's two RATE_LIMITED messages (status ResourceExhausted).
    { text: "consider increasing the limit or reducing ingestion rate", source: DIST },
    { text: "consider reducing batch size or increasing rate limit", source: DIST },
    { text: "bytes/s, global:", source: DIST },
    { text: "trace ids must be 128 bit, received", source: DIST },
    { text: "span ids must be 64 bit and not all zero", source: DIST },
    // Tempo 2.x ingester limits (removed with the ingester in 3.0; people still paste them).
    {
      text: "per-user traces limit (local:",
      source: "grafana/tempo modules/ingester/limiter.go (v2.3.0)",
    },
    { text: "max size of trace (", source: "grafana/tempo modules/ingester/instance.go (v2.3.0)" },
  ],
  answers: [
    {
      text: "rate_limited: ingestion rate limit (local:",
      source: DIST,
      meaning: "limit",
      status: 429,
      note: "gRPC ResourceExhausted, 429 over OTLP/HTTP: rate_limit_bytes exceeded",
    },
    {
      text: "rate_limited: batch size (",
      source: DIST,
      meaning: "limit",
      note: "one batch larger than the burst",
    },
    {
      text: "live_traces_exceeded",
      source: OVERRIDES,
      meaning: "limit",
      note: "max_traces_per_user reached",
    },
    { text: "trace_too_large", source: OVERRIDES, meaning: "limit", note: "max_bytes_per_trace reached" },
    {
      text: "failed to extract org id from both grpc and http",
      source: "grafana/tempo modules/distributor/receiver/middleware.go",
      meaning: "tenant",
      note: "multi-tenancy is on and the request had no X-Scope-OrgID",
    },
    {
      text: "more than one orgid found",
      source: "grafana/tempo modules/distributor/receiver/middleware.go",
      meaning: "tenant",
    },
  ],
};
