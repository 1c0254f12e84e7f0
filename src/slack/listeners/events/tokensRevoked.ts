import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { installationKeyOf } from "../../EncryptedInstallationStore.ts";
import { guard } from "../../guard.ts";

/**
 * Tokens of the app were revoked in a workspace. The event lists user ids, not tokens: `bot` names
 * the bot users whose tokens went, `oauth` the people whose user tokens went. Only bot tokens are
 * kept here, so a revoked bot token deletes the workspace's installation and a user token changes
 * nothing. Bolt runs this without authorising the event, like app_uninstalled.
 */
export function tokensRevokedCallback(bot: BotContext) {
  return async ({ event, context }: SlackEventMiddlewareArgs<"tokens_revoked"> & AllMiddlewareArgs) => {
    const bots = event.tokens?.bot ?? [];
    if (bots.length === 0) return;
    const where = installationKeyOf(context);
    const installations = bot.installations;
    if (!installations) {
      bot.logger.warn(
        { teamId: where.teamId },
        "the bot's token was revoked: SLACK_BOT_TOKEN no longer works until the app is installed again",
      );
      return;
    }
    await guard(bot, "tokens revoked", undefined, () => installations.deleteInstallation(where));
  };
}

export function register(app: App, bot: BotContext): void {
  app.event("tokens_revoked", tokensRevokedCallback(bot));
}
