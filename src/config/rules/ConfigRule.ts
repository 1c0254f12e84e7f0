import type { ParsedUrl } from "../parseUrl.ts";
import type { Fix, Target } from "../Target.ts";

/** What every rule may want to know about a target, worked out once. */
export interface RuleContext {
  /** The target's URL parsed; undefined when there is none or it is a template. */
  url: ParsedUrl | undefined;
  /** Grafana Cloud's own hosts, which take their tenant from basic auth. */
  grafanaCloud: boolean;
  /** The URL is one of the backend's APIs (/api/v1, /prometheus, /otlp), so a curl there needs the headers. */
  queryApi: boolean;
  /**
   * The target is a multi-tenant backend of the Mimir family (xScaler, Mimir, Cortex, Loki, Tempo):
   * by its host or by a push or API path only they serve. A Jaeger port or a vendor's OTLP intake takes
   * no tenant header, so its absence is no mistake there. Unknown (a template, no URL) counts as yes.
   */
  multiTenant: boolean;
}

/** One mistake a rule found in a target; checkTargets adds the rule id and the target. */
export interface RuleHit {
  /** What in the target is wrong (`url`, `headers.Authorization`): with rule and target, names the finding. */
  field: string;
  /** 1-based line in the snippet. */
  line: number;
  message: string;
  fix?: Fix;
}

/**
 * One config rule: a mistake in a pasted configuration and the knowledge-base symptom it causes.
 * The rule's `symptom` is the one link between the two.
 */
export interface ConfigRule {
  readonly id: string;
  /** The knowledge-base entry id this mistake produces. */
  readonly symptom: string;
  readonly severity: "error" | "warning";
  readonly title: string;
  check(target: Target, ctx: RuleContext): RuleHit[];
}
