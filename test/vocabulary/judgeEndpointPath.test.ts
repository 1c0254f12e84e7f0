import { describe, expect, it } from "vitest";
import { type EndpointKind, judgeEndpointPath } from "../../src/vocabulary/judgeEndpointPath.ts";

const H = "https://otlp.example.com";

/** kind, URL, verdict, problem (when wrong), corrected URL (when wrong). */
const TABLE: [EndpointKind, string, "ok" | "wrong", string?, string?][] = [
  // remote_write: the URL is posted to as written, so it must end in /api/v1/push.
  ["remote-write", `${H}/api/v1/push`, "ok"],
  ["remote-write", `${H}/api/v1/push/`, "ok"],
  ["remote-write", `${H}/tenant-a/api/v1/push`, "ok"],
  // Receivers with their own remote-write path: VictoriaMetrics, Prometheus's receiver, Thanos receive.
  ["remote-write", "http://vminsert.example.com:8480/insert/0/prometheus/api/v1/write", "ok"],
  ["remote-write", "https://metrics.example.com/insert/0/prometheus/api/v1/write", "ok"],
  ["remote-write", "http://victoria.example.com:8428/api/v1/write", "ok"],
  ["remote-write", "http://prometheus.example.com:9090/api/v1/write", "ok"],
  ["remote-write", "http://thanos-receive.example.com:19291/api/v1/receive", "ok"],
  ["curl-push", "http://localhost:9090/api/v1/write", "ok"],
  ["remote-write", `${H}`, "wrong", "not-push-path", `${H}/api/v1/push`], // disagreed before: the probe said fine
  ["remote-write", `${H}/`, "wrong", "not-push-path", `${H}/api/v1/push`],
  ["remote-write", `${H}/api/v1/write`, "wrong", "not-push-path", `${H}/api/v1/push`],
  ["remote-write", `${H}/push`, "wrong", "not-push-path", `${H}/api/v1/push`],
  ["remote-write", `${H}/foo`, "wrong", "not-push-path", `${H}/api/v1/push`],
  ["remote-write", `${H}:9443/api/v1/write?x=1`, "wrong", "not-push-path", `${H}:9443/api/v1/push?x=1`],
  ["remote-write", "https://prometheus-prod-01.grafana.net/api/prom/push", "ok"],
  ["remote-write", "https://cortex.example.com/api/prom/push", "wrong", "not-push-path"],
  // curl posts to the exact URL: a remote-write push or an OTLP/HTTP signal path.
  ["curl-push", `${H}/api/v1/push`, "ok"],
  ["curl-push", `${H}/otlp/v1/metrics`, "ok"],
  ["curl-push", `${H}/api/v1/write`, "wrong", "not-push-path", `${H}/api/v1/push`],
  ["curl-push", `${H}/prometheus/api/v1/query`, "wrong", "not-push-path", `${H}/api/v1/push`],
  // otlphttp endpoint: the base URL; the exporter appends /v1/<signal>.
  ["otlp-http", `${H}`, "ok"],
  ["otlp-http", `${H}/`, "ok"],
  ["otlp-http", `${H}/otlp`, "ok"],
  ["otlp-http", `${H}/foo`, "ok"], // disagreed before: the probe said wrong
  ["otlp-http", `${H}/v1/metrics`, "wrong", "signal-path", H],
  ["otlp-http", `${H}/otlp/v1/metrics`, "wrong", "signal-path", H],
  ["otlp-http", `${H}/otlp/v1/traces/`, "wrong", "signal-path", H],
  ["otlp-http", `${H}/gw/tenant-a/v1/logs`, "wrong", "signal-path", `${H}/gw/tenant-a`],
  ["otlp-http", `${H}/api/v1/push`, "wrong", "not-otlp-base", H],
  ["otlp-http", `${H}/prometheus`, "wrong", "not-otlp-base", H],
  // gRPC: host:port, no path.
  ["otlp-grpc", "otlp.example.com:4317", "ok"],
  ["otlp-grpc", `${H}:4317`, "ok"],
  ["otlp-grpc", "otlp.example.com:4317/v1/metrics", "wrong", "grpc-path", "otlp.example.com:4317"],
  // Grafana data source: ends in /prometheus.
  ["grafana-datasource", `${H}/prometheus`, "ok"],
  ["grafana-datasource", `${H}/prometheus/`, "ok"],
  ["grafana-datasource", `${H}/gateway/prometheus`, "ok"],
  ["grafana-datasource", `${H}`, "wrong", "no-prometheus-path", `${H}/prometheus`],
  ["grafana-datasource", `${H}/api/v1/query?x=1`, "wrong", "no-prometheus-path", `${H}/prometheus`],
  // Client not known: only what is wrong for every client.
  ["unknown", `${H}`, "ok"],
  ["unknown", `${H}/prometheus/api/v1/query`, "ok"],
  ["unknown", `${H}/api/v1/write`, "wrong", "not-push-path", `${H}/api/v1/push`],
  ["unknown", `${H}/push`, "wrong", "not-push-path", `${H}/api/v1/push`],
];

describe("judgeEndpointPath", () => {
  it.each(TABLE)("%s %s → %s", (kind, url, verdict, problem, corrected) => {
    const v = judgeEndpointPath(kind, url);
    expect(v.verdict).toBe(verdict);
    expect(v.reason.length).toBeGreaterThan(5);
    if (v.verdict === "wrong") {
      expect(v.problem).toBe(problem);
      if (corrected !== undefined) expect(v.correctedUrl).toBe(corrected);
      // The corrected URL is itself right.
      expect(judgeEndpointPath(kind, v.correctedUrl).verdict).toBe("ok");
    }
  });

  it("names the expected path", () => {
    expect(judgeEndpointPath("remote-write", H).expectedPath).toBe("/api/v1/push");
    expect(judgeEndpointPath("otlp-http", `${H}/v1/metrics`).expectedPath).toBe("");
    expect(judgeEndpointPath("grafana-datasource", H).expectedPath).toBe("/prometheus");
  });
});
