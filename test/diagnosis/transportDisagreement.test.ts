import { beforeAll, describe, expect, it } from "vitest";
import { extractFacts } from "../../src/diagnosis/extractFacts.ts";
import { normalizeText } from "../../src/diagnosis/normalizeText.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { diagnose } = shippedDiagnosis();
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

/**
 * The class the paste's facts imply together: extractFacts runs transportDisagreement with the gRPC
 * codes and the exporters' names the knowledge base's one needle scan found, as a diagnosis does.
 */
const inferred = (text: string) => {
  const t = normalizeText(text);
  const facts = extractFacts(t, { found: kb.needles.scan(t.norm), wordings: kb.wordings });
  return facts.classes.find((c) => c.inferred)?.value;
};

describe("an exporter of one OTLP transport set up for the other", () => {
  it("is the HTTP exporter sending to the gRPC port: the Java agent's HttpExporter with the endpoint on 4317", () => {
    const text = [
      "[otel.javaagent 2024-05-02 10:00:00:000 +0000] [OkHttp http://otel-collector:4317/...] ERROR io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. The request could not be executed.",
      "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317",
    ].join("\n");
    expect(inferred(text)).toBe("protocol.http1-to-h2");
    const [top] = diagnose(text).matches;
    expect(top?.id).toBe("otel-protocol-mismatch");
    // Inferred from two facts, not worded by the runtime: offered, but not as a sure answer.
    expect(top?.confidence).not.toBe("high");
  });

  it("is a gRPC exporter sending to the HTTP port, or told to speak HTTP", () => {
    expect(
      inferred(
        "2024/05/02 10:00:00 traces export: otlptracegrpc: context deadline exceeded\nOTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4318",
      ),
    ).toBe("protocol.grpc-to-http");
    expect(
      inferred(
        "ERROR opentelemetry.exporter.otlp.proto.grpc.exporter: Failed to export traces to collector, error code: StatusCode.UNAVAILABLE\nexport OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf",
      ),
    ).toBe("protocol.grpc-to-http");
  });

  it("knows Quarkus' own exporters by their abbreviated class names", () => {
    expect(
      inferred(
        "WARNING [io.qua.ope.run.exp.otl.VertxGrpcExporter] (vert.x-eventloop-thread-1) Failed to export TraceRequestMarshalers. quarkus.otel.exporter.otlp.endpoint=http://collector:4318",
      ),
    ).toBe("protocol.grpc-to-http");
  });

  it("is nothing when the two agree, or when the paste names both transports or both ports", () => {
    expect(inferred("otlptracegrpc: failed to upload traces to otel-collector:4317")).toBeUndefined();
    expect(
      inferred("OtlpGrpcSpanExporter is used instead of OtlpHttpSpanExporter, endpoint :4318"),
    ).toBeUndefined();
    expect(inferred("otlptracehttp: failed: collector:4317 and collector:4318 both tried")).toBeUndefined();
  });

  it("reads a gRPC status as a gRPC call: an SDK told to speak HTTP that still answers StatusCode.UNAVAILABLE", () => {
    const text = [
      "Setting OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf changes nothing:",
      "Failed to export traces to collector.internal, error code: StatusCode.UNAVAILABLE",
    ].join("\n");
    expect(inferred(text)).toBe("protocol.grpc-to-http");
    // The Unavailable is the mismatch's consequence, not a backend that is down.
    expect(diagnose(text).matches[0]?.id).toBe("otel-protocol-mismatch");
  });

  it("does not read the Collector's otlphttp exporter, which words HTTP failures as gRPC statuses, as a gRPC call", () => {
    const text =
      'info internal/retry_sender.go:133 Exporting failed. Will retry the request after interval. {"otelcol.component.id": "otlphttp", "otelcol.component.kind": "exporter", "error": "rpc error: code = Unavailable desc = error exporting items, request to http://gateway.internal:4318/v1/logs responded with HTTP Status Code 504"}';
    expect(inferred(text)).toBeUndefined();
    expect(diagnose(text).matches[0]?.id).toBe("otel-backend-unavailable");
  });

  it("does not take a receiver's listen address for the exporter's endpoint", () => {
    const collector = [
      'info otlpreceiver@v0.98.0/otlp.go:102 Starting GRPC server {"kind": "receiver", "name": "otlp", "endpoint": "0.0.0.0:4317"}',
      'error otlphttpexporter/otlp.go:150 Exporting failed {"kind": "exporter", "name": "otlphttp", "error": "timeout"}',
    ].join("\n");
    expect(inferred(collector)).toBeUndefined();
  });
});
