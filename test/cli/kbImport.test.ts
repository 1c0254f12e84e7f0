import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/kb.ts";
import { callCli } from "../support/callCli.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const DOC = "001_6fd7e07bb50acb10.txt";
/** `npm run kb` in-process: main(argv, io). */
const kb = (args: string[]) => callCli(main, args);

describe("npm run kb -- import", () => {
  it("writes a draft a section, then on a changed page reports new, changed and gone sections without overwriting", async () => {
    const work = mkdtempSync(join(tmpdir(), "kb-import-"));
    const page = join(work, DOC);
    copyFileSync(join(root, "..", "shared", "docs", DOC), page);
    const out = join(work, "drafts");

    const first = await kb(["import", page, "--out", out]);
    expect(first.code, first.err).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(8);
    expect(files).toContain("401-unauthorized.yml");
    // The page's sections are the shipped entries' sections, so the summary says how many of their examples the drafts take.
    expect(first.out).toMatch(
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

    const again = await kb(["import", page, "--out", out]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain(
      `new      ${join(out, "413-payload-too-large.yml")}  "413 Payload Too Large"`,
    );
    expect(again.out).toContain(`changed  ${join(out, "401-unauthorized.yml")}  "401 Unauthorized": fix`);
    expect(again.out).toContain("-Confirm the token is valid and has not been deleted in the dashboard.");
    expect(again.out).toContain("+Confirm the token has not expired.");
    expect(again.out).toContain(
      `gone     ${join(out, "429-too-many-requests.yml")}  "429 Too Many Requests"`,
    );
    expect(again.out).toMatch(/1 new drafts .*1 changed, 6 unchanged, 1 gone/);
    // Nothing that was there is rewritten.
    for (const [f, text] of Object.entries(before)) expect(readFileSync(join(out, f), "utf8"), f).toBe(text);
    expect(readdirSync(out)).toHaveLength(9);
  });

  it("says so when a page has no symptom sections", async () => {
    const work = mkdtempSync(join(tmpdir(), "kb-import-"));
    const page = join(work, "empty.txt");
    writeFileSync(page, "nothing to see here\n");
    const r = await kb(["import", page, "--out", join(work, "out")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("no symptom sections");
  });

  it("needs --out", async () => {
    expect((await kb(["import", "x.md"])).code).toBe(2);
  });
});
