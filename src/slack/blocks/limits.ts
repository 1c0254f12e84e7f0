import type { KnownBlock } from "./slackTypes.ts";

/** Slack's documented limits for one message, kept with some room. */
export const SLACK_LIMITS = { blocks: 50, fieldChars: 3000, totalChars: 10_000 } as const;

const CUT_NOTE = "\n… _(cut to fit Slack's limits)_";

/** Cuts mrkdwn to at most max characters, never mid-entity, closing a code block left open. */
export function clampText(text: string, max: number = SLACK_LIMITS.fieldChars): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - CUT_NOTE.length - 4).replace(/&[a-z]{0,4}$/, "");
  if ((cut.match(/```/g)?.length ?? 0) % 2 === 1) cut += "\n```";
  return cut + CUT_NOTE;
}

function textLength(block: KnownBlock): number {
  let n = 0;
  if ("text" in block && block.text && typeof block.text === "object") n += block.text.text.length;
  if (block.type === "section" && block.fields) for (const f of block.fields) n += f.text.length;
  if (block.type === "context") for (const e of block.elements) if ("text" in e) n += e.text.length;
  return n;
}

function clampBlock(block: KnownBlock): KnownBlock {
  if (block.type === "section") {
    return {
      ...block,
      ...(block.text ? { text: { ...block.text, text: clampText(block.text.text) } } : {}),
      ...(block.fields ? { fields: block.fields.map((f) => ({ ...f, text: clampText(f.text, 2000) })) } : {}),
    };
  }
  if (block.type === "header")
    return { ...block, text: { ...block.text, text: clampText(block.text.text, 150) } };
  if (block.type === "context") {
    return {
      ...block,
      elements: block.elements.map((e) => ("text" in e ? { ...e, text: clampText(e.text) } : e)),
    };
  }
  return block;
}

/**
 * Fits a reply into one Slack message: each text field cut to 3,000 characters, the body cut by whole
 * blocks so the message stays under 50 blocks and ~10,000 characters, a note where it was cut, and
 * the footer (buttons) always kept.
 */
export function fitBlocks(body: readonly KnownBlock[], footer: readonly KnownBlock[] = []): KnownBlock[] {
  const note: KnownBlock = {
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: "_The reply was cut to fit Slack's limits: ask with a shorter paste for the rest._",
      },
    ],
  };
  const tail = footer.map(clampBlock);
  const reserveChars = tail.reduce((n, b) => n + textLength(b), 0) + textLength(note);
  const maxBodyBlocks = SLACK_LIMITS.blocks - tail.length - 1;
  const out: KnownBlock[] = [];
  let chars = 0;
  let cut = false;
  for (const raw of body) {
    const block = clampBlock(raw);
    const n = textLength(block);
    if (out.length >= maxBodyBlocks || chars + n + reserveChars > SLACK_LIMITS.totalChars) {
      cut = true;
      break;
    }
    out.push(block);
    chars += n;
  }
  if (cut) out.push(note);
  return [...out, ...tail];
}

/** Total characters of text in blocks: what Slack counts towards its message limit. */
export function blocksTextLength(blocks: readonly KnownBlock[]): number {
  return blocks.reduce((n, b) => n + textLength(b), 0);
}
