import pg from "pg";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import type { Sql, SqlTx } from "./Sql.ts";
import { StoreError } from "./StoreError.ts";

export interface PostgresOptions {
  databaseUrl: string;
  /** Every connection works in this schema (created when absent). Default: the server's search_path. */
  schema?: string;
  /** How long to wait for a connection before giving up. Default 5 s. */
  connectTimeoutMs?: number;
  /** Connections in the pool. Default 5. */
  maxConnections?: number;
}

/** Connects a pool to the PostgreSQL server at `databaseUrl` and checks it answers. */
export async function openPostgresSql(options: PostgresOptions): Promise<Sql> {
  const where = describeUrl(options.databaseUrl);
  const config: pg.PoolConfig = {
    connectionString: options.databaseUrl,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    max: options.maxConnections ?? 5,
    idleTimeoutMillis: 30_000,
    application_name: "telemetry-doctor",
  };
  if (options.schema !== undefined) config.options = `-c search_path=${options.schema}`;
  const pool = new pg.Pool(config);
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    try {
      if (options.schema !== undefined) {
        // Two copies starting at once can both find the schema missing; the loser's error means it exists now.
        await client
          .query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`)
          .catch((error: { code?: string }) => {
            if (error.code !== "23505" && error.code !== "42P06") throw error;
          });
      }
    } finally {
      client.release();
    }
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new StoreError(
      "STORE_UNREACHABLE",
      `cannot use the PostgreSQL server at ${where}: ${explain(cause)}`,
      {
        cause,
      },
    );
  }
  let closed = false;
  const onConnection = (client: pg.PoolClient): SqlTx => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await client.query(text, [...params])).rows as T[];
    },
    async exec(text: string) {
      await client.query(text);
    },
  });
  return {
    describe: `PostgreSQL at ${where}`,
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await pool.query(text, [...params])).rows as T[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction<T>(fn: (tx: SqlTx) => Promise<T>) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await fn(onConnection(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        try {
          await client.query("ROLLBACK");
        } catch {
          broken = true; // the connection is gone: drop it rather than hand it out again
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** host:port/database of the URL, without user or password, for messages. */
export function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return maskSecrets(databaseUrl);
  }
}

function explain(cause: unknown): string {
  const error = cause as { code?: string; message?: string };
  const text = maskSecrets(error.message ?? String(cause));
  switch (error.code) {
    case "ECONNREFUSED":
      return `connection refused (${text}); is the server running and listening there?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host name does not resolve (${text})`;
    case "3D000":
      return `${text}; create it (createdb) or fix the database name in DATABASE_URL`;
    case "28P01":
    case "28000":
      return `the server refused the login (${text}); check the user and password in DATABASE_URL`;
    default:
      return text;
  }
}
