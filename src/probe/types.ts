import type { ClientId } from "../vocabulary/clients.ts";
import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";
import type { ProbeGate } from "./ProbeGate.ts";

export type CheckId = "url" | "dns" | "tcp" | "tls" | "token" | "write" | "read" | "otlp";
export type CheckStatus = "pass" | "fail" | "skipped";
export type Scope = boolean | "unknown";

/** What the person asked to probe. The token is used for the probe's own requests and nothing else. */
export interface ProbeRequest {
  /** The base URL or the exact URL the user configured in their client. */
  url: string;
  /** Sent as X-Scope-OrgID; absent means "probe without the header", as a misconfigured client would. */
  tenantId?: string;
  token?: string;
  client?: ClientId;
  /** Who asked (Slack user id, or "cli:<user>"), for the audit line and the rate limit. */
  requestedBy?: string;
}

export interface LookupAddress {
  address: string;
  family: number;
}

/** Resolves a name to every address it has; injected so tests never depend on outside DNS. */
export type Lookup = (hostname: string) => Promise<LookupAddress[]>;

export interface ProbeTimeouts {
  connectMs: number;
  headersMs: number;
  bodyMs: number;
  /** Overall deadline for the whole probe. */
  deadlineMs: number;
}

export interface ProbePolicy {
  /** Operator's opt-in to private, loopback and link-local addresses; also lifts the port limit. */
  allowPrivate: boolean;
  /** Ports allowed on top of 80, 443, 4317 and 4318. */
  allowedPorts: readonly number[];
  /** When non-empty, the host must equal or end with one of these suffixes. */
  allowedHostSuffixes: readonly string[];
  maxBodyBytes: number;
  timeouts: ProbeTimeouts;
}

/** One line of the audit log: never the token, only its fingerprint. */
export interface ProbeAuditLine {
  event: "probe";
  at: string;
  who: string;
  host: string;
  port: number;
  vettedIp: string | null;
  outcome: "pass" | "fail" | "refused";
  /** Why a destination was refused: for the operator only, never shown to the person probing. */
  refusedBecause?: string;
  failed: CheckId[];
  symptoms: string[];
  tokenFingerprint: string | null;
  ms: number;
}

export interface ProbeOptions extends ProbePolicy {
  lookup?: Lookup;
  /** PEM CA certificates to trust instead of the system roots (tests pass their generated CA). */
  ca?: readonly string[];
  /** Receives one line per probe. */
  audit: (line: ProbeAuditLine) => void;
  /** Concurrency cap and per-user rate limit; runProbe throws ProbeLimitError when it says no. */
  gate?: ProbeGate;
  /** Clock, for JWT expiry and certificate days-left. */
  now?: () => Date;
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** Plain text, already masked; never holds the token. */
  detail: string;
  ms: number;
  /** Knowledge-base symptom id this failure points to. */
  symptom?: string;
  /** What failed, in the vocabulary the diagnosis of a paste uses (`tcp.refused`, `tls.expired`). */
  failureClass?: FailureClassId;
  /** The status of an `http.status` failure. */
  httpStatus?: number;
}

export interface ProbeResult {
  /** Always in the order url, dns, tcp, tls, write, read, otlp, token. */
  checks: CheckResult[];
  /** Symptom ids of the failed checks, most fundamental first, without repeats. */
  symptoms: string[];
  scopes: { canWrite: Scope; canRead: Scope };
  /** The destination was refused by policy; every refusal carries the same plain message. */
  refused: boolean;
  ok: boolean;
  /** scheme://host:port without credentials or path ("" when the URL did not parse). */
  target: { origin: string; host: string; port: number; vettedIp: string | null };
  tokenFingerprint: string | null;
  ms: number;
}
