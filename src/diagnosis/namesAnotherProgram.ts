import type { MatchContext } from "./scoreEntries.ts";

/**
 * Whether the paste shows that another program failed, not a telemetry client: another product by
 * name, code of another program in a stack trace, or a request to a URL that is no telemetry
 * endpoint. A plain failure class is answered on its own only when none of these holds.
 */
export function namesAnotherProgram(ctx: MatchContext): boolean {
  // A sidecar calling Prometheus's own management API is that sidecar's business, backend or not.
  if (ctx.facts.management) return true;
  // Logstash's or Kafka's output to Loki or Mimir is a client of the backend: the write is ours.
  if (ctx.mentionsVocabulary("backend")) return false;
  if (ctx.mentionsVocabulary("other-product")) return true;
  const norm = ctx.text.norm;
  if (foreignCode(norm, JAVA_PACKAGE, TELEMETRY_JAVA)) return true;
  if (foreignCode(norm, PYTHON_PACKAGE, TELEMETRY_PYTHON)) return true;
  if (foreignCode(norm, NODE_PACKAGE, TELEMETRY_NODE)) return true;
  // A dial target has no path of its own: beside a URL that has one, it is that URL's connection.
  // A link to documentation or an issue ("See https://developers.google.com/identity/…") is where
  // the error points for help, not a request.
  const requests = ctx.facts.urls.filter((u) => !isReference(u.host, u.path));
  const urls = requests.some((u) => u.path) ? requests.filter((u) => u.path) : requests;
  return urls.length > 0 && !urls.some((u) => !u.path || u.path === "/" || TELEMETRY_PATH.test(u.path));
}

/** `com.okta.commons.http.HttpException`: a Java class of some organisation's code. */
const JAVA_PACKAGE = /(?<![\w./])((?:com|org|net|cn|de|fr|nl|uk|me|dev|co|ai)\.[a-z0-9_]+)\.[a-z0-9_]+/g;
/** Libraries a telemetry client's own trace runs through. */
const TELEMETRY_JAVA =
  /^(?:com\.squareup|com\.google|org\.slf4j|org\.apache|org\.springframework|org\.eclipse|com\.sun)$|opentelemetry|grpc|netty|micrometer|prometheus|jaeger|zipkin|grafana/;
/** `…/site-packages/psycopg2/__init__.py` */
const PYTHON_PACKAGE = /site-packages\/([a-z0-9_]+)\//g;
const TELEMETRY_PYTHON =
  /^(?:opentelemetry|grpc|requests|urllib3|google|http|httpx|httpcore|aiohttp|ssl|socket|asyncio|backoff|wrapt|prometheus_client)$/;
/** `node_modules/@aws-sdk/client-s3/…` */
const NODE_PACKAGE = /node_modules\/((?:@[a-z0-9_.-]+\/)?[a-z0-9_.-]+)\//g;
const TELEMETRY_NODE = /^(?:@opentelemetry\/|@grpc\/|undici$|node-fetch$|axios$|protobufjs$)/;

/**
 * The paths a pipeline writes to or reads from: OTLP, remote write, Loki, Tempo, the query APIs, and
 * InfluxDB 2's write and query API (influxdata/influxdb's `/api/v2/write`, `/api/v2/query`), which
 * Telegraf writes to and Grafana's InfluxDB data source reads from.
 */
const TELEMETRY_PATH =
  /\/v1\/(?:traces|metrics|logs)|\/api\/v2\/(?:write|query)\b|\/api\/v1\/(?:push|write|receive|query|query_range|series|labels?|read|otlp)|\/otlp\b|\/prometheus\b|\/loki\/|\/api\/prom\/|\/api\/traces|\/api\/v2\/spans|\/jaeger|\/tempo|\/ingest|\/insert\/|\/receive\b|\/push\b|\/write\b/;

/** Documentation, code hosting and Q&A sites, and the pages of a project's docs or issues. */
const REFERENCE_HOST =
  /^(?:docs|developers?|learn|support|help|wiki)\.|^(?:www\.)?(?:github\.com|gitlab\.com|stackoverflow\.com|opentelemetry\.io|prometheus\.io|grafana\.com)$/;
const REFERENCE_PATH = /\/(?:docs?|wiki|blob|tree|issues|pull)\//;

function isReference(host: string, path: string): boolean {
  return REFERENCE_HOST.test(host) || REFERENCE_PATH.test(path);
}

/**
 * Some code location in the paste belongs to a program outside the field, and none inside it: the
 * trace is that program's (a telemetry exporter's own frames would show its library).
 */
function foreignCode(norm: string, pattern: RegExp, telemetry: RegExp): boolean {
  let foreign = false;
  for (const m of norm.matchAll(pattern)) {
    const name = m[1] ?? "";
    if (telemetry.test(name)) return false;
    foreign = true;
  }
  return foreign;
}
