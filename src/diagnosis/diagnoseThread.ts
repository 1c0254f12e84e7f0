import type { ConfigReport } from "../config/ConfigReport.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Diagnosis, DiagnosisMatch } from "./Diagnosis.ts";
import { type DiagnoseOptions, diagnose } from "./diagnose.ts";

const decoder = new TextDecoder("utf-8");

/**
 * A whole thread as one answer: each message is diagnosed on its own (a config in one message and the
 * error in another each keep their own evidence), and the thread read as one text as well (a follow-up
 * such as "it's Prometheus" only means something beside the message it follows). Each problem is listed
 * once, at its best sighting, with the index of the message it came from (`fromMessage`; absent when only
 * the thread read as one text shows it). The messages' config blocks are merged into one report and each
 * finding renumbered to point into it. Pure, like `diagnose`.
 */
export function diagnoseThread(
  messages: readonly (string | Uint8Array)[],
  kb: KnowledgeBase,
  options: DiagnoseOptions = {},
): Diagnosis {
  const texts = messages.map((m) => (typeof m === "string" ? m : decoder.decode(m)));
  const whole = diagnose(texts.join("\n"), kb, options);
  if (messages.length <= 1) return whole;

  const best = new Map<string, DiagnosisMatch>();
  const blocks: ConfigReport["blocks"] = [];
  const findings: ConfigReport["findings"] = [];
  const notes: string[] = [];
  messages.forEach((message, index) => {
    const one = diagnose(message, kb, options);
    // Findings point into their own message's blocks: shift them into the merged list.
    const shift = blocks.length;
    for (const block of one.config?.blocks ?? []) {
      blocks.push({ ...block, findings: block.findings.map((f) => ({ ...f, block: f.block + shift })) });
    }
    findings.push(...(one.config?.findings ?? []).map((f) => ({ ...f, block: f.block + shift })));
    notes.push(...(one.config?.notes ?? []));
    for (const match of one.matches) {
      const seen = best.get(match.id);
      if (seen && seen.score >= match.score) continue;
      best.set(match.id, {
        ...match,
        fromMessage: index,
        configFindings: match.configFindings.map((f) => ({ ...f, block: f.block + shift })),
      });
    }
  });
  // The thread read as one text may see what no single message shows; its config findings would point
  // into the joined text's blocks, so they are dropped: the per-message ones above stand for them.
  for (const match of whole.matches) {
    const seen = best.get(match.id);
    if (!seen || match.score > seen.score + 0.05) {
      const { fromMessage: _none, ...rest } = match;
      best.set(match.id, { ...rest, configFindings: seen?.configFindings ?? [] });
    }
  }
  const matches = [...best.values()].sort((a, b) => b.score - a.score).slice(0, options.limit ?? 5);
  const symptoms = [...new Set(findings.filter((f) => f.severity === "error").map((f) => f.symptom))];
  return {
    ...whole,
    matches,
    ...(blocks.length > 0 ? { config: { blocks, findings, symptoms, notes } } : {}),
  };
}
