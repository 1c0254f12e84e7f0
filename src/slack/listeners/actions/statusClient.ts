import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { REPLY_STATE_DAYS } from "../../../store/Store.ts";
import { CLIENT_IDS, type ClientId } from "../../../vocabulary/clients.ts";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { renderStatusAnswer } from "../../blocks/renderStatusAnswer.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { clickSpot, replyPrivately } from "../../replyPrivately.ts";
import { actRules, offeredActions } from "../../whoMayAct.ts";

const GONE = `I no longer have that answer (replies are kept ${REPLY_STATE_DAYS} days): send me the status code again.`;

/**
 * "Which client sent it?" on a bare status code's answer: the same message answered again, in
 * place, with that client known. The answer's state comes from the store, so any copy of the bot
 * can take the click, and after a restart too.
 */
export function statusClientCallback(bot: BotContext) {
  return async ({
    ack,
    action,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(
      bot,
      "status client",
      () => replyPrivately(client, respond, clickSpot(body), COULD_NOT_DIAGNOSE),
      async () => {
        const [replyId = "", picked = ""] = (action.value ?? "").split("|");
        const reply = await bot.replies.get(replyId);
        const spot = clickSpot(body, reply?.where?.threadTs);
        if (!reply?.status || !(CLIENT_IDS as readonly string[]).includes(picked)) {
          await replyPrivately(client, respond, spot, GONE);
          return;
        }
        const chosen = picked as ClientId;
        const audience = reply.where ?? { channel: spot.channel ?? "" };
        const message = renderStatusAnswer(bot.kb, reply.status.code, {
          replyId,
          client: chosen,
          ...offeredActions(actRules(bot), audience),
        });
        if (!spot.ephemeral && spot.channel && spot.messageTs) {
          await client.chat.update({
            channel: spot.channel,
            ts: spot.messageTs,
            text: message.text,
            blocks: message.blocks,
          });
        } else {
          await respond({ replace_original: true, text: message.text, blocks: message.blocks });
        }
        await bot.replies.set(replyId, { ...reply, message, status: { ...reply.status, client: chosen } });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(new RegExp(`^${ACTION.statusClient}:`), statusClientCallback(bot));
}
