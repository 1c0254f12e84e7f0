import type { SectionLine } from "./DocSection.ts";

/** A line that starts a code block in a page with no markup: a YAML key, a command, a config block. */
const CODE_START =
  /^\s*(?:[a-z_][\w./:-]*:(?:\s|$)|curl\s|-H\s|--[a-z][\w.-]*|export\s+[A-Z_][A-Z0-9_]*=|[a-z_][\w.]*\s+"[^"]*"\s*\{|[a-z_]+\s*\{|alloy\s+run\s|otelcol\S*\s+--|prometheus\s+--)/;
/** Lines that go on a code block once it has started: keys, list items, braces, comments, assignments. */
const CODE_MORE = /^\s*(?:-\s+\S|[\w"'./-]+\s*[:=]|[{}#\]]|[\w"'-]+\s*\{|--[a-z])/;
/** Where prose was glued onto code when the page was flattened: `…debugLook for lines`. */
const GLUED_PROSE = /(?<=[a-z0-9')\]}])(?=[A-Z][a-z]+ [a-z]+)/;
const YAML_KEY = /^\s*[a-z_][\w./:-]*:/;
/** "# Wrong" / "# Correct" before a block labels it; it is not part of the code. */
const LABEL_COMMENT = /^\s*#\s*(?:wrong|incorrect|correct|right|bad|good|before|after)\b/i;

/** A YAML-looking line that is really a sentence: `remote_writeshards: lower… in your config. - Increase` */
function isSentence(line: string): boolean {
  return (line.match(/\b[A-Za-z]{2,}\b/g) ?? []).length >= 5 && /\.(?:\s|$)/.test(line);
}

const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;

/**
 * Finds the code blocks of a plain-text page (a flattened web page has no fences): a run of lines that
 * starts like code and goes on indented or code-like; prose glued after a command on the same line is
 * split off again. The same rule reads the indented YAML of a list item and a one-line `curl`.
 */
export function markPlainCode(lines: readonly string[]): SectionLine[] {
  const out: SectionLine[] = [];
  let block = -1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (!CODE_START.test(line) || LABEL_COMMENT.test(line) || (YAML_KEY.test(line) && isSentence(line))) {
      out.push({ text: line, code: false });
      i++;
      continue;
    }
    block++;
    const indent = indentOf(line);
    let j = i;
    while (j < lines.length) {
      const l = lines[j] ?? "";
      if (j > i) {
        if (l.trim() === "") {
          const next = lines[j + 1] ?? "";
          if (!(next.trim() !== "" && indentOf(next) > indent && CODE_MORE.test(next))) break;
        } else if (
          LABEL_COMMENT.test(l) ||
          indentOf(l) < indent ||
          (indentOf(l) === indent && !CODE_MORE.test(l))
        )
          break;
      }
      const [code, prose] = splitGlued(l);
      if (code.trim() !== "") out.push({ text: code, code: true, block });
      if (prose) {
        out.push({ text: prose, code: false });
        j++;
        break;
      }
      j++;
    }
    i = j;
  }
  return out;
}

function splitGlued(line: string): [string, string | undefined] {
  const at = GLUED_PROSE.exec(line)?.index;
  // A flattened list leaves a " -" where the next item began.
  const tidy = (s: string) => s.replace(/\s+-\s*$/, "");
  if (at === undefined || at === 0) return [tidy(line), undefined];
  return [tidy(line.slice(0, at)), line.slice(at)];
}
