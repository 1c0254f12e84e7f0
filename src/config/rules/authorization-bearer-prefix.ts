import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";
import { literalAuthorizationHeaders } from "./literalAuthorizationHeaders.ts";

export const authorizationBearerPrefix = {
  id: "authorization-bearer-prefix",
  symptom: "unauthorized-401",
  severity: "error",
  title: 'Authorization value without "Bearer " (or with it twice)',
  check(t): RuleHit[] {
    const out: RuleHit[] = [];
    for (const h of literalAuthorizationHeaders(t)) {
      const v = h.value.value;
      const twice = /^bearer\s+bearer\b/i.test(v);
      if (v.startsWith("Bearer ") && !twice) continue;
      const why = twice
        ? 'has "Bearer" twice'
        : /^bearer\s/i.test(v)
          ? 'starts with a lower-case or badly spaced "bearer"'
          : /^basic\s/i.test(v)
            ? "is Basic auth; the backend takes a Bearer token"
            : 'has no "Bearer " before the token';
      out.push({
        field: `headers.${h.name}`,
        line: h.value.line,
        message: `The Authorization header ${why}. It must read exactly "Bearer <token>" (capital B, one space).`,
        fix: setTo(h.value, "Bearer <token>"),
      });
    }
    // The Prometheus/Alloy authorization block: its type is sent as written.
    if (t.authType && t.authType.value !== "Bearer" && /^bearer$/i.test(t.authType.value.trim())) {
      out.push({
        field: "authorization.type",
        line: t.authType.line,
        message: `authorization type is "${t.authType.value}"; it is sent as written and must be "Bearer" (capital B).`,
        fix: setTo(t.authType, "Bearer"),
      });
    }
    // Alloy's credentials have a rule of their own (alloy-credentials-bearer).
    for (const [field, v] of [
      ["authorization.credentials", t.kind === "alloy" ? undefined : t.credentials],
      ["bearer_token", t.bearerToken],
    ] as const) {
      if (!v || !/^bearer\s/i.test(v.value)) continue;
      out.push({
        field,
        line: v.line,
        message: `${field} starts with "Bearer ", so the header is sent as "Bearer Bearer <token>": put the raw token only.`,
        fix: setTo(v, "<token>"),
      });
    }
    return out;
  },
} as const satisfies ConfigRule;
