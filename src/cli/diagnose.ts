import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { diagnose } from "../diagnosis/diagnose.ts";
import { diagnoseThread } from "../diagnosis/diagnoseThread.ts";
import { type CliIo, readAll } from "../entry/CliIo.ts";
import { runCli } from "../entry/runCli.ts";
import { loadKnowledgeBase } from "../knowledge/loadKnowledgeBase.ts";
import { renderDiagnosisText } from "./renderDiagnosisText.ts";
import { runBatch } from "./runBatch.ts";

/** The bundled example the README's first command diagnoses when no file is given. */
export const DEFAULT_EXAMPLE = fileURLToPath(
  new URL("../../examples/prometheus-remote-write-401.log", import.meta.url),
);

const USAGE = `usage: npm run diagnose -- [FILE | -] [--json]
       npm run diagnose -- --thread FILE FILE... [--json]
       npm run diagnose -- --batch CASES.jsonl
  FILE     a pasted log, config or error text (default: ${"examples/prometheus-remote-write-401.log"})
  -        read the text from standard input
  --thread the files are the messages of one thread, oldest first: one answer for the thread
  --json   print the diagnosis as JSON
  --batch  one JSON line per case of a JSONL file of {"id","text"}
exit: 0 something matched, 1 no confident match, 2 error`;

/**
 * `npm run diagnose`: one paste (a file, `-` for standard input, the bundled example by default)
 * or a batch. Exit status: 0 something matched, 1 no confident match, 2 an error.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        thread: { type: "boolean" },
        batch: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  }
  try {
    args = parse();
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const kb = await loadKnowledgeBase();
  if (args.values.batch) {
    const text = await readFile(args.values.batch, "utf8");
    for (const line of runBatch(text, kb)) io.stdout.write(`${line}\n`);
    return 0;
  }
  if (args.values.thread && args.positionals.length === 0) {
    io.stderr.write(`--thread needs the thread's messages as files\n${USAGE}\n`);
    return 2;
  }
  const file = args.positionals[0] ?? DEFAULT_EXAMPLE;
  if (args.positionals[0] === undefined) io.stderr.write(`(no file given: diagnosing ${resolve(file)})\n`);
  const read = (name: string) => (name === "-" ? readAll(io.stdin) : readFile(name));
  const diagnosis = args.values.thread
    ? diagnoseThread(await Promise.all(args.positionals.map(read)), kb)
    : diagnose(await read(file), kb);
  io.stdout.write(
    args.values.json ? `${JSON.stringify(diagnosis, null, 2)}\n` : `${renderDiagnosisText(diagnosis)}\n`,
  );
  if (diagnosis.input.kind !== "text") return 2;
  return diagnosis.matches.length > 0 ? 0 : 1;
}

await runCli(import.meta.url, "diagnose", main);
