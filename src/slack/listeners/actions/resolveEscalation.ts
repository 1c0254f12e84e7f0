import type { App, BlockButtonAction } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { resolveEscalationModal } from "../../blocks/resolveEscalationModal.ts";
import { alreadyResolved, handoffButton, NOT_A_HANDOFF } from "../../handoffButton.ts";
import { escalationNames } from "../../updateHandoff.ts";

/** "Resolve…" on a hand-off: opens the short form that asks for the cause and the fix. */
export function resolveEscalationCallback(bot: BotContext) {
  return handoffButton(
    bot,
    "resolve escalation",
    "Sorry, I could not open the form: something went wrong on my side. Try again in a minute.",
    async ({ key, body, client, say }) => {
      const e = await bot.store.getEscalation(key.channel, key.threadTs);
      if (!e) {
        await say(NOT_A_HANDOFF);
        return;
      }
      if (e.resolved) {
        const names = await escalationNames(bot, client, e);
        await say(alreadyResolved(names, e.resolved.by));
        return;
      }
      await client.views.open({ trigger_id: body.trigger_id, view: resolveEscalationModal(key) });
    },
  );
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.resolveEscalation, resolveEscalationCallback(bot));
}
