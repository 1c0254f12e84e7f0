import { describe, expect, it } from "vitest";
import { analyseConfig } from "../../src/config/analyseConfig.ts";
import type { ConfigReport } from "../../src/config/ConfigReport.ts";
import { CONFIG_RULES, type ConfigRuleId } from "../../src/config/rules/configRules.ts";
import { maskSecrets } from "../../src/vocabulary/maskSecrets.ts";
import { FIXTURE_SECRETS, fixedFixture, fixture } from "./fixtures.ts";

function expectNoSecrets(report: ConfigReport): void {
  const json = JSON.stringify(report);
  for (const s of FIXTURE_SECRETS) expect(json).not.toContain(s);
  for (const f of report.findings) expect(maskSecrets(f.message)).toBe(f.message);
}

/** One scenario a rule: the fixture, what it must find, and its expected correction beside it. */
const RULE_CASES: {
  rule: ConfigRuleId;
  file: string;
  symptom: string;
  line: number;
  /** A scenario written here rather than in a fixture file: the snippet and its expected correction. */
  inline?: { text: string; fixed: string };
}[] = [
  { rule: "push-url-path", file: "prometheus/write-path.yml", symptom: "remote-write-wrong-path", line: 7 },
  {
    rule: "missing-tenant-header",
    file: "prometheus/missing-tenant.yml",
    symptom: "missing-org-id",
    line: 2,
  },
  {
    rule: "authorization-bearer-prefix",
    file: "otelcol/authorization-prefix.yml",
    symptom: "unauthorized-401",
    line: 6,
  },
  { rule: "token-whitespace", file: "prometheus/token-linebreak.yml", symptom: "unauthorized-401", line: 4 },
  { rule: "basic-auth-instead-of-bearer", file: "curl/basic-auth.sh", symptom: "unauthorized-401", line: 2 },
  {
    rule: "alloy-credentials-bearer",
    file: "alloy/credentials-bearer.alloy",
    symptom: "alloy-not-arriving",
    line: 12,
  },
  {
    rule: "otlphttp-endpoint-path",
    file: "otelcol/otlphttp-path.yml",
    symptom: "otelcol-otlphttp-endpoint-path",
    line: 8,
  },
  {
    rule: "otlp-port-protocol",
    file: "otelcol/port-protocol.yml",
    symptom: "otel-protocol-mismatch",
    line: 3,
  },
  { rule: "otlp-endpoint-port", file: "otelcol/endpoint-port.yml", symptom: "otel-wrong-endpoint", line: 3 },
  {
    rule: "otlp-env-endpoint-path",
    file: "(inline) an SDK's shared endpoint with the traces path on it",
    symptom: "otel-wrong-endpoint",
    line: 2,
    inline: {
      text: "OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf\nOTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com:4318/v1/traces\nOTEL_SERVICE_NAME=checkout",
      fixed:
        "OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf\nOTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com:4318\nOTEL_SERVICE_NAME=checkout",
    },
  },
  {
    rule: "otlp-env-headers-format",
    file: "(inline) an SDK's headers written as HTTP writes them",
    symptom: "unauthorized-401",
    line: 2,
    inline: {
      text: 'OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com\nOTEL_EXPORTER_OTLP_HEADERS="Authorization: Bearer 0123456789abcdef0123456789abcdef"',
      fixed:
        'OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com\nOTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer%20<token>"',
    },
  },
  {
    rule: "otlp-endpoint-foreign-port",
    file: "(inline) otelcol otlp exporter on Jaeger's gRPC port",
    symptom: "otel-wrong-endpoint",
    line: 3,
    inline: {
      text: "exporters:\n  otlp:\n    endpoint: jaeger-collector.tracing.svc:14250\n    tls:\n      insecure: true\nservice:\n  pipelines:\n    traces:\n      exporters: [otlp]",
      fixed:
        "exporters:\n  otlp:\n    endpoint: jaeger-collector.tracing.svc:4317\n    tls:\n      insecure: true\nservice:\n  pipelines:\n    traces:\n      exporters: [otlp]",
    },
  },
  {
    rule: "otlp-grpc-endpoint-path",
    file: "(inline) otelcol grpc endpoint with a path",
    symptom: "otel-wrong-endpoint",
    line: 3,
    inline: {
      text: "exporters:\n  otlp:\n    endpoint: otel-gateway.example.net:4317/v1/metrics\n    headers:\n      X-Scope-OrgID: acme-prod\nservice:\n  pipelines:\n    metrics:\n      exporters: [otlp]",
      fixed:
        "exporters:\n  otlp:\n    endpoint: otel-gateway.example.net:4317\n    headers:\n      X-Scope-OrgID: acme-prod\nservice:\n  pipelines:\n    metrics:\n      exporters: [otlp]",
    },
  },
  {
    rule: "grafana-url-prometheus-path",
    file: "grafana/no-prometheus-path.yml",
    symptom: "grafana-bad-gateway",
    line: 6,
  },
  { rule: "grafana-basic-auth", file: "grafana/basic-auth.yml", symptom: "grafana-bad-gateway", line: 7 },
  {
    rule: "insecure-skip-verify",
    file: "prometheus/insecure-tls.yml",
    symptom: "otel-tls-untrusted",
    line: 8,
  },
  {
    rule: "tls-insecure-on-https",
    file: "otelcol/tls-insecure-https.yml",
    symptom: "otel-tls-untrusted",
    line: 8,
  },
  { rule: "queue-config-429", file: "prometheus/queue-429.yml", symptom: "rate-limited-429", line: 9 },
];

describe("one test per rule", () => {
  it("covers every rule of the registry", () => {
    expect(new Set(RULE_CASES.map((c) => c.rule))).toEqual(new Set(CONFIG_RULES.map((r) => r.id)));
  });

  for (const c of RULE_CASES) {
    it(`${c.rule}: ${c.file}`, () => {
      const report = analyseConfig(c.inline?.text ?? fixture(c.file));
      const finding = report.findings.find((f) => f.rule === c.rule);
      expect(finding).toBeDefined();
      if (!finding) return;
      expect(finding.symptom).toBe(c.symptom);
      expect(finding.line).toBe(c.line);
      expect(finding.severity).toBe(CONFIG_RULES.find((r) => r.id === c.rule)?.severity);
      expect(finding.correction).toBeDefined();
      expect(finding.correction?.diff).toMatch(/^@@ /m);
      // The correction, re-analysed, no longer has this finding at this line.
      const again = analyseConfig(finding.correction?.text ?? "");
      expect(
        again.findings.some(
          (f) => f.rule === c.rule && f.target === finding.target && f.field === finding.field,
        ),
      ).toBe(false);
      // The whole block corrected is the expected fixture.
      expect(report.blocks[0]?.corrected?.text).toBe(c.inline?.fixed ?? fixedFixture(c.file));
      expectNoSecrets(report);
    });
  }

  it("warnings are insecure-skip-verify, tls-insecure-on-https and queue-config-429 only", () => {
    expect(CONFIG_RULES.filter((r) => r.severity === "warning").map((r) => r.id)).toEqual([
      "insecure-skip-verify",
      "tls-insecure-on-https",
      "queue-config-429",
    ]);
  });

  it("tls-insecure-on-https corrects Alloy's otelcol.exporter.otlphttp too", () => {
    const alloy = [
      'otelcol.exporter.otlphttp "tempo" {',
      "  client {",
      '    endpoint = "https://tempo.example.com:443"',
      "    tls {",
      "      insecure = true",
      "    }",
      "  }",
      "}",
    ].join("\n");
    const finding = analyseConfig(alloy).findings.find((f) => f.rule === "tls-insecure-on-https");
    expect(finding?.line).toBe(5);
    expect(finding?.correction?.text).toContain('ca_file = "<path-to-ca.pem>"');
    expect(finding?.correction?.text).not.toMatch(/insecure\s*=/);
  });

  it("tls-insecure-on-https says nothing where a CA is trusted or verification is off, and reads True too", () => {
    const base = fixture("otelcol/tls-insecure-https.yml");
    const rules = (text: string) => analyseConfig(text).findings.map((f) => f.rule);
    expect(
      rules(base.replace("insecure: true", "insecure: true\n      ca_file: /etc/ssl/ca.pem")),
    ).not.toContain("tls-insecure-on-https");
    expect(
      rules(base.replace("insecure: true", "insecure: true\n      insecure_skip_verify: true")),
    ).not.toContain("tls-insecure-on-https");
    const capital = analyseConfig(base.replace("insecure: true", "insecure: True"));
    expect(capital.findings.find((f) => f.rule === "tls-insecure-on-https")?.correction?.text).toContain(
      "ca_file: <path-to-ca.pem>",
    );
  });

  it("tls-insecure-on-https leaves gRPC and plain-http endpoints alone, where insecure does what it says", () => {
    const grpc = fixture("otelcol/tls-insecure-https.yml").replaceAll("otlphttp", "otlp");
    expect(analyseConfig(grpc).findings.map((f) => f.rule)).not.toContain("tls-insecure-on-https");
    const plain = fixture("otelcol/tls-insecure-https.yml").replace("https://", "http://");
    expect(analyseConfig(plain).findings.map((f) => f.rule)).not.toContain("tls-insecure-on-https");
  });
});

/** One scenario a client, with every finding it must give (rule@line). */
const CLIENT_CASES: { client: string; file: string; findings: string[] }[] = [
  {
    client: "prometheus",
    file: "prometheus/basic-auth.yml",
    findings: ["missing-tenant-header@2", "basic-auth-instead-of-bearer@4"],
  },
  {
    client: "otelcol",
    file: "otelcol/missing-tenant.yml",
    findings: ["missing-tenant-header@2"],
  },
  {
    client: "alloy",
    file: "alloy/write-path.alloy",
    findings: ["push-url-path@3", "queue-config-429@9", "queue-config-429@10"],
  },
  {
    client: "alloy",
    file: "alloy/basic-auth.alloy",
    findings: ["missing-tenant-header@2", "basic-auth-instead-of-bearer@5"],
  },
  { client: "alloy", file: "alloy/missing-tenant.alloy", findings: ["missing-tenant-header@2"] },
  { client: "alloy", file: "alloy/otlphttp-path.alloy", findings: ["otlphttp-endpoint-path@3"] },
  {
    client: "grafana",
    file: "grafana/basic-auth.yml",
    findings: ["missing-tenant-header@4", "grafana-basic-auth@7"],
  },
  {
    client: "curl",
    file: "curl/missing-tenant.sh",
    findings: ["missing-tenant-header@1", "authorization-bearer-prefix@1", "insecure-skip-verify@1"],
  },
  { client: "curl", file: "curl/write-path.sh", findings: ["push-url-path@1"] },
  { client: "prometheus", file: "prometheus/bearer-twice.yml", findings: ["authorization-bearer-prefix@5"] },
];

describe("one test per client", () => {
  for (const c of CLIENT_CASES) {
    it(`${c.client}: ${c.file}`, () => {
      const report = analyseConfig(fixture(c.file));
      expect(report.blocks.map((b) => b.client)).toEqual([c.client]);
      expect(report.findings.map((f) => `${f.rule}@${f.line}`).sort()).toEqual([...c.findings].sort());
      expect(report.blocks[0]?.corrected?.text).toBe(fixedFixture(c.file));
      for (const f of report.findings) expect(f.correction, f.rule).toBeDefined();
      expectNoSecrets(report);
    });
  }
});

describe("clean configs", () => {
  for (const file of [
    "prometheus/clean.yml",
    "alloy/clean.alloy",
    "otelcol/clean.yml",
    "grafana/clean.yml",
    "curl/clean.sh",
  ]) {
    it(`${file} has no findings`, () => {
      const report = analyseConfig(fixture(file));
      expect(report.blocks).toHaveLength(1);
      expect(report.findings).toEqual([]);
      expect(report.blocks[0]?.corrected).toBeUndefined();
      expect(report.blocks[0]?.notes).toEqual([]);
    });
  }
});

describe("corrections keep the user's file", () => {
  it("keeps every comment, the order and unrelated settings", () => {
    for (const file of [
      "prometheus/write-path.yml",
      "prometheus/queue-429.yml",
      "otelcol/otlphttp-path.yml",
    ]) {
      const before = fixture(file);
      const after = analyseConfig(before).blocks[0]?.corrected?.text ?? "";
      const comments = (t: string): string[] => t.match(/#.*$/gm) ?? [];
      expect(comments(after)).toEqual(comments(before));
      const keys = (t: string): string[] => (t.match(/^\s*-?\s*[\w-]+:/gm) ?? []).map((k) => k.trim());
      expect(keys(after)).toEqual(keys(before));
    }
    const alloy = analyseConfig(fixture("alloy/credentials-bearer.alloy")).blocks[0]?.corrected?.text ?? "";
    expect(alloy).toContain("// Ship everything to xScaler.");
    expect(alloy).toContain("// full header value");
  });

  it("keeps the host and the tenant id, and turns a secret into <token>", () => {
    const report = analyseConfig(fixture("prometheus/basic-auth.yml"));
    const text = report.blocks[0]?.corrected?.text ?? "";
    expect(text).toContain("https://euw1-01.m.xscalerlabs.com/api/v1/push");
    expect(text).toContain("X-Scope-OrgID: acme-prod");
    expect(text).toContain("credentials: <token>");
    expect(report.blocks[0]?.hosts).toEqual(["euw1-01.m.xscalerlabs.com"]);
  });

  it("masks secrets in the echo with ****, and in the diff and correction with <token>", () => {
    const report = analyseConfig(fixture("prometheus/write-path.yml"));
    const block = report.blocks[0];
    expect(block?.text).toContain("credentials: ****");
    expect(block?.corrected?.diff).toContain("credentials: <token>");
    expect(block?.corrected?.diff).not.toContain("****");
    expectNoSecrets(report);
  });

  it("shows a token broken by a line break in its shape, so the fix is visible", () => {
    const f = analyseConfig(fixture("prometheus/token-linebreak.yml")).findings[0];
    expect(f?.correction?.diff).toContain('-    bearer_token: "<token>');
    expect(f?.correction?.diff).toContain('+    bearer_token: "<token>"');
  });

  it("a token in a YAML block scalar is flagged and replaced by one plain placeholder", () => {
    const text = [
      "remote_write:",
      "  - url: https://h.example/api/v1/push",
      "    headers:",
      "      X-Scope-OrgID: acme",
      "    authorization:",
      "      credentials: |",
      "        glc_eyJvIjoiNjk2MzYzIiwibiI6InN0YWNrLXdyaXRlLXRlc3QifQ==",
      "    name: x",
    ].join("\n");
    const report = analyseConfig(text);
    expect(report.findings.map((f) => [f.rule, f.line])).toEqual([["token-whitespace", 6]]);
    expect(report.blocks[0]?.corrected?.diff).toContain(
      "-      credentials: |\n-        <token>\n+      credentials: <token>",
    );
    expectNoSecrets(report);
  });

  it("a finding whose correction cannot be made in place gets a note, not a wrong correction", () => {
    const report = analyseConfig("remote_write:\n  - {url: https://euw1-01.m.xscalerlabs.com/api/v1/push}\n");
    const f = report.findings.find((x) => x.rule === "missing-tenant-header");
    expect(f).toBeDefined();
    expect(f?.correction).toBeUndefined();
    expect(f?.note).toMatch(/^No corrected snippet: /);
  });
});

describe("pastes that are not (whole) configs", () => {
  it("malformed YAML: a clear note, no findings, no exception", () => {
    const report = analyseConfig(fixture("prometheus/malformed.yml"));
    expect(report.findings).toEqual([]);
    expect(report.blocks[0]?.notes[0]).toMatch(/could not be read: .*\(line 5 of the snippet\)/);
  });

  it("a half-pasted Alloy block: findings from what is there, no correction, a note", () => {
    const report = analyseConfig(fixture("alloy/half-pasted.alloy"));
    const block = report.blocks[0];
    expect(block?.partial).toBe(true);
    expect(block?.notes[0]).toMatch(/half-pasted: block authorization is not closed/);
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      "alloy-credentials-bearer",
      "missing-tenant-header",
      "push-url-path",
    ]);
    for (const f of report.findings) {
      expect(f.correction).toBeUndefined();
      expect(f.note).toBe("No corrected snippet: the block is incomplete.");
    }
    expect(block?.corrected).toBeUndefined();
    expectNoSecrets(report);
  });

  it("a pasted part of prometheus.yml (an indented remote_write entry) is read and corrected", () => {
    const report = analyseConfig(fixture("prometheus/half-pasted.yml"));
    expect(report.blocks[0]?.partial).toBe(true);
    expect(report.blocks[0]?.notes[0]).toMatch(/part of a file/);
    expect(report.blocks[0]?.corrected?.text).toBe(fixedFixture("prometheus/half-pasted.yml"));
  });

  it("text that is not a config: a note, no blocks", () => {
    const report = analyseConfig(
      'ts=2024-05-01T10:00:00Z level=error msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"\nany idea?',
    );
    expect(report.blocks).toEqual([]);
    expect(report.notes[0]).toMatch(/^No configuration found/);
  });

  it("never throws, whatever part of a config is pasted", () => {
    for (const file of [
      "prometheus/write-path.yml",
      "alloy/write-path.alloy",
      "grafana/basic-auth.yml",
      "curl/write-path.sh",
    ]) {
      const text = fixture(file);
      for (let cut = 0; cut <= text.length; cut += 7) {
        const report = analyseConfig(text.slice(0, cut));
        expect(Array.isArray(report.findings)).toBe(true);
        expectNoSecrets(report);
      }
    }
    expect(analyseConfig("").notes[0]).toMatch(/^No configuration found/);
    expect(analyseConfig("```\n```\n{{{ ]]] : : -\n\tfoo: [").findings).toEqual([]);
  });
});

describe("a Slack paste: log lines, fences, escaped entities", () => {
  const paste = [
    "prometheus keeps failing :( logs:",
    'ts=2024-05-01T10:00:00Z caller=dedupe.go:112 level=error msg="non-recoverable error" err="server returned HTTP status 404 Not Found"',
    "config:",
    "```remote_write:",
    "  - url: <https://euw1-01.m.xscalerlabs.com/api/v1/write>",
    "    headers:",
    "      X-Scope-OrgID: acme&amp;prod",
    "    authorization:",
    "      credentials: glc_eyJvIjoiNjk2MzYzIiwibiI6InN0YWNrLXdyaXRlLXRlc3QifQ==```",
    "and the query I tried:",
    "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhY21lIn0.c2lnbmF0dXJl' &lt;https://euw1-01.m.xscalerlabs.com/prometheus/api/v1/query&gt;",
  ].join("\n");

  it("finds both blocks with the paste's line numbers and one symptom for the 404", () => {
    const report = analyseConfig(paste);
    expect(report.blocks.map((b) => [b.kind, b.startLine, b.fenced])).toEqual([
      ["prometheus", 4, true],
      ["curl", 11, false],
    ]);
    const path = report.findings.find((f) => f.rule === "push-url-path");
    expect(path?.pasteLine).toBe(5);
    expect(path?.line).toBe(2);
    expect(path?.correction?.text).toContain("url: https://euw1-01.m.xscalerlabs.com/api/v1/push");
    expect(report.findings.find((f) => f.block === 1)?.rule).toBe("missing-tenant-header");
    expect(report.symptoms).toEqual(["remote-write-wrong-path", "missing-org-id"]);
    expect(report.blocks[0]?.tenant).toBe("acme&prod");
    expectNoSecrets(report);
  });
});

describe("large files", () => {
  it("checks the sections that matter of a long prometheus.yml, with the paste's line numbers", () => {
    const jobs = Array.from(
      { length: 800 },
      (_, i) => `  - job_name: node-${i}\n    static_configs:\n      - targets: ["host-${i}:9100"]`,
    ).join("\n");
    const paste = `global:\n  scrape_interval: 15s\nscrape_configs:\n${jobs}\n${fixture("prometheus/missing-tenant.yml")}`;
    const report = analyseConfig(paste.replace(/\n/g, "\r\n"));
    const block = report.blocks[0];
    expect(block?.notes[0]).toMatch(/^A large file: checked its remote_write section/);
    const f = report.findings[0];
    expect(f?.rule).toBe("missing-tenant-header");
    expect(paste.split("\n")[(f?.pasteLine ?? 0) - 1]).toContain(
      "- url: https://euw1-01.m.xscalerlabs.com/api/v1/push",
    );
    expect(block?.corrected?.text).toBe(fixedFixture("prometheus/missing-tenant.yml"));
  });
});
