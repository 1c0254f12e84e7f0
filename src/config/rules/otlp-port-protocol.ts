import { urlOrigin } from "../parseUrl.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

export const otlpPortProtocol = {
  id: "otlp-port-protocol",
  symptom: "otel-protocol-mismatch",
  severity: "error",
  title: "gRPC exporter on the HTTP port (4318) or HTTP exporter on the gRPC port (4317)",
  check(t, { url }): RuleHit[] {
    if (!t.url || !url || (t.role !== "otlp-grpc" && t.role !== "otlp-http")) return [];
    const grpc = t.role === "otlp-grpc";
    if (url.port !== (grpc ? "4318" : "4317")) return [];
    return [
      {
        field: "endpoint.port",
        line: t.url.line,
        message: grpc
          ? "The gRPC otlp exporter points at port 4318, the OTLP/HTTP port: use 4317 (or switch to the otlphttp exporter)."
          : "The otlphttp exporter points at port 4317, the OTLP/gRPC port: use 4318 (or switch to the otlp exporter).",
        fix: setTo(t.url, `${urlOrigin(url, grpc ? "4317" : "4318")}${url.path}${url.rest}`),
      },
    ];
  },
} as const satisfies ConfigRule;
