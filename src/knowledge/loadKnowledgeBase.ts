import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DiskEntryCache } from "./diskEntryCache.ts";
import type { KnowledgeBase } from "./KnowledgeBase.ts";
import { KnowledgeBaseError } from "./KnowledgeBaseError.ts";
import { type KnowledgeFile, parseKnowledgeBase } from "./parseKnowledgeBase.ts";

/** The knowledge/ folder shipped with the project. */
export const DEFAULT_KNOWLEDGE_DIR = resolve(fileURLToPath(new URL("../../knowledge", import.meta.url)));

async function listYaml(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, item.name);
    if (item.isDirectory()) found.push(...(await listYaml(full)));
    else if (/\.ya?ml$/.test(item.name)) found.push(full);
  }
  return found.sort();
}

/** Where validated entries are kept between runs (see DiskEntryCache); null for none. */
export const DEFAULT_CACHE_FILE = resolve(
  fileURLToPath(new URL("../../node_modules/.cache/telemetry-doctor/knowledge.json", import.meta.url)),
);

/** Reads every YAML file under dir (recursively), then validates and compiles them. */
export async function loadKnowledgeBase(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
  options: { cacheFile?: string | null } = {},
): Promise<KnowledgeBase> {
  let paths: string[];
  try {
    paths = await listYaml(dir);
  } catch (cause) {
    throw new KnowledgeBaseError(
      [
        {
          file: dir,
          line: 0,
          field: "",
          message: `cannot read the knowledge directory: ${(cause as Error).message}`,
        },
      ],
      { cause },
    );
  }
  if (paths.length === 0) {
    throw new KnowledgeBaseError([{ file: dir, line: 0, field: "", message: "no .yml entries found" }]);
  }
  const base = resolve(dir, "..");
  const files: KnowledgeFile[] = await Promise.all(
    paths.map(async (p) => ({ path: relative(base, p), text: await readFile(p, "utf8") })),
  );
  const cacheFile = options.cacheFile === undefined ? DEFAULT_CACHE_FILE : options.cacheFile;
  const cache = cacheFile ? new DiskEntryCache(cacheFile) : undefined;
  const kb = parseKnowledgeBase(files, cache ? { cache } : {});
  cache?.save();
  return kb;
}
