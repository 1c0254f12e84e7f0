import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/diagnosis/readPaste.ts";

const LOG =
  'ts=2024-05-01T10:00:00Z caller=dedupe.go:112 level=warn msg="Failed to send batch" err="server returned HTTP status 401 Unauthorized"\r\nsecond line é ✓ 😀\r\n';

function utf32(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const cps = [...text].map((c) => c.codePointAt(0) ?? 0);
  const out = new Uint8Array((cps.length + (bom ? 1 : 0)) * 4);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint32(0, 0xfeff, littleEndian);
    at = 4;
  }
  for (const cp of cps) {
    view.setUint32(at, cp, littleEndian);
    at += 4;
  }
  return out;
}

const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return new Uint8Array(be);
};

describe("readPaste: text in other encodings is text", () => {
  it.each([
    [
      "UTF-16 LE with a BOM (PowerShell's >)",
      new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LOG, "utf16le")])),
    ],
    ["UTF-16 BE with a BOM", new Uint8Array([0xfe, 0xff, ...utf16be(LOG)])],
    ["UTF-32 LE with a BOM", utf32(LOG, true)],
    ["UTF-32 BE with a BOM", utf32(LOG, false)],
    ["UTF-16 LE without a BOM", new Uint8Array(Buffer.from(LOG, "utf16le"))],
    ["UTF-8 with a BOM", new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LOG)]))],
  ])("decodes %s", (_name, bytes) => {
    const paste = readPaste(bytes);
    expect(paste.report.kind).toBe("text");
    expect(paste.text).toBe(LOG);
  });

  it("drops the NUL bytes copytruncate leaves at the start of a log, and says so", () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.alloc(20_000), Buffer.from(LOG)]));
    const paste = readPaste(bytes);
    expect(paste.report.kind).toBe("text");
    expect(paste.text).toBe(LOG);
    expect(paste.report.notes.join(" ")).toMatch(/20000 NUL bytes were dropped/);
  });

  it("drops stray NULs in pasted text too", () => {
    const paste = readPaste(`\u0000\u0000${LOG}\u0000`);
    expect(paste.report.kind).toBe("text");
    expect(paste.text).toBe(LOG);
  });

  it.each([
    [
      "a PNG header",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    ],
    ["a gzip file", new Uint8Array(gzipSync(Buffer.from(LOG.repeat(50))))],
    [
      "an ELF header",
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0]),
    ],
    ["only NUL bytes", new Uint8Array(4096)],
    [
      "control characters with NULs",
      new Uint8Array([1, 2, 0, 3, 4, 0, 5, 6, 0x41, 0x42, 7, 8, 0, 14, 15, 16]),
    ],
  ])("still refuses %s as binary", (_name, bytes) => {
    expect(readPaste(bytes).report.kind).toBe("binary");
  });
});
