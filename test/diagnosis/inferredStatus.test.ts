import { beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

describe("a status read from a reason phrase alone", () => {
  it("is weaker than a printed code: an app's own 'too many requests' is never answered unasked", () => {
    const line = "ERROR app telemetry sync failed: rate limited, response: too many requests";
    expect(diagnose(line, kb, { mode: "passive" }).matches[0]?.confidence).not.toBe("high");
    const printed = 'remote_write to mimir: err="server returned HTTP status 429 Too Many Requests"';
    expect(diagnose(printed, kb, { mode: "passive" }).matches[0]?.id).toBe("rate-limited-429");
  });

  it("alone is not enough for a sure answer beside another app's words", () => {
    expect(
      diagnose("my sentry telemetry upload keeps failing, response: too many requests", kb).matches,
    ).toEqual([]);
  });
});

describe("a reason phrase inside a client's own log line", () => {
  it("counts as the code that client printed", () => {
    // opentelemetry-python's HTTP exporter logs the response's reason, not its code.
    const line =
      "Transient error Internal Server Error encountered while exporting span batch, retrying in 2s.";
    const [top] = diagnose(line, kb).matches;
    expect(top?.id).toBe("otel-backend-unavailable");
    // Outside a client's line the same words stay a weaker, inferred status.
    expect(diagnose("the sync job failed with error internal server error", kb).matches).toEqual([]);
  });
});
