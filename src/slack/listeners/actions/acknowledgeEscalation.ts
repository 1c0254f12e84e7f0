import type { App, BlockButtonAction } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { personName } from "../../blocks/personName.ts";
import { alreadyResolved, handoffButton, NOT_A_HANDOFF } from "../../handoffButton.ts";
import { acknowledgedNote, escalationNames, tellRequester, updateHandoff } from "../../updateHandoff.ts";

/**
 * "Acknowledge" on a hand-off: the first click records who picked it up, redraws the hand-off and
 * tells the requester in their thread. A later click changes nothing and says who has it.
 */
export function acknowledgeEscalationCallback(bot: BotContext) {
  return handoffButton(
    bot,
    "acknowledge escalation",
    "Sorry, I could not record that: something went wrong on my side. Try again in a minute.",
    async ({ key, user, client, say }) => {
      const result = await bot.store.acknowledgeEscalation(key.channel, key.threadTs, user);
      if (!result) {
        await say(NOT_A_HANDOFF);
        return;
      }
      const e = result.escalation;
      const names = await escalationNames(bot, client, e);
      await updateHandoff(bot, client, e, names);
      if (!result.changed) {
        await say(
          e.resolved
            ? alreadyResolved(names, e.resolved.by)
            : `${personName(names, e.acknowledged?.by ?? user)} already acknowledged it.`,
        );
        return;
      }
      await tellRequester(client, e, acknowledgedNote(e, names));
    },
  );
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.acknowledgeEscalation, acknowledgeEscalationCallback(bot));
}
