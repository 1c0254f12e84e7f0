import type { ConfigReport } from "./ConfigReport.ts";

/** Plain text for the CLI: each block, its findings with their line, and the corrected snippet as a diff. */
export function renderConfigReportText(report: ConfigReport): string {
  const out: string[] = [];
  for (const [i, b] of report.blocks.entries()) {
    const span = b.startLine === b.endLine ? `line ${b.startLine}` : `lines ${b.startLine}-${b.endLine}`;
    out.push(`Config ${i + 1}: ${b.kind} (${span}${b.partial ? ", partial" : ""})`);
    for (const n of b.notes) out.push(`  note: ${n}`);
    if (b.findings.length === 0 && b.notes.length === 0) out.push("  No problems found.");
    for (const f of b.findings) {
      out.push(`  [${f.severity}] line ${f.line} (paste line ${f.pasteLine}) ${f.rule} -> ${f.symptom}`);
      out.push(`    ${f.message}`);
      if (f.note) out.push(`    ${f.note}`);
    }
    const fixes = b.findings.filter((f) => f.correction);
    if (b.corrected) {
      out.push("", `  Corrected (${b.corrected.rules.join(", ")}):`, indent(b.corrected.diff));
    } else if (fixes.length > 0) {
      for (const f of fixes) out.push("", `  Fix for ${f.rule}:`, indent(f.correction?.diff ?? ""));
    }
    out.push("");
  }
  for (const n of report.notes) out.push(`note: ${n}`);
  return `${out.join("\n").trimEnd()}\n`;
}

function indent(diff: string): string {
  return diff
    .split("\n")
    .filter((l) => !/^={10,}$/.test(l))
    .map((l) => `    ${l}`)
    .join("\n")
    .trimEnd();
}
