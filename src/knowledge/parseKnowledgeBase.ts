import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import type { WordingMeaning } from "../vocabulary/VocabularyWording.ts";
import { VOCABULARY_WORDINGS } from "../vocabulary/vocabulary.ts";
import { checkPattern, compilePattern } from "./compilePattern.ts";
import { type Condition, entrySchema, type KnowledgeEntry, type Signal } from "./entrySchema.ts";
import { indexCandidates } from "./indexCandidates.ts";
import type { CompiledCondition, CompiledEntry, CompiledSignal, KnowledgeBase } from "./KnowledgeBase.ts";
import { KnowledgeBaseError, type KnowledgeProblem } from "./KnowledgeBaseError.ts";
import { NeedleIndex } from "./NeedleIndex.ts";

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

function compileCondition(
  c: Condition,
  at: Path,
  problem: (path: Path, message: string) => void,
): CompiledCondition {
  const out: CompiledCondition = {};
  if (c.client) out.client = new Set(c.client);
  if (c.direction) out.direction = new Set(c.direction);
  if (c.not_direction) out.notDirection = new Set(c.not_direction);
  if (c.mentions !== undefined) {
    const wrong = checkPattern(c.mentions);
    if (wrong) problem([...at, "mentions"], `not a linear-time (RE2) regex: ${wrong}`);
    else out.mentions = compilePattern(c.mentions);
  }
  if (c.vocab) out.vocab = new Set(c.vocab);
  if (c.not_vocab) out.notVocab = new Set(c.not_vocab);
  if (c.not_mentions !== undefined) {
    const wrong = checkPattern(c.not_mentions);
    if (wrong) problem([...at, "not_mentions"], `not a linear-time (RE2) regex: ${wrong}`);
    else out.notMentions = compilePattern(c.not_mentions);
  }
  return out;
}

function compileConditions(
  list: readonly Condition[] | undefined,
  at: Path,
  problem: (path: Path, message: string) => void,
): CompiledCondition[] | undefined {
  return list?.map((c, i) => compileCondition(c, [...at, i], problem));
}

function compileSignal(
  s: Signal,
  at: Path,
  problem: (path: Path, message: string) => void,
): CompiledSignal | null {
  const when = compileConditions(s.when, [...at, "when"], problem);
  const base = { weight: s.weight, ...(when ? { when } : {}) };
  if ("phrase" in s)
    return { ...base, kind: "phrase", phrase: s.phrase.toLowerCase(), label: `"${s.phrase}"` };
  if ("phrases" in s) {
    const phrases = s.phrases.map((p) => p.toLowerCase());
    return { ...base, kind: "phrases", phrases, label: phrases.map((p) => `"${p}"`).join(" | ") };
  }
  if ("class" in s) return { ...base, kind: "class", classes: new Set(s.class), label: s.class.join(" | ") };
  if ("status" in s) return { ...base, kind: "status", status: s.status, label: `HTTP ${s.status}` };
  if ("grpc" in s) return { ...base, kind: "grpc", grpc: s.grpc, label: `gRPC ${s.grpc}` };
  const source = "regex" in s ? s.regex : s.path;
  const key = "regex" in s ? "regex" : "path";
  const wrong = checkPattern(source);
  if (wrong) {
    problem([...at, key], `not a linear-time (RE2) regex: ${wrong}`);
    return null;
  }
  const pattern = compilePattern(source);
  return "regex" in s
    ? { ...base, kind: "regex", pattern, label: `/${source}/` }
    : { ...base, kind: "path", pattern, label: `path /${source}/` };
}

/**
 * Validates and compiles knowledge files. Pure: it reads nothing from disk, so tests can feed it
 * broken entries directly. Throws a KnowledgeBaseError listing every problem in every file.
 */
export function parseKnowledgeBase(
  files: readonly KnowledgeFile[],
  wordings: ReadonlyMap<string, readonly WordingMeaning[]> = VOCABULARY_WORDINGS,
): KnowledgeBase {
  const problems: KnowledgeProblem[] = [];
  const compiled: CompiledEntry[] = [];
  const idLines = new Map<string, { file: string; line: number }>();
  const references: { file: string; line: number; field: string; id: string }[] = [];

  for (const file of files) {
    const counter = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
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
    const problem = (path: Path, message: string) =>
      problems.push({
        file: file.path,
        line: lineOf(doc.contents, path, counter),
        field: fieldName(path),
        message,
      });

    const parsed = entrySchema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of (parsed.error as z.ZodError).issues) {
        problem(issue.path as Path, issue.message);
      }
      continue;
    }
    const entry: KnowledgeEntry = parsed.data;
    const seen = idLines.get(entry.id);
    if (seen) {
      problem(["id"], `duplicate id "${entry.id}" (also in ${seen.file}:${seen.line})`);
      continue;
    }
    idLines.set(entry.id, { file: file.path, line: lineOf(doc.contents, ["id"], counter) });
    if (entry.next) {
      references.push({
        file: file.path,
        line: lineOf(doc.contents, ["next"], counter),
        field: "next",
        id: entry.next,
      });
    }

    const before = problems.length;
    const signals = entry.signals
      .map((s, i) => compileSignal(s, ["signals", i], problem))
      .filter((s): s is CompiledSignal => s !== null);
    const requires = compileConditions(entry.requires, ["requires"], problem);
    const excludes = compileConditions(entry.excludes, ["excludes"], problem);
    if (problems.length > before) continue;
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
        line: ref.line,
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
