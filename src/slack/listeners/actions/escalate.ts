import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Escalation } from "../../../store/Store.ts";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { personName } from "../../blocks/personName.ts";
import {
  type HandoffOrigin,
  renderHandoff,
  summaryFromDiagnosis,
  summaryFromReply,
} from "../../blocks/renderHandoff.ts";
import type { WebClient } from "../../blocks/slackTypes.ts";
import { describeError } from "../../describeError.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { clickSpot, replyPrivately } from "../../replyPrivately.ts";
import { escalationNames, tellRequester } from "../../updateHandoff.ts";
import { actRules, mayEscalate } from "../../whoMayAct.ts";

async function permalink(client: WebClient, channel: string, ts: string): Promise<string | undefined> {
  try {
    return (await client.chat.getPermalink({ channel, message_ts: ts })).permalink;
  } catch {
    return undefined;
  }
}

/** A direct message with the bot: nobody else can open it, so the hand-off carries the paste. */
export const isDirectMessage = (channel: string) => channel.startsWith("D");

/**
 * What the requester reads in their thread: what support was given (the paste itself only from a DM,
 * which support cannot open; from a channel, a link to the thread). It names no internal channel and
 * links nothing they cannot open; it says what happens next.
 */
export function escalatedNote(origin: HandoffOrigin["kind"]): string {
  const given =
    origin === "dm"
      ? "the diagnosis and the paste (secrets masked)"
      : "the diagnosis and a link to this thread";
  return `:raising_hand: I've passed this to the support team, with ${given}.\n*What happens next:* someone from support picks it up and answers here in this thread. You'll see a note here when they do, and when it's resolved. Nothing else to do for now.`;
}

/** Said to whoever clicks Escalate on a reply from before the operator turned escalation off. */
export const NOT_SET_UP =
  "Escalation isn't set up in this workspace, so I can't hand this to support from here. Ask your support contact directly in this thread.";
/** Said to whoever clicks Escalate on an old reply in the escalation channel itself: support is already here. */
export const ALREADY_WITH_SUPPORT =
  "This conversation is where support picks up escalations, so there's nobody further to hand it to from here. Ask in this thread and support will answer here.";
/** A click Slack reports no message for (a copy only the clicker sees): there is no thread to hand off. */
export const NO_THREAD =
  "I can't escalate a reply only you can see. Mention me in the conversation's thread, then use *Escalate* on that reply.";

/** Where an existing escalation stands, in the requester's terms. */
function standing(e: Escalation, names: ReadonlyMap<string, string>): string {
  if (e.resolved) return `it was resolved by ${personName(names, e.resolved.by)} from support`;
  if (e.acknowledged) return `${personName(names, e.acknowledged.by)} from support is on it`;
  return e.handoff ? "support has it and will answer in this thread" : "the hand-off is being posted";
}

/**
 * "Escalate": one hand-off per thread. The store's escalation row is claimed before posting, the
 * hand-off posted only by whoever created it, then attached; a second click says where it stands.
 */
export function escalateCallback(bot: BotContext) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const user = body.user.id;
    // Only the clicker is told, in the thread they clicked in (respond() would land at the channel's root).
    const say = (text: string) => replyPrivately(client, respond, clickSpot(body), text);
    await guard(
      bot,
      "escalate",
      () => say(COULD_NOT_DIAGNOSE.replace("diagnose this", "escalate this")),
      async () => {
        const target = bot.config.escalationChannel;
        const channel = body.channel?.id;
        const message = body.message as { ts?: string; thread_ts?: string } | undefined;
        if (!target) {
          await say(NOT_SET_UP);
          return;
        }
        // The button is not offered there (offerEscalate), but a reply posted before it was, or before
        // the operator moved ESCALATION_CHANNEL, still has one: a hand-off into the same channel helps nobody.
        if (!mayEscalate(actRules(bot), channel)) {
          await say(ALREADY_WITH_SUPPORT);
          return;
        }
        if (!channel || !message?.ts) {
          await say(NO_THREAD);
          return;
        }
        const replyTs = message.ts;
        const threadTs = message.thread_ts ?? message.ts;
        const tellInThread = (text: string) =>
          client.chat.postEphemeral({ channel, user, thread_ts: threadTs, text });
        const reply = await bot.store.getReply(channel, replyTs);
        const { created, escalation } = await bot.store.recordEscalation({
          channel,
          threadTs,
          requestedBy: user,
          ...(reply?.excerpt ? { excerpt: reply.excerpt } : {}),
        });
        if (!created) {
          const names = await escalationNames(bot, client, escalation);
          await tellInThread(
            `This thread was already escalated by ${personName(names, escalation.requestedBy)}: ${standing(escalation, names)}.`,
          );
          return;
        }
        const feedback = await bot.store.getFeedback(channel, replyTs);
        const probe = bot.probes.get(channel, threadTs);
        const names = await bot.names.getAll(client, [
          user,
          ...(reply?.askedBy ? [reply.askedBy] : []),
          ...feedback.votes.map((v) => v.userId),
          ...(probe ? [probe.requestedBy] : []),
        ]);
        const origin: HandoffOrigin = isDirectMessage(channel)
          ? { kind: "dm", ...(reply?.excerpt ? { excerpt: reply.excerpt } : {}) }
          : await channelOrigin(client, channel, threadTs);
        // The reply's Diagnosis from the store (any copy's); else what the stored reply and the knowledge base say.
        const diagnosis = (await bot.replies.get(action.value ?? ""))?.diagnosis;
        const handoff = renderHandoff(
          bot.kb,
          {
            requestedBy: user,
            ...(reply?.askedBy ? { askedBy: reply.askedBy } : {}),
            names,
            origin,
            summary: diagnosis ? summaryFromDiagnosis(diagnosis) : summaryFromReply(bot.kb, reply),
            feedback,
          },
          { channel, threadTs },
          {},
          probe,
        );
        let posted: { ts?: string };
        try {
          posted = await client.chat.postMessage({
            channel: target,
            text: handoff.text,
            blocks: handoff.blocks,
            unfurl_links: false,
            unfurl_media: false,
          });
        } catch (error) {
          bot.logger.error({ err: describeError(error), channel, threadTs }, "could not post the hand-off");
          // Release the claim, so the next click posts the hand-off instead of pointing at nothing.
          await bot.store.abandonEscalation(channel, threadTs);
          throw error;
        }
        const handoffTs = posted.ts ?? "";
        const handoffLink = await permalink(client, target, handoffTs);
        await bot.store.completeEscalation(channel, threadTs, {
          handoffChannel: target,
          handoffTs,
          ...(handoffLink ? { permalink: handoffLink } : {}),
          body: handoff.body,
        });
        await tellRequester(client, escalation, escalatedNote(origin.kind));
      },
    );
  };
}

async function channelOrigin(client: WebClient, channel: string, threadTs: string): Promise<HandoffOrigin> {
  const threadLink = await permalink(client, channel, threadTs);
  return { kind: "channel", channel, ...(threadLink ? { threadLink } : {}) };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.escalate, escalateCallback(bot));
}
