/**
 * The config rules: each finds one mistake in a pasted configuration and names the knowledge-base
 * symptom it causes. A knowledge entry lists the ids of its rules under `config_rules`, so the
 * knowledge base stays the one place a symptom is described.
 */

export const CONFIG_RULE_IDS = [
  "push-url-path",
  "missing-tenant-header",
  "authorization-bearer-prefix",
  "token-whitespace",
  "basic-auth-instead-of-bearer",
  "alloy-credentials-bearer",
  "otlphttp-endpoint-path",
  "otlp-port-protocol",
  "otlp-endpoint-port",
  "grafana-url-prometheus-path",
  "grafana-basic-auth",
  "insecure-skip-verify",
  "queue-config-429",
] as const;
export type ConfigRuleId = (typeof CONFIG_RULE_IDS)[number];

export interface ConfigRule {
  id: ConfigRuleId;
  /** The knowledge-base entry id this mistake produces. */
  symptom: string;
  severity: "error" | "warning";
  title: string;
}

export const CONFIG_RULES: readonly ConfigRule[] = [
  {
    id: "push-url-path",
    symptom: "remote-write-wrong-path",
    severity: "error",
    title: "remote_write URL does not end in /api/v1/push",
  },
  {
    id: "missing-tenant-header",
    symptom: "missing-org-id",
    severity: "error",
    title: "No X-Scope-OrgID tenant header",
  },
  {
    id: "authorization-bearer-prefix",
    symptom: "unauthorized-401",
    severity: "error",
    title: 'Authorization value without "Bearer " (or with it twice)',
  },
  {
    id: "token-whitespace",
    symptom: "unauthorized-401",
    severity: "error",
    title: "Token with whitespace or a line break in it",
  },
  {
    id: "basic-auth-instead-of-bearer",
    symptom: "unauthorized-401",
    severity: "error",
    title: "Token or tenant in basic auth where the Bearer header belongs",
  },
  {
    id: "alloy-credentials-bearer",
    symptom: "alloy-not-arriving",
    severity: "error",
    title: 'Alloy authorization credentials start with "Bearer "',
  },
  {
    id: "otlphttp-endpoint-path",
    symptom: "otelcol-otlphttp-endpoint-path",
    severity: "error",
    title: "otlphttp endpoint with a signal path appended",
  },
  {
    id: "otlp-port-protocol",
    symptom: "otel-protocol-mismatch",
    severity: "error",
    title: "gRPC exporter on the HTTP port (4318) or HTTP exporter on the gRPC port (4317)",
  },
  {
    id: "otlp-endpoint-port",
    symptom: "otel-wrong-endpoint",
    severity: "error",
    title: "gRPC otlp endpoint without a port",
  },
  {
    id: "grafana-url-prometheus-path",
    symptom: "grafana-bad-gateway",
    severity: "error",
    title: "Grafana data source URL without /prometheus",
  },
  {
    id: "grafana-basic-auth",
    symptom: "grafana-bad-gateway",
    severity: "error",
    title: "Grafana data source uses Basic Auth instead of the two HTTP headers",
  },
  {
    id: "insecure-skip-verify",
    symptom: "otel-tls-untrusted",
    severity: "warning",
    title: "TLS certificate verification turned off",
  },
  {
    id: "queue-config-429",
    symptom: "rate-limited-429",
    severity: "warning",
    title: "queue_config that makes 429s worse",
  },
];

export function configRule(id: ConfigRuleId): ConfigRule {
  const rule = CONFIG_RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`unknown config rule ${id}`);
  return rule;
}
