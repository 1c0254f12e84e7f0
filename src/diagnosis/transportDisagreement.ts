import type { FailureClassId } from "../vocabulary/failureClasses/FailureClass.ts";
import {
  OTLP_DEFAULT_PORTS,
  OTLP_PROTOCOL_SETTING,
  type OtlpTransport,
} from "../vocabulary/otlpTransports.ts";
import type { Located } from "./Located.ts";
import type { NormalizedText } from "./normalizeText.ts";

/**
 * A port after a host, not after a listen-all address: `collector:4317`, `localhost:4318/v1/traces`.
 * A receiver's `0.0.0.0:4317` says where the Collector listens, not where an exporter sends.
 */
const OTLP_PORT = /(?<!0\.0\.0\.0|\[::\]|::):(4317|4318)\b/g;

/**
 * The exporter that ran speaks one OTLP transport (its name, or for gRPC a gRPC status code), and
 * the paste's settings name the other: the Java agent's HTTP exporter logging a failure with the
 * endpoint on 4317, a gRPC exporter or `StatusCode.UNAVAILABLE` beside
 * `OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf` or an endpoint on 4318. Neither fact is a failure
 * alone; together they are a protocol mismatch, inferred (weaker than the runtime's own words for
 * it). One transport each way only: a paste that names both, or sets both, says nothing.
 */
export function transportDisagreement(
  t: NormalizedText,
  grpcCodes: readonly Located<string>[],
  /** The OTLP exporters' names the one needle scan found (the vocabulary's otlpTransports.ts). */
  exporters: readonly Located<OtlpTransport>[],
): Located<FailureClassId> | undefined {
  const ran = new Map<OtlpTransport, { line: number; matched: string }>();
  // A gRPC status code is a gRPC call's answer: the request went out over gRPC.
  const code = grpcCodes[0];
  if (code) ran.set("grpc", { line: code.line, matched: code.matched });
  for (const e of exporters) if (!ran.has(e.value)) ran.set(e.value, { line: e.line, matched: e.matched });
  if (ran.size !== 1) return undefined;
  const configured = new Map<OtlpTransport, string>();
  for (const m of t.norm.matchAll(OTLP_PORT)) {
    configured.set(Number(m[1]) === OTLP_DEFAULT_PORTS.grpc ? "grpc" : "http", m[0]);
  }
  for (const m of t.norm.matchAll(OTLP_PROTOCOL_SETTING)) {
    configured.set(m[1] === "grpc" ? "grpc" : "http", m[0]);
  }
  if (configured.size !== 1) return undefined;
  const [[sent, where]] = [...ran] as [[OtlpTransport, { line: number; matched: string }]];
  const [[set, setting]] = [...configured] as [[OtlpTransport, string]];
  if (sent === set) return undefined;
  return {
    value: sent === "grpc" ? "protocol.grpc-to-http" : "protocol.http1-to-h2",
    line: where.line,
    matched: `${where.matched} (${sent}) with ${setting.trim()} (${set})`,
    inferred: true,
  };
}
