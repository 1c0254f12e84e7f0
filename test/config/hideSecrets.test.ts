import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { analyseConfig } from "../../src/config/analyseConfig.ts";
import type { ConfigReport } from "../../src/config/ConfigReport.ts";

// Made here, so no real key is ever in the repository.
const PEM = generateKeyPairSync("ec", { namedCurve: "P-256" })
  .privateKey.export({ type: "pkcs8", format: "pem" })
  .toString()
  .trim();
const RSA_PEM = generateKeyPairSync("rsa", { modulusLength: 1024 })
  .privateKey.export({ type: "pkcs8", format: "pem" })
  .toString();
const GLPAT = "glpat-Xy7Qw2Er9Tz4Ui1Op8AsDf";

/** The base64 lines of a PEM key, any of which in a report would be a leak. */
const bodyLines = (pem: string) => pem.split("\n").filter((l) => l !== "" && !l.startsWith("-----"));

/** Everything the report shows: the echoed block, each finding's correction and diff, the whole correction. */
function shown(report: ConfigReport): string[] {
  return report.blocks.flatMap((b) => [
    b.text,
    ...b.findings.flatMap((f) => (f.correction ? [f.correction.text, f.correction.diff] : [])),
    ...(b.corrected ? [b.corrected.text, b.corrected.diff] : []),
  ]);
}

function expectNoneOf(report: ConfigReport, secrets: string[]): void {
  const json = JSON.stringify(report);
  for (const secret of secrets) expect(json).not.toContain(secret);
  for (const text of shown(report)) for (const secret of secrets) expect(text).not.toContain(secret);
}

describe("secrets in a config's echo, corrections and diffs", () => {
  // The remote_write URL has the wrong path, so the report offers a correction and a diff.
  const prometheus = [
    "```yaml",
    "remote_write:",
    "  - url: https://push.example.com/api/prom/push",
    "    headers:",
    "      X-Scope-OrgID: tenant-7",
    `      PRIVATE-TOKEN: ${GLPAT}`,
    "    tls_config:",
    "      cert_file: /etc/prometheus/client.crt",
    "      key: |",
    ...PEM.split("\n").map((l) => `        ${l}`),
    "```",
  ].join("\n");

  it("a PEM key in Prometheus tls_config.key and a glpat- token appear nowhere", () => {
    const report = analyseConfig(prometheus);
    const [block] = report.blocks;
    expect(block?.corrected).toBeDefined(); // there is a correction to leak into
    expect(block?.findings.some((f) => f.correction?.diff.includes("PRIVATE-TOKEN"))).toBe(true);
    expectNoneOf(report, [...bodyLines(PEM), GLPAT.slice("glpat-".length)]);
    // The host, the tenant and the file path stay readable.
    for (const text of shown(report)) {
      expect(text).toContain("push.example.com");
      expect(text).toContain("tenant-7");
    }
  });

  it("the correction shows each secret as <token>, vendor prefix and PEM lines included, and still parses", () => {
    const corrected = analyseConfig(prometheus).blocks[0]?.corrected?.text ?? "";
    expect(corrected).toContain("PRIVATE-TOKEN: <token>\n");
    expect(corrected).not.toContain("glpat-");
    expect(corrected).not.toContain("PRIVATE KEY");
    const parsed = parse(corrected) as {
      remote_write: { url: string; headers: Record<string, string>; tls_config: { key: string } }[];
    };
    expect(parsed.remote_write[0]?.url).toBe("https://push.example.com/api/v1/push");
    expect(parsed.remote_write[0]?.headers["PRIVATE-TOKEN"]).toBe("<token>");
    expect(parsed.remote_write[0]?.tls_config.key.trim()).toBe("<token>");
  });

  it("the echo masks them as the rest of the bot does: the kind stays, the secret goes", () => {
    const echo = analyseConfig(prometheus).blocks[0]?.text ?? "";
    expect(echo).toContain("PRIVATE-TOKEN: glpat-****");
    expect(echo).toContain("-----BEGIN PRIVATE KEY-----****");
  });

  it("a service-account key in Grafana provisioning secureJsonData.privateKey appears nowhere", () => {
    // The data source URL lacks /prometheus, so this one has a correction too.
    const grafana = [
      "```yaml",
      "apiVersion: 1",
      "datasources:",
      "  - name: xScaler",
      "    type: prometheus",
      "    url: https://push.example.com/api/v1",
      "    jsonData:",
      "      httpHeaderName1: X-Scope-OrgID",
      "      httpHeaderName2: PRIVATE-TOKEN",
      "      authenticationType: jwt",
      "      clientEmail: grafana@acme-prod.iam.gserviceaccount.com",
      "    secureJsonData:",
      "      httpHeaderValue1: tenant-7",
      `      httpHeaderValue2: ${GLPAT}`,
      `      privateKey: ${JSON.stringify(RSA_PEM)}`,
      "```",
    ].join("\n");
    const report = analyseConfig(grafana);
    expect(report.blocks[0]?.corrected).toBeDefined();
    expectNoneOf(report, [...bodyLines(RSA_PEM), GLPAT.slice("glpat-".length)]);
    const corrected = report.blocks[0]?.corrected?.text ?? "";
    expect(corrected).toContain("https://push.example.com/prometheus");
    expect(corrected).not.toContain("glpat-");
    expect(corrected).toContain("acme-prod.iam.gserviceaccount.com");
    // The whole JSON-escaped PEM is the placeholder, its BEGIN line too: still one valid string.
    expect(corrected).toContain('privateKey: "<token>\\n"');
  });
});

describe("a doubled Bearer", () => {
  it("shows as the mistake it is, one placeholder for the token, and is corrected to one Bearer", () => {
    const report = analyseConfig(
      "remote_write:\n  - url: https://euw1-01.m.xscalerlabs.com/api/v1/push\n    headers:\n      Authorization: Bearer Bearer abcdef0123456789abcdef\n      X-Scope-OrgID: acme\n",
    );
    const block = report.blocks[0];
    expect(block?.text).toContain("Authorization: Bearer Bearer ****");
    expect(block?.corrected?.diff).toContain("-      Authorization: Bearer Bearer <token>");
    expect(block?.corrected?.diff).toContain("+      Authorization: Bearer <token>");
    expect(block?.corrected?.diff).not.toContain("<token> <token>");
    // The doubled word is the prefix rule's finding, not whitespace inside the token.
    expect(report.findings.map((f) => f.rule)).toEqual(["authorization-bearer-prefix"]);
    expectNoneOf(report, ["abcdef0123456789abcdef"]);
  });
});
