/**
 * Turns the text of a Slack message back into what the person typed: Slack escapes `&`, `<`, `>`
 * and wraps links, mentions and channels in `<…>`; a log or config must be read as written.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<([^<>|\s]+)\|([^<>]*)>/g, (_all, target: string, label: string) =>
      target.startsWith("@") || target.startsWith("#") || target.startsWith("!")
        ? `${target[0]}${label}`
        : label,
    )
    .replace(/<!(channel|here|everyone)>/g, "@$1")
    .replace(/<([@#])([A-Z0-9]+)>/g, "$1$2")
    .replace(/<((?:https?|mailto|ftp):[^<>\s]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
