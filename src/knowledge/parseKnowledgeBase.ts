import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import type { WordingMeaning } from "../vocabulary/indexWordings.ts";
import { VOCABULARY_WORDINGS } from "../vocabulary/vocabulary.ts";
import { checkPattern, compilePattern, type Pattern } from "./compilePattern.ts";
import { type Condition, entrySchema, type KnowledgeEntry, type Signal } from "./entrySchema.ts";
import { indexCandidates } from "./indexCandidates.ts";
import type { CompiledCondition, CompiledEntry, CompiledSignal, KnowledgeBase } from "./KnowledgeBase.ts";
import { KnowledgeBaseError, type KnowledgeProblem } from "./KnowledgeBaseError.ts";
import { NeedleIndex } from "./NeedleIndex.ts";
import { readYamlQuickly } from "./readYamlQuickly.ts";

export interface KnowledgeFile {
  /** Shown in problems, e.g. knowledge/xscaler/missing-org-id.yml */
  path: string;
  text: string;
}

type Path = readonly (string | number)[];

function fieldName(path: Path): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/** Finds the line of the deepest node that exists along a path. */
function lineOf(root: Node | null, path: Path, counter: LineCounter): number {
  let node: unknown = root;
  let offset = 0;
  for (const key of path) {
    if (!isMap(node) && !isSeq(node)) break;
    const range = (node as Node).range;
    if (range) offset = range[0];
    const next: unknown = (node as { get(k: unknown, keep: boolean): unknown }).get(key, true);
    if (next === undefined) {
      // Point at the key itself when the value is missing or of the wrong type.
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        const keyRange = (pair?.key as Node | undefined)?.range;
        if (keyRange) offset = keyRange[0];
      }
      node = undefined;
      break;
    }
    node = next;
  }
  const range = (node as Node | undefined)?.range;
  if (range) offset = range[0];
  return counter.linePos(offset).line;
}

/** A checked, compiled pattern, or null after reporting why it is refused. */
type PatternAt = (source: string, at: Path) => Pattern | null;

function compileCondition(c: Condition, at: Path, pattern: PatternAt): CompiledCondition {
  const out: CompiledCondition = {};
  if (c.client) out.client = new Set(c.client);
  if (c.not_client) out.notClient = new Set(c.not_client);
  if (c.direction) out.direction = new Set(c.direction);
  if (c.not_direction) out.notDirection = new Set(c.not_direction);
  if (c.mentions !== undefined) {
    const p = pattern(c.mentions, [...at, "mentions"]);
    if (p) out.mentions = p;
  }
  if (c.vocab) out.vocab = new Set(c.vocab);
  if (c.not_vocab) out.notVocab = new Set(c.not_vocab);
  if (c.classes) out.classes = new Set(c.classes);
  if (c.not_classes) out.notClasses = new Set(c.not_classes);
  if (c.not_mentions !== undefined) {
    const p = pattern(c.not_mentions, [...at, "not_mentions"]);
    if (p) out.notMentions = p;
  }
  return out;
}

function compileConditions(
  list: readonly Condition[] | undefined,
  at: Path,
  pattern: PatternAt,
): CompiledCondition[] | undefined {
  return list?.map((c, i) => compileCondition(c, [...at, i], pattern));
}

function compileSignal(s: Signal, at: Path, pattern: PatternAt): CompiledSignal | null {
  const when = compileConditions(s.when, [...at, "when"], pattern);
  const base = { weight: s.weight, ...(when ? { when } : {}) };
  if ("phrase" in s)
    return { ...base, kind: "phrase", phrase: s.phrase.toLowerCase(), label: `"${s.phrase}"` };
  if ("phrases" in s) {
    const phrases = s.phrases.map((p) => p.toLowerCase());
    return { ...base, kind: "phrases", phrases, label: phrases.map((p) => `"${p}"`).join(" | ") };
  }
  if ("backend" in s) {
    return {
      ...base,
      kind: "backend",
      meanings: new Set(s.backend),
      label: `backend ${s.backend.join(" | ")}`,
    };
  }
  if ("class" in s) return { ...base, kind: "class", classes: new Set(s.class), label: s.class.join(" | ") };
  if ("status" in s) return { ...base, kind: "status", status: s.status, label: `HTTP ${s.status}` };
  if ("grpc" in s) return { ...base, kind: "grpc", grpc: s.grpc, label: `gRPC ${s.grpc}` };
  const source = "regex" in s ? s.regex : s.path;
  const key = "regex" in s ? "regex" : "path";
  const compiled = pattern(source, [...at, key]);
  if (!compiled) return null;
  return "regex" in s
    ? { ...base, kind: "regex", pattern: compiled, label: `/${source}/` }
    : { ...base, kind: "path", pattern: compiled, label: `path /${source}/` };
}

/**
 * What one of an entry's topic phrases weighs: the confidence floor, so a direct ask that only
 * describes the symptom gets it as a possible answer, while any real evidence elsewhere outranks it.
 */
export const TOPIC_WEIGHT = 0.5;

/**
 * A topic counts only beside a backend's name, a client of the entry the paste shows (curl excepted:
 * a curl question is about any API), or (for the OpenTelemetry and protocol entries, whose clients
 * are too many to detect) the pipeline's own names: "too far in the past" in a question about some
 * app's "telemetry events" is not about a pipeline, however often the paste says "telemetry".
 */
function topicSignal(entry: KnowledgeEntry): CompiledSignal {
  const phrases = (entry.topic ?? []).map((p) => p.toLowerCase());
  const clients = entry.clients.filter((c) => c !== "curl");
  const when: CompiledCondition[] = [{ vocab: new Set(["backend"]) }];
  if (clients.length > 0) when.push({ client: new Set(clients) });
  if (entry.product === "opentelemetry" || entry.product === "protocols")
    when.push({ vocab: new Set(["pipeline"]) });
  return {
    weight: TOPIC_WEIGHT,
    when,
    topic: true,
    kind: "phrases",
    phrases,
    label: `topic: ${phrases.map((p) => `"${p}"`).join(" | ")}`,
  };
}

/**
 * Validates and compiles knowledge files. Pure: it reads nothing from disk, so tests can feed it
 * broken entries directly. Throws a KnowledgeBaseError listing every problem in every file.
 */
export interface ParseOptions {
  /** The vocabulary's literals and what they mean; the shipped vocabulary by default. */
  wordings?: ReadonlyMap<string, readonly WordingMeaning[]>;
  /** Entries already validated, by file text: a file met before skips YAML parsing and the schema. */
  cache?: ValidatedEntryCache;
}

/**
 * Validated entries by the exact text of their file, and checked patterns by their source with
 * their prefilter (the loader keeps both on disk).
 */
export interface ValidatedEntryCache {
  get(text: string): KnowledgeEntry | undefined;
  set(text: string, entry: KnowledgeEntry): void;
  getPattern(source: string): Pattern | undefined;
  setPattern(pattern: Pattern): void;
}

export function parseKnowledgeBase(
  files: readonly KnowledgeFile[],
  options: ParseOptions = {},
): KnowledgeBase {
  const wordings = options.wordings ?? VOCABULARY_WORDINGS;
  const problems: KnowledgeProblem[] = [];
  const compiled: CompiledEntry[] = [];
  const idLines = new Map<string, { file: string; line: () => number }>();
  const references: { file: string; line: () => number; field: string; id: string }[] = [];

  for (const file of files) {
    // The document is parsed for line numbers only when a cached entry needs one (a problem to report).
    let located: { doc: ReturnType<typeof parseDocument>; counter: LineCounter } | undefined;
    const locate = () => {
      if (!located) {
        const counter = new LineCounter();
        located = { doc: parseDocument(file.text, { lineCounter: counter, uniqueKeys: true }), counter };
      }
      return located;
    };
    const lineAt = (path: Path) => lineOf(locate().doc.contents, path, locate().counter);
    const problem = (path: Path, message: string) =>
      problems.push({ file: file.path, line: lineAt(path), field: fieldName(path), message });

    let entry = options.cache?.get(file.text);
    const fromCache = entry !== undefined;
    if (!entry) {
      const quick = readYamlQuickly(file.text);
      const valid = quick === undefined ? undefined : entrySchema.safeParse(quick);
      if (valid?.success) entry = valid.data;
    }
    if (!entry) {
      const counter = new LineCounter();
      const doc = parseDocument(file.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
      located = { doc, counter };
      if (doc.errors.length > 0) {
        for (const e of doc.errors) {
          problems.push({
            file: file.path,
            line: counter.linePos(e.pos[0]).line,
            field: "",
            message: `YAML: ${e.message.split("\n")[0]}`,
          });
        }
        continue;
      }
      const parsed = entrySchema.safeParse(doc.toJS());
      if (!parsed.success) {
        for (const issue of (parsed.error as z.ZodError).issues) {
          problem(issue.path as Path, issue.message);
        }
        continue;
      }
      entry = parsed.data;
    }
    const seen = idLines.get(entry.id);
    if (seen) {
      problem(["id"], `duplicate id "${entry.id}" (also in ${seen.file}:${seen.line()})`);
      continue;
    }
    // Line numbers of ids and references are needed only to report a problem: computed then.
    idLines.set(entry.id, { file: file.path, line: () => lineAt(["id"]) });
    if (entry.next) {
      references.push({ file: file.path, line: () => lineAt(["next"]), field: "next", id: entry.next });
    }

    const before = problems.length;
    const pattern: PatternAt = (source, at) => {
      const cached = options.cache?.getPattern(source);
      if (cached) return cached;
      const wrong = checkPattern(source);
      if (wrong) {
        problem(at, `not a linear-time (RE2) regex: ${wrong}`);
        return null;
      }
      const compiled = compilePattern(source);
      options.cache?.setPattern(compiled);
      return compiled;
    };
    const signals = entry.signals
      .map((s, i) => compileSignal(s, ["signals", i], pattern))
      .filter((s): s is CompiledSignal => s !== null);
    if (entry.topic) signals.push(topicSignal(entry));
    const requires = compileConditions(entry.requires, ["requires"], pattern);
    const excludes = compileConditions(entry.excludes, ["excludes"], pattern);
    if (problems.length > before) continue;
    if (!fromCache) options.cache?.set(file.text, entry);
    compiled.push({
      entry,
      file: file.path,
      signals,
      ...(requires ? { requires } : {}),
      ...(excludes ? { excludes } : {}),
    });
  }

  for (const ref of references) {
    if (!idLines.has(ref.id)) {
      problems.push({
        file: ref.file,
        line: ref.line(),
        field: ref.field,
        message: `unknown symptom id "${ref.id}"`,
      });
    }
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems);

  compiled.sort((a, b) => a.entry.id.localeCompare(b.entry.id));
  return {
    entries: compiled,
    byId: new Map(compiled.map((c) => [c.entry.id, c])),
    wordings,
    needles: collectNeedles(compiled, wordings.keys()),
    candidates: indexCandidates(compiled),
  };
}

function collectNeedles(entries: readonly CompiledEntry[], vocabulary: Iterable<string>): NeedleIndex {
  const needles: string[] = [...vocabulary];
  const addPattern = (
    p: { prefilter: readonly { anyOf: string[]; allOf: string[] }[] | null } | undefined,
  ) => {
    for (const alt of p?.prefilter ?? []) needles.push(...alt.anyOf, ...alt.allOf);
  };
  const addConditions = (list: readonly CompiledCondition[] | undefined) => {
    for (const c of list ?? []) {
      addPattern(c.mentions);
      addPattern(c.notMentions);
    }
  };
  for (const e of entries) {
    addConditions(e.requires);
    addConditions(e.excludes);
    for (const s of e.signals) {
      addConditions(s.when);
      if (s.kind === "phrase") needles.push(s.phrase);
      if (s.kind === "phrases") needles.push(...s.phrases);
      if (s.kind === "regex") addPattern(s.pattern);
    }
  }
  return new NeedleIndex(needles);
}
