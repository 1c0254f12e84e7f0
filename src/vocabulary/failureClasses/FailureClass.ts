/**
 * What failed, whatever runtime printed it. The diagnosis finds these in a paste and the live probe
 * reports them, so "the probe failed at TLS: untrusted chain" and "your paste shows TLS: untrusted
 * chain" are one fact that points to one knowledge entry.
 */
export const FAILURE_CLASS_IDS = [
  "dns.not-found",
  "dns.temporary",
  "tcp.refused",
  "tcp.timeout",
  "tcp.reset",
  "tcp.unreachable",
  "proxy.failed",
  "tls.untrusted-chain",
  "tls.self-signed",
  "tls.hostname-mismatch",
  "tls.expired",
  "tls.protocol-version",
  "tls.client-cert-required",
  "tls.client-cert-rejected",
  "tls.handshake-eof",
  "protocol.tls-to-plaintext",
  "protocol.plaintext-to-tls",
  "protocol.http1-to-h2",
  "protocol.h2-to-http1",
  "protocol.grpc-to-http",
  "http.timeout",
  "http.status",
  "grpc.status",
  "auth.unauthenticated",
  "auth.forbidden",
  "size.too-large",
  "resource.memory",
  "resource.file-descriptors",
  "queue.full",
  "queue.timeout",
] as const;
export type FailureClassId = (typeof FAILURE_CLASS_IDS)[number];

/** One way a runtime or library words a failure, and where that wording comes from. */
export interface Wording {
  /**
   * A literal, as it appears after normalisation: lower-case, white space collapsed to one space,
   * dates and times replaced by `<ts>`. Found as a substring; no regex.
   */
  text: string;
  /** The file in the runtime's or library's own source that prints it: `golang/go src/crypto/x509/verify.go`. */
  source: string;
}

export interface FailureClass {
  id: FailureClassId;
  /** The layer a person and the probe name: dns, tcp, proxy, tls, protocol, http, grpc, auth, size, resource, queue. */
  layer:
    | "dns"
    | "tcp"
    | "proxy"
    | "tls"
    | "protocol"
    | "http"
    | "grpc"
    | "auth"
    | "size"
    | "resource"
    | "queue";
  /** How a reply names it: "the connection was refused". */
  summary: string;
  /** What would confirm it, in a reply's "to confirm" line. */
  confirm: string;
  wordings: readonly Wording[];
}
