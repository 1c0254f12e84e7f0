import { urlOrigin } from "../parseUrl.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

/** xScaler's docs: the otlphttp endpoint is the base host only; the exporter adds the path. */
const OTLP_HTTP_BASE_PATH = "";

export const otlphttpEndpointPath = {
  id: "otlphttp-endpoint-path",
  symptom: "otelcol-otlphttp-endpoint-path",
  severity: "error",
  title: "otlphttp endpoint with a signal path appended",
  check(t, { url }): RuleHit[] {
    if (!t.url || !url || t.role !== "otlp-http" || !/\/v1\/(metrics|traces|logs)\/?$/.test(url.path))
      return [];
    return [
      {
        field: "endpoint",
        line: t.url.line,
        message: `The otlphttp endpoint ends in ${url.path}: the exporter appends /v1/metrics (traces, logs) itself, so the path ends up doubled. Give the base URL only.`,
        fix: setTo(t.url, `${urlOrigin(url)}${OTLP_HTTP_BASE_PATH}${url.rest}`),
      },
    ];
  },
} as const satisfies ConfigRule;
