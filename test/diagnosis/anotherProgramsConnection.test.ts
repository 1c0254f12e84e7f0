import { describe, expect, it } from "vitest";
import {
  isConnectionClass,
  isConnectionWording,
} from "../../src/vocabulary/failureClasses/connectionLayers.ts";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

const { ids } = shippedDiagnosis();

describe("another program's connection failure", () => {
  it("is that program's, even where an entry lists the runtime's words as a phrase: a SQL client's TLS error", () => {
    const text = [
      "$ dbtool query",
      "Error: failed to connect to `host=db.internal user=app database=postgres`: failed to write startup message (x509: certificate signed by unknown authority)",
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("is that program's wherever the paste quotes the wording: a search client's DNS error in prose and in its log", () => {
    const text = [
      "Our OpenSearch client works for days, then every call fails with `cURL error 6: Could not resolve host`.",
      '{"message": "Request Failure:", "uri": "https://search.internal:443/_all/_search", "error": "cURL error 6: Could not resolve host: search.internal"}',
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("gets no guessed match either: a typed paste with the wording misspelt", () => {
    const text = "mysql query failed: x509: certificat signed by unknown authorty";
    expect(ids(text)).toEqual([]);
  });

  it("is still the pipeline's where the paste speaks of telemetry: a Collector receiver calling the kubelet", () => {
    const text =
      'error kubeletstatsreceiver@v0.91.0/scraper.go:77 call to /stats/summary endpoint failed {"kind": "receiver", "name": "kubeletstats", "data_type": "metrics", "error": "Get \\"https://10.0.0.7:10250/stats/summary\\": tls: failed to verify certificate: x509: certificate signed by unknown authority"} (otel collector on AKS)';
    expect(ids(text)[0]).toBe("otel-tls-untrusted");
  });

  it("is not another program's when the URL is a metrics store's own API: Grafana's InfluxDB data source refused", () => {
    const text =
      'Post "http://localhost:8086/api/v2/query?org=main": dial tcp [::1]:8086: connect: connection refused';
    expect(ids(text)[0]).toBe("otel-network-unreachable");
  });

  it("keeps a size limit as evidence: it is about the data sent, whoever refused it", () => {
    const text =
      'error="could not push logs to Elasticsearch cluster: [413] <html><head><title>413 Request Entity Too Large</title></head><body><center>nginx</center></body></html>"';
    expect(ids(text)[0]).toBe("request-too-large");
  });
});

describe("connection layers", () => {
  it("are name, socket, proxy, TLS and protocol; a size or a status is not one", () => {
    expect(isConnectionClass("tls.untrusted-chain")).toBe(true);
    expect(isConnectionClass("dns.not-found")).toBe(true);
    expect(isConnectionClass("protocol.grpc-to-http")).toBe(true);
    expect(isConnectionClass("size.too-large")).toBe(false);
    expect(isConnectionClass("http.status")).toBe(false);
    expect(isConnectionClass("no.such-class")).toBe(false);
  });

  it("know a runtime's wording, a part of one and a text that holds one", () => {
    expect(isConnectionWording("certificate signed by unknown authority")).toBe(true);
    expect(isConnectionWording("Could not resolve host")).toBe(true);
    expect(isConnectionWording("error: connect: connection refused by peer")).toBe(true);
    expect(isConnectionWording("per-user series limit of 150000 exceeded")).toBe(false);
  });
});
