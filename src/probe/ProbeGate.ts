import { ProbeLimitError } from "./ProbeLimitError.ts";

export interface ProbeGateOptions {
  /** Probes running at once, across everyone. */
  maxConcurrent: number;
  /** Probes one person may start per window. */
  perUser: number;
  windowMs: number;
  now?: () => number;
}

/** In-memory concurrency cap and per-user sliding-window rate limit. */
export class ProbeGate {
  readonly #options: Required<ProbeGateOptions>;
  #running = 0;
  readonly #starts = new Map<string, number[]>();

  constructor(options: ProbeGateOptions) {
    this.#options = { now: Date.now, ...options };
  }

  get running(): number {
    return this.#running;
  }

  /** Takes a slot for `who` or throws ProbeLimitError; call the returned function when done. */
  acquire(who: string): () => void {
    const { maxConcurrent, perUser, windowMs, now } = this.#options;
    const t = now();
    const recent = (this.#starts.get(who) ?? []).filter((s) => t - s < windowMs);
    if (recent.length >= perUser) {
      this.#starts.set(who, recent);
      throw new ProbeLimitError("PROBE_RATE_LIMITED", windowMs - (t - (recent[0] ?? t)));
    }
    if (this.#running >= maxConcurrent) throw new ProbeLimitError("PROBE_BUSY", 1000);
    recent.push(t);
    this.#starts.set(who, recent);
    this.#running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#running--;
    };
  }
}
