/**
 * A cheap prefilter for RE2 patterns. RE2 guarantees linear time, but its JavaScript port runs an
 * NFA that is slow on long text; most lines of a log cannot match a given pattern at all. For each
 * top-level alternative we find a literal run the match must contain; a line holding none of them is
 * skipped without running the automaton.
 *
 * The analysis is deliberately conservative: anything it does not fully understand (groups, classes,
 * escapes other than punctuation) ends a literal run, and a pattern with an alternative that has no
 * run of at least MIN_LENGTH characters gets no prefilter at all (null), so the prefilter can only
 * ever skip lines that the pattern could not match.
 */
const MIN_LENGTH = 3;
const CLASS_ESCAPES = new Set("dDwWsSbBpPAzQEnrtfvx0123456789uUaC");

/** Index just past a bracket expression that starts at `i` ('['). */
function skipClass(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === "^") j++;
  if (s[j] === "]") j++;
  while (j < s.length && s[j] !== "]")
    j += s[j] === "\\" ? 2 : s[j] === "[" && s[j + 1] === ":" ? skipPosix(s, j) : 1;
  return j + 1;
}

function skipPosix(s: string, j: number): number {
  const end = s.indexOf(":]", j + 2);
  return end === -1 ? 1 : end + 2 - j;
}

/** Index just past a group that starts at `i` ('('). */
function skipGroup(s: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < s.length) {
    const c = s[j];
    if (c === "\\") j += 2;
    else if (c === "[") j = skipClass(s, j);
    else {
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

function splitAlternatives(s: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let j = 0;
  while (j < s.length) {
    const c = s[j];
    if (c === "\\") j += 2;
    else if (c === "[") j = skipClass(s, j);
    else if (c === "(") j = skipGroup(s, j);
    else if (c === "|") {
      parts.push(s.slice(start, j));
      start = ++j;
    } else j++;
  }
  parts.push(s.slice(start));
  return parts;
}

/** The quantifier at `i`, if any: its length and whether it allows zero repetitions. */
function quantifierAt(s: string, i: number): { length: number; optional: boolean } | null {
  const c = s[i];
  let length = 0;
  let optional = false;
  if (c === "?" || c === "*") {
    length = 1;
    optional = true;
  } else if (c === "+") length = 1;
  else if (c === "{") {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(i, i + 16));
    if (!m) return null;
    length = m[0].length;
    optional = Number(m[1]) === 0;
  } else return null;
  if (s[i + length] === "?") length++; // lazy form
  return { length, optional };
}

/** The inner pattern of a plain group `(?:…)` or `(…)`, or null for flags and other group kinds. */
function groupBody(group: string): string | null {
  if (group.startsWith("(?:")) return group.slice(3, -1);
  if (group.startsWith("(?")) return null;
  return group.slice(1, -1);
}

/**
 * The needles of one alternative: its longest certain literal run, or failing that the needles of
 * a group the alternative cannot match without (`(?:a|b) 5\d\d` needs "a" or "b").
 */
function alternativeNeedles(alt: string): LiteralAlternative | null {
  const runs: string[] = [];
  const groupSets: string[][] = [];
  let run = "";
  let i = 0;
  const end = () => {
    if (run) runs.push(run);
    run = "";
  };
  while (i < alt.length) {
    const c = alt[i] as string;
    let literal: string | null = null;
    let next: number;
    if (c === "\\") {
      const e = alt[i + 1] ?? "";
      literal = CLASS_ESCAPES.has(e) || e === "" ? null : e;
      next = i + 2;
    } else if (c === "[") next = skipClass(alt, i);
    else if (c === "(") next = skipGroup(alt, i);
    else {
      literal = ".^$".includes(c) ? null : c;
      next = i + 1;
    }
    const q = quantifierAt(alt, next);
    if (c === "(" && !q?.optional) {
      const body = groupBody(alt.slice(i, next));
      const inner = body === null ? null : requiredLiterals(body);
      if (inner) groupSets.push(inner);
    }
    if (q) next += q.length;
    if (literal === null || q?.optional) end();
    else {
      run += literal;
      if (q) end(); // `a+`: one `a` is certain, what follows may be preceded by more
    }
    i = next;
  }
  end();
  const long = runs.filter((r) => r.length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
  const [longest, ...others] = long;
  if (longest) return { anyOf: [longest.toLowerCase()], allOf: others.map((r) => r.toLowerCase()) };
  const shortest = (set: string[]) => Math.min(...set.map((n) => n.length));
  const group = groupSets.sort((a, b) => shortest(b) - shortest(a))[0];
  return group ? { anyOf: group, allOf: [] } : null;
}

/**
 * What a line must hold for one top-level alternative of a pattern to match in it: at least one of
 * `anyOf`, and every one of `allOf` (lower-case).
 */
export interface LiteralAlternative {
  anyOf: string[];
  allOf: string[];
}

/** The prefilter of a pattern, one entry an alternative; null when some alternative proves nothing. */
export function literalAlternatives(source: string): LiteralAlternative[] | null {
  const out: LiteralAlternative[] = [];
  for (const alt of splitAlternatives(source)) {
    // A whole alternative in one plain group, `(?:a|b)`: its own alternatives decide.
    if (
      (alt.startsWith("(?:") || (alt.startsWith("(") && !alt.startsWith("(?"))) &&
      skipGroup(alt, 0) === alt.length
    ) {
      const inner = literalAlternatives(alt.slice(alt.startsWith("(?:") ? 3 : 1, -1));
      if (inner === null) return null;
      out.push(...inner);
      continue;
    }
    const found = alternativeNeedles(alt);
    if (found === null) return null;
    out.push(found);
  }
  return out;
}

/** Lower-case literals, one of which every match of the pattern contains; null when unprovable. */
export function requiredLiterals(source: string): string[] | null {
  const alternatives = literalAlternatives(source);
  return alternatives && [...new Set(alternatives.flatMap((a) => a.anyOf))];
}
