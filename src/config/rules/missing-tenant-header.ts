import { setTo } from "../setVal.ts";
import { TENANT_HEADER, tenantLike } from "../tenantLike.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

export const missingTenantHeader = {
  id: "missing-tenant-header",
  symptom: "missing-org-id",
  severity: "error",
  title: "No X-Scope-OrgID tenant header",
  check(t, { grafanaCloud, queryApi, multiTenant }): RuleHit[] {
    const needsTenant =
      multiTenant &&
      !t.externalAuth &&
      (t.role !== "curl" || queryApi) &&
      !(t.role === "remote-write" && grafanaCloud);
    if (!needsTenant) return [];
    const h = t.headers.find((x) => x.name.toLowerCase() === TENANT_HEADER.toLowerCase());
    const tenant = tenantLike(t.basicAuth?.username?.value) ?? "<tenant-id>";
    if (h === undefined)
      return [
        {
          field: "headers",
          line: t.line,
          message: `No ${TENANT_HEADER} header in ${t.key}: the backend is multi-tenant and answers 400 "no org id" without it.`,
          fix: t.addHeader(TENANT_HEADER, tenant),
        },
      ];
    if (h.value.value.trim() === "")
      return [
        {
          field: "headers",
          line: h.value.line,
          message: `The ${TENANT_HEADER} header in ${t.key} is empty: set it to your tenant id.`,
          fix: setTo(h.value, tenant),
        },
      ];
    return [];
  },
} as const satisfies ConfigRule;
