import { TENANT_HEADER, tenantLike } from "../tenantLike.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

export const basicAuthInsteadOfBearer = {
  id: "basic-auth-instead-of-bearer",
  symptom: "unauthorized-401",
  severity: "error",
  title: "Token or tenant in basic auth where the Bearer header belongs",
  check(t, { grafanaCloud, queryApi }): RuleHit[] {
    // A Grafana data source has a rule of its own (grafana-basic-auth).
    if (!t.basicAuth || grafanaCloud || t.role === "datasource" || (t.role === "curl" && !queryApi))
      return [];
    const tenant = tenantLike(t.basicAuth.username?.value) ?? "<tenant-id>";
    const holds = t.basicAuth.username && tenant !== "<tenant-id>" ? "the tenant" : "the token";
    return [
      {
        field: "basic_auth",
        line: t.basicAuth.line,
        message: `${t.role === "curl" ? "-u" : "basic_auth"} carries ${holds}; the backend takes "Authorization: Bearer <token>" and the tenant in ${TENANT_HEADER}.`,
        fix: t.replaceBasicAuth(tenant),
      },
    ];
  },
} as const satisfies ConfigRule;
