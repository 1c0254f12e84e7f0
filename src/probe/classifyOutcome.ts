import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";
import type { CheckOutcome } from "./checks/ProbeCheck.ts";
import { REFUSED_MESSAGE } from "./ProbeRefusedError.ts";
import type { ProbeResponse } from "./sendProbeRequest.ts";

export type HttpCheckKind = "write" | "read" | "otlp";

export type Outcome = CheckOutcome & { status: "pass" | "fail" };

const WHAT: Record<HttpCheckKind, string> = {
  write: "POST /api/v1/push (empty remote-write request)",
  read: "GET /prometheus/api/v1/query?query=vector(1)",
  otlp: "POST /otlp/v1/metrics (empty OTLP export)",
};

const SCOPE: Record<HttpCheckKind, string> = { write: "write", read: "read", otlp: "write" };

/** The backend's own words, short and on one line. */
export function excerpt(body: string): string {
  const text = body.replace(/\s+/g, " ").trim();
  if (text === "") return "";
  return `: "${text.length > 160 ? `${text.slice(0, 160)}…` : text}"`;
}

function isNoOrgId(body: string): boolean {
  return /no org ?id|x-scope-orgid|tenant id/i.test(body);
}

/**
 * Names the failing layer of an HTTP answer and the knowledge-base symptom it points to; a failure
 * the status itself says is `http.status` with that status.
 */
export function classifyResponse(kind: HttpCheckKind, res: ProbeResponse, tenantSent: boolean): Outcome {
  const outcome = judgeResponse(kind, res, tenantSent);
  const byStatus = outcome.status === "fail" && !res.oversize && (res.status < 200 || res.status >= 300);
  return byStatus ? { ...outcome, failureClass: "http.status", httpStatus: res.status } : outcome;
}

function judgeResponse(kind: HttpCheckKind, res: ProbeResponse, tenantSent: boolean): Outcome {
  const what = WHAT[kind];
  const said = excerpt(res.body);
  const s = res.status;
  if (res.oversize)
    return {
      status: "fail",
      detail: `${what}: the answer was larger than the probe's size cap and was cut off; this is not the backend's API answering`,
      symptom: "otel-wrong-endpoint",
    };
  if (s >= 200 && s < 300) {
    if (kind === "read" && !/"status"\s*:\s*"success"/.test(res.body))
      return {
        status: "fail",
        detail: `${what} answered ${s} but not with a Prometheus query result${said}`,
        symptom: "otel-wrong-endpoint",
      };
    return { status: "pass", detail: `${what} → ${s}: the token can ${SCOPE[kind]}`, scope: true };
  }
  if (s >= 300 && s < 400) {
    const location = res.headers.location;
    let to = "an unknown place";
    try {
      if (typeof location === "string") to = new URL(location, "http://x.invalid").host || to;
    } catch {
      // an unparsable Location stays "an unknown place"
    }
    return {
      status: "fail",
      detail: `${what} → ${s} redirect to ${to}, not followed; configure the final URL instead`,
      symptom: "otel-wrong-endpoint",
    };
  }
  if ((s === 400 || s === 401) && (isNoOrgId(res.body) || (s === 400 && !tenantSent)))
    return {
      status: "fail",
      detail: tenantSent
        ? `${what} → ${s} even with X-Scope-OrgID set: the backend does not accept that tenant id${said}`
        : `${what} → ${s} without X-Scope-OrgID (no tenant id given)${said}`,
      symptom: "missing-org-id",
    };
  if (s === 401)
    return {
      status: "fail",
      detail: `${what} → 401: the token was refused (invalid, deleted or malformed)${said}`,
      symptom: "unauthorized-401",
    };
  if (s === 403)
    return {
      status: "fail",
      detail: `${what} → 403: the token lacks the ${SCOPE[kind]} scope${said}`,
      symptom: "forbidden-scope-403",
      scope: false,
    };
  if (s === 404 || s === 405)
    return {
      status: "fail",
      detail: `${what} → ${s}: nothing answers that path on this host${said}`,
      symptom: kind === "write" ? "remote-write-wrong-path" : "otel-wrong-endpoint",
    };
  if (s === 413)
    return {
      status: "fail",
      detail: `${what} → 413: the request is larger than the backend (or a proxy in front of it) accepts${said}`,
      symptom: "request-too-large",
    };
  if (s === 429) {
    const retry = res.headers["retry-after"];
    return {
      status: "fail",
      detail: `${what} → 429: the tenant's rate limit is exceeded${typeof retry === "string" ? ` (Retry-After: ${retry.slice(0, 40)})` : ""}${said}`,
      symptom: "rate-limited-429",
    };
  }
  if (s >= 500)
    return {
      status: "fail",
      detail: `${what} → ${s}: the backend (or a proxy in front of it) is unavailable${said}`,
      symptom: "otel-backend-unavailable",
    };
  return {
    status: "fail",
    detail: `${what} → ${s}${said}`,
    // 415: the endpoint wants another encoding or protocol (gRPC port, JSON-only receiver).
    symptom: s === 415 ? "otel-protocol-mismatch" : "otel-wrong-endpoint",
  };
}

/** The failure class of an error code from Node, undici or OpenSSL; undefined when none fits. */
export function failureClassOfCode(code: string): FailureClassId | undefined {
  if (code === "ECONNREFUSED") return "tcp.refused";
  // undici's header and body timers run after the request was sent: no answer in time, not no connection.
  if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") return "http.timeout";
  if (/TIMEOUT|ETIMEDOUT|ABORTED/.test(code)) return "tcp.timeout";
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET") return "tcp.reset";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "tcp.unreachable";
  if (code === "ENOTFOUND" || code === "ENODATA") return "dns.not-found";
  if (code === "EAI_AGAIN") return "dns.temporary";
  if (code === "DEPTH_ZERO_SELF_SIGNED_CERT") return "tls.self-signed";
  if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") return "tls.expired";
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") return "tls.hostname-mismatch";
  if (/WRONG_VERSION_NUMBER/.test(code)) return "protocol.tls-to-plaintext";
  if (/CERT|SELF_SIGNED|UNABLE_TO_/.test(code)) return "tls.untrusted-chain";
  return undefined;
}

/** Names the layer of a request that got no HTTP answer. */
export function classifyError(kind: HttpCheckKind | "tcp" | "tls", error: unknown): Outcome {
  const outcome = judgeError(kind, error);
  const e = error as { code?: unknown; name?: unknown; cause?: { code?: unknown } };
  const code = String(e.code ?? e.cause?.code ?? "");
  const failureClass =
    outcome.symptom === undefined
      ? undefined
      : (failureClassOfCode(code) ?? (e.name === "AbortError" ? "tcp.timeout" : undefined));
  return failureClass ? { ...outcome, failureClass } : outcome;
}

function judgeError(kind: HttpCheckKind | "tcp" | "tls", error: unknown): Outcome {
  const what = kind === "tcp" ? "TCP connect" : kind === "tls" ? "TLS handshake" : WHAT[kind];
  const e = error as { code?: unknown; message?: unknown; cause?: unknown };
  const cause = e.cause as { code?: unknown; message?: unknown } | undefined;
  const code = String(e.code ?? cause?.code ?? "");
  const message = String(e.message ?? "");
  if (code === "PROBE_REFUSED") return { status: "fail", detail: REFUSED_MESSAGE };
  if (code === "ECONNREFUSED")
    return { status: "fail", detail: `${what}: connection refused`, symptom: "otel-network-unreachable" };
  if (code === "UND_ERR_RES_EXCEEDED_MAX_SIZE")
    return {
      status: "fail",
      detail: `${what}: the answer was larger than the probe's size cap`,
      symptom: "otel-wrong-endpoint",
    };
  // Connected, sent, and no answer in time: a hung or overloaded backend (http.timeout), not the network.
  if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT")
    return {
      status: "fail",
      detail: `${what}: timed out (${code === "UND_ERR_BODY_TIMEOUT" ? "waiting for the body" : "no answer"} within the probe's limit)`,
      symptom: "otel-backend-unavailable",
    };
  if (
    code === "ETIMEDOUT" ||
    code === "UND_ERR_CONNECT_TIMEOUT" ||
    code === "UND_ERR_ABORTED" ||
    (e as { name?: unknown }).name === "AbortError"
  )
    return {
      status: "fail",
      detail: `${what}: timed out (no connection within the probe's limit)`,
      symptom: "otel-network-unreachable",
    };
  if (/CERT|SELF_SIGNED|UNABLE_TO_|ALTNAME|ERR_TLS|ERR_SSL|SSL/i.test(code))
    return { status: "fail", detail: `${what}: TLS failed (${code})`, symptom: "otel-tls-untrusted" };
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE")
    return {
      status: "fail",
      detail: `${what}: the connection was closed (${code})`,
      // tcp.reset: the same entry a pasted "connection reset by peer" points to.
      symptom: "otel-network-unreachable",
    };
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "ENOTFOUND" || code === "EAI_AGAIN")
    return { status: "fail", detail: `${what}: ${code}`, symptom: "otel-network-unreachable" };
  return {
    status: "fail",
    detail: `${what}: ${code || message.slice(0, 120) || "failed"}`,
    symptom: "otel-network-unreachable",
  };
}
