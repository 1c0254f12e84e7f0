/**
 * The one table of what each failure mode should be diagnosed as: the top diagnosis id of a real
 * client's output for that mode must be one of these knowledge-base ids. Reviewed here, in one place;
 * the suites never loosen it.
 */
export const expectedSymptoms = {
  refused: ["otel-network-unreachable"],
  // A server that accepts the connection and never answers: the client sees a deadline after
  // connecting (Go's "context deadline exceeded", grpc's DEADLINE_EXCEEDED, JS "Request timed out"),
  // which a hung or overloaded backend produces just as well as a black-holing network.
  silent: ["otel-network-unreachable", "otel-backend-unavailable"],
  reset: ["otel-network-unreachable"],
  "self-signed": ["otel-tls-untrusted"],
  "unknown-ca": ["otel-tls-untrusted"],
  "hostname-mismatch": ["otel-tls-untrusted"],
  "client-cert-required": ["otel-tls-untrusted"],
  "h2c-only": ["otel-protocol-mismatch"],
  "http1-only": ["otel-protocol-mismatch"],
  "http-400-no-org-id": ["missing-org-id"],
  "http-401": ["unauthorized-401", "otel-auth-rejected"],
  "http-403": ["forbidden-scope-403", "otel-auth-rejected"],
  "http-404": ["otel-wrong-endpoint", "remote-write-wrong-path", "otelcol-otlphttp-endpoint-path"],
  "http-413": ["request-too-large"],
  "http-429": ["rate-limited-429"],
  "http-500": ["otel-backend-unavailable"],
  "http-502": ["otel-backend-unavailable"],
  "http-503": ["otel-backend-unavailable"],
} as const satisfies Record<string, readonly string[]>;

export type Mode = keyof typeof expectedSymptoms;

export const modes = Object.keys(expectedSymptoms) as Mode[];

/**
 * Outputs that withhold the status: OpenTelemetry JS's HTTP exporters retry 429, 502, 503 and 504 and
 * then report only "Export failed with retryable status" (code undefined), so no diagnosis can tell
 * those modes apart from the text. For them the top answer may be any of `accept`, and the mode's own
 * symptom must still be among the answers offered.
 */
export const statusWithheld = {
  text: "Export failed with retryable status",
  modes: ["http-429", "http-502", "http-503"] as Mode[],
  accept: ["otel-backend-unavailable", "rate-limited-429"],
} as const;
