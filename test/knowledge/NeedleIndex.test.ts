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
});
