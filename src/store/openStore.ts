import { resolve } from "node:path";
import { migrate } from "./migrations.ts";
import { openPgliteSql } from "./openPgliteSql.ts";
import { openPostgresSql } from "./openPostgresSql.ts";
import type { Sql } from "./Sql.ts";
import { SqlStore } from "./SqlStore.ts";
import type { Store } from "./Store.ts";
import { StoreError } from "./StoreError.ts";
import type { RetryOptions } from "./withRetry.ts";

export interface StoreOptions {
  /** A PostgreSQL server; when set, it is used instead of the embedded database. */
  databaseUrl?: string;
  /** Where the embedded database lives (in its `pglite/` folder). Default `./data`. */
  dataDir?: string;
  /**
   * PostgreSQL schema to keep the tables in (created when absent): lets several bots, or tests,
   * share one database. Lower-case letters, digits and `_`. Default: the server's search_path.
   */
  schema?: string;
  /** PostgreSQL server only: how long to wait for a connection. Default 5 s. */
  connectTimeoutMs?: number;
  /** Retries of transient failures. Default 4 tries, from 50 ms apart. */
  retry?: RetryOptions;
}

/**
 * Opens the store the options name, checks it answers and migrates its schema. Fails here, with a
 * StoreError saying what is wrong (STORE_UNREACHABLE, STORE_CORRUPT, STORE_LOCKED,
 * STORE_MIGRATION_FAILED), rather than at the first write.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError(
      "STORE_INVALID_INPUT",
      `schema "${schema}" must be lower-case letters, digits and _`,
    );
  }
  let sql: Sql;
  let backend: Store["backend"];
  if (options.databaseUrl !== undefined && options.databaseUrl !== "") {
    backend = "postgres";
    sql = await openPostgresSql({
      databaseUrl: options.databaseUrl,
      ...(schema === undefined ? {} : { schema }),
      ...(options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: options.connectTimeoutMs }),
    });
  } else {
    backend = "pglite";
    sql = await openPgliteSql(resolve(options.dataDir ?? "data"));
    if (schema !== undefined) {
      await sql.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
    }
  }
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close().catch(() => {});
    throw error;
  }
  return new SqlStore(sql, backend, options.retry);
}
