import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { lineFailsForAnotherProgram } from "./lineFailsForAnotherProgram.ts";
import { namesAnotherProgram } from "./namesAnotherProgram.ts";
import { type EntryScore, type MatchContext, scoreEntry } from "./scoreEntries.ts";
import { scrapesOnly } from "./scrapesOnly.ts";
import { statusMeanings } from "./statusMeanings.ts";

/**
 * Offered in a direct ask, below what matching words would give: the paste is about telemetry and
 * shows the backend's answer, but none of the entries' own words for it.
 */
const STATUS_IN_CONTEXT_SCORE = 0.55;

/**
 * Statuses that say one thing whoever answers them: the credentials, the permission, the size, the
 * rate, the gateway. A 400, 404 or 500 says only that something was wrong (a missing tenant, a bad
 * path, a malformed body, a bug), so it alone picks no entry.
 */
const TELLING_STATUSES = new Set([401, 403, 413, 429, 502, 503, 504]);

/**
 * A direct ask about telemetry ("my OTLP exporter gets `Export failure: Unauthorized`") whose paste
 * shows one failing HTTP status and no entry's own words: the entry that status usually means for the
 * client, read from the knowledge base as a bare status is (statusMeanings). Two different failing
 * statuses (a 400 and a 401), another product, or no pipeline context (a backend's name, a client the
 * entries serve, a client catalog's marks, the pipeline's own names: "telemetry" alone is any app's
 * events): no answer from the status alone.
 */
export function answerStatusInContext(
  kb: KnowledgeBase,
  ctx: MatchContext,
  floor: number,
): EntryScore | null {
  const failing = [...new Set(ctx.facts.statuses.map((s) => s.value).filter((s) => s >= 400))];
  const status = failing[0];
  if (failing.length !== 1 || status === undefined || !TELLING_STATUSES.has(status)) return null;
  if (!inPipelineContext(ctx)) return null;
  if (namesAnotherProgram(ctx)) return null;
  if (scrapesOnly(ctx.facts)) return null;
  const meaning = statusMeanings(kb, status, ctx.facts.client)[0];
  if (!meaning || ctx.anyHolds(meaning.entry.excludes)) return null;
  const located = ctx.facts.statuses.find((s) => s.value === status);
  // A status on a line that names the product answering it (Google's storage client in a Mimir log)
  // is that product's answer, not the backend's.
  if (located && lineFailsForAnotherProgram(ctx.lineText(located.line), ctx.facts.catalogs.size > 0))
    return null;
  const signal = meaning.entry.signals.find((s) => s.kind === "status" && s.status === status);
  if (!located || !signal) return null;
  const own = scoreEntry(meaning.entry, ctx, { ignoreRequires: true });
  // The status the label names is always shown, first, whatever else of the entry's words the paste has.
  const hit = { signal, line: located.line, matched: located.matched, weight: meaning.weight };
  const others = (own?.hits ?? []).filter((h) => h.line !== hit.line || h.signal.kind !== "status");
  return {
    entry: meaning.entry,
    score: Math.max(floor, Math.min(own?.score ?? meaning.weight, STATUS_IN_CONTEXT_SCORE)),
    hits: [hit, ...others],
    basis: {
      kind: "failure-class",
      class: "http.status",
      label: `likely: the backend answered ${status}`,
      confirm:
        "run the live probe with the same endpoint and token: it shows the status and the body the backend answers",
    },
  };
}

/** A backend named, a client the entries serve (curl is any API's), a client catalog's marks, or the pipeline's names. */
function inPipelineContext(ctx: MatchContext): boolean {
  const client = ctx.facts.client;
  return (
    ctx.mentionsVocabulary("backend") ||
    ctx.mentionsVocabulary("pipeline") ||
    ctx.facts.catalogs.size > 0 ||
    (client !== undefined && client !== "curl")
  );
}
