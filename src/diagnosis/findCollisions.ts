import type { CompiledEntry, KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { diagnose } from "./diagnose.ts";
import { extractFacts } from "./extractFacts.ts";
import { normalizeText } from "./normalizeText.ts";
import { readPaste } from "./readPaste.ts";
import { MatchContext, scoreEntry } from "./scoreEntries.ts";

export interface RankedElsewhere {
  /** The entry whose example it is. */
  id: string;
  file: string;
  example: string;
}

/** Two entries that each take the other's example: their signals say the same thing. */
export interface CollisionPair {
  a: RankedElsewhere;
  b: RankedElsewhere;
}

/** A signal that no `match` example of its own entry makes hit: untested, or dead. */
export interface UnexercisedSignal {
  id: string;
  file: string;
  /** Its index in the entry's `signals`. */
  index: number;
  label: string;
}

export interface CollisionReport {
  collisions: CollisionPair[];
  unexercised: UnexercisedSignal[];
}

/** Which signals of the entry hit the example, each tried alone (so no stronger signal hides it). */
function signalsHit(entry: CompiledEntry, example: string, kb: KnowledgeBase): Set<number> {
  const paste = readPaste(example);
  const hit = new Set<number>();
  if (paste.report.kind !== "text") return hit;
  const text = normalizeText(paste.text);
  const found = kb.needles.scan(text.norm);
  const ctx = new MatchContext(text, extractFacts(text, { found, wordings: kb.wordings }), kb.needles, found);
  entry.signals.forEach((signal, index) => {
    if (scoreEntry({ ...entry, signals: [signal] }, ctx, { ignoreRequires: true })) hit.add(index);
  });
  return hit;
}

/**
 * The knowledge base's overlaps, from its own examples: pairs of entries where an example of each
 * ranks the other first (A's example → B and B's example → A), and signals that no `match` example of
 * their entry makes hit. Pure, like `diagnose`: the base in, the report out.
 */
export function findCollisions(kb: KnowledgeBase): CollisionReport {
  // For each entry, the first of its examples that ranks each other entry first.
  const takenBy = new Map<string, Map<string, RankedElsewhere>>();
  const unexercised: UnexercisedSignal[] = [];
  for (const compiled of kb.entries) {
    const { entry, file } = compiled;
    const exercised = new Set<number>();
    for (const example of entry.examples.match) {
      const diagnosis = diagnose(example, kb);
      const top = diagnosis.matches[0]?.id;
      if (top !== undefined && top !== entry.id) {
        const byTop = takenBy.get(entry.id) ?? new Map<string, RankedElsewhere>();
        if (!byTop.has(top)) byTop.set(top, { id: entry.id, file, example });
        takenBy.set(entry.id, byTop);
      }
      for (const i of signalsHit(compiled, example, kb)) exercised.add(i);
      // A hit only the fuzzy pass found (a typo in a short question) still exercises its signal.
      const own = diagnosis.matches.find((m) => m.id === entry.id);
      for (const e of own?.evidence ?? []) {
        const i = compiled.signals.findIndex((s) => s.label === e.signal);
        if (i >= 0) exercised.add(i);
      }
    }
    compiled.signals.forEach((s, index) => {
      if (!exercised.has(index)) unexercised.push({ id: entry.id, file, index, label: s.label });
    });
  }
  const collisions: CollisionPair[] = [];
  for (const [a, tops] of takenBy) {
    for (const [b, aExample] of tops) {
      const bExample = takenBy.get(b)?.get(a);
      if (bExample && a < b) collisions.push({ a: aExample, b: bExample });
    }
  }
  return { collisions, unexercised };
}
