import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { selfTest } from "../diagnosis/selfTest.ts";
import { compileAllPatterns } from "../knowledge/compileAllPatterns.ts";
import { formatProblem, KnowledgeBaseError } from "../knowledge/KnowledgeBaseError.ts";
import { loadKnowledgeBase } from "../knowledge/loadKnowledgeBase.ts";
import { draftKnowledgeEntry } from "../store/draftEntry.ts";
import { openStore } from "../store/openStore.ts";
import { readStoreConfig } from "../store/storeConfig.ts";

const USAGE = `usage: npm run kb -- check
       npm run kb -- draft GAP [--out FILE]
  check   validate every entry under knowledge/ and run each entry's examples as a self-test
  draft   write a knowledge-entry skeleton for a knowledge gap (an id from \`npm run report\`), read
          from the bot's store (DATABASE_URL, else DATA_DIR); to stdout, or to FILE
exit: 0 all good, 1 an example failed or the gap is unknown, 2 the knowledge base does not load or bad usage`;

function short(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 140 ? `${one.slice(0, 140)}…` : one;
}

async function check(): Promise<number> {
  const started = performance.now();
  const kb = await loadKnowledgeBase();
  const loadedMs = performance.now() - started;
  const refused = compileAllPatterns(kb);
  for (const p of refused) process.stdout.write(`FAIL ${formatProblem(p)}\n`);
  if (refused.length > 0) return 2;
  // A draft from `kb draft` keeps its TODO markers until someone writes the entry for real.
  const unfinished = kb.entries.filter((e) => /\bTODO\b/.test(JSON.stringify(e.entry)));
  for (const e of unfinished)
    process.stdout.write(`FAIL ${e.file}: still has TODO markers; finish the draft\n`);
  if (unfinished.length > 0) return 1;
  const result = selfTest(kb);
  for (const f of result.failures) {
    const got = f.got.map((g) => `${g.id} ${g.score.toFixed(2)}`).join(", ") || "no match";
    const want = f.kind === "match" ? "should rank first" : "should not match";
    process.stdout.write(`FAIL ${f.file} examples.${f.kind}: ${want}: "${short(f.example)}" → ${got}\n`);
  }
  process.stdout.write(
    `kb check: ${result.entries} entries loaded in ${loadedMs.toFixed(0)} ms; ` +
      `${result.examples - result.failures.length}/${result.examples} examples pass\n`,
  );
  return result.failures.length === 0 ? 0 : 1;
}

async function draft(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: "string" } },
  });
  const gapId = positionals[0];
  if (!gapId) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const store = await openStore(readStoreConfig(process.env));
  try {
    const gap = await store.getGap(gapId);
    if (!gap) {
      process.stderr.write(
        `kb draft: no knowledge gap "${gapId}" in ${store.describe} (see npm run report)\n`,
      );
      return 1;
    }
    const yaml = draftKnowledgeEntry(gap);
    if (values.out) {
      await writeFile(values.out, yaml, { flag: "wx" });
      process.stdout.write(`kb draft: wrote ${values.out}; fill in the TODOs, then npm run kb -- check\n`);
    } else process.stdout.write(yaml);
    return 0;
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "check") return check();
  if (command === "draft") return draft(rest);
  process.stderr.write(`${USAGE}\n`);
  return command === undefined || command === "help" || command === "--help" ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      error instanceof KnowledgeBaseError
        ? `${error.message}\n`
        : `kb: ${(error as Error).message ?? String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
