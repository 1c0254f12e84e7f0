import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/openStore.ts";
import { StoreError } from "../../src/store/StoreError.ts";
import { ensurePostgres } from "./support/postgres.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "store-open-"));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function openError(options: Parameters<typeof openStore>[0]): Promise<StoreError> {
  try {
    const store = await openStore(options);
    await store.close();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error("the store opened");
}

describe("opening a store that cannot be used", { timeout: 60_000 }, () => {
  it("says a damaged data directory is damaged", async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, "pglite"));
    writeFileSync(join(dataDir, "pglite", "PG_VERSION"), "this is not a database\n");
    const error = await openError({ dataDir });
    expect(error.code).toBe("STORE_CORRUPT");
    expect(error.message).toContain(join(dataDir, "pglite"));
  });

  it("says so when the embedded database's files are broken, keeping the cause", async () => {
    const dataDir = tempDir();
    await (await openStore({ dataDir })).close();
    writeFileSync(join(dataDir, "pglite", "global", "pg_control"), "junk");
    const error = await openError({ dataDir });
    expect(error.code).toBe("STORE_CORRUPT");
    expect(error.cause).toBeDefined();
  });

  it("takes over a lock left by a process that is gone, refuses a second opener, and lets it in after close", async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, "store.lock"), "2147483646\n");
    const first = await openStore({ dataDir });
    const error = await openError({ dataDir });
    expect(error.code).toBe("STORE_LOCKED");
    expect(error.message).toContain(`process ${process.pid}`);
    await first.close();
    const again = await openStore({ dataDir });
    await again.close();
  });

  it("says an unreachable DATABASE_URL is unreachable, naming where but not the password", async () => {
    const port = await closedPort();
    const error = await openError({
      databaseUrl: `postgres://bot:hunter2pass@127.0.0.1:${port}/bot`,
      connectTimeoutMs: 2_000,
    });
    expect(error.code).toBe("STORE_UNREACHABLE");
    expect(error.message).toContain(`127.0.0.1:${port}/bot`);
    expect(error.message).toContain("connection refused");
    expect(error.message).not.toContain("hunter2pass");
    expect((error.cause as { code?: string }).code).toBe("ECONNREFUSED");
  });

  it("says which database is missing on a server that answers", async () => {
    await ensurePostgres();
    const error = await openError({
      databaseUrl: "postgres://postgres@127.0.0.1:5432/no_such_database_here",
    });
    expect(error.code).toBe("STORE_UNREACHABLE");
    expect(error.message).toMatch(/no_such_database_here.*createdb/);
  });

  it("refuses a schema name that is not a plain identifier", async () => {
    const error = await openError({ dataDir: tempDir(), schema: "x; DROP TABLE events" });
    expect(error.code).toBe("STORE_INVALID_INPUT");
  });
});
