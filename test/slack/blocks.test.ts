import { describe, expect, it } from "vitest";
import type { Diagnosis, DiagnosisMatch } from "../../src/diagnosis/Diagnosis.ts";
import { blocksTextLength, clampText, fitBlocks } from "../../src/slack/blocks/limits.ts";
import { renderDiagnosis } from "../../src/slack/blocks/renderDiagnosis.ts";
import type { KnownBlock } from "../../src/slack/blocks/slackTypes.ts";
import { escapeMrkdwn } from "../../src/slack/escapeMrkdwn.ts";
import { slackTextToPlain } from "../../src/slack/slackTextToPlain.ts";

function match(id: string, size: number, distinct = true): DiagnosisMatch {
  return {
    id,
    title: `Problem ${id} <b>`,
    score: 0.9,
    confidence: "high",
    evidence: [{ line: 1, text: "err=`boom` <!channel>", matched: "boom", signal: "phrase" }],
    cause: "c".repeat(size),
    fix: Array.from({ length: 20 }, (_, i) => `step ${i} ${"f".repeat(size / 10)}`),
    snippet: { client: "curl", language: "shell", code: `curl ${"x".repeat(size)}\n\`\`\`injected` },
    snippets: {},
    source: { doc: "d", section: "s" },
    configFindings: [],
    distinct,
  };
}

function diagnosisWith(matches: DiagnosisMatch[]): Diagnosis {
  return {
    input: { bytes: 10, lines: 1, truncated: false, notes: [], kind: "text" },
    facts: { clients: [], directions: [], statuses: [], grpcCodes: [], hosts: [] },
    matches,
  };
}

function fieldTexts(blocks: KnownBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if ("text" in b && b.text && typeof b.text === "object") out.push(b.text.text);
    if (b.type === "context") for (const e of b.elements) if ("text" in e) out.push(e.text);
  }
  return out;
}

describe("Slack limits", () => {
  it("cuts a long field with a note, closing an open code block and never splitting an entity", () => {
    const cut = clampText(`\`\`\`\n${"&lt;".repeat(2000)}`, 3000);
    expect(cut.length).toBeLessThanOrEqual(3000);
    expect(cut).toMatch(/```\n… _\(cut to fit Slack's limits\)_$/);
    expect(cut).not.toMatch(/&(l|lt)?\n/);
  });

  it("keeps a message under 50 blocks and 10,000 characters, keeping the footer", () => {
    const body: KnownBlock[] = Array.from({ length: 80 }, (_, i) => ({
      type: "section",
      text: { type: "mrkdwn", text: `${i} ${"a".repeat(i % 2 ? 5000 : 50)}` },
    }));
    const footer: KnownBlock[] = [{ type: "actions", block_id: "footer", elements: [] }];
    const blocks = fitBlocks(body, footer);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocksTextLength(blocks)).toBeLessThanOrEqual(10_000);
    for (const t of fieldTexts(blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    expect(blocks.at(-1)).toEqual(footer[0]);
    expect(JSON.stringify(blocks)).toContain("The reply was cut to fit Slack's limits");
  });

  it("renders a diagnosis with oversized parts within the limits, escaped", () => {
    const d = diagnosisWith([
      match("one", 6000),
      match("two", 6000),
      match("three", 6000),
      match("four", 10, false),
    ]);
    const { blocks, text } = renderDiagnosis(d, { replyId: "r1" });
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocksTextLength(blocks)).toBeLessThanOrEqual(10_000);
    for (const t of fieldTexts(blocks)) {
      expect(t.length).toBeLessThanOrEqual(3000);
      expect(t).not.toMatch(/<[!@#a-z]/i);
    }
    expect(blocks.at(-1)?.type).toBe("actions");
    expect(text).toContain("&lt;b&gt;");
    // a ``` inside a snippet cannot close the code block early
    expect(JSON.stringify(blocks)).not.toContain("\\n```injected");
  });

  it("names runners-up as 'also possible'", () => {
    const d = diagnosisWith([match("one", 10), match("two", 10, false)]);
    const card = fieldTexts(renderDiagnosis(d, { replyId: "r2" }).blocks).join("\n");
    expect(card).not.toContain("Problem two");
    const all = fieldTexts(renderDiagnosis(d, { replyId: "r2", view: "details" }).blocks).join("\n");
    expect(all).toContain("Also possible: Problem two &lt;b&gt; (likely)");
    expect(all).not.toContain("2 problems");
  });
});

describe("text in and out of Slack", () => {
  it("escapes &, <, > and defuses @channel / @here", () => {
    expect(escapeMrkdwn("a & <@U1> > <!here> @channel")).toBe(
      "a &amp; &lt;@U1&gt; &gt; &lt;!here&gt; @\u200bchannel",
    );
  });

  it("reads Slack's formatting back as typed", () => {
    expect(
      slackTextToPlain(
        "curl <https://x.example/api/v1/push> -H &quot;a&quot; &lt;tenant&gt; &amp;&amp; <http://y.example|y.example> <!channel> <@U1>",
      ),
    ).toBe("curl https://x.example/api/v1/push -H &quot;a&quot; <tenant> && y.example @channel @U1");
  });
});
