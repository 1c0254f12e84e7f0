/**
 * The OTLP specification's retry rule, which the Collector's otlp/otlphttp exporters and the Java,
 * Python, Go and .NET SDK exporters each implement in their own code (their catalogs cite the file):
 * these HTTP statuses and gRPC codes are transient, everything else is permanent.
 */
export const OTLP_RETRIED_STATUSES: readonly number[] = [429, 502, 503, 504];

/** The transient gRPC codes; ResourceExhausted only when the server sends RetryInfo. */
export const OTLP_RETRIED_GRPC: readonly string[] = [
  "Canceled",
  "DeadlineExceeded",
  "Aborted",
  "OutOfRange",
  "Unavailable",
  "DataLoss",
  "ResourceExhausted",
];
