import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import type { KnownBlock } from "../../blocks/slackTypes.ts";
import { guard } from "../../guard.ts";

/** The reply without its "Share in channel" button. */
function withoutShare(blocks: readonly KnownBlock[]): KnownBlock[] {
  return blocks.map((b) =>
    b.type === "actions"
      ? { ...b, elements: b.elements.filter((e) => !("action_id" in e) || e.action_id !== ACTION.share) }
      : b,
  );
}

export function shareReplyCallback(bot: BotContext) {
  return async ({
    ack,
    action,
    body,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(bot, "share reply", undefined, async () => {
      const reply = bot.replies.get(action.value ?? "");
      if (!reply) {
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          text: "That reply has expired; run `/diagnose` again to share a fresh one.",
        });
        return;
      }
      await respond({
        response_type: "in_channel",
        replace_original: false,
        text: reply.message.text,
        blocks: [
          { type: "context", elements: [{ type: "mrkdwn", text: `Shared by <@${body.user.id}>` }] },
          ...withoutShare(reply.message.blocks),
        ],
      });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.share, shareReplyCallback(bot));
}
