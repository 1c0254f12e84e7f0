/** What TOKEN_ENCRYPTION_KEY must hold: 32 bytes, for AES-256. */
export const ENCRYPTION_KEY_BYTES = 32;

/**
 * A 32-byte key written as 64 hex characters or as base64 (standard or URL-safe, padding optional),
 * or the reason it is not one. The reason never quotes the value.
 */
export function parseEncryptionKey(value: string): Uint8Array | { problem: string } {
  if (/^[0-9a-f]{64}$/i.test(value)) return new Uint8Array(Buffer.from(value, "hex"));
  if (/^[0-9a-f]+$/i.test(value) && value.length % 2 === 0 && value.length !== 44) {
    return { problem: `is ${value.length / 2} bytes of hex, not ${ENCRYPTION_KEY_BYTES}` };
  }
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return { problem: "is neither hex nor base64" };
  const unpadded = value.replace(/=+$/, "");
  const bytes = Buffer.from(unpadded.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  // Buffer's decoder skips what it cannot read; a value that does not round-trip is not base64.
  if (bytes.toString("base64").replace(/=+$/, "") !== unpadded.replace(/-/g, "+").replace(/_/g, "/")) {
    return { problem: "is not valid base64" };
  }
  if (bytes.length !== ENCRYPTION_KEY_BYTES) {
    return { problem: `decodes to ${bytes.length} bytes, not ${ENCRYPTION_KEY_BYTES}` };
  }
  return new Uint8Array(bytes);
}
