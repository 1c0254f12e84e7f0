import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The installed version of an npm package, read from its own package.json. */
export function npmVersion(name: string): string {
  const file = `${root}node_modules/${name}/package.json`;
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/** The first line a program prints for --version, or null when it is not installed. */
export function programVersion(command: string): string | null {
  const r = spawnSync(command, ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return null;
  return `${r.stdout}${r.stderr}`.split("\n")[0]?.trim() ?? null;
}
