import { isReference } from "../isReference.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";
import { literalAuthorizationHeaders } from "./literalAuthorizationHeaders.ts";

const broken = (token: string): string => (/[\r\n]/.test(token) ? "has a line break" : "has whitespace");

export const tokenWhitespace = {
  id: "token-whitespace",
  symptom: "unauthorized-401",
  severity: "error",
  title: "Token with whitespace or a line break in it",
  check(t): RuleHit[] {
    const out: RuleHit[] = [];
    for (const h of literalAuthorizationHeaders(t)) {
      const v = h.value.value;
      // Every scheme word goes: a doubled "Bearer Bearer" is the prefix rule's finding, not whitespace in the token.
      const token = v.replace(/^(?:bearer\s+)+/i, "");
      if (!/^bearer\s/i.test(v) || !/\s/.test(token) || isReference(token)) continue;
      out.push({
        field: `headers.${h.name}`,
        line: h.value.line,
        message: `The token in the Authorization header ${broken(token)} in it: paste it again as one unbroken string.`,
        fix: setTo(h.value, "Bearer <token>"),
      });
    }
    for (const [field, v] of [
      ["authorization.credentials", t.credentials],
      ["bearer_token", t.bearerToken],
    ] as const) {
      // A "Bearer " prefix is its own finding, which replaces the whole value.
      if (!v || /^bearer\s/i.test(v.value) || !/\s/.test(v.value) || isReference(v.value)) continue;
      out.push({
        field,
        line: v.line,
        message: `The token in ${field} ${broken(v.value)} in it: paste it again as one unbroken string.`,
        fix: setTo(v, "<token>"),
      });
    }
    return out;
  },
} as const satisfies ConfigRule;
