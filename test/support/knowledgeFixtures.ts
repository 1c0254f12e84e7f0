import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { KnowledgeFile } from "../../src/knowledge/parseKnowledgeBase.ts";

/** A fixture under test/fixtures/knowledge as the loader would see it. */
export function knowledgeFixture(name: string): KnowledgeFile {
  const url = new URL(`../fixtures/knowledge/${name}`, import.meta.url);
  return { path: `knowledge/${name}`, text: readFileSync(fileURLToPath(url), "utf8") };
}
