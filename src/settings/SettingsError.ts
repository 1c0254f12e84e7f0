import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import type { Problem } from "./variable.ts";

/**
 * The environment does not describe settings that can run: every bad variable at once, each with
 * what is wrong and how to fix it. Values are never quoted, except items of non-secret lists
 * (channel ids, CIDRs), and what is wrong goes through maskSecrets as well, in case a token was
 * pasted into the wrong variable. (Not the fixes: they are our own text, and the masker would
 * take "Basic Information" for an Authorization scheme.)
 */
export class SettingsError extends Error {
  readonly code = "ENV_INVALID";
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], options?: ErrorOptions) {
    const lines = problems.map((p) => `  - ${line(p)}`);
    const count = problems.length === 1 ? "1 variable" : `${problems.length} variables`;
    super(`The environment is not valid (ENV_INVALID), ${count} to fix:\n${lines.join("\n")}`, options);
    this.name = "SettingsError";
    this.problems = problems;
  }

  /** The names of the bad variables, in the order they are listed. */
  get variables(): string[] {
    return this.problems.map((p) => p.variable);
  }
}

/** "NAME what is wrong: how to fix it." */
function line(p: Problem): string {
  return `${p.variable} ${maskSecrets(p.problem)}: ${p.fix.replace(/[.\s]*$/, "")}.`;
}
