import { describe, expect, it } from "vitest";
import { isTransient, withRetry } from "../../src/store/withRetry.ts";

function failing(codes: (string | undefined)[]): { fn: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    fn: async () => {
      const code = codes[calls++];
      if (calls > codes.length) return "done";
      throw Object.assign(new Error(`failure ${code}`), { code });
    },
    calls: () => calls,
  };
}

describe("withRetry", () => {
  it("tries again after transient failures (serialization, a dropped connection)", async () => {
    const f = failing(["40001", "ECONNRESET"]);
    expect(await withRetry(f.fn, { baseDelayMs: 1 })).toBe("done");
    expect(f.calls()).toBe(3);
  });

  it("raises the last error when the failures do not stop", async () => {
    const f = failing(["57P01", "57P01", "57P01", "57P01", "57P01"]);
    await expect(withRetry(f.fn, { attempts: 3, baseDelayMs: 1 })).rejects.toMatchObject({ code: "57P01" });
    expect(f.calls()).toBe(3);
  });

  it("does not retry what a retry cannot cure", async () => {
    const f = failing(["23505"]);
    await expect(withRetry(f.fn, { baseDelayMs: 1 })).rejects.toMatchObject({ code: "23505" });
    expect(f.calls()).toBe(1);
    expect(isTransient(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isTransient(new Error('syntax error at or near "SELEC"'))).toBe(false);
  });
});
