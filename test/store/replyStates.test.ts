import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPgliteSql } from "../../src/store/openPgliteSql.ts";
import { openPostgresSql } from "../../src/store/openPostgresSql.ts";
import { openStore } from "../../src/store/openStore.ts";
import type { Sql } from "../../src/store/Sql.ts";
import { REPLY_STATE_DAYS, type Store } from "../../src/store/Store.ts";
import { BACKENDS, type StoreLocation, tableRows } from "./support/backends.ts";

const TOKEN = "glc_eyJvIjoiMTIzNDU2Nzg5MCIsIm4iOiJzdGFjayJ9Zz9Q";

/** A raw connection to the same database, to age a row as time would. */
function rawSql(where: StoreLocation): Promise<Sql> {
  const { databaseUrl, dataDir, schema } = where.options;
  if (databaseUrl) return openPostgresSql({ databaseUrl, ...(schema ? { schema } : {}) });
  return openPgliteSql(dataDir ?? "");
}

describe.each(BACKENDS)("reply states on $name", { timeout: 60_000 }, (backend) => {
  let where: StoreLocation;
  let store: Store;

  beforeAll(async () => {
    where = await backend.fresh();
    store = await openStore(where.options);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await where?.cleanup();
  });

  it("keeps a JSON state by reply id, and saving again replaces it", async () => {
    const state = { diagnosis: { matches: [{ id: "a", score: 0.9 }], facts: { statuses: [429] } }, n: null };
    await store.saveReplyState("r-1", state);
    expect(await store.getReplyState("r-1")).toEqual(state);
    await store.saveReplyState("r-1", { shared: { by: "U1" } });
    expect(await store.getReplyState("r-1")).toEqual({ shared: { by: "U1" } });
    expect(await store.getReplyState("r-none")).toBeUndefined();
  });

  it("masks every string in it, however deep, without breaking its quoting", async () => {
    const line = `password="${TOKEN}" and Authorization: Bearer ${TOKEN}`;
    await store.saveReplyState("r-secret", { a: [{ b: line }], k: { text: `token: ${TOKEN}\\"` } });
    const back = JSON.stringify(await store.getReplyState("r-secret"));
    expect(back).not.toContain(TOKEN.slice(4, 20));
    expect(back).toContain("password=");
    expect(back).toContain("****");
  });

  it("refuses an empty reply id", async () => {
    await expect(store.saveReplyState("", {})).rejects.toMatchObject({ code: "STORE_INVALID_INPUT" });
  });

  it(`reads a state last saved more than ${REPLY_STATE_DAYS} days ago as gone`, async () => {
    await store.saveReplyState("r-old", { x: 1 });
    await store.close();
    const sql = await rawSql(where);
    try {
      await sql.query(
        "UPDATE reply_states SET updated_at = now() - make_interval(days => $1) WHERE reply_id = 'r-old'",
        [REPLY_STATE_DAYS + 1],
      );
    } finally {
      await sql.close();
    }
    store = await openStore(where.options);
    expect(await store.getReplyState("r-old")).toBeUndefined();
    expect(await store.getReplyState("r-1")).toBeDefined();
  });

  it("writes no secret to the table", async () => {
    await store.close();
    const rows = tableRows(await where.dump(), "reply_states").join("\n");
    store = await openStore(where.options);
    expect(rows).toContain("r-secret");
    expect(rows).not.toContain(TOKEN.slice(4, 20));
  });
});
