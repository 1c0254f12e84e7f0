import { createHmac, randomBytes } from "node:crypto";

/**
 * Used when no key is given: random per process, so even a fingerprint computed without the
 * operator's key is never a plain hash that a weak token could be brute-forced from.
 */
const PROCESS_KEY = randomBytes(32);

/**
 * First 12 hex digits of HMAC-SHA256(key, token): enough to tell tokens apart in the audit log,
 * useless to replay, and, keyed, useless for guessing a weak token offline from the logs. The key
 * comes from PROBE_FINGERPRINT_KEY, else in the bot from its store (Store.probeFingerprintKey: both
 * stable across restarts and copies of the bot); the per-process default is left to the CLI without
 * a store, and to a bot whose store could not be read.
 */
export function tokenFingerprint(
  token: string | undefined,
  key: string | Uint8Array = PROCESS_KEY,
): string | null {
  if (token === undefined || token === "") return null;
  return createHmac("sha256", key).update(token, "utf8").digest("hex").slice(0, 12);
}
