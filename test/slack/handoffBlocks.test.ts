import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import { formatKbText } from "../../src/slack/blocks/formatKbText.ts";
import { blocksTextLength, SLACK_LIMITS } from "../../src/slack/blocks/limits.ts";
import {
  type HandoffInput,
  handoffBody,
  readHandoffButtonValue,
  renderHandoff,
  summaryFromReply,
} from "../../src/slack/blocks/renderHandoff.ts";
import { blockTexts, buttons } from "./support/interactions.ts";

const REAL_KB = new URL("../../knowledge", import.meta.url).pathname;
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase(REAL_KB);
});

const key = { channel: "D0DM", threadTs: "1710000000.000100" };
const at = new Date("2024-05-01T10:00:00Z");

function input(over: Partial<HandoffInput> = {}): HandoffInput {
  return {
    requestedBy: "U1",
    names: new Map([
      ["U1", "Alice <admin>"],
      ["U8", "Carol"],
    ]),
    origin: { kind: "dm", excerpt: "error: 401 Unauthorized\nAuthorization: Bearer abcdefghijklmnop1234" },
    summary: summaryFromReply(kb, {
      channel: "D0DM",
      messageTs: "1",
      replyTs: "2",
      symptoms: [{ id: "unauthorized-401", score: 0.9 }],
      excerpt: "",
      createdAt: at,
    }),
    feedback: {
      helpful: 0,
      notHelpful: 1,
      votes: [{ userId: "U9", helpful: false, symptomId: "missing-org-id" }],
    },
    ...over,
  };
}

describe("the hand-off's blocks", () => {
  it("after a restart falls back on the knowledge base: the symptom's title and its first fix", () => {
    const text = blockTexts(handoffBody(kb, input()));
    const entry = kb.byId.get("unauthorized-401")?.entry;
    expect(text).toContain(`*Diagnosis:* ${formatKbText(entry?.title ?? "(none)")}\n`);
    expect(text).toContain(`*Proposed fix:* ${formatKbText(entry?.fix[0] ?? "(none)")}`);
    expect(text).toContain("• user U9: really Tenant header missing");
    expect(text).toContain("*Escalation* from *Alice &lt;admin&gt;*"); // a name cannot become a link
    expect(text).not.toContain("abcdefghijklmnop1234");
  });

  it("moves from waiting to acknowledged to resolved, the buttons going as they are used", () => {
    const waiting = renderHandoff(kb, input(), key);
    expect([...buttons(waiting.blocks).keys()]).toEqual(["escalation_acknowledge", "escalation_resolve"]);
    expect(readHandoffButtonValue(buttons(waiting.blocks).get("escalation_resolve")?.value ?? "")).toEqual(
      key,
    );
    const acked = renderHandoff(kb, input(), key, { acknowledged: { by: "U8", at } });
    expect(blockTexts(acked.blocks)).toContain(
      "*Acknowledged* by Carol, <!date^1714557600^{date_short_pretty} at {time}|2024-05-01 10:00 UTC>",
    );
    expect([...buttons(acked.blocks).keys()]).toEqual(["escalation_resolve"]);
    const resolved = renderHandoff(kb, input(), key, {
      acknowledged: { by: "U8", at },
      resolved: { by: "U8", at, cause: "token for another stack", fix: "new token", gapId: "0a1b2c3d4e5f" },
    });
    expect(blockTexts(resolved.blocks)).toContain("`npm run kb -- draft 0a1b2c3d4e5f`");
    expect(buttons(resolved.blocks).size).toBe(0);
    expect(resolved.text).toBe("Escalation from Alice &lt;admin&gt; (resolved)");
  });

  it("shows a probe run in the thread, which the stored content leaves out", () => {
    const probe = { checklist: "✅ DNS\n❌ auth: 401", requestedBy: "U8", at };
    const message = renderHandoff(kb, input(), key, {}, probe);
    expect(blockTexts(message.blocks)).toContain("*Live probe* (by Carol)\n✅ DNS");
    expect(blockTexts(handoffBody(kb, input()))).not.toContain("Live probe");
  });

  it("stays within Slack's limits with a huge paste", () => {
    const origin = { kind: "dm" as const, excerpt: "error: x\n".repeat(5000) };
    const message = renderHandoff(kb, input({ origin }), key);
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(blocksTextLength(message.blocks)).toBeLessThanOrEqual(SLACK_LIMITS.totalChars);
    expect(buttons(message.blocks).size).toBe(2);
  });

  it("refuses a button value it did not write", () => {
    expect(readHandoffButtonValue("C1|not-a-ts")).toBeUndefined();
    expect(readHandoffButtonValue("")).toBeUndefined();
  });
});
