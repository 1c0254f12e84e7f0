/** The configuration formats the bot reads. */
/** `otel-sdk`: an OpenTelemetry SDK's exporter settings, as environment variables or Java system properties. */
export type ConfigKind = "prometheus" | "otelcol" | "alloy" | "grafana" | "curl" | "otel-sdk";
