import { CLIENT_CATALOGS } from "../vocabulary/catalogs/clientCatalogs.ts";
import { CLIENT_IDS, type ClientId, type Direction, GRPC_CODE_NAMES } from "../vocabulary/clients.ts";
import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";
import type { WordingMeaning } from "../vocabulary/indexWordings.ts";
import type { OtlpTransport } from "../vocabulary/otlpTransports.ts";
import { detectClients } from "./detectClients.ts";
import type { Located } from "./Located.ts";
import { lineAt, type NormalizedText } from "./normalizeText.ts";
import { transportDisagreement } from "./transportDisagreement.ts";

export interface UrlFact {
  host: string;
  port?: number;
  path: string;
  line: number;
}

export interface Facts {
  clients: ClientId[];
  /** Clients the paste only names, with no log line of theirs (detectClients). */
  namedOnly: ReadonlySet<ClientId>;
  client?: ClientId;
  directions: Set<Direction>;
  statuses: Located<number>[];
  grpc: Located<string>[];
  urls: UrlFact[];
  tenant?: string;
  host?: string;
  /** What failed, in the vocabulary's words, wherever a runtime's own wording for it occurs. */
  classes: Located<FailureClassId>[];
  /** Client catalogs (src/vocabulary/catalogs) whose marks or own errors occur: telemetry by themselves. */
  catalogs: Set<string>;
  /**
   * Client catalogs whose own error sentences occur (`server returned HTTP status`, from Prometheus's
   * remote client, which k6 and other programs embed): telemetry by themselves, though not the client's
   * log shape, so no direction nor client comes of them.
   */
  clientSentences: Set<string>;
  /** Backend catalogs whose markers occur. */
  backends: Set<string>;
  /** What a backend answered, where its own words for being unavailable, overloaded or limiting occur. */
  backendAnswers: Located<{ backend: string; meaning: string }>[];
  /**
   * A sidecar or operator calling Prometheus's own management API (reload, health, flags): the
   * Prometheus side of things, not data on its way to or from a backend.
   */
  management: boolean;
}

/** The vocabulary literals found in the paste (needle → 0-based lines) and what they mean. */
export interface FoundWordings {
  found: ReadonlyMap<string, readonly number[]>;
  wordings: ReadonlyMap<string, readonly WordingMeaning[]>;
}

/**
 * A status code counts only where the text says it is one: after words like "HTTP status",
 * "status=", "code:", Ruby's ":code=>502", "responded with", or before a reason phrase. Ports, sizes and times that
 * happen to be three digits stay out.
 */
const STATUS_AFTER_WORD =
  /(?:\bhttp(?:\/[\d.]{1,3})?|\bstatus(?:[ _-]?code)?|\bstatuscode|\bresponse[ _-]?code|\b(?:error|err|exit)?[ _-]?code|\berror|\bclient error|\bserver error|\breturn(?:s|ed|ing)?|\bresponded with|\bgot|\breceived|\bgetting|\breceiving|\bresponse)["']?[ \t]{0,3}(?:=>|[:=])?[ \t]{0,3}["'(]?[ \t]{0,2}([1-5]\d\d)(?![\d./]|:\d)/g;
const STATUS_BEFORE_REASON =
  /\b([1-5]\d\d)[ \t]{0,2}(?:(?:client|server) error:? ?)?[("':-]{0,2}[ \t]{0,2}(?:bad request|unauthori[sz]ed|authorization required|forbidden|(?:page )?not found|method not allowed|request timeout|conflict|payload too large|request entity too large|unsupported media type|too many requests|internal server error|bad gateway|service unavailable|gateway time-?out)\b/g;
/**
 * A reason phrase printed without its code, right after the word for a failure: OpenTelemetry JS
 * throws `OTLPExporterError` with the response's statusMessage (`OTLPExporterError: Bad Request`),
 * PHP's exporter logs `Export failure: Unauthorized`, Ruby's `Net::HTTPForbidden`. Only phrases that
 * name one status do (not "not found", which every runtime says of files and keys too), and only after
 * the word for an answer or an error, not a bare "failed:" ("failed: forbidden when reading key.pem").
 * Vector's HTTP sinks word a status as their retry strategy's name and its canonical reason ("Default
 * retry strategy: Too Many Requests", vectordotdev/vector src/sinks/util/http.rs retry_action).
 */
const REASON_ALONE =
  /(?:error|failure|exception|status|response|responded|returned|retry strategy)(?: with)?[:=]?[ \t]{0,2}["'(]?(bad request|unauthori[sz]ed|forbidden|request entity too large|payload too large|too many requests|internal server error|bad gateway|service unavailable|gateway time-?out)\b|\bnet::http(unauthorized|forbidden|toomanyrequests|badgateway|serviceunavailable|gatewaytimeout|requestentitytoolarge|payloadtoolarge)\b/g;
const STATUS_BY_REASON: Record<string, number> = {
  "bad request": 400,
  unauthorized: 401,
  unauthorised: 401,
  forbidden: 403,
  "request entity too large": 413,
  requestentitytoolarge: 413,
  "payload too large": 413,
  payloadtoolarge: 413,
  "too many requests": 429,
  toomanyrequests: 429,
  "internal server error": 500,
  "bad gateway": 502,
  badgateway: 502,
  "service unavailable": 503,
  serviceunavailable: 503,
  "gateway timeout": 504,
  "gateway time-out": 504,
  gatewaytimeout: 504,
};
/**
 * A request line with its answer, in the two shapes servers log them: dskit's HTTP middleware in
 * Mimir, Loki, Tempo and Cortex (`POST /api/v1/push (500) 1.7s Response: …`, grafana/dskit
 * middleware/logging.go) and the common access log of nginx and Apache (`"POST /loki/api/v1/push
 * HTTP/1.1" 401 19`).
 */
const STATUS_IN_REQUEST_LOG =
  /\b(?:get|post|put|patch|delete|head) \/[^\s"]{0,512}(?: \(([1-5]\d\d)\)| http\/[\d.]{1,3}"? ([1-5]\d\d)\b)/g;
/**
 * .NET's HttpStatusCode enum by name, as HttpClient users print it (`StatusCode: RequestEntityTooLarge`,
 * dotnet/runtime src/libraries/System.Net.Primitives/src/System/Net/HttpStatusCode.cs): a printed code.
 */
const STATUS_BY_DOTNET_NAME =
  /\b(?:http)?status ?code[:=.]? ?(badrequest|unauthorized|forbidden|notfound|requestentitytoolarge|toomanyrequests|internalservererror|badgateway|serviceunavailable|gatewaytimeout)\b/g;
const STATUS_BY_DOTNET: Record<string, number> = {
  badrequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notfound: 404,
  requestentitytoolarge: 413,
  toomanyrequests: 429,
  internalservererror: 500,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
};
/** vmagent and others: `…: 503; response body="…"`. */
const STATUS_BEFORE_BODY = /\b([1-5]\d\d)[;,]? response body/g;
/** In a short question ("remote_write keeps getting 401s"), a bare 4xx/5xx is a status code. */
const BARE_STATUS = /(?<![\w.:/#=-])([45]\d\d)s?(?![\w.:/%-])/g;
const SHORT_TEXT = 400;
/**
 * `curl -o /dev/null -w '%{http_code}' …` prints the status alone on its line (curl/curl
 * src/tool_writeout.c): in a paste that asks for it, such a line is the status.
 */
const CURL_WRITE_OUT_CODE = /%\{(?:http_code|response_code)\}/;
const LINE_OF_A_CODE = /^[ \t]*([1-5]\d\d)[ \t]*$/gm;

const GRPC_BY_LOWER = new Map(GRPC_CODE_NAMES.map((n) => [n.toLowerCase(), n]));
const GRPC_BY_NUMBER = new Map(GRPC_CODE_NAMES.map((n, i) => [String(i + 1), n]));
/** grpc-js and Python print `7 PERMISSION_DENIED: …`, Java `StatusRuntimeException: UNAVAILABLE: …`. */
const GRPC_SNAKE = GRPC_CODE_NAMES.map((n) => n.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase()).join("|");
/** A gRPC code name written as one word (`PermissionDenied`), which plain English never does. */
const GRPC_CAMEL =
  /\b(permissiondenied|resourceexhausted|deadlineexceeded|failedprecondition|unauthenticated)\b/g;
const GRPC_CODE_PRINTED = new RegExp(
  `(?:\\b(?:1[0-6]|[1-9]) |status(?:runtime)?exception: |\\bgrpc (?:error|status): )(${GRPC_SNAKE})\\b`,
  "g",
);
/**
 * `code = Unavailable`, `StatusCode.UNAUTHENTICATED`, `grpc-status: 14`, `status: PERMISSION_DENIED`,
 * Grpc.Net's `Status(StatusCode="Unavailable", …)` (Grpc.Core.Api Status.ToString) and OpenTelemetry
 * Java's "Server responded with gRPC status code 16" (exporters/common GrpcExporter.java).
 */
const GRPC_CODE =
  /(?:\bcode ?= ?|statuscode\.|statuscode="|\bgrpc status code |\bgrpc[-_ ]?status[:= ]{1,3}|\bgrpc (?:code|status)[:= ]{1,3})([a-z_]{4,20}|1[0-6]|[1-9])\b/g;

/**
 * A URL, with the placeholders people put in place of what they redact (`https://<host>/v1/metrics`,
 * `prometheus-<region>.grafana.net`) kept as part of it: its path still says where the data went.
 */
const URL_PATTERN = /\b(?:https?|grpcs?):\/\/(?:<[\w.-]{1,40}>|[^\s"'<>`)\]},|\\]){1,2048}/g;
const PLACEHOLDER = /<([\w.-]{1,40})>/g;
const PARSED_PLACEHOLDER = /ph-([a-z0-9-]{1,40})\.invalid/g;
/**
 * `curl 0.0.0.0:55681/v1/traces`: a host and port with a path but no scheme. Found from the `:port/`
 * and walked back to the host, which is cheaper than a pattern that starts at every character.
 */
const PORT_PATH = /:(\d{2,5})(\/[^\s"'<>`]{0,1024})/g;
const HOST_CHAR = /[a-z0-9.-]/;
/**
 * urllib3's MaxRetryError, which requests and the OpenTelemetry Python exporters print, names the
 * request without a URL: `HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded
 * with url: /v1/traces` (urllib3/exceptions.py, "%s: Max retries exceeded with url: %s").
 */
/** A request log's path field, logfmt or JSON: `path=/api/v1/orgs`, `"uri":"/api/…"`. */
const PATH_FIELD = /\b(?:path|uri|url|request_uri)(?:=|":\s?)"?(\/[^\s"'&]{0,1024})/g;
const REQUEST_LINE = /"(?:get|post|put|patch|delete|head|options) (\/[^\s"]{0,1024}) http\/[\d.]{1,3}"/g;
const URLLIB3_POOL =
  /\bhttp(s?)connectionpool\(host='([a-z0-9.<>_-]{1,253})', port=(\d{1,5})\): max retries exceeded with url: (\/[^\s"'<>`()]{0,1024})/g;
const DIAL_PATTERN = /\bdial tcp:? (?:lookup )?([a-z0-9.-]{1,253}|\[[0-9a-f:]{2,45}\])(?::(\d{1,5}))?/g;
const TENANT_PATTERNS = [
  /x-scope-orgid["']?\s{0,3}(?:[:=]|=>|→)\s{0,3}["']?([a-z0-9][\w.-]{0,127})/,
  /\b(?:tenant|tenant_id|org_?id)=["']?([a-z0-9][\w.-]{0,127})/,
];
const PLACEHOLDER_HOST =
  /^(?:<|\$|\{|x{3,}|\*{2,})|example\.(?:com|org|net)$|^host$|^localhost$|^0\.0\.0\.0$|^127\./;

const DIRECTION_MARKERS: Record<Direction, RegExp> = {
  write:
    // "export" alone is too common (CSV exporters, Prometheus exporters): only telemetry exporting counts.
    // Vector marks a sink's lines (`component_kind="sink"`, `vector::sinks::`); its sources look alike otherwise.
    // The SDKs' exporter loggers are modules that send (Python's `opentelemetry.exporter.otlp.proto.grpc`,
    // Java's `io.opentelemetry.exporter.internal.grpc.GrpcExporter`); a .NET package name
    // (`OpenTelemetry.Exporter.OpenTelemetryProtocol`, `.Prometheus.AspNetCore`) is a dependency list, not a log line.
    /remote[_ -]?write|remote_name=|component=remote\b|queue_manager|\bpush(?:ing|ed)? (?:to (?:mimir|cortex|loki|prometheus|thanos|the (?:backend|gateway|distributor))|metrics|samples|series|data|logs|traces|spans)\b|failed pushing|pusher failed to consume|\bpushgateway|\/push\b|\/api\/v1\/(?:write|receive)|\/prom\/write\b|exporting failed|failed to export (?:batch|spans?|metrics|traces|logs|to)\b|exporter threw|\bopentelemetry\.exporter\.(?:otlp|internal|sender|zipkin|jaeger)\.|(?:spans?|metrics|traces|logs) export(?:er|ing)?\b|export(?:ing)? (?:spans?|metrics|traces|logs)\b|exporterhelper|"kind": ?"exporter"|\bexporters:|otlp ?exporter|\bingest(?:ion|er|ing)?\b|send(?:ing)? (?:batch|logs|metrics|traces|spans|samples)\b|sending_queue|sending queue|\bloki\.write|\bdistributor\b|failed to send|\/v1\/(?:metrics|traces|logs)\b|\botlp|\botelcol\.exporter|component_kind="?sink\b|vector::sinks::/,
  read: /\bquer(?:y|ies|ying)\b|\btsdb\.|data ?source|\/api\/v1\/(?:query|series|labels?|rules|metadata)|\/api\/datasources\/proxy\/|error reading prometheus|\/prometheus\/api\/|save & test|\bexplore\b/,
  scrape:
    // A Prometheus exporter (node_exporter, ssl_exporter) is a scrape target: its own failures are not the export path.
    // `trace_exporter.py`, `traces_exporter.go`, `metrics_exporter` are OpenTelemetry's own exporters' files.
    // The blackbox exporter's log (`module=http_2xx target=…`, probe_success) reports the probed target's failure;
    // so does Prometheus calling its `/probe?module=…&target=…` handler, and its modules' `prober: https`
    // (prometheus/blackbox_exporter main.go, config/config.go). Prometheus 3 calls its targets page "target health".
    /\bscrap(?:e|ing)?\b|\bblackbox\b|\bprobe_success\b|\bmodule=[a-z0-9_]+ target=|\/probe\?[^\s"]{0,200}\b(?:module|target)=|\bprober: (?:https?|tcp|icmp|dns|grpc)\b|\btarget health\b|\b(?!otlp_|otel_|(?:traces?|spans?|metrics?|logs?)_exporter)[a-z]+_exporter\b|scrape_pool|scrape manager|targets? page|\/targets\b|\bjob_name:|kubernetes_sd_configs|static_configs:|\| ?down ?\||last scrape/,
};

/**
 * Prometheus's lifecycle and status endpoints (prometheus/prometheus web/web.go, web/api/v1/api.go), and
 * what the sidecars that call them print: Thanos sidecar's flags check (thanos-io/thanos
 * cmd/thanos/sidecar.go) and the config reloader's reload call (thanos-io/thanos pkg/reloader/reloader.go).
 */
const MANAGEMENT =
  /\/-\/(?:reload|quit|healthy|ready)\b|\/api\/v1\/status\/(?:flags|config|buildinfo|runtimeinfo|tsdb)\b|failed to get prometheus flags|reload request failed/;

const CATALOG_ROLES = new Map(CLIENT_CATALOGS.map((c) => [c.id, c.role]));

function findAll(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) visit(m);
}

function extractStatuses(t: NormalizedText): Located<number>[] {
  const found = new Map<string, Located<number>>();
  const add = (code: string | undefined, index: number, matched: string, inferred = false) => {
    if (!code) return;
    const line = lineAt(t.lineStarts, index);
    const key = `${code}@${line}`;
    if (!found.has(key))
      found.set(key, {
        value: Number(code),
        line,
        matched: matched.trim(),
        ...(inferred ? { inferred } : {}),
      });
  };
  findAll(STATUS_AFTER_WORD, t.norm, (m) => add(m[1], m.index, m[0]));
  findAll(STATUS_BEFORE_REASON, t.norm, (m) => add(m[1], m.index, m[0]));
  findAll(STATUS_BEFORE_BODY, t.norm, (m) => add(m[1], m.index, m[0]));
  findAll(STATUS_IN_REQUEST_LOG, t.norm, (m) => add(m[1] ?? m[2], m.index, m[0]));
  findAll(STATUS_BY_DOTNET_NAME, t.norm, (m) => {
    const code = STATUS_BY_DOTNET[m[1] ?? ""];
    if (code) add(String(code), m.index, m[0]);
  });
  // Last, so a line that printed the code beside its reason ("401 Unauthorized") keeps the printed one.
  findAll(REASON_ALONE, t.norm, (m) => {
    const code = STATUS_BY_REASON[m[1] ?? m[2] ?? ""];
    if (code) add(String(code), m.index, m[0], true);
  });
  if (t.norm.length <= SHORT_TEXT) findAll(BARE_STATUS, t.norm, (m) => add(m[1], m.index, m[0]));
  if (CURL_WRITE_OUT_CODE.test(t.norm)) findAll(LINE_OF_A_CODE, t.norm, (m) => add(m[1], m.index, m[0]));
  return [...found.values()].sort((a, b) => a.line - b.line);
}

function extractGrpc(t: NormalizedText): Located<string>[] {
  const found: Located<string>[] = [];
  findAll(GRPC_CAMEL, t.norm, (m) => {
    const name = GRPC_BY_LOWER.get(m[1] ?? "");
    if (name) found.push({ value: name, line: lineAt(t.lineStarts, m.index), matched: m[0] });
  });
  findAll(GRPC_CODE_PRINTED, t.norm, (m) => {
    const name = GRPC_BY_LOWER.get((m[1] ?? "").replace(/_/g, ""));
    if (name) found.push({ value: name, line: lineAt(t.lineStarts, m.index), matched: m[0].trim() });
  });
  findAll(GRPC_CODE, t.norm, (m) => {
    const raw = (m[1] ?? "").replace(/_/g, "");
    const name = GRPC_BY_LOWER.get(raw) ?? GRPC_BY_NUMBER.get(raw);
    if (name) found.push({ value: name, line: lineAt(t.lineStarts, m.index), matched: m[0].trim() });
  });
  // The same code read twice on one line (`StatusCode.UNAUTHENTICATED` is also a bare word) counts once.
  const seen = new Set<string>();
  return found.filter((g) => {
    const key = `${g.value}@${g.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function extractUrls(t: NormalizedText): UrlFact[] {
  const urls: UrlFact[] = [];
  findAll(URL_PATTERN, t.norm, (m) => {
    try {
      const written = m[0].replace(/[.,;:]+$/, "");
      // A placeholder becomes a name the URL parser accepts, and is put back after.
      const parsable = written.replace(
        PLACEHOLDER,
        (_p, w: string) => `ph-${w.replace(/[^a-z0-9-]/g, "-")}.invalid`,
      );
      const u = new URL(parsable);
      const port = u.port ? Number(u.port) : undefined;
      urls.push({
        host: u.hostname.replace(PARSED_PLACEHOLDER, "<$1>"),
        path: decodeURIComponent(u.pathname).replace(PARSED_PLACEHOLDER, "<$1>"),
        line: lineAt(t.lineStarts, m.index),
        ...(port !== undefined ? { port } : {}),
      });
    } catch {
      // Half a URL (cut off by the paste): nothing to learn from it.
    }
  });
  findAll(PORT_PATH, t.norm, (m) => {
    let start = m.index;
    while (start > 0 && m.index - start < 253 && HOST_CHAR.test(t.norm[start - 1] ?? "")) start--;
    const before = t.norm[start - 1] ?? " ";
    const host = t.norm.slice(start, m.index);
    // Inside a URL (scheme://host:port/…) or user@host: the URL pattern has it already.
    if (!host || /[\w/:@]/.test(before) || host.startsWith(".") || host.endsWith(".")) return;
    urls.push({ host, port: Number(m[1]), path: m[2] ?? "", line: lineAt(t.lineStarts, m.index) });
  });
  findAll(DIAL_PATTERN, t.norm, (m) => {
    const port = m[2] ? Number(m[2]) : undefined;
    urls.push({
      host: (m[1] ?? "").replace(/^\[|\]$/g, ""),
      path: "",
      line: lineAt(t.lineStarts, m.index),
      ...(port !== undefined ? { port } : {}),
    });
  });
  // An access log's request line (nginx, Envoy, Traefik: `"POST /api/v1/checkout HTTP/1.1" 503`)
  // names the path it served, with no host.
  findAll(PATH_FIELD, t.norm, (m) => {
    urls.push({ host: "", path: (m[1] ?? "").split("?")[0] ?? "", line: lineAt(t.lineStarts, m.index) });
  });
  findAll(REQUEST_LINE, t.norm, (m) => {
    urls.push({ host: "", path: (m[1] ?? "").split("?")[0] ?? "", line: lineAt(t.lineStarts, m.index) });
  });
  findAll(URLLIB3_POOL, t.norm, (m) => {
    urls.push({
      host: m[2] ?? "",
      port: Number(m[3]),
      path: (m[4] ?? "").split("?")[0] ?? "",
      line: lineAt(t.lineStarts, m.index),
    });
  });
  return urls;
}

/** The user's own backend host, to fill into snippets: the most frequent real-looking host. */
function pickHost(urls: readonly UrlFact[]): string | undefined {
  const counts = new Map<string, number>();
  for (const u of urls) {
    if (!u.host.includes(".") || PLACEHOLDER_HOST.test(u.host) || u.host.includes("<")) continue;
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(u.host)) continue;
    counts.set(u.host, (counts.get(u.host) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function pickTenant(norm: string, lines: readonly string[]): string | undefined {
  for (const pattern of TENANT_PATTERNS) {
    const m = pattern.exec(norm);
    if (!m?.[1] || /^(?:x{3,}|\*+)$/.test(m[1])) continue;
    // Recover the original case from the readable lines.
    const original = lines.join("\n").match(new RegExp(m[1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"));
    return original?.[0] ?? m[1];
  }
  return undefined;
}

const KNOWN_CLIENTS = new Set<string>(CLIENT_IDS);
/**
 * A client's error wording this long is a sentence of its own ("server returned http status",
 * "export failed with retryable status"); shorter ones ("failed to export", "transient error") are
 * words any program uses.
 */
const SENTENCE_CHARS = 24;

/** Classes, catalogs, backend answers, and the statuses and codes that catalog strings report. */
function readWordings(vocab: FoundWordings) {
  const classes: Located<FailureClassId>[] = [];
  const catalogs = new Set<string>();
  const backends = new Set<string>();
  const catalogClients: ClientId[] = [];
  const backendAnswers: Located<{ backend: string; meaning: string }>[] = [];
  const catalogLines = new Set<number>();
  const clientSentences = new Set<string>();
  const statuses: Located<number>[] = [];
  const grpc: Located<string>[] = [];
  const exporters: Located<OtlpTransport>[] = [];
  for (const [text, lines] of vocab.found) {
    const meanings = vocab.wordings.get(text);
    const line = lines[0];
    if (!meanings || line === undefined) continue;
    for (const m of meanings) {
      if (m.catalog && !m.backend) for (const l of lines) catalogLines.add(l);
      if (m.catalog && !m.marker && text.length >= SENTENCE_CHARS) clientSentences.add(m.catalog);
      if (m.class) classes.push({ value: m.class, line, matched: text });
      if (m.catalog && m.marker) catalogs.add(m.catalog);
      if (m.backend && m.marker) backends.add(m.backend);
      if (
        m.marker &&
        m.client &&
        KNOWN_CLIENTS.has(m.client) &&
        !catalogClients.includes(m.client as ClientId)
      ) {
        catalogClients.push(m.client as ClientId);
      }
      if (m.backend && m.backendMeaning) {
        backendAnswers.push({
          value: { backend: m.backend, meaning: m.backendMeaning },
          line,
          matched: text,
        });
      }
      if (m.status) statuses.push({ value: m.status, line, matched: text });
      if (m.grpc) grpc.push({ value: m.grpc, line, matched: text });
      if (m.transport) exporters.push({ value: m.transport, line, matched: text });
    }
  }
  const byLine = <T>(a: Located<T>, b: Located<T>) => a.line - b.line;
  return {
    classes: classes.sort(byLine),
    catalogs,
    backends,
    catalogClients,
    backendAnswers: backendAnswers.sort(byLine),
    catalogLines,
    clientSentences,
    statuses,
    grpc,
    exporters: exporters.sort(byLine),
  };
}

/**
 * A reason phrase on a line a client catalog knows is that client printing the response's reason
 * (opentelemetry-python's `Transient error Internal Server Error encountered while exporting`): it
 * stands for the code as firmly as a printed one.
 */
function printedInClientLines(statuses: Located<number>[], lines: ReadonlySet<number> | undefined) {
  if (!lines || lines.size === 0) return statuses;
  return statuses.map((s) => {
    if (!s.inferred || !lines.has(s.line)) return s;
    const { inferred: _inferred, ...printed } = s;
    return printed;
  });
}

function mergeLocated<T>(a: Located<T>[], b: Located<T>[]): Located<T>[] {
  const seen = new Set(a.map((x) => `${String(x.value)}@${x.line}`));
  return [...a, ...b.filter((x) => !seen.has(`${String(x.value)}@${x.line}`))].sort(
    (x, y) => x.line - y.line,
  );
}

/** The classes the runtimes worded, then one the paste's facts imply together, unless it is worded too. */
function withInferred(
  classes: Located<FailureClassId>[],
  inferred: Located<FailureClassId> | undefined,
): Located<FailureClassId>[] {
  if (!inferred || classes.some((c) => c.value === inferred.value)) return classes;
  return [...classes, inferred];
}

export function extractFacts(t: NormalizedText, vocab?: FoundWordings): Facts {
  const fromVocabulary = vocab ? readWordings(vocab) : undefined;
  const detected = detectClients(t.norm);
  const catalogClients = fromVocabulary?.catalogClients ?? [];
  const clients = [...detected.clients, ...catalogClients.filter((c) => !detected.clients.includes(c))];
  const namedOnly = new Set([...detected.namedOnly].filter((c) => !catalogClients.includes(c)));
  const directions = new Set<Direction>();
  for (const [direction, pattern] of Object.entries(DIRECTION_MARKERS) as [Direction, RegExp][]) {
    if (pattern.test(t.norm)) directions.add(direction);
  }
  // A line only an exporter, a sink or an output prints is data on its way out; a data source's, a query.
  for (const id of fromVocabulary?.catalogs ?? []) {
    const role = CATALOG_ROLES.get(id);
    if (role === "sends") directions.add("write");
    if (role === "reads") directions.add("read");
  }
  const urls = extractUrls(t);
  const host = pickHost(urls);
  const grpc = mergeLocated(extractGrpc(t), fromVocabulary?.grpc ?? []);
  const tenant = pickTenant(t.norm, t.lines);
  return {
    clients,
    namedOnly,
    ...(clients[0] ? { client: clients[0] } : {}),
    directions,
    statuses: mergeLocated(
      printedInClientLines(extractStatuses(t), fromVocabulary?.catalogLines),
      fromVocabulary?.statuses ?? [],
    ),
    grpc,
    urls,
    ...(host ? { host } : {}),
    ...(tenant ? { tenant } : {}),
    classes: withInferred(
      fromVocabulary?.classes ?? [],
      transportDisagreement(t, grpc, fromVocabulary?.exporters ?? []),
    ),
    catalogs: fromVocabulary?.catalogs ?? new Set(),
    clientSentences: fromVocabulary?.clientSentences ?? new Set(),
    backends: fromVocabulary?.backends ?? new Set(),
    backendAnswers: fromVocabulary?.backendAnswers ?? [],
    management: MANAGEMENT.test(t.norm),
  };
}
