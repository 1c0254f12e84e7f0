import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { personName } from "../../blocks/personName.ts";
import { readHandoffButtonValue } from "../../blocks/renderHandoff.ts";
import { resolveEscalationModal } from "../../blocks/resolveEscalationModal.ts";
import { guard } from "../../guard.ts";
import { escalationNames } from "../../updateHandoff.ts";
import { NOT_A_HANDOFF } from "./acknowledgeEscalation.ts";

/** "Resolve…" on a hand-off: opens the short form that asks for the cause and the fix. */
export function resolveEscalationCallback(bot: BotContext) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const say = (text: string) => respond({ response_type: "ephemeral", replace_original: false, text });
    await guard(
      bot,
      "resolve escalation",
      () => say("Sorry, I could not open the form: something went wrong on my side. Try again in a minute."),
      async () => {
        const key = readHandoffButtonValue(action.value ?? "");
        if (!key || body.channel?.id !== bot.config.escalationChannel) {
          await say(NOT_A_HANDOFF);
          return;
        }
        const e = await bot.store.getEscalation(key.channel, key.threadTs);
        if (!e) {
          await say(NOT_A_HANDOFF);
          return;
        }
        if (e.resolved) {
          const names = await escalationNames(bot, client, e);
          await say(`It was already resolved by ${personName(names, e.resolved.by)}.`);
          return;
        }
        await client.views.open({ trigger_id: body.trigger_id, view: resolveEscalationModal(key) });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.resolveEscalation, resolveEscalationCallback(bot));
}
