import { RE2JS } from "re2js";
import { type LiteralAlternative, literalAlternatives } from "./requiredLiterals.ts";

/**
 * Knowledge-base patterns are compiled with RE2 (re2js): its automaton runs in time linear in the
 * input, so no pattern written into the base can make a diagnosis backtrack catastrophically, and
 * constructs that would need backtracking (back-references, look-around) are rejected at load.
 */
export interface Pattern {
  source: string;
  re: RE2JS;
  /** What a line must hold to be worth running the automaton on (see requiredLiterals), or null. */
  prefilter: readonly LiteralAlternative[] | null;
}

export function compilePattern(source: string): Pattern {
  return {
    source,
    re: RE2JS.compile(source, RE2JS.CASE_INSENSITIVE),
    prefilter: literalAlternatives(source),
  };
}

/** The first match in a short text (one line, one URL path). */
export function matchIn(pattern: Pattern, text: string): { index: number; text: string } | null {
  const m = pattern.re.matcher(text);
  return m.find() ? { index: m.start(), text: m.group() ?? "" } : null;
}
