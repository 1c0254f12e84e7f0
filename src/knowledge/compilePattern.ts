import { RE2JS } from "re2js";
import { type LiteralAlternative, literalAlternatives } from "./requiredLiterals.ts";

/**
 * Knowledge-base patterns run on RE2 (re2js): its automaton is linear in the input, so no pattern
 * written into the base can make a diagnosis backtrack catastrophically. Constructs that only a
 * backtracking engine offers (look-around, back-references, atomic groups, possessive quantifiers)
 * are rejected when the base loads.
 *
 * Building the RE2 program is the costly part of loading, and most patterns are never needed for a
 * given paste (their prefilter literals are absent), so the program is built on first use.
 * `npm run kb -- check` builds every one, so a pattern RE2 cannot compile still fails the gate.
 */
export class Pattern {
  readonly source: string;
  /** What a line must hold to be worth running the automaton on (see requiredLiterals), or null. */
  readonly prefilter: readonly LiteralAlternative[] | null;
  private compiled: RE2JS | null | undefined;

  /** `prefilter` is passed when a cache already holds this source's analysis. */
  constructor(source: string, prefilter?: readonly LiteralAlternative[] | null) {
    this.source = source;
    this.prefilter = prefilter === undefined ? literalAlternatives(source) : prefilter;
  }

  /**
   * The RE2 program; throws when RE2 cannot compile the source. Every text a pattern meets is
   * already lower-case (the matching text, URL paths), so the pattern is lower-cased and compiled
   * case-sensitive: RE2's case folding would otherwise make it several times slower.
   */
  compile(): RE2JS {
    this.compiled ??= RE2JS.compile(lowerCaseLiterals(this.source));
    return this.compiled;
  }

  /** The first match in a short text (one line, one URL path), or null. */
  matchIn(text: string): { index: number; text: string } | null {
    let re: RE2JS;
    try {
      re = this.compile();
    } catch {
      return null; // unreachable for a base that passed `kb check`
    }
    // Most lines a pattern is tried on hold its prefilter literal but not the match. `test` runs on
    // RE2's DFA; a matcher asks for the match's bounds, which sends re2js to its backtracker, about
    // eight times slower on a 250-character log line. So ask for the bounds only of a line that matches.
    if (!re.test(text)) return null;
    const m = re.matcher(text);
    return m.find() ? { index: m.start(), text: m.group() ?? "" } : null;
  }
}

/**
 * Lower-cases the letters a pattern matches literally, leaving escapes alone (`\\S`, `\\D`, `\\W`,
 * `\\B`, `\\P{…}` would change meaning) and inline flags as they are.
 */
export function lowerCaseLiterals(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      out += c + next;
      i++;
      // \p{Name} and \x{41}: copy the braces as they are.
      if ((next === "p" || next === "P" || next === "x") && source[i + 1] === "{") {
        const end = source.indexOf("}", i + 1);
        if (end !== -1) {
          out += source.slice(i + 1, end + 1);
          i = end;
        }
      }
    } else if (c === "(" && source[i + 1] === "?") {
      // Inline flags and group kinds, e.g. (?i) (?m: (?P<name>: copied as written.
      const end = source.slice(i).search(/[:)>]/);
      const head = end === -1 ? source.slice(i) : source.slice(i, i + end + 1);
      out += head;
      i += head.length - 1;
    } else out += c.toLowerCase();
  }
  return out;
}

const BACKTRACKING_ONLY: readonly [RegExp, string][] = [
  [/\(\?<?[=!]/, "look-around needs a backtracking engine"],
  [/\\[1-9]|\\k</, "back-references need a backtracking engine"],
  [/\(\?>/, "atomic groups need a backtracking engine"],
  [/(?:[*+?}])\+/, "possessive quantifiers need a backtracking engine"],
];

/**
 * Checks a pattern at load: RE2 syntax (as far as JavaScript's parser can tell, once RE2's inline
 * flags and named groups are translated) and none of the backtracking-only constructs.
 * Returns a message, or null when the pattern is fine.
 */
export function checkPattern(source: string): string | null {
  const plain = source.replace(/\\\\/g, "");
  for (const [construct, message] of BACKTRACKING_ONLY) if (construct.test(plain)) return message;
  for (const m of source.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
    if (Number(m[1]) > 1000 || Number(m[2] || 0) > 1000) return "RE2 allows at most 1000 repetitions";
  }
  const asJs = source
    .replace(/\(\?[imsU]+\)/g, "")
    .replace(/\(\?[imsU]*-?[imsU]*:/g, "(?:")
    .replace(/\(\?P</g, "(?<")
    .replace(/\\[Az]/g, "")
    .replace(/\[\[:[a-z]+:\]\]/g, "[a-z]")
    .replace(/\\[pP]([A-Z])/g, "\\p{$1}");
  try {
    new RegExp(asJs);
  } catch (error) {
    return `not a valid regex: ${(error as Error).message.replace(/^Invalid regular expression: /, "")}`;
  }
  return null;
}

export function compilePattern(source: string): Pattern {
  return new Pattern(source);
}

export function matchIn(pattern: Pattern, text: string): { index: number; text: string } | null {
  return pattern.matchIn(text);
}
