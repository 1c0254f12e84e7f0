import { lookup as dnsLookup } from "node:dns/promises";
import net from "node:net";
import {
  DEFAULT_DESTINATION_POLICY,
  type DestinationPolicy,
  isAllowedPort,
  isMetadataName,
  vetDestination,
} from "./DestinationPolicy.ts";
import { runProbe } from "./runProbe.ts";
import { bareHost } from "./SafeDialer.ts";
import { scrubDeep, tokenVariants } from "./scrubToken.ts";
import { tokenFingerprint } from "./tokenFingerprint.ts";
import type {
  CheckId,
  Lookup,
  LookupAddress,
  ProbeAuditLine,
  ProbeOptions,
  ProbePolicy,
  ProbeRequest,
  ProbeResult,
} from "./types.ts";

export interface GuardOptions {
  destination?: DestinationPolicy;
  /** PROBE_FINGERPRINT_KEY; absent = a per-process key. */
  fingerprintKey?: string;
}

/** The destination policy the entry point (src/settings) put beside the probe policy, or the closed default. */
export function destinationOf(policy: ProbePolicy): DestinationPolicy {
  const d = (policy as { destination?: DestinationPolicy }).destination;
  return d ?? DEFAULT_DESTINATION_POLICY;
}

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Never an address any policy allows: what a refused name resolves to for the probe. */
const UNROUTABLE: LookupAddress[] = [{ address: "0.0.0.0", family: 4 }];

const ORDER: readonly CheckId[] = ["url", "dns", "tcp", "tls", "write", "read", "otlp", "token"];

/** One name resolved within `ms`; the timeout is a DNS failure like any other. */
async function resolveWithin(lookup: Lookup, host: string, ms: number): Promise<LookupAddress[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`DNS lookup timed out after ${ms} ms`), { code: "ETIMEOUT" })),
      ms,
    );
  });
  try {
    return await Promise.race([lookup(host), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The probe as its adapters (Slack, CLI) run it: the operator's destination policy decided before
 * anything is sent, the token scrubbed from everything that comes back, and a keyed fingerprint.
 *
 * - The host is resolved once, within a DNS timeout inside the probe's deadline, and every address
 *   vetted: public, or inside a network the operator opened (PROBE_ALLOW_NETWORKS); metadata and
 *   link-local never. runProbe then gets exactly those addresses (no second lookup, no rebinding)
 *   and the private opt-in only when they passed, so its own checks refuse everything else with
 *   the one refusal message.
 * - Ports other than 80, 443, 4317, 4318 only when PROBE_ALLOWED_PORTS names them.
 * - A token is not sent over plain http:// to a public address unless PROBE_ALLOW_PLAIN_HTTP_TOKEN=1.
 * - Every variant of the token (with or without `Bearer `, trimmed, white space removed, each
 *   piece, URL- and JSON-encoded) is replaced in the result and the audit line.
 */
export async function runGuardedProbe(
  request: ProbeRequest,
  options: ProbeOptions,
  guard: GuardOptions = {},
): Promise<ProbeResult> {
  const policy = guard.destination ?? destinationOf(options);
  const variants = tokenVariants(request.token);
  const key = guard.fingerprintKey;
  const cleaned = variants.length > 0 ? cleanToken(request.token ?? "") : undefined;
  const fingerprint = tokenFingerprint(cleaned || request.token, ...(key ? [key] : []));
  const audit = (line: ProbeAuditLine) =>
    options.audit(scrubDeep({ ...line, tokenFingerprint: fingerprint }, variants));
  const { gate, ...rest } = options;
  const release = gate?.acquire(request.requestedBy ?? "anonymous");
  try {
    const run = async (allowPrivate: boolean, lookup: Lookup, deadlineMs = options.timeouts.deadlineMs) => {
      const result = await runProbe(request, {
        ...rest,
        allowPrivate,
        allowedPorts: policy.allowedPorts,
        lookup,
        timeouts: { ...options.timeouts, deadlineMs },
        audit,
      });
      return scrubDeep({ ...result, tokenFingerprint: fingerprint }, variants);
    };
    const closed = (allowPrivate = false) => run(allowPrivate, async () => UNROUTABLE);

    let url: URL;
    try {
      url = new URL(request.url.trim());
    } catch {
      return await closed(); // runProbe says what is wrong with the URL
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return await closed();
    const host = bareHost(url.hostname);
    if (isMetadataName(host)) return await closed();
    const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);

    const started = performance.now();
    let addresses: string[];
    if (net.isIP(host)) {
      addresses = [host];
    } else {
      const dnsMs = Math.max(1, Math.min(policy.dnsTimeoutMs, Math.floor(options.timeouts.deadlineMs / 2)));
      try {
        addresses = (await resolveWithin(options.lookup ?? systemLookup, host, dnsMs)).map((a) => a.address);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const failure = Object.assign(new Error(String((error as Error).message ?? error)), {
          code: typeof code === "string" ? code : "ENOTFOUND",
        });
        // Only an operator who opened networks sees DNS errors; otherwise they look refused, so
        // nobody can learn which internal names exist.
        return await run(policy.allowedNetworks.length > 0, async () => {
          throw failure;
        });
      }
    }
    const remaining = Math.max(1, options.timeouts.deadlineMs - Math.round(performance.now() - started));
    const verdicts = addresses.map((a) => vetDestination(a, policy));
    const pinned: Lookup = async (name) => {
      if (bareHost(name).toLowerCase() !== host.toLowerCase()) return UNROUTABLE;
      return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    };
    if (addresses.length === 0 || verdicts.includes("refused")) return await run(false, pinned, remaining);
    if (!addresses.every((a) => isAllowedPort(port, a, policy))) return await closed();
    const opened = verdicts.includes("opened");
    if (
      url.protocol === "http:" &&
      request.token?.trim() &&
      verdicts.includes("public") &&
      !policy.allowPlainHttpToken
    ) {
      const result = plainHttpRefusal(url, port);
      audit({
        event: "probe",
        at: (options.now?.() ?? new Date()).toISOString(),
        who: request.requestedBy ?? "anonymous",
        host,
        port,
        vettedIp: null,
        outcome: "refused",
        refusedBecause: "token over plain http to a public address",
        failed: ["url"],
        symptoms: [],
        tokenFingerprint: fingerprint,
        ms: result.ms,
      });
      return scrubDeep({ ...result, tokenFingerprint: fingerprint }, variants);
    }
    return await run(opened, pinned, remaining);
  } finally {
    release?.();
  }
}

/** The token as the probe sends it: trimmed, `Bearer ` prefixes and white space removed. */
function cleanToken(token: string): string {
  return token
    .trim()
    .replace(/^(?:bearer[\s:]+)+/i, "")
    .replace(/\s+/g, "");
}

export const PLAIN_HTTP_TOKEN_MESSAGE =
  "Not sent: this is plain http:// to a public address, so the token would cross the internet unencrypted. Use the https:// URL; only the operator can allow plain http, in the probe settings.";

function plainHttpRefusal(url: URL, port: number): ProbeResult {
  const checks = ORDER.map((id) => ({
    id,
    status: id === "url" ? ("fail" as const) : ("skipped" as const),
    detail: id === "url" ? PLAIN_HTTP_TOKEN_MESSAGE : "not run: the token would travel unencrypted",
    ms: 0,
  }));
  return {
    checks,
    symptoms: [],
    scopes: { canWrite: "unknown", canRead: "unknown" },
    refused: false,
    ok: false,
    target: { origin: url.origin, host: bareHost(url.hostname), port, vettedIp: null },
    tokenFingerprint: null,
    ms: 0,
  };
}
