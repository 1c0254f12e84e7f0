const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  rarr: "→",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, "");

/**
 * A page's HTML as Markdown, so one splitter reads both: h1–h6 become `#` headings, `<pre>` a fenced
 * block, `<code>` a code span, list items `- ` lines. It is no HTML parser, only what a troubleshooting
 * page's markup needs; scripts, styles and comments are dropped.
 */
export function htmlToMarkdown(html: string): string {
  const blocks: string[] = [];
  let text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|nav|footer)\b[\s\S]*?<\/\1\s*>/gi, "")
    // A code block is kept verbatim (its own line breaks), whatever markup highlights it.
    .replace(/<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/gi, (_m, inner: string) => {
      blocks.push(decodeEntities(stripTags(inner)).replace(/^\n+|\s+$/g, ""));
      return `\n\uE000${blocks.length - 1}\uE000\n`;
    })
    .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_m, level: string, inner: string) => {
      return `\n${"#".repeat(Number(level))} ${stripTags(inner).replace(/\s+/g, " ").trim()}\n`;
    })
    .replace(/<code\b[^>]*>([\s\S]*?)<\/code\s*>/gi, (_m, inner: string) => `\`${stripTags(inner)}\``)
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(
      /<\/?(?:p|div|ul|ol|li|section|article|table|tr|blockquote|dl|dt|dd|main|body|html)\b[^>]*>/gi,
      "\n",
    );
  text = decodeEntities(stripTags(text));
  const lines = text.split("\n").map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim());
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/\uE000(\d+)\uE000/g, (_m, i: string) => `\`\`\`\n${blocks[Number(i)] ?? ""}\n\`\`\``)
    .trim();
}
