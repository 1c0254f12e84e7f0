import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { diagnose } from "../../../core/diagnose.ts";
import { hasLiveLookingSecret } from "../../../core/maskSecrets.ts";
import type { BotContext } from "../../BotContext.ts";
import { COMMAND } from "../../blocks/actionIds.ts";
import { helpMessage } from "../../blocks/helpBlocks.ts";
import { pasteModal } from "../../blocks/pasteModal.ts";
import { renderDiagnosis } from "../../blocks/renderDiagnosis.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { slackTextToPlain } from "../../slackTextToPlain.ts";

export const PRIVATE_SECRET_NOTE =
  ":warning: Your text contains what looks like a live credential. Only you can see this reply, but consider rotating it.";

/** Diagnoses text for one person: an ephemeral reply with a button to share it in the channel. */
export function diagnoseForUser(bot: BotContext, text: string) {
  const diagnosis = diagnose(text, bot.kb);
  const replyId = bot.newReplyId();
  const message = renderDiagnosis(diagnosis, {
    replyId,
    shareable: diagnosis.matches.length > 0,
    ...(hasLiveLookingSecret(text) ? { preface: PRIVATE_SECRET_NOTE } : {}),
  });
  bot.replies.set(replyId, { diagnosis, message });
  return message;
}

export function diagnoseCommandCallback(bot: BotContext) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const text = slackTextToPlain(command.text ?? "");
    const word = text.trim().toLowerCase();
    if (word === "help" || word === "-h" || word === "--help") {
      await ack({ response_type: "ephemeral", ...helpMessage() });
      return;
    }
    await ack();
    await guard(
      bot,
      COMMAND,
      () => respond({ response_type: "ephemeral", replace_original: false, text: COULD_NOT_DIAGNOSE }),
      async () => {
        if (word === "") {
          await client.views.open({
            trigger_id: command.trigger_id,
            view: pasteModal({
              channel: command.channel_id,
              user: command.user_id,
              responseUrl: command.response_url,
            }),
          });
          return;
        }
        await respond({ response_type: "ephemeral", ...diagnoseForUser(bot, text) });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.command(COMMAND, diagnoseCommandCallback(bot));
}
