/** One thing wrong with the knowledge base, located as precisely as we can. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatProblem(p: KnowledgeProblem): string {
  const where = p.field ? ` ${p.field}` : "";
  return `${p.file}:${p.line}${where}: ${p.message}`;
}

/** Thrown by loadKnowledgeBase with every problem found, not just the first. */
export class KnowledgeBaseError extends Error {
  readonly code = "KB_INVALID";
  readonly problems: readonly KnowledgeProblem[];

  constructor(problems: readonly KnowledgeProblem[], options?: ErrorOptions) {
    super(
      `the knowledge base has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
      options,
    );
    this.name = "KnowledgeBaseError";
    this.problems = problems;
  }
}
