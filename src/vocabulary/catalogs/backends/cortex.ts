import type { BackendCatalog } from "../Catalog.ts";

// Read from cortexproject/cortex at a8c6358 (2026-08), including its vendored copies.
const RING = "cortexproject/cortex pkg/ring/ring.go";
const LIMITS = "cortexproject/cortex pkg/ingester/instance_limits.go";
const LIMITER = "cortexproject/cortex pkg/ingester/limiter.go";
const TSDB = "cortexproject/cortex vendor/github.com/prometheus/prometheus/storage/interface.go";
const VALIDATION = "cortexproject/cortex pkg/util/validation/errors.go";
const DIST = "cortexproject/cortex pkg/distributor/distributor.go";

export const cortex: BackendCatalog = {
  id: "cortex",
  name: "Cortex",
  markers: [
    // Cortex's per-instance limit errors (Mimir rewrote these with err-mimir ids).
    { text: "ingesters's max series limit reached", source: LIMITS },
    { text: "too many inflight push requests in ingester", source: LIMITS },
    { text: "ingester's samples push rate limit reached", source: LIMITS },
    { text: "too many inflight push requests in distributor", source: DIST },
    { text: "distributor's samples push rate limit reached", source: DIST },
    { text: "too many inflight ingester client requests in distributor", source: DIST },
    // The limiter's series and metadata limits end with the three limits and -ingester.admin-limit-message,
    // whose default is below. Mimir rewrote these messages, so they are Cortex's own.
    { text: "actual local limit:", source: LIMITER },
    // The limiter's own series and metadata limit wordings. Mimir kept them and adds
    // "(err-mimir-…)", which its own markers catch; either way the paste is a backend's answer.
    { text: "per-user series limit of", source: LIMITER },
    { text: "per-metric series limit of", source: LIMITER },
    { text: "per-user metric metadata limit of", source: LIMITER },
    { text: "per-metric metadata limit of", source: LIMITER },
    {
      text: "please contact administrator to raise it",
      source: "cortexproject/cortex pkg/ingester/ingester.go",
    },
    // Cortex's validation wordings (Mimir's say "received a series whose …").
    { text: "label name too long for metric", source: VALIDATION },
    { text: "label value too long for metric", source: VALIDATION },
    { text: "labels size bytes exceeded for metric", source: VALIDATION },
    { text: "series has too many labels (actual:", source: VALIDATION },
    { text: "sample invalid label:", source: VALIDATION },
    { text: "sample invalid metric name:", source: VALIDATION },
    { text: "sample missing metric name", source: VALIDATION },
    { text: "exemplar missing labels, timestamp:", source: VALIDATION },
    { text: "exemplar missing timestamp, timestamp:", source: VALIDATION },
    { text: "exemplar combined labelset exceeds", source: VALIDATION },
    { text: "native histogram bucket count exceeded for metric", source: VALIDATION },
  ],
  answers: [
    { text: "too many unhealthy instances in the ring", source: RING, meaning: "unavailable" },
    { text: "empty ring", source: RING, meaning: "unavailable" },
    {
      text: "live replicas required, could only find",
      source: "cortexproject/cortex pkg/ring/replication_strategy.go",
      meaning: "unavailable",
    },
    {
      text: "no org id",
      source: "cortexproject/cortex vendor/github.com/weaveworks/common/user/id.go",
      meaning: "tenant",
      status: 401,
    },
    {
      text: "ingestion rate limit (",
      source: "cortexproject/cortex pkg/distributor/distributor.go",
      meaning: "limit",
      status: 429,
      note: "ingestion rate limit (<n>) exceeded while adding <n> samples and <n> metadata",
    },
    {
      text: "too many inflight push requests in distributor",
      source: DIST,
      meaning: "overloaded",
      status: 503,
    },
    {
      text: "distributor's samples push rate limit reached",
      source: DIST,
      meaning: "overloaded",
      status: 503,
    },
    {
      text: "cannot push more samples: ingester's samples push rate limit reached",
      source: LIMITS,
      meaning: "overloaded",
    },
    {
      text: "cannot create tsdb: ingesters's max tenants limit reached",
      source: LIMITS,
      meaning: "overloaded",
    },
    {
      text: "cannot add series: ingesters's max series limit reached",
      source: LIMITS,
      meaning: "overloaded",
    },
    {
      text: "cannot push: too many inflight push requests in ingester",
      source: LIMITS,
      meaning: "overloaded",
    },
    { text: "per-user series limit of", source: LIMITER, meaning: "limit", status: 400 },
    { text: "per-metric series limit of", source: LIMITER, meaning: "limit", status: 400 },
    {
      text: "timestamp too old:",
      source: "cortexproject/cortex pkg/util/validation/errors.go",
      meaning: "limit",
      status: 400,
    },
    { text: "out of order sample", source: TSDB, meaning: "limit", status: 400 },
    { text: "out of bounds", source: TSDB, meaning: "limit", status: 400 },
    { text: "too old sample", source: TSDB, meaning: "limit", status: 400 },
  ],
};
