import { beforeAll } from "vitest";
import type { Diagnosis } from "../../src/diagnosis/Diagnosis.ts";
import { type DiagnoseOptions, diagnose } from "../../src/diagnosis/diagnose.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

/** The shipped knowledge base, loaded once for the test file that calls this, and diagnose over it. */
export function shippedDiagnosis() {
  let kb: KnowledgeBase | undefined;
  beforeAll(async () => {
    kb = await loadKnowledgeBase();
  });
  const run = (text: string, options?: DiagnoseOptions): Diagnosis => {
    if (!kb) throw new Error("the knowledge base is loaded in beforeAll: call this inside a test");
    return diagnose(text, kb, options);
  };
  return {
    diagnose: run,
    /** The ids offered, best first. */
    ids: (text: string, options?: DiagnoseOptions) => run(text, options).matches.map((m) => m.id),
  };
}
