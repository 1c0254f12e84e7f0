import type { DestinationPolicy } from "./DestinationPolicy.ts";
import { DEFAULT_DESTINATION_POLICY } from "./DestinationPolicy.ts";
import type { ProbePolicy } from "./types.ts";

export const DEFAULT_TIMEOUTS = {
  connectMs: 3000,
  headersMs: 5000,
  bodyMs: 5000,
  deadlineMs: 20_000,
} as const;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_DNS_TIMEOUT_MS = 2000;

/**
 * The probe's policy and, beside it, the destination policy and fingerprint key its adapters use.
 * The probe never reads the environment: an entry point builds this (src/settings) and hands it in.
 */
export type ProbeConfig = ProbePolicy & { destination: DestinationPolicy; fingerprintKey?: string };

/** The closed default: public addresses on the standard ports only, the built-in timeouts. */
export function defaultProbeConfig(): ProbeConfig {
  return {
    allowPrivate: false,
    allowedPorts: [],
    allowedHostSuffixes: [],
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    timeouts: { ...DEFAULT_TIMEOUTS },
    destination: { ...DEFAULT_DESTINATION_POLICY, dnsTimeoutMs: DEFAULT_DNS_TIMEOUT_MS },
  };
}
