import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { KnowledgeBaseError } from "../../src/knowledge/KnowledgeBaseError.ts";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped knowledge base and a cache file, both in a temporary folder. */
function copyOfKnowledge(): { dir: string; cacheFile: string } {
  const root = mkdtempSync(join(tmpdir(), "td-cache-"));
  scratch.push(root);
  const dir = join(root, "knowledge");
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return { dir, cacheFile: join(root, "cache", "knowledge.json") };
}

const idsAndSignals = (kb: Awaited<ReturnType<typeof loadKnowledgeBase>>) =>
  kb.entries.map((e) => [e.entry.id, e.signals.map((s) => s.label), e.entry.fix]);

describe("the cache of validated entries", () => {
  it("gives the same knowledge base from the cache as from the YAML", async () => {
    const { dir, cacheFile } = copyOfKnowledge();
    const fromYaml = await loadKnowledgeBase(dir, { cacheFile: null });
    const first = await loadKnowledgeBase(dir, { cacheFile });
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as { entries: object; patterns: object };
    expect(Object.keys(cached.entries)).toHaveLength(fromYaml.entries.length);
    expect(Object.keys(cached.patterns).length).toBeGreaterThan(0);
    const second = await loadKnowledgeBase(dir, { cacheFile });
    expect(idsAndSignals(first)).toEqual(idsAndSignals(fromYaml));
    expect(idsAndSignals(second)).toEqual(idsAndSignals(fromYaml));
    expect(second.candidates.always.length).toBe(fromYaml.candidates.always.length);
  });

  it("reads an edited file again instead of answering from the cache", async () => {
    const { dir, cacheFile } = copyOfKnowledge();
    await loadKnowledgeBase(dir, { cacheFile });
    const file = join(dir, "xscaler", "missing-org-id.yml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "Edited title"'));
    const kb = await loadKnowledgeBase(dir, { cacheFile });
    expect(kb.byId.get("missing-org-id")?.entry.title).toBe("Edited title");
  });

  it("still names the file, line and field of a broken entry when the others are cached", async () => {
    const { dir, cacheFile } = copyOfKnowledge();
    await loadKnowledgeBase(dir, { cacheFile });
    const file = join(dir, "xscaler", "rate-limited-429.yml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^clients: .*$/m, "clients: [nobody]"));
    const error = await loadKnowledgeBase(dir, { cacheFile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    const [problem] = (error as KnowledgeBaseError).problems;
    expect(problem?.file).toBe("knowledge/xscaler/rate-limited-429.yml");
    expect(problem?.field).toBe("clients[0]");
    expect(problem?.line).toBeGreaterThan(1);
  });

  it("treats a corrupt or foreign cache file as empty", async () => {
    const { dir, cacheFile } = copyOfKnowledge();
    await loadKnowledgeBase(dir, { cacheFile });
    writeFileSync(cacheFile, "{ not json");
    const kb = await loadKnowledgeBase(dir, { cacheFile });
    expect(kb.entries.length).toBeGreaterThan(10);
    writeFileSync(cacheFile, JSON.stringify({ schema: "another version", entries: {}, patterns: {} }));
    expect((await loadKnowledgeBase(dir, { cacheFile })).entries.length).toBe(kb.entries.length);
    expect(JSON.parse(readFileSync(cacheFile, "utf8")).schema).not.toBe("another version");
  });
});
