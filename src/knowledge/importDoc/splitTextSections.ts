import type { DocSection } from "./DocSection.ts";
import { markPlainCode } from "./markPlainCode.ts";
import { sectionTitle } from "./sectionTitle.ts";

/** `  1. Network Connectivity Issues: The collector cannot reach the OTLP endpoint.` */
const NUMBERED = /^(\s{0,6})(\d{1,2})[.)]\s+([A-Z][^:]{2,100}?)(?::\s+(.*))?$/;
/** What follows a symptom's title in a page organised by symptom: a label or a list. */
const AFTER_TITLE =
  /^\s*(?:[-•*]\s*|\d{1,2}[.)]\s|(?:cause|causes|fix|fixes|diagnosis|diagnosis steps|symptoms?|solution|resolution|error|common scenarios|what it means|how to fix)\b[^:\n]{0,40}:)/i;

interface Start {
  line: number;
  heading: string;
  summary?: string;
  /** A line indented less than this ends a numbered section. */
  indent: number;
}

/** Sections numbered 1, 2, 3… at one indentation. */
function numberedStarts(lines: readonly string[]): Start[] {
  const starts: Start[] = [];
  let indent: number | undefined;
  lines.forEach((line, i) => {
    const m = NUMBERED.exec(line);
    if (!m || m[3] === undefined) return;
    const at = m[1]?.length ?? 0;
    const n = Number(m[2]);
    if (n !== starts.length + 1 || (indent !== undefined && at !== indent)) return;
    indent = at;
    const summary = m[4]?.trim();
    starts.push({ line: i, heading: `${n}. ${m[3].trim()}`, indent: at, ...(summary ? { summary } : {}) });
  });
  return starts;
}

/** A short title line followed by a label (`Cause:`) or a list: how a flattened symptom page reads. */
function titledStarts(lines: readonly string[]): Start[] {
  const starts: Start[] = [];
  lines.forEach((line, i) => {
    const text = line.trim();
    if (text.length < 3 || text.length > 90 || /[.:,;?!]$/.test(text) || !/^[A-Z0-9"“]/.test(text)) return;
    if (/^(?:\d{1,2}[.)]\s|[-•*#]|curl\s)/.test(text) || /<[a-z-]+>|→|=/.test(text) || AFTER_TITLE.test(text))
      return;
    let k = i + 1;
    while (k < lines.length && (lines[k] ?? "").trim() === "") k++;
    if (AFTER_TITLE.test(lines[k] ?? "")) starts.push({ line: i, heading: text, indent: 0 });
  });
  return starts;
}

/**
 * A plain-text page split into its symptom sections: numbered (`1. Title: summary`) when it numbers
 * them, else titled (a short line followed by `Cause:`, `Fix:` or a list). Text before the first
 * section, and a closing paragraph indented less than the numbered items, belongs to none.
 */
export function splitTextSections(text: string): DocSection[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const numbered = numberedStarts(lines);
  const titled = titledStarts(lines);
  const starts = numbered.length >= 2 && numbered.length >= titled.length ? numbered : titled;
  return starts.map((s, k) => {
    let end = starts[k + 1]?.line ?? lines.length;
    if (s === numbered[k] && numbered === starts) {
      for (let j = s.line + 1; j < end; j++) {
        const l = lines[j] ?? "";
        if (l.trim() !== "" && (/^\s*/.exec(l)?.[0].length ?? 0) <= s.indent) {
          end = j;
          break;
        }
      }
    }
    return {
      heading: s.heading,
      title: sectionTitle(s.heading),
      ...(s.summary ? { summary: s.summary } : {}),
      lines: markPlainCode(lines.slice(s.line + 1, end)),
    };
  });
}
