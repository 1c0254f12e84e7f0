import type { FailureClassId } from "../../../src/vocabulary/failureClasses/FailureClass.ts";
import { FAILURE_CLASSES } from "../../../src/vocabulary/failureClasses/failureClasses.ts";

/** The matching text's shape, as the diagnosis builds it: lower-case, white space collapsed. */
export function normalise(line: string): string {
  return line.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Every class whose wordings occur in the line. */
export function classesIn(line: string): Set<FailureClassId> {
  const text = normalise(line);
  const found = new Set<FailureClassId>();
  for (const c of FAILURE_CLASSES) {
    if (c.wordings.some((w) => text.includes(w.text))) found.add(c.id);
  }
  return found;
}
