/**
 * Finds every occurrence of many literal strings in one pass over the text, so the cost of the
 * phrase and prefilter look-ups does not grow with the number of knowledge entries. Needles are
 * bucketed by a hash of their first four characters (three for the three-character ones), in 64K-entry
 * typed tables, so a position costs one or two array reads; a candidate is then confirmed with
 * `startsWith`. Four characters, not three: the vocabulary has dozens of needles starting "max", "err"
 * or "the", and every such word in a paste would otherwise try each of them.
 */
export class NeedleIndex {
  /** Hash of the first four characters → 1 + index into `buckets`, 0 for none. */
  private readonly table4 = new Int32Array(1 << 16);
  /** Hash of the three characters of a three-character needle → 1 + index into `buckets`. */
  private readonly table3 = new Int32Array(1 << 16);
  private readonly buckets: string[][] = [];
  private hasThree = false;
  /** Needles of one or two characters, found with indexOf instead. */
  private readonly short: string[] = [];

  constructor(needles: Iterable<string>) {
    for (const needle of new Set(needles)) {
      if (needle.length < 3) {
        this.short.push(needle);
        continue;
      }
      const c = (i: number) => needle.charCodeAt(i);
      const [table, key] =
        needle.length === 3
          ? [this.table3, key3(c(0), c(1), c(2))]
          : [this.table4, key4(c(0), c(1), c(2), c(3))];
      if (needle.length === 3) this.hasThree = true;
      const at = table[key] ?? 0;
      if (at > 0) this.buckets[at - 1]?.push(needle);
      else table[key] = this.buckets.push([needle]);
    }
  }

  /** For each needle found, the 0-based lines it occurs in, ascending, each once. */
  scan(text: string): Map<string, number[]> {
    const found = new Map<string, number[]>();
    const record = (needle: string, line: number) => {
      const lines = found.get(needle);
      if (!lines) found.set(needle, [line]);
      else if (lines[lines.length - 1] !== line) lines.push(line);
    };
    const { table3, table4, buckets, hasThree } = this;
    // `line` counts the line breaks before position i − 3 (where a four-character needle starts),
    // `line3` those before i − 2 (where a three-character one starts).
    let line = 0;
    let line3 = 0;
    let z = 0;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (hasThree) {
        const at3 = table3[key3(a, b, c)] as number;
        if (at3 !== 0) {
          for (const needle of buckets[at3 - 1] as string[])
            if (text.startsWith(needle, i - 2)) record(needle, line3);
        }
      }
      if (i >= 3) {
        const at4 = table4[key4(z, a, b, c)] as number;
        if (at4 !== 0) {
          for (const needle of buckets[at4 - 1] as string[])
            if (text.startsWith(needle, i - 3)) record(needle, line);
        }
        if (z === 10) line++;
      }
      if (a === 10) line3++;
      z = a;
      a = b;
      b = c;
    }
    if (this.short.length > 0) {
      const starts = lineStarts(text);
      for (const needle of this.short) {
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
          record(needle, lineOf(starts, at));
        }
      }
    }
    return found;
  }
}

function key3(a: number, b: number, c: number): number {
  return (Math.imul(a, 961) + Math.imul(b, 31) + c) & 0xffff;
}

function key4(a: number, b: number, c: number, d: number): number {
  return (Math.imul(a, 29791) + Math.imul(b, 961) + Math.imul(c, 31) + d) & 0xffff;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
