import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");
const DOC = "001_6fd7e07bb50acb10.txt";
const kb = (args: string[]) =>
  spawnSync(tsx, ["src/cli/kb.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });

describe("npm run kb -- import", () => {
  it("writes a draft a section, then on a changed page reports new, changed and gone sections without overwriting", () => {
    const work = mkdtempSync(join(tmpdir(), "kb-import-"));
    const page = join(work, DOC);
    copyFileSync(join(root, "..", "shared", "docs", DOC), page);
    const out = join(work, "drafts");

    const first = kb(["import", page, "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(8);
    expect(files).toContain("401-unauthorized.yml");
    // The page's sections are the shipped entries' sections, so the summary says how many of their examples the drafts take.
    expect(first.stdout).toMatch(
      /kb import: 8 sections in 001_6fd7e07bb50acb10\.txt: 8 new drafts .*shipped examples the drafts rank first: \d+\/\d+ \(\d+%, 8 entries/,
    );
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(out, f), "utf8")]));

    // The page changes: a 401 fix step is reworded, the 429 section goes, a 413 section comes.
    const text = readFileSync(page, "utf8")
      .replace(
        "Confirm the token is valid and has not been deleted in the dashboard.",
        "Confirm the token has not expired.",
      )
      .replace(/429 Too Many Requests\n[\s\S]*?(?=Metrics not appearing)/, "")
      .concat(
        '\n413 Payload Too Large\nCause: The request is larger than "request body too large" allows.\nFix: Send smaller batches.\n',
      );
    writeFileSync(page, text);

    const again = kb(["import", page, "--out", out]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(
      `new      ${join(out, "413-payload-too-large.yml")}  "413 Payload Too Large"`,
    );
    expect(again.stdout).toContain(`changed  ${join(out, "401-unauthorized.yml")}  "401 Unauthorized": fix`);
    expect(again.stdout).toContain("-Confirm the token is valid and has not been deleted in the dashboard.");
    expect(again.stdout).toContain("+Confirm the token has not expired.");
    expect(again.stdout).toContain(
      `gone     ${join(out, "429-too-many-requests.yml")}  "429 Too Many Requests"`,
    );
    expect(again.stdout).toMatch(/1 new drafts .*1 changed, 6 unchanged, 1 gone/);
    // Nothing that was there is rewritten.
    for (const [f, text] of Object.entries(before)) expect(readFileSync(join(out, f), "utf8"), f).toBe(text);
    expect(readdirSync(out)).toHaveLength(9);
  });

  it("says so when a page has no symptom sections", () => {
    const work = mkdtempSync(join(tmpdir(), "kb-import-"));
    const page = join(work, "empty.txt");
    writeFileSync(page, "nothing to see here\n");
    const r = kb(["import", page, "--out", join(work, "out")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no symptom sections");
  });

  it("needs --out", () => {
    expect(kb(["import", "x.md"]).status).toBe(2);
  });
});
