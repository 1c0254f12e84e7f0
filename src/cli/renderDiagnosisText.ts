import type { Diagnosis } from "../diagnosis/Diagnosis.ts";
import { CLIENT_NAMES } from "../vocabulary/clients.ts";

function indent(text: string, by = "    "): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => by + l)
    .join("\n");
}

/** The diagnosis for a person reading a terminal. Everything in it is already masked. */
export function renderDiagnosisText(d: Diagnosis): string {
  const out: string[] = [];
  for (const note of d.input.notes) out.push(`note: ${note}`);
  if (d.input.kind !== "text") return out.join("\n");

  const seen = d.facts.client ? `, printed by ${CLIENT_NAMES[d.facts.client]}` : "";
  if (d.matches.length === 0) {
    out.push(`No confident match${seen}.`);
    const looked: string[] = [];
    if (d.facts.statuses.length) looked.push(`HTTP ${d.facts.statuses.join(", ")}`);
    if (d.facts.grpcCodes.length) looked.push(`gRPC ${d.facts.grpcCodes.join(", ")}`);
    if (looked.length) out.push(`Looked at: ${looked.join("; ")}.`);
    out.push(
      "What would help: the full error line as the program printed it (with the status code and the message after it), which client sent it (Prometheus, Alloy, OpenTelemetry Collector, Grafana) and the endpoint URL it was sending to.",
    );
    return out.join("\n");
  }

  const distinct = d.matches.filter((m) => m.distinct).length;
  out.push(distinct > 1 ? `${distinct} problems found${seen}.` : `Diagnosis${seen}:`);
  d.matches.forEach((m, i) => {
    out.push("");
    const label = m.distinct ? `${i + 1}.` : `${i + 1}. (also possible)`;
    out.push(`${label} ${m.title}  [${m.basis?.label ?? m.confidence}, ${m.score.toFixed(2)}]  (${m.id})`);
    if (m.basis) out.push(`   to confirm: ${m.basis.confirm}`);
    if (m.dataFate) out.push(`   the data: ${m.dataFate.summary}`);
    for (const e of m.evidence) out.push(`   evidence, line ${e.line} (${e.signal}): ${e.text}`);
    if (!m.distinct) return;
    out.push(`   cause: ${m.cause}`);
    out.push("   fix:");
    for (const [n, step] of m.fix.entries()) out.push(`     ${n + 1}. ${step}`);
    for (const f of m.configFindings) {
      out.push(`   in your config, line ${f.line} (${f.target} ${f.field}): ${f.message}`);
      if (f.correction) out.push(indent(f.correction.diff, "       "));
      else if (f.note) out.push(`     ${f.note}`);
    }
    if (m.snippet) {
      out.push(`   ${m.snippet.title ?? `corrected ${CLIENT_NAMES[m.snippet.client]} snippet`}:`);
      out.push(indent(m.snippet.code, "       "));
    }
    if (m.next) out.push(`   likely next: ${m.next.title} (${m.next.id})`);
  });
  return out.join("\n");
}
