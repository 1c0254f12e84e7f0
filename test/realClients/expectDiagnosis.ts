import { expect } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import type { Capture } from "./Capture.ts";
import { expectedSymptoms, statusWithheld } from "./expectedSymptoms.ts";

/** The capture's top diagnosis must be one the table expects for its mode. */
export function expectDiagnosis(capture: Capture | undefined, kb: KnowledgeBase): void {
  if (!capture) throw new Error("no capture for this case: the client run did not produce one");
  const d = diagnose(capture.output, kb);
  const top = d.matches[0]?.id ?? "(no confident match)";
  const ranked = d.matches.map((m) => `${m.id} ${m.score.toFixed(2)}`).join(", ") || "none";
  const excerpt = capture.output.split("\n").slice(0, 12).join("\n");
  const why = `${capture.label} ${capture.protocol} ${capture.mode}: top diagnosis ${top} (ranked: ${ranked}); the client printed:\n${excerpt}`;
  const expected = expectedSymptoms[capture.mode] as readonly string[];
  if (statusWithheld.modes.includes(capture.mode) && capture.output.includes(statusWithheld.text)) {
    expect(statusWithheld.accept as readonly string[], why).toContain(top);
    expect(
      d.matches.some((m) => expected.includes(m.id)),
      why,
    ).toBe(true);
    return;
  }
  expect(expected, why).toContain(top);
}
