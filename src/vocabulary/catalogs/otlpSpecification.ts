import type { ClientCatalog } from "./Catalog.ts";
import { OTLP_RETRIED_GRPC, OTLP_RETRIED_STATUSES } from "./otlpRetryRules.ts";

/**
 * An OpenTelemetry SDK the paste does not name follows the OTLP specification's rule, which every
 * SDK exporter implements (JS's gRPC exporter, which never retries, names itself by its marks).
 */
export const OTLP_SPECIFICATION: ClientCatalog = {
  id: "otlp-specification",
  name: "The OpenTelemetry SDK's OTLP exporter",
  client: "otel-sdk",
  role: "sends",
  markers: [],
  errors: [],
  retry: {
    retriedStatuses: OTLP_RETRIED_STATUSES,
    // Without RetryInfo (which a paste does not show), ResourceExhausted is not retried.
    retriedGrpc: OTLP_RETRIED_GRPC.filter((c) => c !== "ResourceExhausted"),
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary: "retries 429, 502, 503, 504 and the transient gRPC codes; drops everything else",
    source: "open-telemetry/opentelemetry-proto docs/specification.md",
  },
};
