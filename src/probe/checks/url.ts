import net from "node:net";
import { CLIENT_NAMES, type ClientId } from "../../vocabulary/clients.ts";
import {
  type EndpointKind,
  type EndpointPathProblem,
  judgeEndpointPath,
} from "../../vocabulary/judgeEndpointPath.ts";
import { maskSecrets } from "../../vocabulary/maskSecrets.ts";
import { REFUSED_MESSAGE } from "../ProbeRefusedError.ts";
import { bareHost } from "../SafeDialer.ts";
import type { ProbePolicy } from "../types.ts";
import { vetAddress } from "../vetAddress.ts";
import type { ProbeCheck } from "./ProbeCheck.ts";
import type { ProbeTarget } from "./ProbeTarget.ts";

export type { ProbeTarget };

export const DEFAULT_PORTS: readonly number[] = [80, 443, 4317, 4318];

export type UrlVerdict =
  | { kind: "ok"; target: ProbeTarget; status: "pass" | "fail"; detail: string; symptom?: string }
  /** `why` is for the operator's audit log only: users see the one plain message. */
  | { kind: "refused"; detail: string; host: string; why: string }
  | { kind: "invalid"; detail: string };

/** Names that are loopback whatever a resolver says; refused before any lookup. */
function isLocalName(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || host === "metadata.google.internal";
}

function suffixAllowed(host: string, suffixes: readonly string[]): boolean {
  if (suffixes.length === 0) return true;
  return suffixes.some((raw) => {
    const suffix = raw
      .trim()
      .toLowerCase()
      .replace(/^\.+|\.+$/g, "");
    return suffix !== "" && (host === suffix || host.endsWith(`.${suffix}`));
  });
}

/** How the client named uses the URL it is given; an Alloy URL under /otlp is its OTLP exporter's. */
function endpointKind(client: ClientId | undefined, path: string): EndpointKind {
  switch (client) {
    case "prometheus":
      return "remote-write";
    case "grafana":
      return "grafana-datasource";
    case "otelcol":
      return "otlp-http";
    case "alloy":
      return /^\/otlp(\/|$)|\/v1\/(metrics|traces|logs)$/i.test(path) ? "otlp-http" : "remote-write";
    default:
      return "unknown";
  }
}

const PROBLEM_SYMPTOM: Record<EndpointPathProblem, string> = {
  "not-push-path": "remote-write-wrong-path",
  "signal-path": "otelcol-otlphttp-endpoint-path",
  "not-otlp-base": "otel-wrong-endpoint",
  "grpc-path": "otel-wrong-endpoint",
  "no-signal-path": "otel-wrong-endpoint",
  "no-prometheus-path": "grafana-bad-gateway",
};

/**
 * The path verdict for the client, the same one the config rules give. A URL with no path is the
 * base URL the probe is documented to take (and Slack pre-fills): not a failure, but the detail
 * says which URL the client itself needs.
 */
function pathAdvice(
  origin: string,
  path: string,
  search: string,
  client: ClientId | undefined,
): { problem?: { detail: string; symptom: string }; note?: string } {
  const v = judgeEndpointPath(endpointKind(client, path), `${origin}${path}${search}`);
  if (v.verdict === "ok") return {};
  if (path === "")
    return {
      note: `the base URL; in ${client ? CLIENT_NAMES[client] : "the client"} the URL is ${v.correctedUrl}`,
    };
  return { problem: { detail: v.reason, symptom: PROBLEM_SYMPTOM[v.problem] } };
}

/**
 * Check 1: the URL itself. Decides, before any network traffic, whether the destination may be
 * probed at all (scheme, port, host allow-list, IP literals) and whether the configured path is the
 * right one for the client.
 */
export function checkUrl(raw: string, client: ClientId | undefined, policy: ProbePolicy): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { kind: "invalid", detail: `not a URL: "${maskSecrets(raw.trim()).slice(0, 200)}"` };
  }
  const refuse = (why: string): UrlVerdict => ({
    kind: "refused",
    detail: REFUSED_MESSAGE,
    host: url.host,
    why,
  });
  if (url.protocol !== "http:" && url.protocol !== "https:") return refuse(`scheme ${url.protocol}`);
  // WHATWG parsing has already turned 2130706433, 0x7f.1 and 127.1 into 127.0.0.1 and
  // [::ffff:127.0.0.1] into [::ffff:7f00:1]; what is left is a name or a canonical literal.
  const hostname = url.hostname.toLowerCase().replace(/\.+$/, "");
  const host = bareHost(hostname);
  if (host === "" || isLocalName(host)) return refuse("local name");
  if (net.isIP(host) && !vetAddress(host, policy.allowPrivate)) return refuse("address not allowed");
  const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
  if (!policy.allowPrivate && !DEFAULT_PORTS.includes(port) && !policy.allowedPorts.includes(port))
    return refuse(`port ${port} not allowed`);
  if (!suffixAllowed(host, policy.allowedHostSuffixes)) return refuse("host not in PROBE_ALLOWED_HOSTS");

  const path = url.pathname.replace(/\/+$/, "");
  const target: ProbeTarget = {
    protocol: url.protocol,
    hostname,
    port,
    origin: `${url.protocol}//${hostname}${url.port === "" ? "" : `:${port}`}`,
    path,
  };
  const problems: string[] = [];
  let symptom: string | undefined;
  if (url.username !== "" || url.password !== "") {
    problems.push(
      "the URL carries user:password credentials; send the token in the Authorization header instead",
    );
    symptom = "unauthorized-401";
  }
  const advice = pathAdvice(target.origin, path, url.search, client);
  if (advice.problem) {
    problems.unshift(advice.problem.detail);
    symptom = advice.problem.symptom;
  }
  if (problems.length > 0)
    return {
      kind: "ok",
      target,
      status: "fail",
      detail: maskSecrets(`${problems.join("; ")}. The probe checks the right paths on ${target.origin}`),
      ...(symptom ? { symptom } : {}),
    };
  return {
    kind: "ok",
    target,
    status: "pass",
    detail: `${target.origin}${path ? ` (path ${path})` : ""}: scheme, host and port are fine${path ? " and the path fits the client" : ""}${advice.note ? ` (${advice.note})` : ""}`,
  };
}

/** Check 1 in the probe: the URL decides whether anything is sent at all. */
export const urlCheck: ProbeCheck = {
  id: "url",
  run(state) {
    const url = checkUrl(state.request.url, state.request.client, state.options);
    if (url.kind === "invalid")
      return { outcome: { status: "fail", detail: url.detail }, stop: "the URL is not usable" };
    if (url.kind === "refused") {
      state.refused = true;
      state.refusedBecause = url.why;
      state.shown.host = url.host;
      return { outcome: { status: "fail", detail: url.detail }, stop: "destination refused" };
    }
    state.target = url.target;
    state.shown = { origin: url.target.origin, host: url.target.hostname, port: url.target.port };
    return {
      outcome: { status: url.status, detail: url.detail, ...(url.symptom ? { symptom: url.symptom } : {}) },
    };
  },
};
