import type { Wording } from "./failureClasses/FailureClass.ts";

/**
 * How the pipeline's programs say they could not load their own configuration. A program that stops
 * there has sent nothing yet: the problem the paste shows is the config file itself (a key it does
 * not know, a component it was not built with), not an export that failed.
 */
export const CONFIG_LOAD_FAILURES: readonly Wording[] = [
  // `Error: failed to get config: cannot unmarshal the configuration: … unknown type: "debug"`
  {
    text: "cannot unmarshal the configuration",
    source: "open-telemetry/opentelemetry-collector otelcol/configprovider.go",
  },
  { text: "failed to get config:", source: "open-telemetry/opentelemetry-collector otelcol/collector.go" },
  // `Error loading config (--config.file=prometheus.yml)` and, on reload, `error loading config from "…"`.
  { text: "error loading config", source: "prometheus/prometheus cmd/prometheus/main.go" },
  { text: "failed parsing config:", source: "grafana/loki cmd/loki/main.go" },
];

/** Whether a paste (normalised, lower-case) shows a program failing to load its configuration. */
export function showsConfigLoadFailure(norm: string): boolean {
  return CONFIG_LOAD_FAILURES.some((w) => norm.includes(w.text));
}
