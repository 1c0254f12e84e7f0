/**
 * Finds every occurrence of many literal strings in one pass over the text, so the cost of the
 * phrase and prefilter look-ups does not grow with the number of knowledge entries. Needles are
 * bucketed by their first two characters; a position is only compared with the needles whose first
 * two characters it starts with.
 */
export class NeedleIndex {
  private readonly buckets = new Map<number, string[]>();
  private readonly short: string[] = [];

  constructor(needles: Iterable<string>) {
    for (const needle of new Set(needles)) {
      if (needle.length < 2) {
        this.short.push(needle);
        continue;
      }
      const key = (needle.charCodeAt(0) << 16) | needle.charCodeAt(1);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(needle);
      else this.buckets.set(key, [needle]);
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
    let line = 0;
    let previous = text.charCodeAt(0);
    for (let i = 1; i <= text.length; i++) {
      const current = i < text.length ? text.charCodeAt(i) : 0;
      const bucket = this.buckets.get((previous << 16) | current);
      if (bucket) for (const needle of bucket) if (text.startsWith(needle, i - 1)) record(needle, line);
      if (previous === 10) line++;
      previous = current;
    }
    for (const needle of this.short) {
      let l = 0;
      for (let i = 0; i < text.length; i++) {
        if (text.startsWith(needle, i)) record(needle, l);
        if (text.charCodeAt(i) === 10) l++;
      }
    }
    return found;
  }
}
