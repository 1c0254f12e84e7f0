import { isReference } from "../isReference.ts";
import type { Target } from "../Target.ts";

/**
 * The Authorization headers a rule can judge: those written out, not an env or secret reference
 * (`${env:AUTH}`), unless the reference follows a written "Bearer " whose spelling can still be wrong.
 */
export function literalAuthorizationHeaders(t: Target): Target["headers"] {
  return t.headers.filter((h) => {
    if (h.name.toLowerCase() !== "authorization") return false;
    const v = h.value.value;
    return !isReference(v) || /^bearer\s/i.test(v);
  });
}
