import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import type { StoreSummary } from "./Store.ts";

/**
 * The summary as plain text: gaps largest first with a sample and the count, each symptom with how
 * often it was diagnosed and rated, and the escalations. For `npm run report`; the App Home builds
 * its blocks from the same StoreSummary.
 */
export function renderSummaryText(summary: StoreSummary, options: { sampleWidth?: number } = {}): string {
  const width = options.sampleWidth ?? 160;
  const t = summary.totals;
  const out: string[] = [
    `Telemetry doctor report, ${summary.generatedAt.toISOString()}`,
    `${t.replies} replies (${t.noMatch} without a confident match), ${t.helpful} helpful and ${t.notHelpful} not helpful votes, ${t.gaps} knowledge gaps, ${t.escalations} escalations.`,
    "",
    `Knowledge gaps, largest first${summary.gaps.length < t.gaps ? ` (top ${summary.gaps.length} of ${t.gaps})` : ""}:`,
  ];
  if (summary.gaps.length === 0) out.push("  none");
  for (const gap of summary.gaps) {
    out.push(
      `  ${String(gap.count).padStart(5)}×  gap ${gap.id}  (${gap.noMatch} no match, ${gap.notHelpful} not helpful${gap.escalated ? `, ${gap.escalated} escalated` : ""}; last ${day(gap.lastSeen)})`,
      `         sample: ${cut(gap.sample, width)}`,
    );
    if (gap.suggestedSymptoms.length > 0) {
      out.push(
        `         people said: ${gap.suggestedSymptoms.map((s) => `${s.id} (${s.count})`).join(", ")}`,
      );
    }
    for (const note of gap.notes.slice(0, 2)) out.push(`         note: ${cut(note, width)}`);
    const resolved = gap.resolutions[0];
    if (resolved)
      out.push(`         support found: ${cut(`${resolved.cause} / fix: ${resolved.fix}`, width)}`);
  }
  if (summary.gaps.length > 0) out.push("  Start an entry from a gap: npm run kb -- draft <gap id>");
  out.push("", "Symptoms diagnosed (top diagnosis / offered; helpful / not helpful):");
  if (summary.symptoms.length === 0) out.push("  none");
  for (const s of summary.symptoms) {
    const really =
      s.reallyWas.length > 0
        ? `; really was: ${s.reallyWas.map((r) => `${r.id} (${r.count})`).join(", ")}`
        : "";
    out.push(
      `  ${String(s.diagnosed).padStart(5)} / ${String(s.offered).padEnd(5)} ${s.symptomId}  👍 ${s.helpful}  👎 ${s.notHelpful}${really}`,
    );
  }
  out.push(
    "",
    `Escalations${summary.escalations.length < t.escalations ? ` (latest ${summary.escalations.length} of ${t.escalations})` : ""}:`,
  );
  if (summary.escalations.length === 0) out.push("  none");
  for (const e of summary.escalations) {
    const where = e.handoff
      ? (e.handoff.permalink ?? `${e.handoff.handoffChannel}/${e.handoff.handoffTs}`)
      : "hand-off not posted";
    out.push(`  ${day(e.createdAt)}  thread ${e.channel}/${e.threadTs} by ${e.requestedBy} → ${where}`);
  }
  return maskSecrets(`${out.join("\n")}\n`);
}

function day(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}

function cut(text: string, width: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}
