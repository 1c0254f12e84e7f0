import type { DocFormat } from "./DocSection.ts";

/** HTML by its tags, Markdown by its headings or fences, anything else is plain text. */
export function detectFormat(text: string, fileName = ""): DocFormat {
  if (/\.html?$/i.test(fileName)) return "html";
  if (/\.(?:md|markdown)$/i.test(fileName)) return "markdown";
  if (/\.txt$/i.test(fileName)) return "text";
  if (/<(?:html|body|h[1-6]|p|div|pre|ul|section|article)\b[^>]*>/i.test(text)) return "html";
  if (/^\s*(?:```|~~~)/m.test(text)) return "markdown";
  // A `# comment` in a flattened page is no heading: Markdown starts with one, or marks up its text too.
  const headings = /^#{1,6}\s+\S/m.test(text);
  const firstIsHeading = /^\s*#{1,6}\s+\S/.test(text);
  if (headings && (firstIsHeading || /\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|`[^`\n]+`/.test(text)))
    return "markdown";
  return "text";
}
