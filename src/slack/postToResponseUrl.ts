import type { RenderedMessage } from "./blocks/slackTypes.ts";

export interface ResponseUrlMessage extends Partial<RenderedMessage> {
  text: string;
  response_type: "ephemeral" | "in_channel";
  replace_original?: boolean;
}

/** Where Slack's response_urls live. */
export const SLACK_RESPONSE_ORIGINS: readonly string[] = [
  "https://hooks.slack.com",
  "https://hooks.slack-gov.com",
];

/** Thrown, before anything is sent, for a response_url that is not Slack's. */
export class ResponseUrlRefusedError extends Error {
  readonly code = "RESPONSE_URL_REFUSED";

  constructor(url: string) {
    super(`not a Slack response_url: ${url.slice(0, 80)}`);
    this.name = "ResponseUrlRefusedError";
  }
}

const isLoopbackOrigin = (u: URL) =>
  /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)$/.test(u.hostname);

/**
 * True when the URL belongs to one of the origins. Without a list (callers that do not pass the
 * configured one) Slack's origins and loopback count: a Slack stand-in on the same machine (tests,
 * a local gateway) is not a way out of it.
 */
export function isSlackResponseUrl(url: string, origins?: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (origins) return origins.includes(parsed.origin);
  return SLACK_RESPONSE_ORIGINS.includes(parsed.origin) || isLoopbackOrigin(parsed);
}

/**
 * Answers through a response_url (kept from a slash command), outside Bolt's respond(). The URL
 * came through a modal's metadata and a request body: it is checked to be in `origins` (the
 * config's responseUrlOrigins: Slack's, and SLACK_API_URL's stand-in) before anything is posted to
 * it. The origins are required, so no caller falls back to the looser default that lets loopback in.
 */
export async function postToResponseUrl(
  url: string,
  message: ResponseUrlMessage,
  origins: readonly string[],
): Promise<void> {
  if (!isSlackResponseUrl(url, origins)) throw new ResponseUrlRefusedError(url);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(message),
    redirect: "error",
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}
