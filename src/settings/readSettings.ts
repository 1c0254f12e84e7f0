import { z } from "zod";
import { probePart } from "./probeVariables.ts";
import type { Settings, SettingsPart } from "./Settings.ts";
import { SettingsError } from "./SettingsError.ts";
import { slackPart } from "./slackVariables.ts";
import { storePart } from "./storeVariables.ts";
import type { Env, Part, Problem, Variable } from "./variable.ts";

const PARTS = { slack: slackPart, probe: probePart, store: storePart } as const;
const ALL: readonly SettingsPart[] = ["slack", "probe", "store"];

/** Every variable the reader knows, in the order the README's table lists them, with its part. */
export const VARIABLES: readonly (Variable & { name: string; part: SettingsPart })[] = ALL.flatMap((part) =>
  Object.entries(PARTS[part].variables as Record<string, Variable>).map(([name, v]) => ({
    name,
    part,
    ...v,
  })),
);

/**
 * Reads and validates the environment once, at an entry point, and returns the settings of the
 * parts it asks for (the bot all three; `npm run report` only the store): nothing below the entry
 * points reads `process.env`. Values are trimmed and an empty one counts as unset. Every problem,
 * in field values and between variables, comes back at once in one SettingsError (ENV_INVALID).
 */
export function readSettings(env?: Env): Settings;
export function readSettings<P extends SettingsPart>(env: Env, parts: readonly P[]): Pick<Settings, P>;
export function readSettings(
  env: Env = process.env,
  parts: readonly SettingsPart[] = ALL,
): Partial<Settings> {
  const wanted = ALL.filter((p) => parts.includes(p));
  const variables = wanted.flatMap((p) => Object.entries(PARTS[p].variables as Record<string, Variable>));
  const raw: Record<string, string | undefined> = {};
  for (const [name] of variables) {
    const value = env[name]?.trim();
    raw[name] = value === "" ? undefined : value;
  }
  const schema = z.object(Object.fromEntries(variables.map(([name, v]) => [name, v.schema])));
  const parsed = schema.safeParse(raw);
  const found = new Map<string, Problem>();
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const name = String(issue.path[0] ?? "");
    const v = variables.find(([n]) => n === name)?.[1];
    if (v && !found.has(name)) found.set(name, { variable: name, problem: issue.message, fix: v.fix });
  }
  for (const p of wanted) {
    for (const problem of (PARTS[p] as Part<Record<string, Variable>, unknown>).check(raw)) {
      if (!found.has(problem.variable)) found.set(problem.variable, problem);
    }
  }
  if (found.size > 0 || !parsed.success) {
    const order = (name: string) => VARIABLES.findIndex((v) => v.name === name);
    const problems = [...found.values()].sort((a, b) => order(a.variable) - order(b.variable));
    throw new SettingsError(problems, parsed.success ? {} : { cause: parsed.error });
  }
  const settings: Partial<Settings> = {};
  const data = parsed.data as never;
  if (wanted.includes("slack")) settings.slack = slackPart.build(data, raw);
  if (wanted.includes("probe")) settings.probe = probePart.build(data, raw);
  if (wanted.includes("store")) settings.store = storePart.build(data, raw);
  return settings;
}
