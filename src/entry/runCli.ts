import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import { CliError } from "./CliError.ts";
import type { CliIo, CliMain } from "./CliIo.ts";

/** Exit status of a bad environment, as of bad usage: nothing ran. */
export const EXIT_ENV_INVALID = 2;

/**
 * What an entry point that threw should print and exit with. A bad environment (ENV_INVALID), a
 * knowledge base that does not load (KB_INVALID) and a CliError are already written for the
 * operator and printed as they are (SettingsError masks its own); any other error as "name:
 * message", masked (it may quote a URL with a password in it), with its code when it is one of ours
 * (STORE_UNREACHABLE …; not a system error's ENOENT).
 */
export function describeFailure(name: string, error: unknown): { text: string; exitCode: number } {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === "ENV_INVALID") return { text: `${message}\n`, exitCode: EXIT_ENV_INVALID };
  if (error instanceof CliError) return { text: `${message}\n`, exitCode: error.exitCode };
  if (code === "KB_INVALID") return { text: `${message}\n`, exitCode: 2 };
  const ours = typeof code === "string" && /^(?!ERR_)[A-Z]+_[A-Z0-9_]+$/.test(code) ? ` [${code}]` : "";
  return { text: `${name}: ${maskSecrets(message)}${ours}\n`, exitCode: 2 };
}

/** Calls `main` and turns a throw into its message and status; never exits (tests use it in-process). */
export async function callMain(
  name: string,
  main: CliMain,
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    const { text, exitCode } = describeFailure(name, error);
    io.stderr.write(text);
    return exitCode;
  }
}

/** True when `moduleUrl` is the script node was started with (not a module a test imported). */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

export interface RunOptions {
  /**
   * Exit as soon as `main` resolves rather than when the event loop empties: the bot, whose stuck
   * sockets must not keep a stopped process alive. The CLIs leave it off so their output drains.
   */
  forceExit?: boolean;
  /** Turn SIGTERM and SIGINT into `io.signal` (the bot stops cleanly); off, they end the process as usual. */
  stopOnSignal?: boolean;
}

/**
 * The one place that touches the process for an entry point: it passes the real streams, the
 * environment and a signal aborted on SIGTERM/SIGINT, and sets the exit status. Does nothing when
 * the module was imported rather than run.
 */
export async function runCli(
  moduleUrl: string,
  name: string,
  main: CliMain,
  options: RunOptions = {},
): Promise<void> {
  if (!isEntryPoint(moduleUrl)) return;
  // A closed stdout or stderr (EPIPE: `| head`) is no reason to crash: the writes are dropped.
  process.stdout.on("error", () => {});
  process.stderr.on("error", () => {});
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  if (options.stopOnSignal) {
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  }
  const code = await callMain(name, main, process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // Made on first use only: an untouched process.stdin costs nothing.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    signal: stop.signal,
  });
  if (options.forceExit) process.exit(code);
  process.exitCode = code;
}
