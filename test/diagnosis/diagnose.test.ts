import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)));
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});
const ids = (text: string | Uint8Array) => diagnose(text, kb).matches.map((m) => m.id);

describe("diagnose: the bundled examples", () => {
  it("names a Prometheus remote_write 401, with the evidence line and the Prometheus snippet", () => {
    const d = diagnose(example("prometheus-remote-write-401.log"), kb);
    expect(d.facts.client).toBe("prometheus");
    const [top] = d.matches;
    expect(top?.id).toBe("unauthorized-401");
    expect(top?.evidence[0]?.text).toContain("server returned HTTP status 401 Unauthorized");
    expect(top?.snippet?.client).toBe("prometheus");
    // The user's own host is filled in; the token stays a placeholder.
    expect(top?.snippet?.code).toContain("euw1-01.m.xscalerlabs.com");
    expect(top?.snippet?.code).toContain("<token>");
  });

  it("reports each distinct problem of a paste that has two", () => {
    const d = diagnose(example("otelcol-two-problems.log"), kb);
    const distinct = d.matches.filter((m) => m.distinct).map((m) => m.id);
    expect(distinct).toEqual(expect.arrayContaining(["otel-auth-rejected", "otel-queue-full"]));
    expect(d.facts.client).toBe("otelcol");
  });

  it("folds the config checker's findings into the log's diagnosis, one offer per symptom", () => {
    const d = diagnose(example("alloy-config-and-error.txt"), kb);
    expect(d.matches[0]?.id).toBe("alloy-not-arriving");
    expect(d.matches.filter((m) => m.id === "alloy-not-arriving")).toHaveLength(1);
    const finding = d.matches[0]?.configFindings[0];
    expect(finding?.rule).toBe("alloy-credentials-bearer");
    expect(finding?.correction?.diff).toContain('+      credentials = "<token>"');
    expect(d.matches[0]?.snippet?.title).toBe("your config, corrected");
    expect(d.config?.blocks[0]?.kind).toBe("alloy");
  });

  it("puts the error the log shows before a config finding the log does not corroborate", () => {
    const text = [
      'error exporterhelper/queue_sender.go:101 Exporting failed. {"kind": "exporter", "name": "otlp", "error": "rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.2.3.4:4317: connect: connection refused\\""}',
      "exporters:",
      "  otlphttp:",
      "    endpoint: https://euw1-01.m.xscalerlabs.com",
      "    headers:",
      '      Authorization: "Bearer <token>"',
    ].join("\n");
    const d = diagnose(text, kb);
    expect(d.matches[0]?.id).toBe("otel-network-unreachable");
    const tenant = d.matches.find((m) => m.id === "missing-org-id");
    expect(tenant?.distinct).toBe(true);
    expect(tenant?.configFindings[0]?.rule).toBe("missing-tenant-header");
  });

  it("answers a Grafana data source 404 with the Grafana fix", () => {
    expect(ids(example("grafana-datasource-404.log"))[0]).toBe("grafana-bad-gateway");
  });
});

describe("diagnose: what people paste", () => {
  it.each([
    ["remote_write keeps getting 401", "unauthorized-401"],
    ["getting 429s on remote write since this morning", "rate-limited-429"],
    ["prometheus remote write: server returned HTTP status 400 Bad Request: no org id", "missing-org-id"],
    ['{"level":"error","msg":"Exporting failed","error":"sending queue is full"}', "otel-queue-full"],
  ])("%s → %s", (text, expected) => {
    expect(ids(text)[0]).toBe(expected);
  });

  it("reads an error nested twice inside JSON, behind a docker-compose prefix", () => {
    const text =
      'alloy-1  | {"msg":"{\\"err\\":\\"server returned HTTP status 400 Bad Request: no org id\\",\\"component_id\\":\\"prometheus.remote_write.default\\"}"}';
    expect(ids(text)[0]).toBe("missing-org-id");
  });

  it("reads Slack-escaped text with entities and a code fence", () => {
    const text =
      "```\nerr=&quot;Post &lt;https://h.example.net/api/v1/push|h.example.net&gt;: x509: certificate signed by unknown authority&quot;\n```";
    expect(ids(text)[0]).toBe("otel-tls-untrusted");
  });

  it("says nothing rather than guess on text that is not a telemetry failure", () => {
    expect(ids('FATAL: password authentication failed for user "app"')).toEqual([]);
    expect(ids("Back-off restarting failed container")).toEqual([]);
    expect(ids("hello, is anyone around to review my PR?")).toEqual([]);
  });

  it("tells a rules-only 404 in Grafana (no ruler behind the data source) from a broken data source", () => {
    const rulesOnly =
      'logger=context method=GET path=/api/datasources/uid/abc/resources/api/v1/rules status=404 msg="Request Completed" (queries in Explore work fine)';
    expect(ids(rulesOnly)).not.toContain("grafana-bad-gateway");
    const broken = `${rulesOnly}\nlogger=tsdb.prometheus level=error msg="Instant query failed" err="client_error: client error: 404"`;
    expect(ids(broken)[0]).toBe("grafana-bad-gateway");
  });

  it("keeps scrape-side errors out of the remote-write symptoms", () => {
    const text =
      'component="scrape manager" scrape_pool=node target=https://10.0.0.7:9100/metrics msg="Scrape failed" err="server returned HTTP status 401 Unauthorized"';
    expect(ids(text)).toEqual([]);
  });
});

describe("diagnose: secrets and bad input", () => {
  it("masks secrets in everything it returns, and never fills a token into a snippet", () => {
    const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZW5hbnQtNyJ9.c2VjcmV0LXNpZ25hdHVyZQ";
    const text = `curl -v -H "Authorization: Bearer ${token}" -H "X-Scope-OrgID: team-a" https://euw1-01.m.xscalerlabs.com/api/v1/push\n< HTTP/1.1 401 Unauthorized`;
    const d = diagnose(text, kb);
    expect(d.matches[0]?.id).toBe("unauthorized-401");
    expect(JSON.stringify(d)).not.toContain(token);
    expect(JSON.stringify(d)).not.toContain("c2VjcmV0LXNpZ25hdHVyZQ");
    // Host and tenant come from the paste.
    expect(d.matches[0]?.snippet?.code).toContain("team-a");
  });

  it("answers empty, binary and huge input with a note instead of an exception", () => {
    expect(diagnose("", kb).input.kind).toBe("empty");
    expect(diagnose(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]), kb).input.kind).toBe("binary");
    const huge = `err="server returned HTTP status 400 Bad Request: no org id"\n${"level=info msg=ok\n".repeat(200_000)}`;
    const d = diagnose(huge, kb);
    expect(d.input.truncated).toBe(true);
    expect(d.input.notes[0]).toMatch(/only its first and last/);
    expect(d.matches[0]?.id).toBe("missing-org-id");
  });

  it("stays linear on input built to make a backtracking regex explode", () => {
    // Long runs of the characters the patterns care about, with no newline to cut them up.
    const evil = `${"a".repeat(50_000)}${"/v1/".repeat(20_000)}${" x-scope-orgid".repeat(5_000)}!`;
    const d = diagnose(evil, kb);
    expect(d.input.kind).toBe("text");
  });
});

describe("diagnose: a config finding beside a log", () => {
  it("ranks what the log shows before a config warning the log does not corroborate, at the same score", () => {
    const paste = [
      "remote_write:",
      "- queue_config:",
      "    capacity: 5000",
      "  remote_timeout: 30s",
      "",
      'ts=2024-05-01T12:00:00.000Z caller=dedupe.go:112 component=remote level=warn remote_name=a1 url=https://metrics.example.com/insert/0/prometheus/api/v1/write msg="Failed to send batch, retrying" err="Post \\"https://metrics.example.com/insert/0/prometheus/api/v1/write\\": context deadline exceeded"',
    ].join("\n");
    const d = diagnose(paste, kb);
    expect(d.matches[0]?.id).toBe("otel-backend-unavailable");
    expect(d.matches[0]?.evidence[0]?.text).toContain("context deadline exceeded");
  });
});

describe("diagnose: Prometheus's own management traffic", () => {
  it.each([
    'level=error caller=runutil.go:49 msg="function failed. Retrying in next tick" err="trigger reload: reload request failed: Post http://localhost:9090/-/reload: dial tcp 127.0.0.1:9090: connect: connection refused"',
    'level=warn caller=sidecar.go:305 msg="failed to get Prometheus flags. Is Prometheus running? Retrying" err="got non-200 response code: 503, response: Service Unavailable"',
  ])("is not a pipeline failure: %s", (paste) => {
    expect(diagnose(paste, kb).matches).toEqual([]);
  });

  it("still answers a remote write that fails beside it", () => {
    const paste =
      'ts=2024-05-01T10:00:00Z caller=dedupe.go:112 component=remote level=warn remote_name=a url=https://mimir.example.com/api/v1/push msg="Failed to send batch, retrying" err="server returned HTTP status 503 Service Unavailable"\nlevel=info msg="reload triggered" url=http://localhost:9090/-/reload';
    expect(diagnose(paste, kb).matches[0]?.id).toBe("otel-backend-unavailable");
  });
});
