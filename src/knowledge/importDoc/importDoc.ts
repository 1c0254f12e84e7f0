import type { WordingMeaning } from "../../vocabulary/indexWordings.ts";
import { VOCABULARY_WORDINGS } from "../../vocabulary/vocabulary.ts";
import { buildDraft } from "./buildDraft.ts";
import type { DocFormat } from "./DocSection.ts";
import { type DraftEntry, TODO } from "./DraftEntry.ts";
import { detectFormat } from "./detectFormat.ts";
import { splitSections } from "./splitSections.ts";

export interface ImportOptions {
  /** The page's file name: `source.doc`, and a hint to its format. */
  doc: string;
  format?: DocFormat;
  wordings?: ReadonlyMap<string, readonly WordingMeaning[]>;
}

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);

/**
 * A near miss for a draft: another section's example (that section's symptom, not this one's) that
 * holds none of this draft's trigger words, the one sharing most words with this draft's own examples.
 */
function nearMiss(draft: DraftEntry, others: readonly DraftEntry[]): string | undefined {
  const own = wordsOf((draft.fields.examples as { match: string[] }).match.join(" "));
  let best: { text: string; shared: number } | undefined;
  for (const other of others) {
    if (other === draft) continue;
    for (const text of (other.fields.examples as { match: string[] }).match) {
      if (text.startsWith(TODO)) continue;
      const lower = text.toLowerCase();
      if (draft.triggers.some((t) => t.trim() !== "" && lower.includes(t.trim()))) continue;
      const shared = [...wordsOf(text)].filter((w) => own.has(w)).length;
      if (!best || shared > best.shared) best = { text, shared };
    }
  }
  return best?.text;
}

/** A troubleshooting page in, one draft entry per symptom section out. Pure: text in, drafts out. */
export function importDoc(text: string, options: ImportOptions): DraftEntry[] {
  const format = options.format ?? detectFormat(text, options.doc);
  const wordings = options.wordings ?? VOCABULARY_WORDINGS;
  const drafts = splitSections(text, format).map((s) => buildDraft(s, options.doc, wordings));
  const ids = new Map<string, number>();
  for (const d of drafts) {
    const n = (ids.get(d.id) ?? 0) + 1;
    ids.set(d.id, n);
    if (n > 1) {
      d.id = `${d.id}-${n}`;
      d.fields.id = d.id;
    }
  }
  for (const d of drafts) {
    const miss = nearMiss(d, drafts);
    const examples = d.fields.examples as { match: string[]; no_match: string[] };
    if (miss) examples.no_match.push(miss);
    else {
      examples.no_match.push(`${TODO}: a near miss that must not match`);
      d.todo.push("examples.no_match");
    }
  }
  return drafts;
}
