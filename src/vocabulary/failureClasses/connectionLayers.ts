import type { FailureClass, FailureClassId } from "./FailureClass.ts";
import { FAILURE_CLASSES, failureClassById } from "./failureClasses.ts";

/**
 * The layers under every request: name, connection, proxy, TLS, protocol. A refused connection or an
 * untrusted certificate means the same whoever made the request, so it says which program failed only
 * through the paste around it. A 413, an out-of-memory or a full queue is an answer about the data
 * itself, and a status or a code is a fact, not one of these.
 */
const CONNECTION_LAYERS: ReadonlySet<FailureClass["layer"]> = new Set([
  "dns",
  "tcp",
  "proxy",
  "tls",
  "protocol",
]);

export function isConnectionClass(id: FailureClassId | string): boolean {
  const layer = failureClassById(id)?.layer;
  return layer !== undefined && CONNECTION_LAYERS.has(layer);
}

/** Every runtime's wordings of a connection failure, as normalised text. */
const CONNECTION_WORDINGS: readonly string[] = FAILURE_CLASSES.filter((c) =>
  CONNECTION_LAYERS.has(c.layer),
).flatMap((c) => c.wordings.map((w) => w.text));

/** Whether the words are a runtime's wording of a connection failure, or part of one, or hold one. */
export function isConnectionWording(words: string): boolean {
  const w = words.toLowerCase();
  return CONNECTION_WORDINGS.some((c) => c.includes(w) || w.includes(c));
}
