import type { Diagnosis } from "../diagnosis/Diagnosis.ts";
import type { RenderOptions } from "./blocks/renderDiagnosis.ts";
import type { RenderedMessage } from "./blocks/slackTypes.ts";

export interface RecentReply {
  diagnosis: Diagnosis;
  message: RenderedMessage;
  /** How it was drawn, so "Details" can redraw it expanded with the same buttons. */
  options: RenderOptions;
}

/**
 * The diagnoses behind recent replies, so "snippet for another client" and "Share in channel" can
 * use them without re-reading the paste. In memory, bounded; after a restart the buttons say so.
 */
export class RecentReplies {
  readonly #items = new Map<string, { at: number; reply: RecentReply }>();

  constructor(
    private readonly maxItems = 1000,
    private readonly ttlMs = 24 * 60 * 60 * 1000,
  ) {}

  set(id: string, reply: RecentReply): void {
    this.#items.set(id, { at: Date.now(), reply });
    for (const key of this.#items.keys()) {
      if (this.#items.size <= this.maxItems) break;
      this.#items.delete(key);
    }
  }

  get(id: string): RecentReply | undefined {
    const item = this.#items.get(id);
    if (!item) return undefined;
    if (Date.now() - item.at > this.ttlMs) {
      this.#items.delete(id);
      return undefined;
    }
    return item.reply;
  }
}
