import { statusMeanings } from "../diagnosis/statusMeanings.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import type { BotContext } from "./BotContext.ts";
import { renderStatusAnswer } from "./blocks/renderStatusAnswer.ts";
import type { RenderedMessage, WebClient } from "./blocks/slackTypes.ts";
import { postInThread } from "./postInThread.ts";
import type { RecentReply } from "./RecentReplies.ts";
import type { Intent } from "./readIntent.ts";
import { recordReplyQuietly } from "./recordReplyQuietly.ts";
import { type Audience, actRules, offeredActions, privateAudience, threadAudience } from "./whoMayAct.ts";

type StatusIntent = Extract<Intent, { kind: "status" }>;

/** The status answer for this audience, its state saved under `replyId` before it is shown. */
async function statusReply(
  bot: BotContext,
  intent: StatusIntent,
  audience: Audience,
  replyId: string,
  threadTs?: string,
): Promise<RenderedMessage> {
  const actions = offeredActions(actRules(bot), audience);
  const message = renderStatusAnswer(bot.kb, intent.code, {
    replyId,
    ...(intent.client ? { client: intent.client } : {}),
    ...actions,
  });
  const state: RecentReply = {
    diagnosis: intent.diagnosis,
    message,
    // Details is not offered on a status answer; the options only say which reply the buttons are.
    options: { replyId },
    where: { ...audience, ...(threadTs ? { threadTs } : {}) },
    status: { code: intent.code, ...(intent.client ? { client: intent.client } : {}) },
  };
  await bot.replies.set(replyId, state);
  return message;
}

/**
 * Recorded as offering the entries it lists (their status signal's weight as the score), so a bare
 * "429" is not counted as a knowledge gap; one the knowledge base has nothing for, for that client, is.
 */
async function recordStatusReply(
  bot: BotContext,
  intent: StatusIntent,
  reply: {
    channel: string;
    messageTs: string;
    replyTs: string;
    threadTs?: string;
    askedBy?: string;
    text: string;
  },
): Promise<void> {
  await recordReplyQuietly(bot, {
    channel: reply.channel,
    messageTs: reply.messageTs,
    replyTs: reply.replyTs,
    ...(reply.threadTs ? { threadTs: reply.threadTs } : {}),
    ...(reply.askedBy ? { askedBy: reply.askedBy } : {}),
    symptoms: statusMeanings(bot.kb, intent.code, intent.client)
      .slice(0, 5)
      .map((m) => ({ id: m.entry.entry.id, score: m.weight })),
    excerpt: maskSecrets(reply.text),
  });
}

/**
 * A bare status code someone asked about (a DM, a mention) that nothing placed: what it usually
 * means, in the message's thread. Called by answerMessage, after a thread's earlier messages had
 * their chance to say more.
 */
export async function answerStatusInThread(
  bot: BotContext,
  client: WebClient,
  target: { channel: string; ts: string; threadTs: string; author?: string; text: string },
  intent: StatusIntent,
): Promise<void> {
  const replyId = bot.newReplyId();
  const audience = threadAudience(target.channel, target.author);
  const message = await statusReply(bot, intent, audience, replyId, target.threadTs);
  const replyTs = await postInThread(client, target.channel, target.threadTs, message);
  if (replyTs) bot.metrics.statusAnswered(intent.code);
  if (replyTs)
    await recordStatusReply(bot, intent, {
      channel: target.channel,
      messageTs: target.ts,
      replyTs,
      threadTs: target.threadTs,
      ...(target.author ? { askedBy: target.author } : {}),
      text: target.text,
    });
}

/** A bare status code in `/diagnose` or the paste box: the private copy, recorded under its ephemeral key. */
export async function statusForUser(
  bot: BotContext,
  intent: StatusIntent,
  where: { channel: string; user: string; threadTs?: string; text: string },
  replyTs: (replyId: string) => string,
): Promise<RenderedMessage> {
  const replyId = bot.newReplyId();
  const message = await statusReply(
    bot,
    intent,
    privateAudience(where.channel, where.user),
    replyId,
    where.threadTs,
  );
  bot.metrics.statusAnswered(intent.code);
  await recordStatusReply(bot, intent, {
    channel: where.channel,
    messageTs: replyTs(replyId),
    replyTs: replyTs(replyId),
    askedBy: where.user,
    text: where.text,
  });
  return message;
}
