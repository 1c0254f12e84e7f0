import { diagnose } from "../diagnosis/diagnose.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";

/**
 * The batch contract of ../shared/eval: a JSONL of {"id","text"} in, one line per case out,
 * {"id","matches":[{"id","score"}]} best first. A line that is not valid JSON gets an "error" field
 * instead of being dropped, so the caller can see which case failed.
 */
export function runBatch(jsonl: string, kb: KnowledgeBase): string[] {
  const out: string[] = [];
  jsonl.split("\n").forEach((raw, index) => {
    if (!raw.trim()) return;
    let item: { id?: unknown; text?: unknown };
    try {
      item = JSON.parse(raw) as { id?: unknown; text?: unknown };
    } catch (error) {
      out.push(JSON.stringify({ id: `line-${index + 1}`, matches: [], error: (error as Error).message }));
      return;
    }
    const id = typeof item.id === "string" ? item.id : `line-${index + 1}`;
    const text = typeof item.text === "string" ? item.text : "";
    const d = diagnose(text, kb);
    out.push(JSON.stringify({ id, matches: d.matches.map((m) => ({ id: m.id, score: m.score })) }));
  });
  return out;
}
