/** Small helpers for surgical edits of snippet text. */

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

export function lineEnd(text: string, pos: number): number {
  const i = text.indexOf("\n", pos);
  return i < 0 ? text.length : i;
}

/** 1-based line of an offset. */
export function lineOf(text: string, pos: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < pos; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Offset just after the last non-blank character before `pos`. */
export function trimEndBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && /\s/.test(text[i - 1] as string)) i--;
  return i;
}

export function column(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** The leading spaces of the line holding `pos`. */
export function indentAt(text: string, pos: number): string {
  const ls = lineStart(text, pos);
  return /^[ \t]*/.exec(text.slice(ls))?.[0] ?? "";
}
