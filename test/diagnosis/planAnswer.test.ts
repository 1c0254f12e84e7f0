import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import { planAnswer } from "../../src/diagnosis/planAnswer.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");
const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/config/${path}`, import.meta.url), "utf8");

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

describe("planAnswer: one answer per paste", () => {
  it("lists what the user's config gets wrong as findings, each once, with one merged correction", () => {
    const plan = planAnswer(diagnose(example("alloy-config-and-error.txt"), kb));
    expect(plan?.lead.id).toBe("alloy-not-arriving");
    expect(plan?.checklist.map((i) => [i.finding?.rule, i.certainty])).toEqual([
      ["alloy-credentials-bearer", "found in your config"],
      ["missing-tenant-header", "found in your config"],
    ]);
    expect(plan?.corrected).toHaveLength(1);
    const [fix] = plan?.corrected ?? [];
    if (fix?.kind !== "yours") throw new Error("expected the user's own config corrected");
    // Both fixes in one diff.
    expect(fix.diff).toContain('+      credentials = "<token>"');
    expect(fix.diff).toContain('"X-Scope-OrgID"');
  });

  it("gives each pasted config one correction, with every fix of that block merged", () => {
    const paste = [
      "```",
      fixture("prometheus/write-path.yml"),
      "```",
      "```",
      fixture("alloy/credentials-bearer.alloy"),
      "```",
    ].join("\n");
    const d = diagnose(paste, kb);
    const plan = planAnswer(d);
    const corrected = plan?.corrected.filter((c) => c.kind === "yours") ?? [];
    expect(corrected.map((c) => (c.kind === "yours" ? c.block.client : ""))).toEqual(["prometheus", "alloy"]);
    const errors = d.config?.findings.filter((f) => f.severity === "error") ?? [];
    expect(plan?.checklist.filter((i) => i.finding)).toHaveLength(errors.length);
  });

  it("leads a log-only answer with the entry's first step and says how sure it is in words", () => {
    const plan = planAnswer(diagnose(example("prometheus-remote-write-401.log"), kb));
    expect(plan?.lead.id).toBe("unauthorized-401");
    expect(plan?.certainty).toBe("likely");
    expect(plan?.checklist[0]?.fix).toBe(plan?.lead.fix[0]);
    expect(plan?.corrected[0]?.kind).toBe("example");
  });

  it("offers the problem likely to come next, but not when it is already on the list", () => {
    const log = example("otelcol-two-problems.log").split("\n");
    // The 401 alone: the queue filling up is what usually follows once the credentials are fixed.
    const authOnly = planAnswer(diagnose(log.slice(0, 2).join("\n"), kb));
    expect(authOnly?.lead.id).toBe("otel-auth-rejected");
    expect(authOnly?.next?.id).toBe("otel-queue-full");
    // The whole log already shows the full queue: it is on the checklist, so it is not offered again.
    const both = planAnswer(diagnose(log.join("\n"), kb));
    expect(both?.checklist.map((i) => i.symptom)).toContain("otel-queue-full");
    expect(both?.next).toBeUndefined();
  });

  it("has nothing to plan when nothing matched", () => {
    expect(planAnswer(diagnose("my dashboard looks strange", kb))).toBeUndefined();
  });
});
