import ipaddr from "ipaddr.js";
import { z } from "zod";
import type { DestinationPolicy } from "./DestinationPolicy.ts";
import type { ProbePolicy } from "./types.ts";
import { METADATA_NETWORKS } from "./vetAddress.ts";

export const DEFAULT_TIMEOUTS = {
  connectMs: 3000,
  headersMs: 5000,
  bodyMs: 5000,
  deadlineMs: 20_000,
} as const;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_DNS_TIMEOUT_MS = 2000;

/** The probe's policy and, beside it, the destination policy and fingerprint key its adapters use. */
export type ProbeConfig = ProbePolicy & { destination: DestinationPolicy; fingerprintKey?: string };

const list = (value: string | undefined): string[] =>
  (value ?? "")
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const flag = (name: string) =>
  z.enum(["", "0", "1", "true", "false", "yes", "no"], { error: `${name} must be 1 or 0` }).optional();
const on = (v: string | undefined) => ["1", "true", "yes"].includes(v ?? "");

const NEVER = METADATA_NETWORKS.map((c) => ipaddr.parseCIDR(c));

/** Why a CIDR cannot be opened, or undefined when it can. */
function networkProblem(cidr: string): string | undefined {
  let net: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    net = ipaddr.parseCIDR(cidr);
  } catch {
    return `${cidr} is not a CIDR (e.g. 10.0.0.0/8 or fd12:3456::/48)`;
  }
  const [address, bits] = net;
  const overlaps = NEVER.some(([n, nb]) => {
    if (n.kind() !== address.kind()) return false;
    // Two prefixes overlap when the shorter one contains the other's network address.
    return bits <= nb ? n.match(address, bits) : address.match(n, nb);
  });
  return overlaps ? `${cidr} overlaps link-local or cloud metadata addresses, which stay refused` : undefined;
}

const ProbeEnv = z.object({
  PROBE_ALLOW_PRIVATE: flag("PROBE_ALLOW_PRIVATE"),
  PROBE_ALLOW_NETWORKS: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      for (const cidr of list(v)) {
        const problem = networkProblem(cidr);
        if (problem) ctx.addIssue({ code: "custom", message: `PROBE_ALLOW_NETWORKS: ${problem}` });
      }
    }),
  PROBE_ALLOWED_PORTS: z
    .string()
    .optional()
    .refine((v) => list(v).every((p) => /^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535), {
      message: "PROBE_ALLOWED_PORTS must be a comma-separated list of port numbers",
    }),
  PROBE_ALLOWED_HOSTS: z
    .string()
    .optional()
    .refine((v) => list(v).every((h) => /^\.?[a-z0-9.-]+$/i.test(h)), {
      message: "PROBE_ALLOWED_HOSTS must be a comma-separated list of host suffixes",
    }),
  PROBE_ALLOW_PLAIN_HTTP_TOKEN: flag("PROBE_ALLOW_PLAIN_HTTP_TOKEN"),
  PROBE_DNS_TIMEOUT_MS: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || (/^\d{1,6}$/.test(v) && Number(v) >= 50), {
      message: "PROBE_DNS_TIMEOUT_MS must be a number of milliseconds, at least 50",
    }),
  PROBE_FINGERPRINT_KEY: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || v.length >= 32, {
      message: "PROBE_FINGERPRINT_KEY must be at least 32 characters (e.g. openssl rand -hex 32)",
    }),
});

/**
 * The probe's policy from the environment, read once at the entry point:
 * PROBE_ALLOW_NETWORKS (the CIDRs non-public addresses may fall in; link-local and metadata stay
 * refused), PROBE_ALLOWED_PORTS (ports on top of 80, 443, 4317, 4318), PROBE_ALLOWED_HOSTS (host
 * suffixes; when set, nothing else is probed), PROBE_ALLOW_PLAIN_HTTP_TOKEN, PROBE_DNS_TIMEOUT_MS,
 * PROBE_FINGERPRINT_KEY. PROBE_ALLOW_PRIVATE=1 is kept for development and tests only and now opens
 * loopback alone (any port), no longer private or link-local space.
 * Throws a zod error naming the bad variable.
 */
export function readProbeConfig(env: Record<string, string | undefined> = process.env): ProbeConfig {
  const parsed = ProbeEnv.parse(env);
  const destination: DestinationPolicy = {
    allowedNetworks: list(parsed.PROBE_ALLOW_NETWORKS),
    allowedPorts: list(parsed.PROBE_ALLOWED_PORTS).map(Number),
    loopbackAnyPort: on(parsed.PROBE_ALLOW_PRIVATE),
    allowPlainHttpToken: on(parsed.PROBE_ALLOW_PLAIN_HTTP_TOKEN),
    dnsTimeoutMs: parsed.PROBE_DNS_TIMEOUT_MS ? Number(parsed.PROBE_DNS_TIMEOUT_MS) : DEFAULT_DNS_TIMEOUT_MS,
  };
  return {
    // What runProbe is told before the adapters' guard has vetted a destination: non-public space
    // is open at all only when the operator opened some (runGuardedProbe decides per probe).
    allowPrivate: destination.allowedNetworks.length > 0 || destination.loopbackAnyPort,
    allowedPorts: destination.allowedPorts,
    allowedHostSuffixes: list(parsed.PROBE_ALLOWED_HOSTS).map((h) => h.toLowerCase()),
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    timeouts: { ...DEFAULT_TIMEOUTS },
    destination,
    ...(parsed.PROBE_FINGERPRINT_KEY ? { fingerprintKey: parsed.PROBE_FINGERPRINT_KEY } : {}),
  };
}
