import { escapeMrkdwn } from "../escapeMrkdwn.ts";

/** Knowledge-base prose (Markdown) as Slack mrkdwn: escaped, `**bold**` → `*bold*`. */
export function formatKbText(text: string): string {
  return escapeMrkdwn(text).replace(/\*\*([^*\n]+)\*\*/g, "*$1*");
}

/** A code block whose content can neither break out of the block nor ping anyone. */
export function codeBlock(code: string, label = ""): string {
  return `\`\`\`${label}\n${escapeMrkdwn(code.replace(/\n+$/, "")).replaceAll("```", "`\u200b``")}\n\`\`\``;
}

/** Inline code for one line of user text. */
export function inlineCode(text: string): string {
  return `\`${escapeMrkdwn(text.replaceAll("`", "'").replace(/\s+/g, " "))}\``;
}
