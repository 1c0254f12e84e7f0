import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach } from "vitest";
import { PGLITE_SUBDIR } from "../../../src/store/openPgliteSql.ts";
import { openStore, type StoreOptions } from "../../../src/store/openStore.ts";
import type { Store } from "../../../src/store/Store.ts";
import {
  dropSchema,
  dumpPostgresSchema,
  dumpTables,
  ensurePostgres,
  freshSchemaName,
  TEST_DATABASE_URL,
} from "./postgres.ts";

/** One empty store location on one backend. */
export interface StoreLocation {
  options: StoreOptions;
  /** Every row of every table as text. The store must be closed first (PGlite is one process's). */
  dump(): Promise<string>;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: "pglite" | "postgres";
  fresh(): Promise<StoreLocation>;
}

export const pgliteBackend: Backend = {
  name: "pglite",
  async fresh() {
    const dataDir = mkdtempSync(join(tmpdir(), "store-test-"));
    return {
      options: { dataDir },
      async dump() {
        const db = await PGlite.create(join(dataDir, PGLITE_SUBDIR));
        try {
          return await dumpTables(
            (text, params) => db.query<Record<string, unknown>>(text, params).then((r) => r.rows),
            "public",
          );
        } finally {
          await db.close();
        }
      },
      async cleanup() {
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresBackend: Backend = {
  name: "postgres",
  async fresh() {
    await ensurePostgres();
    const schema = freshSchemaName();
    return {
      options: { databaseUrl: TEST_DATABASE_URL, schema },
      dump: () => dumpPostgresSchema(schema),
      cleanup: () => dropSchema(schema),
    };
  },
};

export const BACKENDS: readonly Backend[] = [pgliteBackend, postgresBackend];

/** The rows of one table in a dump. */
export function tableRows(dump: string, table: string): string[] {
  const section = dump.split(/^# /m).find((part) => part.startsWith(`${table}\n`) || part === table);
  return section === undefined
    ? []
    : section
        .split("\n")
        .slice(1)
        .filter((line) => line.length > 0);
}

/**
 * Fresh locations and stores for the tests of one `describe` on one backend: `fresh()` makes an empty
 * location, `open(where)` opens a store on it, `close(store)` closes one early (to read its files), and
 * after each test every store still open is closed and every location removed.
 */
export function storesPerTest(backend: Backend): {
  fresh(): Promise<StoreLocation>;
  open(where: StoreLocation): Promise<Store>;
  close(store: Store): Promise<void>;
} {
  const opened: Store[] = [];
  const locations: StoreLocation[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    for (const where of locations.splice(0)) await where.cleanup();
  });
  return {
    async fresh() {
      const where = await backend.fresh();
      locations.push(where);
      return where;
    },
    async open(where) {
      const store = await openStore(where.options);
      opened.push(store);
      return store;
    },
    async close(store) {
      const at = opened.indexOf(store);
      if (at >= 0) opened.splice(at, 1);
      await store.close();
    },
  };
}
