import type { ClientId } from "../../vocabulary/clients.ts";
import type { DocSection } from "./DocSection.ts";
import { guessClient } from "./guessClient.ts";

export interface CodeBlock {
  code: string;
  /** Undefined when no client's words are in it: the draft says TODO. */
  client: ClientId | undefined;
  /** The page shows it as the wrong form ("# Wrong", "Wrong:", "instead of"). */
  wrong: boolean;
}

const WRONG = /\b(?:wrong|incorrect|bad|don't|do not|instead of|before)\b/i;

/** Removes the block's common indentation, so a snippet reads as the user would paste it. */
function dedent(lines: readonly string[]): string {
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^\s*/.exec(l)?.[0].length ?? 0);
  const cut = Math.min(...indents, Number.POSITIVE_INFINITY);
  return lines
    .map((l) => l.slice(Number.isFinite(cut) ? cut : 0).trimEnd())
    .join("\n")
    .trim();
}

/** The section's code blocks in order, each with the client it configures and whether it is the wrong form. */
export function findCodeBlocks(section: DocSection): CodeBlock[] {
  const out: CodeBlock[] = [];
  let current: { lines: string[]; block: number; wrong: boolean } | undefined;
  let lastProse = "";
  const flush = () => {
    if (!current) return;
    const code = dedent(current.lines);
    if (code !== "") out.push({ code, client: guessClient(code), wrong: current.wrong });
    current = undefined;
  };
  for (const line of section.lines) {
    if (!line.code) {
      flush();
      if (line.text.trim() !== "") lastProse = line.text;
      continue;
    }
    if (current?.block !== line.block) flush();
    // The label right before the block ("# Wrong — missing Bearer") says which form it is.
    current ??= { lines: [], block: line.block ?? -1, wrong: WRONG.test(lastProse.slice(-80)) };
    current.lines.push(line.text);
  }
  flush();
  return out;
}
