/**
 * Finds every occurrence of many literal strings in one pass over the text, so the cost of the
 * phrase and prefilter look-ups does not grow with the number of knowledge entries. Needles are
 * bucketed by a hash of their first four characters, in a 64K-entry typed table, so a position costs
 * one array read. Four characters, not three: the vocabulary has dozens of needles starting "max",
 * "err" or "the", and every such word in a paste would otherwise try each of them. Behind each
 * four-character prefix, the rest of its needles form a trie, walked once per position: a bucket holds
 * up to 70 needles on one prefix ("failed to ..."), and confirming each with `startsWith` had made the
 * bucket checks five times the cost of the hashing. The few needles shorter than four characters are
 * found with indexOf.
 */
export class NeedleIndex {
  /** Hash of the first four characters → 1 + index into `buckets`, 0 for none. */
  private readonly table = new Int32Array(1 << 16);
  private readonly buckets: Prefix[][] = [];
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
      let at = this.table[key] ?? 0;
      if (at === 0) at = this.table[key] = this.buckets.push([]);
      const bucket = this.buckets[at - 1] as Prefix[];
      const head = needle.slice(0, 4);
      let prefix = bucket.find((p) => p.head === head);
      if (!prefix) {
        prefix = { head, root: { needle: undefined, next: undefined } };
        bucket.push(prefix);
      }
      let node = prefix.root;
      for (let k = 4; k < needle.length; k++) {
        node.next ??= new Map();
        const code = needle.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) {
          child = { needle: undefined, next: undefined };
          node.next.set(code, child);
        }
        node = child;
      }
      node.needle = needle;
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
        for (const prefix of buckets[at - 1] as Prefix[]) {
          // The hash can join two prefixes: compare the four characters themselves.
          const head = prefix.head;
          if (head.charCodeAt(0) !== a || head.charCodeAt(1) !== b) continue;
          if (head.charCodeAt(2) !== c || head.charCodeAt(3) !== d) continue;
          let node: TrieNode | undefined = prefix.root;
          for (let k = i + 1; node; k++) {
            if (node.needle !== undefined) record(node.needle, line);
            if (!node.next || k >= text.length) break;
            node = node.next.get(text.charCodeAt(k));
          }
        }
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

/** The needles that share one four-character beginning, the rest of each in a trie. */
interface Prefix {
  head: string;
  root: TrieNode;
}

interface TrieNode {
  /** The needle that ends here, if one does. */
  needle: string | undefined;
  next: Map<number, TrieNode> | undefined;
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
