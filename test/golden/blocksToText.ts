import type { KnownBlock } from "../../src/slack/blocks/slackTypes.ts";

/** Slack's escaping and link syntax undone, so a golden text reads as the person sees it. */
function plain(mrkdwn: string): string {
  return mrkdwn
    .replace(/<([^<>|\s]+)\|([^<>]*)>/g, "$2 [$1]")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * A message's blocks as plain text, in order: sections and context lines as text, dividers as a rule,
 * buttons and menus in brackets. For golden files and for counting what a reply shows.
 */
export function blocksToText(blocks: readonly KnownBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === "divider") out.push("────────");
    else if (block.type === "context")
      out.push(block.elements.map((e) => ("text" in e ? plain(e.text) : "")).join(" "));
    else if (block.type === "actions")
      out.push(
        block.elements
          .map((e) =>
            "text" in e && e.text && typeof e.text === "object" ? `[${e.text.text}]` : `[${e.type}]`,
          )
          .join(" "),
      );
    else if (block.type === "section" || block.type === "header") {
      if (block.text) out.push(plain(block.text.text));
      if (block.type === "section" && block.accessory && "placeholder" in block.accessory) {
        const placeholder = block.accessory.placeholder;
        out.push(`[menu: ${placeholder && "text" in placeholder ? placeholder.text : ""}]`);
      }
    }
  }
  return out.join("\n");
}
