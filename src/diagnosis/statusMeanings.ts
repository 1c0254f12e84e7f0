import type { CompiledCondition, CompiledEntry, KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { CLIENT_IDS, type ClientId } from "../vocabulary/clients.ts";

/** One thing an HTTP status usually means: a knowledge-base entry that carries it as a signal. */
export interface StatusMeaning {
  entry: CompiledEntry;
  /** The weight of the entry's status signal: how far the status alone points at it (0..1). */
  weight: number;
  /**
   * With a client: the signal's own condition names it (the status points here for that client).
   * Without: the signal holds for any client (an entry one client's condition gates ranks after).
   */
  first: boolean;
}

/** Only a condition's `client` key can be judged from a status and a client; the others may hold. */
const mayHold = (c: CompiledCondition, client: ClientId | undefined) =>
  client === undefined || c.client === undefined || c.client.has(client);
const onlyClient = (c: CompiledCondition) =>
  Object.entries(c).every(([key, value]) => key === "client" || value === undefined);

/**
 * What a bare status code ("429", "HTTP 401", "got a 503") usually means: the entries whose signals
 * include that status, strongest first, read from the knowledge base rather than written per status.
 * With a client, only the entries for that client whose status signal and conditions can hold for
 * it; a signal whose condition names the client ranks first. Without one, the signals any client
 * can raise rank before those one client's condition gates.
 */
export function statusMeanings(kb: KnowledgeBase, status: number, client?: ClientId): StatusMeaning[] {
  const out: StatusMeaning[] = [];
  for (const entry of kb.candidates.byStatus.get(status) ?? []) {
    if (client !== undefined && !entry.entry.clients.includes(client)) continue;
    if (entry.requires && !entry.requires.some((c) => mayHold(c, client))) continue;
    if (client !== undefined && entry.excludes?.some((c) => onlyClient(c) && c.client?.has(client))) continue;
    let best: StatusMeaning | undefined;
    for (const signal of entry.signals) {
      if (signal.kind !== "status" || signal.status !== status) continue;
      if (signal.when && !signal.when.some((c) => mayHold(c, client))) continue;
      const first =
        client === undefined
          ? (signal.when?.some((c) => c.client === undefined) ?? true)
          : (signal.when?.some((c) => c.client?.has(client) === true) ?? false);
      if (!best || signal.weight > best.weight) best = { entry, weight: signal.weight, first };
    }
    if (best) out.push(best);
  }
  return out.sort(
    (a, b) =>
      Number(b.first) - Number(a.first) ||
      b.weight - a.weight ||
      a.entry.entry.id.localeCompare(b.entry.entry.id),
  );
}

/** The clients for which a status has at least one meaning, in the usual order of clients. */
export function clientsWithMeanings(kb: KnowledgeBase, status: number): ClientId[] {
  return CLIENT_IDS.filter((client) => statusMeanings(kb, status, client).length > 0);
}
