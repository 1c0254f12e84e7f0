import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { findCollisions } from "../../src/diagnosis/findCollisions.ts";
import { parseKnowledgeBase } from "../../src/knowledge/parseKnowledgeBase.ts";

/** A small entry: its phrases with their weights, and its match examples. */
function entry(id: string, phrases: [string, number][], match: string[]) {
  return {
    path: `knowledge/test/${id}.yml`,
    text: stringify({
      id,
      title: id,
      product: "protocols",
      source: { doc: "test", section: id },
      clients: ["curl"],
      signals: phrases.map(([phrase, weight]) => ({ phrase, weight })),
      cause: "test",
      fix: ["test"],
      examples: { match },
    }),
  };
}

describe("findCollisions", () => {
  const kb = parseKnowledgeBase([
    // Each weighs the other's words higher than its own: each takes the other's example.
    entry(
      "disk-quota",
      [
        ["disk quota exceeded", 0.6],
        ["tenant quota exceeded", 0.8],
        ["zebra unicorn", 0.9],
      ],
      ["disk quota exceeded"],
    ),
    entry(
      "tenant-quota",
      [
        ["disk quota exceeded", 0.7],
        ["tenant quota exceeded", 0.6],
      ],
      ["tenant quota exceeded"],
    ),
    // One way only: slow-disk's example goes to write-stall, but write-stall keeps its own.
    entry("slow-disk", [["slow disk", 0.6]], ["slow disk write"]),
    entry(
      "write-stall",
      [
        ["slow disk", 0.7],
        ["write stall", 0.9],
      ],
      ["write stall"],
    ),
  ]);
  const report = findCollisions(kb);

  it("reports a pair only when each entry's example ranks the other first", () => {
    expect(report.collisions).toEqual([
      {
        a: { id: "disk-quota", file: "knowledge/test/disk-quota.yml", example: "disk quota exceeded" },
        b: { id: "tenant-quota", file: "knowledge/test/tenant-quota.yml", example: "tenant quota exceeded" },
      },
    ]);
  });

  it("names the signals no example of their own entry makes hit, by file and index", () => {
    expect(report.unexercised.map((u) => `${u.file} signals[${u.index}] ${u.label}`)).toEqual([
      'knowledge/test/disk-quota.yml signals[1] "tenant quota exceeded"',
      'knowledge/test/disk-quota.yml signals[2] "zebra unicorn"',
      'knowledge/test/tenant-quota.yml signals[0] "disk quota exceeded"',
      'knowledge/test/write-stall.yml signals[0] "slow disk"',
    ]);
  });

  it("finds nothing in a base whose entries keep to their own examples", () => {
    const clean = parseKnowledgeBase([
      entry("alpha", [["alpha failed", 0.9]], ["alpha failed"]),
      entry("beta", [["beta failed", 0.9]], ["beta failed"]),
    ]);
    expect(findCollisions(clean)).toEqual({ collisions: [], unexercised: [] });
  });
});
