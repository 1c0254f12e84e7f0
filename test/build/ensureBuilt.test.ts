import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
let copy: string;

/** A copy of the project's sources beside the real node_modules, so building it leaves dist/ here alone. */
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "ensure-built-"));
  for (const path of ["src", "scripts", "tsconfig.json", "tsconfig.build.json", "package.json"]) {
    cpSync(join(root, path), join(copy, path), { recursive: true });
  }
  for (const path of ["node_modules", "knowledge", "examples"])
    symlinkSync(join(root, path), join(copy, path));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function ensureBuilt(...args: string[]) {
  return spawnSync(process.execPath, [join(copy, "scripts", "ensure-built.mjs"), ...args], {
    cwd: copy,
    encoding: "utf8",
    timeout: 120_000,
  });
}

const stampTime = () => statSync(join(copy, "dist", ".built")).mtimeMs;

describe("scripts/ensure-built.mjs", { timeout: 240_000 }, () => {
  it("builds a missing dist/ without a word on stdout, and the compiled CLI prints only result lines", () => {
    const built = ensureBuilt();
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toBe("");
    expect(existsSync(join(copy, "dist", "cli", "diagnose.js"))).toBe(true);
    // Imports were rewritten to .js: node runs the output without tsx.
    expect(readFileSync(join(copy, "dist", "cli", "diagnose.js"), "utf8")).not.toMatch(/from "\.[^"]*\.ts"/);

    const cases = join(copy, "cases.jsonl");
    writeFileSync(
      cases,
      `${JSON.stringify({ id: "a", text: 'msg="non-recoverable error" err="server returned HTTP status 401 Unauthorized: invalid token"' })}\n${JSON.stringify({ id: "b", text: "hello" })}\n`,
    );
    const run = spawnSync(process.execPath, [join(copy, "dist", "cli", "diagnose.js"), "--batch", cases], {
      cwd: copy,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["a", "b"]);
    // The knowledge base came from the project's knowledge/ through dist/'s relative path.
    expect((JSON.parse(lines[0] ?? "{}") as { matches: { id: string }[] }).matches[0]?.id).toBe(
      "unauthorized-401",
    );
  });

  it("does nothing while dist/ is newer than src/, and rebuilds once a source changes", () => {
    const first = stampTime();
    const again = ensureBuilt();
    expect(again.status).toBe(0);
    expect(again.stdout).toBe("");
    expect(stampTime()).toBe(first);

    const source = join(copy, "src", "cli", "diagnose.ts");
    writeFileSync(source, `${readFileSync(source, "utf8")}\n// touched\n`);
    const rebuilt = ensureBuilt();
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toBe("");
    expect(stampTime()).toBeGreaterThan(first);
    expect(readFileSync(join(copy, "dist", "cli", "diagnose.js"), "utf8")).toContain("// touched");
  });

  it("drops the output of a deleted source on the next build", () => {
    const extra = join(copy, "src", "cli", "leftOver.ts");
    writeFileSync(extra, "export const leftOver = 1;\n");
    expect(ensureBuilt().status).toBe(0);
    expect(existsSync(join(copy, "dist", "cli", "leftOver.js"))).toBe(true);
    rmSync(extra);
    expect(ensureBuilt().status).toBe(0);
    expect(existsSync(join(copy, "dist", "cli", "leftOver.js"))).toBe(false);
  });

  it("npm run build type-checks: a type error fails it on stderr and leaves the last dist/ in place", () => {
    const before = stampTime();
    const broken = join(copy, "src", "cli", "broken.ts");
    writeFileSync(broken, 'export const n: number = "not a number";\n');
    const failed = ensureBuilt("--force");
    rmSync(broken);
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toBe("");
    expect(failed.stderr).toContain("TS2322");
    expect(stampTime()).toBe(before);
    expect(existsSync(join(copy, "dist", "cli", "diagnose.js"))).toBe(true);
  });
});
