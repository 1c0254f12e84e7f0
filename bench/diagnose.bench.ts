/**
 * npm run bench: diagnosis latency by paste size, knowledge-base load time and peak RSS.
 * Figures are printed, not asserted: the machine decides the numbers, the note quotes them.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { diagnose } from "../src/diagnosis/diagnose.ts";
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";

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

// Load time as the bot meets it: the first load in a fresh process, measured in five child processes
// (loading it again and again here would also inflate this process's peak RSS).
const loadTimes = Array.from({ length: 5 }, () =>
  Number(
    execFileSync(fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url)), [
      fileURLToPath(new URL("./loadOnce.ts", import.meta.url)),
    ]).toString(),
  ),
).sort((a, b) => a - b);
const kb = await loadKnowledgeBase();

const sizes: [string, number, number][] = [
  ["1 KB", 1024, 2000],
  ["10 KB", 10 * 1024, 1000],
  ["100 KB", 100 * 1024, 200],
  ["1 MB", 1024 * 1024, 30],
];

console.log(`knowledge base: ${kb.entries.length} entries`);
console.log(
  `load (first, in a fresh process, 5 processes): median ${percentile(loadTimes, 0.5).toFixed(1)} ms, max ${Math.max(...loadTimes).toFixed(1)} ms`,
);
console.log("size     runs   median ms   p99 ms   matches");
for (const [label, size, runs] of sizes) {
  const inputs = Array.from({ length: 4 }, (_, i) => paste(size, i));
  for (let i = 0; i < 5; i++) diagnose(inputs[i % 4] ?? "", kb); // warm-up
  const times: number[] = [];
  let matched = 0;
  for (let i = 0; i < runs; i++) {
    const input = inputs[i % inputs.length] ?? "";
    const t = performance.now();
    const d = diagnose(input, kb);
    times.push(performance.now() - t);
    matched = d.matches.length;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(8)} ${String(runs).padStart(5)}   ${percentile(times, 0.5).toFixed(3).padStart(9)}   ${percentile(times, 0.99).toFixed(3).padStart(6)}   ${matched}`,
  );
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

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
