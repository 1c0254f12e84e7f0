import type { AllMiddlewareArgs, App, BlockStaticSelectAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { RenderedSnippet } from "../../../diagnosis/Diagnosis.ts";
import { CLIENT_IDS, type ClientId } from "../../../vocabulary/clients.ts";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { snippetText } from "../../blocks/renderDiagnosis.ts";
import { guard } from "../../guard.ts";
import type { RecentReply } from "../../RecentReplies.ts";
import { clickSpot, replyPrivately } from "../../replyPrivately.ts";

/** The snippet as rendered for the paste (from the store), else the knowledge base's own. */
function findSnippet(
  bot: BotContext,
  reply: RecentReply | undefined,
  matchId: string,
  client: ClientId,
): RenderedSnippet | undefined {
  const rendered = reply?.diagnosis.matches.find((m) => m.id === matchId)?.snippets[client];
  if (rendered) return rendered;
  const raw = bot.kb.byId.get(matchId)?.entry.snippets[client];
  return raw ? { client, language: raw.language, code: raw.right } : undefined;
}

/** "Snippet for another client": privately, in the thread of the reply it was picked on. */
export function snippetClientCallback(bot: BotContext) {
  return async ({
    ack,
    action,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(bot, "snippet select", undefined, async () => {
      const [matchId = "", picked = ""] = action.selected_option.value.split("|");
      const replyId = action.block_id.split(":")[1] ?? "";
      const reply = await bot.replies.get(replyId);
      const known = (CLIENT_IDS as readonly string[]).includes(picked);
      const snippet = known ? findSnippet(bot, reply, matchId, picked as ClientId) : undefined;
      await replyPrivately(
        client,
        respond,
        clickSpot(body, reply?.where?.threadTs),
        snippet ? snippetText(snippet) : "I have no snippet for that client for this problem.",
      );
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockStaticSelectAction>(ACTION.snippetClient, snippetClientCallback(bot));
}
