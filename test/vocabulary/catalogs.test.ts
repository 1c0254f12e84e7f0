import { describe, expect, it } from "vitest";
import { BACKEND_CATALOGS } from "../../src/vocabulary/catalogs/backendCatalogs.ts";
import type { CatalogError, ClientCatalog } from "../../src/vocabulary/catalogs/Catalog.ts";
import { CLIENT_CATALOGS } from "../../src/vocabulary/catalogs/clientCatalogs.ts";
import { GRPC_CODE_NAMES } from "../../src/vocabulary/clients.ts";
import { FAILURE_CLASS_IDS, type Wording } from "../../src/vocabulary/failureClasses/FailureClass.ts";

/** Lower-case, white space collapsed: the form every catalog wording is written in. */
const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

/** "owner/repo path/to/file.ext" with an optional note after it. */
const NAMES_A_FILE = /^[\w.-]+\/[\w.-]+ [\w./@-]*[\w-]\.[a-z]{1,5}(?: \(.+\))?$/;

/**
 * Real log lines in each client's shape (timestamps, hosts and ids as those programs print them).
 * Each must carry one of its own catalog's markers and none of any other client catalog's.
 */
const SAMPLE_LINES: Record<string, readonly string[]> = {
  "prometheus-remote-storage": [
    'ts=2024-05-02T10:11:12.345Z caller=dedupe.go:112 component=remote level=warn remote_name=8ea4b1 url=https://mimir.example.com/api/v1/push msg="Failed to send batch, retrying" err="server returned HTTP status 503 Service Unavailable: too many unhealthy instances in the ring"',
    'time=2025-01-10T08:00:00.000Z level=ERROR source=queue_manager.go:1731 msg="non-recoverable error" component=remote remote_name=prom-1 url=http://receiver:19291/api/v1/receive failedSampleCount=2000 failedHistogramCount=0 failedExemplarCount=0 err="server returned HTTP status 400 Bad Request: out of bounds"',
    '{"time":"2025-01-10T08:00:00.000Z","level":"ERROR","source":"queue_manager.go:1731","msg":"non-recoverable error","component":"remote","remote_name":"prom-1","url":"http://receiver:19291/api/v1/receive","err":"server returned HTTP status 400 Bad Request: out of bounds"}',
  ],
  alloy: [
    'ts=2025-03-01T12:00:00.123Z level=warn msg="Failed to send batch, retrying" component_path=/ component_id=prometheus.remote_write.default subcomponent=rw remote_name=a1b2c3 url=https://prometheus-prod-01.grafana.net/api/prom/push err="server returned HTTP status 429 Too Many Requests: the request has been rejected because the tenant exceeded the ingestion rate limit"',
    'ts=2025-03-01T12:00:04.5Z level=error msg="final error sending batch, no retries left, dropping data" component_path=/ component_id=loki.write.default status=400 tenant="" error="server returned HTTP status 400 Bad Request (400): entry for stream \'{job="varlogs"}\' has timestamp too old"',
    'ts=2025-03-01T12:00:09Z level=info msg="Exporting failed. Will retry the request after interval." component_path=/ component_id=otelcol.exporter.otlp.tempo error="rpc error: code = Unavailable desc = connection error" interval=5.21s',
    '{"ts":"2025-03-01T12:00:00.123Z","level":"warn","msg":"Failed to send batch, retrying","component_path":"/","component_id":"prometheus.remote_write.default","subcomponent":"rw","remote_name":"a1b2c3","url":"https://mimir.example.com/api/v1/push","err":"server returned HTTP status 503 Service Unavailable"}',
  ],
  promtail: [
    'level=error ts=2024-01-19T09:46:28.758Z caller=client.go:430 component=client host=loki.example.com:3100 msg="final error sending batch" status=400 tenant= error="server returned HTTP status 400 Bad Request (400): entry for stream \'{job=\\"app\\"}\' has timestamp too old"',
    'level=warn ts=2024-01-19T09:46:20.000Z caller=client.go:419 component=client host=loki.example.com:3100 msg="error sending batch, will retry" status=429 tenant= error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded"',
  ],
  "otelcol-exporterhelper": [
    '2024-06-03T10:00:00.000Z\tinfo\tinternal/retry_sender.go:126\tExporting failed. Will retry the request after interval.\t{"otelcol.component.id": "otlphttp", "otelcol.component.kind": "exporter", "otelcol.signal": "traces", "error": "failed to make an HTTP request: Post \\"https://otlp.example.com/v1/traces\\": dial tcp 10.0.0.5:443: connect: connection refused", "interval": "5.52s"}',
    '2023-11-20T09:30:00.000Z\terror\texporterhelper/queue_sender.go:101\tExporting failed. Dropping data.\t{"kind": "exporter", "data_type": "metrics", "name": "otlphttp", "error": "not retryable error: Permanent error: error exporting items, request to https://otlp.example.com/v1/metrics responded with HTTP Status Code 401", "dropped_items": 120}',
  ],
  "otelcol-prometheusremotewrite": [
    '2024-06-03T10:00:00.000Z\tdebug\tprometheusremotewriteexporter@v0.102.0/exporter.go:190\tfailed to translate metrics, exporting remaining metrics\t{"otelcol.component.id": "prometheusremotewrite", "otelcol.component.kind": "exporter", "otelcol.signal": "metrics", "error": "invalid temporality and type combination", "translated": 41}',
    '2024-06-03T10:00:00.000Z\tinfo\tprometheusremotewriteexporter@v0.102.0/exporter.go:143\tstarting prometheus remote write exporter\t{"otelcol.component.id": "prometheusremotewrite", "otelcol.component.kind": "exporter", "ProtoMsg": "prometheus.WriteRequest"}',
  ],
  "otel-js": [
    '{"stack":"OTLPExporterError: Bad Request\\n    at IncomingMessage.<anonymous> (/app/node_modules/@opentelemetry/otlp-exporter-base/build/src/transport/http-transport-utils.js:52:31)","message":"Bad Request","name":"OTLPExporterError","data":"{\\"code\\":3,\\"message\\":\\"invalid resource\\"}","code":"400"}',
    "PeriodicExportingMetricReader: metrics export failed (error Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 127.0.0.1:4317)",
  ],
  "otel-java": [
    "[otel.javaagent 2024-05-01 12:00:00:000 +0000] [OkHttp http://localhost:4318/...] ERROR io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. The request could not be executed. Full error message: Failed to connect to localhost/127.0.0.1:4318",
    "May 01, 2025 12:00:00 PM io.opentelemetry.exporter.otlp.internal.GrpcExporter onResponse SEVERE: Failed to export metrics. Server is UNAVAILABLE. Make sure your collector is running and reachable from this network. Full error message:io exception",
  ],
  "otel-python": [
    "WARNING:opentelemetry.exporter.otlp.proto.grpc.exporter:Transient error StatusCode.UNAVAILABLE encountered while exporting traces to localhost:4317, retrying in 1.00s.",
    "ERROR:opentelemetry.exporter.otlp.proto.http.trace_exporter:Failed to export span batch code: 401, reason: Unauthorized",
  ],
  "otel-go": [
    '2024/05/01 12:00:00 traces export: Post "https://otlp.example.com/v1/traces": dial tcp: lookup otlp.example.com: no such host',
    "2024/05/01 12:00:00 failed to upload metrics: failed to send to https://otlp.example.com/v1/metrics: 401 Unauthorized (body: unauthorized)",
  ],
  "otel-dotnet": [
    '2024-05-01T12:00:00.0000000Z:Exporter failed send data to collector to {0} endpoint. Data will not be sent. Exception: {1}{http://collector:4317/}{Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="failed to connect to all addresses")}',
    "[OpenTelemetry-Exporter-OpenTelemetryProtocol] EventId 16: Transient HTTP error occurred when communicating with http://collector:4318/v1/traces. Exception: System.Net.Http.HttpRequestException: Connection refused (collector:4318)",
  ],
  "otel-ruby": [
    "E, [2024-05-01T12:00:00.000000 #7] ERROR -- : OpenTelemetry error: OTLP exporter received http.code=404 for uri='/v1/traces' in OTLP::Exporter#send_bytes",
    "E, [2024-05-01T12:00:01.000000 #7] ERROR -- : OpenTelemetry error: OTLP exporter backing off due to: Errno::ECONNREFUSED",
  ],
  "otel-php": [
    "OpenTelemetry: [error] Export failure [exception] Export retry limit exceeded [previous] cURL error 7: Failed to connect to collector port 4318 after 0 ms: Connection refused",
    "PHP message: OpenTelemetry: [error] Export failure [exception] Unauthorized [previous] ",
  ],
  "otel-rust": [
    "OpenTelemetry trace error occurred. Exporter otlp encountered the following error(s): the grpc server returns error (The service is currently unavailable): , detailed error message: error trying to connect: tcp connect error: Connection refused (os error 111)",
    '2025-06-01T12:00:00.000000Z ERROR opentelemetry_sdk: name="BatchSpanProcessor.ExportError" error="InternalFailure(\\"TonicTracesClient export failed with gRPC code: Unavailable\\")"',
  ],
  telegraf: [
    "2024-05-01T12:00:00Z E! [agent] Error writing to outputs.http: when writing to [http://collector:4318/v1/metrics] received status code: 404. body: 404 page not found",
    "2024-05-01T12:00:10Z W! [outputs.influxdb_v2] Metric buffer overflow; 1200 metrics have been dropped",
    "2024-05-01T12:00:20Z E! [agent] Error writing to outputs.loki: when writing to [http://loki:3100/loki/api/v1/push] received status code, 400: entry for stream '{__name=\"cpu\"}' has timestamp too old",
  ],
  "fluent-bit-opentelemetry": [
    "[2024/05/01 12:00:00] [error] [output:opentelemetry:opentelemetry.0] otel-collector:4318, HTTP status=503",
    "[2024/05/01 12:00:01] [ warn] [engine] failed to flush chunk '1-1714564800.123456789.flb', retry in 7 seconds: task_id=0, input=tail.0 > output=opentelemetry.0 (out_id=0)",
  ],
  "fluent-bit-loki": [
    "[2024/05/01 12:00:00] [error] [output:loki:loki.0] loki.example.com:3100, HTTP status=400 Not retrying.",
    "[2024/05/01 12:00:05] [ warn] [engine] failed to flush chunk '1-1714564800.2.flb', retry in 10 seconds: task_id=1, input=tail.0 > output=loki.0 (out_id=0)",
  ],
  "fluent-bit-prometheus-remote-write": [
    "[2024/05/01 12:00:00] [error] [output:prometheus_remote_write:prometheus_remote_write.0] mimir.example.com:443, HTTP status=401",
    "[2024/05/01 12:00:05] [error] [engine] chunk '1-1714564800.1.flb' cannot be retried: task_id=3, input=node_exporter_metrics.0 > output=prometheus_remote_write.0",
  ],
  vector: [
    '2024-05-01T12:00:00.000000Z  WARN sink{component_kind="sink" component_id=prw component_type=prometheus_remote_write}:request{request_id=42}: vector::sinks::util::retries: Retrying after response. reason=Service Unavailable internal_log_rate_limit=true',
    '2024-05-01T12:00:00.000000Z ERROR sink{component_kind="sink" component_id=otel component_type=opentelemetry}:request{request_id=7}: vector::sinks::util::retries: Not retriable; dropping the request. reason="Bad Request" internal_log_rate_limit=true',
    '2024-05-01T12:00:00.000000Z ERROR sink{component_kind="sink" component_id=loki_out component_type=loki}:request{request_id=9}: vector::sinks::util::retries: Non-retriable error; dropping the request. error=Server responded with an error: 400 Bad Request internal_log_rate_limit=true',
  ],
  vmagent: [
    '2024-05-01T12:00:00.000Z\terror\tVictoriaMetrics/app/vmagent/remotewrite/client.go:430\tunexpected status code received after sending a block with size 12345 bytes to "1:secret-url" during retry #3: 401; response body="authentication required"; re-sending the block in 8.000 seconds',
    '2024-05-01T12:00:00.000Z\twarn\tVictoriaMetrics/app/vmagent/remotewrite/client.go:395\tcouldn\'t send a block with size 2048 bytes to "1:secret-url": Post "http://vminsert:8480/insert/0/prometheus/api/v1/write": dial tcp 10.0.0.7:8480: connect: connection refused; re-sending the block in 2.000 seconds',
  ],
  "grafana-prometheus": [
    'logger=tsdb.prometheus endpoint=queryData pluginId=prometheus dsName=Prometheus dsUID=ee4u7pbiyy0aod t=2024-11-24T16:15:03.789Z level=error msg="Range query failed" query="up" err="Post \\"http://prometheus:9090/api/v1/query_range\\": dial tcp 10.0.0.3:9090: connect: connection refused"',
    'Post "http://prometheus:9090/api/v1/query": dial tcp: lookup prometheus on 10.96.0.10:53: no such host - There was an error returned querying the Prometheus API.',
  ],
};

/**
 * Backend answers as their format strings print them, cut the way pastes cut them (no product name,
 * no error id): each must carry one of its own backend's markers and none of another backend's.
 */
const BACKEND_SAMPLE_LINES: Record<string, readonly string[]> = {
  mimir: [
    "received a series whose label value length exceeds the limit, label: 'url', value: 'https://example.com/api/v1/very/long' (truncated) series: 'http_requests_total{url=\"https://example.com/api/v1/ve'",
    "received a sample whose timestamp is too far in the past, timestamp: 1714564800000 series: 'node_cpu_seconds_total'",
    'user=tenant-1: the sample has been rejected because another sample with a more recent timestamp has already been ingested and out-of-order samples are not allowed. The affected sample has timestamp 2024-05-01T12:00:00Z and is from series {__name__="up", job="node"}',
    "the request has been rejected because the tenant exceeded the ingestion burst size limit, set to 200000, with 350000 items. This limit is applied on the total number of samples, exemplars and metadata received across all distributors",
    "the incoming push request has been rejected because its message size of 104857700 bytes is larger than the allowed limit of 104857600 bytes",
    "expanding series: the query exceeded the maximum number of series (limit: 100000 series). Consider reducing the time range and/or number of series selected by the query.",
    "To adjust the related per-tenant limit, configure -validation.max-label-names-per-series",
    "rpc error: code = Unavailable desc = the write request has been rejected because the ingester exceeded the allowed number of inflight push requests",
  ],
  cortex: [
    'server returned HTTP status 400 Bad Request: label value too long for metric (actual: 2100, limit: 2048) metric: "http_requests_total{path=\\"/a\\"}" label name: "path" label value: "/a"',
    "per-user series limit of 5000000 exceeded, please contact administrator to raise it (local limit: 0 global limit: 5000000 actual local limit: 1666666)",
    "series has too many labels (actual: 41, limit: 30) series: 'kube_pod_labels{namespace=\"x\"}'",
    "rpc error: code = Code(503) desc = too many inflight push requests in distributor",
    "user=tenant-1: per-user metric metadata limit of 10000 exceeded",
  ],
  loki: [
    "server returned HTTP status 400 Bad Request (400): entry for stream '{job=\"varlogs\"}' has timestamp too old: 2024-04-01T00:00:00Z, oldest acceptable timestamp is: 2024-04-24T12:00:00Z",
    "max entry size '262144' bytes exceeded for stream '{app=\"web\"}' while adding an entry with length '300000' bytes",
    "stream '{app=\"web\", pod=\"web-1\"}' has label value too long: 'a very long value'",
    "entry with timestamp 2024-05-01 12:00:00 +0000 UTC ignored, reason: 'entry too far behind, entry timestamp is: 2024-05-01T12:00:00Z, oldest acceptable timestamp is: 2024-05-01T13:00:00Z',",
    "error at least one valid stream is required for ingestion",
    "Per stream rate limit exceeded (limit: 3MB/sec) while attempting to ingest for stream '{app=\"web\"}' totaling 5MB",
    "ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest '1200' lines totaling '4500000' bytes",
  ],
  tempo: [
    "rpc error: code = ResourceExhausted desc = RATE_LIMITED: ingestion rate limit (local: 15000000 bytes/s, global: 0 bytes/s, burst: 20000000 bytes) exceeded while adding 2450000 bytes for user single-tenant. consider increasing the limit or reducing ingestion rate.",
    "LIVE_TRACES_EXCEEDED: max live traces per tenant exceeded: per-user traces limit (local: 10000 global: 0 actual local: 10000) exceeded",
    "rpc error: code = InvalidArgument desc = trace ids must be 128 bit, received 64 bits",
  ],
  dskit: [
    "rpc error: code = Unknown desc = at least 2 live replicas required, could only find 1 - unhealthy instances: 10.0.1.5:9095",
    "server returned HTTP status 500 Internal Server Error: too many unhealthy instances in the ring",
    "DoBatch: InstancesCount <= 0",
  ],
  "thanos-receive": [
    'level=warn ts=2024-05-01T10:00:00Z caller=writer.go:188 component=receive-writer tenant=default-tenant msg="Error on ingesting out-of-order samples" numDropped=12',
    'level=error component=receive component=receive-handler tenant=default-tenant msg="failed to distribute timeseries to replicas" err="backing off forward request for endpoint receive-1:10901: target not available"',
  ],
  victoriametrics: [
    "2024-05-01T12:00:00.000Z\twarn\tVictoriaMetrics/app/vminsert/netstorage/netstorage.go:612\tall the vmstorage nodes are unavailable; stopping data processing util at least a single node becomes available",
  ],
};

/**
 * Near misses: ordinary prose and other programs' errors that share words with the markers but are
 * not those programs' lines. No client or backend catalog may recognise them.
 */
const NEAR_MISSES: readonly string[] = [
  "I received a series of alerts last night and the sample rate looked fine",
  "The request has been rejected because the form was incomplete.",
  "ERROR: value too long for type character varying(255)",
  "Failed to build the project: component 'ui' has errors",
  "Export failure: the spreadsheet could not be written",
  "Terraform encountered the following errors while planning",
  "We need to adjust the related limit before the next release",
  "The sample has been rejected because it was hemolyzed",
  "Error during the initial load: cannot read settings.json",
  "Failed to evaluate service: health endpoint returned 500",
  "the query exceeded the maximum allowed execution time (30s)",
  "Error during the load of the page, please try again",
  "failed to build component tree: unknown element <my-widget>",
  "entry for user 'bob' was not found",
  "2024-05-01 12:00:00 WARN  ingestion paused; please contact support",
  "the affected rows have been updated, contact your database administrator",
];

const CLASS_IDS = new Set<string>(FAILURE_CLASS_IDS);
const GRPC_NAMES = new Set<string>(GRPC_CODE_NAMES);

function wordingProblems(where: string, wordings: readonly Wording[]): string[] {
  const problems: string[] = [];
  for (const { text, source } of wordings) {
    if (text !== normalise(text))
      problems.push(`${where}: "${text}" is not lower-case, trimmed and single-spaced`);
    if (text.length < 3) problems.push(`${where}: "${text}" is shorter than 3 characters`);
    if (!NAMES_A_FILE.test(source)) problems.push(`${where}: source "${source}" does not name a file`);
  }
  return problems;
}

function clientProblems(catalog: ClientCatalog): string[] {
  const problems = [
    ...wordingProblems(`${catalog.id} markers`, catalog.markers),
    ...wordingProblems(`${catalog.id} errors`, catalog.errors),
  ];
  if (!/^[a-z][a-z0-9-]*$/.test(catalog.client))
    problems.push(`${catalog.id}: client "${catalog.client}" is not a lower-case id`);
  if (catalog.markers.length === 0) problems.push(`${catalog.id}: no markers`);
  for (const error of catalog.errors as readonly CatalogError[]) {
    if (error.class !== undefined && !CLASS_IDS.has(error.class))
      problems.push(`${catalog.id}: unknown class ${error.class}`);
    if (
      error.status !== undefined &&
      !(Number.isInteger(error.status) && error.status >= 100 && error.status <= 599)
    ) {
      problems.push(`${catalog.id}: status ${error.status} out of range`);
    }
    if (error.grpc !== undefined && !GRPC_NAMES.has(error.grpc))
      problems.push(`${catalog.id}: unknown gRPC code ${error.grpc}`);
  }
  const { retry } = catalog;
  for (const status of retry.retriedStatuses) {
    if (!(Number.isInteger(status) && status >= 100 && status <= 599))
      problems.push(`${catalog.id}: retried status ${status}`);
  }
  for (const code of retry.retriedGrpc) {
    if (!GRPC_NAMES.has(code))
      problems.push(`${catalog.id}: retried gRPC code "${code}" is not one of GRPC_CODE_NAMES`);
  }
  if (!NAMES_A_FILE.test(retry.source))
    problems.push(`${catalog.id}: retry source "${retry.source}" does not name a file`);
  if (retry.summary.trim().length === 0) problems.push(`${catalog.id}: empty retry summary`);
  return problems;
}

describe("client and backend catalogs", () => {
  it("have unique ids across both lists", () => {
    const ids = [...CLIENT_CATALOGS, ...BACKEND_CATALOGS].map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(CLIENT_CATALOGS.length).toBeGreaterThanOrEqual(10);
    expect(BACKEND_CATALOGS.map((c) => c.id).sort()).toEqual(
      ["cortex", "dskit", "loki", "mimir", "tempo", "thanos-receive", "victoriametrics"].sort(),
    );
  });

  it.each(CLIENT_CATALOGS.map((c) => [c.id, c] as const))(
    "client %s: wordings, sources, classes and retry rules are well formed",
    (_id, catalog) => {
      expect(clientProblems(catalog)).toEqual([]);
    },
  );

  it.each(BACKEND_CATALOGS.map((c) => [c.id, c] as const))(
    "backend %s: wordings, sources and statuses are well formed",
    (_id, catalog) => {
      const problems = [
        ...wordingProblems(`${catalog.id} markers`, catalog.markers),
        ...wordingProblems(`${catalog.id} answers`, catalog.answers),
      ];
      for (const answer of catalog.answers) {
        if (answer.status !== undefined && !(answer.status >= 100 && answer.status <= 599))
          problems.push(`${answer.text}: status ${answer.status}`);
        if (answer.errorId !== undefined && !/^err-[a-z]+-[a-z0-9-]+$/.test(answer.errorId))
          problems.push(`${answer.text}: errorId ${answer.errorId}`);
      }
      expect(catalog.markers.length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    },
  );

  it("keeps each backend's markers its own", () => {
    const clashes: string[] = [];
    for (const a of BACKEND_CATALOGS) {
      for (const b of BACKEND_CATALOGS) {
        if (a === b) continue;
        for (const m of a.markers)
          if (b.markers.some((n) => n.text === m.text)) clashes.push(`${a.id}/${b.id}: ${m.text}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(CLIENT_CATALOGS.map((c) => [c.id, c] as const))(
    "client %s: its real log lines carry its markers and no other client's",
    (id, catalog) => {
      const lines = SAMPLE_LINES[id] ?? [];
      expect(lines.length).toBeGreaterThanOrEqual(2);
      const others = CLIENT_CATALOGS.filter((c) => c.id !== id);
      for (const raw of lines) {
        const line = normalise(raw);
        expect(
          catalog.markers.filter((m) => line.includes(m.text)).map((m) => m.text),
          raw,
        ).not.toEqual([]);
        const foreign = others.flatMap((c) =>
          c.markers.filter((m) => line.includes(m.text)).map((m) => `${c.id}: ${m.text}`),
        );
        expect(foreign, raw).toEqual([]);
      }
    },
  );

  it.each(Object.entries(BACKEND_SAMPLE_LINES))(
    "backend %s: its own answers, without a product name, carry its markers and no other backend's",
    (id, lines) => {
      const catalog = BACKEND_CATALOGS.find((c) => c.id === id);
      expect(catalog, id).toBeDefined();
      const others = BACKEND_CATALOGS.filter((c) => c.id !== id);
      for (const raw of lines) {
        const line = normalise(raw);
        expect(
          catalog?.markers.filter((m) => line.includes(m.text)).map((m) => m.text),
          raw,
        ).not.toEqual([]);
        const foreign = others.flatMap((c) =>
          c.markers.filter((m) => line.includes(m.text)).map((m) => `${c.id}: ${m.text}`),
        );
        expect(foreign, raw).toEqual([]);
      }
    },
  );

  it("recognises none of the near misses as any client's or backend's", () => {
    const all = [...CLIENT_CATALOGS, ...BACKEND_CATALOGS];
    for (const raw of NEAR_MISSES) {
      const line = normalise(raw);
      const hits = all.flatMap((c) =>
        c.markers.filter((m) => line.includes(m.text)).map((m) => `${c.id}: ${m.text}`),
      );
      expect(hits, raw).toEqual([]);
    }
  });

  it("has sample lines only for catalogs that exist", () => {
    const ids = new Set(CLIENT_CATALOGS.map((c) => c.id));
    expect(Object.keys(SAMPLE_LINES).filter((id) => !ids.has(id))).toEqual([]);
    const backendIds = new Set(BACKEND_CATALOGS.map((c) => c.id));
    expect(Object.keys(BACKEND_SAMPLE_LINES).filter((id) => !backendIds.has(id))).toEqual([]);
  });
});
