import type { ClientId } from "../vocabulary/clients.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import { dnsCheck } from "./checks/dns.ts";
import { otlpCheck } from "./checks/otlp.ts";
import type { CheckOutcome, ProbeCheck, ProbeState } from "./checks/ProbeCheck.ts";
import { readCheck } from "./checks/read.ts";
import { tcpCheck } from "./checks/tcp.ts";
import { tlsCheck } from "./checks/tls.ts";
import { tokenCheck } from "./checks/token.ts";
import { urlCheck } from "./checks/url.ts";
import { writeCheck } from "./checks/write.ts";
import { classifyError, type HttpCheckKind } from "./classifyOutcome.ts";
import { SafeDialer } from "./SafeDialer.ts";
import { sendProbeRequest } from "./sendProbeRequest.ts";
import { tokenFingerprint } from "./tokenFingerprint.ts";
import type { CheckId, CheckResult, ProbeOptions, ProbeRequest, ProbeResult, Scope } from "./types.ts";

/** The order checks are shown in. */
export const CHECK_ORDER: readonly CheckId[] = ["url", "dns", "tcp", "tls", "write", "read", "otlp", "token"];
/** The order symptoms are listed in: the most fundamental layer first. */
const SYMPTOM_ORDER: readonly CheckId[] = ["url", "dns", "tcp", "tls", "token", "write", "read", "otlp"];
/** The order checks run in: the token first (the others send it cleaned), then layer by layer. */
const NETWORK: readonly ProbeCheck[] = [urlCheck, dnsCheck, tcpCheck, tlsCheck];
const HTTP: readonly (ProbeCheck & { id: HttpCheckKind })[] = [
  writeCheck as ProbeCheck & { id: "write" },
  readCheck as ProbeCheck & { id: "read" },
  otlpCheck as ProbeCheck & { id: "otlp" },
];

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
  const record = (id: CheckId, t0: number, outcome: CheckOutcome) => {
    const { scope: _scope, ...shown } = outcome;
    checks.set(id, { id, ...shown, ms: Math.round(performance.now() - t0) });
  };
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), options.timeouts.deadlineMs);
  const state: ProbeState = {
    request,
    options,
    now,
    tenantSent: request.tenantId !== undefined && request.tenantId.trim() !== "",
    dialer: new SafeDialer({
      allowPrivate: options.allowPrivate,
      ...(options.lookup ? { lookup: options.lookup } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      connectTimeoutMs: options.timeouts.connectMs,
      signal: controller.signal,
    }),
    refused: false,
    shown: { origin: "", host: "", port: 0 },
  };
  let canWrite: Scope = "unknown";
  let canRead: Scope = "unknown";
  /** Why the remaining checks cannot mean anything, once one of them says so. */
  let stopped: string | undefined;
  const run = async (check: ProbeCheck) => {
    const t0 = performance.now();
    if (stopped !== undefined) {
      record(check.id, t0, { status: "skipped", detail: stopped });
      return;
    }
    const { outcome, stop } = await check.run(state);
    record(check.id, t0, outcome);
    stopped = stop;
  };

  try {
    await run(tokenCheck);
    for (const check of NETWORK) await run(check);
    if (stopped === undefined && state.target) {
      const target = state.target;
      const agent = state.dialer.agent({
        headersTimeoutMs: options.timeouts.headersMs,
        bodyTimeoutMs: options.timeouts.bodyMs,
        maxResponseBytes: options.maxBodyBytes,
      });
      state.send = (path, method, headers, body) =>
        sendProbeRequest(
          agent,
          `${target.origin}${path}`,
          { method, headers, ...(body ? { body } : {}) },
          { maxBodyBytes: options.maxBodyBytes, signal: controller.signal },
        );
      const skips = plan(request.client, target.path);
      try {
        for (const check of HTTP) {
          const t0 = performance.now();
          if (skips[check.id] !== null || controller.signal.aborted) {
            record(check.id, t0, {
              status: "skipped",
              detail: skips[check.id] ?? "the probe's overall deadline passed",
            });
            continue;
          }
          let outcome: CheckOutcome;
          try {
            outcome = (await check.run(state)).outcome;
          } catch (error) {
            outcome = classifyError(check.id, error);
          }
          record(check.id, t0, outcome);
          if (outcome.scope !== undefined) {
            if (check.id === "read") canRead = outcome.scope;
            else if (canWrite !== true) canWrite = outcome.scope;
          }
        }
      } finally {
        await agent.destroy().catch(() => undefined);
      }
    } else {
      for (const check of HTTP) await run(check);
    }
  } finally {
    clearTimeout(deadline);
    controller.abort();
  }

  const { refused, refusedBecause, shown: target } = state;
  const vettedIp = state.vettedIp ?? null;
  const token = { cleaned: state.token };
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
