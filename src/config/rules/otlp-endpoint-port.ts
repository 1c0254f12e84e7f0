import { urlOrigin } from "../parseUrl.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

export const otlpEndpointPort = {
  id: "otlp-endpoint-port",
  symptom: "otel-wrong-endpoint",
  severity: "error",
  title: "gRPC otlp endpoint without a port",
  check(t, { url }): RuleHit[] {
    // The SDKs take the port from the scheme (https: 443) when the URL has none; the Collector does not.
    if (!t.url || !url || t.role !== "otlp-grpc" || url.port !== "" || t.kind === "otel-sdk") return [];
    return [
      {
        field: "endpoint.port",
        line: t.url.line,
        message: 'The gRPC otlp endpoint has no port, which fails with "missing port in address": add :4317.',
        fix: setTo(t.url, `${urlOrigin(url, "4317")}${url.path}${url.rest}`),
      },
    ];
  },
} as const satisfies ConfigRule;
