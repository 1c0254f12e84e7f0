import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { diagnose } from "../../../diagnosis/diagnose.ts";
import { hasLiveLookingSecret, maskSecrets } from "../../../vocabulary/maskSecrets.ts";
import { statusForUser } from "../../answerStatus.ts";
import type { BotContext } from "../../BotContext.ts";
import { COMMAND } from "../../blocks/actionIds.ts";
import { helpFor } from "../../blocks/helpBlocks.ts";
import { pasteModal } from "../../blocks/pasteModal.ts";
import { type RenderOptions, renderDiagnosis } from "../../blocks/renderDiagnosis.ts";
import type { RenderedMessage } from "../../blocks/slackTypes.ts";
import { escapeMrkdwn } from "../../escapeMrkdwn.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { readGreeting, readIntent } from "../../readIntent.ts";
import { recordReplyQuietly } from "../../recordReplyQuietly.ts";
import { slackTextToPlain } from "../../slackTextToPlain.ts";
import { actRules, offeredActions, privateAudience } from "../../whoMayAct.ts";
import { openProbeFromCommand } from "../actions/runProbe.ts";

export const PRIVATE_SECRET_NOTE =
  ":warning: Your text contains what looks like a live credential. Only you can see this reply, but consider rotating it.";

/** The store's key for an ephemeral reply, which has no ts of its own that a button click reports back. */
export const ephemeralReplyTs = (replyId: string) => `e:${replyId}`;

/**
 * Answers text for one person: an ephemeral reply with a button to share it in the channel. A
 * greeting or "help" gets the help, a bare status code what it usually means; a paste is diagnosed.
 * The reply is recorded (a "no confident match" becomes a knowledge gap) under its ephemeral key,
 * and its state saved for its buttons. `notes` (e.g. a file that was skipped) go above the answer.
 */
export async function diagnoseForUser(
  bot: BotContext,
  text: string,
  where: { channel: string; user: string; threadTs?: string },
  notes: readonly string[] = [],
): Promise<RenderedMessage> {
  const intent = readIntent(bot.kb, text);
  if (intent.kind === "greeting") return helpFor(bot, where.user, where.channel, intent.greeting);
  if (intent.kind === "status") return statusForUser(bot, intent, { ...where, text }, ephemeralReplyTs);
  const diagnosis = bot.metrics.timed(() => diagnose(text, bot.kb));
  const replyId = bot.newReplyId();
  const audience = privateAudience(where.channel, where.user);
  const actions = offeredActions(actRules(bot), audience);
  const preface = [
    ...(hasLiveLookingSecret(text) ? [PRIVATE_SECRET_NOTE] : []),
    ...notes.map((n) => `:page_facing_up: ${escapeMrkdwn(n)}`),
  ].join("\n");
  const options: RenderOptions = {
    replyId,
    shareable: diagnosis.matches.length > 0 && actions.share,
    probe: actions.probe,
    escalate: actions.escalate,
    ...(preface ? { preface } : {}),
  };
  const message = renderDiagnosis(diagnosis, options);
  await bot.replies.set(replyId, {
    diagnosis,
    message,
    options,
    where: { ...audience, ...(where.threadTs ? { threadTs: where.threadTs } : {}) },
  });
  await recordReplyQuietly(bot, {
    channel: where.channel,
    messageTs: ephemeralReplyTs(replyId),
    replyTs: ephemeralReplyTs(replyId),
    askedBy: where.user,
    symptoms: diagnosis.matches.map((m) => ({ id: m.id, score: m.score })),
    excerpt: maskSecrets(text),
  });
  // An ephemeral reply cannot carry files: what was too long stays cut, with its note.
  const { files: _cut, ...rest } = message;
  bot.metrics.answered(diagnosis);
  return rest;
}

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
