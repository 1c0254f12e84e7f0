import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/diagnose.ts";
import { callCli } from "../support/callCli.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");

/** The real process, through the runner: what the exit status is when the shell sees it. */
function spawnDiagnose(args: string[]) {
  return spawnSync(tsx, ["src/cli/diagnose.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
}

describe("npm run diagnose", () => {
  it("as a process: diagnoses the bundled example by default and exits 0; a missing file exits 2", () => {
    const r = spawnDiagnose([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("401 Unauthorized");
    expect(r.stderr).toContain("no file given");
    const missing = spawnDiagnose(["no/such/file.log"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^diagnose: ENOENT: no such file/);
  });

  it("reads standard input with -, prints JSON with --json, and exits 1 on no confident match", async () => {
    const r = await callCli(main, ["-", "--json"], {}, "the build is green, thanks!");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ matches: [], input: { kind: "text" } });
  });

  it("answers a batch in the eval contract, one line per case, a broken line named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "batch-"));
    const file = join(dir, "cases.jsonl");
    writeFileSync(
      file,
      `${JSON.stringify({ id: "a", text: "no org id" })}\nnot json\n${JSON.stringify({ id: "b", text: "" })}\n`,
    );
    const r = await callCli(main, ["--batch", file]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ id: "a", matches: [{ id: "missing-org-id", score: expect.any(Number) }] });
    expect(lines[1]).toMatchObject({ id: "line-2", matches: [], error: expect.any(String) });
    expect(lines[2]).toEqual({ id: "b", matches: [] });
  });

  it("exits 2 with a clear message on a missing file, on binary input and on a bad option", async () => {
    const missing = await callCli(main, ["no/such/file.log"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file/i);
    const dir = mkdtempSync(join(tmpdir(), "bin-"));
    const bin = join(dir, "x.bin");
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const binary = await callCli(main, [bin]);
    expect(binary.code).toBe(2);
    expect(binary.out).toMatch(/binary file/);
    const bad = await callCli(main, ["--frobnicate"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown option '--frobnicate'[\s\S]*usage: npm run diagnose/);
  });
});
