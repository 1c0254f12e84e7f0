import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { KnowledgeBaseError } from "../../src/knowledge/KnowledgeBaseError.ts";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/knowledge/loadKnowledgeBase.ts";
import { parseKnowledgeBase } from "../../src/knowledge/parseKnowledgeBase.ts";
import { readYamlQuickly } from "../../src/knowledge/readYamlQuickly.ts";
import { knowledgeFixture } from "../support/knowledgeFixtures.ts";

const shipped = readdirSync(DEFAULT_KNOWLEDGE_DIR, { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".yml"))
  .map((name) => ({ name, text: readFileSync(join(DEFAULT_KNOWLEDGE_DIR, name), "utf8") }));

describe("readYamlQuickly", () => {
  it("reads every shipped entry to the same value as yaml does", () => {
    expect(shipped.length).toBeGreaterThan(30);
    for (const { name, text } of shipped) expect(readYamlQuickly(text), name).toEqual(parse(text));
  });

  it("reads the shapes entries use as yaml does: YAML 1.2 core, no timestamps, no merge keys", () => {
    const text = [
      "a: 2026-11-20",
      "b: yes",
      "c: 0o17",
      "d: [1, '2', \"th\\u00e9\"]",
      "e: |",
      "  line one",
      "  line two",
      "f: >-",
      "  folded",
      "  text",
      "g: &x {k: v}",
      "h: *x",
      "i: ~",
      "j: 'it''s' # a comment",
      "k:",
      "  <<: *x",
      "  z: 1",
    ].join("\n");
    expect(readYamlQuickly(text)).toEqual(parse(text));
    expect(readYamlQuickly(text)).toMatchObject({
      a: "2026-11-20",
      b: "yes",
      c: 15,
      k: { "<<": { k: "v" }, z: 1 },
    });
  });

  it("gives up on what it refuses, so the careful reader reports it", () => {
    expect(readYamlQuickly("a: 1\na: 2\n")).toBeUndefined();
    expect(readYamlQuickly("a: [1, 2\n")).toBeUndefined();
  });

  it("leaves a duplicate key to yaml's report, with its file and line", () => {
    const valid = knowledgeFixture("valid.yml");
    const twice = { ...valid, text: `${valid.text}\ntitle: again\n` };
    let problems: string[] = [];
    try {
      parseKnowledgeBase([twice]);
    } catch (error) {
      problems = (error as KnowledgeBaseError).problems.map((p) => `${p.file}:${p.line} ${p.message}`);
    }
    expect(problems).toEqual([expect.stringMatching(/valid\.yml:\d+ YAML: Map keys must be unique/)]);
  });
});
