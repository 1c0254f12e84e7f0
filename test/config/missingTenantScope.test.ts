import { describe, expect, it } from "vitest";
import { analyseConfig } from "../../src/config/analyseConfig.ts";

const rulesFound = (text: string) => analyseConfig(text).findings.map((f) => f.rule);

const otlpTo = (endpoint: string) => `exporters:
  otlp:
    endpoint: "${endpoint}"
service:
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [otlp]
`;

describe("the tenant-header rule applies to multi-tenant backends only", () => {
  it("asks for X-Scope-OrgID on a Mimir-family push", () => {
    expect(rulesFound("remote_write:\n  - url: https://mimir.example.net/api/v1/push\n")).toContain(
      "missing-tenant-header",
    );
    expect(rulesFound(otlpTo("tempo-distributor.tracing.svc:4317"))).toContain("missing-tenant-header");
  });

  it("does not ask for it on a Jaeger port or a plain receiver", () => {
    expect(rulesFound(otlpTo("my-jaeger-collector.observability.svc.cluster.local:14250"))).not.toContain(
      "missing-tenant-header",
    );
    expect(rulesFound("remote_write:\n  - url: http://localhost:8083/receive\n")).not.toContain(
      "missing-tenant-header",
    );
  });
});
