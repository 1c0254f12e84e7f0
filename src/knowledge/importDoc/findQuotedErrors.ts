import type { DocSection } from "./DocSection.ts";

/** An error string the page quotes, as the software prints it. */
export interface QuotedError {
  /** As the page writes it, trailing punctuation dropped: `x509: certificate signed by unknown authority`. */
  text: string;
  /** Quotes in one sentence ("Connection refused" or "Timeout") are alternatives of one symptom. */
  group: number;
  /** It holds placeholders (`<tenant>`, `{tenant}`, `%s`): a template, matched as a regex. */
  template: boolean;
}

/** `<tenant>`, `<tenant-id>`, `{tenant}`, `{{.Tenant}}`, `%s`, `%d`, `%v`, `%q`. */
export const PLACEHOLDER = /<[A-Za-z][\w .-]*>|\{\{?[.\w -]+\}?\}|%[-+ #0-9.]*[sdvqfx]/g;

/** Words that say the next quote is something a log prints. */
const CUE =
  /\b(?:look for|looks? like|messages? like|such as|errors?|messages?|logs?|says?|prints?|fails? with|returns?)\b/i;

const QUOTE = /"([^"\n]{2,200})"|“([^”\n]{2,200})”|`([^`\n]{2,200})`/g;

function isConfigOrValue(text: string): boolean {
  return (
    /:\/\/|[=]|^[/.~{-]|^\$/.test(text) ||
    // A status and its reason (`429 Too Many Requests`) is a status code, found as one.
    /^[1-5]\d\d(?:\s|$)/.test(text) ||
    // A header line (`X-Scope-OrgID: <tenant-id>`, `Authorization: Bearer …`) is config, not an error.
    /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*:\s/.test(text) ||
    /\.(?:ya?ml|json|alloy|conf|crt|key|pem)\b/.test(text) ||
    // One identifier (`X-Scope-OrgID`, `max_shards`, `remoteWrite`) is a name, not a message.
    (/^\S+$/.test(text) && /[-_]|[a-z][A-Z]/.test(text))
  );
}

function literalWords(text: string): number {
  return (text.replace(PLACEHOLDER, " ").match(/[A-Za-z][A-Za-z0-9']*/g) ?? []).length;
}

/**
 * The error strings a section quotes, in its heading and its prose (never in its code): double or
 * curly quotes, and Markdown code spans that read as a message. A one-word quote counts only after a
 * cue ("Look for "Timeout""), so `"Bearer"` in "missing "Bearer" prefix" is not an error.
 */
export function findQuotedErrors(section: DocSection): QuotedError[] {
  const out: QuotedError[] = [];
  const seen = new Set<string>();
  const prose = [
    section.heading,
    section.summary ?? "",
    ...section.lines.filter((l) => !l.code).map((l) => l.text),
  ];
  let group = 0;
  for (const line of prose) {
    for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      group++;
      for (const m of sentence.matchAll(QUOTE)) {
        const span = m[3] !== undefined;
        const text = (m[1] ?? m[2] ?? m[3] ?? "").trim().replace(/[.,;:]+$/, "");
        if (text === "" || isConfigOrValue(text)) continue;
        const words = literalWords(text);
        const before = sentence.slice(0, m.index);
        const oneWord = words === 1 && !/\s/.test(text.trim());
        // A lone word is an error only after a cue, and only an ordinary word (not `X-Scope-OrgID`).
        if (words === 0 || (oneWord && (!CUE.test(before) || !/^[A-Za-z][a-z]+$/.test(text)))) continue;
        if (span && words < 2) continue;
        const key = text.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text, group, template: new RegExp(PLACEHOLDER.source).test(text) });
      }
    }
  }
  return out;
}
