import { urlOrigin } from "../parseUrl.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

/**
 * Ports where a tracing backend listens for its own protocol, not OTLP: Jaeger's collector takes its
 * model.proto over gRPC on 14250 and Thrift over HTTP on 14268, its agent Thrift over UDP on 6831 and
 * 6832 (jaegertracing/jaeger ports/ports.go), and Zipkin its v2 JSON on 9411. Both take OTLP on 4317
 * and 4318 when they take it at all.
 */
const FOREIGN_PORTS: Readonly<Record<string, string>> = {
  "14250": "Jaeger's own gRPC port (model.proto)",
  "14268": "Jaeger's Thrift-over-HTTP port",
  "6831": "the Jaeger agent's Thrift UDP port",
  "6832": "the Jaeger agent's Thrift UDP port",
  "9411": "Zipkin's port",
};

export const otlpEndpointForeignPort = {
  id: "otlp-endpoint-foreign-port",
  symptom: "otel-wrong-endpoint",
  severity: "error",
  title: "OTLP exporter pointed at a Jaeger or Zipkin port",
  check(t, { url }): RuleHit[] {
    if (!t.url || !url || (t.role !== "otlp-grpc" && t.role !== "otlp-http")) return [];
    const what = FOREIGN_PORTS[url.port];
    if (what === undefined) return [];
    const grpc = t.role === "otlp-grpc";
    const port = grpc ? "4317" : "4318";
    return [
      {
        field: "endpoint.port",
        line: t.url.line,
        message: `Port ${url.port} is ${what}, which does not speak OTLP: point the ${grpc ? "gRPC otlp" : "otlphttp"} exporter at ${port}, where Jaeger and the Collector take OTLP.`,
        // The Jaeger or Zipkin path (`/api/traces`, `/api/v2/spans`) goes too: OTLP takes the base URL.
        fix: setTo(t.url, urlOrigin(url, port)),
      },
    ];
  },
} as const satisfies ConfigRule;
