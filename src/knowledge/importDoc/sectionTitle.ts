/** A heading without its numbering ("1. ", "2) ", "Step 3: ") or Markdown emphasis. */
export function sectionTitle(heading: string): string {
  return heading
    .replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/g, "$1")
    .replace(/^\s*(?:step\s+)?\d{1,3}[.):]\s*/i, "")
    .trim();
}
