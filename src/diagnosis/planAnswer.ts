import type { ConfigBlock, ConfigFinding } from "../config/ConfigReport.ts";
import type { Diagnosis, DiagnosisMatch, Evidence, RenderedSnippet } from "./Diagnosis.ts";

/**
 * How sure the answer is, in words. A rule that found the mistake in the user's own config is not a
 * guess, so it is said as such rather than given a percentage.
 */
export type Certainty = "found in your config" | "likely" | "possible";

/** One thing to put right. Every problem and every config finding of a paste is one item, listed once. */
export interface ChecklistItem {
  /** The knowledge-base entry it belongs to. */
  symptom: string;
  title: string;
  certainty: Certainty;
  /** The first thing to do about it. */
  fix: string;
  /** The paste line that shows it (1-based), when one does. */
  line?: number;
  /** The config finding behind it, when it is one. */
  finding?: ConfigFinding;
}

/** The corrected config to show: the user's own with every fix merged (one diff per block), else an example. */
export type CorrectedConfig =
  | { kind: "yours"; block: ConfigBlock; text: string; diff: string }
  | { kind: "example"; snippet: RenderedSnippet };

/** What a reply says, before any rendering: shared by Slack's card and the terminal. */
export interface AnswerPlan {
  /** The problem the verdict names. */
  lead: DiagnosisMatch;
  certainty: Certainty;
  /** The problems listed in full (distinct ones, at most three), the lead first. */
  problems: DiagnosisMatch[];
  checklist: ChecklistItem[];
  corrected: CorrectedConfig[];
  /** Offers that compete with a listed problem for the same evidence. */
  runnersUp: DiagnosisMatch[];
  /** The problem likely to show up once these are fixed, when it is not already on the list. */
  next?: { id: string; title: string };
}

const MAX_PROBLEMS = 3;

/** How sure a match is, in words (see Certainty). */
export function certaintyOf(match: DiagnosisMatch): Certainty {
  const onlyConfig =
    match.evidence.length > 0 && match.evidence.every((e) => e.signal.startsWith("config rule"));
  if (onlyConfig && match.configFindings.some((f) => f.severity === "error")) return "found in your config";
  return match.confidence === "high" || match.basis ? "likely" : "possible";
}

function logEvidence(match: DiagnosisMatch): Evidence | undefined {
  return match.evidence.find((e) => !e.signal.startsWith("config rule")) ?? match.evidence[0];
}

const findingKey = (f: ConfigFinding) => `${f.block}:${f.rule}:${f.line}`;

/**
 * One answer per paste: the verdict, one checklist in which every problem and every config finding
 * appears once, and one corrected config per pasted block with every fix merged. A problem the user's
 * config explains is listed by what is wrong in the config; its fix is that finding's, not the entry's
 * first (investigation) step.
 */
export function planAnswer(diagnosis: Diagnosis): AnswerPlan | undefined {
  const first = diagnosis.matches[0];
  if (!first) return undefined;
  const distinct = diagnosis.matches.filter((m) => m.distinct).slice(0, MAX_PROBLEMS);
  const problems = distinct.length > 0 ? distinct : [first];
  const runnersUp = diagnosis.matches.filter((m) => !problems.includes(m));

  const checklist: ChecklistItem[] = [];
  const listed = new Set<string>();
  const addFinding = (f: ConfigFinding) => {
    if (listed.has(findingKey(f))) return;
    listed.add(findingKey(f));
    checklist.push({
      symptom: f.symptom,
      title: f.title,
      certainty: "found in your config",
      fix: f.message,
      line: f.pasteLine,
      finding: f,
    });
  };
  for (const match of problems) {
    const own = match.configFindings.filter((f) => f.severity === "error");
    if (own.length > 0) {
      for (const f of own) addFinding(f);
      continue;
    }
    const evidence = logEvidence(match);
    checklist.push({
      symptom: match.id,
      title: match.title,
      certainty: certaintyOf(match),
      fix: match.fix[0] ?? "",
      ...(evidence ? { line: evidence.line } : {}),
    });
  }
  // Every other error the checker found in the user's config belongs on the same list.
  for (const f of diagnosis.config?.findings ?? []) if (f.severity === "error") addFinding(f);

  const corrected: CorrectedConfig[] = [];
  for (const block of diagnosis.config?.blocks ?? []) {
    if (block.corrected && block.corrected.diff.trim() !== "")
      corrected.push({ kind: "yours", block, text: block.corrected.text, diff: block.corrected.diff });
  }
  if (corrected.length === 0) {
    // Without a config of theirs to correct, the lead's snippet is an example filled from the paste.
    const snippet = problems.find((p) => p.snippet)?.snippet;
    if (snippet) corrected.push({ kind: "example", snippet });
  }

  const onList = new Set([...problems.map((p) => p.id), ...checklist.map((c) => c.symptom)]);
  const next = problems.map((p) => p.next).find((n) => n && !onList.has(n.id));
  const lead = problems[0] as DiagnosisMatch;
  return {
    lead,
    certainty: certaintyOf(lead),
    problems,
    checklist,
    corrected,
    runnersUp,
    ...(next ? { next } : {}),
  };
}
