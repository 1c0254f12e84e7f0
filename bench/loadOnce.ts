/** Loads the knowledge base once in a fresh process and prints how long that took, in ms. */
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";

const started = performance.now();
await loadKnowledgeBase();
process.stdout.write(`${(performance.now() - started).toFixed(1)}\n`);
