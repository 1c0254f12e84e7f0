import { beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

// The SDK's own error shape: a reason phrase and no words of any entry.
const SDK_UNAUTHORIZED = "our PHP OTel exporter logs `Export failure: Unauthorized` on every batch";

describe("a direct ask about telemetry that shows one telling status", () => {
  it("gets what that status usually means, labelled as read from the status", () => {
    const [top] = diagnose(SDK_UNAUTHORIZED, kb).matches;
    expect(["unauthorized-401", "otel-auth-rejected"]).toContain(top?.id);
    expect(top?.basis?.label).toBe("likely: the backend answered 401");
    // The status the label names is the first evidence shown.
    expect(top?.evidence[0]?.matched).toMatch(/unauthorized/i);
    expect(top?.confidence).toBe("low");
  });

  it("is not answered from the status alone in a channel the bot only listens to", () => {
    expect(diagnose(SDK_UNAUTHORIZED, kb, { mode: "passive" }).matches).toEqual([]);
  });

  it("leaves a 400 or a 404 alone: they say something was wrong, not what", () => {
    expect(diagnose("the otel exporter says `Export failure: Bad Request`", kb).matches).toEqual([]);
  });

  it("needs the pipeline's context, not the word telemetry, and no other product", () => {
    expect(diagnose("Export failure: Unauthorized", kb).matches).toEqual([]);
    // "telemetry" is any app's events; curl calls any API.
    expect(
      diagnose(
        "Our mobile app sends telemetry events to our analytics endpoint and the login failed: unauthorized",
        kb,
      ).matches,
    ).toEqual([]);
    expect(diagnose("curl -s https://api.github.com/user says error: Unauthorized", kb).matches).toEqual([]);
    expect(
      diagnose("my otel sidecar is fine but psql says `error: Forbidden` when I connect", kb).matches,
    ).toEqual([]);
  });

  it("does not pick between two failing statuses, even when only one of them is telling", () => {
    expect(
      diagnose("otel exporter: first `Export failure: Bad Request`, then `Export failure: Unauthorized`", kb)
        .matches,
    ).toEqual([]);
  });

  it("does not pick between two different statuses", () => {
    expect(
      diagnose("otel exporter: first `Export failure: Unauthorized`, then `Export failure: Forbidden`", kb)
        .matches,
    ).toEqual([]);
  });
});
