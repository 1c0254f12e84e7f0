import type { KnowledgeEntry } from "../entrySchema.ts";
import type { KnowledgeBase } from "../KnowledgeBase.ts";
import { parseKnowledgeBase } from "../parseKnowledgeBase.ts";
import type { DraftEntry } from "./DraftEntry.ts";
import { fillDraftTodos } from "./fillDraftTodos.ts";
import { sameSection } from "./sameSection.ts";

export interface SectionShare {
  section: string;
  /** The shipped entry written from this section. */
  entry: string;
  draft: string;
  examples: number;
  matched: number;
}

export interface DraftShare {
  /** Shipped entries whose section is one of the drafts'. */
  entries: number;
  examples: number;
  /** Examples whose first diagnosis is the draft of the entry's section. */
  matched: number;
  share: number;
  sections: SectionShare[];
}

/**
 * How much of the shipped knowledge the imported drafts already carry: each shipped entry's `match`
 * examples, diagnosed against the drafts alone, ranking first the draft of that entry's section. The
 * diagnosis is passed in (`topId`) because the knowledge layer sits below it.
 */
export function draftShare(
  drafts: readonly DraftEntry[],
  shipped: readonly KnowledgeEntry[],
  topId: (kb: KnowledgeBase, text: string) => string | undefined,
): DraftShare {
  const kb = parseKnowledgeBase(drafts.map(fillDraftTodos));
  const sections: SectionShare[] = [];
  for (const entry of shipped) {
    const draft = drafts.find((d) => sameSection(d.section, entry.source.section));
    if (!draft) continue;
    const matched = entry.examples.match.filter((text) => topId(kb, text) === draft.id).length;
    sections.push({
      section: entry.source.section,
      entry: entry.id,
      draft: draft.id,
      examples: entry.examples.match.length,
      matched,
    });
  }
  const examples = sections.reduce((n, s) => n + s.examples, 0);
  const matched = sections.reduce((n, s) => n + s.matched, 0);
  return {
    entries: sections.length,
    examples,
    matched,
    share: examples === 0 ? 0 : matched / examples,
    sections,
  };
}
