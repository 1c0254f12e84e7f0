import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

/** What the corrected config trusts instead: the CA that signed the backend's certificate. */
const CA_FILE = "<path-to-ca.pem>";

/**
 * `tls: insecure: true` on an https:// otlphttp endpoint. In the Collector's configtls, `insecure`
 * turns off transport security for a gRPC connection; an HTTP client takes TLS from the URL's scheme,
 * so on https:// the setting does nothing and the certificate is still verified. People set it to
 * get past "certificate signed by unknown authority" and the error stays. Trusting the CA (ca_file)
 * fixes it; insecure_skip_verify would only hide it.
 */
export const tlsInsecureOnHttps = {
  id: "tls-insecure-on-https",
  symptom: "otel-tls-untrusted",
  severity: "warning",
  title: "tls.insecure on an https:// otlphttp endpoint does not skip certificate checks",
  check(t, { url }): RuleHit[] {
    const insecure = t.tlsInsecure;
    if (
      t.role !== "otlp-http" ||
      insecure?.value.toLowerCase() !== "true" ||
      url?.scheme.toLowerCase() !== "https"
    )
      return [];
    // With a CA already trusted the setting is harmless, and beside insecure_skip_verify the
    // certificate is not verified at all (insecure-skip-verify speaks to that).
    if (t.caFile || t.insecureSkipVerify?.value.toLowerCase() === "true") return [];
    return [
      {
        field: "tls.insecure",
        line: insecure.line,
        message:
          "tls.insecure only turns off TLS for gRPC; on an https:// endpoint the certificate is still verified. Trust the backend's CA with ca_file instead.",
        fix: (text) => replaceInsecure(text, insecure.start, t.kind === "alloy"),
      },
    ];
  },
} as const satisfies ConfigRule;

/** The `insecure` key and its value, on the value's line, becomes `ca_file` with a path to fill in. */
function replaceInsecure(text: string, valueStart: number, alloy: boolean): string | undefined {
  const lineStart = text.lastIndexOf("\n", valueStart - 1) + 1;
  const lineEnd = text.indexOf("\n", valueStart);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const fixed = alloy
    ? line.replace(/\binsecure(\s*)=(\s*)true\b/i, `ca_file$1=$2"${CA_FILE}"`)
    : line.replace(/\binsecure(\s*):(\s*)(["']?)true\3(?![\w-])/i, `ca_file$1:$2${CA_FILE}`);
  if (fixed === line) return undefined;
  return text.slice(0, lineStart) + fixed + text.slice(lineStart + line.length);
}
