import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { StoredReply, StoreSummary } from "../../../store/Store.ts";
import type { BotContext } from "../../BotContext.ts";
import { helpFor } from "../../blocks/helpBlocks.ts";
import { homeViewForAdmin, homeViewForUser, replyLinkKey } from "../../blocks/homeView.ts";
import type { WebClient } from "../../blocks/slackTypes.ts";
import { describeError } from "../../describeError.ts";
import { guard } from "../../guard.ts";

const RECENT = 5;

/** Links to the person's own replies; an ephemeral one has none, and a failed lookup leaves one out. */
async function replyLinks(client: WebClient, replies: readonly StoredReply[]): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  await Promise.all(
    replies
      .filter((r) => !r.replyTs.startsWith("e:"))
      .map(async (r) => {
        try {
          const { permalink } = await client.chat.getPermalink({ channel: r.channel, message_ts: r.replyTs });
          if (permalink) links.set(replyLinkKey(r), permalink);
        } catch {
          // A courtesy: the line still says when and where.
        }
      }),
  );
  return links;
}

/**
 * The App Home, per person: their own recent diagnoses and the "Diagnose a paste" button; the team's
 * statistics and knowledge gaps only for the admins the operator named (ADMIN_USERS).
 */
export function appHomeOpenedCallback(bot: BotContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    const user = event.user;
    await guard(bot, "app home", undefined, async () => {
      const admin = bot.config.adminUsers.includes(user);
      const [recent, summary] = await Promise.all([
        bot.store.recentReplies(user, RECENT).catch((error: unknown) => {
          bot.logger.error(
            { err: describeError(error) },
            "could not read someone's recent replies for the App Home",
          );
          return undefined;
        }),
        admin
          ? bot.store
              .summary({ gapLimit: 10, escalationLimit: 8 })
              .catch((error: unknown): StoreSummary | undefined => {
                bot.logger.error(
                  { err: describeError(error) },
                  "could not read the summary for the App Home",
                );
                return undefined;
              })
          : undefined,
      ]);
      const input = {
        kb: bot.kb,
        recent,
        links: await replyLinks(client, recent ?? []),
        ...(event.channel ? { metadata: { dm: event.channel } } : {}),
        // The Home is no conversation: what they may do anywhere (a probe only if they are listed).
        help: helpFor(bot, user, undefined).blocks,
      };
      await client.views.publish({
        user_id: user,
        view: admin ? homeViewForAdmin(input, summary) : homeViewForUser(input),
      });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.event("app_home_opened", appHomeOpenedCallback(bot));
}
