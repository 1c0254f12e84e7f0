import { judgeEndpointPath } from "../../vocabulary/judgeEndpointPath.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";
import { sentence } from "./sentence.ts";

export const otlpGrpcEndpointPath = {
  id: "otlp-grpc-endpoint-path",
  symptom: "otel-wrong-endpoint",
  severity: "error",
  title: "gRPC otlp endpoint with a path",
  check(t, { url }): RuleHit[] {
    // The SDKs read their gRPC endpoint as a URL and use only its host and port.
    if (!t.url || !url?.host || t.role !== "otlp-grpc" || t.kind === "otel-sdk") return [];
    const v = judgeEndpointPath("otlp-grpc", t.url.value);
    if (v.verdict === "ok") return [];
    return [
      {
        field: "endpoint",
        line: t.url.line,
        message: `${sentence(v.reason)} gRPC has no URL path: the service name is in the protocol.`,
        fix: setTo(t.url, v.correctedUrl),
      },
    ];
  },
} as const satisfies ConfigRule;
