import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, renderSummaryText } from "../../src/cli/report.ts";
import { openStore } from "../../src/store/openStore.ts";
import { callCli } from "../support/callCli.ts";
import { dropSchema, ensurePostgres, freshSchemaName, TEST_DATABASE_URL } from "./support/postgres.ts";

const dataDir = mkdtempSync(join(tmpdir(), "report-test-"));

const run = (argv: string[], env: Record<string, string | undefined>) => callCli(main, argv, env);

beforeAll(async () => {
  const store = await openStore({ dataDir });
  try {
    for (const [i, host] of ["10.0.0.1", "10.0.0.2", "10.0.0.3"].entries()) {
      await store.recordReply({
        channel: "C",
        messageTs: `1.${i}`,
        replyTs: `2.${i}`,
        symptoms: [],
        excerpt: `dial tcp ${host}:443: connect: connection refused`,
      });
    }
    await store.recordReply({
      channel: "C",
      messageTs: "3.0",
      replyTs: "3.1",
      symptoms: [],
      excerpt: 'error: unknown field "foo" token=abcdef0123456789xyz',
    });
    await store.recordReply({
      channel: "C",
      messageTs: "4.0",
      replyTs: "4.1",
      symptoms: [{ id: "missing-org-id", score: 0.95 }],
      excerpt: "no org id",
    });
    await store.recordFeedback({ channel: "C", replyTs: "4.1", userId: "U1", helpful: true });
    await store.recordEscalation({ channel: "C", threadTs: "4.0", requestedBy: "U9" });
    await store.completeEscalation("C", "4.0", {
      handoffChannel: "C-esc",
      handoffTs: "5.0",
      permalink: "https://acme.slack.com/archives/C-esc/p50",
    });
  } finally {
    await store.close();
  }
}, 60_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("npm run report", { timeout: 60_000 }, () => {
  it("prints gaps largest first with a sample and count, symptoms with their ratings, and escalations", async () => {
    const { code, out, err } = await run([], { DATA_DIR: dataDir });
    expect(err).toBe("");
    expect(code).toBe(0);
    const refused = out.indexOf("3×");
    const unknown = out.indexOf("1×");
    expect(refused).toBeGreaterThan(0);
    expect(unknown).toBeGreaterThan(refused);
    expect(out).toContain("sample: dial tcp 10.0.0.1:443: connect: connection refused");
    expect(out).toContain('sample: error: unknown field "foo" token=****');
    expect(out).not.toContain("abcdef0123456789xyz");
    expect(out).toMatch(/1 \/ 1\s+missing-org-id {2}👍 1 {2}👎 0/);
    expect(out).toContain("thread C/4.0 by U9 → https://acme.slack.com/archives/C-esc/p50");
    expect(out).toContain(
      "5 replies (4 without a confident match), 1 helpful and 0 not helpful votes, 2 knowledge gaps, 1 escalations.",
    );
  });

  it("prints JSON with --json, and the same summary renders as text", async () => {
    const { code, out } = await run(["--json", "--gaps", "1"], { DATA_DIR: dataDir });
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0].count).toBe(3);
    const text = renderSummaryText({
      ...summary,
      generatedAt: new Date(summary.generatedAt),
      gaps: [],
      symptoms: [],
      escalations: [],
    });
    expect(text).toContain("Knowledge gaps, largest first (top 0 of 2):\n  none");
  });

  it("reads DATABASE_URL when it is set", async () => {
    await ensurePostgres();
    const schema = freshSchemaName();
    // The report uses the server's default schema, so point the database's search_path at ours through the URL.
    const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
    await store.recordGap({ source: "no-match", text: "only on the server: 418 teapot" });
    await store.close();
    try {
      const { code, out } = await run([], { DATABASE_URL: url, DATA_DIR: dataDir });
      expect(code).toBe(0);
      expect(out).toContain("sample: only on the server: 418 teapot");
      expect(out).not.toContain("connection refused");
    } finally {
      await dropSchema(schema);
    }
  });

  it("fails clearly, with a code, when the store cannot be opened or the configuration is wrong", async () => {
    const bad = await run([], { DATABASE_URL: "mysql://root:hunter2@x/db", DATA_DIR: dataDir });
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      "The environment is not valid (ENV_INVALID), 1 variable to fix:\n" +
        "  - DATABASE_URL is not a PostgreSQL URL (it should start with postgres:// or postgresql://): use e.g. DATABASE_URL=postgres://user:password@host:5432/db, or unset it to use the embedded store under DATA_DIR.\n",
    );
    expect(bad.err).not.toContain("hunter2");
    const locked = await openStore({ dataDir });
    try {
      const { code, err } = await run([], { DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(err).toContain("[STORE_LOCKED]");
    } finally {
      await locked.close();
    }
  });
});
