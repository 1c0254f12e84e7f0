/**
 * Loads a knowledge base once in a fresh process and prints how long that took, in ms.
 * usage: tsx bench/loadOnce.ts [DIR] [CACHE_FILE | none]
 */
import {
  DEFAULT_CACHE_FILE,
  DEFAULT_KNOWLEDGE_DIR,
  loadKnowledgeBase,
} from "../src/knowledge/loadKnowledgeBase.ts";

const [dir = DEFAULT_KNOWLEDGE_DIR, cache = DEFAULT_CACHE_FILE] = process.argv.slice(2);
const started = performance.now();
await loadKnowledgeBase(dir, { cacheFile: cache === "none" ? null : cache });
process.stdout.write(`${(performance.now() - started).toFixed(1)}\n`);
