import type { CheckId, CheckResult, ProbeResult, Scope } from "./types.ts";

/** How each check is named to people, in the CLI and in Slack alike. */
export const CHECK_LABELS: Record<CheckId, string> = {
  url: "URL",
  dns: "DNS",
  tcp: "TCP connect",
  tls: "TLS",
  write: "Write (remote_write)",
  read: "Read (query)",
  otlp: "OTLP",
  token: "Token hygiene",
};

export const CHECK_MARKS = { pass: "✓", fail: "✗", skipped: "–" } as const;

export function describeScope(s: Scope): string {
  return s === true ? "yes" : s === false ? "no" : "not proven";
}

function line(c: CheckResult): string {
  const symptom =
    c.symptom || c.failureClass ? `  [${[c.failureClass, c.symptom].filter(Boolean).join(" → ")}]` : "";
  return `${CHECK_MARKS[c.status]} ${CHECK_LABELS[c.id].padEnd(20)} ${c.detail}${symptom}${c.status === "skipped" ? "" : ` (${c.ms} ms)`}`;
}

/** The probe result as a plain-text checklist: one line a check, then what it proves. No secrets in it. */
export function renderProbeText(result: ProbeResult): string {
  const head = result.refused
    ? "Probe refused."
    : `Probe of ${result.target.origin || "(no usable URL)"}${result.target.vettedIp ? ` (${result.target.vettedIp})` : ""}: ${result.ok ? "every check passed" : "something failed"}.`;
  const lines = [head, "", ...result.checks.map(line), ""];
  if (!result.refused)
    lines.push(
      `Token can write: ${describeScope(result.scopes.canWrite)} · can read: ${describeScope(result.scopes.canRead)}`,
    );
  if (result.symptoms.length > 0) lines.push(`Knowledge-base symptoms: ${result.symptoms.join(", ")}`);
  if (result.tokenFingerprint) lines.push(`Token fingerprint: ${result.tokenFingerprint}`);
  return `${lines.join("\n")}\n`;
}

/** The CLI's `--json` shape: `{checks: [{name, status, symptom, detail, ms}], symptoms}` plus scopes. */
export function probeResultJson(result: ProbeResult): {
  checks: {
    name: CheckId;
    status: CheckResult["status"];
    symptom: string | null;
    detail: string;
    ms: number;
  }[];
  symptoms: string[];
  scopes: ProbeResult["scopes"];
  refused: boolean;
} {
  return {
    checks: result.checks.map((c) => ({
      name: c.id,
      status: c.status,
      symptom: c.symptom ?? null,
      detail: c.detail,
      ms: c.ms,
    })),
    symptoms: result.symptoms,
    scopes: result.scopes,
    refused: result.refused,
  };
}
