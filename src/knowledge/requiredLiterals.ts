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

/** Above this many strings a run stops growing: the prefilter stays cheap and the analysis bounded. */
const MAX_EXPANSION = 32;

interface Token {
  /** A literal character, or null for anything else (class, escape class, anchor). */
  literal: string | null;
  /** The body of a plain group, when the token is one. */
  group: string | null;
  quantifier: { length: number; optional: boolean } | null;
  next: number;
}

function tokenAt(s: string, i: number): Token {
  const c = s[i] as string;
  let literal: string | null = null;
  let group: string | null = null;
  let next: number;
  if (c === "\\") {
    const e = s[i + 1] ?? "";
    literal = CLASS_ESCAPES.has(e) || e === "" ? null : e;
    next = i + 2;
  } else if (c === "[") next = skipClass(s, i);
  else if (c === "(") {
    next = skipGroup(s, i);
    group = groupBody(s.slice(i, next));
  } else {
    literal = ".^$".includes(c) ? null : c;
    next = i + 1;
  }
  const quantifier = quantifierAt(s, next);
  return { literal, group, quantifier, next: next + (quantifier?.length ?? 0) };
}

const cross = (a: ReadonlySet<string>, b: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
};

/**
 * Every string a pattern made only of literals, plain groups and `?` can match (`(?:a|bc)d?` →
 * a, ad, bc, bcd), or null when it holds anything else or too many strings.
 */
function expandLiteral(source: string): Set<string> | null {
  const all = new Set<string>();
  for (const alt of splitAlternatives(source)) {
    let current = new Set([""]);
    for (let i = 0; i < alt.length; ) {
      const t = tokenAt(alt, i);
      i = t.next;
      const q = t.quantifier;
      if (q && !(q.length === 1 && alt[i - 1] === "?")) return null; // only a plain `?`
      let options: Set<string> | null = null;
      if (t.literal !== null) options = new Set([t.literal]);
      else if (t.group !== null) options = expandLiteral(t.group);
      if (options === null) return null;
      if (q) options.add("");
      current = cross(current, options);
      if (current.size > MAX_EXPANSION) return null;
    }
    for (const x of current) all.add(x);
    if (all.size > MAX_EXPANSION) return null;
  }
  return all;
}

/**
 * The needles of one alternative. The alternative is read as runs of literal text, where a run may
 * branch through small groups and `?` (`/v1/(?:metrics|traces)` is the run {/v1/metrics,
 * /v1/traces}); a class, a repetition or an escape class ends a run. The run whose shortest string
 * is longest becomes `anyOf`; other single-string runs become `allOf`. Failing that, a required
 * group's own needles (`(?:a|b) 5\d\d` needs "a" or "b").
 */
function alternativeNeedles(alt: string): LiteralAlternative | null {
  const runs: Set<string>[] = [];
  const groupSets: string[][] = [];
  let current = new Set([""]);
  const end = () => {
    if (![...current].every((x) => x === "")) runs.push(current);
    current = new Set([""]);
  };
  for (let i = 0; i < alt.length; ) {
    const t = tokenAt(alt, i);
    i = t.next;
    const q = t.quantifier;
    const plainOptional = q !== null && q.length === 1 && alt[i - 1] === "?";
    let options: Set<string> | null = null;
    if (t.literal !== null) options = new Set([t.literal]);
    else if (t.group !== null) {
      options = expandLiteral(t.group);
      if (options === null && !q?.optional) {
        const inner = requiredLiterals(t.group);
        if (inner) groupSets.push(inner);
      }
    }
    if (options === null || (q && !plainOptional && q.optional)) {
      end();
      continue;
    }
    if (plainOptional) options.add("");
    const grown = cross(current, options);
    if (grown.size > MAX_EXPANSION) {
      end();
      current = options;
    } else current = grown;
    // `a+` or `(?:x|y){2,}`: one copy is certain, but what follows may come after more copies.
    if (q && !plainOptional) end();
  }
  end();
  const strength = (run: Set<string>) => Math.min(...[...run].map((x) => x.length));
  const strong = runs.filter((r) => strength(r) >= MIN_LENGTH).sort((a, b) => strength(b) - strength(a));
  const [best, ...others] = strong;
  if (best) {
    return {
      anyOf: [...best].map((x) => x.toLowerCase()),
      allOf: others.filter((r) => r.size === 1).map((r) => [...r][0]?.toLowerCase() ?? ""),
    };
  }
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
  /** The alternative matches exactly the strings in anyOf: finding one is a match, no automaton needed. */
  exact?: boolean;
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
    const literal = expandLiteral(alt);
    if (literal && [...literal].every((x) => x.length >= MIN_LENGTH)) {
      out.push({ anyOf: [...literal].map((x) => x.toLowerCase()), allOf: [], exact: true });
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
