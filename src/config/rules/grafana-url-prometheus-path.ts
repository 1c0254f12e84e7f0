import { judgeEndpointPath } from "../../vocabulary/judgeEndpointPath.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";
import { sentence } from "./sentence.ts";

export const grafanaUrlPrometheusPath = {
  id: "grafana-url-prometheus-path",
  symptom: "grafana-bad-gateway",
  severity: "error",
  title: "Grafana data source URL without /prometheus",
  check(t, { url }): RuleHit[] {
    if (!t.url || !url?.host || t.role !== "datasource") return [];
    const v = judgeEndpointPath("grafana-datasource", t.url.value);
    if (v.verdict === "ok") return [];
    return [
      { field: "url", line: t.url.line, message: sentence(v.reason), fix: setTo(t.url, v.correctedUrl) },
    ];
  },
} as const satisfies ConfigRule;
