/**
 * Undoes what Slack, terminals and loggers do to a pasted error, so the matcher sees the words the
 * program printed: Slack entities and link markup, ANSI colours, code fences, JSON string escapes
 * (often nested twice, as when a logfmt line is quoted inside JSON), CRLF and tabs.
 */
export interface NormalizedText {
  /** Readable lines, as shown in evidence (not lower-cased). */
  lines: string[];
  /** Lower-cased lines with runs of white space collapsed, joined by "\n": what patterns run on. */
  norm: string;
  /** Offset in `norm` where each line starts. */
  lineStarts: number[];
}

const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
  "&#x2F;": "/",
  "&nbsp;": " ",
};

function decodeSlack(text: string): string {
  return (
    text
      // <https://host/path|label> and <https://host/path> → the URL; <mailto:a@b|a@b> → the label.
      .replace(/<((?:https?|mailto|ftp):[^|>\s]{1,2048})(?:\|[^<>\n]{0,2048})?>/g, (_m, url: string) =>
        url.startsWith("mailto:") ? url.slice(7) : url,
      )
      .replace(/&(?:lt|gt|amp|quot|nbsp|#39|#x27|#x2F);/g, (e) => ENTITIES[e] ?? e)
  );
}

function unescapeJsonStrings(text: string): string {
  let out = text;
  // Two rounds handle an error quoted inside JSON inside JSON (\\\" → \" → ").
  for (let round = 0; round < 2; round++) {
    if (!out.includes("\\")) break;
    out = out
      .replace(/\\\\(?=["nrt\\u])/g, "\\")
      .replace(/\\"/g, '"')
      .replace(/\\r\\n|\\n|\\r/g, "\n")
      .replace(/\\t/g, " ")
      .replace(/\\u00([0-7][0-9a-fA-F])/g, (_m, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
  }
  return out;
}

/**
 * Dates and times carry nothing a diagnosis needs, and their digits could pass for status codes or
 * ports; in the matching text they become <ts>. The readable lines keep them.
 */
const TIMESTAMP =
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z\b)?/g;

export function normalizeText(raw: string): NormalizedText {
  let text = raw.replace(/\r\n?/g, "\n");
  text = decodeSlack(text);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the ANSI codes we strip
  text = text.replace(/\u001b\[[0-9;?]{0,32}[A-Za-z]/g, ""); // ANSI colour and cursor codes
  text = text.replace(/^[ \t]{0,8}(?:```|~~~)[\w-]{0,20}[ \t]*$/gm, ""); // fence lines
  text = text.replace(/```|`/g, " ");
  text = unescapeJsonStrings(text);
  text = text.replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ").replace(/[\u201c\u201d]/g, '"');

  const lines = text.split("\n").map((l) => l.replace(/\t/g, " ").trimEnd());
  const lineStarts: number[] = [];
  let norm = "";
  for (const line of lines) {
    lineStarts.push(norm.length);
    norm += `${line.replace(TIMESTAMP, "<ts>").replace(/ {2,}/g, " ").trim().toLowerCase()}\n`;
  }
  return { lines, norm, lineStarts };
}

/** The 0-based line holding an offset of `norm`. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
