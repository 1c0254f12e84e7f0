import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { isConnectionClass } from "../vocabulary/failureClasses/connectionLayers.ts";
import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";
import { failureClassById } from "../vocabulary/failureClasses/failureClasses.ts";
import { lineFailsForAnotherProgram } from "./lineFailsForAnotherProgram.ts";
import { namesAnotherProgram } from "./namesAnotherProgram.ts";
import { type EntryScore, type MatchContext, scoreEntry } from "./scoreEntries.ts";
import { scrapesOnly } from "./scrapesOnly.ts";

/**
 * Offered when a direct ask clears the floor on its failure class alone, below what the context would
 * give: the person asked the telemetry bot, so "telemetry" is the context, but the answer is labelled
 * "likely" and never reads as high confidence.
 */
const PLAIN_FAILURE_SCORE = 0.6;

/**
 * A direct ask ("Error: connect ECONNREFUSED 203.0.113.10:443", nothing else) that shows one plain
 * failure class and names no other product gets the best entry for that class, even though the paste
 * alone does not say it is about telemetry. A paste that names another product (psql, npm, Kafka, a
 * Kubernetes probe, a scrape target) is that product's business and still gets no answer.
 */
export function answerPlainFailure(kb: KnowledgeBase, ctx: MatchContext, floor: number): EntryScore | null {
  const classes = [...new Set(ctx.facts.classes.map((c) => c.value))];
  // Only a connection failure is plain (connectionLayers): a 413 or a full queue says something about
  // telemetry only in a telemetry context.
  const layers = new Set(classes.map((c) => failureClassById(c)?.layer ?? c.split(".")[0]));
  if (classes.length === 0 || layers.size !== 1 || !classes.every(isConnectionClass)) return null;
  if (namesAnotherProgram(ctx)) return null;
  // A server's log of a client that failed to connect to it, or a failure to reach another named
  // product: some other program's failure, not the asker's.
  // A title or a sentence that repeats the same failure ("first record does not look like a TLS
  // handshake", then the server's "TLS handshake error from …: tls: first record …") is that report too.
  if (ctx.facts.classes.every((c) => reportedForAnotherProgram(ctx, c.matched))) return null;
  if (scrapesOnly(ctx.facts)) return null;

  let best: EntryScore | null = null;
  const seen = new Set<string>();
  for (const id of classes) {
    for (const entry of kb.candidates.byClass.get(id) ?? []) {
      if (seen.has(entry.entry.id)) continue;
      seen.add(entry.entry.id);
      // The class reached this entry; its own phrase for the same words may be the hit that counts.
      const s = scoreEntry(entry, ctx, { ignoreRequires: true });
      if (s && (!best || s.score > best.score)) best = s;
    }
  }
  if (!best) return null;
  const top = classes[0] as FailureClassId;
  const described = failureClassById(top);
  return {
    ...best,
    score: Math.max(floor, Math.min(best.score, PLAIN_FAILURE_SCORE)),
    basis: {
      kind: "failure-class",
      class: top,
      label: `likely: ${described?.summary ?? top}`,
      confirm: described?.confirm ?? "run the live probe against the endpoint",
    },
  };
}

/** Whether some line that holds these words is another program's report (lineFailsForAnotherProgram). */
function reportedForAnotherProgram(ctx: MatchContext, words: string): boolean {
  const { norm, lineStarts } = ctx.text;
  const exportLogged = ctx.facts.catalogs.size > 0;
  let line = 0;
  for (let at = norm.indexOf(words); at >= 0; at = norm.indexOf(words, at + words.length)) {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= at) line++;
    if (lineFailsForAnotherProgram(ctx.lineText(line), exportLogged)) return true;
  }
  return false;
}
