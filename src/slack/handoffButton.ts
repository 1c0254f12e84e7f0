import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "./BotContext.ts";
import { type Names, personName } from "./blocks/personName.ts";
import { type HandoffKey, readHandoffButtonValue } from "./blocks/renderHandoff.ts";
import type { WebClient } from "./blocks/slackTypes.ts";
import { guard } from "./guard.ts";

export const NOT_A_HANDOFF =
  "That button belongs to a hand-off this bot no longer knows about; nothing was changed.";

/** What a later click on a resolved hand-off is told: who resolved it. */
export const alreadyResolved = (names: Names, by: string) =>
  `It was already resolved by ${personName(names, by)}.`;

/** A click on one of a hand-off's buttons, read and checked. */
export interface HandoffClick {
  /** The escalated thread the hand-off is for. */
  key: HandoffKey;
  user: string;
  body: BlockButtonAction;
  client: WebClient;
  /** Tells only the clicker, under the hand-off they clicked. */
  say(text: string): Promise<unknown>;
}

/**
 * A listener for a hand-off's button (Acknowledge, Resolve…): acks, reads which escalation the
 * button is for, and acts only on a click on the hand-off itself, in the escalation channel; any
 * other click is told the hand-off is unknown and changes nothing. `sorry` is said when `act` fails.
 */
export function handoffButton(
  bot: BotContext,
  handler: string,
  sorry: string,
  act: (click: HandoffClick) => Promise<void>,
) {
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
      handler,
      () => say(sorry),
      async () => {
        const key = readHandoffButtonValue(action.value ?? "");
        if (!key || body.channel?.id !== bot.config.escalationChannel) {
          await say(NOT_A_HANDOFF);
          return;
        }
        await act({ key, user: body.user.id, body, client, say });
      },
    );
  };
}
