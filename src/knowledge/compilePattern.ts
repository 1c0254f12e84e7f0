import { RE2JS } from "re2js";

/**
 * Knowledge-base patterns are compiled with RE2 (re2js): its automaton runs in time linear in the
 * input, so no pattern written into the base can make a diagnosis backtrack catastrophically, and
 * constructs that would need backtracking (back-references, look-around) are rejected at load.
 */
export type Pattern = RE2JS;

export function compilePattern(source: string): Pattern {
  return RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
}

/** Returns the first match of the pattern in the text, or null. */
export function findFirst(pattern: Pattern, text: string): { index: number; text: string } | null {
  const m = pattern.matcher(text);
  if (!m.find()) return null;
  return { index: m.start(), text: m.group() ?? "" };
}
