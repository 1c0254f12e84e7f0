import { KnowledgeBaseError } from "../knowledge/KnowledgeBaseError.ts";
import { loadKnowledgeBase } from "../knowledge/loadKnowledgeBase.ts";
import { selfTest } from "../knowledge/selfTest.ts";

const USAGE = `usage: npm run kb -- check
  check   validate every entry under knowledge/ and run each entry's examples as a self-test
exit: 0 all good, 1 an example failed, 2 the knowledge base does not load`;

function short(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 140 ? `${one.slice(0, 140)}…` : one;
}

async function check(): Promise<number> {
  const started = performance.now();
  const kb = await loadKnowledgeBase();
  const loadedMs = performance.now() - started;
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

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === "check") return check();
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
