import { describe, expect, it } from "vitest";
import { MemoryEventDeduper } from "../../src/slack/MemoryEventDeduper.ts";

describe("MemoryEventDeduper", () => {
  it("says true once per key until the key expires, and stays bounded", async () => {
    let now = 0;
    const dedupe = new MemoryEventDeduper({ ttlMs: 1000, maxKeys: 2, now: () => now });
    expect(await dedupe.firstSeen("a")).toBe(true);
    expect(await dedupe.firstSeen("a")).toBe(false);
    now = 999;
    expect(await dedupe.firstSeen("a")).toBe(false);
    now = 1000;
    expect(await dedupe.firstSeen("a")).toBe(true);
    expect(await dedupe.firstSeen("b")).toBe(true);
    expect(await dedupe.firstSeen("c")).toBe(true); // evicts "a", the oldest
    expect(await dedupe.firstSeen("a")).toBe(true);
    expect(await dedupe.firstSeen("c")).toBe(false);
  });
});
