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

const MULTI_TENANT_HOST = /xscaler|mimir|cortex|loki|tempo/i;

function contextOf(t: Target): RuleContext {
  const url = t.url ? parseUrl(t.url.value) : undefined;
  const named =
    url !== undefined &&
    (MULTI_TENANT_HOST.test(url.host) ||
      /^\/(?:api\/v1\/push|api\/prom\/|loki\/api\/|prometheus|otlp)(?:\/|$)/.test(url.path));
  return {
    url,
    grafanaCloud: url !== undefined && /grafana\.net$/i.test(url.host),
    queryApi: url !== undefined && /^\/(api\/v1|prometheus|otlp)(\/|$)/.test(url.path),
    multiTenant:
      url === undefined ||
      named ||
      // A host name with no path and no port says nothing either way: keep the docs' rule. An SDK's
      // endpoint is as often a vendor's intake, which takes no tenant header: only a name counts there.
      (t.kind !== "otel-sdk" &&
        url.path.replace(/\/$/, "") === "" &&
        url.port === "" &&
        !/^\d|localhost/.test(url.host)),
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
