/** The marker of everything a draft could not decide; `kb check` refuses an entry that still has one. */
export const TODO = "TODO";

/** One draft entry: the object written as YAML, and what re-importing needs to compare. */
export interface DraftEntry {
  id: string;
  /** `source.section`: the heading as the page writes it. */
  section: string;
  /** The entry, field for field, with TODO where the page does not say. */
  fields: Record<string, unknown>;
  /** The error strings the section quotes, as written (kept in the file's header for re-imports). */
  quoted: string[];
  /** Lower-case words that make this draft's signals hit: a near miss for it must hold none. */
  triggers: string[];
  /** Fields left TODO, for the summary. */
  todo: string[];
}
