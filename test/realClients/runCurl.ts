import type { Capture } from "./Capture.ts";
import { programVersion } from "./clientVersions.ts";
import { modes } from "./expectedSymptoms.ts";
import { mapLimit, runChild } from "./runChild.ts";
import type { ModeServers } from "./servers/startModeServers.ts";

export const curlPath = "/usr/bin/curl";

/**
 * `curl -sS -v` the way people paste it: an OTLP/HTTP JSON post with the CA they were given. For the
 * HTTP/1.1-only mode, the HTTP/2 way a gRPC endpoint is tried by hand (`--http2-prior-knowledge`).
 */
export async function runCurl(servers: ModeServers): Promise<Capture[]> {
  const version = programVersion(curlPath)?.split(" ").slice(0, 2).join(" ") ?? "curl (unknown version)";
  return mapLimit(modes, 6, async (mode) => {
    const h2 = mode === "http1-only";
    const base = (h2 ? servers.grpc : servers.http)[mode];
    if (!base) throw new Error(`no server for curl in ${mode}`);
    const args = [
      "-sS",
      "-v",
      "--fail-with-body",
      "-m",
      "2",
      "--cacert",
      servers.caFile,
      ...(h2 ? ["--http2-prior-knowledge"] : []),
      "-H",
      "Content-Type: application/json",
      "-d",
      '{"resourceMetrics":[]}',
      `${base}/v1/metrics`,
    ];
    const { output } = await runChild(curlPath, args, { limitMs: 10_000 });
    return {
      client: "curl",
      label: version,
      signal: "metrics",
      protocol: h2 ? "http2" : "http",
      mode,
      output,
    };
  });
}
