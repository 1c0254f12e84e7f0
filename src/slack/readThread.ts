import type { WebClient } from "./blocks/slackTypes.ts";
import type { SlackFileRef } from "./readSlackFiles.ts";
import { slackTextToPlain } from "./slackTextToPlain.ts";

/** One message of a thread, for a whole-thread diagnosis. */
export interface ThreadMessage {
  ts: string;
  user: string;
  /** Plain text (already decoded from Slack's formatting). */
  text: string;
  files?: readonly SlackFileRef[];
}

interface RawMessage {
  ts?: string;
  text?: string;
  bot_id?: string;
  user?: string;
  files?: { id: string; name?: string }[];
}

/**
 * The people's messages of a thread, oldest first: the parent and its replies, before `beforeTs`
 * when given (a mention reads the thread up to itself). Bots' messages, the bot's own included, are
 * left out.
 */
export async function readThread(
  client: WebClient,
  channel: string,
  threadTs: string,
  beforeTs?: string,
): Promise<ThreadMessage[]> {
  const out: ThreadMessage[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversations.replies({
      channel,
      ts: threadTs,
      limit: 200,
      ...(beforeTs ? { latest: beforeTs, inclusive: false } : {}),
      ...(cursor ? { cursor } : {}),
    });
    for (const m of (page.messages ?? []) as RawMessage[]) {
      if (m.bot_id || !m.user || !m.ts || m.ts === beforeTs) continue;
      out.push({
        ts: m.ts,
        user: m.user,
        text: slackTextToPlain(m.text ?? ""),
        ...(m.files?.length ? { files: m.files } : {}),
      });
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor && out.length < 1000);
  return out;
}
