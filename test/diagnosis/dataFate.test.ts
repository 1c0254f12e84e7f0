import { describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

const kb = await loadKnowledgeBase();
const fateOf = (text: string) => diagnose(text, kb).matches[0]?.dataFate;

describe("what happened to the data", () => {
  it("the same 500 is a backlog for Prometheus and lost data for an OTLP/HTTP exporter", () => {
    const prometheus = fateOf(
      'ts=2024-03-01T08:00:01Z caller=dedupe.go:112 component=remote level=warn remote_name=a1 url=https://<host>/api/v1/push msg="Failed to send batch, retrying" err="server returned HTTP status 500 Internal Server Error: internal error"',
    );
    expect(prometheus).toMatchObject({ fate: "retried", client: "Prometheus" });
    const otlp = fateOf(
      "failed to export traces: OTLPExporterError: Internal Server Error\n    at IncomingMessage.<anonymous> (/app/node_modules/@opentelemetry/otlp-exporter-base/build/src/transport/http-transport-utils.js:75:35) {\n  code: 500,\n  data: 'Internal Server Error'\n}",
    );
    expect(otlp?.fate).toBe("dropped");
  });

  it("follows the client's rules when its line does not say: otlphttp retries a 503 and drops a 500", () => {
    const line = (status: number) =>
      `2024-09-01T00:00:00Z\terror\texporterhelper/retry_sender.go:118\tExporting failed.\t{"kind": "exporter", "name": "otlphttp", "error": "error exporting items, request to https://<host>/v1/metrics responded with HTTP Status Code ${status}"}`;
    expect(fateOf(line(503))?.fate).toBe("retried");
    expect(fateOf(line(500))?.fate).toBe("dropped");
  });

  it("believes the client's own words over its rules", () => {
    const fate = fateOf(
      'ts=2024-03-01T08:00:01Z caller=dedupe.go:112 component=remote level=error remote_name=a1 url=https://<host>/api/v1/push msg="non-recoverable error" count=500 exemplarCount=0 err="server returned HTTP status 401 Unauthorized: invalid token"',
    );
    expect(fate?.fate).toBe("dropped");
  });

  it("says a full queue drops new data", () => {
    const fate = fateOf(
      '2024-05-02T10:11:12.345Z\twarn\texporterhelper/queue_sender.go:84\tDropping data because sending_queue is full. Try increasing queue_size.\t{"kind": "exporter", "data_type": "traces", "name": "otlp", "dropped_items": 512}',
    );
    expect(fate?.fate).toBe("dropped");
  });

  it("says nothing about a failed query: no data was in flight", () => {
    const fate = fateOf(
      'logger=tsdb.prometheus t=2024-01-19T23:43:47Z level=error msg="Instant query failed" query=1+1 err="client_error: client error: 404"',
    );
    expect(fate).toBeUndefined();
  });
});
