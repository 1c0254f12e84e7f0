import { write as fsWrite } from "node:fs";
import { type DestinationStream, type Logger, pino } from "pino";
import { MASK } from "../vocabulary/maskSecrets.ts";

/** Fields that may carry a credential, wherever they sit in a log line. */
export const REDACT_PATHS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "authorization",
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  'headers["x-slack-signature"]',
];

/** Most log bytes held while stdout is slow; beyond it lines are dropped rather than memory grown. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/**
 * Log lines to file descriptor 1, written one at a time off the main thread and in order. A write
 * error (EPIPE when whoever read stdout went away) stops logging instead of being retried, and a
 * stdout nobody drains never blocks the process: pino's own destination retries a closed pipe for
 * ever in its synchronous flush, and then SIGTERM never finishes.
 */
export class StdoutDestination implements DestinationStream {
  readonly #fd: number;
  #queue: string[] = [];
  #queued = 0;
  #writing = false;
  #dead = false;
  #drained: (() => void)[] = [];

  constructor(fd = 1) {
    this.#fd = fd;
  }

  write(line: string): void {
    if (this.#dead || this.#queued + line.length > MAX_QUEUED_BYTES) return;
    this.#queue.push(line);
    this.#queued += line.length;
    if (!this.#writing) this.#next();
  }

  /** Calls back once everything queued is written, or stdout has failed. */
  flush(callback: (error?: Error) => void): void {
    if (this.#writing) this.#drained.push(() => callback());
    else callback();
  }

  #next(): void {
    const chunk = this.#queue.join("");
    this.#queue = [];
    this.#queued = 0;
    if (chunk === "" || this.#dead) {
      this.#writing = false;
      for (const done of this.#drained.splice(0)) done();
      return;
    }
    this.#writing = true;
    fsWrite(this.#fd, chunk, (error) => {
      if (error) this.#dead = true;
      this.#next();
    });
  }
}

/** Structured JSON logs with credentials redacted by field; messages are masked by the callers. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: "slack-bot" }, redact: { paths: REDACT_PATHS, censor: MASK } };
  return pino(options, destination ?? new StdoutDestination());
}

/**
 * Flushes what the logger holds, but never for longer than `ms`: then calls `done` whatever state
 * stdout is in.
 */
export function flushWithin(logger: Logger, ms: number, done: () => void): void {
  let called = false;
  const finish = () => {
    if (called) return;
    called = true;
    clearTimeout(timer);
    done();
  };
  const timer = setTimeout(finish, ms);
  try {
    logger.flush(() => finish());
  } catch {
    finish();
  }
}
