import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { notHelpfulModal } from "../../blocks/notHelpfulModal.ts";
import { guard } from "../../guard.ts";
import { ephemeralReplyTs } from "../commands/diagnose.ts";

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
      // One vote per person per reply; clicking again changes it (the store upserts).
      const result = await bot.store.recordFeedback({ ...key, userId: body.user.id, helpful });
      bot.metrics.vote(helpful);
      if (!helpful) {
        await client.views.open({ trigger_id: body.trigger_id, view: notHelpfulModal(bot.kb, key) });
        return;
      }
      const text = !result.previous
        ? HELPFUL_THANKS.first
        : result.previous.helpful
          ? HELPFUL_THANKS.same
          : HELPFUL_THANKS.changed;
      await respond({ response_type: "ephemeral", replace_original: false, text });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.helpful, feedbackCallback(bot, true));
  app.action<BlockButtonAction>(ACTION.notHelpful, feedbackCallback(bot, false));
}
