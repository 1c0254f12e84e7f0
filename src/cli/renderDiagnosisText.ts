import type { Diagnosis } from "../diagnosis/Diagnosis.ts";
import { certaintyOf, planAnswer } from "../diagnosis/planAnswer.ts";
import { CLIENT_NAMES } from "../vocabulary/clients.ts";

function indent(text: string, by = "    "): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => by + l)
    .join("\n");
}

/**
 * The diagnosis for a person reading a terminal: the same answer as Slack's card (the verdict, one
 * checklist, one corrected config per pasted block), then each problem's evidence, cause and steps,
 * which a terminal has room for. Everything in it is already masked.
 */
export function renderDiagnosisText(d: Diagnosis): string {
  const out: string[] = [];
  for (const note of d.input.notes) out.push(`note: ${note}`);
  if (d.input.kind !== "text") return out.join("\n");

  const seen = d.facts.client ? `, printed by ${CLIENT_NAMES[d.facts.client]}` : "";
  const plan = planAnswer(d);
  if (!plan) {
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

  out.push(`${plan.lead.basis?.label ?? plan.certainty}: ${plan.lead.title}  (${plan.lead.id})${seen}`);
  if (plan.checklist.length === 1) {
    out.push(`do first: ${plan.checklist[0]?.fix}`);
  } else {
    out.push("to fix:");
    plan.checklist.forEach((item, i) => {
      const where = item.line !== undefined ? `, line ${item.line}` : "";
      out.push(
        `  ${i + 1}. ${item.finding ? "" : `${item.title}: `}${item.fix}  [${item.certainty}${where}]`,
      );
    });
  }
  for (const c of plan.corrected) {
    out.push("");
    if (c.kind === "yours") {
      out.push(
        `your ${CLIENT_NAMES[c.block.client]} config (lines ${c.block.startLine}-${c.block.endLine}), corrected:`,
      );
      out.push(indent(c.diff, "    "));
    } else {
      out.push(`example for ${CLIENT_NAMES[c.snippet.client]}, filled in from your paste:`);
      out.push(indent(c.snippet.code, "    "));
    }
  }
  for (const m of plan.problems) {
    out.push("");
    out.push(`${m.title}  [${m.basis?.label ?? certaintyOf(m)}, score ${m.score.toFixed(2)}]  (${m.id})`);
    if (m.basis) out.push(`   to confirm: ${m.basis.confirm}`);
    if (m.dataFate) out.push(`   the data: ${m.dataFate.summary}`);
    for (const e of m.evidence) out.push(`   evidence, line ${e.line} (${e.signal}): ${e.text}`);
    out.push(`   cause: ${m.cause}`);
    out.push("   steps:");
    for (const [n, step] of m.fix.entries()) out.push(`     ${n + 1}. ${step}`);
  }
  if (plan.runnersUp.length > 0)
    out.push(
      "",
      `also possible: ${plan.runnersUp.map((m) => `${m.title} (${m.id}, ${m.score.toFixed(2)})`).join("; ")}`,
    );
  if (plan.next) out.push(`likely next: ${plan.next.title} (${plan.next.id})`);
  return out.join("\n");
}
