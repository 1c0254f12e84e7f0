import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { renderHandoff } from "../../blocks/renderHandoff.ts";
import type { WebClient } from "../../blocks/slackTypes.ts";
import { describeError } from "../../describeError.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";

async function permalink(client: WebClient, channel: string, ts: string): Promise<string | undefined> {
  try {
    return (await client.chat.getPermalink({ channel, message_ts: ts })).permalink;
  } catch {
    return undefined;
  }
}

const link = (url: string | undefined, label: string) => (url ? `<${url}|${label}>` : label);

/**
 * "Escalate": one hand-off per thread. The store's escalation row is claimed before posting, the
 * hand-off posted only by whoever created it, then attached; a second click links to it.
 */
export function escalateCallback(bot: BotContext) {
  return async ({
    ack,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const user = body.user.id;
    const say = (text: string) => respond({ response_type: "ephemeral", replace_original: false, text });
    await guard(
      bot,
      "escalate",
      () => say(COULD_NOT_DIAGNOSE.replace("diagnose this", "escalate this")),
      async () => {
        const target = bot.config.escalationChannel;
        const channel = body.channel?.id;
        const message = body.message as { ts?: string; thread_ts?: string } | undefined;
        if (!target || !channel || !message?.ts) {
          await say(
            "Escalation isn't set up here: the bot's operators have not configured an escalation channel.",
          );
          return;
        }
        const replyTs = message.ts;
        const threadTs = message.thread_ts ?? message.ts;
        const reply = await bot.store.getReply(channel, replyTs);
        const { created, escalation } = await bot.store.recordEscalation({
          channel,
          threadTs,
          requestedBy: user,
          ...(reply?.excerpt ? { excerpt: reply.excerpt } : {}),
        });
        if (!created) {
          const where = escalation.handoff
            ? link(escalation.handoff.permalink, "the existing hand-off")
            : "a hand-off that is still being posted";
          await client.chat.postMessage({
            channel,
            thread_ts: threadTs,
            text: `This thread was already escalated by <@${escalation.requestedBy}>: see ${where}.`,
            unfurl_links: false,
          });
          return;
        }
        const [threadLink, feedback] = await Promise.all([
          permalink(client, channel, threadTs),
          bot.store.getFeedback(channel, replyTs),
        ]);
        const probe = bot.probes.get(channel, threadTs);
        const handoff = renderHandoff(bot.kb, {
          escalatedBy: user,
          channel,
          ...(threadLink ? { threadLink } : {}),
          ...(reply ? { reply } : {}),
          feedback,
          ...(probe ? { probe } : {}),
        });
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
        });
        await client.chat.postMessage({
          channel,
          thread_ts: threadTs,
          text: `<@${user}> escalated this thread to <#${target}>: ${link(handoffLink, "the hand-off")}.`,
          unfurl_links: false,
        });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.escalate, escalateCallback(bot));
}
