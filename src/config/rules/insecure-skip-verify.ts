import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

export const insecureSkipVerify = {
  id: "insecure-skip-verify",
  symptom: "otel-tls-untrusted",
  severity: "warning",
  title: "TLS certificate verification turned off",
  check(t): RuleHit[] {
    const v = t.insecureSkipVerify;
    if (v?.value !== "true") return [];
    return [
      {
        field: "tls",
        line: v.line,
        message:
          t.role === "curl"
            ? "-k / --insecure turns off certificate checks, which hides the TLS problem instead of fixing it. Trust the CA with --cacert instead."
            : t.role === "datasource"
              ? "tlsSkipVerify: true turns off certificate checks; fine for a test, not for production. Add the CA certificate (tlsAuthWithCACert) instead."
              : "insecure_skip_verify: true turns off certificate checks; fine for a test, not for production. Trust the CA with ca_file instead.",
        fix: t.removeInsecure ?? setTo(v, "false"),
      },
    ];
  },
} as const satisfies ConfigRule;
