import type { EventDeduper } from "./EventDeduper.ts";

export interface MemoryEventDeduperOptions {
  /** Slack retries for about 5 minutes (3 retries); keep keys a while longer. */
  ttlMs?: number;
  maxKeys?: number;
  now?: () => number;
}

/** One process's memory of recent keys: bounded in time and in size. */
export class MemoryEventDeduper implements EventDeduper {
  readonly #seen = new Map<string, number>();
  readonly #ttlMs: number;
  readonly #maxKeys: number;
  readonly #now: () => number;

  constructor(options: MemoryEventDeduperOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 15 * 60 * 1000;
    this.#maxKeys = options.maxKeys ?? 50_000;
    this.#now = options.now ?? Date.now;
  }

  async firstSeen(key: string): Promise<boolean> {
    const now = this.#now();
    const seenAt = this.#seen.get(key);
    if (seenAt !== undefined && now - seenAt < this.#ttlMs) return false;
    this.#seen.delete(key);
    this.#seen.set(key, now);
    this.#evict(now);
    return true;
  }

  #evict(now: number): void {
    // Map keeps insertion order, so the oldest keys come first.
    for (const [key, at] of this.#seen) {
      if (this.#seen.size <= this.#maxKeys && now - at < this.#ttlMs) break;
      this.#seen.delete(key);
    }
  }
}
