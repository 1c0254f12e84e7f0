/** A probe was not started: too many running at once, or this person probed too often. */
export class ProbeLimitError extends Error {
  readonly code: "PROBE_BUSY" | "PROBE_RATE_LIMITED";
  /** How long until a new probe would be accepted. */
  readonly retryAfterMs: number;

  constructor(code: "PROBE_BUSY" | "PROBE_RATE_LIMITED", retryAfterMs: number, options?: ErrorOptions) {
    super(
      code === "PROBE_BUSY"
        ? "Too many probes are running right now; try again in a moment."
        : `You have run many probes recently; try again in ${Math.ceil(retryAfterMs / 1000)} s.`,
      options,
    );
    this.name = "ProbeLimitError";
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}
