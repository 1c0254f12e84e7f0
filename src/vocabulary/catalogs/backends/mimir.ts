import type { BackendCatalog } from "../Catalog.ts";

// grafana/mimir is over the fetch size limit; read through the file index. The ring and tenant
// errors come from grafana/dskit, read in its copy vendored by grafana/loki.
const IDS = "grafana/mimir pkg/util/globalerror/user.go";
const DIST = "grafana/mimir pkg/distributor/errors.go";
const INGESTER = "grafana/mimir pkg/ingester/errors.go";
const RING = "grafana/dskit ring/ring.go (vendored in grafana/loki)";

export const mimir: BackendCatalog = {
  id: "mimir",
  name: "Grafana Mimir",
  markers: [
    // Every user-facing error ends "(err-mimir-<id>)".
    { text: "(err-mimir-", source: IDS },
    { text: "or contact your service administrator.", source: IDS },
    // The distributor's prefix for every ingester answer, limits included: it names Mimir, not a cause.
    { text: "failed pushing to ingester", source: DIST },
  ],
  answers: [
    { text: "too many unhealthy instances in the ring", source: RING, meaning: "unavailable", status: 500 },
    {
      text: "live replicas required, could only find",
      source: "grafana/dskit ring/replication_strategy.go (vendored in grafana/loki)",
      meaning: "unavailable",
      note: "fewer healthy ingesters than the replication quorum",
    },
    { text: "empty ring", source: RING, meaning: "unavailable", note: "no ingesters have joined the ring" },
    {
      text: "no org id",
      source: "grafana/dskit user/id.go (vendored in grafana/loki)",
      meaning: "tenant",
      status: 401,
      note: "X-Scope-OrgID missing",
    },
    { text: "exceeded configured distributor remote timeout", source: DIST, meaning: "overloaded" },
    { text: "distributor is unavailable (current state:", source: DIST, meaning: "unavailable", status: 503 },
    {
      text: "the request has been rejected because the tenant exceeded the ingestion rate limit",
      source: DIST,
      meaning: "limit",
      status: 429,
      errorId: "err-mimir-tenant-max-ingestion-rate",
    },
    {
      text: "the request has been rejected because the tenant exceeded the ingestion burst size limit",
      source: DIST,
      meaning: "limit",
      status: 429,
      errorId: "err-mimir-tenant-max-ingestion-rate",
    },
    {
      text: "the request has been rejected because the tenant exceeded the request rate limit",
      source: DIST,
      meaning: "limit",
      status: 429,
      errorId: "err-mimir-tenant-max-request-rate",
    },
    {
      text: "the request has been rejected because the tenant exceeded the active series limit",
      source: DIST,
      meaning: "limit",
      status: 429,
      errorId: "err-mimir-max-active-series",
    },
    {
      text: "maximum number of high-availability (ha) clusters has been reached for this tenant",
      source: DIST,
      meaning: "limit",
      status: 400,
      errorId: "err-mimir-tenant-too-many-ha-clusters",
    },
    {
      text: "out-of-order samples are not allowed",
      source: INGESTER,
      meaning: "limit",
      status: 400,
      errorId: "err-mimir-sample-out-of-order",
    },
    {
      text: "this sample is beyond the out-of-order time window of",
      source: INGESTER,
      meaning: "limit",
      status: 400,
      errorId: "err-mimir-sample-timestamp-too-old",
    },
    {
      text: "another sample with the same timestamp, but a different value, has already been ingested",
      source: INGESTER,
      meaning: "limit",
      status: 400,
      errorId: "err-mimir-sample-duplicate-timestamp",
    },
    {
      text: "received a sample whose timestamp is too far in the future",
      source: INGESTER,
      meaning: "limit",
      status: 400,
      errorId: "err-mimir-too-far-in-future",
    },
    {
      text: "per-user series limit of",
      source: INGESTER,
      meaning: "limit",
      status: 400,
      errorId: "err-mimir-max-series-per-user",
    },
  ],
};
