// Builds dist/ with tsc when it is missing or older than any file in src/ (or the tsconfigs), so
// `npm start`, `npm run diagnose` and the other entry points run compiled JavaScript even on a fresh
// clone. It writes nothing to stdout: `npm run --silent diagnose -- --batch` output is parsed, and only
// result lines may go there. tsc's own messages go to stderr.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const stamp = join(dist, ".built");
// Outside dist/, so that a missing dist/ still has somewhere to lock.
const lock = join(root, "node_modules", ".cache", "telemetry-doctor", "build.lock");
const LOCK_STALE_MS = 120_000;

/** The newest mtime under a directory (or of a file), in ms. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs; // a deleted or renamed file changes its directory's mtime
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function builtAt() {
  try {
    return statSync(stamp).mtimeMs;
  } catch {
    return -1;
  }
}

function fresh() {
  const built = builtAt();
  if (built < 0) return false;
  const inputs = ["src", "tsconfig.json", "tsconfig.build.json"].map((p) => newest(join(root, p)));
  return built >= Math.max(...inputs);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One build at a time: parallel entry points on a fresh clone wait for the first one's build. */
function withLock(fn) {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS)
          rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      sleep(100);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * An automatic rebuild only emits (`--noCheck`; isolatedModules makes that safe): the type check is
 * `npm test`'s and `npm run build`'s, and a half-typed file elsewhere in src/ does not stop a run.
 */
function build(check) {
  const started = Date.now();
  const out = join(root, `dist.tmp-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(
    process.execPath,
    [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", out, ...(check ? [] : ["--noCheck"])],
    {
      cwd: root,
      // tsc prints its diagnostics on stdout: they go to stderr here.
      stdio: ["ignore", 2, 2],
    },
  );
  if (result.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(
      `ensure-built: tsc failed (${result.error?.message ?? `exit ${result.status}`}); dist/ left as it was\n`,
    );
    return result.status || 1;
  }
  // The stamp carries the time the build started: a source saved during the build makes it stale.
  writeFileSync(join(out, ".built"), "");
  utimesSync(join(out, ".built"), started / 1000, started / 1000);
  // Swapped whole, so files of deleted sources do not linger and no run sees half a build.
  const old = join(root, `dist.old-${process.pid}`);
  let moved = false;
  try {
    renameSync(dist, old);
    moved = true;
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  renameSync(out, dist);
  if (moved) rmSync(old, { recursive: true, force: true });
  return 0;
}

// `npm run build` passes --force: build, type-checked, even when dist/ looks fresh.
const force = process.argv.includes("--force");
if (force || !fresh()) {
  process.exitCode = withLock(() => (force || !fresh() ? build(force) : 0));
}
