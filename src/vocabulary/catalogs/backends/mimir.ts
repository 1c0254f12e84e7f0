import type { BackendCatalog } from "../Catalog.ts";

// grafana/mimir is over the fetch size limit; read through the file index. The ring and tenant
// errors come from grafana/dskit, read in its copy vendored by grafana/loki.
const IDS = "grafana/mimir pkg/util/globalerror/user.go";
const DIST = "grafana/mimir pkg/distributor/errors.go";
const INGESTER = "grafana/mimir pkg/ingester/errors.go";
const RING = "grafana/dskit ring/ring.go (vendored in grafana/loki)";
const VALIDATE = "grafana/mimir pkg/distributor/validate.go";
const PUSH = "grafana/mimir pkg/distributor/push.go";
const LIMITER = "grafana/mimir pkg/util/limiter/errors.go";
const INSTANCE_LIMITS = "grafana/mimir pkg/ingester/instance_limits.go";

export const mimir: BackendCatalog = {
  id: "mimir",
  name: "Grafana Mimir",
  markers: [
    // Every user-facing error ends "(err-mimir-<id>)".
    { text: "(err-mimir-", source: IDS },
    { text: "or contact your service administrator.", source: IDS },
    // The same message's middle, for pastes cut before the id or after it.
    { text: "to adjust the related per-tenant limit", source: IDS },
    { text: "to adjust the related limit, configure -", source: IDS },
    { text: "to adjust the related limits, configure -", source: IDS },
    // The distributor's prefix for every ingester answer, limits included: it names Mimir, not a cause.
    { text: "failed pushing to ingester", source: DIST },
    { text: "failed pushing to partition", source: DIST },
    // Each validation message opens with what was received; Cortex words the same checks otherwise
    // ("label value too long for metric", "series has too many labels").
    { text: "received a series whose", source: VALIDATE },
    { text: "received a series with an invalid label", source: VALIDATE },
    { text: "received a series with invalid", source: VALIDATE },
    { text: "received a series with duplicate label name", source: VALIDATE },
    { text: "received series has no metric name", source: VALIDATE },
    { text: "received an info series whose", source: VALIDATE },
    { text: "received a sample whose timestamp is too far in the", source: VALIDATE },
    { text: "received a native histogram sample with", source: VALIDATE },
    { text: "received an exemplar with no", source: VALIDATE },
    { text: "received an exemplar where the size of its combined labels", source: VALIDATE },
    { text: "received an exemplar whose timestamp is too far in the", source: INGESTER },
    { text: "received a metric metadata", source: VALIDATE },
    // The ingester's sample and exemplar errors, and the series they name.
    { text: "the sample has been rejected because its timestamp is too old", source: INGESTER },
    { text: "the sample has been rejected because another sample with", source: INGESTER },
    { text: "the affected sample has timestamp", source: INGESTER },
    { text: "the exemplar has been rejected because", source: INGESTER },
    { text: "the affected exemplar is", source: INGESTER },
    { text: "ingester is unavailable (current state:", source: INGESTER },
    // The distributor's tenant limits and request size.
    { text: "the request has been rejected because the tenant exceeded the", source: DIST },
    {
      text: "this limit is applied on the total number of samples, exemplars and metadata received across all distributors",
      source: DIST,
    },
    {
      text: "the write request has been rejected because the maximum number of high-availability",
      source: DIST,
    },
    { text: "distributor is unavailable (current state:", source: DIST },
    // Per-instance limits: the instance, not the tenant, is full (errors name no values on purpose).
    {
      text: "the write request has been rejected because the ingester exceeded the",
      source: INSTANCE_LIMITS,
    },
    {
      text: "the write request has been rejected because the distributor exceeded the",
      source: "grafana/mimir pkg/distributor/instance_limits.go",
    },
    { text: "the incoming push request has been rejected because its message size", source: PUSH },
    { text: "the incoming otlp request has been rejected because its message size", source: PUSH },
    // The querier's per-query limits and the strategy they suggest (cardinalityStrategy).
    { text: "the query exceeded the maximum number of series (limit:", source: LIMITER },
    { text: "the query exceeded the maximum number of chunks (limit:", source: LIMITER },
    { text: "the query exceeded the aggregated chunks size limit", source: LIMITER },
    { text: "the estimated number of chunks for the query exceeded the maximum allowed", source: LIMITER },
    {
      text: "consider reducing the time range and/or number of series selected by the query",
      source: LIMITER,
    },
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
      text: "the write request has been rejected because the ingester exceeded the",
      source: INSTANCE_LIMITS,
      meaning: "overloaded",
      note: "an ingester's instance limit (ingestion rate, tenants, in-memory series, inflight requests)",
    },
    {
      text: "the write request has been rejected because the distributor exceeded the",
      source: "grafana/mimir pkg/distributor/instance_limits.go",
      meaning: "overloaded",
      note: "a distributor's instance limit (inflight requests or bytes, ingestion rate)",
    },
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
