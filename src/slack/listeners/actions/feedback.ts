import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Vote } from "../../../store/Store.ts";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { notHelpfulModal } from "../../blocks/notHelpfulModal.ts";
import type { KnownBlock, WebClient } from "../../blocks/slackTypes.ts";
import { withVotes } from "../../blocks/withVotes.ts";
import { describeError } from "../../describeError.ts";
import { ephemeralReplyTs } from "../../ephemeralReplyTs.ts";
import { escapeMrkdwn } from "../../escapeMrkdwn.ts";
import { guard } from "../../guard.ts";
import type { RecentReply } from "../../RecentReplies.ts";
import { type ClickSpot, clickSpot, replyPrivately } from "../../replyPrivately.ts";

/** The store's key of the reply a button sits on: its ts, or its id when it was ephemeral. */
export function replyKey(body: BlockButtonAction, replyId: string): { channel: string; replyTs: string } {
  const container = body.container as { is_ephemeral?: boolean; message_ts?: string } | undefined;
  const channel = body.channel?.id ?? "";
  if (container?.is_ephemeral || !body.message?.ts) return { channel, replyTs: ephemeralReplyTs(replyId) };
  return { channel, replyTs: body.message.ts };
}

const HELPFUL_THANKS = {
  first: "Thanks, glad it helped.",
  changed: "Changed your vote to helpful. Thanks!",
  same: "You had already said it helped; thanks.",
};

/** Names shown per side of the vote line; the rest are counted. */
const MAX_NAMES = 5;

async function namesOf(bot: BotContext, client: WebClient, votes: readonly Vote[]): Promise<string> {
  const known = await bot.names.getAll(
    client,
    votes.slice(0, MAX_NAMES).map((v) => v.userId),
  );
  const names = votes.slice(0, MAX_NAMES).map((v) => known.get(v.userId) ?? "someone");
  const more = votes.length - names.length;
  const list = names.map(escapeMrkdwn);
  if (more > 0) return `${list.join(", ")} and ${more} more`;
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** "Marked helpful by Ana and Bo · marked not helpful by Cy": names, never mentions, so nobody is pinged. */
export async function votesLine(
  bot: BotContext,
  client: WebClient,
  votes: readonly Vote[],
): Promise<string | undefined> {
  const up = votes.filter((v) => v.helpful);
  const down = votes.filter((v) => !v.helpful);
  const parts = [
    ...(up.length ? [`:thumbsup: Marked helpful by ${await namesOf(bot, client, up)}`] : []),
    ...(down.length ? [`:thumbsdown: marked not helpful by ${await namesOf(bot, client, down)}`] : []),
  ];
  return parts.length ? parts.join(" · ") : undefined;
}

/**
 * The vote shown on the message itself, in place: a message in a conversation is updated with
 * chat.update, a private copy (which Slack reports no blocks of) through its response_url, from
 * the state the store keeps of it.
 */
async function showVotes(
  bot: BotContext,
  client: WebClient,
  respond: SlackActionMiddlewareArgs<BlockButtonAction>["respond"],
  body: BlockButtonAction,
  spot: ClickSpot,
  replyId: string,
  key: { channel: string; replyTs: string },
  stored: () => Promise<RecentReply | undefined>,
): Promise<void> {
  const line = await votesLine(bot, client, (await bot.store.getFeedback(key.channel, key.replyTs)).votes);
  const posted = body.message as { text?: string; blocks?: KnownBlock[] } | undefined;
  if (!spot.ephemeral && spot.channel && spot.messageTs) {
    const base = posted?.blocks ?? (await stored())?.message.blocks;
    if (!base) return;
    await client.chat.update({
      channel: spot.channel,
      ts: spot.messageTs,
      text: posted?.text ?? "",
      blocks: withVotes(base, replyId, line),
    });
    return;
  }
  const reply = await stored();
  if (!reply) return;
  await respond({
    replace_original: true,
    text: reply.message.text,
    blocks: withVotes(reply.message.blocks, replyId, line),
  });
}

export function feedbackCallback(bot: BotContext, helpful: boolean) {
  return async ({
    ack,
    action,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(bot, "feedback", undefined, async () => {
      const [replyId = ""] = (action.value ?? "").split("|");
      const key = replyKey(body, replyId);
      // The stored reply, read from the store at most once a click, and only when something needs it.
      let reply: Promise<RecentReply | undefined> | undefined;
      const stored = () => {
        reply ??= bot.replies.get(replyId);
        return reply;
      };
      // One vote per person per reply; clicking again changes it (the store upserts).
      const result = await bot.store.recordFeedback({ ...key, userId: body.user.id, helpful });
      bot.metrics.vote(helpful);
      // The modal first: its trigger expires three seconds after the click.
      if (!helpful)
        await client.views.open({ trigger_id: body.trigger_id, view: notHelpfulModal(bot.kb, key) });
      const spot = clickSpot(body);
      try {
        await showVotes(bot, client, respond, body, spot, replyId, key, stored);
      } catch (error) {
        // The vote is recorded; a message that cannot show it is a cosmetic loss, said in the log.
        bot.logger.warn({ err: describeError(error), replyId }, "vote not shown on the message");
      }
      if (!helpful) return;
      const text = !result.previous
        ? HELPFUL_THANKS.first
        : result.previous.helpful
          ? HELPFUL_THANKS.same
          : HELPFUL_THANKS.changed;
      const knownThread = spot.threadTs ? undefined : (await stored())?.where?.threadTs;
      await replyPrivately(client, respond, knownThread ? { ...spot, threadTs: knownThread } : spot, text);
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.helpful, feedbackCallback(bot, true));
  app.action<BlockButtonAction>(ACTION.notHelpful, feedbackCallback(bot, false));
}
