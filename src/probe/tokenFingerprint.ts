import { createHash } from "node:crypto";

/** First 12 hex digits of the token's SHA-256: enough to tell tokens apart in the audit log, useless to replay. */
export function tokenFingerprint(token: string | undefined): string | null {
  if (token === undefined || token === "") return null;
  return createHash("sha256").update(token, "utf8").digest("hex").slice(0, 12);
}
