import { describe, expect, it } from "vitest";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { ids } = shippedDiagnosis();

/**
 * Other programs failing in the words the pipeline also uses: written from those programs' own
 * messages (psql, npm, the Kafka client, git, kubectl, helm, urllib3, the Google API client, Alertmanager's
 * notifiers), not taken from any labelled set. Each must get "no confident match", even where a
 * telemetry product logged it.
 */
const OTHER_PROGRAMS: readonly string[] = [
  'psql: error: connection to server at "db.internal" (10.0.0.5), port 5432 failed: Connection refused\tIs the server running on that host and accepting TCP/IP connections?',
  "npm ERR! code UNABLE_TO_GET_ISSUER_CERT_LOCALLY\nnpm ERR! errno UNABLE_TO_GET_ISSUER_CERT_LOCALLY\nnpm ERR! request to https://registry.npmjs.org/express failed, reason: unable to get local issuer certificate",
  "[kafka-producer-network-thread | producer-1] WARN org.apache.kafka.clients.NetworkClient - [Producer clientId=producer-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available.",
  '{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}]},"status":429}',
  'Warning  Unhealthy  12s (x3 over 32s)  kubelet  Readiness probe failed: Get "http://10.0.0.7:8080/healthz": dial tcp 10.0.0.7:8080: connect: connection refused',
  'oauth2: cannot fetch token: 401 Unauthorized\nResponse: {"error":"invalid_client","error_description":"Client authentication failed"}',
  'Error response from daemon: Get "https://registry-1.docker.io/v2/": x509: certificate signed by unknown authority',
  'My prometheus target shows DOWN with: Get "http://10.0.0.7:9100/metrics": context deadline exceeded',
  'Error executing query: invalid parameter "query": 1:5: parse error: unexpected identifier "by"',
  "parse error at line 1, col 12: syntax error: unexpected IDENTIFIER, expecting STRING",
  "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x3a1b2c]\ngoroutine 187 [running]:\ngo.opentelemetry.io/collector/processor/batchprocessor.(*shard).processItem(...)",
  "fatal: unable to access 'https://github.com/acme/tools.git/': SSL certificate problem: unable to get local issuer certificate",
  'go: github.com/acme/lib@v1.2.0: Get "https://proxy.golang.org/github.com/acme/lib/@v/v1.2.0.mod": dial tcp: lookup proxy.golang.org on 10.0.0.2:53: no such host',
  'Error: INSTALLATION FAILED: Kubernetes cluster unreachable: Get "https://10.0.0.1:6443/version": x509: certificate signed by unknown authority',
  "Unable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout",
  "curl -v https://myapp.internal/api/users\n* SSL certificate problem: self-signed certificate\ncurl: (60) SSL certificate problem: self-signed certificate",
  'level=error ts=2026-11-30T10:00:01Z caller=dispatch.go:354 component=dispatcher msg="Notify for alerts failed" num_alerts=2 err="slack/slack[0]: notify retry canceled due to unrecoverable error after 1 attempts: channel \\"#alerts\\": unexpected status code 404: no_team"',
  "Grafana MySQL data source: db query error: dial tcp 10.0.0.5:3306: connect: connection refused",
  'Exception in thread "main" java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n\tat com.acme.billing.InvoiceClient.send(InvoiceClient.java:88)',
  "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.stripe.com', port=443): Max retries exceeded with url: /v1/charges (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain')))",
  'level=error ts=2026-11-30T10:00:01Z caller=fetcher.go:92 msg="error fetching chunks" err="failed to get s3 object: RequestError: send request failed\ncaused by: Get \\"https://logs-bucket.s3.amazonaws.com/fake/abc\\": dial tcp: i/o timeout"',
  'level=warn caller=bucket.go:120 msg="failed to sync blocks" err="googleapi: Error 403: mimir@proj.iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud Storage bucket., forbidden"',
  '[2026/11/30 10:00:01] [error] [output:es:es.0] HTTP status=429 URI=/_bulk, response:\n{"error":{"type":"es_rejected_execution_exception"}}',
  "2026-11-30T10:00:01Z E! [inputs.mysql] Error in plugin: dial tcp 10.0.0.5:3306: connect: connection refused",
  'ts=2026-11-30T10:00:01Z caller=notifier.go:530 level=error component=notifier alertmanager=http://am.internal:9093/api/v2/alerts count=1 msg="Error sending alert" err="Post \\"http://am.internal:9093/api/v2/alerts\\": dial tcp 10.0.0.8:9093: connect: connection refused"',
  'ts=2026-11-30T10:00:01Z caller=klog.go:116 level=error component=k8s_client_runtime func=ErrorDepth msg="pkg/mod/k8s.io/client-go/tools/cache/reflector.go:167: Failed to watch *v1.Pod: failed to list *v1.Pod: pods is forbidden: User \\"system:serviceaccount:monitoring:prometheus\\" cannot list resource \\"pods\\" in API group \\"\\" at the cluster scope"',
  '2026-11-30T10:00:01.000Z\terror\tk8sattributesprocessor\tW1130 reflector.go:547 failed to list *v1.Pod: pods is forbidden: User "system:serviceaccount:otel:collector" cannot list resource "pods" in API group "" at the cluster scope',
  't=2026-11-30T10:00:01+0000 lvl=eror msg="login.OAuthLogin(NewTransportWithCode)" logger=context error="oauth2: cannot fetch token: Post \\"https://login.example.com/oauth/token\\": x509: certificate signed by unknown authority"',
  "Our Keycloak keeps failing: ERROR [org.keycloak.services] KC-SERVICES0010: Failed to send email: javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587",
  "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.",
  "Error: getaddrinfo ENOTFOUND api.openai.com\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)",
  "WARN [main] o.s.b.a.jdbc.DataSourceHealthIndicator : DataSource health check failed\norg.postgresql.util.PSQLException: Connection to db.internal:5432 refused. Check that the hostname and port are correct",
  'level=error ts=2026-11-30T10:00:01Z caller=manager.go:219 component="rule manager" msg="Failed to evaluate rule" err="query timed out in expression evaluation"',
  'Loki ruler: level=error msg="failed to send alert" err="Post \\"http://alertmanager:9093/api/v2/alerts\\": dial tcp: lookup alertmanager on 10.0.0.2:53: no such host"',
  "The grafana image renderer: Error: Failed to launch the browser process! ... Rendering failed: Error: net::ERR_CONNECTION_REFUSED at http://grafana:3000/d-solo/abc",
  "2026-11-30T10:00:01.000Z\terror\thostmetricsreceiver\tfailed to read /proc/1234/io: open /proc/1234/io: permission denied",
];

describe("another program's failure in the pipeline's words", () => {
  it.each(OTHER_PROGRAMS)("gets no confident match: %s", (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe("the same runtimes' words on the pipeline's own requests", () => {
  it("is the exporter's when urllib3's pool names an OTLP path", () => {
    const text =
      "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=4318): Max retries exceeded with url: /v1/traces (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c>: Failed to establish a new connection: [Errno 111] Connection refused'))";
    expect(ids(text)[0]).toBe("otel-network-unreachable");
  });

  it("is the exporter's when curl's failing request is an OTLP write", () => {
    const text = [
      "curl -v https://otlp.example.com/v1/metrics -H 'Content-Type: application/x-protobuf'",
      "curl: (60) SSL certificate problem: self-signed certificate",
    ].join("\n");
    expect(ids(text)[0]).toBe("otel-tls-untrusted");
  });
});

describe("more of them, written from their own sources", () => {
  it.each([
    // Alertmanager's dispatcher (dispatch/dispatch.go) and retry stage (notify/retry_stage.go).
    'level=error component=dispatcher msg="Notify for alerts failed" num_alerts=1 err="ops-mail/email[0]: notify retry canceled after 4 attempts: establish connection to server: dial tcp 10.0.0.25:587: connect: connection refused"',
    // The Kubernetes API server refusing a scraper's service discovery (its 403 is RBAC, not a backend's).
    '2026-11-30T10:00:01.000Z\terror\tVictoriaMetrics/lib/promscrape/discovery/kubernetes/api_watcher.go:729\tunexpected status code for request to "https://kubernetes.default.svc:443/api/v1/namespaces/prod/endpoints": 403; want 200; response: endpoints is forbidden: User "system:serviceaccount:monitoring:vmagent" cannot list resource "endpoints" in API group "" in the namespace "prod"',
    // A backend's members gossiping (dskit kv/memberlist).
    'level=warn caller=memberlist_client.go:848 msg="joining memberlist cluster" attempts=2 err="failed to resolve loki-memberlist.logs.svc:7946: lookup loki-memberlist.logs.svc on 10.96.0.10:53: no such host"',
    // An app's API behind Envoy, its access log's request line naming the app's path.
    'upstream connect error or disconnect/reset before headers. reset reason: connection failure\n[2026-11-30T10:00:01.000Z] "GET /api/v2/basket/42 HTTP/1.1" 503 UF 0 91 3 - "10.0.0.60" "okhttp/4.12.0"',
    // Grafana's own API answering its UI: a request log whose path is no telemetry endpoint.
    'grafana-server: t=2026-11-30T10:00:01Z level=error msg="Failed to send alert notification email" logger=alerting.notifier.email error="x509: certificate signed by unknown authority"\ngrafana-server: logger=context userId=1 orgId=1 t=2026-11-30T10:00:01Z level=error msg="Request Completed" method=POST path=/api/alert-notifications/test status=500 remote_addr=10.0.0.9 time_ms=31',
    // pip's vendored urllib3 retrying a PyPI download; glibc's "Temporary failure" is not Tempo.
    "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f3a>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/flask/",
  ])("gets no confident match: %s", (text) => {
    expect(ids(text)).toEqual([]);
  });

  it("still reads Vector's retried 429 from its own wording", () => {
    const text =
      'WARN sink{component_kind="sink" component_id=mimir component_type=prometheus_remote_write}:request{request_id=12}: vector::sinks::util::retries: Retrying after response. reason=Default retry strategy: Too Many Requests';
    expect(ids(text)[0]).toBe("rate-limited-429");
  });

  it("reads OkHttp's unverified hostname as a TLS name mismatch", () => {
    const text = [
      "ERROR io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. The request could not be executed.",
      "javax.net.ssl.SSLPeerUnverifiedException: Hostname otlp.example.com not verified:",
    ].join("\n");
    expect(ids(text)[0]).toBe("otel-tls-untrusted");
  });
});
