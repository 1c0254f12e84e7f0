/**
 * Finds every occurrence of many literal strings in one pass over the text, so the cost of the
 * phrase and prefilter look-ups does not grow with the number of knowledge entries. Needles are
 * bucketed by a hash of their first three characters (a 64K-entry typed table, so a position costs
 * one array read); a candidate is then confirmed with `startsWith`.
 */
export class NeedleIndex {
  /** Hash of the first three characters → 1 + index into `buckets`, 0 for none. */
  private readonly table = new Int32Array(1 << 16);
  private readonly buckets: string[][] = [];
  /** Needles of one or two characters, found with indexOf instead. */
  private readonly short: string[] = [];

  constructor(needles: Iterable<string>) {
    for (const needle of new Set(needles)) {
      if (needle.length < 3) {
        this.short.push(needle);
        continue;
      }
      const key = triKey(needle.charCodeAt(0), needle.charCodeAt(1), needle.charCodeAt(2));
      const at = this.table[key] ?? 0;
      if (at > 0) this.buckets[at - 1]?.push(needle);
      else this.table[key] = this.buckets.push([needle]);
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
    const { table, buckets } = this;
    let line = 0;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const at = table[triKey(a, b, c)] as number;
      if (at !== 0) {
        for (const needle of buckets[at - 1] as string[])
          if (text.startsWith(needle, i - 2)) record(needle, line);
      }
      if (a === 10) line++;
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

function triKey(a: number, b: number, c: number): number {
  return (Math.imul(a, 961) + Math.imul(b, 31) + c) & 0xffff;
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
