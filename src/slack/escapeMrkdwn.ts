/**
 * Escapes text for Slack mrkdwn so that it shows as typed: a paste can never become a link,
 * a user mention or an `@channel` ping (a zero-width space keeps a bare `@here` inert too).
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/@(channel|here|everyone)\b/gi, "@\u200b$1");
}
