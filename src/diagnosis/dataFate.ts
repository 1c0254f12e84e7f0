import type { ClientCatalog } from "../vocabulary/catalogs/Catalog.ts";
import { CLIENT_CATALOGS } from "../vocabulary/catalogs/clientCatalogs.ts";
import { OTLP_SPECIFICATION } from "../vocabulary/catalogs/otlpSpecification.ts";
import { CLIENT_NAMES, type ClientId } from "../vocabulary/clients.ts";
import { failureClassById } from "../vocabulary/failureClasses/failureClasses.ts";
import type { DataFate } from "./Diagnosis.ts";
import type { Facts } from "./extractFacts.ts";
import type { SignalHit } from "./scoreEntries.ts";

/**
 * The catalog that stands for a client when the paste carries no catalog marker of its own. The
 * OpenTelemetry SDKs differ among themselves (JS's gRPC exporter never retries), so an SDK the paste
 * does not name gets no default.
 */
const DEFAULT_CATALOG: Partial<Record<ClientId, string>> = {
  prometheus: "prometheus-remote-storage",
  alloy: "alloy",
  otelcol: "otelcol-exporterhelper",
};

const KNOWN_CLIENT_NAMES: Record<string, string> = CLIENT_NAMES;

/** Layers whose failure means no answer came: the client's rule for connection errors decides. */
const CONNECTION_LAYERS = new Set(["dns", "tcp", "proxy", "tls", "protocol", "http.timeout"]);

/** What the client itself said it did with the data: its words beat its rules. */
const SAID_DROPPED =
  /dropping data|dropped_items|non-recoverable error|final error sending batch|no retries left|not retryable|permanent error|rejecting data|discarding sample|giving up|retries exhausted|dropping the request/;
const SAID_RETRIED = /will retry|retrying|re-?sending the block|retry in \d|retry after/;

/**
 * What happened to the data for the client that printed the error: queued and sent again (a backlog
 * that arrives late, or piles up while the cause lasts) or dropped. The client's own words on the
 * matched lines decide first; otherwise its retry rules (src/vocabulary/catalogs, read from its
 * source) applied to the status, gRPC code or connection failure the paste shows.
 */
export function dataFate(
  hits: readonly SignalHit[],
  facts: Facts,
  lines: readonly string[],
): DataFate | undefined {
  // Only a write has data in flight: a failed query is shown as an error and nothing is lost.
  if (!facts.directions.has("write")) return undefined;
  const catalog = catalogFor(facts);
  if (!catalog) return undefined;
  const client =
    catalog === OTLP_SPECIFICATION ? catalog.name : (KNOWN_CLIENT_NAMES[catalog.client] ?? catalog.name);
  const evidenceLines = new Set(hits.map((h) => h.line));
  if (facts.classes.some((c) => c.value === "queue.full" && evidenceLines.has(c.line)))
    return {
      fate: "dropped",
      summary: `${client}'s queue is full: new data is dropped until the queue drains.`,
      client,
      source: catalog.retry.source,
    };
  const said = [...evidenceLines].map((l) => (lines[l] ?? "").toLowerCase()).join("\n");
  if (SAID_DROPPED.test(said))
    return {
      fate: "dropped",
      summary: `${client} says it dropped this data: it will not be sent again.`,
      client,
      source: catalog.retry.source,
    };
  if (SAID_RETRIED.test(said))
    return {
      fate: "retried",
      summary: `${client} says it will retry: the data waits in its queue and arrives late once the cause is fixed, or piles up (and is dropped when the queue or retry time runs out) while it lasts.`,
      client,
      source: catalog.retry.source,
    };
  const rule = catalog.retry;
  const status = facts.statuses.find((s) => evidenceLines.has(s.line))?.value;
  const grpc = facts.grpc.find((g) => evidenceLines.has(g.line))?.value;
  const connection = facts.classes.find((c) => {
    if (!evidenceLines.has(c.line)) return false;
    const layer = failureClassById(c.value)?.layer;
    return CONNECTION_LAYERS.has(c.value) || (layer !== undefined && CONNECTION_LAYERS.has(layer));
  });
  let retried: boolean | undefined;
  let what = "";
  if (status !== undefined && status >= 400) {
    retried = rule.retriedStatuses.includes(status);
    what = `HTTP ${status}`;
  } else if (grpc !== undefined) {
    retried = rule.retriedGrpc.includes(grpc);
    what = `gRPC ${grpc}`;
  } else if (connection) {
    retried = rule.retriesConnectionErrors;
    what = "a connection failure";
  }
  if (retried === undefined) return undefined;
  return retried
    ? {
        fate: "retried",
        summary: `${client} retries ${what}: the data is queued and sent again, so it arrives late once the cause is fixed, or piles up while it lasts.`,
        client,
        source: rule.source,
      }
    : {
        fate: "dropped",
        summary: `${client} does not retry ${what}: that data is ${rule.onGiveUp === "kept-on-disk" ? "kept on disk and sent again later" : "dropped"}.`,
        client,
        source: rule.source,
      };
}

function catalogFor(facts: Facts): ClientCatalog | undefined {
  const byId = (id: string | undefined) => CLIENT_CATALOGS.find((c) => c.id === id);
  // A catalog marker in the paste names the very program; its first in catalog order stands.
  for (const c of CLIENT_CATALOGS) if (facts.catalogs.has(c.id)) return c;
  if (facts.client === "otel-sdk") return OTLP_SPECIFICATION;
  return facts.client ? byId(DEFAULT_CATALOG[facts.client]) : undefined;
}
