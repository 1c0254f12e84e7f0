import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";
import type { CandidateIndex, CompiledEntry, CompiledSignal } from "./KnowledgeBase.ts";
import type { LiteralAlternative } from "./requiredLiterals.ts";

/**
 * For each signal, the keys whose presence in a paste is necessary for it to match: its phrases,
 * one literal of each regex alternative, its status, gRPC code, failure classes or backend answers. An entry can only
 * score when one of its signals matches, so it is a candidate exactly when one of those keys occurs.
 */
export function indexCandidates(entries: readonly CompiledEntry[]): CandidateIndex {
  const byNeedle = new Map<string, CompiledEntry[]>();
  const byStatus = new Map<number, CompiledEntry[]>();
  const byGrpc = new Map<string, CompiledEntry[]>();
  const byClass = new Map<FailureClassId, CompiledEntry[]>();
  const byBackendMeaning = new Map<string, CompiledEntry[]>();
  const always: CompiledEntry[] = [];
  const add = <K>(map: Map<K, CompiledEntry[]>, key: K, entry: CompiledEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  for (const entry of entries) {
    let unindexed = false;
    for (const signal of entry.signals) {
      const needles = signalNeedles(signal);
      if (needles === null) unindexed = true;
      else for (const n of needles) add(byNeedle, n, entry);
      if (signal.kind === "status") add(byStatus, signal.status, entry);
      if (signal.kind === "grpc") add(byGrpc, signal.grpc, entry);
      if (signal.kind === "class") for (const c of signal.classes) add(byClass, c, entry);
      if (signal.kind === "backend") for (const m of signal.meanings) add(byBackendMeaning, m, entry);
    }
    if (unindexed) always.push(entry);
  }
  return { byNeedle, byStatus, byGrpc, byClass, byBackendMeaning, always };
}

/** The literals one of which must occur for the signal to match; null when no literal is required. */
function signalNeedles(signal: CompiledSignal): readonly string[] | null {
  switch (signal.kind) {
    case "phrase":
      return [signal.phrase];
    case "phrases":
      return signal.phrases;
    case "regex":
    case "path":
      return signal.pattern.prefilter ? alternativeNeedles(signal.pattern.prefilter) : null;
    default:
      return [];
  }
}

/** Each alternative needs one of its `anyOf` literals (and all of `allOf`): the first suffices as a key. */
function alternativeNeedles(prefilter: readonly LiteralAlternative[]): readonly string[] {
  const out: string[] = [];
  for (const alt of prefilter) out.push(...(alt.anyOf.length > 0 ? alt.anyOf : alt.allOf.slice(0, 1)));
  return out;
}
