import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { homePasteModal, readHomePasteMetadata } from "../../blocks/homePasteModal.ts";
import { guard } from "../../guard.ts";

/** "Diagnose a paste" on the App Home: opens the paste box; the answer comes in the person's DM. */
export function homePasteCallback(bot: BotContext) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(bot, "home paste", undefined, async () => {
      // The Home view carries the DM channel in its metadata (see appHomeOpened).
      const metadata = readHomePasteMetadata(body.view?.private_metadata ?? "");
      await client.views.open({
        trigger_id: body.trigger_id,
        view: homePasteModal(metadata, bot.config.fileMaxBytes),
      });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.homePaste, homePasteCallback(bot));
}
