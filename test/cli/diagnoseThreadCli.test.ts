import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/diagnose.ts";
import { callCli } from "../support/callCli.ts";

function files(texts: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "thread-"));
  return texts.map((text, i) => {
    const path = join(dir, `${i + 1}.txt`);
    writeFileSync(path, text);
    return path;
  });
}

describe("npm run diagnose -- --thread", () => {
  it("answers a thread's messages as one: a status and, later, the client that sent it", async () => {
    const thread = files(["getting 429 since this morning", "it's prometheus remote_write to xscaler"]);
    const alone = await callCli(main, [thread[1] as string]);
    expect(alone.code).toBe(1);
    const r = await callCli(main, ["--thread", ...thread, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).matches[0]).toMatchObject({ id: "rate-limited-429" });
  });

  it("lists each problem of the thread once, in text", async () => {
    const noOrgId =
      'component=remote level=error err="server returned HTTP status 400 Bad Request: no org id"';
    const r = await callCli(main, ["--thread", ...files([noOrgId, `me too: ${noOrgId}`])]);
    expect(r.code).toBe(0);
    expect(r.out.match(/^likely: Tenant header missing/gm)).toHaveLength(1);
  });

  it("says how to use it when no message is given", async () => {
    const r = await callCli(main, ["--thread"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--thread needs the thread's messages as files");
  });
});
