/**
 * Remembers which deliveries were already handled, so Slack's retries and the app_mention + message
 * double delivery get one reply. A later store keeps it in PostgreSQL; the bot only needs this.
 */
export interface EventDeduper {
  /** True the first time a key is seen (and remembers it); false for every repeat. */
  firstSeen(key: string): Promise<boolean>;
}
