import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/diagnosis/extractFacts.ts";
import { normalizeText } from "../../src/diagnosis/normalizeText.ts";

const facts = (text: string) => extractFacts(normalizeText(text));
const statuses = (text: string) => facts(text).statuses.map((s) => s.value);

describe("extractFacts: status codes", () => {
  it.each([
    ['err="server returned HTTP status 401 Unauthorized: bad token"', 401],
    ["status=429 tenant=t1", 429],
    ["request to https://h/otlp/v1/metrics responded with HTTP Status Code 404", 404],
    ['err="client_error: client error: 403"', 403],
    ["Failed to export batch code: 404, reason: Not Found", 404],
    ['"error": "HTTP 429 \\"Too Many Requests\\""', 429],
    ["< HTTP/1.1 401 Unauthorized", 401],
    ["< HTTP/2 503", 503],
    ['{"statusCode":502}', 502],
    ["got status code: 401 instead expected a 2xx", 401],
    ["remote_write keeps getting 401s", 401],
    ["Grafana says 502 bad gateway", 502],
    ["Loki Error 403: Forbidden when I query logs", 403],
    ["401 Client Error: Unauthorized for url: https://h.example.com/otel/v1/traces", 401],
    ['unexpected status code received during retry #210: 503; response body="storage is read-only"', 503],
    ["<html><head><title>401 Authorization Required</title></head>", 401],
    // Ruby's hash rocket, as Logstash outputs log a response.
    ["[ERROR][logstash.outputs.http] request rejected {:code=>502, :headers=>{}}", 502],
    // curl's --write-out code, alone on its line.
    ["$ curl -s -o /dev/null -w '%{http_code}' -X POST https://h.example.com/v1/traces\n401", 401],
    // .NET's HttpStatusCode printed by name.
    ["Failed to write to InfluxDB - StatusCode: RequestEntityTooLarge", 413],
    ["Export failed, HttpStatusCode.ServiceUnavailable", 503],
  ])("finds the code in %s", (text, code) => {
    expect(statuses(text)).toContain(code);
  });

  it.each([
    ["OTLPExporterError: Bad Request", 400],
    ["Export failure: Unauthorized", 401],
    ["export failed with status: Forbidden", 403],
    ["error: Service Unavailable (retrying)", 503],
    ["#<Net::HTTPTooManyRequests 429 readbody=true>", 429],
  ])("reads a reason phrase printed without its code in %s", (text, code) => {
    expect(statuses(text)).toEqual([code]);
  });

  it("reads the status of a request line in a long server log (dskit middleware, access logs)", () => {
    const filler = "level=info ts=2024-01-01T10:40:29.149Z msg=ok took=503ms\n".repeat(12);
    expect(
      statuses(
        `${filler}level=warn caller=logging.go:72 msg="POST /api/v1/push (500) 1.72s Response: \\"context canceled\\""`,
      ),
    ).toEqual([500]);
    expect(
      statuses(
        `${filler}203.0.113.7 - - [03/Jul/2023:00:53:11 +0000] "POST /loki/api/v1/push HTTP/1.1" 401 19`,
      ),
    ).toEqual([401]);
    expect(statuses(`${filler}GET /metrics took 404ms`)).toEqual([]);
  });

  it("counts a code printed beside its reason once, and a reason in prose not at all", () => {
    expect(statuses("< HTTP/1.1 401 Unauthorized")).toEqual([401]);
    expect(statuses("the forbidden city is a nice place, not an error")).toEqual([]);
    expect(statuses("File not found: /etc/otelcol/config.yaml")).toEqual([]);
    expect(statuses("failed: forbidden when reading /etc/app/key.pem")).toEqual([]);
  });

  it("does not take a key=value count in a short line for a status code", () => {
    expect(
      statuses(
        'remote_name=8117c6 msg="non-recoverable error" count=564 err="server returned HTTP status 400"',
      ),
    ).toEqual([400]);
  });

  it("ignores ports, times, sizes and versions in a long log", () => {
    const text = `${"ts=2024-01-01T10:40:29.149Z level=info msg=ok bytes=404 port=:443 took=503ms v1.429.0\n".repeat(8)}`;
    expect(statuses(text)).toEqual([]);
  });
});

describe("extractFacts: gRPC codes, URLs, tenant", () => {
  it("reads gRPC codes in their several spellings", () => {
    expect(facts("rpc error: code = Unavailable desc = connection error").grpc.map((g) => g.value)).toEqual([
      "Unavailable",
    ]);
    expect(
      facts("Failed to export traces, error code: StatusCode.UNAUTHENTICATED").grpc.map((g) => g.value),
    ).toEqual(["Unauthenticated"]);
    expect(facts("grpc-status: 7").grpc.map((g) => g.value)).toEqual(["PermissionDenied"]);
    expect(facts("batchWriteSpans error: 7 PERMISSION_DENIED: denied").grpc.map((g) => g.value)).toEqual([
      "PermissionDenied",
    ]);
    expect(
      facts("io.grpc.StatusRuntimeException: UNAVAILABLE: io exception").grpc.map((g) => g.value),
    ).toEqual(["Unavailable"]);
    expect(
      facts("Failed to export metrics. Server responded with gRPC status code 16. Error message:").grpc.map(
        (g) => g.value,
      ),
    ).toEqual(["Unauthenticated"]);
    expect(
      facts('Status(StatusCode="PermissionDenied", Detail="tenant not allowed")').grpc.map((g) => g.value),
    ).toEqual(["PermissionDenied"]);
  });

  it("reads Vector's retry reason as the status it names", () => {
    const f = facts(
      'WARN sink{component_kind="sink" component_id=mimir component_type=prometheus_remote_write}: vector::sinks::util::retries: Retrying after response. reason=Default retry strategy: Service Unavailable',
    );
    expect(f.statuses.map((s) => s.value)).toEqual([503]);
  });

  it("reads an access log's request line as a path", () => {
    const f = facts('[2026-11-30T10:00:01.000Z] "POST /api/v1/orders?x=1 HTTP/1.1" 503 UF');
    expect(f.urls).toEqual(
      expect.arrayContaining([expect.objectContaining({ host: "", path: "/api/v1/orders" })]),
    );
  });

  it("reads a request log's path field as a path", () => {
    const f = facts(
      'lvl=eror msg="Request Completed" method=POST path=/api/alert-notifications/test status=500',
    );
    expect(f.urls).toEqual(
      expect.arrayContaining([expect.objectContaining({ host: "", path: "/api/alert-notifications/test" })]),
    );
  });

  it("reads urllib3's connection pool as a URL", () => {
    const f = facts(
      "HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/charges?x=1 (Caused by SSLError(...))",
    );
    expect(f.urls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ host: "api.example.com", port: 443, path: "/v1/charges" }),
      ]),
    );
  });

  it("collects URL hosts, ports and paths, and dial targets", () => {
    const f = facts(
      'Post "https://euw1-01.m.xscalerlabs.com:443/api/v1/push": dial tcp 10.1.2.3:4317: connect: refused',
    );
    expect(f.urls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ host: "euw1-01.m.xscalerlabs.com", path: "/api/v1/push" }),
        expect.objectContaining({ host: "10.1.2.3", port: 4317 }),
      ]),
    );
    expect(f.host).toBe("euw1-01.m.xscalerlabs.com");
  });

  it("reads the tenant id, keeping its case, and skips an empty one", () => {
    expect(facts("headers:\n  X-Scope-OrgID: Team-Blue").tenant).toBe("Team-Blue");
    expect(facts('status=401 tenant="" error="no org id"').tenant).toBeUndefined();
  });
});

describe("extractFacts: client and direction", () => {
  it.each([
    [
      'ts=1 caller=dedupe.go:112 component=remote level=error remote_name=abc msg="non-recoverable error"',
      "prometheus",
    ],
    ["level=error component_path=/ component_id=prometheus.remote_write.default subcomponent=rw", "alloy"],
    [
      '2024-01-01T00:00:00Z\terror\texporterhelper/queue_sender.go:101\tExporting failed.\t{"kind": "exporter"}',
      "otelcol",
    ],
    ["OTLPExporterError: Unsupported Media Type", "otel-sdk"],
    [
      'traces export: Post "http://localhost:4318/v1/traces": dial tcp 127.0.0.1:4318: connect: refused',
      "otel-sdk",
    ],
    [
      'warn zapgrpc/zapgrpc.go:195 [core] grpc: addrConn.createTransport failed {"grpc_log": true}',
      "otelcol",
    ],
    ['logger=tsdb.prometheus level=error msg="Instant query failed"', "grafana"],
    [
      "prometheus-stack is installed, but Grafana says: Unable to connect with Loki. Please check the server logs",
      "grafana",
    ],
    ["$ curl -v https://h/api/v1/push\n< HTTP/1.1 401 Unauthorized", "curl"],
  ])("recognises %s", (text, client) => {
    expect(facts(text).client).toBe(client);
  });

  it("does not take Vector's component_id for Alloy's, nor a Markdown quote for curl -v", () => {
    expect(
      facts(
        'ERROR vector::topology::builder: Healthcheck failed. error=A non-successful status returned: 401 Unauthorized component_kind="sink" component_type="prometheus_remote_write" component_id=mimir',
      ).clients,
    ).not.toContain("alloy");
    expect(
      facts("> npm ERR! Error: unable to get local issuer certificate\n> npm ERR!     at TLSSocket").clients,
    ).not.toContain("curl");
  });

  it("does not count any tool that calls itself an exporter as a telemetry write", () => {
    expect([
      ...facts("iauditor-exporter: Failed to export feed: 503 Service Unavailable").directions,
    ]).toEqual([]);
    expect([...facts("Exporting failed. Will retry the request after interval.").directions]).toEqual([
      "write",
    ]);
    expect([...facts("Failed to export spans. The request could not be executed.").directions]).toEqual([
      "write",
    ]);
  });

  it("reads OpenTelemetry's own exporter files as exports, not as a Prometheus exporter's scrape", () => {
    expect([
      ...facts("datadogexporter/traces_exporter.go:162 failed to send traces: context deadline exceeded")
        .directions,
    ]).toEqual(["write"]);
    expect([...facts('"caller":"node_exporter.go:42" msg="scrape failed"').directions]).toEqual(["scrape"]);
  });

  it("reads a vendor's export failure as a write, and the blackbox exporter's probe as the scrape side", () => {
    expect([
      ...facts("Failed to export to Stackdriver: rpc error: code = DeadlineExceeded").directions,
    ]).toEqual(["write"]);
    expect([
      ...facts(
        'caller=main.go:130 module=http_2xx target=https://h.example.com level=error msg="Error for HTTP request"',
      ).directions,
    ]).toEqual(["scrape"]);
  });

  it("reads the SDKs' exporter loggers as writes, and a .NET exporter package's name as no direction", () => {
    expect([
      ...facts(
        "WARNING:opentelemetry.exporter.otlp.proto.grpc.exporter:Transient error StatusCode.UNAVAILABLE encountered while exporting",
      ).directions,
    ]).toEqual(["write"]);
    expect([
      ...facts(
        "io.opentelemetry.exporter.internal.grpc.GrpcExporter export SEVERE: Failed to export. Server responded with gRPC status code 2",
      ).directions,
    ]).toEqual(["write"]);
    expect([
      ...facts(
        '<PackageReference Include="OpenTelemetry.Exporter.Prometheus.AspNetCore" Version="1.9.0" />\nlevel=info status=500 duration=2s',
      ).directions,
    ]).toEqual([]);
  });

  it("reads the Tempo distributor's pusher as a write to the ingesters", () => {
    expect([
      ...facts(
        'level=error caller=rate_limited_logger.go:27 msg="pusher failed to consume trace data" err="context deadline exceeded"',
      ).directions,
    ]).toEqual(["write"]);
  });

  it("tells writes, reads and scrapes apart", () => {
    expect([...facts('component=remote msg="Failed to send batch, retrying"').directions]).toEqual(["write"]);
    // A person's "sending logs to …" is a write as much as a client's "send batch".
    expect([
      ...facts("promtail stops when the backend answers 500 while sending logs to it").directions,
    ]).toEqual(["write"]);
    expect([...facts('logger=tsdb.prometheus msg="Instant query failed"').directions]).toEqual(["read"]);
    expect([...facts('component="scrape manager" msg="Scrape failed" scrape_pool=node').directions]).toEqual([
      "scrape",
    ]);
  });
});

describe("extractFacts: scheme-less targets", () => {
  it("reads host, port and path from `curl host:port/path`", () => {
    const f = facts("$ curl -X POST 0.0.0.0:55681/v1/traces\n404 page not found");
    expect(f.urls).toEqual([expect.objectContaining({ host: "0.0.0.0", port: 55681, path: "/v1/traces" })]);
    expect(f.statuses.map((s) => s.value)).toEqual([404]);
  });
});

describe("extractFacts: redacted URLs", () => {
  it("keeps the path of a URL whose host a person replaced by a placeholder", () => {
    const f = facts(
      'url=https://<host>/v1/metrics msg="non-recoverable error"\notel.exporter.otlp.metrics.endpoint=https://prometheus-<region>.grafana.net/api/prom/push',
    );
    expect(f.urls).toEqual([
      expect.objectContaining({ host: "<host>", path: "/v1/metrics" }),
      expect.objectContaining({ host: "prometheus-<region>.grafana.net", path: "/api/prom/push" }),
    ]);
    // A placeholder is never the user's host to fill into a snippet.
    expect(f.host).toBeUndefined();
  });
});

describe("extractFacts: who printed the paste", () => {
  it("knows the Collector by its component fields, in the field names of every version", () => {
    const fields = [
      '"component_kind": "exporter", "component_type": "otlp"',
      '"kind": "exporter", "name": "otlp"',
    ];
    for (const f of fields) expect(facts(`info failed to send traces {${f}}`).clients[0]).toBe("otelcol");
  });

  it("tells a client seen by its log lines from one only named", () => {
    expect(facts("caller=dedupe.go:112 component=remote level=warn").namedOnly.has("prometheus")).toBe(false);
    expect(facts("Prometheus at localhost:9090 shows the target as down").namedOnly.has("prometheus")).toBe(
      true,
    );
  });
});
