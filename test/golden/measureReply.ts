import type { KnownBlock } from "../../src/slack/blocks/slackTypes.ts";

/**
 * How much of a thread a reply takes when it first appears, in lines of text at 600 px (the width of a
 * Slack thread pane). Slack's body text (15 px Lato) fits about 68 characters a line there, a code block
 * (12 px monospace, with its padding) about 72, a context line (12 px) about 84. Buttons take two lines,
 * a divider one. It is an estimate for comparing replies, not a rendering.
 */
export interface ReplyMeasure {
  blocks: number;
  characters: number;
  firstScreenLines: number;
}

const WIDTH = { body: 68, code: 72, context: 84 } as const;

function wrapped(text: string, width: number): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / width)), 0);
}

function mrkdwnLines(text: string, width: number): number {
  // Code fences are drawn in a box in a smaller font; the fence markers themselves are not lines.
  let lines = 0;
  const parts = text.split("```");
  parts.forEach((part, i) => {
    const trimmed = part.replace(/^\n|\n$/g, "");
    if (trimmed === "") return;
    lines += i % 2 === 1 ? wrapped(trimmed, WIDTH.code) + 1 : wrapped(trimmed, width);
  });
  return lines;
}

function blockText(block: KnownBlock): string[] {
  const out: string[] = [];
  if ("text" in block && block.text && typeof block.text === "object") out.push(block.text.text);
  if (block.type === "section" && block.fields) for (const f of block.fields) out.push(f.text);
  if (block.type === "context") for (const e of block.elements) if ("text" in e) out.push(e.text);
  return out;
}

export function measureReply(blocks: readonly KnownBlock[]): ReplyMeasure {
  let characters = 0;
  let lines = 0;
  for (const block of blocks) {
    const texts = blockText(block);
    characters += texts.reduce((n, t) => n + t.length, 0);
    if (block.type === "actions") lines += 2;
    else if (block.type === "divider") lines += 1;
    else if (block.type === "context") lines += texts.reduce((n, t) => n + mrkdwnLines(t, WIDTH.context), 0);
    else if (block.type === "header") lines += 2;
    else lines += texts.reduce((n, t) => n + mrkdwnLines(t, WIDTH.body), 0);
  }
  return { blocks: blocks.length, characters, firstScreenLines: lines };
}
