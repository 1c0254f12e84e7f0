import { judgeEndpointPath } from "../../vocabulary/judgeEndpointPath.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";
import { sentence } from "./sentence.ts";

export const otlphttpEndpointPath = {
  id: "otlphttp-endpoint-path",
  symptom: "otelcol-otlphttp-endpoint-path",
  severity: "error",
  title: "otlphttp endpoint is not the base URL (a signal or API path on it)",
  check(t, { url }): RuleHit[] {
    // An SDK's settings have their own rule (otlp-env-endpoint-path): a signal's endpoint takes the full path.
    if (!t.url || !url || t.role !== "otlp-http" || t.kind === "otel-sdk") return [];
    const v = judgeEndpointPath("otlp-http", t.url.value);
    if (v.verdict === "ok") return [];
    return [
      { field: "endpoint", line: t.url.line, message: sentence(v.reason), fix: setTo(t.url, v.correctedUrl) },
    ];
  },
} as const satisfies ConfigRule;
