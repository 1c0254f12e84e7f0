/** One line of a section's body: prose people read, or part of a code block. */
export interface SectionLine {
  text: string;
  code: boolean;
  /** Lines of one code block share a number; prose lines have none. */
  block?: number;
}

/** A symptom section of a troubleshooting page, whatever format the page was in. */
export interface DocSection {
  /** The heading as the page writes it, e.g. `1. Network Connectivity Issues` (this is `source.section`). */
  heading: string;
  /** The heading without its numbering, e.g. `Network Connectivity Issues`. */
  title: string;
  /** What a plain-text numbered heading says after its colon: the symptom in one sentence. */
  summary?: string;
  lines: SectionLine[];
}

export type DocFormat = "markdown" | "html" | "text";
