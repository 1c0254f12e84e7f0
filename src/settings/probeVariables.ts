import { z } from "zod";
import type { DestinationPolicy } from "../probe/DestinationPolicy.ts";
import { networkProblem } from "../probe/networkProblem.ts";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUTS } from "../probe/ProbeConfig.ts";
import type { ProbeSettings } from "./Settings.ts";
import {
  CHANNEL_ID,
  definePart,
  flag,
  items,
  list,
  text,
  USER_ID,
  variable,
  wholeNumber,
} from "./variable.ts";

const networks = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    const bad = items(value).flatMap((cidr) => {
      const problem = networkProblem(cidr);
      return problem ? [`"${cidr.slice(0, 50)}", which ${problem}`] : [];
    });
    if (bad.length > 0) ctx.addIssue({ code: "custom", message: `holds ${bad.join("; ")}` });
  })
  .transform(items);

const port = (p: string) => /^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535;

export const probeVariables = {
  PROBE_ALLOWED_USERS: variable({
    schema: list((id) => USER_ID.test(id), "a user id"),
    needed: "optional",
    meaning: "user ids allowed to run live probes anywhere; unset = nobody",
    fix: "list Slack user ids (U… or W…, from a profile's ⋮ → Copy member ID) separated by commas, e.g. PROBE_ALLOWED_USERS=U0123ABCD",
  }),
  PROBE_ALLOWED_CHANNELS: variable({
    schema: list((id) => CHANNEL_ID.test(id), "a channel id"),
    needed: "optional",
    meaning: "channel ids where anyone may run live probes; unset = none",
    fix: "list channel ids (C… or G…) separated by commas where anyone may run live probes, e.g. PROBE_ALLOWED_CHANNELS=C0123ABCD",
  }),
  PROBE_ALLOWED_HOSTS: variable({
    schema: list((h) => /^\.?[a-z0-9.-]+$/i.test(h), "a host name or suffix"),
    needed: "optional",
    meaning: "when set, probes may reach only these hosts and their subdomains",
    fix: "list host names or suffixes separated by commas, e.g. PROBE_ALLOWED_HOSTS=example.com,.grafana.net",
  }),
  PROBE_ALLOWED_PORTS: variable({
    schema: list(port, "a port number from 1 to 65535"),
    needed: "optional",
    meaning: "ports allowed on top of 80, 443, 4317, 4318",
    fix: "list port numbers separated by commas, e.g. PROBE_ALLOWED_PORTS=9009,8443",
  }),
  PROBE_ALLOW_NETWORKS: variable({
    schema: networks,
    needed: "optional",
    meaning:
      "CIDRs probes may reach beyond public addresses, e.g. `10.20.0.0/16,fd12:3456::/48` (on-premise backends); a range overlapping link-local or cloud metadata addresses is refused at start-up, and those addresses stay refused",
    fix: "list CIDRs separated by commas, e.g. PROBE_ALLOW_NETWORKS=10.0.0.0/8,fd12:3456::/48, leaving out link-local (169.254.0.0/16, fe80::/10) and metadata addresses",
  }),
  PROBE_ALLOW_PLAIN_HTTP_TOKEN: variable({
    schema: flag(),
    needed: "optional",
    meaning:
      "`1` lets a probe send the token over plain `http://` to a public address; off, such a probe is stopped before anything is sent",
    fix: "use 1 to allow it or 0 (the default) to refuse it",
  }),
  PROBE_TIMEOUT_MS: variable({
    schema: wholeNumber(1000, 120_000, DEFAULT_TIMEOUTS.deadlineMs, "a number of milliseconds"),
    needed: `optional (${DEFAULT_TIMEOUTS.deadlineMs})`,
    meaning: "the longest a whole live probe may take, every check included",
    fix: "use a whole number of milliseconds from 1000 to 120000, e.g. PROBE_TIMEOUT_MS=20000",
  }),
  PROBE_DNS_TIMEOUT_MS: variable({
    schema: wholeNumber(50, 999_999, 2000, "a number of milliseconds"),
    needed: "optional (2000)",
    meaning: "the longest one DNS lookup may take (also kept within the probe's deadline)",
    fix: "use a whole number of milliseconds, at least 50, e.g. PROBE_DNS_TIMEOUT_MS=2000",
  }),
  PROBE_FINGERPRINT_KEY: variable({
    schema: text().refine((v) => v === undefined || v.length >= 32, "is shorter than 32 characters"),
    needed: "optional",
    meaning:
      "at least 32 characters: the HMAC key of the audit line's token fingerprint; unset = the bot makes 32 random bytes once and keeps them in its store (shared by every copy on one PostgreSQL, kept across restarts); the CLI probe, which has no store, then uses a key per run",
    fix: "set at least 32 random characters, e.g. the output of `openssl rand -hex 32`, or unset it",
  }),
  PROBE_ALLOW_PRIVATE: variable({
    schema: flag(),
    needed: "optional",
    meaning:
      "development and tests only: `1` lets probes reach loopback on any port; it no longer opens private or link-local space (use `PROBE_ALLOW_NETWORKS`)",
    fix: "use 1 or 0; to open private ranges use PROBE_ALLOW_NETWORKS instead",
  }),
};

export const probePart = definePart({
  variables: probeVariables,
  check: () => [],
  build(e): ProbeSettings {
    const destination: DestinationPolicy = {
      allowedNetworks: e.PROBE_ALLOW_NETWORKS,
      allowedPorts: e.PROBE_ALLOWED_PORTS.map(Number),
      loopbackAnyPort: e.PROBE_ALLOW_PRIVATE,
      allowPlainHttpToken: e.PROBE_ALLOW_PLAIN_HTTP_TOKEN,
      dnsTimeoutMs: e.PROBE_DNS_TIMEOUT_MS,
    };
    return {
      access: { users: e.PROBE_ALLOWED_USERS, channels: e.PROBE_ALLOWED_CHANNELS },
      // What runProbe is told before the adapters' guard has vetted a destination: non-public space
      // is open at all only when the operator opened some (runGuardedProbe decides per probe).
      allowPrivate: destination.allowedNetworks.length > 0 || destination.loopbackAnyPort,
      allowedPorts: destination.allowedPorts,
      allowedHostSuffixes: e.PROBE_ALLOWED_HOSTS.map((h) => h.toLowerCase()),
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      timeouts: { ...DEFAULT_TIMEOUTS, deadlineMs: e.PROBE_TIMEOUT_MS },
      destination,
      ...(e.PROBE_FINGERPRINT_KEY ? { fingerprintKey: e.PROBE_FINGERPRINT_KEY } : {}),
    };
  },
});
