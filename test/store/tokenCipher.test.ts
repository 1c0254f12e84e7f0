import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/store/StoreError.ts";
import { TokenCipher } from "../../src/store/TokenCipher.ts";

const TOKEN = "xoxb-9876-5432-installationtokenvalue";
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

function thrown(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error("expected a StoreError");
}

describe("TokenCipher", () => {
  it("opens what it sealed, and the sealed bytes hold no trace of the token", () => {
    const cipher = new TokenCipher(randomBytes(32));
    const sealed = cipher.seal(TOKEN, "team:T1");
    expect(sealed.keyId).toBe(cipher.keyId);
    expect(Buffer.from(sealed.sealed).toString("latin1")).not.toContain("xoxb");
    expect(hex(sealed.sealed)).not.toContain(Buffer.from(TOKEN).toString("hex"));
    // format byte, key id, nonce, ciphertext as long as the token, tag
    expect(sealed.sealed.length).toBe(1 + 8 + 12 + TOKEN.length + 16);
    expect(cipher.open(sealed.sealed, "team:T1")).toEqual({ token: TOKEN, current: true });
  });

  it("uses a fresh nonce each time: the same token sealed twice gives different bytes", () => {
    const cipher = new TokenCipher(randomBytes(32));
    const a = cipher.seal(TOKEN, "team:T1").sealed;
    const b = cipher.seal(TOKEN, "team:T1").sealed;
    expect(hex(a)).not.toBe(hex(b));
    expect(hex(a.subarray(9, 21))).not.toBe(hex(b.subarray(9, 21)));
  });

  it("does not open a token under another installation's name (bound as additional data)", () => {
    const cipher = new TokenCipher(randomBytes(32));
    const sealed = cipher.seal(TOKEN, "team:T1");
    const error = thrown(() => cipher.open(sealed.sealed, "team:T2"));
    expect(error.code).toBe("STORE_CORRUPT");
    expect(error.message).toContain("team:T2");
  });

  it("does not open altered bytes", () => {
    const cipher = new TokenCipher(randomBytes(32));
    const sealed = cipher.seal(TOKEN, "team:T1").sealed;
    for (const at of [12, 25, sealed.length - 1]) {
      const altered = new Uint8Array(sealed);
      altered[at] = (altered[at] ?? 0) ^ 0x01;
      expect(thrown(() => cipher.open(altered, "team:T1")).code).toBe("STORE_CORRUPT");
    }
    expect(thrown(() => cipher.open(sealed.subarray(0, 20), "team:T1")).code).toBe("STORE_CORRUPT");
    expect(thrown(() => cipher.open(Buffer.from(TOKEN), "team:T1")).code).toBe("STORE_CORRUPT");
  });

  it("opens with a previous key, saying so, and seals only with the current one", () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const before = new TokenCipher(oldKey);
    const sealedOld = before.seal(TOKEN, "team:T1");
    const rotated = new TokenCipher(newKey, [oldKey]);
    expect(rotated.keyId).not.toBe(before.keyId);
    expect(rotated.open(sealedOld.sealed, "team:T1")).toEqual({ token: TOKEN, current: false });
    const resealed = rotated.seal(TOKEN, "team:T1");
    expect(resealed.keyId).toBe(rotated.keyId);
    expect(rotated.open(resealed.sealed, "team:T1")).toEqual({ token: TOKEN, current: true });
    // the old key alone cannot open what the new one sealed
    expect(thrown(() => before.open(resealed.sealed, "team:T1")).code).toBe("STORE_CORRUPT");
  });

  it("names a missing key by its id, never by its bytes", () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const sealed = new TokenCipher(oldKey).seal(TOKEN, "team:T1");
    const error = thrown(() => new TokenCipher(newKey).open(sealed.sealed, "team:T1"));
    expect(error.code).toBe("STORE_CORRUPT");
    expect(error.message).toContain(sealed.keyId);
    expect(error.message).toContain("TOKEN_ENCRYPTION_KEY_PREVIOUS");
    for (const secret of [
      hex(oldKey),
      hex(newKey),
      oldKey.toString("base64"),
      newKey.toString("base64"),
      TOKEN,
    ]) {
      expect(error.message).not.toContain(secret);
    }
  });

  it("has a key id that is stable for a key and differs between keys", () => {
    const key = randomBytes(32);
    expect(new TokenCipher(key).keyId).toBe(new TokenCipher(new Uint8Array(key)).keyId);
    expect(new TokenCipher(key).keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(new TokenCipher(randomBytes(32)).keyId).not.toBe(new TokenCipher(key).keyId);
  });

  it("refuses keys that are not 32 bytes", () => {
    expect(thrown(() => new TokenCipher(randomBytes(16))).code).toBe("STORE_INVALID_INPUT");
    expect(thrown(() => new TokenCipher(randomBytes(32), [randomBytes(31)])).message).toContain(
      "previous token encryption key 1",
    );
  });
});
