import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { renderDiagnosis } from "../../blocks/renderDiagnosis.ts";
import { markShared } from "../../blocks/renderShared.ts";
import type { KnownBlock } from "../../blocks/slackTypes.ts";
import { withVotes } from "../../blocks/withVotes.ts";
import { guard } from "../../guard.ts";
import { clickSpot, replyPrivately } from "../../replyPrivately.ts";

/**
 * "Details" and "Hide details": the reply is redrawn in place, expanded or compact, from the diagnosis
 * kept with it. An ephemeral reply can only be replaced through its response_url; a message in a
 * channel or thread is updated with chat.update.
 */
export const REPLY_GONE =
  "I no longer have the details of that reply. Ask me again with the paste and I'll answer afresh.";

export function toggleDetailsCallback(bot: BotContext, view: "card" | "details") {
  return async ({
    ack,
    action,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    await guard(bot, "details", undefined, async () => {
      const reply = await bot.replies.get(action.value ?? "");
      const spot = clickSpot(body, reply?.where?.threadTs);
      if (!reply) {
        await replyPrivately(client, respond, spot, REPLY_GONE);
        return;
      }
      // Files were uploaded with the first answer; a redraw only changes the blocks. What happened to
      // the reply since it was posted stays on it: the vote line, and "shared ✓" instead of Share.
      const { files: _uploaded, ...drawn } = renderDiagnosis(reply.diagnosis, { ...reply.options, view });
      const replyId = action.value ?? "";
      const posted = (body.message as { blocks?: KnownBlock[] } | undefined)?.blocks ?? reply.message.blocks;
      const votes = posted.find((b) => b.block_id === `votes:${replyId}`);
      const shared = reply.shared ? markShared(drawn.blocks, replyId) : drawn.blocks;
      const votesText =
        votes?.type === "context" && votes.elements[0] && "text" in votes.elements[0]
          ? votes.elements[0].text
          : undefined;
      const message = { text: drawn.text, blocks: withVotes(shared, replyId, votesText) };
      if (spot.ephemeral || !spot.channel || !spot.messageTs) {
        await respond({ replace_original: true, ...message });
        return;
      }
      await client.chat.update({
        channel: spot.channel,
        ts: spot.messageTs,
        text: message.text,
        blocks: message.blocks,
      });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.showDetails, toggleDetailsCallback(bot, "details"));
  app.action<BlockButtonAction>(ACTION.hideDetails, toggleDetailsCallback(bot, "card"));
}
