import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { personName } from "../../blocks/personName.ts";
import { readHandoffButtonValue } from "../../blocks/renderHandoff.ts";
import type { KnownBlock } from "../../blocks/slackTypes.ts";
import { guard } from "../../guard.ts";
import { acknowledgedNote, escalationNames, tellRequester, updateHandoff } from "../../updateHandoff.ts";

export const NOT_A_HANDOFF =
  "That button belongs to a hand-off this bot no longer knows about; nothing was changed.";

/**
 * "Acknowledge" on a hand-off: the first click records who picked it up, redraws the hand-off and
 * tells the requester in their thread. A later click changes nothing and says who has it.
 */
export function acknowledgeEscalationCallback(bot: BotContext) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const user = body.user.id;
    const say = (text: string) => respond({ response_type: "ephemeral", replace_original: false, text });
    await guard(
      bot,
      "acknowledge escalation",
      () => say("Sorry, I could not record that: something went wrong on my side. Try again in a minute."),
      async () => {
        const key = readHandoffButtonValue(action.value ?? "");
        // Only a click on the hand-off itself, in the escalation channel, acts on it.
        if (!key || body.channel?.id !== bot.config.escalationChannel) {
          await say(NOT_A_HANDOFF);
          return;
        }
        const result = await bot.store.acknowledgeEscalation(key.channel, key.threadTs, user);
        if (!result) {
          await say(NOT_A_HANDOFF);
          return;
        }
        const e = result.escalation;
        const names = await escalationNames(bot, client, e);
        const clicked = (body.message as { blocks?: KnownBlock[] } | undefined)?.blocks;
        await updateHandoff(bot, client, e, names, clicked);
        if (!result.changed) {
          await say(
            e.resolved
              ? `It was already resolved by ${personName(names, e.resolved.by)}.`
              : `${personName(names, e.acknowledged?.by ?? user)} already acknowledged it.`,
          );
          return;
        }
        await tellRequester(client, e, acknowledgedNote(e, names));
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.acknowledgeEscalation, acknowledgeEscalationCallback(bot));
}
