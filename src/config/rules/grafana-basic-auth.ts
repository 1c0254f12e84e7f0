import { TENANT_HEADER, tenantLike } from "../tenantLike.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

export const grafanaBasicAuth = {
  id: "grafana-basic-auth",
  symptom: "grafana-bad-gateway",
  severity: "error",
  title: "Grafana data source uses Basic Auth instead of the two HTTP headers",
  check(t, { grafanaCloud }): RuleHit[] {
    if (!t.basicAuth || grafanaCloud || t.role !== "datasource") return [];
    const tenant = tenantLike(t.basicAuth.username?.value) ?? "<tenant-id>";
    const holds = t.basicAuth.username && tenant !== "<tenant-id>" ? "the tenant" : "the token";
    return [
      {
        field: "basicAuth",
        line: t.basicAuth.line,
        message: `The data source uses Basic Auth (with ${holds}); xScaler wants two HTTP headers instead: Authorization: Bearer <token> and ${TENANT_HEADER}: <tenant-id>.`,
        fix: t.replaceBasicAuth(tenant),
      },
    ];
  },
} as const satisfies ConfigRule;
