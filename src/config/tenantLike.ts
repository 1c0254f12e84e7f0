import { isReference } from "./isReference.ts";

/** The multi-tenant backend's tenant header. */
export const TENANT_HEADER = "X-Scope-OrgID";

/** A value that can be shown as the tenant: not a token. */
export function tenantLike(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === "" || v.length > 64 || /\s/.test(v) || /^eyJ|^glc_|^glsa_/.test(v) || isReference(v))
    return undefined;
  return v;
}
