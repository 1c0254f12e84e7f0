import type { FailureClassId } from "../../vocabulary/failureClasses/FailureClass.ts";
import type { SafeDialer } from "../SafeDialer.ts";
import type { ProbeResponse } from "../sendProbeRequest.ts";
import type { CheckId, ProbeOptions, ProbeRequest } from "../types.ts";
import type { ProbeTarget } from "./ProbeTarget.ts";

/** What one check found. */
export interface CheckOutcome {
  status: "pass" | "fail" | "skipped";
  /** Plain text; runProbe masks it again before it leaves the probe. */
  detail: string;
  /** Knowledge-base symptom id this failure points to. */
  symptom?: string;
  /** The failure in the vocabulary a diagnosis of a paste uses. */
  failureClass?: FailureClassId;
  /** The HTTP status of an `http.status` failure. */
  httpStatus?: number;
  /** What the answer proves about the token's scope for this kind of request. */
  scope?: boolean;
}

/** A check's outcome, and when the checks after it cannot mean anything, why they are skipped. */
export interface CheckRun {
  outcome: CheckOutcome;
  stop?: string;
}

export type SendProbe = (
  path: string,
  method: "GET" | "POST",
  headers: Record<string, string>,
  body?: Uint8Array,
) => Promise<ProbeResponse>;

/** What the checks of one probe share; each check reads what the earlier ones left. */
export interface ProbeState {
  readonly request: ProbeRequest;
  readonly options: ProbeOptions;
  readonly now: Date;
  readonly dialer: SafeDialer;
  /** The X-Scope-OrgID header is sent (a tenant was given). */
  readonly tenantSent: boolean;
  /** Set by the token check: what is sent after `Bearer `. */
  token?: string | undefined;
  /** Set by the URL check when the URL is usable. */
  target?: ProbeTarget;
  /** Set by the DNS check: the one vetted address every connection goes to. */
  vettedIp?: string;
  /** Set by the orchestrator once TLS is through: one request through the vetted agent. */
  send?: SendProbe;
  /** The destination was refused by policy, and why (for the audit line only). */
  refused: boolean;
  refusedBecause?: string;
  /** What the result names as the target, even when the URL is refused. */
  shown: { origin: string; host: string; port: number };
}

/** Every check has this shape: the state in, an outcome out. Checks never throw for a failure. */
export interface ProbeCheck {
  readonly id: CheckId;
  run(state: ProbeState): Promise<CheckRun> | CheckRun;
}

/** The headers of the probe's own requests: the cleaned token, and the tenant when asked. */
export function authHeaders(state: ProbeState, withTenant = true): Record<string, string> {
  return {
    ...(state.token ? { authorization: `Bearer ${state.token}` } : {}),
    ...(withTenant && state.tenantSent ? { "x-scope-orgid": (state.request.tenantId ?? "").trim() } : {}),
  };
}
