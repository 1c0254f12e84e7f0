import { createHash, createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DESTINATION_POLICY, type DestinationPolicy } from "../../src/probe/DestinationPolicy.ts";
import { REFUSED_MESSAGE } from "../../src/probe/ProbeRefusedError.ts";
import { PLAIN_HTTP_TOKEN_MESSAGE, runGuardedProbe } from "../../src/probe/runGuardedProbe.ts";
import { SafeDialer } from "../../src/probe/SafeDialer.ts";
import type { Lookup, ProbeAuditLine, ProbeOptions } from "../../src/probe/types.ts";
import { vetAddress } from "../../src/probe/vetAddress.ts";
import { probeSettings } from "../support/settings.ts";
import { FAST, mapLookup } from "./helpers.ts";

/** Every opt-in at once: if a metadata address passes any policy, it passes this one. */
const WIDE_OPEN: DestinationPolicy = {
  allowedNetworks: [
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "100.64.0.0/10",
    "fc00::/7",
    "127.0.0.0/8",
  ],
  allowedPorts: [8080, 9009],
  loopbackAnyPort: true,
  allowPlainHttpToken: true,
  dnsTimeoutMs: 500,
};

const METADATA_LITERALS = [
  "http://169.254.169.254/latest/meta-data/",
  "http://169.254.170.2/v2/credentials",
  "http://169.254.170.23/v1/credentials",
  "http://[fd00:ec2::254]/latest/meta-data/",
  "http://[fd00:ec2::23]/v1/credentials",
  "http://[fd00:ec2::1]/",
  "http://[fd20:ce::254]/computeMetadata/v1/",
  "http://168.63.129.16/machine?comp=goalstate",
  "http://100.100.100.200/latest/meta-data/",
  "http://192.0.0.192/",
  "http://169.254.0.23/",
  "http://169.254.169.253/",
  "http://[fe80::a9fe:a9fe]/",
  "http://[::ffff:169.254.169.254]/",
  "http://[::ffff:a9fe:a9fe]/",
  "http://[64:ff9b::a9fe:a9fe]/",
  "http://[2002:a9fe:a9fe::]/",
  "http://0251.0376.0251.0376/",
  "http://0xa9fea9fe/",
  "http://2852039166/",
  "http://169.254.43518/",
  "http://0xa9.0xfe.0xa9.0xfe/",
  "https://169.254.169.254:443/",
  "http://169.254.169.254:8080/",
];
const METADATA_NAMES = [
  "http://metadata.google.internal/computeMetadata/v1/",
  "http://METADATA.GOOGLE.INTERNAL./",
  "http://metadata/",
  "http://metadata.goog/",
  "http://instance-data/latest/",
  "http://instance-data.ec2.internal/",
  "http://kubernetes.default.svc/",
];
/** Names a resolver maps onto metadata addresses (a DNS rebinding or a hostile zone). */
const RESOLVES_TO_METADATA: Record<string, string[]> = {
  "imds.example.com": ["169.254.169.254"],
  "ecs.example.com": ["169.254.170.2"],
  "eks.example.com": ["169.254.170.23"],
  "imds6.example.com": ["fd00:ec2::254"],
  "eks6.example.com": ["fd00:ec2::23"],
  "gce6.example.com": ["fd20:ce::254"],
  "wire.example.com": ["168.63.129.16"],
  "ali.example.com": ["100.100.100.200"],
  "mixed.example.com": ["10.1.2.3", "169.254.169.254"],
  "ll.example.com": ["169.254.7.7"],
};

let server: Server;
let port: number;
let connections = 0;
let lastAuthorization: string | undefined;

beforeAll(async () => {
  // Echoes the token it received, as some backends do in their 401 bodies.
  server = createServer((req, res) => {
    lastAuthorization = req.headers.authorization;
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    res.writeHead(401, { "content-type": "text/plain" });
    res.end(`invalid token "${token}" (raw ${req.headers.authorization}, ${encodeURIComponent(token)})`);
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function options(lookup: Lookup, audit: ProbeAuditLine[] = []): ProbeOptions {
  return {
    allowPrivate: false,
    allowedPorts: [],
    allowedHostSuffixes: [],
    maxBodyBytes: 8192,
    timeouts: FAST,
    lookup,
    audit: (line) => audit.push(line),
  };
}

describe("metadata and credential endpoints are refused under every opt-in", () => {
  const forms = [
    ...METADATA_LITERALS,
    ...METADATA_NAMES,
    ...Object.keys(RESOLVES_TO_METADATA).map((h) => `http://${h}/`),
  ];

  it("counts the refused forms", () => {
    expect(forms.length).toBeGreaterThanOrEqual(40);
  });

  it.each(forms.map((u) => [u] as const))("%s", async (url) => {
    const lookup = mapLookup(RESOLVES_TO_METADATA);
    const audit: ProbeAuditLine[] = [];
    const before = connections;
    const result = await runGuardedProbe({ url, token: "tok-abcdef123456" }, options(lookup, audit), {
      destination: WIDE_OPEN,
    });
    expect(result.refused).toBe(true);
    expect(result.checks.some((c) => c.detail === REFUSED_MESSAGE)).toBe(true);
    expect(audit[0]?.outcome).toBe("refused");
    expect(connections).toBe(before);
  });

  it.each([
    "169.254.169.254",
    "169.254.170.23",
    "fd00:ec2::23",
    "fd20:ce::254",
    "168.63.129.16",
    "100.100.100.200",
    "fe80::1",
  ])("vetAddress refuses %s with the blanket opt-in and with every network named", (address) => {
    expect(vetAddress(address, true)).toBe(false);
    expect(vetAddress(address, ["0.0.0.0/0", "::/0"])).toBe(false);
  });
});

describe("PROBE_ALLOW_NETWORKS and PROBE_ALLOWED_PORTS open only what they name", () => {
  const lookup = () => mapLookup({ "backend.corp": ["127.0.0.1"] });
  const url = () => `http://backend.corp:${port}/api/v1/push`;
  const policy = (p: Partial<DestinationPolicy>): DestinationPolicy => ({
    ...DEFAULT_DESTINATION_POLICY,
    ...p,
  });

  it("no network named: a loopback backend is refused and never connected to", async () => {
    const before = connections;
    const r = await runGuardedProbe({ url: url() }, options(lookup()), {
      destination: policy({ allowedPorts: [port] }),
    });
    expect(r.refused).toBe(true);
    expect(connections).toBe(before);
  });

  it("another network named (10.0.0.0/8): still refused", async () => {
    const before = connections;
    const r = await runGuardedProbe({ url: url() }, options(lookup()), {
      destination: policy({ allowedNetworks: ["10.0.0.0/8"], allowedPorts: [port] }),
    });
    expect(r.refused).toBe(true);
    expect(connections).toBe(before);
  });

  it("the network named but not the port: refused, no connection", async () => {
    const before = connections;
    const r = await runGuardedProbe({ url: url() }, options(lookup()), {
      destination: policy({ allowedNetworks: ["127.0.0.0/8"] }),
    });
    expect(r.refused).toBe(true);
    expect(connections).toBe(before);
  });

  it("network and port named: the probe reaches the backend, token and all (plain http to a private host)", async () => {
    const before = connections;
    const r = await runGuardedProbe({ url: url(), token: "secret-token-123456" }, options(lookup()), {
      destination: policy({ allowedNetworks: ["127.0.0.0/8"], allowedPorts: [port] }),
    });
    expect(r.refused).toBe(false);
    expect(connections).toBeGreaterThan(before);
    expect(lastAuthorization).toBe("Bearer secret-token-123456");
  });

  it.each([
    "169.254.0.0/16",
    "0.0.0.0/0",
    "::/0",
    "fe80::/64",
    "fd00:ec2::/48",
    "168.63.0.0/16",
    "10.0.0.0/33",
    "nonsense",
  ])("the probe settings refuse PROBE_ALLOW_NETWORKS=%s", (cidr) => {
    expect(() => probeSettings({ PROBE_ALLOW_NETWORKS: cidr })).toThrow(/PROBE_ALLOW_NETWORKS/);
  });

  it("the probe settings read the networks, ports, plain-http opt-in, DNS timeout and fingerprint key", () => {
    const c = probeSettings({
      PROBE_ALLOW_NETWORKS: "10.0.0.0/8, fd12:3456::/48",
      PROBE_ALLOWED_PORTS: "9009",
      PROBE_ALLOW_PLAIN_HTTP_TOKEN: "1",
      PROBE_DNS_TIMEOUT_MS: "750",
      PROBE_FINGERPRINT_KEY: "k".repeat(32),
    });
    expect(c.destination).toEqual({
      allowedNetworks: ["10.0.0.0/8", "fd12:3456::/48"],
      allowedPorts: [9009],
      loopbackAnyPort: false,
      allowPlainHttpToken: true,
      dnsTimeoutMs: 750,
    });
    expect(c.fingerprintKey).toBe("k".repeat(32));
    expect(probeSettings({}).destination).toEqual(DEFAULT_DESTINATION_POLICY);
    expect(() => probeSettings({ PROBE_FINGERPRINT_KEY: "short" })).toThrow(/PROBE_FINGERPRINT_KEY/);
  });
});

describe("DNS has a timeout inside the probe's deadline", () => {
  const hanging: Lookup = () => new Promise(() => {});

  it("a resolver that never answers ends the probe with a DNS failure", async () => {
    const r = await runGuardedProbe({ url: "https://slow.example.com/" }, options(hanging), {
      destination: { ...DEFAULT_DESTINATION_POLICY, allowedNetworks: ["10.0.0.0/8"], dnsTimeoutMs: 100 },
    });
    const dns = r.checks.find((c) => c.id === "dns");
    expect(dns?.status).toBe("fail");
    expect(dns?.detail).toContain("ETIMEOUT");
  });

  it("without networks opened it looks like any refusal", async () => {
    const r = await runGuardedProbe({ url: "https://slow.example.com/" }, options(hanging), {
      destination: { ...DEFAULT_DESTINATION_POLICY, dnsTimeoutMs: 100 },
    });
    expect(r.refused).toBe(true);
  });

  it("the dialer's own lookup is bounded too", async () => {
    const dialer = new SafeDialer({
      allowPrivate: false,
      lookup: hanging,
      connectTimeoutMs: 100,
      signal: new AbortController().signal,
    });
    expect(await dialer.resolve("slow.example.com")).toEqual({ ok: false, reason: "dns", code: "ETIMEOUT" });
  });
});

describe("a token never goes over plain http to a public host unless the operator allows it", () => {
  it("refuses before any lookup result is used to connect, and says why", async () => {
    const lookup = mapLookup({ "push.example.com": ["93.184.215.14"] });
    const r = await runGuardedProbe(
      { url: "http://push.example.com/api/v1/push", token: "glc_abcdefghijklmnopqrstuvwxyz012345" },
      options(lookup),
    );
    expect(r.ok).toBe(false);
    expect(r.checks.find((c) => c.id === "url")?.detail).toBe(PLAIN_HTTP_TOKEN_MESSAGE);
    expect(r.checks.filter((c) => c.status !== "skipped").map((c) => c.id)).toEqual(["url"]);
  });
});

describe("the token is never shown, in any form", () => {
  const lookup = () => mapLookup({ "backend.corp": ["127.0.0.1"] });
  const destination: DestinationPolicy = {
    ...DEFAULT_DESTINATION_POLICY,
    allowedNetworks: ["127.0.0.1/32"],
    allowedPorts: [],
    loopbackAnyPort: false,
  };

  it.each([
    ["Bearer-prefixed", "Bearer tokABCDEF0123456789xyz"],
    ["with spaces inside", "tokABCD EF0123 456789xyz"],
    ["with a doubled prefix and padding", "  Bearer Bearer tokABCDEF0123456789xyz \n"],
  ])("%s: nothing the backend echoes survives", async (_name, token) => {
    const audit: ProbeAuditLine[] = [];
    const r = await runGuardedProbe(
      { url: `http://backend.corp:${port}/`, token, tenantId: "tenant-9" },
      options(lookup(), audit),
      { destination: { ...destination, allowedPorts: [port] } },
    );
    const out = JSON.stringify(r) + JSON.stringify(audit);
    expect(out).toContain("invalid token");
    for (const form of ["tokABCDEF0123456789xyz", "tokABCD", "EF0123", "456789xyz", "tokABCD%20EF0123"])
      expect(out).not.toContain(form);
    expect(out).toContain("backend.corp");
  });

  it("fingerprints the token with a keyed HMAC, not a plain hash", async () => {
    const key = "0123456789abcdef0123456789abcdef";
    const token = "tokABCDEF0123456789xyz";
    const audit: ProbeAuditLine[] = [];
    const r = await runGuardedProbe(
      { url: `http://backend.corp:${port}/`, token },
      options(lookup(), audit),
      { destination: { ...destination, allowedPorts: [port] }, fingerprintKey: key },
    );
    const hmac = createHmac("sha256", key).update(token).digest("hex").slice(0, 12);
    expect(audit[0]?.tokenFingerprint).toBe(hmac);
    expect(r.tokenFingerprint).toBe(hmac);
    expect(hmac).not.toBe(createHash("sha256").update(token).digest("hex").slice(0, 12));
  });
});
