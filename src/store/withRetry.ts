/** PostgreSQL error classes worth another try: the connection, serialization, deadlock, shutdown, overload. */
const TRANSIENT_SQLSTATE = /^(?:08|40001|40P01|53300|57P01|57P02|57P03|55P03)/;
const TRANSIENT_ERRNO = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/** True for failures that a retry can cure; a constraint violation or a syntax error is not one. */
export function isTransient(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  if (typeof e?.code === "string" && (TRANSIENT_SQLSTATE.test(e.code) || TRANSIENT_ERRNO.has(e.code)))
    return true;
  return (
    typeof e?.message === "string" &&
    /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(e.message)
  );
}

export interface RetryOptions {
  /** Tries in all. Default 4. */
  attempts?: number;
  /** First pause; doubled each time. Default 50 ms. */
  baseDelayMs?: number;
  /** Told before each further try (the bot counts them in /metrics). */
  onRetry?: (error: unknown, attempt: number) => void;
}

/** Runs `fn`, trying again after a short pause when it fails transiently; the last error is thrown. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseDelayMs ?? 50;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      options.onRetry?.(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, base * 2 ** (attempt - 1)));
    }
  }
}
