import Fuse from "fuse.js";
import type { CompiledSignal, KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { isConnectionClass } from "../vocabulary/failureClasses/connectionLayers.ts";
import { failureClassById } from "../vocabulary/failureClasses/failureClasses.ts";
import {
  combine,
  type EntryScore,
  type EvidenceFilter,
  type MatchContext,
  type SignalHit,
  setsAsideHit,
  setsAsideSignal,
} from "./scoreEntries.ts";

/**
 * Fuzzy matching is the second pass, for what people type by hand: short pastes with a typo or a
 * cut-off word ("conection refused", "certifcate signed by unknown authority"). Machine logs of any
 * length carry the program's exact wording, so long pastes skip this pass entirely.
 */
export const FUZZY_MAX_CHARS = 4096;
const MAX_LINES = 40;
const THRESHOLD = 0.25;
/** A fuzzy hit is worth less than the same words found exactly. */
const DISCOUNT = 0.7;

/** The words a signal is written with, long enough to match by likeness: its phrases, or its classes' wordings. */
function fuzzyPhrases(signal: CompiledSignal): string[] {
  const words =
    signal.kind === "phrase"
      ? [signal.phrase]
      : signal.kind === "phrases"
        ? [...signal.phrases]
        : signal.kind === "class"
          ? [...signal.classes].flatMap((c) => failureClassById(c)?.wordings.map((w) => w.text) ?? [])
          : [];
  return words.filter((w) => w.length >= 10);
}

/**
 * A guess at words the paste's framing sets aside is set aside as the words would be: a topic word in
 * a proposal or in another program's paste, and in another program's paste a connection failure's
 * wording (that program's connection). A size, memory or queue wording is still guessed at there, as
 * it always was: those classes describe the data, not whose connection failed.
 */
function setsAsideGuess(signal: CompiledSignal, evidence: EvidenceFilter): boolean {
  if (signal.kind !== "class") return setsAsideSignal(signal, evidence);
  return (evidence === "own-words" || evidence === "scrape") && [...signal.classes].some(isConnectionClass);
}

export function addFuzzyHits(
  kb: KnowledgeBase,
  ctx: MatchContext,
  scores: EntryScore[],
  evidence: EvidenceFilter = "all",
): EntryScore[] {
  const lines = ctx.text.norm
    .split("\n")
    .map((text, line) => ({ text: text.slice(0, 300), line }))
    .filter((l) => l.text.length >= 8)
    .slice(0, MAX_LINES);
  if (lines.length === 0) return scores;
  const fuse = new Fuse(lines, {
    keys: ["text"],
    includeScore: true,
    ignoreLocation: true,
    threshold: THRESHOLD,
  });
  const byId = new Map(scores.map((s) => [s.entry.entry.id, s]));

  for (const entry of kb.entries) {
    if (entry.requires && !ctx.anyHolds(entry.requires)) continue;
    if (ctx.anyHolds(entry.excludes)) continue;
    const existing = byId.get(entry.entry.id);
    const already = new Set<CompiledSignal>(existing?.hits.map((h) => h.signal));
    const fuzzy: SignalHit[] = [];
    for (const signal of entry.signals) {
      if (signal.weight < 0.6 || already.has(signal) || (signal.when && !ctx.anyHolds(signal.when))) continue;
      if (setsAsideGuess(signal, evidence)) continue;
      let best: { line: number; score: number; phrase: string } | undefined;
      for (const phrase of fuzzyPhrases(signal)) {
        const found = fuse.search(phrase, { limit: 1 })[0];
        if (found?.score !== undefined && (!best || found.score < best.score))
          best = { line: found.item.line, score: found.score, phrase };
      }
      if (!best || setsAsideHit(signal, { line: best.line, matched: best.phrase }, ctx, evidence)) continue;
      fuzzy.push({
        signal,
        line: best.line,
        matched: `≈ ${best.phrase}`,
        weight: signal.weight * (1 - best.score) * DISCOUNT,
      });
    }
    if (fuzzy.length === 0) continue;
    const hits = [...(existing?.hits ?? []), ...fuzzy].sort((a, b) => b.weight - a.weight);
    byId.set(entry.entry.id, { entry, hits, score: combine(hits.map((h) => h.weight)) });
  }
  return [...byId.values()].sort(
    (a, b) => b.score - a.score || a.entry.entry.id.localeCompare(b.entry.entry.id),
  );
}
