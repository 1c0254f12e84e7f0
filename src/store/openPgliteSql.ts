import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDirLock } from "./acquireDirLock.ts";
import type { Sql } from "./Sql.ts";
import { StoreError } from "./StoreError.ts";

/** The embedded database lives in this folder of DATA_DIR, so DATA_DIR can hold other things too. */
export const PGLITE_SUBDIR = "pglite";

/**
 * Opens (creating when absent) the embedded PostgreSQL under `dataDir`. PGlite is one process's
 * database: a second process on the same folder would silently lose writes, so a lock file keeps
 * the folder to one process at a time.
 */
export async function openPgliteSql(dataDir: string): Promise<Sql> {
  const dir = join(dataDir, PGLITE_SUBDIR);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    throw new StoreError("STORE_CORRUPT", `cannot create the data directory ${dir}: ${message(cause)}`, {
      cause,
    });
  }
  const release = acquireDirLock(dataDir);
  const versionFile = join(dir, "PG_VERSION");
  if (existsSync(versionFile) && !/^\d+\s*$/.test(readFileSync(versionFile, "utf8"))) {
    release();
    throw new StoreError(
      "STORE_CORRUPT",
      `${dir} is not a database this bot can open (PG_VERSION is damaged); move it aside to start afresh, or restore it from a backup`,
    );
  }
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
    await db.query("SELECT 1");
  } catch (cause) {
    release();
    throw new StoreError(
      "STORE_CORRUPT",
      `the embedded database in ${dir} cannot be opened (${message(cause)}); it may be damaged: move it aside to start afresh, or restore it from a backup`,
      { cause },
    );
  }
  let closed = false;
  return {
    describe: `embedded PostgreSQL in ${dir}`,
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(text, [...params]);
      return result.rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
    transaction<T>(fn: Parameters<Sql["transaction"]>[0]) {
      return db.transaction(async (tx) =>
        fn({
          async query<R>(text: string, params: readonly unknown[] = []) {
            return (await tx.query<R>(text, [...params])).rows;
          },
          async exec(text: string) {
            await tx.exec(text);
          },
        }),
      ) as Promise<T>;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
