import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/kb.ts";
import { parseKnowledgeBase } from "../../src/knowledge/parseKnowledgeBase.ts";
import { openStore } from "../../src/store/openStore.ts";
import { callCli } from "../support/callCli.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");
/** `npm run kb` in-process: main(argv, io) with only the given environment. */
const kb = (args: string[], env: Record<string, string> = {}) => callCli(main, args, env);

describe("npm run kb", () => {
  it("check validates the shipped base and runs every example", async () => {
    const r = await kb(["check"]);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/kb check: \d+ entries loaded in \d+ ms; (\d+)\/\1 examples pass/);
  });

  it("draft writes a skeleton for a knowledge gap from the store, its sample the first match example", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kb-draft-"));
    const store = await openStore({ dataDir });
    const gapId = await store.recordGap({
      source: "no-match",
      text: 'level=error msg="push failed" err="tenant series quota exhausted for team-7"',
    });
    await store.close();

    const out = join(dataDir, "draft.yml");
    const r = await kb(["draft", gapId, "--out", out], { DATA_DIR: dataDir });
    expect(r.code, r.err).toBe(0);
    const yaml = readFileSync(out, "utf8");
    expect(yaml).toContain("tenant series quota exhausted");
    expect(yaml).toContain("TODO");
    // The skeleton is a valid entry as it stands, so `kb check` can guide whoever fills it in.
    expect(() => parseKnowledgeBase([{ path: "knowledge/draft.yml", text: yaml }])).not.toThrow();

    const unknown = await kb(["draft", "nosuchgap"], { DATA_DIR: dataDir });
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no knowledge gap "nosuchgap"');
  });

  it("draft refuses a bad store variable with one ENV_INVALID error, before opening anything", async () => {
    const r = await kb(["draft", "somegap"], { DATABASE_URL: "mysql://root:hunter2@db/x" });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^The environment is not valid \(ENV_INVALID\), 1 variable to fix:\n {2}- DATABASE_URL is not a PostgreSQL URL/,
    );
    expect(r.err).not.toContain("hunter2");
  });

  it("as a process: exits 2 on an unknown command, with the usage", () => {
    const r = spawnSync(tsx, ["src/cli/kb.ts", "frobnicate"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: npm run kb -- check");
  });
});
