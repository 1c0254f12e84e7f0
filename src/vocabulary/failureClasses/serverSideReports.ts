/**
 * How a program words a connection that failed for someone else: a server's log of a client that
 * failed on its way in, or a prober's report of the target it probed. In such a line the person
 * pasting runs the server or the prober; the client that failed, or the target that did not answer,
 * is not the pipeline's export, and the line does not say which client it was.
 */
const SERVER_SIDE_REPORTS: readonly { text: string; source: string }[] = [
  // `http: TLS handshake error from 203.0.113.7:51234: remote error: tls: bad certificate`, often
  // quoted without its `http: ` prefix.
  { text: "tls handshake error from", source: "golang/go src/net/http/server.go" },
  // `grpc: Server.Serve failed to complete security handshake from "203.0.113.7:51234": …`
  { text: "failed to complete security handshake from", source: "grpc/grpc-go server.go" },
  // The kubelet's event for a failed probe: `Readiness probe failed: Get "https://10.0.0.7:9100/": …`
  // ("%s probe failed: %s", with the probe type capitalised).
  { text: "readiness probe failed:", source: "kubernetes/kubernetes pkg/kubelet/prober/prober.go" },
  { text: "liveness probe failed:", source: "kubernetes/kubernetes pkg/kubelet/prober/prober.go" },
  { text: "startup probe failed:", source: "kubernetes/kubernetes pkg/kubelet/prober/prober.go" },
];

/** Whether a line (normalised, lower-case) reports a connection that failed for another program. */
export function isServerSideReport(line: string): boolean {
  return SERVER_SIDE_REPORTS.some((r) => line.includes(r.text));
}
