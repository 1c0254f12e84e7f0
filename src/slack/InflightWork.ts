/**
 * Counts handlers still running after their ack, so a shutdown can finish replies in flight
 * (and a test can wait until the bot has done everything it will do).
 */
export class InflightWork {
  #running = 0;
  #waiters: (() => void)[] = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.#running++;
    try {
      return await work();
    } finally {
      this.#running--;
      if (this.#running === 0) for (const wake of this.#waiters.splice(0)) wake();
    }
  }

  /** Resolves once nothing is running (after letting just-arrived work start). */
  async idle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.#running === 0) return;
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }
}
