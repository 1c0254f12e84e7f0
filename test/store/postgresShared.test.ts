import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS, migrate } from "../../src/store/migrations.ts";
import { openPostgresSql } from "../../src/store/openPostgresSql.ts";
import { openStore } from "../../src/store/openStore.ts";
import type { Store } from "../../src/store/Store.ts";
import { storeDeduper } from "../../src/store/storeDeduper.ts";
import { dropSchema, ensurePostgres, freshSchemaName, TEST_DATABASE_URL } from "./support/postgres.ts";

/** Several copies of the bot on one PostgreSQL server. */
describe("two bot instances on one PostgreSQL", () => {
  const schema = freshSchemaName();
  let a: Store;
  let b: Store;

  beforeAll(async () => {
    await ensurePostgres();
    // Both start at once on an empty schema: the migrations must not collide.
    [a, b] = await Promise.all([
      openStore({ databaseUrl: TEST_DATABASE_URL, schema }),
      openStore({ databaseUrl: TEST_DATABASE_URL, schema }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await dropSchema(schema);
  });

  it("answer a doubly-delivered event exactly once", async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `Ev-double-${i}`);
    const da = storeDeduper(a);
    const db = storeDeduper(b);
    const results = await Promise.all(keys.flatMap((key) => [da.firstSeen(key), db.firstSeen(key)]));
    for (let i = 0; i < keys.length; i++) {
      expect([results[2 * i], results[2 * i + 1]].filter(Boolean), keys[i]).toHaveLength(1);
    }
    expect(await a.claimEvent("Ev-double-0", 60)).toBe(false);
    expect(await b.claimEvent("Ev-double-0", 60)).toBe(false);
  });

  it("see each other's writes: a vote through one, a change of vote through the other", async () => {
    await a.recordReply({
      channel: "C",
      messageTs: "1.0",
      replyTs: "1.1",
      symptoms: [{ id: "missing-org-id", score: 0.9 }],
      excerpt: "no org id",
    });
    await a.recordFeedback({ channel: "C", replyTs: "1.1", userId: "U1", helpful: true });
    const changed = await b.recordFeedback({
      channel: "C",
      replyTs: "1.1",
      userId: "U1",
      helpful: false,
      note: "wrong tenant",
    });
    expect(changed.previous).toMatchObject({ helpful: true });
    expect(await a.getFeedback("C", "1.1")).toMatchObject({ helpful: 0, notHelpful: 1 });
    const [x, y] = await Promise.all([
      a.recordEscalation({ channel: "C", threadTs: "1.0", requestedBy: "U1" }),
      b.recordEscalation({ channel: "C", threadTs: "1.0", requestedBy: "U2" }),
    ]);
    expect([x.created, y.created].filter(Boolean)).toHaveLength(1);
  });

  it("make one probe fingerprint key between them, however they race for it", async () => {
    const keys = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).probeFingerprintKey()),
    );
    const distinct = new Set(keys.map((k) => Buffer.from(k).toString("hex")));
    expect(distinct.size).toBe(1);
    expect(keys[0]).toHaveLength(32);
  });

  it("migrate each step once: migrating again applies nothing", async () => {
    const sql = await openPostgresSql({ databaseUrl: TEST_DATABASE_URL, schema });
    try {
      expect(await migrate(sql)).toEqual([]);
      const rows = await sql.query<{ version: number }>(
        "SELECT version FROM schema_migrations ORDER BY version",
      );
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await sql.close();
    }
  });

  it("roll a failing migration back whole and say which one failed", async () => {
    const sql = await openPostgresSql({ databaseUrl: TEST_DATABASE_URL, schema });
    try {
      const broken = [
        ...MIGRATIONS,
        {
          version: 999,
          name: "broken",
          sql: "CREATE TABLE half_done (x int); SELECT no_such_column FROM events",
        },
      ];
      await expect(migrate(sql, broken)).rejects.toMatchObject({
        code: "STORE_MIGRATION_FAILED",
        message: expect.stringContaining("999 (broken)"),
      });
      expect(
        await sql.query(
          "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'half_done'",
          [schema],
        ),
      ).toEqual([]);
      expect(await sql.query("SELECT 1 FROM schema_migrations WHERE version = 999")).toEqual([]);
    } finally {
      await sql.close();
    }
  });
});
