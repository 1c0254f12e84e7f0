import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { SealedToken } from "./Store.ts";
import { StoreError } from "./StoreError.ts";

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID_BYTES = 8;
/** The first byte of every sealed token: the layout below, so a later one can be told apart. */
const FORMAT = 1;

/** What opening a sealed token gives: the token, and whether it was sealed with the current key. */
export interface OpenedToken {
  token: string;
  current: boolean;
}

/**
 * Seals bot tokens for the store with AES-256-GCM: a random 96-bit nonce each time, and the
 * installation it belongs to as additional data, so a token copied into another workspace's row
 * does not open there. Layout: format (1 byte) | key id (8) | nonce (12) | ciphertext | tag (16).
 *
 * Rotation: seal with the current key, open with the current key or any previous one (found by the
 * key id in the header, not by trying each), and re-seal what an old key opened.
 */
export class TokenCipher {
  readonly #current: Key;
  readonly #keys: ReadonlyMap<string, Key>;

  /** The current key and the older ones still accepted for opening, 32 bytes each. */
  constructor(current: Uint8Array, previous: readonly Uint8Array[] = []) {
    this.#current = toKey(current, "the token encryption key");
    const keys = new Map<string, Key>();
    for (const [i, bytes] of previous.entries()) {
      const key = toKey(bytes, `previous token encryption key ${i + 1}`);
      keys.set(key.id, key);
    }
    // Set last: the current key wins when it is also listed among the previous ones.
    keys.set(this.#current.id, this.#current);
    this.#keys = keys;
  }

  /** Names the current key in the store (token_key_id) without telling anything about it. */
  get keyId(): string {
    return this.#current.id;
  }

  /** `context` names the installation ("team:T…"); the same one must be given to open it. */
  seal(token: string, context: string): SealedToken {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.#current.bytes, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, "utf8"));
    const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
    const sealed = Buffer.concat([
      Buffer.of(FORMAT),
      Buffer.from(this.#current.id, "hex"),
      nonce,
      body,
      cipher.getAuthTag(),
    ]);
    return { keyId: this.#current.id, sealed: new Uint8Array(sealed) };
  }

  /** Throws a StoreError (STORE_CORRUPT) that names the key id, never a key or the token. */
  open(sealed: Uint8Array, context: string): OpenedToken {
    const bytes = Buffer.from(sealed);
    if (bytes.length < 1 + KEY_ID_BYTES + NONCE_BYTES + TAG_BYTES || bytes[0] !== FORMAT) {
      throw new StoreError("STORE_CORRUPT", `the bot token of ${context} is not a token this bot sealed`);
    }
    const keyId = bytes.subarray(1, 1 + KEY_ID_BYTES).toString("hex");
    const key = this.#keys.get(keyId);
    if (key === undefined) {
      throw new StoreError(
        "STORE_CORRUPT",
        `the bot token of ${context} was sealed with key ${keyId}, which is neither TOKEN_ENCRYPTION_KEY (${this.#current.id}) nor one of TOKEN_ENCRYPTION_KEY_PREVIOUS: add the key it was sealed with to TOKEN_ENCRYPTION_KEY_PREVIOUS, or reinstall the app in that workspace`,
      );
    }
    const nonce = bytes.subarray(1 + KEY_ID_BYTES, 1 + KEY_ID_BYTES + NONCE_BYTES);
    const body = bytes.subarray(1 + KEY_ID_BYTES + NONCE_BYTES, bytes.length - TAG_BYTES);
    const decipher = createDecipheriv("aes-256-gcm", key.bytes, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    try {
      const token = Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
      return { token, current: key === this.#current };
    } catch {
      // GCM's tag check failed: altered bytes, or a row moved to another installation's key.
      throw new StoreError(
        "STORE_CORRUPT",
        `the bot token of ${context} does not open with key ${keyId}: the row was altered or belongs to another installation`,
      );
    }
  }
}

interface Key {
  id: string;
  bytes: Buffer;
}

function toKey(bytes: Uint8Array, what: string): Key {
  if (!(bytes instanceof Uint8Array) || bytes.length !== KEY_BYTES) {
    throw new StoreError("STORE_INVALID_INPUT", `${what} must be ${KEY_BYTES} bytes`);
  }
  const copy = Buffer.from(bytes);
  // A one-way digest of the key under a fixed label: enough to tell keys apart, useless to find one.
  const id = createHash("sha256")
    .update("telemetry-doctor token key id\0")
    .update(copy)
    .digest()
    .subarray(0, KEY_ID_BYTES)
    .toString("hex");
  return { id, bytes: copy };
}
