import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { RESOLVE_FIELD, VIEW } from "../../blocks/actionIds.ts";
import { personName } from "../../blocks/personName.ts";
import { readResolveModalMetadata } from "../../blocks/resolveEscalationModal.ts";
import { guard } from "../../guard.ts";
import { escalationNames, resolvedNote, tellRequester, updateHandoff } from "../../updateHandoff.ts";

/**
 * The Resolve form sent: the resolution is recorded (and with the paste becomes a knowledge gap for
 * `kb draft`), the hand-off redrawn as resolved, and the requester told in their thread.
 */
export function resolveEscalationModalCallback(bot: BotContext) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const values = view.state.values;
    const cause = values[RESOLVE_FIELD.cause]?.[RESOLVE_FIELD.cause]?.value?.trim() ?? "";
    const fix = values[RESOLVE_FIELD.fix]?.[RESOLVE_FIELD.fix]?.value?.trim() ?? "";
    if (cause === "" || fix === "") {
      await ack({
        response_action: "errors",
        errors: {
          ...(cause === "" ? { [RESOLVE_FIELD.cause]: "Say in a few words what it was." } : {}),
          ...(fix === "" ? { [RESOLVE_FIELD.fix]: "Say what fixed it." } : {}),
        },
      });
      return;
    }
    await ack();
    const user = body.user.id;
    const target = bot.config.escalationChannel;
    // The form is closed by now: anything to say goes to the person, in the escalation channel.
    const say = (text: string) =>
      target ? client.chat.postEphemeral({ channel: target, user, text }) : Promise.resolve();
    await guard(
      bot,
      "resolve escalation modal",
      () =>
        say(
          "Sorry, I could not record the resolution: something went wrong on my side. Resolve it again in a minute.",
        ),
      async () => {
        const key = readResolveModalMetadata(view.private_metadata);
        const result =
          key && (await bot.store.resolveEscalation(key.channel, key.threadTs, { by: user, cause, fix }));
        if (!result) {
          await say("That hand-off is no longer in the store; nothing was recorded.");
          return;
        }
        const e = result.escalation;
        const names = await escalationNames(bot, client, e);
        await updateHandoff(bot, client, e, names);
        if (!result.changed) {
          await say(
            `It was already resolved by ${personName(names, e.resolved?.by ?? user)}; your answer was not recorded.`,
          );
          return;
        }
        await tellRequester(client, e, resolvedNote(e, names));
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.view(VIEW.resolveEscalation, resolveEscalationModalCallback(bot));
}
