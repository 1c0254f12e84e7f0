import type { RenderedMessage } from "./blocks/slackTypes.ts";

export interface ResponseUrlMessage extends Partial<RenderedMessage> {
  text: string;
  response_type: "ephemeral" | "in_channel";
  replace_original?: boolean;
}

/** Answers through a response_url (kept from a slash command), outside Bolt's respond(). */
export async function postToResponseUrl(url: string, message: ResponseUrlMessage): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}
