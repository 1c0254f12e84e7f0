import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");

function run(args: string[], input?: string) {
  return spawnSync(tsx, ["src/cli/diagnose.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    input,
    timeout: 60_000,
  });
}

describe("npm run diagnose", () => {
  it("diagnoses the bundled example by default and exits 0", () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("401 Unauthorized");
    expect(r.stderr).toContain("no file given");
  });

  it("reads standard input with -, prints JSON with --json, and exits 1 on no confident match", () => {
    const r = run(["-", "--json"], "the build is green, thanks!");
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ matches: [], input: { kind: "text" } });
  });

  it("answers a batch in the eval contract, one line per case, a broken line named", () => {
    const dir = mkdtempSync(join(tmpdir(), "batch-"));
    const file = join(dir, "cases.jsonl");
    writeFileSync(
      file,
      `${JSON.stringify({ id: "a", text: "no org id" })}\nnot json\n${JSON.stringify({ id: "b", text: "" })}\n`,
    );
    const r = run(["--batch", file]);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ id: "a", matches: [{ id: "missing-org-id", score: expect.any(Number) }] });
    expect(lines[1]).toMatchObject({ id: "line-2", matches: [], error: expect.any(String) });
    expect(lines[2]).toEqual({ id: "b", matches: [] });
  });

  it("exits 2 with a clear message on a missing file and on binary input", () => {
    const missing = run(["no/such/file.log"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/i);
    const dir = mkdtempSync(join(tmpdir(), "bin-"));
    const bin = join(dir, "x.bin");
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const binary = run([bin]);
    expect(binary.status).toBe(2);
    expect(binary.stdout).toMatch(/binary file/);
  });
});
