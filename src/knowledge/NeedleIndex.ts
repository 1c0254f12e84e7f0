/**
 * Finds every occurrence of many literal strings in one pass over the text, so the cost of the
 * phrase and prefilter look-ups does not grow with the number of knowledge entries. Needles are
 * bucketed by a hash of their first four characters, in a 64K-entry typed table, so a position costs
 * one array read; a candidate is then confirmed with `startsWith`. Four characters, not three: the
 * vocabulary has dozens of needles starting "max", "err" or "the", and every such word in a paste would
 * otherwise try each of them. The few needles shorter than four characters are found with indexOf.
 */
export class NeedleIndex {
  /** Hash of the first four characters → 1 + index into `buckets`, 0 for none. */
  private readonly table = new Int32Array(1 << 16);
  private readonly buckets: string[][] = [];
  /** Needles of one to three characters, found with indexOf instead. */
  private readonly short: string[] = [];

  constructor(needles: Iterable<string>) {
    for (const needle of new Set(needles)) {
      if (needle.length < 4) {
        this.short.push(needle);
        continue;
      }
      const key = key4(
        needle.charCodeAt(0),
        needle.charCodeAt(1),
        needle.charCodeAt(2),
        needle.charCodeAt(3),
      );
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
    // `line` counts the line breaks before position i − 3, where a needle found at i starts.
    let line = 0;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    let c = text.charCodeAt(2);
    for (let i = 3; i < text.length; i++) {
      const d = text.charCodeAt(i);
      const at = table[key4(a, b, c, d)] as number;
      if (at !== 0) {
        for (const needle of buckets[at - 1] as string[])
          if (text.startsWith(needle, i - 3)) record(needle, line);
      }
      if (a === 10) line++;
      a = b;
      b = c;
      c = d;
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
