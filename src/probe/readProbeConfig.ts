import { z } from "zod";
import type { ProbePolicy } from "./types.ts";

export const DEFAULT_TIMEOUTS = {
  connectMs: 3000,
  headersMs: 5000,
  bodyMs: 5000,
  deadlineMs: 20_000,
} as const;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const list = (value: string | undefined): string[] =>
  (value ?? "")
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const ProbeEnv = z.object({
  PROBE_ALLOW_PRIVATE: z
    .enum(["", "0", "1", "true", "false", "yes", "no"], {
      error: "PROBE_ALLOW_PRIVATE must be 1 or 0",
    })
    .optional(),
  PROBE_ALLOWED_PORTS: z
    .string()
    .optional()
    .refine((v) => list(v).every((p) => /^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535), {
      message: "PROBE_ALLOWED_PORTS must be a comma-separated list of port numbers",
    }),
  PROBE_ALLOWED_HOSTS: z
    .string()
    .optional()
    .refine((v) => list(v).every((h) => /^\.?[a-z0-9.-]+$/i.test(h)), {
      message: "PROBE_ALLOWED_HOSTS must be a comma-separated list of host suffixes",
    }),
});

/**
 * The probe's policy from the environment, read once at the entry point:
 * PROBE_ALLOW_PRIVATE=1 (private and loopback addresses, any port), PROBE_ALLOWED_PORTS (ports on top
 * of 80, 443, 4317, 4318), PROBE_ALLOWED_HOSTS (host suffixes; when set, nothing else is probed).
 * Throws a zod error naming the bad variable.
 */
export function readProbeConfig(env: Record<string, string | undefined> = process.env): ProbePolicy {
  const parsed = ProbeEnv.parse(env);
  return {
    allowPrivate: ["1", "true", "yes"].includes(parsed.PROBE_ALLOW_PRIVATE ?? ""),
    allowedPorts: list(parsed.PROBE_ALLOWED_PORTS).map(Number),
    allowedHostSuffixes: list(parsed.PROBE_ALLOWED_HOSTS).map((h) => h.toLowerCase()),
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    timeouts: { ...DEFAULT_TIMEOUTS },
  };
}
