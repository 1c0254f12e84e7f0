import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

export const alloyCredentialsBearer = {
  id: "alloy-credentials-bearer",
  symptom: "alloy-not-arriving",
  severity: "error",
  title: 'Alloy authorization credentials start with "Bearer "',
  check(t): RuleHit[] {
    const v = t.credentials;
    if (t.kind !== "alloy" || !v || !/^bearer\s/i.test(v.value)) return [];
    return [
      {
        field: "authorization.credentials",
        line: v.line,
        message: 'Alloy adds "Bearer " itself: credentials must be the raw token, not "Bearer <token>".',
        fix: setTo(v, "<token>"),
      },
    ];
  },
} as const satisfies ConfigRule;
