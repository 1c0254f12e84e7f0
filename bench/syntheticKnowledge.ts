/**
 * Knowledge bases of a chosen size for the scaling benchmark: the shipped entries plus synthetic
 * ones derived from them. A synthetic entry keeps its original's size and shape (signals, snippets,
 * examples) but its own words: every phrase and pattern gains a made-up word, and it applies only
 * where that word occurs, as a real entry applies only in its own context. With `copies`, entries are
 * repeated with only their ids changed: the worst case, where every entry shares every needle.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { DEFAULT_KNOWLEDGE_DIR } from "../src/knowledge/loadKnowledgeBase.ts";

type Entry = Record<string, unknown> & { id: string; signals: Record<string, unknown>[] };

function shippedEntries(): { source: string; entry: Entry }[] {
  const out: { source: string; entry: Entry }[] = [];
  for (const source of readdirSync(DEFAULT_KNOWLEDGE_DIR)) {
    for (const name of readdirSync(join(DEFAULT_KNOWLEDGE_DIR, source))) {
      if (!name.endsWith(".yml")) continue;
      out.push({ source, entry: parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, source, name), "utf8")) });
    }
  }
  return out;
}

/** `(?m)` and other flag groups must stay at the front of a pattern. */
function prefixPattern(word: string, source: string): string {
  const flags = /^\(\?[a-z]+\)/.exec(source)?.[0] ?? "";
  return `${flags}${word} (?:${source.slice(flags.length)})`;
}

function derive(entry: Entry, k: number): Entry {
  const word = `zq${k.toString(36)}x`;
  const signals = entry.signals.map((s) => {
    const out: Record<string, unknown> = { ...s };
    if (typeof s.phrase === "string") out.phrase = `${word} ${s.phrase}`;
    if (Array.isArray(s.phrases)) out.phrases = s.phrases.map((p) => `${word} ${p}`);
    if (typeof s.regex === "string") out.regex = prefixPattern(word, s.regex);
    if (typeof s.path === "string") out.path = `/${word}${s.path.replace(/^\^/, "")}`;
    return out;
  });
  return { ...entry, id: `${entry.id}-${word}`, signals, requires: [{ mentions: word }] };
}

/** Writes a base of `size` entries under a new folder of `root` and returns that folder. */
export function writeSyntheticKnowledge(root: string, size: number, mode: "distinct" | "copies"): string {
  const shipped = shippedEntries();
  const dir = join(root, `knowledge-${mode}-${size}`, "knowledge");
  for (let i = 0; i < size; i++) {
    const { source, entry } = shipped[i % shipped.length] as { source: string; entry: Entry };
    const round = Math.floor(i / shipped.length);
    const written =
      round === 0
        ? entry
        : mode === "copies"
          ? { ...entry, id: `${entry.id}-copy${round}` }
          : derive(entry, i);
    mkdirSync(join(dir, source), { recursive: true });
    writeFileSync(join(dir, source, `${written.id}.yml`), stringify(written, { lineWidth: 0 }));
  }
  return dir;
}
