import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedDiagnosis } from "../support/shippedDiagnosis.ts";

/**
 * What the backends themselves answer a write they refuse, read from their source and git history
 * (Cortex, Mimir, Loki, Tempo, Thanos, Prometheus, VictoriaMetrics; older tags included) by a session
 * that never saw the knowledge base, each mapped to the symptom it means. Each message is diagnosed as
 * the clients print it: inside Prometheus's remote-write error and inside the Collector's. The floors
 * are what we measured when the wordings went in; a change that loses one of them fails here.
 */
interface SourceWording {
  backend: string;
  ref: string;
  file: string;
  example: string;
  id: string;
}

const wordings: SourceWording[] = readFileSync(
  new URL("../fixtures/backendWordings/mapped.jsonl", import.meta.url),
  "utf8",
)
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as SourceWording);

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  413: "Request Entity Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** The status these backends answer each kind of refusal with. */
function statusFor(id: string): number {
  if (/429|rate|burst/.test(id)) return 429;
  if (id === "ring-unhealthy") return 500;
  if (id === "request-too-large") return 413;
  if (id === "unauthorized-401") return 401;
  if (id === "forbidden-scope-403") return 403;
  return 400;
}

const quoted = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

const WRAPPERS: Record<string, (body: string, status: number) => string> = {
  // prometheus/prometheus storage/remote/client.go and queue_manager.go
  "Prometheus's remote write": (body, status) =>
    `ts=2026-11-20T10:00:00.000Z caller=dedupe.go:112 component=remote level=error remote_name=abc url=https://<host>/api/v1/push msg="non-recoverable error" count=500 exemplarCount=0 err="server returned HTTP status ${status} ${REASONS[status]}: ${quoted(body)}"`,
  // open-telemetry/opentelemetry-collector exporter/exporterhelper, prometheusremotewrite's error
  "the Collector's exporterhelper": (body, status) =>
    `2026-11-20T10:00:00.000Z\terror\texporterhelper/queue_sender.go:101\tExporting failed. Dropping data.\t{"kind": "exporter", "data_type": "metrics", "name": "prometheusremotewrite", "error": "Permanent error: remote write returned HTTP status ${status} ${REASONS[status]}; err = %!w(<nil>): ${quoted(body)}", "dropped_items": 120}`,
};

/** Measured when the wordings went in (fifth pass of issue 9): 200 and 199 of 291 before them. */
const FLOORS: Record<string, number> = {
  "Prometheus's remote write": 265,
  "the Collector's exporterhelper": 260,
};

describe("backends' own rejection messages, as clients print them", () => {
  const { ids } = shippedDiagnosis();

  it("holds 291 messages from seven backends, each mapped to a symptom", () => {
    expect(wordings.length).toBe(291);
    expect(new Set(wordings.map((w) => w.backend)).size).toBe(7);
  });

  for (const [client, wrap] of Object.entries(WRAPPERS)) {
    it(`names the right symptom first for at least ${FLOORS[client]} of them inside ${client}`, () => {
      const missed = wordings.filter((w) => ids(wrap(w.example, statusFor(w.id)))[0] !== w.id);
      const right = wordings.length - missed.length;
      expect(
        right,
        missed.map((w) => `${w.backend} ${w.file}: ${w.id}: ${w.example.slice(0, 100)}`).join("\n"),
      ).toBeGreaterThanOrEqual(FLOORS[client] ?? wordings.length);
    });
  }
});
