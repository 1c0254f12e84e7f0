import type { ClientId } from "../../vocabulary/clients.ts";
import type { Snippet } from "../entrySchema.ts";

/** Which client a code block configures, by the words only that client's config has. */
export function guessClient(code: string): ClientId | undefined {
  if (/\bprometheus\.remote_write\s+"|^\s*[a-z_]+\.[a-z_.]+\s+"[^"]*"\s*\{|\balloy run\b/m.test(code))
    return "alloy";
  if (/^\s*remote_write:|\bremote_write:|queue_config:|write_relabel_configs:/m.test(code))
    return "prometheus";
  if (/^\s*exporters:|^\s*(?:otlp|otlphttp)(?:\/\w+)?:\s*$|^\s*service:\s*$|^service:telemetry/m.test(code))
    return "otelcol";
  if (/^\s*(?:export\s+)?OTEL_[A-Z_]+=/m.test(code)) return "otel-sdk";
  if (/^\s*datasources:|secureJsonData|httpHeaderName\d/m.test(code)) return "grafana";
  if (/(?:^|\s)curl\s/m.test(code)) return "curl";
  return undefined;
}

/** The snippet language the entry schema knows, by the block's shape. */
export function guessLanguage(code: string, client: ClientId | undefined): Snippet["language"] {
  if (client === "alloy" && /\{/.test(code)) return "alloy";
  if (client === "curl" || client === "otel-sdk" || /^\s*(?:curl\s|-H\s|--[a-z]|export\s|\$\s)/m.test(code))
    return "shell";
  if (/^\s*[{[]/.test(code) && /[}\]]\s*$/.test(code)) return "json";
  if (/^\s*[\w.-]+\s*=\s*/m.test(code) && /^\s*\[[\w.]+\]\s*$/m.test(code)) return "ini";
  if (/^\s*[\w"'./-]+:(?:\s|$)/m.test(code)) return "yaml";
  return "text";
}
