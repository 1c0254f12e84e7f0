import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { tokenFingerprint } from "../../src/probe/tokenFingerprint.ts";
import { type FakeXscaler, startFakeXscaler, TOKENS } from "./fakeXscaler.ts";
import { mapLookup, probe } from "./helpers.ts";
import { makeTestPki } from "./makeCerts.ts";

const HOST = "xscaler.test";
const TENANT = "tenant-1";
let backend: FakeXscaler;
let ca: string;

beforeAll(async () => {
  const pki = makeTestPki();
  ca = pki.caPem;
  backend = await startFakeXscaler({ right: pki.issue(HOST), wrong: pki.issue("other.test") });
});
afterAll(() => backend.close());
afterEach(() => {
  backend.mode = "normal";
  backend.seen.length = 0;
});

/** The test's explicit opt-in to loopback, and a resolver that maps the test name to it. */
function optIn() {
  const lookup = mapLookup({ [HOST]: ["127.0.0.1"] });
  return { allowPrivate: true, lookup, ca: [ca] };
}
const httpsUrl = (path = "") => `https://${HOST}:${backend.httpsPort}${path}`;

describe("runProbe against a fake xScaler (loopback by explicit opt-in)", () => {
  it("passes every layer with a read+write token, sends the remote-write headers and an empty snappy body", async () => {
    const options = optIn();
    const p = await probe({ url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw, client: "alloy" }, options);
    expect(p.result.checks.map((c) => [c.id, c.status])).toEqual([
      ["url", "pass"],
      ["dns", "pass"],
      ["tcp", "pass"],
      ["tls", "pass"],
      ["write", "pass"],
      ["read", "pass"],
      ["otlp", "skipped"],
      ["token", "pass"],
    ]);
    expect(p.result.ok).toBe(true);
    expect(p.result.scopes).toEqual({ canWrite: true, canRead: true });
    expect(p.check("tls").detail).toMatch(/chain trusted, valid for xscaler\.test, \d+ days left/);
    // Resolved once for the whole probe: no second lookup a rebinding DNS server could answer differently.
    expect(options.lookup.calls).toEqual([HOST]);

    const push = backend.seen.find((r) => r.url === "/api/v1/push");
    expect(push?.method).toBe("POST");
    expect([...(push?.body ?? [])]).toEqual([0x00]);
    expect(push?.headers).toMatchObject({
      "content-encoding": "snappy",
      "content-type": "application/x-protobuf",
      "x-prometheus-remote-write-version": "0.1.0",
      "x-scope-orgid": TENANT,
      authorization: `Bearer ${TOKENS.rw}`,
    });
    expect(backend.seen.map((r) => r.url)).toContain("/prometheus/api/v1/query?query=vector(1)");

    const [line] = p.audit;
    expect(line).toMatchObject({
      event: "probe",
      who: "anonymous",
      host: HOST,
      port: backend.httpsPort,
      vettedIp: "127.0.0.1",
      outcome: "pass",
      tokenFingerprint: tokenFingerprint(TOKENS.rw),
    });
    expect(line?.tokenFingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(p.text).toContain("✓ Write");
    expect(p.text).toContain("– OTLP");
  });

  it("names a missing tenant: 400 no org id on write and read", async () => {
    const p = await probe({ url: httpsUrl(), token: TOKENS.rw }, optIn());
    expect(p.check("write")).toMatchObject({ status: "fail", symptom: "missing-org-id" });
    expect(p.check("read")).toMatchObject({ status: "fail", symptom: "missing-org-id" });
    expect(p.check("write").detail).toContain("no org id");
    expect(backend.seen.every((r) => r.headers["x-scope-orgid"] === undefined)).toBe(true);
    expect(p.result.symptoms).toEqual(["missing-org-id"]);
    expect(p.text).toContain("✗ Write");
  });

  it("names a bad token: 401", async () => {
    const p = await probe({ url: httpsUrl(), tenantId: TENANT, token: "xs_not_a_real_token_12345" }, optIn());
    expect(p.check("write")).toMatchObject({
      status: "fail",
      symptom: "unauthorized-401",
      failureClass: "http.status",
      httpStatus: 401,
    });
    expect(p.check("token").status).toBe("pass");
    expect(p.check("token").failureClass).toBeUndefined();
    expect(p.text).toContain("[http.status → unauthorized-401]");
    expect(p.result.scopes).toEqual({ canWrite: "unknown", canRead: "unknown" });
  });

  it("names a read-only token used to write: 403, and proves it can read", async () => {
    const p = await probe({ url: httpsUrl(), tenantId: TENANT, token: TOKENS.read, client: "curl" }, optIn());
    expect(p.check("write")).toMatchObject({
      status: "fail",
      symptom: "forbidden-scope-403",
      failureClass: "http.status",
      httpStatus: 403,
    });
    expect(p.check("write").detail).toContain("lacks the write scope");
    expect(p.check("read").status).toBe("pass");
    expect(p.result.scopes).toEqual({ canWrite: false, canRead: true });
    expect(p.result.symptoms).toEqual(["forbidden-scope-403"]);
  });

  it("names a write-only token in Grafana, which only reads, and does not write", async () => {
    const p = await probe(
      { url: httpsUrl("/prometheus"), tenantId: TENANT, token: TOKENS.write, client: "grafana" },
      optIn(),
    );
    expect(p.check("url").status).toBe("pass");
    expect(p.check("write").status).toBe("skipped");
    expect(p.check("read")).toMatchObject({ status: "fail", symptom: "forbidden-scope-403" });
    expect(backend.seen.some((r) => r.url === "/api/v1/push")).toBe(false);
  });

  it.each([
    ["prometheus", "/api/v1/write", "remote-write-wrong-path"],
    ["prometheus", "/push", "remote-write-wrong-path"],
    ["otelcol", "/otlp/v1/metrics", "otelcol-otlphttp-endpoint-path"],
    ["grafana", "/api/v1/query", "grafana-bad-gateway"],
    ["alloy", "/foo", "remote-write-wrong-path"],
  ] as const)("names the wrong path for %s: %s", async (client, path, symptom) => {
    const p = await probe({ url: httpsUrl(path), tenantId: TENANT, token: TOKENS.rw, client }, optIn());
    expect(p.check("url")).toMatchObject({ status: "fail", symptom });
    // The network checks still run, on the right paths, and pass: only the configured path is wrong.
    const network = p.result.checks.filter(
      (c) => ["write", "read", "otlp"].includes(c.id) && c.status !== "skipped",
    );
    expect(network.length).toBeGreaterThan(0);
    expect(network.every((c) => c.status === "pass")).toBe(true);
    expect(p.result.symptoms[0]).toBe(symptom);
  });

  it("names a host with no push endpoint: 404 on /api/v1/push", async () => {
    const other = http.createServer((_req, res) => {
      res.writeHead(404);
      res.end("404 page not found");
    });
    await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
    try {
      const port = (other.address() as AddressInfo).port;
      const p = await probe(
        { url: `http://${HOST}:${port}`, tenantId: TENANT, token: TOKENS.rw, client: "prometheus" },
        optIn(),
      );
      expect(p.check("write")).toMatchObject({ status: "fail", symptom: "remote-write-wrong-path" });
      expect(p.check("tls").status).toBe("skipped");
    } finally {
      other.close();
    }
  });

  it("names an untrusted certificate and stops before sending the token", async () => {
    const { ca: _trusted, ...untrusting } = optIn();
    const p = await probe({ url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw }, untrusting);
    expect(p.check("tls")).toMatchObject({
      status: "fail",
      symptom: "otel-tls-untrusted",
      failureClass: "tls.untrusted-chain",
    });
    expect(p.check("tls").detail).toContain("chain is not trusted");
    expect(p.check("write").status).toBe("skipped");
    expect(backend.seen).toHaveLength(0);
  });

  it("names a certificate for the wrong hostname", async () => {
    const p = await probe(
      { url: `https://${HOST}:${backend.wrongNamePort}`, tenantId: TENANT, token: TOKENS.rw },
      optIn(),
    );
    expect(p.check("tls")).toMatchObject({
      status: "fail",
      symptom: "otel-tls-untrusted",
      failureClass: "tls.hostname-mismatch",
    });
    expect(p.check("tls").detail).toContain("not valid for xscaler.test");
    expect(p.check("tls").detail).not.toContain("chain is not trusted");
    expect(backend.seen).toHaveLength(0);
  });

  it("names an expired certificate and says how long ago", async () => {
    const later = new Date(Date.now() + 400 * 86_400_000);
    const p = await probe(
      { url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw },
      { ...optIn(), now: () => later },
    );
    expect(p.check("tls")).toMatchObject({
      status: "fail",
      symptom: "otel-tls-untrusted",
      failureClass: "tls.expired",
    });
    expect(p.check("tls").detail).toMatch(/expired \d+ days ago/);
  });

  it("names a refused port (nothing listening)", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const p = await probe({ url: `http://${HOST}:${port}`, tenantId: TENANT, token: TOKENS.rw }, optIn());
    expect(p.check("tcp")).toMatchObject({
      status: "fail",
      symptom: "otel-network-unreachable",
      failureClass: "tcp.refused",
    });
    expect(p.check("tcp").detail).toContain("connection refused");
    expect(p.check("write").status).toBe("skipped");
    expect(p.result.refused).toBe(false);
  });

  it("names a timeout when the backend hangs", async () => {
    backend.mode = "hang";
    const p = await probe(
      { url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw, client: "prometheus" },
      optIn(),
    );
    // TCP and TLS passed: the request got no answer, which is the backend (http.timeout).
    expect(p.check("write")).toMatchObject({
      status: "fail",
      symptom: "otel-backend-unavailable",
      failureClass: "http.timeout",
    });
    expect(p.check("write").detail).toContain("timed out");
  });

  it("names an oversize body and cuts it off", async () => {
    backend.mode = "endless";
    const p = await probe(
      { url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw, client: "grafana" },
      optIn(),
    );
    expect(p.check("read").status).toBe("fail");
    expect(p.check("read").detail).toMatch(/size cap/);
  });

  it("names a rate limit with its Retry-After", async () => {
    backend.mode = "429";
    const p = await probe(
      { url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw, client: "prometheus" },
      optIn(),
    );
    expect(p.check("write")).toMatchObject({ status: "fail", symptom: "rate-limited-429" });
    expect(p.check("write").detail).toContain("Retry-After: 7");
  });

  it("names an unavailable backend: 503", async () => {
    backend.mode = "503";
    const p = await probe(
      { url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw, client: "otelcol" },
      optIn(),
    );
    expect(p.check("otlp")).toMatchObject({ status: "fail", symptom: "otel-backend-unavailable" });
  });

  it("sends the OTLP check for the Collector with the empty export request", async () => {
    const p = await probe(
      { url: httpsUrl(), tenantId: TENANT, token: TOKENS.write, client: "otelcol" },
      optIn(),
    );
    expect(p.check("otlp").status).toBe("pass");
    expect(p.check("write").status).toBe("skipped");
    expect(p.result.scopes.canWrite).toBe(true);
    const otlp = backend.seen.find((r) => r.url === "/otlp/v1/metrics");
    expect(otlp?.body.length).toBe(0);
    expect(otlp?.headers["content-type"]).toBe("application/x-protobuf");
  });

  it("reports a redirect to a private host without following it", async () => {
    let followed = 0;
    const trap = http.createServer((_req, res) => {
      followed++;
      res.end();
    });
    await new Promise<void>((r) => trap.listen(0, "127.0.0.1", r));
    try {
      backend.mode = "redirect";
      backend.redirectTo = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/latest/meta-data`;
      const p = await probe(
        { url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw, client: "prometheus" },
        optIn(),
      );
      expect(p.check("write").status).toBe("fail");
      expect(p.check("write").detail).toContain("302 redirect to 127.0.0.1:");
      expect(p.check("write").detail).toContain("not followed");
      expect(followed).toBe(0);
    } finally {
      trap.close();
    }
  });

  it("flags token mistakes without sending anything, and probes with the cleaned token", async () => {
    const doubled = await probe({ url: httpsUrl(), tenantId: TENANT, token: `Bearer ${TOKENS.rw}` }, optIn());
    expect(doubled.check("token")).toMatchObject({ status: "fail", symptom: "unauthorized-401" });
    expect(doubled.check("token").detail).toContain('"Bearer " prefix');
    expect(doubled.check("write").status).toBe("pass");

    const split = `${TOKENS.rw.slice(0, 10)}\n${TOKENS.rw.slice(10)}\n`;
    const newline = await probe({ url: httpsUrl(), tenantId: TENANT, token: split }, optIn());
    expect(newline.check("token").detail).toContain("a newline inside it");
    expect(newline.check("write").status).toBe("pass");

    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const jwt = `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ sub: "x", exp: Math.floor(Date.now() / 1000) - 3 * 86_400 })}.c2lnbmF0dXJlLXNpZw`;
    const expired = await probe({ url: httpsUrl(), tenantId: TENANT, token: jwt }, optIn());
    expect(expired.check("token")).toMatchObject({ status: "fail", symptom: "unauthorized-401" });
    expect(expired.check("token").detail).toMatch(/JWT that expired 3 days ago/);
    expect(expired.check("write").symptom).toBe("unauthorized-401");

    const none = await probe({ url: httpsUrl(), tenantId: TENANT }, optIn());
    expect(none.check("token").status).toBe("fail");
    expect(backend.seen.at(-1)?.headers.authorization).toBeUndefined();
  });

  it("keeps a token the backend echoes out of the result", async () => {
    const echo = http.createServer((req, res) => {
      res.writeHead(401);
      res.end(`bad credentials: ${req.headers.authorization}`);
    });
    await new Promise<void>((r) => echo.listen(0, "127.0.0.1", r));
    try {
      const port = (echo.address() as AddressInfo).port;
      const p = await probe(
        { url: `http://${HOST}:${port}`, tenantId: TENANT, token: "opaque-secret-value-0042" },
        optIn(),
      );
      expect(p.check("write").detail).toContain("bad credentials");
      expect(p.check("write").detail).toContain("****");
    } finally {
      echo.close();
    }
  });

  it.each([
    [
      "rejects the tenant id",
      "tenant not found",
      "no org id",
      "missing-org-id",
      /without X-Scope-OrgID it answers 400: "no org id"/,
    ],
    [
      "rejects something else",
      "bad request",
      "bad request",
      "otel-wrong-endpoint",
      /the same 400 without X-Scope-OrgID/,
    ],
  ])(
    "asks again without X-Scope-OrgID to tell a 400 apart: the backend %s",
    async (_name, withBody, withoutBody, symptom, detail) => {
      const seenTenants: (string | undefined)[] = [];
      const server = http.createServer((req, res) => {
        const tenant = req.headers["x-scope-orgid"] as string | undefined;
        seenTenants.push(tenant);
        res.writeHead(400);
        res.end(tenant ? withBody : withoutBody);
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      try {
        const port = (server.address() as AddressInfo).port;
        const p = await probe(
          { url: `http://${HOST}:${port}`, tenantId: "wrong tenant", token: TOKENS.rw, client: "prometheus" },
          optIn(),
        );
        expect(p.check("write")).toMatchObject({ status: "fail", symptom });
        expect(p.check("write").detail).toMatch(detail);
        expect(seenTenants).toEqual(["wrong tenant", undefined]);
      } finally {
        server.close();
      }
    },
  );

  it("stops at the overall deadline and skips what is left", async () => {
    backend.mode = "hang";
    const p = await probe(
      { url: httpsUrl(), tenantId: TENANT, token: TOKENS.rw },
      { ...optIn(), timeouts: { connectMs: 300, headersMs: 5000, bodyMs: 5000, deadlineMs: 400 } },
    );
    expect(p.check("write")).toMatchObject({ status: "fail", symptom: "otel-network-unreachable" });
    expect(p.check("read")).toMatchObject({
      status: "skipped",
      detail: "the probe's overall deadline passed",
    });
  });
});
