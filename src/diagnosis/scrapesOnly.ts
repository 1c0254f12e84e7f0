import type { Facts } from "./extractFacts.ts";

/**
 * The paste is about scraping and nothing else: a target's page, an exporter (node_exporter,
 * blackbox), a scrape pool. Its connection failures and statuses are the scrape's, between
 * Prometheus and a target, and none of the pipeline's write or read paths is in it.
 */
export function scrapesOnly(facts: Pick<Facts, "directions">): boolean {
  const direction = facts.directions;
  return direction.has("scrape") && !direction.has("write") && !direction.has("read");
}
