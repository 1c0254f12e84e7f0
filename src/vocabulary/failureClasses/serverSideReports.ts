/**
 * How servers word a connection that failed on its way in: the failure is a client's, reported by the
 * server the client called. In a server's log the person pasting runs the server; which client failed,
 * and why, the line does not say.
 */
const SERVER_SIDE_REPORTS: readonly { text: string; source: string }[] = [
  // `http: TLS handshake error from 203.0.113.7:51234: remote error: tls: bad certificate`
  { text: "http: tls handshake error from", source: "golang/go src/net/http/server.go" },
  // `grpc: Server.Serve failed to complete security handshake from "203.0.113.7:51234": …`
  { text: "failed to complete security handshake from", source: "grpc/grpc-go server.go" },
];

/** Whether a line (normalised, lower-case) is a server's report of a client's failed connection. */
export function isServerSideReport(line: string): boolean {
  return SERVER_SIDE_REPORTS.some((r) => line.includes(r.text));
}
