import http from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkUrl } from "../../src/probe/checks/url.ts";
import { REFUSED_MESSAGE } from "../../src/probe/ProbeRefusedError.ts";
import { SafeDialer } from "../../src/probe/SafeDialer.ts";
import type { ProbePolicy } from "../../src/probe/types.ts";
import { vetAddress } from "../../src/probe/vetAddress.ts";
import { FAST, mapLookup, probe } from "./helpers.ts";

const TOKEN = "xs_refusal_token_5d1e2f3a4b";

/** A loopback server that counts every connection: a refused destination must never reach it. */
let connections = 0;
let trapPort = 0;
const trap = http.createServer((_req, res) => res.end("reached"));
trap.on("connection", () => connections++);
beforeAll(async () => {
  await new Promise<void>((r) => trap.listen(0, "127.0.0.1", r));
  trapPort = (trap.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => trap.close(() => r())));

const policy: ProbePolicy = {
  allowPrivate: false,
  allowedPorts: [],
  allowedHostSuffixes: [],
  maxBodyBytes: 8192,
  timeouts: FAST,
};

describe("refused destinations (no private opt-in)", () => {
  // WHATWG URL parsing rewrites several of these (2130706433, 0x7f.1, 127.1 → 127.0.0.1;
  // [::ffff:127.0.0.1] → [::ffff:7f00:1]); every form must still be refused.
  const forms = [
    "http://2130706433/",
    "http://0x7f.1/",
    "http://127.1/",
    "http://0177.0.0.1/",
    "http://0x7f000001/",
    "http://127.0.0.1/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/",
    "http://[::1]/",
    "http://[::]/",
    "http://0.0.0.0/",
    "http://0/",
    "http://10.0.0.1/",
    "http://192.168.1.1/",
    "http://172.16.0.1/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::]/",
    "http://[fe80::1]/",
    "http://localhost/",
    "http://localhost./",
    "http://LOCALHOST.:443/",
    "http://app.localhost/",
    "http://metadata.google.internal/",
    "file:///etc/passwd",
    "ftp://example.com/",
    "gopher://example.com:70/",
    "javascript:alert(1)",
    "data:text/plain,hi",
    "ws://example.com/",
    "https://public.example.com:8080/",
    "https://public.example.com:22/",
    `http://127.0.0.1:${0}/`,
  ];

  it.each(forms)("refuses %s with the one plain message, before any lookup or connection", async (url) => {
    const lookup = mapLookup({ "public.example.com": ["93.184.216.34"] });
    const before = connections;
    const p = await probe(
      { url: url.replace(":0/", `:${trapPort}/`), token: TOKEN, tenantId: "t" },
      { ...policy, lookup },
    );
    expect(p.result.refused).toBe(true);
    expect(p.result.ok).toBe(false);
    expect(p.check("url")).toMatchObject({ status: "fail", detail: REFUSED_MESSAGE });
    expect(p.check("url").symptom).toBeUndefined();
    expect(
      p.result.checks.filter((c) => c.id !== "url" && c.id !== "token").every((c) => c.status === "skipped"),
    ).toBe(true);
    expect(lookup.calls).toEqual([]);
    expect(connections).toBe(before);
    expect(p.audit[0]?.outcome).toBe("refused");
    expect(p.text).toContain(REFUSED_MESSAGE);
  });

  it.each([
    ["a name resolving to a private address", { "intranet.example.com": ["10.1.2.3"] }],
    ["a name resolving to loopback", { "intranet.example.com": ["127.0.0.1"] }],
    ["a name resolving to the metadata address", { "intranet.example.com": ["169.254.169.254"] }],
    ["a name resolving to an IPv4-mapped address", { "intranet.example.com": ["::ffff:127.0.0.1"] }],
    [
      "a name resolving to a public and a private address",
      { "intranet.example.com": ["93.184.216.34", "10.0.0.7"] },
    ],
    [
      "a name resolving to a private and a public address",
      { "intranet.example.com": ["192.168.0.2", "93.184.216.34"] },
    ],
    ["a name that does not resolve (fail closed)", {}],
    [
      "a name whose lookup errors",
      { "intranet.example.com": Object.assign(new Error("EAI_AGAIN"), { code: "EAI_AGAIN" }) },
    ],
    ["a name with no addresses", { "intranet.example.com": [] }],
  ] as const)("refuses %s with the same message at the DNS layer", async (_name, table) => {
    const lookup = mapLookup(table as Record<string, string[] | Error>);
    const before = connections;
    const p = await probe(
      { url: "https://intranet.example.com/", token: TOKEN, tenantId: "t" },
      { ...policy, lookup },
    );
    expect(p.result.refused).toBe(true);
    expect(p.check("url").status).toBe("pass");
    expect(p.check("dns")).toMatchObject({ status: "fail", detail: REFUSED_MESSAGE });
    // A refusal names no class either: it must look the same whatever the reason.
    expect(p.check("dns").failureClass).toBeUndefined();
    expect(p.check("tcp").status).toBe("skipped");
    expect(lookup.calls).toEqual(["intranet.example.com"]);
    expect(connections).toBe(before);
    expect(p.audit[0]).toMatchObject({ outcome: "refused", vettedIp: null });
  });

  it("with the private opt-in, an unresolvable name is a plain DNS failure instead", async () => {
    const p = await probe(
      { url: "https://nowhere.example.com/", token: TOKEN },
      { ...policy, allowPrivate: true, lookup: mapLookup({}) },
    );
    expect(p.result.refused).toBe(false);
    expect(p.check("dns")).toMatchObject({
      status: "fail",
      symptom: "otel-network-unreachable",
      failureClass: "dns.not-found",
    });
    expect(p.check("dns").detail).toContain("ENOTFOUND");
  });

  it("keeps refusing metadata addresses even with the private opt-in", async () => {
    for (const url of ["http://169.254.169.254/", "http://[fd00:ec2::254]/", "http://[::ffff:a9fe:a9fe]/"]) {
      const p = await probe({ url, token: TOKEN }, { ...policy, allowPrivate: true });
      expect(p.result.refused).toBe(true);
    }
    const lookup = mapLookup({ "meta.example.com": ["169.254.169.254"] });
    const p = await probe(
      { url: "http://meta.example.com/", token: TOKEN },
      { ...policy, allowPrivate: true, lookup },
    );
    expect(p.check("dns").detail).toBe(REFUSED_MESSAGE);
  });

  it("the agent itself refuses a private address, whatever URL check came before", async () => {
    const dialer = new SafeDialer({
      allowPrivate: false,
      connectTimeoutMs: 300,
      signal: new AbortController().signal,
    });
    const agent = dialer.agent({ headersTimeoutMs: 300, bodyTimeoutMs: 300, maxResponseBytes: 1024 });
    const before = connections;
    try {
      const error = await request(`http://127.0.0.1:${trapPort}/`, { dispatcher: agent }).then(
        () => undefined,
        (e: unknown) => e as { code?: string; message?: string },
      );
      expect(error?.code).toBe("PROBE_REFUSED");
      expect(error?.message).toBe(REFUSED_MESSAGE);
      expect(connections).toBe(before);
    } finally {
      await agent.destroy();
    }
  });
});

describe("checkUrl policy", () => {
  it("allows 80, 443, 4317 and 4318, and operator ports; the private opt-in lifts the port limit", () => {
    for (const port of [80, 443, 4317, 4318])
      expect(checkUrl(`https://x.example.com:${port}/`, undefined, policy).kind).toBe("ok");
    expect(checkUrl("https://x.example.com:9009/", undefined, policy).kind).toBe("refused");
    expect(checkUrl("https://x.example.com:9009/", undefined, { ...policy, allowedPorts: [9009] }).kind).toBe(
      "ok",
    );
    expect(checkUrl("https://x.example.com:9009/", undefined, { ...policy, allowPrivate: true }).kind).toBe(
      "ok",
    );
  });

  it("applies the host-suffix allow-list on label boundaries", () => {
    const only = { ...policy, allowedHostSuffixes: ["xscalerlabs.com"] };
    expect(checkUrl("https://euw1-01.m.xscalerlabs.com", undefined, only).kind).toBe("ok");
    expect(checkUrl("https://xscalerlabs.com.", undefined, only).kind).toBe("ok");
    expect(checkUrl("https://evilxscalerlabs.com", undefined, only).kind).toBe("refused");
    expect(checkUrl("https://xscalerlabs.com.evil.net", undefined, only).kind).toBe("refused");
    expect(checkUrl("https://93.184.216.34", undefined, only).kind).toBe("refused");
  });

  it("never echoes credentials in the URL and flags them", () => {
    const v = checkUrl("https://user:hunter2hunter2@x.example.com/api/v1/push", "prometheus", policy);
    expect(v).toMatchObject({ kind: "ok", status: "fail", symptom: "unauthorized-401" });
    expect(JSON.stringify(v)).not.toContain("hunter2");
  });

  it("flags the wrong paths the docs name and accepts the right ones", () => {
    const ok = (url: string, client: Parameters<typeof checkUrl>[1]) => {
      const v = checkUrl(url, client, policy);
      return v.kind === "ok" ? (v.symptom ?? v.status) : v.kind;
    };
    expect(ok("https://h.example.com/api/v1/push", "prometheus")).toBe("pass");
    // No path: the base URL the probe takes; it passes and says which URL the client needs.
    expect(ok("https://h.example.com", "prometheus")).toBe("pass");
    expect(ok("https://h.example.com", "grafana")).toBe("pass");
    const base = checkUrl("https://h.example.com", "prometheus", policy);
    expect(base.kind === "ok" && base.detail).toContain("the URL is https://h.example.com/api/v1/push");
    expect(ok("https://h.example.com/api/v1/write", "prometheus")).toBe("remote-write-wrong-path");
    expect(ok("https://h.example.com/push", "alloy")).toBe("remote-write-wrong-path");
    expect(ok("https://h.example.com", "otelcol")).toBe("pass");
    expect(ok("https://h.example.com/otlp/v1/metrics", "otelcol")).toBe("otelcol-otlphttp-endpoint-path");
    expect(ok("https://h.example.com/api/v1/push", "otelcol")).toBe("otel-wrong-endpoint");
    expect(ok("https://h.example.com/prometheus", "grafana")).toBe("pass");
    expect(ok("https://h.example.com/prometheus/", "grafana")).toBe("pass");
    expect(ok("https://h.example.com/api/v1", "grafana")).toBe("grafana-bad-gateway");
    // The same verdict as the config rules (judgeEndpointPath): a prefix on an otlphttp base is fine,
    // any other path on a remote_write URL is not.
    expect(ok("https://h.example.com/foo", "otelcol")).toBe("pass");
    expect(ok("https://h.example.com/otlp", "otelcol")).toBe("pass");
    expect(ok("https://h.example.com/foo", "prometheus")).toBe("remote-write-wrong-path");
    expect(ok("https://h.example.com/otlp/v1/metrics", "alloy")).toBe("otelcol-otlphttp-endpoint-path");
    expect(ok("not a url", undefined)).toBe("invalid");
  });
});

describe("vetAddress", () => {
  it.each([
    ["8.8.8.8", true, true],
    ["93.184.216.34", true, true],
    ["2606:4700:4700::1111", true, true],
    ["127.0.0.1", false, true],
    ["10.0.0.1", false, true],
    ["100.64.0.1", false, true],
    // Link-local stays refused under every opt-in (issue 13): 169.254.0.0/16 is where metadata and
    // credential endpoints live (169.254.169.254, 169.254.170.2, 169.254.170.23), and an opt-in that
    // opened it would open them all, whatever the named list of metadata addresses misses.
    ["169.254.1.1", false, false],
    ["fe80::1", false, false],
    ["::1", false, true],
    ["fc00::1", false, true],
    ["169.254.169.254", false, false],
    ["fd00:ec2::254", false, false],
    ["0.0.0.0", false, false],
    ["255.255.255.255", false, false],
    ["224.0.0.1", false, false],
    ["192.0.2.1", false, false],
    ["240.0.0.1", false, false],
    ["::", false, false],
    ["ff02::1", false, false],
    ["::ffff:127.0.0.1", false, false],
    ["::ffff:8.8.8.8", false, false],
    ["64:ff9b::808:808", false, false],
    ["2002:808:808::", false, false],
    ["2001::1", false, false],
    ["2001:db8::1", false, false],
    ["not-an-ip", false, false],
  ])("%s → public %s, with opt-in %s", (address, plain, withOptIn) => {
    expect(vetAddress(address, false)).toBe(plain);
    expect(vetAddress(address, true)).toBe(withOptIn);
  });
});
