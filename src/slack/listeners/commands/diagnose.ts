import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { COMMAND } from "../../blocks/actionIds.ts";
import { helpFor } from "../../blocks/helpBlocks.ts";
import { pasteModal } from "../../blocks/pasteModal.ts";
import { diagnoseForUser } from "../../diagnoseForUser.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { openProbeFromCommand } from "../../openProbeFromCommand.ts";
import { readGreeting } from "../../readIntent.ts";
import { slackTextToPlain } from "../../slackTextToPlain.ts";

export function diagnoseCommandCallback(bot: BotContext) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const text = slackTextToPlain(command.text ?? "");
    const word = text.trim().toLowerCase();
    // "help", "-h", "hi", "thanks": the help, tailored to what this person can do here, in the ack.
    const greeting = word === "" || word === "probe" ? undefined : readGreeting(text);
    if (greeting) {
      await ack({
        response_type: "ephemeral",
        ...helpFor(bot, command.user_id, command.channel_id, greeting),
      });
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
            view: pasteModal(
              { channel: command.channel_id, user: command.user_id, responseUrl: command.response_url },
              bot.config.fileMaxBytes,
            ),
          });
          return;
        }
        if (word === "probe") {
          await openProbeFromCommand(bot, client, command);
          return;
        }
        await respond({
          response_type: "ephemeral",
          ...(await diagnoseForUser(bot, text, { channel: command.channel_id, user: command.user_id })),
        });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.command(COMMAND, diagnoseCommandCallback(bot));
}
