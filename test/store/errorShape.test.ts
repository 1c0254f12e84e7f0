import { describe, expect, it } from "vitest";
import { errorLine, errorShape } from "../../src/store/errorShape.ts";

describe("errorShape", () => {
  it("gives the same error from different hosts, times and requests one shape", () => {
    const a = errorShape(
      'ts=2024-05-01T10:22:33.123Z caller=dedupe.go:112 level=error url=https://prom-1.example.com:9090/api/v1/push err="server returned HTTP status 400 Bad Request: no org id" trace=6f1c2d3e-1111-2222-3333-444455556666',
    );
    const b = errorShape(
      'ts=2025-01-09T23:00:01Z caller=dedupe.go:87 level=error url=https://xs.acme.io/api/v1/push err="server returned HTTP status 400 Bad Request: no org id" trace=0b9e2a11-aaaa-bbbb-cccc-ddddeeeeffff',
    );
    expect(a).toBe(b);
    expect(a).toBe(
      'ts=<ts> caller=dedupe.go:<n> level=error url=<url> err="server returned HTTP status 400 Bad Request: no org id" trace=<uuid>',
    );
  });

  it("masks IPs, host names with ports, hex ids, counts and quoted single-word values", () => {
    expect(errorShape("2024/05/01 10:22:33 dial tcp 10.0.3.17:443: connect: connection refused")).toBe(
      "<ts> dial tcp <ip>: connect: connection refused",
    );
    expect(
      errorShape(
        'lookup mimir-gw.monitoring.svc.cluster.local:8080 failed, request 9f86d081884c7d65 dropped 512 samples for tenant "team-42"',
      ),
    ).toBe('lookup <host> failed, request <hex> dropped <n> samples for tenant "<v>"');
    expect(errorShape("dial tcp [2001:db8::1]:4317: i/o timeout after 30s")).toBe(
      "dial tcp <ip>: i/o timeout after <n>s",
    );
  });

  it("keeps HTTP status codes apart: a 400 is not a 401", () => {
    expect(errorShape("server returned HTTP status 400 Bad Request")).not.toBe(
      errorShape("server returned HTTP status 401 Unauthorized"),
    );
    expect(errorShape("status=503 retry in 12s")).toBe("status=503 retry in <n>s");
    expect(errorShape("Permanent error: error exporting items (429)")).toContain("(429)");
  });

  it("keeps the message of JSON keys and quoted prose, masks the values", () => {
    expect(
      errorShape(
        '{"kind": "exporter", "error": "rpc error: code = Unauthenticated desc = invalid token", "dropped_items": 123}',
      ),
    ).toBe(
      '{"kind": "<v>", "error": "rpc error: code = Unauthenticated desc = invalid token", "dropped_items": <n>}',
    );
  });

  it("masks secrets before anything else", () => {
    const shape = errorShape("Authorization: Bearer abcdefghijklmnopqrstuvwxyz123456 rejected");
    expect(shape).not.toContain("abcdefghij");
    expect(shape).toBe("Authorization: Bearer **** rejected");
  });
});

describe("errorLine", () => {
  it("picks the first line that reads like an error, else the first line", () => {
    expect(errorLine("starting collector\n\n  ts=1 level=error msg=boom\nmore")).toBe(
      "ts=1 level=error msg=boom",
    );
    expect(errorLine("\n  just a config line\nanother")).toBe("just a config line");
    expect(errorLine("")).toBe("");
  });
});
