import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { diagnose } from "../diagnosis/diagnose.ts";
import { KnowledgeBaseError } from "../knowledge/KnowledgeBaseError.ts";
import { loadKnowledgeBase } from "../knowledge/loadKnowledgeBase.ts";
import { renderDiagnosisText } from "./renderDiagnosisText.ts";
import { runBatch } from "./runBatch.ts";

/** The bundled example the README's first command diagnoses when no file is given. */
export const DEFAULT_EXAMPLE = fileURLToPath(
  new URL("../../examples/prometheus-remote-write-401.log", import.meta.url),
);

const USAGE = `usage: npm run diagnose -- [FILE | -] [--json]
       npm run diagnose -- --batch CASES.jsonl
  FILE     a pasted log, config or error text (default: ${"examples/prometheus-remote-write-401.log"})
  -        read the text from standard input
  --json   print the diagnosis as JSON
  --batch  one JSON line per case of a JSONL file of {"id","text"}
exit: 0 something matched, 1 no confident match, 2 error`;

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== "-") return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        batch: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  }
  try {
    args = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const kb = await loadKnowledgeBase();
  if (args.values.batch) {
    const text = await readFile(args.values.batch, "utf8");
    for (const line of runBatch(text, kb)) process.stdout.write(`${line}\n`);
    return 0;
  }
  const file = args.positionals[0] ?? DEFAULT_EXAMPLE;
  if (args.positionals[0] === undefined)
    process.stderr.write(`(no file given: diagnosing ${resolve(file)})\n`);
  const diagnosis = diagnose(await readInput(file), kb);
  process.stdout.write(
    args.values.json ? `${JSON.stringify(diagnosis, null, 2)}\n` : `${renderDiagnosisText(diagnosis)}\n`,
  );
  if (diagnosis.input.kind !== "text") return 2;
  return diagnosis.matches.length > 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof KnowledgeBaseError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`diagnose: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
