import type { Pattern } from "./compilePattern.ts";
import type { CompiledCondition, KnowledgeBase } from "./KnowledgeBase.ts";
import type { KnowledgeProblem } from "./KnowledgeBaseError.ts";

/**
 * Builds the RE2 program of every pattern in the base (loading defers that to first use) and
 * reports each one RE2 refuses. `kb check` runs it, so such a pattern never reaches a running bot.
 */
export function compileAllPatterns(kb: KnowledgeBase): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const { file, signals, requires, excludes } of kb.entries) {
    const tryCompile = (pattern: Pattern | undefined, field: string) => {
      if (!pattern) return;
      try {
        pattern.compile();
      } catch (error) {
        problems.push({
          file,
          line: 0,
          field,
          message: `RE2 cannot compile it: ${(error as Error).message}`,
        });
      }
    };
    const conditions = (list: readonly CompiledCondition[] | undefined, field: string) => {
      for (const [i, c] of (list ?? []).entries()) {
        tryCompile(c.mentions, `${field}[${i}].mentions`);
        tryCompile(c.notMentions, `${field}[${i}].not_mentions`);
      }
    };
    conditions(requires, "requires");
    conditions(excludes, "excludes");
    signals.forEach((s, i) => {
      if (s.kind === "regex" || s.kind === "path") tryCompile(s.pattern, `signals[${i}].${s.kind}`);
      conditions(s.when, `signals[${i}].when`);
    });
  }
  return problems;
}
