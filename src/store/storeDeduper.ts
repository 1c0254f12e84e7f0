import type { Store } from "./Store.ts";

/** The Slack bot's de-duplication contract: true only the first time a key is seen. */
export interface EventDeduper {
  firstSeen(key: string): Promise<boolean>;
}

/** Slack retries for up to about an hour at most; a day is plenty and keeps the table small. */
export const DEFAULT_EVENT_TTL_SECONDS = 24 * 60 * 60;

/**
 * An EventDeduper on the store: every copy of the bot on the same store sees each key once.
 * A store failure is thrown, not taken for "first seen": the caller decides (answering twice
 * beats never answering, but that is a choice to make visibly).
 */
export function storeDeduper(store: Store, ttlSeconds = DEFAULT_EVENT_TTL_SECONDS): EventDeduper {
  return { firstSeen: (key) => store.claimEvent(key, ttlSeconds) };
}
