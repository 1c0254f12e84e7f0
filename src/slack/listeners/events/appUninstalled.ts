import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { installationKeyOf } from "../../EncryptedInstallationStore.ts";
import { guard } from "../../guard.ts";

/**
 * The app was removed from a workspace (or an org): with installs in many workspaces, what was kept
 * for it goes, so its token is no longer held and later events from it find no installation. Bolt
 * runs this without authorising the event (the token is already gone), so the context holds only
 * the team and enterprise ids of the envelope.
 */
export function appUninstalledCallback(bot: BotContext) {
  return async ({ context }: SlackEventMiddlewareArgs<"app_uninstalled"> & AllMiddlewareArgs) => {
    const where = installationKeyOf(context);
    const installations = bot.installations;
    if (!installations) {
      // One workspace, one token from the environment: nothing kept, but the operator should know.
      bot.logger.warn(
        { teamId: where.teamId },
        "the app was uninstalled: SLACK_BOT_TOKEN no longer works until the app is installed again",
      );
      return;
    }
    await guard(bot, "app uninstalled", undefined, () => installations.deleteInstallation(where));
  };
}

export function register(app: App, bot: BotContext): void {
  app.event("app_uninstalled", appUninstalledCallback(bot));
}
