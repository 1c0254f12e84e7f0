import { diagnose } from "../diagnosis/diagnose.ts";
import { hasLiveLookingSecret, maskSecrets } from "../vocabulary/maskSecrets.ts";
import { statusForUser } from "./answerStatus.ts";
import type { BotContext } from "./BotContext.ts";
import { helpFor } from "./blocks/helpBlocks.ts";
import { type RenderOptions, renderDiagnosis } from "./blocks/renderDiagnosis.ts";
import type { RenderedMessage } from "./blocks/slackTypes.ts";
import { ephemeralReplyTs } from "./ephemeralReplyTs.ts";
import { escapeMrkdwn } from "./escapeMrkdwn.ts";
import { readIntent } from "./readIntent.ts";
import { recordReplyQuietly } from "./recordReplyQuietly.ts";
import { actRules, offeredActions, privateAudience } from "./whoMayAct.ts";

export const PRIVATE_SECRET_NOTE =
  ":warning: Your text contains what looks like a live credential. Only you can see this reply, but consider rotating it.";

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
