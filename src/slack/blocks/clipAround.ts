/**
 * A long line cut to about `width` characters around the words that matched, at word boundaries, so
 * the evidence never ends in half a token. `…` marks each side that was cut, here or before (the
 * diagnosis already cuts very long lines, and its cut may fall inside a word: that word is dropped).
 */
export function clipAround(text: string, matched: string, width: number): string {
  const cutBefore = text.startsWith("…");
  const cutAfter = text.endsWith("…");
  let line = text.slice(cutBefore ? 1 : 0, cutAfter ? -1 : undefined);
  if (cutBefore && line.includes(" ")) line = line.slice(line.indexOf(" ") + 1);
  if (cutAfter && line.includes(" ")) line = line.slice(0, line.lastIndexOf(" "));
  line = line.trim();
  let start = 0;
  let end = line.length;
  if (line.length > width) {
    const needle = matched.toLowerCase().slice(0, 40);
    const at = needle ? Math.max(0, line.toLowerCase().indexOf(needle)) : 0;
    start = Math.max(0, Math.min(at - Math.floor(width / 3), line.length - width));
    end = Math.min(line.length, start + width);
    // Move each cut outwards to the nearest space, within a few characters, so no word is split.
    if (start > 0) {
      const space = line.lastIndexOf(" ", start);
      if (space >= 0 && start - space <= 20) start = space + 1;
      else if (space < 0 && start <= 20) start = 0;
    }
    if (end < line.length) {
      const space = line.indexOf(" ", end);
      if (space >= 0 && space - end <= 20) end = space;
      else if (space < 0 && line.length - end <= 20) end = line.length;
    }
  }
  const head = start > 0 || cutBefore ? "…" : "";
  const tail = end < line.length || cutAfter ? "…" : "";
  return `${head}${line.slice(start, end)}${tail}`;
}
