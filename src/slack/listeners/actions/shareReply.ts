import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { REPLY_STATE_DAYS } from "../../../store/Store.ts";
import type { BotContext } from "../../BotContext.ts";
import { ACTION, COMMAND } from "../../blocks/actionIds.ts";
import { markShared, renderShared } from "../../blocks/renderShared.ts";
import { shareLead } from "../../blocks/renderStatusAnswer.ts";
import { claimOnce } from "../../claimOnce.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { clickSpot, replyPrivately } from "../../replyPrivately.ts";

export const SHARE_EXPIRED = `That reply is more than ${REPLY_STATE_DAYS} days old, so I no longer have it: run \`${COMMAND}\` again to share a fresh one.`;

/**
 * "Share in channel" on a private copy: a compact summary (title and fix, nothing about lines of a
 * paste the others cannot see) in the conversation, in the copy's thread when it has one; then the
 * copy shows "Shared ✓" instead of the button. The reply comes from the store, so this works after
 * a restart and on any copy of the bot; a claim on the store shares it once however often it is clicked.
 */
export function shareReplyCallback(bot: BotContext) {
  return async ({
    ack,
    action,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const replyId = action.value ?? "";
    await guard(
      bot,
      "share reply",
      () => replyPrivately(client, respond, clickSpot(body), COULD_NOT_DIAGNOSE.replace("diagnose", "share")),
      async () => {
        const reply = await bot.replies.get(replyId);
        const spot = clickSpot(body, reply?.where?.threadTs);
        if (!reply) {
          await replyPrivately(client, respond, spot, SHARE_EXPIRED);
          return;
        }
        const privateCopy = { text: reply.message.text, blocks: markShared(reply.message.blocks, replyId) };
        if (reply.shared || !(await claimOnce(bot, `share:${replyId}`))) {
          // Shared already (a second click, or another copy of the bot took the first): only the copy changes.
          await respond({ replace_original: true, ...privateCopy });
          return;
        }
        const name = (await bot.names.get(client, spot.user)) || body.user.username || "someone";
        const summary = renderShared(reply.diagnosis, name, shareLead(bot.kb, reply));
        if (spot.channel && spot.threadTs) {
          await client.chat.postMessage({
            channel: spot.channel,
            thread_ts: spot.threadTs,
            text: summary.text,
            blocks: summary.blocks,
            unfurl_links: false,
            unfurl_media: false,
          });
        } else {
          await respond({ response_type: "in_channel", replace_original: false, ...summary });
        }
        await bot.replies.set(replyId, {
          ...reply,
          message: privateCopy,
          shared: { by: spot.user, at: new Date().toISOString() },
        });
        await respond({ replace_original: true, ...privateCopy });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.share, shareReplyCallback(bot));
}
