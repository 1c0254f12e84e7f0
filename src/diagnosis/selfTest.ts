import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { CONFIDENCE_FLOOR } from "./confidenceFloor.ts";
import { diagnose } from "./diagnose.ts";

export interface ExampleFailure {
  id: string;
  file: string;
  kind: "match" | "no_match";
  example: string;
  /** What the diagnosis offered instead, best first. */
  got: { id: string; score: number }[];
}

export interface SelfTestResult {
  entries: number;
  examples: number;
  failures: ExampleFailure[];
}

/**
 * Runs every entry's own examples through the real diagnosis: a `match` example must rank its
 * entry first, a `no_match` example must not offer it at all.
 */
export function selfTest(kb: KnowledgeBase): SelfTestResult {
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const { entry, file } of kb.entries) {
    for (const example of entry.examples.match) {
      examples++;
      const got = diagnose(example, kb).matches.map((m) => ({ id: m.id, score: m.score }));
      if (got[0]?.id !== entry.id) failures.push({ id: entry.id, file, kind: "match", example, got });
    }
    for (const example of entry.examples.no_match) {
      examples++;
      const got = diagnose(example, kb, { floor: CONFIDENCE_FLOOR }).matches.map((m) => ({
        id: m.id,
        score: m.score,
      }));
      if (got.some((m) => m.id === entry.id))
        failures.push({ id: entry.id, file, kind: "no_match", example, got });
    }
  }
  return { entries: kb.entries.length, examples, failures };
}
