import type { DocSection } from "./DocSection.ts";

export interface FoundPath {
  path: string;
  /** The page calls it the wrong one ("Not /api/v1/write", "Do not append /otlp/v1/metrics"). */
  wrong: boolean;
}

const KNOWN_HEADERS = [
  "authorization",
  "x-scope-orgid",
  "content-type",
  "content-encoding",
  "www-authenticate",
];
/** `X-Scope-OrgID`, `X-API-Key`: a header by its shape. */
const X_HEADER = /\bX-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\b/g;
/** A URL path (lower-case segments, as URL paths are), with the host it follows if any. */
const PATH = /(?:https?:\/\/[\w.-]+(?::\d+)?)?(\/(?:[a-z0-9_.-]+\/)*[a-z0-9_.-]+)(?![a-z0-9_/])/g;
const WRONG_BEFORE = /(?:not\s*|do not (?:append|use|add)\s*|instead of\s*|wrong[^.\n]{0,20})$/i;

/** Header names a section mentions, in prose or code, as the software spells them. */
export function findHeaders(section: DocSection): string[] {
  const text = [section.heading, ...section.lines.map((l) => l.text)].join("\n");
  const out = new Map<string, string>();
  for (const m of text.matchAll(X_HEADER)) out.set(m[0].toLowerCase(), m[0]);
  for (const name of KNOWN_HEADERS) {
    const m = new RegExp(`\\b${name}(?=\\s*["']?\\s*[:→=]|\\s+header)`, "i").exec(text);
    if (m) out.set(name, m[0]);
  }
  return [...out.values()];
}

/** URL paths a section names (`/api/v1/push`), and whether it calls one wrong. */
export function findPaths(section: DocSection): FoundPath[] {
  const out = new Map<string, boolean>();
  const text = [section.heading, ...section.lines.map((l) => l.text)].join("\n");
  for (const m of text.matchAll(PATH)) {
    const path = (m[1] ?? "").replace(/\.+$/, "");
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 30), start);
    // File paths (`/path/to/ca.crt`) are not URL paths.
    if (path === "/" || /\.(?:crt|key|pem|ya?ml|json|alloy|conf|log)$|^\/path\/to\//i.test(path)) continue;
    // A bare path needs two segments (`/api/v1/push`), or the page's word "path" after it, and must not
    // be the tail of a word or a port (`host:4317/x`); "not/push" is a flattened "not `/push`".
    if (m[0] === path) {
      const glued = /[\w:.]$/.test(before) && !/\bnot$/i.test(before);
      const named = /^[`"]?\s*path\b/i.test(text.slice(start + path.length));
      if (glued || (path.split("/").length < 3 && !named && !/\bnot\s*$/i.test(before))) continue;
    }
    const wrong = WRONG_BEFORE.test(before);
    out.set(path, (out.get(path) ?? false) || wrong);
  }
  return [...out].map(([path, wrong]) => ({ path, wrong }));
}
