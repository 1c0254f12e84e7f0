import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { homeView } from "../../blocks/homeView.ts";
import { guard } from "../../guard.ts";

export function appHomeOpenedCallback(bot: BotContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    await guard(bot, "app home", undefined, async () => {
      await client.views.publish({ user_id: event.user, view: homeView() });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.event("app_home_opened", appHomeOpenedCallback(bot));
}
