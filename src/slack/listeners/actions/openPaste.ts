import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { pasteModal } from "../../blocks/pasteModal.ts";
import { guard } from "../../guard.ts";
import { clickSpot } from "../../replyPrivately.ts";

/**
 * "Paste the error line" on a reply that could not say more: the paste box, whose answer comes back
 * privately in the reply's thread (or, for a private copy outside a thread, through the response_url).
 */
export function openPasteCallback(bot: BotContext) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(bot, "open paste box", undefined, async () => {
      const spot = clickSpot(body);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: pasteModal(
          {
            channel: spot.channel ?? "",
            user: spot.user,
            responseUrl: body.response_url,
            ...(spot.threadTs ? { threadTs: spot.threadTs } : {}),
          },
          bot.config.fileMaxBytes,
        ),
      });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.openPaste, openPasteCallback(bot));
}
