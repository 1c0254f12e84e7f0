import type { DocFormat, DocSection } from "./DocSection.ts";
import { htmlToMarkdown } from "./htmlToMarkdown.ts";
import { splitMarkdownSections } from "./splitMarkdownSections.ts";
import { splitTextSections } from "./splitTextSections.ts";

/** A page's symptom sections, in page order. */
export function splitSections(text: string, format: DocFormat): DocSection[] {
  if (format === "html") return splitMarkdownSections(htmlToMarkdown(text));
  if (format === "markdown") return splitMarkdownSections(text);
  return splitTextSections(text);
}
