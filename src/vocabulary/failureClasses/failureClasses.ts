import { authClasses } from "./auth.ts";
import { dnsClasses } from "./dns.ts";
import type { FailureClass, FailureClassId } from "./FailureClass.ts";
import { protocolClasses } from "./protocol.ts";
import { proxyClasses } from "./proxy.ts";
import { queueClasses } from "./queue.ts";
import { resourceClasses } from "./resource.ts";
import { sizeClasses } from "./size.ts";
import { tcpClasses } from "./tcp.ts";
import { timeoutClasses } from "./timeout.ts";
import { tlsClasses } from "./tls.ts";

/**
 * HTTP and gRPC statuses have no wordings here: they are found from the status codes a paste
 * carries, by the part that reads codes, and only their summaries live in this vocabulary.
 */
const statusClasses: readonly FailureClass[] = [
  {
    id: "http.status",
    layer: "http",
    summary: "the endpoint answered with an HTTP error status",
    confirm: "`curl -v` the same URL with the same headers: the status line and body say which",
    wordings: [],
  },
  {
    id: "grpc.status",
    layer: "grpc",
    summary: "the endpoint answered with a gRPC error status",
    confirm:
      "`grpcurl -v <host>:<port> list` (or the exporter's debug log) shows the status code and message",
    wordings: [],
  },
];

/**
 * Every failure class, in the order a connection meets them: name, socket, proxy, TLS, protocol, answer,
 * credentials, payload, process, queue.
 */
export const FAILURE_CLASSES: readonly FailureClass[] = [
  ...dnsClasses,
  ...tcpClasses,
  ...proxyClasses,
  ...tlsClasses,
  ...protocolClasses,
  ...timeoutClasses,
  ...statusClasses,
  ...authClasses,
  ...sizeClasses,
  ...resourceClasses,
  ...queueClasses,
];

const BY_ID = new Map<string, FailureClass>(FAILURE_CLASSES.map((c) => [c.id, c]));

/** The class with that id; undefined for a string that is not one (ids also arrive from YAML and probes). */
export function failureClassById(id: FailureClassId | string): FailureClass | undefined {
  return BY_ID.get(id);
}
