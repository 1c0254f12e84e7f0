/** The programs whose output people paste, and whose configuration we can correct. */
export const CLIENT_IDS = ["prometheus", "alloy", "otelcol", "otel-sdk", "grafana", "curl"] as const;
export type ClientId = (typeof CLIENT_IDS)[number];

export const CLIENT_NAMES: Record<ClientId, string> = {
  prometheus: "Prometheus",
  alloy: "Grafana Alloy",
  otelcol: "OpenTelemetry Collector",
  "otel-sdk": "OpenTelemetry SDK",
  grafana: "Grafana",
  curl: "curl",
};

/** Which way the data was going when the error happened. */
export const DIRECTIONS = ["write", "read", "scrape"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** gRPC status codes, in the order of their numbers (1 to 16), as the Go and Java libraries name them. */
export const GRPC_CODE_NAMES = [
  "Canceled",
  "Unknown",
  "InvalidArgument",
  "DeadlineExceeded",
  "NotFound",
  "AlreadyExists",
  "PermissionDenied",
  "ResourceExhausted",
  "FailedPrecondition",
  "Aborted",
  "OutOfRange",
  "Unimplemented",
  "Internal",
  "Unavailable",
  "DataLoss",
  "Unauthenticated",
] as const;
