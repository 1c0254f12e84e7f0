import { Readable } from "node:stream";
import type { CliMain } from "../../src/entry/CliIo.ts";
import { callMain } from "../../src/entry/runCli.ts";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Calls an entry point's main(argv, io) in-process, as the runner would (a throw becomes its message
 * on stderr and its exit status), with its output collected and only the environment given.
 */
export async function callCli(
  main: CliMain,
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
  stdin?: string,
): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await callMain("cli", main, argv, {
    stdout: {
      write: (t: string) => {
        out += t;
      },
    },
    stderr: {
      write: (t: string) => {
        err += t;
      },
    },
    ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }),
    env,
  });
  return { code, out, err };
}
