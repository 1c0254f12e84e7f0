import { parseUrl } from "./parseUrl.ts";
import type { RuleContext } from "./rules/ConfigRule.ts";
import { CONFIG_RULES, type ConfigRuleId } from "./rules/configRules.ts";
import type { Fix, Target } from "./Target.ts";

/** A rule's finding before it is verified and rendered. */
export interface RawFinding {
  rule: ConfigRuleId;
  target: string;
  /** What in the target is wrong (`url`, `headers.Authorization`): with rule and target, names the finding. */
  field: string;
  line: number;
  message: string;
  fix?: Fix;
}

function contextOf(t: Target): RuleContext {
  const url = t.url ? parseUrl(t.url.value) : undefined;
  return {
    url,
    grafanaCloud: url !== undefined && /grafana\.net$/i.test(url.host),
    queryApi: url !== undefined && /^\/(api\/v1|prometheus|otlp)(\/|$)/.test(url.path),
  };
}

/** Runs every rule over the targets of one snippet: target by target, rule by rule. */
export function checkTargets(targets: Target[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const t of targets) {
    const ctx = contextOf(t);
    for (const rule of CONFIG_RULES)
      for (const hit of rule.check(t, ctx)) out.push({ rule: rule.id, target: t.key, ...hit });
  }
  return out;
}
