/** Where an entry point writes: a stream (process.stdout) or anything with a write function (a test's buffer). */
export interface Output {
  write(text: string): unknown;
}

/** What an entry point gets instead of reaching for `process`: so tests call it in-process. */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  /** Read only by entry points that take `-` (standard input). */
  stdin?: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted on SIGTERM or SIGINT: an entry point that runs until stopped (the bot) stops on it. */
  signal?: AbortSignal;
}

/** An entry point: the arguments after the script's name in, an exit status out. */
export type CliMain = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Reads all of standard input, or nothing when there is none. */
export async function readAll(stdin: CliIo["stdin"]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin ?? [])
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
