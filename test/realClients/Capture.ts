import type { Mode } from "./expectedSymptoms.ts";

/** What one real client printed for one failure mode. */
export interface Capture {
  /** otel-js, curl, prometheus: the first part of the fixture's file name. */
  client: string;
  /** The client and its version, for test names and the fixture header. */
  label: string;
  signal: string;
  protocol: string;
  mode: Mode;
  output: string;
}

/** test/fixtures/realClients/<client>-<signal>-<protocol>-<mode>.txt */
export function captureName(c: Capture): string {
  return `${c.client}-${c.signal}-${c.protocol.replace(/\//g, "_")}-${c.mode}.txt`;
}
