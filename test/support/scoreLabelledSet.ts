import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The shared scorer, beside the project as in CI; the suites that use it skip when it is absent. */
export const SCORER = fileURLToPath(new URL("../../../shared/eval/score.mjs", import.meta.url));

export interface SetSummary {
  top1: number;
  top3: number;
  false_match: number;
  answered: number;
  cases: number;
  negatives: number;
}

/** Runs the real scorer against the real batch command on a labelled set (the dev set by default). */
export function scoreLabelledSet(cases?: string): SetSummary {
  const args = [SCORER, "--json", ...(cases ? ["--cases", cases] : [])];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { summary: SetSummary }).summary;
}
