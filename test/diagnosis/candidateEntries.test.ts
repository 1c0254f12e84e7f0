import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/diagnosis/extractFacts.ts";
import { normalizeText } from "../../src/diagnosis/normalizeText.ts";
import { candidateEntries, MatchContext, scoreEntry } from "../../src/diagnosis/scoreEntries.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

const kb = await loadKnowledgeBase();
const evalTexts = ["challenge", "blind", "blind2", "blind3"].flatMap((name) =>
  readFileSync(new URL(`../fixtures/eval/${name}.jsonl`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);
const texts = [
  ...kb.entries.flatMap((e) => [...e.entry.examples.match, ...e.entry.examples.no_match]),
  ...evalTexts,
  // A phrase cut by a hard wrap, as typed in a question: it must still make its entry a candidate.
  "our collector logs say sending queue\nis full all day",
];

describe("candidate entries", () => {
  it("include every entry that scores, so scoring only candidates loses nothing", () => {
    let scored = 0;
    for (const raw of texts) {
      const text = normalizeText(raw);
      const found = kb.needles.scan(text.norm);
      const ctx = new MatchContext(
        text,
        extractFacts(text, { found, wordings: kb.wordings }),
        kb.needles,
        found,
      );
      const candidates = candidateEntries(kb, ctx);
      for (const entry of kb.entries) {
        if (!scoreEntry(entry, ctx)) continue;
        scored++;
        expect(candidates.has(entry), `${entry.entry.id} scores on: ${raw.slice(0, 80)}`).toBe(true);
      }
    }
    expect(scored).toBeGreaterThan(texts.length / 2);
  });

  it("leave out the entries a paste gives no evidence for", () => {
    const text = normalizeText('ts=<ts> level=info msg="all good" samples=120');
    const found = kb.needles.scan(text.norm);
    const ctx = new MatchContext(
      text,
      extractFacts(text, { found, wordings: kb.wordings }),
      kb.needles,
      found,
    );
    expect(candidateEntries(kb, ctx).size).toBeLessThan(kb.entries.length / 2);
  });
});
