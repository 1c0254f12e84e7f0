import { stringify } from "yaml";
import type { DraftEntry } from "./DraftEntry.ts";

/** The header line that keeps the page's quoted errors, so a re-import can tell what changed. */
export const QUOTED_HEADER = "# quoted in the page: ";

/** A draft as the YAML file `kb import` writes. */
export function renderDraft(draft: DraftEntry): string {
  const header = [
    `# Draft imported from ${String((draft.fields.source as { doc: string }).doc)}, section "${draft.section}".`,
    `${QUOTED_HEADER}${JSON.stringify(draft.quoted)}`,
    ...(draft.todo.length > 0 ? [`# TODO: ${draft.todo.join(", ")}; then npm run kb -- check`] : []),
  ];
  return `${header.join("\n")}\n${stringify(draft.fields, { lineWidth: 0 })}`;
}
