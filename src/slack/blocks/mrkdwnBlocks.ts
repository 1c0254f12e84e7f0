import { clampText } from "./limits.ts";
import type { KnownBlock } from "./slackTypes.ts";

/** A section of mrkdwn, cut to Slack's 3,000 characters a field. */
export const section = (text: string): KnownBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: clampText(text) },
});

/** A context line of mrkdwn (Slack's smaller, grey text), cut to Slack's limit. */
export const context = (text: string): KnownBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text: clampText(text) }],
});

/** A button; `primary` draws it as the one to press. */
export const button = (action_id: string, text: string, value: string, primary = false) => ({
  type: "button" as const,
  action_id,
  text: { type: "plain_text" as const, text },
  value,
  ...(primary ? { style: "primary" as const } : {}),
});
