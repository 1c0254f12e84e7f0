import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { guard } from "../../guard.ts";

export function feedbackCallback(bot: BotContext, helpful: boolean) {
  return async ({
    ack,
    action,
    body,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(bot, "feedback", undefined, async () => {
      const [replyId = "", matchId = ""] = (action.value ?? "").split("|");
      await bot.feedback.record({
        replyId,
        matchId,
        helpful,
        user: body.user.id,
        ...(body.channel?.id ? { channel: body.channel.id } : {}),
      });
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: helpful ? "Thanks, glad it helped." : "Thanks for telling me; this helps improve the answers.",
      });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.helpful, feedbackCallback(bot, true));
  app.action<BlockButtonAction>(ACTION.notHelpful, feedbackCallback(bot, false));
}
