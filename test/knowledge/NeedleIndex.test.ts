import { describe, expect, it } from "vitest";
import { NeedleIndex } from "../../src/knowledge/NeedleIndex.ts";

describe("NeedleIndex", () => {
  it("finds every needle on every line it occurs in, once a line", () => {
    const index = new NeedleIndex(["refused", "no org id", "x", "org"]);
    const found = index.scan("dial: refused refused\nok\nno org id\nxx refused\n");
    expect(found.get("refused")).toEqual([0, 3]);
    expect(found.get("no org id")).toEqual([2]);
    expect(found.get("org")).toEqual([2]);
    expect(found.get("x")).toEqual([3]);
  });

  it("finds needles at the very start and end of the text, and overlapping ones", () => {
    const found = new NeedleIndex(["ab", "abc", "bcd"]).scan("abcd");
    expect(found.get("ab")).toEqual([0]);
    expect(found.get("abc")).toEqual([0]);
    expect(found.get("bcd")).toEqual([0]);
    expect(new NeedleIndex(["zz"]).scan("abc").size).toBe(0);
  });

  it("finds what a plain indexOf search finds, for needles sharing prefixes and hash buckets", () => {
    // A small alphabet makes needles share four-character beginnings and collide in the hash table,
    // and makes every needle a prefix of others: the cases the trie behind a bucket must get right.
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed;
    };
    const word = (n: number) => Array.from({ length: n }, () => "ab\nc"[(next() >>> 16) % 4]).join("");
    for (let round = 0; round < 40; round++) {
      const needles = Array.from({ length: 30 }, () => word(1 + ((next() >>> 16) % 9))).filter(
        (n) => !n.includes("\n"),
      );
      const text = word(300);
      const expected = new Map<string, number[]>();
      for (const needle of new Set(needles)) {
        const lines = new Set<number>();
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
          lines.add(text.slice(0, at).split("\n").length - 1);
        }
        if (lines.size > 0)
          expected.set(
            needle,
            [...lines].sort((x, y) => x - y),
          );
      }
      const found = new NeedleIndex(needles).scan(text);
      expect(new Map([...found].sort())).toEqual(new Map([...expected].sort()));
    }
  });
});
