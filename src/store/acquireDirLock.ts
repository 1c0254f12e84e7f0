import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { StoreError } from "./StoreError.ts";

export const LOCK_FILE = "store.lock";

/** Folders this process holds, so a second open in the same process is refused too. */
const held = new Set<string>();

/**
 * Takes `<dir>/store.lock` for this process, or throws STORE_LOCKED naming the process that has it.
 * A lock left by a process that is gone (a crash, a container restart) is taken over.
 * Returns the function that releases it.
 */
export function acquireDirLock(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  if (held.has(path)) throw locked(path, process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      held.add(path);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.delete(path);
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new StoreError("STORE_CORRUPT", `cannot write the lock file ${path}: ${String(error)}`, {
          cause: error,
        });
      }
    }
    const owner = Number.parseInt(readFileSafe(path), 10);
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
      throw locked(path, owner);
    }
    rmSync(path, { force: true }); // stale: its process is gone
  }
  throw locked(path, undefined);
}

function locked(path: string, pid: number | undefined): StoreError {
  const who = pid === undefined ? "another process" : `process ${pid}`;
  return new StoreError(
    "STORE_LOCKED",
    `${who} already has the embedded database open (${path}); run one process per DATA_DIR, or share a PostgreSQL server with DATABASE_URL`,
  );
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
