/**
 * How a client uses the URL it is given, which decides the path that URL must have:
 * - `remote-write`: Prometheus / Alloy `remote_write` url, the Collector's `prometheusremotewrite`
 *   endpoint: posted to exactly as written.
 * - `curl-push`: a curl that sends data: the exact URL it posts to (remote-write or OTLP/HTTP).
 * - `otlp-http`: the Collector's / Alloy's `otlphttp` `endpoint`: a base URL the exporter appends
 *   `/v1/metrics` (traces, logs) to.
 * - `otlp-grpc`: a gRPC `otlp` endpoint: `host:port`, no path.
 * - `otlp-http-traces` (metrics, logs): an SDK's endpoint for one signal
 *   (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`), which the SDK posts to as written: it ends in `/v1/traces`.
 * - `grafana-datasource`: a Grafana Prometheus data source URL: Grafana appends `/api/v1/query` etc.
 * - `unknown`: the client is not known: only the paths that are wrong for every client.
 */
export type EndpointKind =
  | "remote-write"
  | "curl-push"
  | "otlp-http"
  | "otlp-grpc"
  | "otlp-http-traces"
  | "otlp-http-metrics"
  | "otlp-http-logs"
  | "grafana-datasource"
  | "unknown";

/** Why a path is wrong, so each caller can name the knowledge entry it points to. */
export type EndpointPathProblem =
  /** Not `/api/v1/push` where data is pushed (remote-write, curl, or a remote-write path under any client). */
  | "not-push-path"
  /** An otlphttp base endpoint with the signal path already on it: the exporter doubles it. */
  | "signal-path"
  /** An otlphttp base endpoint that is a remote-write or query API path, not an OTLP base. */
  | "not-otlp-base"
  /** A signal's own OTLP/HTTP endpoint without its `/v1/<signal>` path. */
  | "no-signal-path"
  /** A path on a gRPC endpoint. */
  | "grpc-path"
  /** A Grafana data source URL that does not end in `/prometheus`. */
  | "no-prometheus-path";

export type EndpointPathVerdict =
  | {
      verdict: "ok";
      /** The path the client wants ("" for a base URL or host:port). */
      expectedPath: string;
      reason: string;
    }
  | {
      verdict: "wrong";
      expectedPath: string;
      problem: EndpointPathProblem;
      /** A clause, lower-case, no final full stop: callers put it in their own sentence. */
      reason: string;
      /** The URL with the right path: the same scheme, host, port and query as written. */
      correctedUrl: string;
    };

export const PUSH_PATH = "/api/v1/push";
export const GRAFANA_DATASOURCE_PATH = "/prometheus";
const SIGNAL = /\/v1\/(?:metrics|traces|logs)$/i;
/** Paths of the remote-write and query APIs, which are never an OTLP base URL. */
const PROMETHEUS_API = /(?:^|\/)(?:api\/(?:v1|prom)(?:\/[a-z_]+)?|prometheus(?:\/.*)?|push|write)$/i;

interface Split {
  /** `scheme://host:port` (or `host:port`) exactly as written. */
  origin: string;
  host: string;
  /** Without trailing slashes. */
  path: string;
  /** Query and fragment as written. */
  rest: string;
}

function split(url: string): Split {
  const m = /^((?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#\s]*))([^?#\s]*)(.*)$/i.exec(url.trim());
  const authority = m?.[2] ?? "";
  return {
    origin: m?.[1] ?? "",
    host: authority
      .replace(/^[^@]*@/, "")
      .replace(/:\d*$/, "")
      .toLowerCase(),
    path: (m?.[3] ?? "").replace(/\/+$/, ""),
    rest: m?.[4] ?? "",
  };
}

const has = (path: string): string => (path === "" ? "has no path" : `has the path ${path}`);

/**
 * Receivers whose own API takes remote write at another path, recognised by their path or port:
 * VictoriaMetrics (`/api/v1/write` on vmsingle :8428 and vminsert :8480, `/insert/<account>/prometheus/
 * api/v1/write` in a cluster; VictoriaMetrics/VictoriaMetrics app/vminsert/main.go), Prometheus's own
 * receiver (`/api/v1/write` on :9090; prometheus/prometheus web/api/v1/api.go) and Thanos receive
 * (`/api/v1/receive`; thanos-io/thanos pkg/receive/handler.go).
 */
const otherReceiverPush = (u: Split, port: string): boolean =>
  /\/api\/v1\/receive$/i.test(u.path) ||
  (/\/api\/v1\/write$/i.test(u.path) &&
    (/(?:^|\/)insert\/\d+\/prometheus\/api\/v1\/write$/i.test(u.path) ||
      ["8428", "8480", "9090"].includes(port)));

/** Grafana Cloud's hosted Prometheus takes remote-write at its own legacy path. */
const grafanaCloudPush = (u: Split): boolean =>
  /\.grafana\.net$/.test(u.host) && /\/api\/prom\/push$/i.test(u.path);

/**
 * Whether the path of `url` is the one `kind` of client needs, as the backend's and the clients'
 * docs give it: remote-write ends in /api/v1/push; an otlphttp endpoint is the base URL (a prefix
 * such as /otlp is fine, anything ending in /v1/<signal> is not); a gRPC endpoint has no path; a
 * Grafana data source ends in /prometheus. Pure; the one verdict the config rules and the live
 * probe both give.
 */
export function judgeEndpointPath(kind: EndpointKind, url: string): EndpointPathVerdict {
  const u = split(url);
  const p = u.path.toLowerCase();
  const wrong = (
    problem: EndpointPathProblem,
    expectedPath: string,
    reason: string,
    correctedPath = expectedPath,
    keepRest = true,
  ): EndpointPathVerdict => ({
    verdict: "wrong",
    expectedPath,
    problem,
    reason,
    correctedUrl: `${u.origin}${correctedPath}${keepRest ? u.rest : ""}`,
  });
  const ok = (expectedPath: string, reason: string): EndpointPathVerdict => ({
    verdict: "ok",
    expectedPath,
    reason,
  });
  const notPush = (what: string): EndpointPathVerdict =>
    wrong(
      "not-push-path",
      PUSH_PATH,
      `${what} ${has(u.path)}; the backend takes writes at ${PUSH_PATH} (not /api/v1/write, not /push), so requests get a 404`,
    );

  const port = /:(\d{1,5})$/.exec(u.origin)?.[1] ?? "";
  switch (kind) {
    case "remote-write":
      if (p.endsWith(PUSH_PATH) || grafanaCloudPush(u))
        return ok(PUSH_PATH, `the push URL ends in ${PUSH_PATH}`);
      if (otherReceiverPush(u, port)) return ok(u.path, "the receiver's own remote-write path");
      return notPush("the push URL");
    case "curl-push":
      // curl posts to the URL as written, so OTLP/HTTP's full signal path is right here.
      if (p.endsWith(PUSH_PATH) || SIGNAL.test(p) || grafanaCloudPush(u) || otherReceiverPush(u, port))
        return ok(PUSH_PATH, "curl posts to a push path");
      return notPush("the push URL");
    case "otlp-http":
      if (SIGNAL.test(p)) {
        // The docs' base is the host itself; any other prefix (a gateway's) stays.
        const base = u.path.replace(SIGNAL, "").replace(/\/otlp$/i, "");
        return wrong(
          "signal-path",
          "",
          `the otlphttp endpoint ends in ${u.path}: the exporter appends /v1/metrics (traces, logs) itself, so the path ends up doubled; give the base URL only`,
          base,
        );
      }
      if (PROMETHEUS_API.test(p))
        return wrong(
          "not-otlp-base",
          "",
          `the otlphttp endpoint ${has(u.path)}, a remote-write or query API path: the exporter appends /v1/metrics to the endpoint, so it must be the base URL`,
        );
      return ok("", u.path === "" ? "the base URL" : `a base URL with the prefix ${u.path}`);
    case "otlp-http-traces":
    case "otlp-http-metrics":
    case "otlp-http-logs": {
      const signal = kind.slice("otlp-http-".length);
      const expected = `/v1/${signal}`;
      if (p.endsWith(expected)) return ok(expected, `the ${signal} endpoint ends in ${expected}`);
      return wrong(
        "no-signal-path",
        expected,
        `the ${signal} endpoint ${has(u.path)}: an SDK posts to a signal's own endpoint as written, without appending ${expected}, so it gets a 404`,
        `${u.path.replace(SIGNAL, "")}${expected}`,
      );
    }
    case "otlp-grpc":
      if (u.path !== "")
        return wrong(
          "grpc-path",
          "",
          `a gRPC otlp endpoint is host:port with no path, and this one ${has(u.path)}`,
          "",
          false,
        );
      return ok("", "host:port with no path");
    case "grafana-datasource":
      if (p.endsWith(GRAFANA_DATASOURCE_PATH))
        return ok(GRAFANA_DATASOURCE_PATH, `the data source URL ends in ${GRAFANA_DATASOURCE_PATH}`);
      return wrong(
        "no-prometheus-path",
        GRAFANA_DATASOURCE_PATH,
        `the data source URL ${has(u.path)}: it must be the base URL with ${GRAFANA_DATASOURCE_PATH}, or Grafana gets Bad Gateway / empty results`,
        GRAFANA_DATASOURCE_PATH,
        false,
      );
    case "unknown":
      if (otherReceiverPush(u, port)) return ok(u.path, "the receiver's own remote-write path");
      if (/\/api\/v1\/write$/.test(p) || (/(?:^|\/)push$/.test(p) && !p.endsWith(PUSH_PATH)))
        return notPush("the URL");
      return ok("", "no path rule without knowing the client");
  }
}
