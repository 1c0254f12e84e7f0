import type { WordingMeaning } from "../../vocabulary/indexWordings.ts";
import type { FoundPath } from "./findHeadersAndPaths.ts";
import { PLACEHOLDER, type QuotedError } from "./findQuotedErrors.ts";
import type { FoundStatus } from "./findStatuses.ts";

export type DraftSignal = Record<string, unknown> & { weight: number };

/**
 * Weights as the shipped entries give them (README "Adding an entry"): a failure class or a backend's
 * answer the vocabulary knows 0.9–0.95, a quoted message or template 0.9, a lone quoted word 0.4, the
 * status a section is titled by 0.75, one the text names with its reason 0.6, a bare code 0.3, a path
 * the page calls wrong 0.6, the right path 0.35, header names as weak corroboration 0.25.
 */
const W = {
  backend: 0.95,
  class: 0.9,
  phrase: 0.9,
  template: 0.9,
  word: 0.4,
  heading: 0.75,
  reason: 0.6,
  bare: 0.3,
  wrongPath: 0.6,
  path: 0.35,
  header: 0.25,
} as const;

/** RE2 and JavaScript agree on these escapes. */
const escapeRegex = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");

/** A template's literal parts, lower-case (the paste is), its placeholders a capture of one value. */
export function templateRegex(template: string): string {
  const parts = template.toLowerCase().split(new RegExp(PLACEHOLDER.source, "gi"));
  return parts.map((p) => escapeRegex(p.replace(/\s+/g, " "))).join('([^\\s"]+)');
}

/** What the vocabulary says a quoted error is: failure classes and backend answers whose wording it holds. */
function vocabularyMeaning(
  quote: string,
  wordings: ReadonlyMap<string, readonly WordingMeaning[]>,
): { classes: string[]; backends: string[]; covered: number; words: string[] } {
  const text = quote.toLowerCase().replace(/\s+/g, " ");
  const classes = new Set<string>();
  const backends = new Set<string>();
  const words: string[] = [];
  let covered = 0;
  for (const [wording, meanings] of wordings) {
    if (wording.length < 6 || !text.includes(wording)) continue;
    const useful = meanings.filter((m) => m.class || m.backendMeaning);
    if (useful.length === 0) continue;
    for (const m of useful) {
      if (m.class) classes.add(m.class);
      if (m.backendMeaning) backends.add(m.backendMeaning);
    }
    words.push(wording);
    covered = Math.max(covered, wording.length / text.length);
  }
  return { classes: [...classes], backends: [...backends], covered, words };
}

export interface SignalInput {
  quoted: readonly QuotedError[];
  statuses: readonly FoundStatus[];
  headers: readonly string[];
  paths: readonly FoundPath[];
  wordings: ReadonlyMap<string, readonly WordingMeaning[]>;
}

/** The draft's signals, strongest first, and the lower-case words that make them hit. */
export function buildSignals(input: SignalInput): { signals: DraftSignal[]; triggers: string[] } {
  const signals: DraftSignal[] = [];
  const triggers: string[] = [];
  const classes = new Set<string>();
  const backends = new Set<string>();
  const groups = new Map<number, string[]>();
  for (const q of input.quoted) {
    if (q.template) {
      signals.push({
        regex: templateRegex(q.text),
        weight: W.template,
        note: `the page's template "${q.text}"`,
      });
      triggers.push(
        ...q.text
          .toLowerCase()
          .split(new RegExp(PLACEHOLDER.source, "gi"))
          .filter((p) => p.trim()),
      );
      continue;
    }
    const meaning = vocabularyMeaning(q.text, input.wordings);
    for (const c of meaning.classes) classes.add(c);
    for (const b of meaning.backends) backends.add(b);
    triggers.push(...meaning.words, q.text.toLowerCase());
    // A wording the vocabulary already knows is its failure class's (the class has every runtime's words).
    if (meaning.covered >= 0.5) continue;
    const phrase = q.text.toLowerCase().replace(/\s+/g, " ");
    groups.set(q.group, [...(groups.get(q.group) ?? []), phrase]);
  }
  // A near miss must hold none of the words of the classes and answers signalled, in any runtime's wording.
  for (const [wording, meanings] of input.wordings) {
    if (
      meanings.some(
        (m) => (m.class && classes.has(m.class)) || (m.backendMeaning && backends.has(m.backendMeaning)),
      )
    )
      triggers.push(wording);
  }
  if (backends.size > 0) signals.push({ backend: [...backends], weight: W.backend });
  if (classes.size > 0) signals.push({ class: [...classes], weight: W.class });
  for (const phrases of groups.values()) {
    const multiWord = phrases.filter((p) => p.includes(" "));
    const single = phrases.filter((p) => !p.includes(" "));
    if (multiWord.length === 1) signals.push({ phrase: multiWord[0], weight: W.phrase });
    if (multiWord.length > 1) signals.push({ phrases: multiWord, weight: W.phrase });
    if (single.length === 1) signals.push({ phrase: single[0], weight: W.word });
    if (single.length > 1) signals.push({ phrases: single, weight: W.word });
  }
  for (const s of input.statuses) {
    signals.push({ status: s.status, weight: W[s.where] });
    triggers.push(String(s.status));
  }
  for (const p of input.paths) {
    signals.push({
      path: `^${escapeRegex(p.path)}$`,
      weight: p.wrong ? W.wrongPath : W.path,
      ...(p.wrong ? { note: "the page calls this path wrong" } : {}),
    });
    triggers.push(p.path);
  }
  if (input.headers.length > 0) {
    const names = input.headers.map((h) => h.toLowerCase());
    signals.push(
      names.length === 1 ? { phrase: names[0], weight: W.header } : { phrases: names, weight: W.header },
    );
    triggers.push(...names);
  }
  signals.sort((a, b) => b.weight - a.weight);
  return { signals, triggers };
}
