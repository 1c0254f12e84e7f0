import type { ClientId } from "../vocabulary/clients.ts";
import { namesAnotherProgram } from "./namesAnotherProgram.ts";
import type { MatchContext } from "./scoreEntries.ts";

/**
 * The paste is another program's failure: it names another product, or shows another program's code
 * or URLs (namesAnotherProgram), and no telemetry client's own log shape nor a backend's own words
 * say it is also about the pipeline, and no client of the pipeline is named. Terraform's "401 Unauthorized", Elasticsearch's bulk 429 and a
 * database's TLS handshake error use the same statuses, codes and failure classes as an exporter.
 * In such a paste those shared facts are the other program's and are no evidence for an entry; only
 * an entry's own words (a backend's error message, a client's log line) still are.
 */
export function belongsToAnotherProgram(ctx: MatchContext): boolean {
  const f = ctx.facts;
  if (f.catalogs.size > 0 || f.backends.size > 0) return false;
  // A client whose own log lines are in the paste makes it the pipeline's, and so does one named by
  // the pipeline's own names; one named only in generic words ("the telemetry collector refuses
  // connections", over a Java app's stack) does not.
  const named = ctx.mentionsVocabulary("pipeline");
  if (f.clients.some((c) => !ANY_APIS_CLIENTS.has(c) && (named || !f.namedOnly.has(c)))) return false;
  return namesAnotherProgram(ctx);
}

/**
 * Clients that call other programs' APIs as often as the pipeline's: curl calls anything, and
 * Grafana's name is on its HTTP API, its Terraform provider and its plugins as much as on a data source.
 */
const ANY_APIS_CLIENTS: ReadonlySet<ClientId> = new Set(["curl", "grafana"]);
