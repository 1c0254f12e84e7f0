import { createTwoFilesPatch } from "diff";
import { parse } from "yaml";
import type { DraftEntry } from "./DraftEntry.ts";
import { QUOTED_HEADER } from "./renderDraft.ts";
import { sameSection } from "./sameSection.ts";

/** A file already in the import's folder. */
export interface ExistingFile {
  path: string;
  text: string;
}

export interface ChangedSection {
  draft: DraftEntry;
  file: string;
  /** A unified diff of the fields that differ (cause, fix, quoted errors), existing entry first. */
  diff: string;
  fields: string[];
}

export interface ImportComparison {
  /** Sections no existing entry holds: written as new drafts. */
  added: DraftEntry[];
  changed: ChangedSection[];
  unchanged: { draft: DraftEntry; file: string }[];
  /** Entries from this page whose section the page no longer has. */
  gone: { file: string; id: string; section: string }[];
}

interface Existing {
  path: string;
  id?: string;
  doc?: string;
  section?: string;
  cause?: string;
  fix: string[];
  quoted: string[];
}

function readExisting(file: ExistingFile): Existing | undefined {
  let data: unknown;
  try {
    data = parse(file.text);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null) return undefined;
  const e = data as {
    id?: unknown;
    source?: { doc?: unknown; section?: unknown };
    cause?: unknown;
    fix?: unknown;
    examples?: { match?: unknown };
  };
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  // The page's quotes as last imported, kept in the header; an entry written by hand has its examples.
  const header = file.text.split("\n").find((l) => l.startsWith(QUOTED_HEADER));
  let quoted = strings(e.examples?.match);
  if (header) {
    try {
      quoted = strings(JSON.parse(header.slice(QUOTED_HEADER.length)));
    } catch {
      // A hand-edited header that is no longer JSON: compare with the examples instead.
    }
  }
  const out: Existing = { path: file.path, fix: strings(e.fix), quoted };
  const id = str(e.id);
  const doc = str(e.source?.doc);
  const section = str(e.source?.section);
  const cause = str(e.cause);
  if (id) out.id = id;
  if (doc) out.doc = doc;
  if (section) out.section = section;
  if (cause) out.cause = cause;
  return out;
}

/** One sentence a line, so a diff of prose shows the sentence that changed. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

function fieldDiff(
  file: string,
  doc: string,
  field: string,
  before: string[],
  after: string[],
): string | null {
  const a = before.join("\n");
  const b = after.join("\n");
  if (a === b) return null;
  const patch = createTwoFilesPatch(`${file} ${field}`, `${doc} ${field}`, `${a}\n`, `${b}\n`, "", "", {
    context: 2,
  });
  // Drop the "=====" line createTwoFilesPatch starts with; keep ---, +++ and the hunks.
  return patch
    .split("\n")
    .filter((l) => !/^={3,}$/.test(l))
    .join("\n")
    .trimEnd();
}

/**
 * What re-importing a page would change against the entries already in the folder: sections that are
 * new, sections whose cause, fix or quoted errors differ (as a unified diff of those fields), and
 * entries from this page whose section is gone. Entries are matched by `source.section`, else by id.
 * Pure: it reads the files it is given and writes nothing; nothing existing is ever overwritten.
 */
export function compareImport(
  drafts: readonly DraftEntry[],
  files: readonly ExistingFile[],
  doc: string,
): ImportComparison {
  const existing = files.map(readExisting).filter((e): e is Existing => e !== undefined);
  const used = new Set<Existing>();
  const out: ImportComparison = { added: [], changed: [], unchanged: [], gone: [] };
  for (const draft of drafts) {
    const found =
      existing.find(
        (e) => !used.has(e) && e.section !== undefined && sameSection(e.section, draft.section),
      ) ?? existing.find((e) => !used.has(e) && e.id === draft.id);
    if (!found) {
      out.added.push(draft);
      continue;
    }
    used.add(found);
    const cause = typeof draft.fields.cause === "string" ? draft.fields.cause : "";
    const diffs: [string, string][] = [];
    const add = (field: string, before: string[], after: string[]) => {
      const d = fieldDiff(found.path, doc, field, before, after);
      if (d) diffs.push([field, d]);
    };
    add("cause", sentences(found.cause ?? ""), sentences(cause));
    add("fix", found.fix, draft.fields.fix as string[]);
    add("quoted errors", found.quoted, draft.quoted);
    if (diffs.length === 0) out.unchanged.push({ draft, file: found.path });
    else
      out.changed.push({
        draft,
        file: found.path,
        fields: diffs.map(([f]) => f),
        diff: diffs.map(([, d]) => d).join("\n"),
      });
  }
  const docName = doc.split(/[\\/]/).pop() ?? doc;
  for (const e of existing) {
    if (used.has(e) || !e.section || !e.doc) continue;
    // Only entries from this page can be gone from it; others in the folder are none of its business.
    if (e.doc === docName || e.doc.startsWith(`${docName} `))
      out.gone.push({ file: e.path, id: e.id ?? "", section: e.section });
  }
  return out;
}
