import { describe, expect, it } from "vitest";
import { analyseConfig } from "../../src/config/analyseConfig.ts";
import { readOtlpEnv } from "../../src/config/readOtlpEnv.ts";

const rules = (text: string) => analyseConfig(text).findings.map((f) => f.rule);

describe("readOtlpEnv: an SDK's exporter settings", () => {
  it("reads variables, exports and Java system properties, one target per endpoint", () => {
    const targets = readOtlpEnv(
      [
        'export OTEL_EXPORTER_OTLP_ENDPOINT="http://collector.internal:4317"',
        "OTEL_EXPORTER_OTLP_PROTOCOL=grpc",
        "java -javaagent:opentelemetry-javaagent.jar \\",
        "  -Dotel.exporter.otlp.traces.endpoint=https://traces.example.com/v1/traces \\",
        "  -Dotel.exporter.otlp.traces.protocol=http/protobuf \\",
        "  -jar app.jar",
      ].join("\n"),
    );
    expect(targets.map((t) => [t.key, t.role, t.signal, t.url?.value])).toEqual([
      ["OTEL_EXPORTER_OTLP_ENDPOINT", "otlp-grpc", undefined, "http://collector.internal:4317"],
      ["otel.exporter.otlp.traces.endpoint", "otlp-http", "traces", "https://traces.example.com/v1/traces"],
    ]);
  });

  it("reads the headers, percent-decoded, and keeps their values out of the echo", () => {
    const text =
      'OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com\nOTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer%20abcdef0123456789abcdef,X-Scope-OrgID=team-a"';
    const [t] = readOtlpEnv(text);
    expect(t?.headers.map((h) => [h.name, h.value.value])).toEqual([
      ["Authorization", "Bearer abcdef0123456789abcdef"],
      ["X-Scope-OrgID", "team-a"],
    ]);
    const block = analyseConfig(text).blocks[0];
    expect(block?.kind).toBe("otel-sdk");
    expect(block?.text).not.toContain("abcdef0123456789abcdef");
    expect(block?.text).toContain("X-Scope-OrgID=team-a");
  });

  it("does not read a header written `Name: value`, and still masks its token", () => {
    const text =
      'OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com\nOTEL_EXPORTER_OTLP_HEADERS="Authorization: Bearer 0123456789abcdef0123456789abcdef"';
    const [t] = readOtlpEnv(text);
    expect(t?.headers).toEqual([]);
    expect(t?.unreadHeaders?.map((v) => v.value)).toEqual([
      "Authorization: Bearer 0123456789abcdef0123456789abcdef",
    ]);
    const report = analyseConfig(text);
    expect(JSON.stringify(report)).not.toContain("0123456789abcdef0123456789abcdef");
    expect(report.blocks[0]?.text).toContain("Authorization: Bearer ****");
  });

  it("reads a compose file's environment block", () => {
    const text = [
      "services:",
      "  app:",
      "    environment:",
      "      OTEL_EXPORTER_OTLP_ENDPOINT: http://jaeger:14268",
      "      OTEL_EXPORTER_OTLP_PROTOCOL: http/protobuf",
    ].join("\n");
    expect(rules(text)).toEqual(["otlp-endpoint-foreign-port"]);
  });
});

describe("config rules on an SDK's settings", () => {
  it("finds a signal path on the shared endpoint, which the SDK doubles, and corrects it", () => {
    const text =
      "OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com/v1/traces\nOTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf";
    const report = analyseConfig(text);
    expect(report.findings.map((f) => [f.rule, f.symptom])).toEqual([
      ["otlp-env-endpoint-path", "otel-wrong-endpoint"],
    ]);
    expect(report.blocks[0]?.corrected?.text).toBe(
      "OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com\nOTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf",
    );
  });

  it("finds a signal's own endpoint without its path, which the SDK posts to as written", () => {
    const text =
      "-Dotel.exporter.otlp.metrics.endpoint=https://otlp.example.com -Dotel.exporter.otlp.protocol=http/protobuf";
    const report = analyseConfig(text);
    expect(report.findings.map((f) => f.rule)).toEqual(["otlp-env-endpoint-path"]);
    expect(report.blocks[0]?.corrected?.text).toContain(
      "-Dotel.exporter.otlp.metrics.endpoint=https://otlp.example.com/v1/metrics",
    );
  });

  it("blames no path when no protocol is written and the port does not say it (the SDKs' defaults differ)", () => {
    expect(rules("OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com/v1/traces")).toEqual([]);
  });

  it("finds gRPC on the HTTP port when the protocol is written", () => {
    expect(
      rules("OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4318\nOTEL_EXPORTER_OTLP_PROTOCOL=grpc"),
    ).toEqual(["otlp-port-protocol"]);
  });

  it("asks for the tenant only on a backend the URL names, adding the header setting in the paste's own form", () => {
    expect(rules("OTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io")).toEqual([]);
    const report = analyseConfig("-Dotel.exporter.otlp.endpoint=https://mimir.example.com/otlp");
    expect(report.findings.map((f) => f.rule)).toEqual(["missing-tenant-header"]);
    expect(report.blocks[0]?.corrected?.text).toBe(
      "-Dotel.exporter.otlp.endpoint=https://mimir.example.com/otlp\n-Dotel.exporter.otlp.headers=X-Scope-OrgID=<tenant-id>",
    );
  });
});
