import type { DocSection } from "./DocSection.ts";

export interface Steps {
  /** The section's own words for why it happens; undefined when it gives none. */
  cause: string | undefined;
  /** What to check and do, in page order. */
  fix: string[];
}

const LABEL =
  /^(cause|causes|why it happens|what it means|how it works|common scenarios|symptoms?|fix|fixes|solution|resolution|how to fix(?: it)?|diagnosis(?: steps)?|why it works)\b([^:]{0,60}):\s*(.*)$/i;
const CAUSE_LABELS =
  /^(?:cause|causes|why it happens|what it means|how it works|common scenarios|symptoms?)$/i;
const FIX_LABELS = /^(?:fix|fixes|solution|resolution|how to fix(?: it)?|diagnosis(?: steps)?)$/i;
const BULLET = /^\s*(?:[-•*+]|\d{1,2}[.)])(?:\s+|$)/;

const clean = (s: string) =>
  s
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Cause and fix steps from a section's labelled parts (`Cause:`, `Fix:`, `Diagnosis:`, `### Fix`) or,
 * with no labels, its first paragraph as the cause and its list items as the steps. `Why it works`
 * explains a fix and is left out. A list flattened into one line (`… - Confirm …`) is split again.
 */
export function findSteps(section: DocSection): Steps {
  type Part = "cause" | "fix" | "other" | "none";
  const cause: string[] = section.summary ? [section.summary] : [];
  const items: string[] = [];
  const unlabelled: string[] = [];
  let part: Part = "none";
  let item: string[] | undefined;
  const endItem = () => {
    const text = clean(item?.join(" ") ?? "").replace(/:$/, "");
    if (text.length > 2) items.push(text);
    item = undefined;
  };
  for (const line of section.lines) {
    // "# Wrong" / "# Correct" label a code block; they are no step.
    if (line.code || /^\s*#\s*(?:wrong|incorrect|correct|right|bad|good|before|after)\b/i.test(line.text))
      continue;
    const raw = line.text.replace(/^\s*#{1,6}\s+/, "").replace(/\*\*|__/g, "");
    const bulleted = BULLET.test(raw);
    const text = raw.replace(BULLET, "").trim();
    if (text === "" && !bulleted) continue;
    // A Markdown sub-heading (`### Fix`) is a label without its colon.
    const heading = /^\s*#{1,6}\s+/.test(line.text) && LABEL.exec(`${text.replace(/:$/, "")}:`);
    const label = heading || LABEL.exec(text);
    if (label) {
      if (part === "fix") endItem();
      const name = label[1] ?? "";
      const rest = label[3] ?? "";
      part = CAUSE_LABELS.test(name) ? "cause" : FIX_LABELS.test(name) ? "fix" : "other";
      if (part === "cause" && rest)
        cause.push(name.toLowerCase() === "common scenarios" ? `${name}: ${rest}` : rest);
      if (part === "fix" && rest) item = [rest];
      continue;
    }
    if (part === "cause") cause.push(text);
    else if (part === "fix" || part === "none") {
      if (bulleted) {
        endItem();
        item = [];
      }
      if (part === "none" && !bulleted && item === undefined) {
        unlabelled.push(text);
        continue;
      }
      // A flattened list: "… in the dashboard. - Ensure no extra …" holds two items.
      const pieces = text.split(/\s+-\s+(?=[A-Z])|(?<=\.)\s*-$/);
      pieces.forEach((p, k) => {
        if (k > 0) {
          endItem();
          item = [];
        }
        item ??= [];
        if (p.trim()) item.push(p);
      });
    }
  }
  endItem();
  if (cause.length === 0 && unlabelled.length > 0) cause.push(unlabelled.join(" "));
  const causeText = clean(cause.join(" "));
  return { cause: causeText === "" ? undefined : causeText, fix: [...new Set(items)] };
}
