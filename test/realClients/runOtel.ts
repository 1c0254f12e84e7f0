import { fileURLToPath } from "node:url";
import type { Capture } from "./Capture.ts";
import { npmVersion } from "./clientVersions.ts";
import { type Mode, modes } from "./expectedSymptoms.ts";
import { mapLimit, runChild } from "./runChild.ts";
import type { ModeServers } from "./servers/startModeServers.ts";

const script = fileURLToPath(new URL("./clients/otelExport.mjs", import.meta.url));

export type OtelSignal = "traces" | "metrics" | "logs";
export type OtelProtocol = "http/json" | "http/protobuf" | "grpc";

export interface OtelCase {
  signal: OtelSignal;
  protocol: OtelProtocol;
  mode: Mode;
}

const packages: Record<OtelSignal, string> = { traces: "trace", metrics: "metrics", logs: "logs" };
const suffix: Record<OtelProtocol, string> = { "http/json": "http", "http/protobuf": "proto", grpc: "grpc" };

export function otelPackage(signal: OtelSignal, protocol: OtelProtocol): string {
  return `@opentelemetry/exporter-${packages[signal]}-otlp-${suffix[protocol]}`;
}

/** h2c-only is for HTTP/1.1 clients, http1-only for gRPC ones: each is a protocol mismatch only for them. */
function applies(protocol: OtelProtocol, mode: Mode): boolean {
  return protocol === "grpc" ? mode !== "h2c-only" : mode !== "http1-only";
}

/**
 * Every mode through the trace exporter of each protocol; metrics and logs through a spread of modes on
 * every protocol, so each signal's own wording is seen without running the full cross product.
 */
export const otelCases: OtelCase[] = [
  ...(["http/json", "http/protobuf", "grpc"] as const).flatMap((protocol) =>
    modes
      .filter((mode) => applies(protocol, mode))
      .map((mode) => ({ signal: "traces" as const, protocol, mode })),
  ),
  ...(
    [
      ["http/json", ["refused", "unknown-ca", "h2c-only", "http-401", "http-429"]],
      ["http/protobuf", ["silent", "hostname-mismatch", "http-404", "http-413", "http-503"]],
      ["grpc", ["reset", "self-signed", "http1-only", "http-400-no-org-id", "http-403", "http-502"]],
    ] as const
  ).flatMap(([protocol, list]) => list.map((mode) => ({ signal: "metrics" as const, protocol, mode }))),
  ...(
    [
      ["http/json", ["reset", "client-cert-required", "http-400-no-org-id", "http-500", "http-502"]],
      ["http/protobuf", ["refused", "self-signed", "h2c-only", "http-403", "http-429"]],
      ["grpc", ["silent", "unknown-ca", "hostname-mismatch", "http-401", "http-404", "http-413", "http-503"]],
    ] as const
  ).flatMap(([protocol, list]) => list.map((mode) => ({ signal: "logs" as const, protocol, mode }))),
];

function endpoint(servers: ModeServers, c: OtelCase): string {
  const base = (c.protocol === "grpc" ? servers.grpc : servers.http)[c.mode];
  if (!base) throw new Error(`no ${c.protocol} server for ${c.mode}`);
  return c.protocol === "grpc" ? base : `${base}/v1/${c.signal}`;
}

export async function runOtelCase(servers: ModeServers, c: OtelCase): Promise<Capture> {
  const env: NodeJS.ProcessEnv = {};
  // A clean environment apart from what node needs, so no OTEL_* of the machine changes the export.
  for (const k of ["PATH", "HOME", "LANG", "TMPDIR"]) if (process.env[k]) env[k] = process.env[k];
  Object.assign(env, {
    RC_SIGNAL: c.signal,
    RC_PROTOCOL: c.protocol,
    RC_URL: endpoint(servers, c),
    // How a user trusts a private CA: node's extra CA file, and the OTLP certificate for gRPC.
    NODE_EXTRA_CA_CERTS: servers.caFile,
    OTEL_EXPORTER_OTLP_CERTIFICATE: servers.caFile,
  });
  const { output } = await runChild(process.execPath, [script], { env, limitMs: 15_000 });
  const pkg = otelPackage(c.signal, c.protocol);
  return {
    client: "otel-js",
    label: `${pkg} ${npmVersion(pkg)}`,
    signal: c.signal,
    protocol: c.protocol,
    mode: c.mode,
    output,
  };
}

export function runOtel(servers: ModeServers, cases: OtelCase[] = otelCases): Promise<Capture[]> {
  // Each child is mostly waiting on its socket; four at once keep two cores busy without starving them.
  return mapLimit(cases, 4, (c) => runOtelCase(servers, c));
}
