import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The machine's PostgreSQL server (trust auth), as the issue describes it. */
export const TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";
const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

let ready: Promise<void> | undefined;

/** Makes sure the server answers and the `test` database exists; starts the cluster when it is down. */
export function ensurePostgres(): Promise<void> {
  ready ??= (async () => {
    if (!(await answers(ADMIN_URL))) {
      execFileSync(
        "sh",
        [
          "-c",
          "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | sort -V | tail -n 1) main start",
        ],
        {
          stdio: "ignore",
        },
      );
      for (let i = 0; i < 50 && !(await answers(ADMIN_URL)); i++)
        await new Promise((r) => setTimeout(r, 200));
    }
    const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
    await admin.connect();
    try {
      const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'test'");
      if (found.rowCount === 0) {
        await admin.query("CREATE DATABASE test").catch((e: { code?: string }) => {
          if (e.code !== "42P04") throw e; // another test file created it first
        });
      }
    } finally {
      await admin.end();
    }
  })();
  return ready;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    await client.end().catch(() => {});
    return false;
  }
}

/** A schema name of its own, so test files running in parallel never see each other's rows. */
export function freshSchemaName(): string {
  return `t_${randomBytes(6).toString("hex")}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Every row of every table in the schema, as text: to prove what was (not) written. */
export async function dumpPostgresSchema(schema: string): Promise<string> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await dumpTables((text, params) => client.query(text, params).then((r) => r.rows), schema);
  } finally {
    await client.end();
  }
}

export async function dumpTables(
  query: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>,
  schema: string,
): Promise<string> {
  const tables = await query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'",
    [schema],
  );
  const out: string[] = [];
  for (const { table_name } of tables) {
    const rows = await query(`SELECT t::text AS row FROM ${schema}.${String(table_name)} t`);
    out.push(`# ${String(table_name)}`, ...rows.map((r) => String(r.row)));
  }
  return out.join("\n");
}
