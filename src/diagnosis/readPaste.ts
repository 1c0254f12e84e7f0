import type { InputReport } from "./Diagnosis.ts";

/** Above this, only a head and a tail are analysed: errors sit at the start or the end of a long log. */
export const DEFAULT_MAX_BYTES = 256 * 1024;

export interface Paste {
  /** The text to analyse (maybe a head and a tail of the original), not yet normalised. */
  text: string;
  report: InputReport;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

/** Control characters other than tab, newline, carriage return, escape (ANSI) and form feed. */
function controlRatio(sample: string): number {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 1;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27 && c !== 12) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

/**
 * Turns whatever arrived (a string, or bytes from a file or a Slack snippet) into bounded text, and
 * says what it did: empty and binary input are reported, never thrown; invalid UTF-8 is replaced;
 * a huge paste keeps its head and its tail.
 */
export function readPaste(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Paste {
  const notes: string[] = [];
  let text: string;
  let bytes: number;
  if (typeof input === "string") {
    text = input;
    bytes = Buffer.byteLength(input, "utf8");
  } else {
    bytes = input.byteLength;
    const head = input.subarray(0, 8192);
    if (head.includes(0)) {
      return binary(bytes);
    }
    try {
      text = utf8.decode(input);
    } catch {
      text = utf8Lenient.decode(input);
      notes.push("The text was not valid UTF-8; unreadable bytes were replaced.");
    }
  }
  if (controlRatio(text.slice(0, 8192)) > 0.1) return binary(bytes);
  if (text.trim().length === 0) {
    return {
      text: "",
      report: {
        bytes,
        lines: 0,
        truncated: false,
        kind: "empty",
        notes: ["There was nothing to diagnose: the text is empty."],
      },
    };
  }
  let truncated = false;
  if (text.length > maxBytes) {
    const half = Math.floor(maxBytes / 2);
    const headEnd = text.lastIndexOf("\n", half);
    const tailStart = text.indexOf("\n", text.length - half);
    const head = text.slice(0, headEnd > 0 ? headEnd : half);
    const tail = text.slice(tailStart > 0 ? tailStart + 1 : text.length - half);
    text = `${head}\n${tail}`;
    truncated = true;
    notes.push(
      `The paste is ${formatBytes(bytes)}; only its first and last ${formatBytes(half)} were analysed.`,
    );
  }
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return { text, report: { bytes, lines, truncated, kind: "text", notes } };
}

function binary(bytes: number): Paste {
  return {
    text: "",
    report: {
      bytes,
      lines: 0,
      truncated: false,
      kind: "binary",
      notes: ["This looks like a binary file, not text: paste the log or config as text instead."],
    },
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
