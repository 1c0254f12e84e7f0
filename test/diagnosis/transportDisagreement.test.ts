import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/diagnosis/normalizeText.ts";
import { transportDisagreement } from "../../src/diagnosis/transportDisagreement.ts";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { diagnose } = shippedDiagnosis();
const inferred = (text: string) => transportDisagreement(normalizeText(text))?.value;

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

  it("is nothing when the two agree, or when the paste names both transports or both ports", () => {
    expect(inferred("otlptracegrpc: failed to upload traces to otel-collector:4317")).toBeUndefined();
    expect(
      inferred("OtlpGrpcSpanExporter is used instead of OtlpHttpSpanExporter, endpoint :4318"),
    ).toBeUndefined();
    expect(inferred("otlptracehttp: failed: collector:4317 and collector:4318 both tried")).toBeUndefined();
  });

  it("does not take a receiver's listen address for the exporter's endpoint", () => {
    const collector = [
      'info otlpreceiver@v0.98.0/otlp.go:102 Starting GRPC server {"kind": "receiver", "name": "otlp", "endpoint": "0.0.0.0:4317"}',
      'error otlphttpexporter/otlp.go:150 Exporting failed {"kind": "exporter", "name": "otlphttp", "error": "timeout"}',
    ].join("\n");
    expect(inferred(collector)).toBeUndefined();
  });
});
