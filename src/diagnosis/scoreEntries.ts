import { matchIn, type Pattern } from "../knowledge/compilePattern.ts";
import type {
  CompiledCondition,
  CompiledEntry,
  CompiledSignal,
  KnowledgeBase,
} from "../knowledge/KnowledgeBase.ts";
import type { NeedleIndex } from "../knowledge/NeedleIndex.ts";
import type { LiteralAlternative } from "../knowledge/requiredLiterals.ts";
import { isConnectionClass, isConnectionWording } from "../vocabulary/failureClasses/connectionLayers.ts";
import { mentionsVocabulary } from "../vocabulary/mentionsVocabulary.ts";
import type { VocabularyName } from "../vocabulary/namedVocabularies.ts";
import { CONFIDENCE_FLOOR } from "./confidenceFloor.ts";
import type { AnswerBasis } from "./Diagnosis.ts";
import type { Facts } from "./extractFacts.ts";
import type { Located } from "./Located.ts";
import { lineFailsForAnotherProgram } from "./lineFailsForAnotherProgram.ts";
import { lineAt, type NormalizedText } from "./normalizeText.ts";

/** Hard-wrapped pastes are typed or copied by people, and short; long machine logs are not wrapped. */
const UNWRAP_MAX_CHARS = 8 * 1024;

/**
 * Bounds on the regex work of one paste. Real log lines are far shorter, and a paste is already cut
 * to its head and tail; these only keep crafted input (one 250 KB line, 50,000 lines that all hold
 * a pattern's literal) from costing seconds of RE2 time.
 */
const REGEX_LINE_CHARS = 8 * 1024;
const REGEX_MAX_LINES = 2000;

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
  /** Why it is offered when the context alone did not make it: the failure class the paste shows. */
  basis?: AnswerBasis;
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
  private readonly vocabularies = new Map<VocabularyName, boolean>();
  private readonly needles: NeedleIndex;
  private found: Map<string, number[]> | undefined;

  constructor(text: NormalizedText, facts: Facts, needles: NeedleIndex, found?: Map<string, number[]>) {
    this.text = text;
    this.facts = facts;
    this.needles = needles;
    this.found = found;
  }

  mentionsPattern(pattern: Pattern): boolean {
    let found = this.mentions.get(pattern);
    if (found === undefined) {
      found = this.findRegex(pattern) !== null;
      this.mentions.set(pattern, found);
    }
    return found;
  }

  mentionsVocabulary(name: VocabularyName): boolean {
    let found = this.vocabularies.get(name);
    if (found === undefined) {
      found = mentionsVocabulary(this.text.norm, name) || this.recognisedAs(name);
      this.vocabularies.set(name, found);
    }
    return found;
  }

  /** A paste a client catalog recognises is telemetry; one a backend catalog recognises names a backend. */
  private recognisedAs(name: VocabularyName): boolean {
    const f = this.facts;
    if (name === "telemetry") return f.catalogs.size > 0 || f.clientSentences.size > 0 || f.backends.size > 0;
    if (name === "backend") return f.backends.size > 0;
    return false;
  }

  /** Where each phrase and prefilter literal of the knowledge base occurs: one pass, on first use. */
  occurrences(): Map<string, number[]> {
    this.found ??= this.needles.scan(this.text.norm);
    return this.found;
  }

  /**
   * Needles that occur only across a hard wrap (a short, typed paste): they can still make a phrase
   * match (findPhrase joins the lines), so they must still make its entry a candidate.
   */
  wrappedNeedles(): Iterable<string> {
    const { norm } = this.text;
    if (norm.length > UNWRAP_MAX_CHARS || !norm.includes("\n")) return [];
    this.unwrapped ??= norm.replace(/\n/g, " ");
    return this.needles.scan(this.unwrapped).keys();
  }

  /**
   * Lines (0-based, ascending) where one of the pattern's alternatives could match, each with the
   * literal that proves a match outright when an alternative is nothing but literals.
   */
  private candidateLines(prefilter: readonly LiteralAlternative[]): Map<number, string | null> {
    const found = this.occurrences();
    const lines = new Map<number, string | null>();
    for (const alt of prefilter) {
      const required = alt.allOf.map((n) => new Set(found.get(n) ?? []));
      if (required.some((r) => r.size === 0)) continue;
      for (const needle of alt.anyOf) {
        for (const line of found.get(needle) ?? []) {
          if (!required.every((r) => r.has(line))) continue;
          if (alt.exact) lines.set(line, needle);
          else if (!lines.has(line)) lines.set(line, null);
        }
      }
    }
    return new Map([...lines].sort((a, b) => a[0] - b[0]));
  }

  /** A line as patterns see it: at most REGEX_LINE_CHARS, so one giant line cannot stall every pattern. */
  lineText(line: number): string {
    const { norm, lineStarts } = this.text;
    const start = lineStarts[line] ?? 0;
    const end = (lineStarts[line + 1] ?? norm.length + 1) - 1;
    return norm.slice(start, Math.min(end, start + REGEX_LINE_CHARS));
  }

  holds(c: CompiledCondition): boolean {
    const f = this.facts;
    if (c.client && !(f.client !== undefined && c.client.has(f.client))) return false;
    if (c.notClient && f.client !== undefined && c.notClient.has(f.client)) return false;
    if (c.direction && ![...c.direction].some((d) => f.directions.has(d))) return false;
    if (c.notDirection && [...c.notDirection].some((d) => f.directions.has(d))) return false;
    if (c.mentions && !this.mentionsPattern(c.mentions)) return false;
    if (c.notMentions && this.mentionsPattern(c.notMentions)) return false;
    if (c.vocab && ![...c.vocab].some((v) => this.mentionsVocabulary(v))) return false;
    if (c.notVocab && [...c.notVocab].some((v) => this.mentionsVocabulary(v))) return false;
    if (c.classes && !f.classes.some((x) => c.classes?.has(x.value))) return false;
    if (c.notClasses && f.classes.some((x) => c.notClasses?.has(x.value))) return false;
    return true;
  }

  anyHolds(list: readonly CompiledCondition[] | undefined): boolean {
    return list?.some((c) => this.holds(c)) === true;
  }

  findPhrase(phrase: string): { line: number; matched: string } | null {
    const { norm, lineStarts } = this.text;
    const line = this.occurrences().get(phrase)?.[0];
    if (line !== undefined) return { line, matched: phrase };
    if (!phrase.includes(" ") || norm.length > UNWRAP_MAX_CHARS) return null;
    this.unwrapped ??= norm.replace(/\n/g, " ");
    const wrapped = this.unwrapped.indexOf(phrase);
    return wrapped === -1 ? null : { line: lineAt(lineStarts, wrapped), matched: phrase };
  }

  /**
   * A phrase as whole words: what a person typed, so "root ca" is not found in "root cause" nor
   * "private ca" in "private cache". Programs' own wordings are matched as they are printed (findPhrase).
   */
  findWords(phrase: string): { line: number; matched: string } | null {
    const { norm, lineStarts } = this.text;
    for (const line of this.occurrences().get(phrase) ?? []) {
      const text = this.lineText(line);
      for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
        if (isWordEdge(text, at - 1) && isWordEdge(text, at + phrase.length))
          return { line, matched: phrase };
      }
    }
    if (!phrase.includes(" ") || norm.length > UNWRAP_MAX_CHARS) return null;
    this.unwrapped ??= norm.replace(/\n/g, " ");
    for (let at = this.unwrapped.indexOf(phrase); at !== -1; at = this.unwrapped.indexOf(phrase, at + 1)) {
      if (isWordEdge(this.unwrapped, at - 1) && isWordEdge(this.unwrapped, at + phrase.length))
        return { line: lineAt(lineStarts, at), matched: phrase };
    }
    return null;
  }

  /** The first line the pattern matches. Patterns match within a line, never across lines. */
  findRegex(pattern: Pattern): { line: number; matched: string } | null {
    const lines: Map<number, string | null> = pattern.prefilter
      ? this.candidateLines(pattern.prefilter)
      : new Map(this.text.lines.map((_l, i) => [i, null]));
    let tried = 0;
    for (const [line, literal] of lines) {
      if (literal !== null) return { line, matched: literal };
      if (++tried > REGEX_MAX_LINES) break;
      const m = matchIn(pattern, this.lineText(line));
      if (m) return { line, matched: m.text };
    }
    return null;
  }
}

/**
 * A status read from a reason phrase alone ("failed: forbidden") counts for less than a printed code:
 * apps and file systems say "forbidden" and "too many requests" too. Alone it stays under the floor,
 * so it answers only beside other evidence, or a direct ask through answerStatusInContext.
 */
const INFERRED_STATUS_DISCOUNT = 0.6;

/**
 * A failure class the paste's facts imply together (transportDisagreement) but no runtime worded:
 * alone it is offered at low confidence; beside the failure it caused it adds up.
 */
const INFERRED_CLASS_DISCOUNT = 0.7;

/** Whether the character at `i` (or the text's edge) is no letter or digit: `_` and `.` join a setting's name to its family. */
function isWordEdge(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[i] as string);
}

/** The fact a runtime printed before one only inferred, which counts for `discount` of the weight. */
function printedFirst<T>(
  found: readonly Located<T>[],
  discount: number,
): { line: number; matched: string; discount?: number } | null {
  const x = found.find((f) => !f.inferred) ?? found[0];
  if (!x) return null;
  return { line: x.line, matched: x.matched, ...(x.inferred ? { discount } : {}) };
}

function findSignal(
  signal: CompiledSignal,
  ctx: MatchContext,
): { line: number; matched: string; discount?: number } | null {
  switch (signal.kind) {
    case "phrase":
      return ctx.findPhrase(signal.phrase);
    case "phrases": {
      for (const phrase of signal.phrases) {
        const found = signal.topic ? ctx.findWords(phrase) : ctx.findPhrase(phrase);
        if (found) return found;
      }
      return null;
    }
    case "backend": {
      const a = ctx.facts.backendAnswers.find((x) => signal.meanings.has(x.value.meaning));
      return a ? { line: a.line, matched: a.matched } : null;
    }
    case "class":
      return printedFirst(
        ctx.facts.classes.filter((x) => signal.classes.has(x.value)),
        INFERRED_CLASS_DISCOUNT,
      );
    case "regex":
      return ctx.findRegex(signal.pattern);
    case "status":
      return printedFirst(
        ctx.facts.statuses.filter((x) => x.value === signal.status),
        INFERRED_STATUS_DISCOUNT,
      );
    case "grpc": {
      const g = ctx.facts.grpc.find((x) => x.value === signal.grpc);
      return g ? { line: g.line, matched: g.matched } : null;
    }
    case "path": {
      for (const url of ctx.facts.urls) {
        if (url.path && matchIn(signal.pattern, url.path)) return { line: url.line, matched: url.path };
      }
      return null;
    }
  }
}

/**
 * The same words found by two signals (a failure class and the entry's own phrase for it, a regex
 * and a phrase) are one piece of evidence: only the strongest counts. Hits must be sorted strongest first.
 */
function distinctEvidence(hits: readonly SignalHit[]): SignalHit[] {
  const kept: SignalHit[] = [];
  for (const hit of hits) {
    const words = hit.matched.toLowerCase();
    const same = kept.some((k) => {
      if (k.line !== hit.line) return false;
      const other = k.matched.toLowerCase();
      return other.includes(words) || words.includes(other);
    });
    if (!same) kept.push(hit);
  }
  return kept;
}

/** 1 − Π(1 − w): independent pieces of evidence add up, and no pile of weak ones reaches certainty. */
export function combine(weights: readonly number[]): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - w;
  return 1 - miss;
}

/**
 * Evidence every program's failure shows alike: a status, a gRPC code, a failure class, a topic word.
 * An entry's own words (phrases, patterns, a backend's answer, a path) are not shared.
 */
function isSharedFact(signal: CompiledSignal): boolean {
  return (
    signal.kind === "status" || signal.kind === "grpc" || signal.kind === "class" || signal.topic === true
  );
}

/**
 * Evidence a text that discusses a problem shows without having hit it: a topic word, a status named
 * in a sentence ("Cortex could return 429"). A runtime's wording of a failure is a quoted error.
 */
function isDiscussed(signal: CompiledSignal): boolean {
  return signal.kind === "status" || signal.topic === true;
}

/** Whether the paste's framing sets this kind of evidence aside before it is looked for. */
export function setsAsideSignal(signal: CompiledSignal, evidence: EvidenceFilter): boolean {
  if (evidence === "own-words" || evidence === "scrape") return isSharedFact(signal);
  if (evidence === "quoted") return isDiscussed(signal);
  return false;
}

/**
 * Whether a hit, once found, is set aside: in another program's paste that says nothing of
 * telemetry, a connection failure (refused, unresolved, untrusted, wrong protocol) is that program's
 * connection. An entry's phrase for the runtime's own wording ("certificate signed by unknown
 * authority", "could not resolve host"), or any of its words on the line that wording is on ("failed
 * to connect to", "x509"), is then no entry's own word but the runtime's, shared by every program.
 * Only a backend's answer stays the backend's. A paste that does speak of telemetry (a Collector
 * receiver calling the kubelet) keeps them: the other URL is its own call.
 */
export function setsAsideHit(
  signal: CompiledSignal,
  found: { line: number; matched: string },
  ctx: MatchContext,
  evidence: EvidenceFilter,
): boolean {
  if (signal.kind === "backend") return false;
  // A server's log of its client's failed handshake, a kubelet's failed probe, or a line that names the
  // other product it called is a connection that failed for another program, whoever pastes it.
  const othersConnection = lineFailsForAnotherProgram(ctx.lineText(found.line), ctx.facts.catalogs.size > 0);
  if (
    !othersConnection &&
    evidence !== "scrape" &&
    (evidence !== "own-words" || ctx.mentionsVocabulary("telemetry"))
  )
    return false;
  // The status another product answered, on the line that names it, is that product's answer.
  if (othersConnection && (signal.kind === "status" || signal.kind === "grpc")) return true;
  if (isConnectionWording(found.matched.replace(/^≈ /, ""))) return true;
  return ctx.facts.classes.some((c) => c.line === found.line && isConnectionClass(c.value));
}

/**
 * Which evidence a paste's framing sets aside: none, what a proposal only discusses, what another
 * program shares, or, in a paste only about scraping, that and its connection failures, which are
 * between Prometheus and a target however much the paste speaks of Prometheus.
 */
export type EvidenceFilter = "all" | "quoted" | "own-words" | "scrape";

export function scoreEntry(
  entry: CompiledEntry,
  ctx: MatchContext,
  options: { ignoreRequires?: boolean; evidence?: EvidenceFilter; floor?: number } = {},
): EntryScore | null {
  if (!options.ignoreRequires && entry.requires && !ctx.anyHolds(entry.requires)) return null;
  if (ctx.anyHolds(entry.excludes)) return null;
  const hits: SignalHit[] = [];
  const filter = options.evidence ?? "all";
  for (const signal of entry.signals) {
    if (setsAsideSignal(signal, filter)) continue;
    if (signal.when && !ctx.anyHolds(signal.when)) continue;
    const found = findSignal(signal, ctx);
    if (found && setsAsideHit(signal, found, ctx, filter)) continue;
    if (found) {
      const { discount = 1, ...where } = found;
      hits.push({ signal, ...where, weight: signal.weight * discount });
    }
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => b.weight - a.weight || a.line - b.line);
  // Topic words stand in for evidence in a question asked in prose; beside the entry's own evidence
  // they add nothing (a log that names its error is not likelier for also naming a setting). Beside
  // only weak evidence (a status, "queue size"), which alone would not be offered, they still count.
  const own = hits.filter((h) => !h.signal.topic);
  const ownIsEnough =
    combine(distinctEvidence(own).map((h) => h.weight)) >= (options.floor ?? CONFIDENCE_FLOOR);
  const evidence = distinctEvidence(ownIsEnough ? own : hits);
  return { entry, score: combine(evidence.map((h) => h.weight)), hits: evidence };
}

/** The entries some evidence in the paste can raise; the others cannot score and are not looked at. */
export function candidateEntries(kb: KnowledgeBase, ctx: MatchContext): Set<CompiledEntry> {
  const { byNeedle, byStatus, byGrpc, byClass, byBackendMeaning, always } = kb.candidates;
  const out = new Set<CompiledEntry>(always);
  const addAll = (list: readonly CompiledEntry[] | undefined) => {
    for (const e of list ?? []) out.add(e);
  };
  for (const needle of ctx.occurrences().keys()) addAll(byNeedle.get(needle));
  for (const needle of ctx.wrappedNeedles()) addAll(byNeedle.get(needle));
  for (const s of ctx.facts.statuses) addAll(byStatus.get(s.value));
  for (const g of ctx.facts.grpc) addAll(byGrpc.get(g.value));
  for (const c of ctx.facts.classes) addAll(byClass.get(c.value));
  for (const a of ctx.facts.backendAnswers) addAll(byBackendMeaning.get(a.value.meaning));
  return out;
}

/**
 * Negative evidence for every entry at once: the paste is Prometheus's own management traffic (a
 * sidecar asking for its flags, a reloader posting /-/reload) and shows no write, read or client log
 * of a pipeline. Words like "prometheus" in it are context, not a failure of the pipeline.
 */
function offThePipeline(f: MatchContext["facts"]): boolean {
  return f.management && !f.directions.has("write") && !f.directions.has("read") && f.catalogs.size === 0;
}

export function scoreEntries(
  kb: KnowledgeBase,
  ctx: MatchContext,
  options: { evidence?: EvidenceFilter; floor?: number } = {},
): EntryScore[] {
  if (offThePipeline(ctx.facts)) return [];
  const evidence = options.evidence ?? "all";
  const scores: EntryScore[] = [];
  for (const entry of candidateEntries(kb, ctx)) {
    const s = scoreEntry(entry, ctx, { evidence, ...(options.floor ? { floor: options.floor } : {}) });
    if (s) scores.push(s);
  }
  return scores.sort((a, b) => b.score - a.score || a.entry.entry.id.localeCompare(b.entry.entry.id));
}
