import { urlOrigin } from "../parseUrl.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

const GRAFANA_PATH = "/prometheus";

export const grafanaUrlPrometheusPath = {
  id: "grafana-url-prometheus-path",
  symptom: "grafana-bad-gateway",
  severity: "error",
  title: "Grafana data source URL without /prometheus",
  check(t, { url }): RuleHit[] {
    if (!t.url || !url?.host || t.role !== "datasource") return [];
    const path = url.path.replace(/\/+$/, "");
    if (path === GRAFANA_PATH) return [];
    return [
      {
        field: "url",
        line: t.url.line,
        message: `The data source URL ${path === "" ? "has no path" : `has the path ${path}`}: it must be the base URL with ${GRAFANA_PATH}, or Grafana gets Bad Gateway / empty results.`,
        fix: setTo(t.url, `${urlOrigin(url)}${GRAFANA_PATH}`),
      },
    ];
  },
} as const satisfies ConfigRule;
