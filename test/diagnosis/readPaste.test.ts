import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/diagnosis/readPaste.ts";

describe("readPaste", () => {
  it("reports empty and blank text instead of analysing it", () => {
    for (const input of ["", "   \n\t\n", new Uint8Array()]) {
      const { report } = readPaste(input);
      expect(report.kind).toBe("empty");
      expect(report.notes[0]).toMatch(/nothing to diagnose/);
    }
  });

  it("recognises binary input by NUL bytes and control characters", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(readPaste(png).report.kind).toBe("binary");
    expect(readPaste("\u0001\u0002\u0003\u0004abc\u0005\u0006").report.kind).toBe("binary");
  });

  it("replaces invalid UTF-8 and says so", () => {
    const bytes = new Uint8Array([
      ...Buffer.from("status 401 "),
      0xff,
      0xfe,
      ...Buffer.from(" Unauthorized"),
    ]);
    const paste = readPaste(bytes);
    expect(paste.report.kind).toBe("text");
    expect(paste.text).toContain("Unauthorized");
    expect(paste.report.notes.join(" ")).toMatch(/not valid UTF-8/);
  });

  it("keeps the head and the tail of a huge paste, and says how much was analysed", () => {
    const line = 'level=info msg="all good"\n';
    const huge = `first error: no org id\n${line.repeat(40_000)}last error: sending queue is full\n`;
    const paste = readPaste(huge, 64 * 1024);
    expect(paste.report.truncated).toBe(true);
    expect(paste.text.length).toBeLessThanOrEqual(64 * 1024 + 1);
    expect(paste.text).toContain("first error: no org id");
    expect(paste.text).toContain("last error: sending queue is full");
    expect(paste.report.notes[0]).toMatch(/only its first and last 32 KB were analysed/);
  });
});
