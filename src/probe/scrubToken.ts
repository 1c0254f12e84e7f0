import { maskSecrets } from "../vocabulary/maskSecrets.ts";

/**
 * Every form of the token the probe may have derived or a backend may echo: as typed, trimmed,
 * without any `Bearer ` prefixes, with white space removed, each white-space-separated piece of it,
 * and those URL- and JSON-encoded. Longest first, so a longer form is replaced before its parts.
 */
export function tokenVariants(token: string | undefined): string[] {
  if (!token) return [];
  const forms = new Set<string>();
  const add = (s: string) => {
    if (s.length >= 6) forms.add(s);
  };
  const trimmed = token.trim();
  const unprefixed = trimmed.replace(/^(?:bearer[\s:]+)+/i, "").trim();
  for (const s of [token, trimmed, unprefixed, unprefixed.replace(/\s+/g, ""), trimmed.replace(/\s+/g, "")]) {
    add(s);
    add(encodeURIComponent(s));
    add(JSON.stringify(s).slice(1, -1));
  }
  for (const piece of unprefixed.split(/\s+/)) if (piece.length >= 8) add(piece);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Replaces every variant of the token with `****`, then masks any other credential. */
export function scrubToken(text: string, variants: readonly string[]): string {
  let out = text;
  for (const v of variants) if (out.includes(v)) out = out.split(v).join("****");
  return maskSecrets(out);
}

/** The same scrub over every string inside a JSON-like value (a probe result, an audit line). */
export function scrubDeep<T>(value: T, variants: readonly string[]): T {
  if (typeof value === "string") return scrubToken(value, variants) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, variants)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, variants);
    return out as T;
  }
  return value;
}
