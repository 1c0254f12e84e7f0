import type { ClientId } from "../vocabulary/clients.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import { checkTls } from "./checkTls.ts";
import { checkToken } from "./checkToken.ts";
import { checkUrl } from "./checkUrl.ts";
import {
  classifyError,
  classifyResponse,
  excerpt,
  type HttpCheckKind,
  type Outcome,
} from "./classifyOutcome.ts";
import { REFUSED_MESSAGE } from "./ProbeRefusedError.ts";
import {
  EMPTY_OTLP_EXPORT,
  EMPTY_WRITE_REQUEST_SNAPPY,
  OTLP_PATH,
  PUSH_PATH,
  QUERY_PATH,
  REMOTE_WRITE_HEADERS,
} from "./remoteWrite.ts";
import { SafeDialer } from "./SafeDialer.ts";
import { type ProbeResponse, sendProbeRequest } from "./sendProbeRequest.ts";
import { tokenFingerprint } from "./tokenFingerprint.ts";
import type { CheckId, CheckResult, ProbeOptions, ProbeRequest, ProbeResult, Scope } from "./types.ts";

/** The order checks are shown in. */
export const CHECK_ORDER: readonly CheckId[] = ["url", "dns", "tcp", "tls", "write", "read", "otlp", "token"];
/** The order symptoms are listed in: the most fundamental layer first. */
const SYMPTOM_ORDER: readonly CheckId[] = ["url", "dns", "tcp", "tls", "token", "write", "read", "otlp"];

/** Which of the HTTP checks mean something for this client; the reason when one does not. */
function plan(client: ClientId | undefined, path: string): Record<HttpCheckKind, string | null> {
  const otlpOnly = "the client sends OTLP; remote-write and queries are not needed";
  switch (client) {
    case "prometheus":
      return {
        write: null,
        read: "Prometheus remote_write only writes; the read scope is not needed",
        otlp: "Prometheus sends remote-write, not OTLP",
      };
    case "grafana":
      return {
        write: "Grafana only queries; the write scope is not needed",
        read: null,
        otlp: "Grafana does not send OTLP",
      };
    case "otelcol":
    case "otel-sdk":
      return { write: otlpOnly, read: otlpOnly, otlp: null };
    case "alloy":
      return /^\/otlp/i.test(path)
        ? { write: "this URL is for Alloy's OTLP exporter, not remote_write", read: null, otlp: null }
        : { write: null, read: null, otlp: "this URL is for Alloy's remote_write, not its OTLP exporter" };
    default:
      return {
        write: null,
        read: null,
        otlp: "run only for the Collector, OpenTelemetry SDKs and Alloy's OTLP exporter (name the client)",
      };
  }
}

/**
 * Probes a user's endpoint with their tenant and token, one layer at a time (URL, DNS, TCP, TLS,
 * write, read, OTLP, token hygiene), naming the failing layer and the knowledge-base symptom it
 * points to. All traffic goes through a SafeDialer; the token is sent in these requests and nowhere
 * else. Throws ProbeLimitError only when `options.gate` refuses to start it.
 */
export async function runProbe(request: ProbeRequest, options: ProbeOptions): Promise<ProbeResult> {
  const release = options.gate?.acquire(request.requestedBy ?? "anonymous");
  try {
    return await probe(request, options);
  } finally {
    release?.();
  }
}

async function probe(request: ProbeRequest, options: ProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const now = options.now?.() ?? new Date();
  const checks = new Map<CheckId, CheckResult>();
  const secrets = [request.token, request.token?.trim()].filter((t): t is string => !!t && t.length >= 4);
  const scrub = (text: string): string => {
    let out = text;
    for (const s of secrets) out = out.split(s).join("****");
    return maskSecrets(out);
  };
  const record = (id: CheckId, t0: number, outcome: Outcome | { status: "skipped"; detail: string }) => {
    checks.set(id, {
      id,
      status: outcome.status,
      detail: outcome.detail,
      ms: Math.round(performance.now() - t0),
      ...("symptom" in outcome && outcome.symptom ? { symptom: outcome.symptom } : {}),
    });
  };
  const skipRest = (detail: string) => {
    for (const id of CHECK_ORDER)
      if (!checks.has(id)) record(id, performance.now(), { status: "skipped", detail });
  };

  let t0 = performance.now();
  const token = checkToken(request.token, now);
  record("token", t0, token);

  const tenantSent = request.tenantId !== undefined && request.tenantId.trim() !== "";
  let refused = false;
  let refusedBecause: string | undefined;
  let vettedIp: string | null = null;
  let canWrite: Scope = "unknown";
  let canRead: Scope = "unknown";
  const target = { origin: "", host: "", port: 0 };

  t0 = performance.now();
  const url = checkUrl(request.url, request.client, options);
  if (url.kind !== "ok") {
    refused = url.kind === "refused";
    if (url.kind === "refused") {
      refusedBecause = url.why;
      target.host = url.host;
    }
    record("url", t0, { status: "fail", detail: url.detail });
    skipRest(refused ? "destination refused" : "the URL is not usable");
  } else {
    Object.assign(target, { origin: url.target.origin, host: url.target.hostname, port: url.target.port });
    record("url", t0, url);
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), options.timeouts.deadlineMs);
    const dialer = new SafeDialer({
      allowPrivate: options.allowPrivate,
      ...(options.lookup ? { lookup: options.lookup } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      connectTimeoutMs: options.timeouts.connectMs,
      signal: controller.signal,
    });
    const { hostname, port } = url.target;
    try {
      const network = await (async (): Promise<boolean> => {
        t0 = performance.now();
        const resolution = await dialer.resolve(hostname);
        if (!resolution.ok) {
          // Without the private opt-in an unresolvable name looks exactly like a refused one, so
          // the probe cannot tell anyone which internal names exist.
          refused = resolution.reason === "refused" || !options.allowPrivate;
          refusedBecause =
            resolution.reason === "refused" ? "resolves to an address not allowed" : `DNS ${resolution.code}`;
          record(
            "dns",
            t0,
            refused
              ? { status: "fail", detail: REFUSED_MESSAGE }
              : {
                  status: "fail",
                  detail: `could not resolve ${hostname} (${resolution.reason === "dns" ? resolution.code : "no address"})`,
                  symptom: "otel-network-unreachable",
                },
          );
          skipRest(refused ? "destination refused" : "the host does not resolve");
          return false;
        }
        vettedIp = resolution.ip;
        record("dns", t0, {
          status: "pass",
          detail: `${hostname} → ${resolution.all.join(", ")}${options.allowPrivate ? " (private addresses allowed by the operator)" : ", all public"}`,
        });

        t0 = performance.now();
        try {
          (await dialer.connect(hostname, port)).destroy();
          record("tcp", t0, { status: "pass", detail: `connected to ${resolution.ip} port ${port}` });
        } catch (error) {
          record("tcp", t0, classifyError("tcp", error));
          skipRest("no TCP connection");
          return false;
        }

        t0 = performance.now();
        if (url.target.protocol === "https:") {
          try {
            const verdict = await checkTls(dialer, hostname, port, now);
            record("tls", t0, verdict);
            if (verdict.status === "fail") {
              skipRest("TLS failed, so no request can be trusted");
              return false;
            }
          } catch (error) {
            record("tls", t0, classifyError("tls", error));
            skipRest("TLS failed");
            return false;
          }
        } else {
          record("tls", t0, {
            status: "skipped",
            detail:
              "plain http://: no TLS, so the token travels unencrypted; use https:// for a hosted backend",
          });
        }
        return true;
      })();

      if (network) {
        const agent = dialer.agent({
          headersTimeoutMs: options.timeouts.headersMs,
          bodyTimeoutMs: options.timeouts.bodyMs,
          maxResponseBytes: options.maxBodyBytes,
        });
        const headers = (withTenant: boolean): Record<string, string> => ({
          ...(token.cleaned ? { authorization: `Bearer ${token.cleaned}` } : {}),
          ...(withTenant && tenantSent ? { "x-scope-orgid": (request.tenantId ?? "").trim() } : {}),
        });
        const send = (path: string, method: "GET" | "POST", h: Record<string, string>, body?: Uint8Array) =>
          sendProbeRequest(
            agent,
            `${url.target.origin}${path}`,
            { method, headers: h, ...(body ? { body } : {}) },
            { maxBodyBytes: options.maxBodyBytes, signal: controller.signal },
          );
        const steps: Record<HttpCheckKind, () => Promise<Outcome>> = {
          write: async () => {
            const push = (withTenant: boolean) =>
              send(
                PUSH_PATH,
                "POST",
                { ...REMOTE_WRITE_HEADERS, ...headers(withTenant) },
                EMPTY_WRITE_REQUEST_SNAPPY,
              );
            const first = await push(true);
            const outcome = classifyResponse("write", first, tenantSent);
            if (first.status !== 400 || !tenantSent || outcome.symptom === "missing-org-id") return outcome;
            // A 400 with the tenant header set: ask again without it to learn whether the header matters.
            const second: ProbeResponse = await push(false);
            if (second.status === first.status && second.body === first.body)
              return {
                ...outcome,
                detail: `${outcome.detail}; the same 400 without X-Scope-OrgID, so the tenant header is not what it rejects`,
              };
            return {
              status: "fail",
              detail: `${outcome.detail}; without X-Scope-OrgID it answers ${second.status}${excerpt(second.body)}, so it reads the header and rejects this tenant id`,
              symptom: "missing-org-id",
            };
          },
          read: async () =>
            classifyResponse("read", await send(QUERY_PATH, "GET", headers(true)), tenantSent),
          otlp: async () =>
            classifyResponse(
              "otlp",
              await send(
                OTLP_PATH,
                "POST",
                { "content-type": "application/x-protobuf", ...headers(true) },
                EMPTY_OTLP_EXPORT,
              ),
              tenantSent,
            ),
        };
        const skips = plan(request.client, url.target.path);
        try {
          for (const kind of ["write", "read", "otlp"] as const) {
            t0 = performance.now();
            const skip = skips[kind];
            if (skip !== null) {
              record(kind, t0, { status: "skipped", detail: skip });
              continue;
            }
            if (controller.signal.aborted) {
              record(kind, t0, { status: "skipped", detail: "the probe's overall deadline passed" });
              continue;
            }
            let outcome: Outcome;
            try {
              outcome = await steps[kind]();
            } catch (error) {
              outcome = classifyError(kind, error);
            }
            record(kind, t0, outcome);
            if (outcome.scope !== undefined) {
              if (kind === "read") canRead = outcome.scope;
              else if (canWrite !== true) canWrite = outcome.scope;
            }
          }
        } finally {
          await agent.destroy().catch(() => undefined);
        }
      }
    } finally {
      clearTimeout(deadline);
      controller.abort();
    }
  }

  const ordered = CHECK_ORDER.map((id) => {
    const c = checks.get(id) as CheckResult;
    return { ...c, detail: scrub(c.detail) };
  });
  const symptoms: string[] = [];
  for (const id of SYMPTOM_ORDER) {
    const c = checks.get(id);
    if (c?.status === "fail" && c.symptom && !symptoms.includes(c.symptom)) symptoms.push(c.symptom);
  }
  const failed = ordered.filter((c) => c.status === "fail").map((c) => c.id);
  const fingerprint = tokenFingerprint(token.cleaned ?? request.token);
  const ms = Math.round(performance.now() - started);
  options.audit({
    event: "probe",
    at: now.toISOString(),
    who: request.requestedBy ?? "anonymous",
    host: scrub(target.host || request.url.slice(0, 200)),
    port: target.port,
    vettedIp,
    outcome: refused ? "refused" : failed.length === 0 ? "pass" : "fail",
    ...(refused && refusedBecause ? { refusedBecause } : {}),
    failed,
    symptoms,
    tokenFingerprint: fingerprint,
    ms,
  });
  return {
    checks: ordered,
    symptoms,
    scopes: { canWrite, canRead },
    refused,
    ok: failed.length === 0,
    target: { ...target, vettedIp },
    tokenFingerprint: fingerprint,
    ms,
  };
}
