/**
 * npm run bench: diagnosis latency by paste size, knowledge-base load time and peak RSS.
 * Figures are printed, not asserted: the machine decides the numbers, the note quotes them.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { diagnose } from "../src/diagnosis/diagnose.ts";
import type { KnowledgeBase } from "../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";
import { writeSyntheticKnowledge } from "./syntheticKnowledge.ts";

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../examples/${name}`, import.meta.url)), "utf8");

/** A realistic paste of about `size` bytes: ordinary info lines with real errors at both ends. */
function paste(size: number, seed: number): string {
  const errors = [example("prometheus-remote-write-401.log"), example("otelcol-two-problems.log")];
  const filler = (i: number) =>
    `ts=2026-11-20T09:${String(i % 60).padStart(2, "0")}:07.${(seed * 7919 + i) % 1000}Z caller=manager.go:${100 + (i % 900)} level=info component="scrape manager" scrape_pool=node-${i % 17} msg="scrape ok" samples=${(i * 31) % 5000}\n`;
  let body = errors[seed % 2] ?? "";
  for (let i = 0; body.length < size - 1200; i++) body += filler(i);
  return body + (errors[(seed + 1) % 2] ?? "");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

// Load time as the bot meets it: the first load in a fresh process, measured in child processes
// (loading it again and again here would also inflate this process's peak RSS). "cold" is a start
// with no cache of validated entries (the YAML is parsed); "warm" is every later start.
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const loadOnce = fileURLToPath(new URL("./loadOnce.ts", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "td-bench-"));
function loadTimes(dir: string | undefined, runs: number): { cold: number; warm: number[] } {
  const cacheFile = join(scratch, `cache-${Math.random().toString(36).slice(2)}.json`);
  const once = () =>
    Number(execFileSync(tsx, [loadOnce, ...(dir ? [dir] : ["knowledge"]), cacheFile]).toString());
  const cold = once();
  const warm = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return { cold, warm };
}
const shippedLoad = loadTimes(undefined, 5);
const kb = await loadKnowledgeBase();

const sizes: [string, number, number][] = [
  ["1 KB", 1024, 2000],
  ["10 KB", 10 * 1024, 1000],
  ["100 KB", 100 * 1024, 200],
  ["1 MB", 1024 * 1024, 30],
];

console.log(`knowledge base: ${kb.entries.length} entries`);
console.log(
  `load (in a fresh process): cold ${shippedLoad.cold.toFixed(1)} ms; warm median ${percentile(shippedLoad.warm, 0.5).toFixed(1)} ms, max ${Math.max(...shippedLoad.warm).toFixed(1)} ms (5 processes)`,
);

function latency(
  base: KnowledgeBase,
  size: number,
  runs: number,
): { median: number; p99: number; matched: number } {
  const inputs = Array.from({ length: 4 }, (_, i) => paste(size, i));
  for (let i = 0; i < 5; i++) diagnose(inputs[i % 4] ?? "", base); // warm-up
  const times: number[] = [];
  let matched = 0;
  for (let i = 0; i < runs; i++) {
    const input = inputs[i % inputs.length] ?? "";
    const t = performance.now();
    const d = diagnose(input, base);
    times.push(performance.now() - t);
    matched = d.matches.length;
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p99: percentile(times, 0.99), matched };
}

console.log("size     runs   median ms   p99 ms   matches");
for (const [label, size, runs] of sizes) {
  const { median, p99, matched } = latency(kb, size, runs);
  console.log(
    `${label.padEnd(8)} ${String(runs).padStart(5)}   ${median.toFixed(3).padStart(9)}   ${p99.toFixed(3).padStart(6)}   ${matched}`,
  );
}

// The bot's own footprint: the shipped base, before the synthetic bases below inflate this process.
console.log(`peak RSS (shipped base): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// How cost grows with the number of entries. "distinct": synthetic entries with their own words, as a
// growing base has; "copies": the shipped entries repeated with new ids, the worst case, where every
// entry shares every needle with 30 others.
console.log(
  "\nentries  kind       load cold ms  load warm ms  1 KB median  1 KB p99  10 KB median  10 KB p99",
);
for (const [count, mode] of [
  [16, "distinct"],
  [100, "distinct"],
  [500, "distinct"],
  [496, "copies"],
] as const) {
  const dir = count === 16 ? undefined : writeSyntheticKnowledge(scratch, count, mode);
  const load = loadTimes(dir, 3);
  const base = dir ? await loadKnowledgeBase(dir, { cacheFile: null }) : kb;
  const one = latency(base, 1024, 1000);
  const ten = latency(base, 10 * 1024, 500);
  console.log(
    `${String(base.entries.length).padEnd(8)} ${mode.padEnd(10)} ${load.cold.toFixed(0).padStart(12)}  ${percentile(load.warm, 0.5).toFixed(0).padStart(12)}  ${one.median.toFixed(3).padStart(11)}  ${one.p99.toFixed(3).padStart(8)}  ${ten.median.toFixed(3).padStart(12)}  ${ten.p99.toFixed(3).padStart(9)}`,
  );
}
rmSync(scratch, { recursive: true, force: true });
console.log(`peak RSS (after the synthetic bases): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Crafted input: long runs of what the patterns and the config reader look for, 250 KB each.
const crafted: Record<string, string> = {
  "one 250 KB line of /v1/": "/v1/",
  "x-scope-orgid, no newline": "x-scope-orgid ",
  "unclosed Slack links": "<http://a|",
  "YAML-looking url lines": "url: x\n",
  "exporters blocks": "exporters:\n  otlp:\n",
  "short lines with /v1/": "/v1/\n",
  "authorization headers": "authorization: ",
};
let worst = ["", 0] as [string, number];
for (const [label, unit] of Object.entries(crafted)) {
  const text = unit.repeat(Math.ceil(250_000 / unit.length));
  const t = performance.now();
  diagnose(text, kb);
  const ms = performance.now() - t;
  if (ms > worst[1]) worst = [label, ms];
}
console.log(
  `crafted 250 KB inputs (${Object.keys(crafted).length}): worst ${worst[1].toFixed(0)} ms (${worst[0]})`,
);
