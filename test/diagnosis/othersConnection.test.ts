import { describe, expect, it } from "vitest";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { ids } = shippedDiagnosis();

describe("a connection that failed for someone else", () => {
  it("is a server's log of its client, even in a telemetry paste: Go's handshake error from a client address", () => {
    const text = [
      "Our otel collector's OTLP receiver logs this every few seconds:",
      "2026/11/30 10:00:01 http: TLS handshake error from 203.0.113.7:51234: remote error: tls: bad certificate",
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("is the same when the line is quoted without Go's `http: ` prefix", () => {
    const text =
      'prometheus logs "TLS handshake error from 198.51.100.20:40112: tls: first record does not look like a TLS handshake"';
    expect(ids(text)).toEqual([]);
  });

  it("is the same when a title repeats the error above the server's line", () => {
    const text = [
      "tls: first record does not look like a TLS handshake",
      "",
      'our gateway logs "http: TLS handshake error from 198.51.100.7:40112: tls: first record does not look like a TLS handshake" every minute',
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("is a kubelet's failed probe of a pod, even one Prometheus scrapes", () => {
    const text = [
      "After enabling TLS on the prometheus node exporter pods:",
      'Warning  Unhealthy  kubelet  Readiness probe failed: Get "https://10.0.0.7:9100/": remote error: tls: bad certificate',
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("is a scrape's, between Prometheus and a target: a probe through an exporter's /probe handler refused", () => {
    const text = [
      "Prometheus on localhost:9090 shows this error for one of my jobs:",
      'Get "http://exporter.internal:9115/probe?module=http_2xx&target=https%3A%2F%2Fshop.internal": dial tcp 10.0.0.9:9115: connect: connection refused',
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("is a scrape's when only the exporter's modules say so: an https prober that does not trust the CA", () => {
    const text = [
      'still "x509: certificate signed by unknown authority" with this module:',
      "modules:",
      "  https_internal:",
      "    prober: https",
      "    tls_config:",
      "      ca_file: /etc/ssl/internal-ca.crt",
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("is still the asker's own when the line is the export's: remote write refused on the same port wording", () => {
    const text =
      'ts=2026-11-30T10:00:01Z caller=dedupe.go:112 component=remote level=warn remote_name=mimir url=http://mimir.internal:9009/api/v1/push msg="Failed to send batch, retrying" err="Post \\"http://mimir.internal:9009/api/v1/push\\": dial tcp 10.0.0.9:9009: connect: connection refused"';
    expect(ids(text)[0]).toBe("otel-network-unreachable");
  });
});

describe("a failure whose own log line names the other product it called", () => {
  it("is that product's, even in a telemetry product's log: Jaeger's collector failing to reach Elasticsearch", () => {
    const text = [
      "jaeger collector crashloops after the cert rotation:",
      '{"level":"fatal","ts":1700000000.1,"caller":"collector/main.go:89","msg":"Failed to init storage factory","error":"failed to create primary Elasticsearch client: health check timeout: Head \\"https://es.internal:9200\\": x509: certificate signed by unknown authority"}',
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("is a mail server's when Grafana's notifier logs it", () => {
    const text =
      'grafana-server[812]: t=2026-11-30T10:00:01+0000 lvl=eror msg="Failed to send alert notification email" logger=alerting.notifier.email error="x509: certificate is valid for mail.internal, not smtp.example.com"';
    expect(ids(text)).toEqual([]);
  });

  it("is grafana.com's when Grafana's plugin installer downloads from it", () => {
    const text =
      'Error: ✗ Failed to send request: Get "https://grafana.com/api/plugins/repo/some-panel": x509: certificate signed by unknown authority';
    expect(ids(text)).toEqual([]);
  });

  it("is still the pipeline's when an exporter's own log line names the product it exports to", () => {
    const text =
      '2026-11-30T10:00:01.000Z\terror\texporterhelper/common.go:296\tExporting failed. Rejecting data.\t{"kind": "exporter", "data_type": "logs", "name": "opensearch", "error": "Permanent error: flush: dial tcp 10.0.0.9:9200: connect: connection refused"}';
    expect(ids(text)[0]).toBe("otel-network-unreachable");
  });

  it("is still the pipeline's when a person, not a program, names the product", () => {
    const text =
      "With OTEL_EXPORTER_OTLP_CERTIFICATE set, sending traces to our Elasticsearch APM endpoint still gives UNABLE_TO_VERIFY_LEAF_SIGNATURE";
    expect(ids(text)[0]).toBe("otel-tls-untrusted");
  });
});
