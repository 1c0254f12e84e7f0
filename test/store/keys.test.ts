import { describe, expect, it } from "vitest";
import { BACKENDS, storesPerTest } from "./support/backends.ts";

const hex = (key: Uint8Array) => Buffer.from(key).toString("hex");

describe.each(BACKENDS)("the probe fingerprint key on $name", { timeout: 60_000 }, (backend) => {
  const { fresh, open, close } = storesPerTest(backend);

  it("is 32 random bytes, made once and the same on every call", async () => {
    const store = await open(await fresh());
    const key = await store.probeFingerprintKey();
    expect(key).toBeInstanceOf(Uint8Array);
    expect(key).toHaveLength(32);
    expect(new Set(key).size).toBeGreaterThan(8); // not a constant or zero-filled buffer
    const again = await Promise.all(Array.from({ length: 5 }, () => store.probeFingerprintKey()));
    for (const k of again) expect(hex(k)).toBe(hex(key));
  });

  it("survives a restart of the bot, and another store has its own", async () => {
    const where = await fresh();
    const first = await open(where);
    const key = hex(await first.probeFingerprintKey());
    await first.close();
    const restarted = await open(where);
    expect(hex(await restarted.probeFingerprintKey())).toBe(key);

    const other = await open(await fresh());
    expect(hex(await other.probeFingerprintKey())).not.toBe(key);
  });

  it("is stored as the very bytes it returns, in one row", async () => {
    const where = await fresh();
    const store = await open(where);
    const key = hex(await store.probeFingerprintKey());
    await close(store);
    const dump = await where.dump();
    // Bytes, not a string: the masking of every string parameter on its way in cannot touch them.
    expect(dump.split(key).length - 1).toBe(1);
  });
});
