import type { AllMiddlewareArgs, App, BlockStaticSelectAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { RenderedSnippet } from "../../../diagnosis/Diagnosis.ts";
import { CLIENT_IDS, type ClientId } from "../../../vocabulary/clients.ts";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { snippetText } from "../../blocks/renderDiagnosis.ts";
import { guard } from "../../guard.ts";

/** The snippet as rendered for the paste, else (after a restart) the knowledge base's own. */
function findSnippet(
  bot: BotContext,
  replyId: string,
  matchId: string,
  client: ClientId,
): RenderedSnippet | undefined {
  const rendered = bot.replies.get(replyId)?.diagnosis.matches.find((m) => m.id === matchId)?.snippets[
    client
  ];
  if (rendered) return rendered;
  const raw = bot.kb.byId.get(matchId)?.entry.snippets[client];
  return raw ? { client, language: raw.language, code: raw.right } : undefined;
}

export function snippetClientCallback(bot: BotContext) {
  return async ({
    ack,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(bot, "snippet select", undefined, async () => {
      const [matchId = "", client = ""] = action.selected_option.value.split("|");
      const replyId = action.block_id.split(":")[1] ?? "";
      const known = (CLIENT_IDS as readonly string[]).includes(client);
      const snippet = known ? findSnippet(bot, replyId, matchId, client as ClientId) : undefined;
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: snippet ? snippetText(snippet) : "I have no snippet for that client for this problem.",
      });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockStaticSelectAction>(ACTION.snippetClient, snippetClientCallback(bot));
}
