/** The configuration formats the bot reads. */
export type ConfigKind = "prometheus" | "otelcol" | "alloy" | "grafana" | "curl";
