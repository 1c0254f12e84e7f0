import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import { diagnoseThread } from "../../src/diagnosis/diagnoseThread.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/config/${path}`, import.meta.url), "utf8");
const NO_ORG_ID =
  'component=remote level=error msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';
const UNAUTHORIZED =
  'component=remote level=error msg="non-recoverable error" err="server returned HTTP status 401 Unauthorized: invalid token"';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

describe("diagnoseThread: a thread as one answer", () => {
  it("lists each problem once, at its best sighting, with the message it came from", () => {
    const d = diagnoseThread(
      [NO_ORG_ID, `after adding the header:\n${UNAUTHORIZED}`, `me too ${NO_ORG_ID}`],
      kb,
    );
    const ids = d.matches.map((m) => m.id);
    expect(ids.filter((id) => id === "missing-org-id")).toHaveLength(1);
    expect(d.matches.find((m) => m.id === "missing-org-id")?.fromMessage).toBe(0);
    expect(d.matches.find((m) => m.id === "unauthorized-401")?.fromMessage).toBe(1);
  });

  it("merges the messages' configs into one report, each finding pointing into the merged blocks", () => {
    const prometheus = `prometheus.yml:\n\`\`\`\n${fixture("prometheus/write-path.yml")}\n\`\`\``;
    const alloy = `config.alloy:\n\`\`\`\n${fixture("alloy/credentials-bearer.alloy")}\n\`\`\``;
    const d = diagnoseThread([prometheus, UNAUTHORIZED, alloy], kb);
    const blocks = d.config?.blocks ?? [];
    expect(blocks.map((b) => b.client)).toEqual(["prometheus", "alloy"]);
    for (const f of d.config?.findings ?? []) {
      // The finding's block is the one whose client wrote the rule's config, in the merged list.
      expect(blocks[f.block]?.findings.some((g) => g.rule === f.rule && g.line === f.line)).toBe(true);
    }
    const alloyFinding = d.config?.findings.find((f) => f.rule === "alloy-credentials-bearer");
    expect(alloyFinding?.block).toBe(1);
    for (const m of d.matches)
      for (const f of m.configFindings)
        expect(blocks[f.block]?.findings.map((g) => g.rule)).toContain(f.rule);
  });

  it("reads a follow-up with what it follows: a bare status and then the client that sent it", () => {
    expect(diagnose("it's prometheus remote_write to xscaler", kb).matches).toHaveLength(0);
    const d = diagnoseThread(
      ["getting 429 since this morning", "it's prometheus remote_write to xscaler"],
      kb,
    );
    expect(d.matches[0]?.id).toBe("rate-limited-429");
    // Only the thread read as one text shows it: no single message is named as its source.
    expect(d.matches[0]?.fromMessage).toBeUndefined();
  });

  it("is diagnose itself for a thread of one message", () => {
    expect(diagnoseThread([UNAUTHORIZED], kb)).toEqual(diagnose(UNAUTHORIZED, kb));
  });
});
