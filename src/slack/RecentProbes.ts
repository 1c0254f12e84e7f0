/** The last probe run for a thread, as its secret-free checklist, for the escalation hand-off. */
export interface ThreadProbe {
  /** mrkdwn checklist, without any secret. */
  checklist: string;
  requestedBy: string;
  at: Date;
}

/**
 * Probe results by thread, in memory and bounded: a probe result is only useful while the thread is
 * being worked on, and it is never written to the store (it names the user's hosts and tenant).
 */
export class RecentProbes {
  readonly #items = new Map<string, ThreadProbe>();

  constructor(private readonly maxItems = 500) {}

  set(channel: string, threadTs: string, probe: ThreadProbe): void {
    const key = `${channel}:${threadTs}`;
    this.#items.delete(key);
    this.#items.set(key, probe);
    for (const k of this.#items.keys()) {
      if (this.#items.size <= this.maxItems) break;
      this.#items.delete(k);
    }
  }

  get(channel: string, threadTs: string): ThreadProbe | undefined {
    return this.#items.get(`${channel}:${threadTs}`);
  }
}
