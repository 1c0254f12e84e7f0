import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { diagnose } from "../../../diagnosis/diagnose.ts";
import { hasLiveLookingSecret, maskSecrets } from "../../../vocabulary/maskSecrets.ts";
import { probeOffered } from "../../answerMessage.ts";
import type { BotContext } from "../../BotContext.ts";
import { COMMAND } from "../../blocks/actionIds.ts";
import { helpMessage } from "../../blocks/helpBlocks.ts";
import { pasteModal } from "../../blocks/pasteModal.ts";
import { type RenderOptions, renderDiagnosis } from "../../blocks/renderDiagnosis.ts";
import type { RenderedMessage } from "../../blocks/slackTypes.ts";
import { describeError } from "../../describeError.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { slackTextToPlain } from "../../slackTextToPlain.ts";
import { openProbeFromCommand } from "../actions/runProbe.ts";

export const PRIVATE_SECRET_NOTE =
  ":warning: Your text contains what looks like a live credential. Only you can see this reply, but consider rotating it.";

/** The store's key for an ephemeral reply, which has no ts of its own that a button click reports back. */
export const ephemeralReplyTs = (replyId: string) => `e:${replyId}`;

/**
 * Diagnoses text for one person: an ephemeral reply with a button to share it in the channel. The
 * reply is recorded (a "no confident match" becomes a knowledge gap) under its ephemeral key.
 */
export async function diagnoseForUser(
  bot: BotContext,
  text: string,
  where: { channel: string; user: string },
): Promise<RenderedMessage> {
  const diagnosis = bot.metrics.timed(() => diagnose(text, bot.kb));
  const replyId = bot.newReplyId();
  const options: RenderOptions = {
    replyId,
    shareable: diagnosis.matches.length > 0,
    probe: diagnosis.matches.length > 0 && probeOffered(bot, where.channel),
    ...(hasLiveLookingSecret(text) ? { preface: PRIVATE_SECRET_NOTE } : {}),
  };
  const message = renderDiagnosis(diagnosis, options);
  bot.replies.set(replyId, { diagnosis, message, options });
  try {
    await bot.store.recordReply({
      channel: where.channel,
      messageTs: ephemeralReplyTs(replyId),
      replyTs: ephemeralReplyTs(replyId),
      askedBy: where.user,
      symptoms: diagnosis.matches.map((m) => ({ id: m.id, score: m.score })),
      excerpt: maskSecrets(text),
    });
  } catch (error) {
    bot.logger.error({ err: describeError(error) }, "could not record a reply");
  }
  // An ephemeral reply cannot carry files: what was too long stays cut, with its note.
  const { files: _cut, ...rest } = message;
  bot.metrics.answered(diagnosis);
  return rest;
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
