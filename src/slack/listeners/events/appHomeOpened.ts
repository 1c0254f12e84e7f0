import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { StoreSummary } from "../../../store/Store.ts";
import type { BotContext } from "../../BotContext.ts";
import { homeView } from "../../blocks/homeView.ts";
import { describeError } from "../../describeError.ts";
import { guard } from "../../guard.ts";

export function appHomeOpenedCallback(bot: BotContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    await guard(bot, "app home", undefined, async () => {
      let summary: StoreSummary | undefined;
      try {
        summary = await bot.store.summary({ gapLimit: 10, escalationLimit: 8 });
      } catch (error) {
        bot.logger.error({ err: describeError(error) }, "could not read the summary for the App Home");
      }
      await client.views.publish({ user_id: event.user, view: homeView(summary, bot.kb) });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.event("app_home_opened", appHomeOpenedCallback(bot));
}
