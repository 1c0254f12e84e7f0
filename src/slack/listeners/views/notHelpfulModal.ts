import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { FEEDBACK_FIELD, VIEW } from "../../blocks/actionIds.ts";
import type { NotHelpfulMetadata } from "../../blocks/notHelpfulModal.ts";
import { guard } from "../../guard.ts";

/** "Not helpful, it was really …": the vote again, now with the symptom chosen and the note. */
export function notHelpfulModalCallback(bot: BotContext) {
  return async ({ ack, view, body }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const values = view.state.values;
    const symptomId = values[FEEDBACK_FIELD.symptom]?.[FEEDBACK_FIELD.symptom]?.selected_option?.value;
    const note = values[FEEDBACK_FIELD.note]?.[FEEDBACK_FIELD.note]?.value?.trim();
    const meta = JSON.parse(view.private_metadata) as NotHelpfulMetadata;
    await guard(bot, "not helpful modal", undefined, async () => {
      await bot.store.recordFeedback({
        channel: meta.channel,
        replyTs: meta.replyTs,
        userId: body.user.id,
        helpful: false,
        ...(symptomId && bot.kb.byId.has(symptomId) ? { symptomId } : {}),
        ...(note ? { note } : {}),
      });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.view(VIEW.notHelpful, notHelpfulModalCallback(bot));
}
