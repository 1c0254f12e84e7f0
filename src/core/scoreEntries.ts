import type { Pattern } from "../knowledge/compilePattern.ts";
import type {
  CompiledCondition,
  CompiledEntry,
  CompiledSignal,
  KnowledgeBase,
} from "../knowledge/KnowledgeBase.ts";
import type { Facts } from "./extractFacts.ts";
import { lineAt, type NormalizedText } from "./normalizeText.ts";

export interface SignalHit {
  signal: CompiledSignal;
  /** 0-based line in the normalised text. */
  line: number;
  matched: string;
  /** The weight it counted with (lower for a fuzzy hit). */
  weight: number;
}

export interface EntryScore {
  entry: CompiledEntry;
  score: number;
  hits: SignalHit[];
}

/**
 * What one diagnosis run has already looked up. Conditions and signals are shared between entries,
 * so each pattern runs over the paste at most once.
 */
export class MatchContext {
  readonly text: NormalizedText;
  readonly facts: Facts;
  /** The paste with line breaks as spaces: a phrase cut by a hard wrap still matches. */
  private unwrapped: string | undefined;
  private readonly mentions = new Map<Pattern, boolean>();

  constructor(text: NormalizedText, facts: Facts) {
    this.text = text;
    this.facts = facts;
  }

  mentionsPattern(pattern: Pattern): boolean {
    let found = this.mentions.get(pattern);
    if (found === undefined) {
      found = pattern.matcher(this.text.norm).find();
      this.mentions.set(pattern, found);
    }
    return found;
  }

  holds(c: CompiledCondition): boolean {
    const f = this.facts;
    if (c.client && !(f.client !== undefined && c.client.has(f.client))) return false;
    if (c.direction && ![...c.direction].some((d) => f.directions.has(d))) return false;
    if (c.notDirection && [...c.notDirection].some((d) => f.directions.has(d))) return false;
    if (c.mentions && !this.mentionsPattern(c.mentions)) return false;
    return true;
  }

  anyHolds(list: readonly CompiledCondition[] | undefined): boolean {
    return list?.some((c) => this.holds(c)) === true;
  }

  findPhrase(phrase: string): { line: number; matched: string } | null {
    const { norm, lineStarts } = this.text;
    const at = norm.indexOf(phrase);
    if (at !== -1) return { line: lineAt(lineStarts, at), matched: phrase };
    if (!phrase.includes(" ")) return null;
    this.unwrapped ??= norm.replace(/\n/g, " ");
    const wrapped = this.unwrapped.indexOf(phrase);
    return wrapped === -1 ? null : { line: lineAt(lineStarts, wrapped), matched: phrase };
  }

  findRegex(pattern: Pattern): { line: number; matched: string } | null {
    const m = pattern.matcher(this.text.norm);
    if (!m.find()) return null;
    return { line: lineAt(this.text.lineStarts, m.start()), matched: m.group() ?? "" };
  }
}

function findSignal(signal: CompiledSignal, ctx: MatchContext): { line: number; matched: string } | null {
  switch (signal.kind) {
    case "phrase":
      return ctx.findPhrase(signal.phrase);
    case "regex":
      return ctx.findRegex(signal.pattern);
    case "status": {
      const s = ctx.facts.statuses.find((x) => x.value === signal.status);
      return s ? { line: s.line, matched: s.matched } : null;
    }
    case "grpc": {
      const g = ctx.facts.grpc.find((x) => x.value === signal.grpc);
      return g ? { line: g.line, matched: g.matched } : null;
    }
    case "path": {
      for (const url of ctx.facts.urls) {
        if (url.path && signal.pattern.matcher(url.path).find()) return { line: url.line, matched: url.path };
      }
      return null;
    }
  }
}

/** 1 − Π(1 − w): independent pieces of evidence add up, and no pile of weak ones reaches certainty. */
export function combine(weights: readonly number[]): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - w;
  return 1 - miss;
}

export function scoreEntry(entry: CompiledEntry, ctx: MatchContext): EntryScore | null {
  if (entry.requires && !ctx.anyHolds(entry.requires)) return null;
  if (ctx.anyHolds(entry.excludes)) return null;
  const hits: SignalHit[] = [];
  for (const signal of entry.signals) {
    if (signal.when && !ctx.anyHolds(signal.when)) continue;
    const found = findSignal(signal, ctx);
    if (found) hits.push({ signal, ...found, weight: signal.weight });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => b.weight - a.weight || a.line - b.line);
  return { entry, score: combine(hits.map((h) => h.weight)), hits };
}

export function scoreEntries(kb: KnowledgeBase, ctx: MatchContext): EntryScore[] {
  const scores: EntryScore[] = [];
  for (const entry of kb.entries) {
    const s = scoreEntry(entry, ctx);
    if (s) scores.push(s);
  }
  return scores.sort((a, b) => b.score - a.score || a.entry.entry.id.localeCompare(b.entry.entry.id));
}
