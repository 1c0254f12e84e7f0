import type { RenderedMessage, WebClient } from "./blocks/slackTypes.ts";

/** Posts a message in a thread, links never unfurled; returns the new message's ts. */
export async function postInThread(
  client: WebClient,
  channel: string,
  threadTs: string,
  message: RenderedMessage,
): Promise<string | undefined> {
  const posted = await client.chat.postMessage({
    channel,
    thread_ts: threadTs,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
  return posted.ts;
}
