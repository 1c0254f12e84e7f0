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

type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

/** The encoding a byte order mark names, and its length; UTF-32 LE is checked before UTF-16 LE (same start). */
function byteOrderMark(b: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: "utf-32le", length: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: "utf-32be", length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  return undefined;
}

/**
 * UTF-16 without a mark, as some Windows tools write it: in text that is mostly ASCII, every other
 * byte is NUL. Both halves must agree, so a binary file with many NULs does not pass for it.
 */
function unmarkedUtf16(b: Uint8Array): Encoding | undefined {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 16) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.9 && evenZero / pairs < 0.02) return "utf-16le";
  if (evenZero / pairs > 0.9 && oddZero / pairs < 0.02) return "utf-16be";
  return undefined;
}

/** TextDecoder has no UTF-32: code points by hand, anything out of range replaced. */
function decodeUtf32(b: Uint8Array, littleEndian: boolean): { text: string; replaced: boolean } {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let replaced = b.length % 4 !== 0;
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      parts.push("\ufffd");
      replaced = true;
    } else parts.push(String.fromCodePoint(cp));
  }
  return { text: parts.join(""), replaced };
}

function decode(b: Uint8Array, encoding: Encoding): { text: string; replaced: boolean } {
  if (encoding === "utf-32le" || encoding === "utf-32be") return decodeUtf32(b, encoding === "utf-32le");
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(b), replaced: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(b), replaced: true };
  }
}

const NAMES: Record<Encoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "utf-32le": "UTF-32 (little-endian)",
  "utf-32be": "UTF-32 (big-endian)",
};

/**
 * Turns whatever arrived (a string, or bytes from a file or a Slack snippet) into bounded text, and
 * says what it did: empty and binary input are reported, never thrown; a UTF-16 or UTF-32 byte
 * order mark is honoured (PowerShell's `>` writes UTF-16); stray NUL bytes (what copytruncate log
 * rotation leaves at the start of a file) are dropped when the rest is text; invalid UTF-8 is
 * replaced; a huge paste keeps its head and its tail.
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
    const bom = byteOrderMark(input);
    const encoding = bom?.encoding ?? unmarkedUtf16(input);
    if (encoding && encoding !== "utf-8") {
      const decoded = decode(input.subarray(bom?.length ?? 0), encoding);
      text = decoded.text;
      notes.push(
        `The text was ${NAMES[encoding]}${decoded.replaced ? "; unreadable characters were replaced" : ""}.`,
      );
    } else {
      const body = input.subarray(bom?.length ?? 0);
      const nul = body.subarray(0, 8192).includes(0);
      try {
        text = utf8.decode(body);
      } catch {
        // Real binary (images, archives, executables) is rarely valid UTF-8 once it holds NUL bytes.
        if (nul) return binary(bytes);
        text = utf8Lenient.decode(body);
        notes.push("The text was not valid UTF-8; unreadable bytes were replaced.");
      }
    }
  }
  if (text.includes("\u0000")) {
    const stripped = text.replaceAll("\u0000", "");
    const dropped = text.length - stripped.length;
    if (stripped.trim().length === 0 || controlRatio(stripped.slice(0, 8192)) > 0.1) return binary(bytes);
    text = stripped;
    notes.push(`${dropped} NUL byte${dropped === 1 ? " was" : "s were"} dropped (log rotation leaves them).`);
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
