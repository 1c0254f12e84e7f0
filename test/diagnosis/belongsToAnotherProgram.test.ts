import { describe, expect, it } from "vitest";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { ids } = shippedDiagnosis();

describe("another program's failure, in the statuses every program shares", () => {
  it("is not read as the pipeline's: a Terraform run that got a 401 from Grafana's API", () => {
    const terraform = [
      "terraform apply",
      '│ Error: reading Grafana data source "metrics": 401 Unauthorized',
      '│   with grafana_data_source.metrics, on datasources.tf line 3, in resource "grafana_data_source" "metrics":',
    ].join("\n");
    expect(ids(terraform)).toEqual([]);
  });

  it("is not read as the pipeline's: an Elasticsearch bulk 429 in a shipper's log", () => {
    const bulk =
      '{"took":3,"errors":true,"items":[{"index":{"_index":"fluent-bit-2024.05.01","status":429,"error":{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}}}]} from elasticsearch';
    expect(ids(bulk)).toEqual([]);
  });

  it("still counts the same status where a pipeline client is named beside the other product", () => {
    // Prometheus is a client of the pipeline: its remote write failing is ours, Kafka in the text or not.
    const text =
      'prometheus remote_write to mimir: err="server returned HTTP status 401 Unauthorized" (the kafka exporter on the same host is fine)';
    expect(ids(text)[0]).toBe("unauthorized-401");
  });

  it("still counts an entry's own words: a backend's error message is no other program's", () => {
    const text =
      "terraform apply finished, then mimir logs: err-mimir-max-series-per-user: per-user series limit of 150000 exceeded";
    expect(ids(text)[0]).toBe("err-mimir-max-series-per-user");
  });
});

describe("another product that writes to a backend", () => {
  it("is the backend's client: Logstash's Loki output answered 429 is a rate limit", () => {
    const text =
      "[WARN ][logstash.outputs.loki][main] Failed to send batch, attempt: 2/10 {:error=>#<StandardError: #<Net::HTTPTooManyRequests 429 readbody=true>>}";
    expect(ids(text)[0]).toBe("rate-limited-429");
  });

  it("is not when the paste is a sidecar calling Prometheus's management API", () => {
    const text =
      'level=warn caller=sidecar.go:305 msg="failed to get Prometheus flags. Is Prometheus running? Retrying" err="got non-200 response code: 503" component=thanos-sidecar';
    expect(ids(text)).toEqual([]);
  });
});

describe("a link in an error message", () => {
  it("is where the error points for help, not a request to another program", () => {
    const text = [
      '  File "/usr/lib/python3/site-packages/google/cloud/trace_v2/services/trace_service/client.py", line 90, in batch_write_spans',
      "google.api_core.exceptions.Unauthenticated: 401 Request had invalid authentication credentials. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
    ].join("\n");
    expect(ids(text)[0]).toBe("otel-auth-rejected");
  });
});

describe("a client only named, beside another program's trace", () => {
  const javaTrace = [
    "12 Mar 2024 10:00:01 [Stats] Sending usage data to https://stats.example.org/collector failed, caused by:",
    "java.net.ConnectException: Connection refused",
    "        at java.net.http/jdk.internal.net.http.HttpClientImpl.send(HttpClientImpl.java:561)",
    "        at org.example.stats.UsageReporter.send(UsageReporter.java:88)",
  ].join("\n");

  it("does not make the paste the pipeline's when the name is a generic word: an app's own usage collector", () => {
    expect(ids(`Usage collector refuses connections\n${javaTrace}`)).toEqual([]);
  });

  it("does when the name is the pipeline's own: the OpenTelemetry Collector named over the same trace", () => {
    expect(ids(`Our OpenTelemetry Collector refuses connections\n${javaTrace}`)[0]).toBe(
      "otel-network-unreachable",
    );
  });
});
