/**
 * The one table of what each failure mode should be diagnosed as: the top diagnosis id of a real
 * client's output for that mode must be one of these knowledge-base ids. Reviewed here, in one place;
 * the suites never loosen it.
 */
export const expectedSymptoms = {
  refused: ["otel-network-unreachable"],
  silent: ["otel-network-unreachable"],
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
