import { judgeEndpointPath } from "../../vocabulary/judgeEndpointPath.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";
import { sentence } from "./sentence.ts";

/**
 * An SDK's OTLP/HTTP endpoint settings, which the specification treats in two ways: the shared
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is a base the SDK appends `/v1/traces` (metrics, logs) to, and a
 * signal's own `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is used as written. A signal path on the first
 * is doubled; no signal path on the second posts to the base. Both get a 404.
 */
export const otlpEnvEndpointPath = {
  id: "otlp-env-endpoint-path",
  symptom: "otel-wrong-endpoint",
  severity: "error",
  title: "SDK OTLP/HTTP endpoint setting with the wrong path for its kind (shared or per signal)",
  check(t, { url }): RuleHit[] {
    if (t.kind !== "otel-sdk" || !t.url || !url?.host || t.role !== "otlp-http" || t.protocolGuessed)
      return [];
    const v = judgeEndpointPath(t.signal ? `otlp-http-${t.signal}` : "otlp-http", t.url.value);
    if (v.verdict === "ok") return [];
    const message = t.signal
      ? sentence(v.reason)
      : `${t.key} ${url.path ? `ends in ${url.path}` : "has this path"}: the SDK appends /v1/traces (metrics, logs) to it, so the path is doubled and the backend answers 404. Give the base URL, or set the signal's own endpoint (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) to the full URL.`;
    return [{ field: "endpoint", line: t.url.line, message, fix: setTo(t.url, v.correctedUrl) }];
  },
} as const satisfies ConfigRule;
