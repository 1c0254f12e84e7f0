import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

/**
 * `OTEL_EXPORTER_OTLP_HEADERS` is a list of `name=value` pairs joined by commas, values
 * percent-encoded (the specification's "Specifying headers via environment variables"). A header
 * written as HTTP writes it, `Authorization: Bearer …`, is no pair: the SDKs skip it (or reject the
 * whole variable), so the export goes without it and the backend answers 401.
 */
export const otlpEnvHeadersFormat = {
  id: "otlp-env-headers-format",
  symptom: "unauthorized-401",
  severity: "error",
  title: "SDK headers setting written as `Name: value` instead of `name=value`",
  check(t): RuleHit[] {
    return (t.unreadHeaders ?? []).map((v) => {
      const colon = v.value.indexOf(":");
      const name = v.value.slice(0, colon).trim();
      const value = v.value.slice(colon + 1).trim();
      return {
        field: `headers.${name}`,
        line: v.line,
        message: `The headers setting has "${name}: …", a header as HTTP writes it: the SDK reads name=value pairs only, so ${name} is not sent. Write "=" in place of ": ", and a space inside the value as %20.`,
        fix: setTo(v, `${name}=${value.replace(/\s+/g, "%20")}`),
      };
    });
  },
} as const satisfies ConfigRule;
