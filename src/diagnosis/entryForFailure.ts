import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { ClientId, Direction } from "../vocabulary/clients.ts";
import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";
import type { Facts } from "./extractFacts.ts";
import { normalizeText } from "./normalizeText.ts";
import { candidateEntries, MatchContext, scoreEntry } from "./scoreEntries.ts";

/** One observed failure, as the live probe reports it: a failure class, and the status when it is an answer. */
export interface ObservedFailure {
  failureClass?: FailureClassId;
  httpStatus?: number;
  client?: ClientId;
  /** What the failing request did: a write (push, OTLP) or a read (query). */
  direction?: Direction;
}

/**
 * The knowledge entry a failure points to, found by the same signals a paste is scored with, so "the
 * probe failed at TLS: untrusted chain" and "your paste shows TLS: untrusted chain" name one entry.
 * The probe only ever talks to a telemetry endpoint, so the entries' context requirements hold.
 */
export function entryForFailure(kb: KnowledgeBase, failure: ObservedFailure): string | undefined {
  const text = normalizeText("");
  const located = <T>(value: T) => [{ value, line: 0, matched: String(value) }];
  const facts: Facts = {
    clients: failure.client ? [failure.client] : [],
    namedOnly: new Set(),
    ...(failure.client ? { client: failure.client } : {}),
    directions: new Set(failure.direction ? [failure.direction] : []),
    statuses: failure.httpStatus !== undefined ? located(failure.httpStatus) : [],
    grpc: [],
    urls: [],
    management: false,
    classes: failure.failureClass ? located(failure.failureClass) : [],
    catalogs: new Set(),
    clientSentences: new Set(),
    backends: new Set(),
    backendAnswers: [],
  };
  const found = new Map<string, number[]>();
  const ctx = new MatchContext(text, facts, kb.needles, found);
  let best: { id: string; score: number } | undefined;
  for (const entry of candidateEntries(kb, ctx)) {
    const s = scoreEntry(entry, ctx, { ignoreRequires: true });
    if (s && (!best || s.score > best.score)) best = { id: entry.entry.id, score: s.score };
  }
  return best?.id;
}
