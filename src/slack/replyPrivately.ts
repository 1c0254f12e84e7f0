import type { BlockAction, RespondFn } from "@slack/bolt";
import type { RenderedMessage, WebClient } from "./blocks/slackTypes.ts";

/** Where a click happened: who clicked, on which message, in which thread. */
export interface ClickSpot {
  user: string;
  channel?: string;
  /** The thread the clicked message sits in (its own ts when it starts the thread). */
  threadTs?: string;
  /** The clicked message's ts: absent for an ephemeral copy, which Slack reports no message of. */
  messageTs?: string;
  ephemeral: boolean;
}

/**
 * Reads a block action's place. An ephemeral copy carries no message, so its thread comes from its
 * container when Slack says, else from `knownThreadTs` (what the bot stored about the reply).
 */
export function clickSpot(body: BlockAction, knownThreadTs?: string): ClickSpot {
  const container = body.container as { is_ephemeral?: boolean; thread_ts?: string } | undefined;
  const message = body.message as { ts?: string; thread_ts?: string } | undefined;
  const ephemeral = container?.is_ephemeral === true || !message?.ts;
  const threadTs = ephemeral
    ? (container?.thread_ts ?? knownThreadTs)
    : (message?.thread_ts ?? message?.ts ?? knownThreadTs);
  return {
    user: body.user.id,
    ...(body.channel?.id ? { channel: body.channel.id } : {}),
    ...(threadTs ? { threadTs } : {}),
    ...(!ephemeral && message?.ts ? { messageTs: message.ts } : {}),
    ephemeral,
  };
}

/**
 * Tells the person who clicked something only they see, in the thread they clicked in. `respond()`
 * cannot: a response_url post ignores thread_ts and lands at the channel's root. So a thread gets
 * chat.postEphemeral with thread_ts; respond() is kept for a click outside any thread (a /diagnose
 * reply at the root), and as the fallback when the ephemeral post is refused.
 */
export async function replyPrivately(
  client: WebClient,
  respond: RespondFn,
  spot: ClickSpot,
  reply: string | RenderedMessage,
): Promise<void> {
  const message = typeof reply === "string" ? { text: reply } : { text: reply.text, blocks: reply.blocks };
  if (spot.channel && spot.threadTs) {
    try {
      await client.chat.postEphemeral({
        channel: spot.channel,
        user: spot.user,
        thread_ts: spot.threadTs,
        ...message,
      });
      return;
    } catch {
      // e.g. the bot was removed from the channel since: the response_url still reaches the person.
    }
  }
  await respond({ response_type: "ephemeral", replace_original: false, ...message });
}
