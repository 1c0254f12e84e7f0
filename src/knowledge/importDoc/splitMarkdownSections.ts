import type { DocSection, SectionLine } from "./DocSection.ts";
import { sectionTitle } from "./sectionTitle.ts";

interface Heading {
  line: number;
  level: number;
  text: string;
}

/**
 * The level symptoms sit at: the one with the most headings (a page's lone `#` title is not a
 * symptom), the higher level on a tie. Deeper headings stay inside their section ("### Fix").
 */
function symptomLevel(headings: readonly Heading[]): number | undefined {
  const counts = new Map<number, number>();
  for (const h of headings) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  let best: number | undefined;
  for (const [level, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (best === undefined || n > (counts.get(best) ?? 0)) best = level;
  }
  return best;
}

/**
 * Markdown (and HTML, once converted) split at its symptom headings (h1–h4). Fenced blocks are code;
 * text before the first symptom heading, and under a shallower heading, belongs to no symptom.
 */
export function splitMarkdownSections(markdown: string): DocSection[] {
  const raw = markdown.replace(/\r\n?/g, "\n").split("\n");
  const headings: Heading[] = [];
  let fence: string | null = null;
  raw.forEach((line, i) => {
    const f = /^\s*(```|~~~)/.exec(line);
    if (f) fence = fence === null ? (f[1] ?? null) : line.trim().startsWith(fence) ? null : fence;
    if (fence !== null || f) return;
    const h = /^(#{1,4})\s+(.+?)\s*#*\s*$/.exec(line);
    if (h?.[1] && h[2]) headings.push({ line: i, level: h[1].length, text: h[2] });
  });
  const level = symptomLevel(headings);
  if (level === undefined) return [];
  const sections: DocSection[] = [];
  const ends = headings.filter((h) => h.level <= level);
  for (const [k, h] of ends.entries()) {
    if (h.level !== level) continue;
    const end = ends[k + 1]?.line ?? raw.length;
    const lines: SectionLine[] = [];
    let block = -1;
    let inFence: string | null = null;
    for (const line of raw.slice(h.line + 1, end)) {
      const f = /^\s*(```|~~~)/.exec(line);
      if (f && inFence === null) {
        inFence = f[1] ?? "```";
        block++;
        continue;
      }
      if (f && inFence !== null && line.trim().startsWith(inFence)) {
        inFence = null;
        continue;
      }
      if (inFence !== null) lines.push({ text: line, code: true, block });
      else lines.push({ text: line, code: false });
    }
    const heading = h.text.replace(/[*_]{2}/g, "").trim();
    sections.push({ heading, title: sectionTitle(heading), lines });
  }
  return sections;
}
