import type { ConfigRuleId } from "./configRules.ts";
import { splice } from "./editText.ts";
import type { Fix, Target, Val } from "./Target.ts";
import { replaceScalar } from "./yamlEdit.ts";

/** A rule's finding before it is verified and rendered. */
export interface RawFinding {
  rule: ConfigRuleId;
  target: string;
  /** What in the target is wrong (`url`, `headers.Authorization`): with rule and target, names the finding. */
  field: string;
  line: number;
  message: string;
  fix?: Fix;
}

export const TENANT_HEADER = "X-Scope-OrgID";
export const PUSH_PATH = "/api/v1/push";
export const GRAFANA_PATH = "/prometheus";
/** xScaler's docs: the otlphttp endpoint is the base host only; the exporter adds the path. */
export const OTLP_HTTP_BASE_PATH = "";
const MAX_SHARDS = 50;
const MIN_DEADLINE_MS = 5000;

/** Replace a value in place, written the way the format writes it. */
export function setVal(text: string, v: Val, value: string): string {
  switch (v.style) {
    case "alloy-string":
      return splice(text, v.start, v.end, JSON.stringify(value));
    case "raw":
    case "inner":
      return splice(text, v.start, v.end, value);
    default:
      return replaceScalar(text, v, value);
  }
}

const setTo =
  (v: Val, value: string): Fix =>
  (text) =>
    setVal(text, v, value);

export interface ParsedUrl {
  scheme: string;
  host: string;
  port: string;
  path: string;
  rest: string;
}

export function parseUrl(value: string): ParsedUrl | undefined {
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\[[^\]]*\]|[^/?#:\s@]+)(?::(\d*))?([^?#\s]*)(\S*)$/i.exec(
    value.trim(),
  );
  if (!m || /[${}()]/.test(value)) return undefined;
  return { scheme: m[1] ?? "", host: m[2] ?? "", port: m[3] ?? "", path: m[4] ?? "", rest: m[5] ?? "" };
}

function origin(u: ParsedUrl, port = u.port): string {
  return `${u.scheme ? `${u.scheme}://` : ""}${u.host}${port ? `:${port}` : ""}`;
}

/** A reference to a secret held elsewhere (`${TOKEN}`, `env("X")`), which we cannot check. */
function isReference(value: string): boolean {
  return /\$\{?[A-Za-z_]|^env\(|\{\{/.test(value);
}

/** A value that can be shown as the tenant: not a token. */
export function tenantLike(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === "" || v.length > 64 || /\s/.test(v) || /^eyJ|^glc_|^glsa_/.test(v) || isReference(v))
    return undefined;
  return v;
}

function durationMs(value: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let total = 0;
  let seen = "";
  for (const m of value.trim().matchAll(re)) {
    const n = Number(m[1]);
    total += n * (m[2] === "ms" ? 1 : m[2] === "s" ? 1000 : m[2] === "m" ? 60_000 : 3_600_000);
    seen += m[0];
  }
  return seen === value.trim() && seen !== "" ? total : undefined;
}

const queryApi = (u: ParsedUrl | undefined): boolean =>
  u !== undefined && /^\/(api\/v1|prometheus|otlp)(\/|$)/.test(u.path);

/** Runs every rule over the targets of one snippet. */
export function checkTargets(targets: Target[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const t of targets) {
    const f = (rule: ConfigRuleId, field: string, line: number, message: string, fix?: Fix): void => {
      out.push({ rule, target: t.key, field, line, message, ...(fix ? { fix } : {}) });
    };
    const url = t.url && parseUrl(t.url.value);
    const grafanaCloud = url !== undefined && /grafana\.net$/i.test(url.host);

    // push-url-path
    if (
      t.url &&
      url?.host &&
      !grafanaCloud &&
      (t.role === "remote-write" || (t.role === "curl" && t.writes))
    ) {
      const path = url.path.replace(/\/+$/, "");
      if (path === "" || path === "/push" || /\/write$/.test(path) || /\/api\/v1\/(query|read)/.test(path)) {
        const shown = path === "" ? "no path" : path;
        f(
          "push-url-path",
          "url",
          t.url.line,
          `The push URL has ${shown === "no path" ? "no path" : `the path ${shown}`}; the backend takes writes at ${PUSH_PATH} (not /api/v1/write, not /push), so requests get a 404.`,
          setTo(t.url, `${origin(url)}${PUSH_PATH}${url.rest}`),
        );
      }
    }

    // missing-tenant-header
    const needsTenant =
      !t.externalAuth && (t.role !== "curl" || queryApi(url)) && !(t.role === "remote-write" && grafanaCloud);
    if (needsTenant) {
      const h = t.headers.find((x) => x.name.toLowerCase() === TENANT_HEADER.toLowerCase());
      const tenant = tenantLike(t.basicAuth?.username?.value) ?? "<tenant-id>";
      if (h === undefined) {
        f(
          "missing-tenant-header",
          "headers",
          t.line,
          `No ${TENANT_HEADER} header in ${t.key}: the backend is multi-tenant and answers 400 "no org id" without it.`,
          t.addHeader(TENANT_HEADER, tenant),
        );
      } else if (h.value.value.trim() === "") {
        f(
          "missing-tenant-header",
          "headers",
          h.value.line,
          `The ${TENANT_HEADER} header in ${t.key} is empty: set it to your tenant id.`,
          setTo(h.value, tenant),
        );
      }
    }

    // authorization-bearer-prefix and token-whitespace, on Authorization headers
    for (const h of t.headers) {
      if (h.name.toLowerCase() !== "authorization") continue;
      const v = h.value.value;
      if (isReference(v) && !/^bearer\s/i.test(v)) continue;
      const twice = /^bearer\s+bearer\b/i.test(v);
      if (!v.startsWith("Bearer ") || twice) {
        const why = twice
          ? 'has "Bearer" twice'
          : /^bearer\s/i.test(v) && !v.startsWith("Bearer ")
            ? 'starts with a lower-case or badly spaced "bearer"'
            : /^basic\s/i.test(v)
              ? "is Basic auth; the backend takes a Bearer token"
              : 'has no "Bearer " before the token';
        f(
          "authorization-bearer-prefix",
          `headers.${h.name}`,
          h.value.line,
          `The Authorization header ${why}. It must read exactly "Bearer <token>" (capital B, one space).`,
          setTo(h.value, "Bearer <token>"),
        );
      }
      const token = v.replace(/^bearer /i, "");
      if (/^bearer\s/i.test(v) && /\s/.test(token) && !isReference(token)) {
        f(
          "token-whitespace",
          `headers.${h.name}`,
          h.value.line,
          `The token in the Authorization header ${/[\r\n]/.test(token) ? "has a line break" : "has whitespace"} in it: paste it again as one unbroken string.`,
          setTo(h.value, "Bearer <token>"),
        );
      }
    }

    // Prometheus/Alloy authorization block and bearer_token
    if (t.authType && t.authType.value !== "Bearer" && /^bearer$/i.test(t.authType.value.trim())) {
      f(
        "authorization-bearer-prefix",
        "authorization.type",
        t.authType.line,
        `authorization type is "${t.authType.value}"; it is sent as written and must be "Bearer" (capital B).`,
        setTo(t.authType, "Bearer"),
      );
    }
    for (const [field, v] of [
      ["authorization.credentials", t.credentials],
      ["bearer_token", t.bearerToken],
    ] as const) {
      if (!v) continue;
      if (/^bearer\s/i.test(v.value)) {
        const alloy = t.kind === "alloy" && field === "authorization.credentials";
        f(
          alloy ? "alloy-credentials-bearer" : "authorization-bearer-prefix",
          field,
          v.line,
          alloy
            ? 'Alloy adds "Bearer " itself: credentials must be the raw token, not "Bearer <token>".'
            : `${field} starts with "Bearer ", so the header is sent as "Bearer Bearer <token>": put the raw token only.`,
          setTo(v, "<token>"),
        );
      } else if (/\s/.test(v.value) && !isReference(v.value)) {
        f(
          "token-whitespace",
          field,
          v.line,
          `The token in ${field} ${/[\r\n]/.test(v.value) ? "has a line break" : "has whitespace"} in it: paste it again as one unbroken string.`,
          setTo(v, "<token>"),
        );
      }
    }

    // basic-auth-instead-of-bearer / grafana-basic-auth
    if (t.basicAuth && !grafanaCloud && (t.role !== "curl" || queryApi(url))) {
      const tenant = tenantLike(t.basicAuth.username?.value) ?? "<tenant-id>";
      const holds = t.basicAuth.username && tenant !== "<tenant-id>" ? "the tenant" : "the token";
      if (t.role === "datasource") {
        f(
          "grafana-basic-auth",
          "basicAuth",
          t.basicAuth.line,
          `The data source uses Basic Auth (with ${holds}); xScaler wants two HTTP headers instead: Authorization: Bearer <token> and ${TENANT_HEADER}: <tenant-id>.`,
          t.replaceBasicAuth(tenant),
        );
      } else {
        f(
          "basic-auth-instead-of-bearer",
          "basic_auth",
          t.basicAuth.line,
          `${t.role === "curl" ? "-u" : "basic_auth"} carries ${holds}; the backend takes "Authorization: Bearer <token>" and the tenant in ${TENANT_HEADER}.`,
          t.replaceBasicAuth(tenant),
        );
      }
    }

    // otlphttp-endpoint-path
    if (t.url && url && t.role === "otlp-http" && /\/v1\/(metrics|traces|logs)\/?$/.test(url.path)) {
      f(
        "otlphttp-endpoint-path",
        "endpoint",
        t.url.line,
        `The otlphttp endpoint ends in ${url.path}: the exporter appends /v1/metrics (traces, logs) itself, so the path ends up doubled. Give the base URL only.`,
        setTo(t.url, `${origin(url)}${OTLP_HTTP_BASE_PATH}${url.rest}`),
      );
    }

    // otlp-port-protocol / otlp-endpoint-port
    if (t.url && url && (t.role === "otlp-grpc" || t.role === "otlp-http")) {
      const grpc = t.role === "otlp-grpc";
      if ((grpc && url.port === "4318") || (!grpc && url.port === "4317")) {
        const want = grpc ? "4317" : "4318";
        f(
          "otlp-port-protocol",
          "endpoint.port",
          t.url.line,
          grpc
            ? "The gRPC otlp exporter points at port 4318, the OTLP/HTTP port: use 4317 (or switch to the otlphttp exporter)."
            : "The otlphttp exporter points at port 4317, the OTLP/gRPC port: use 4318 (or switch to the otlp exporter).",
          setTo(t.url, `${origin(url, want)}${url.path}${url.rest}`),
        );
      } else if (grpc && url.port === "") {
        f(
          "otlp-endpoint-port",
          "endpoint.port",
          t.url.line,
          'The gRPC otlp endpoint has no port, which fails with "missing port in address": add :4317.',
          setTo(t.url, `${origin(url, "4317")}${url.path}${url.rest}`),
        );
      }
    }

    // grafana-url-prometheus-path
    if (t.url && url?.host && t.role === "datasource") {
      const path = url.path.replace(/\/+$/, "");
      if (path !== GRAFANA_PATH) {
        f(
          "grafana-url-prometheus-path",
          "url",
          t.url.line,
          `The data source URL ${path === "" ? "has no path" : `has the path ${path}`}: it must be the base URL with ${GRAFANA_PATH}, or Grafana gets Bad Gateway / empty results.`,
          setTo(t.url, `${origin(url)}${GRAFANA_PATH}`),
        );
      }
    }

    // insecure-skip-verify
    if (t.insecureSkipVerify && t.insecureSkipVerify.value === "true") {
      const v = t.insecureSkipVerify;
      f(
        "insecure-skip-verify",
        "tls",
        v.line,
        t.role === "curl"
          ? "-k / --insecure turns off certificate checks, which hides the TLS problem instead of fixing it. Trust the CA with --cacert instead."
          : t.role === "datasource"
            ? "tlsSkipVerify: true turns off certificate checks; fine for a test, not for production. Add the CA certificate (tlsAuthWithCACert) instead."
            : "insecure_skip_verify: true turns off certificate checks; fine for a test, not for production. Trust the CA with ca_file instead.",
        t.removeInsecure ?? setTo(v, "false"),
      );
    }

    // queue-config-429
    if (t.maxShards && Number(t.maxShards.value) > MAX_SHARDS) {
      f(
        "queue-config-429",
        "queue_config.max_shards",
        t.maxShards.line,
        `max_shards is ${t.maxShards.value}: that many parallel senders push past the tenant's ingest limit and make 429s worse. Lower it (${MAX_SHARDS} or less).`,
        setTo(t.maxShards, String(MAX_SHARDS)),
      );
    }
    if (t.batchSendDeadline) {
      const ms = durationMs(t.batchSendDeadline.value);
      if (ms !== undefined && ms < MIN_DEADLINE_MS) {
        f(
          "queue-config-429",
          "queue_config.batch_send_deadline",
          t.batchSendDeadline.line,
          `batch_send_deadline is ${t.batchSendDeadline.value}: short deadlines send many small requests and make 429s worse. Use 5s or more.`,
          setTo(t.batchSendDeadline, "5s"),
        );
      }
    }
  }
  return out;
}
