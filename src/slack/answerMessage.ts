import type { Diagnosis, DiagnosisMatch } from "../diagnosis/Diagnosis.ts";
import { diagnose } from "../diagnosis/diagnose.ts";
import { diagnoseThread } from "../diagnosis/diagnoseThread.ts";
import { hasLiveLookingSecret, maskSecrets } from "../vocabulary/maskSecrets.ts";
import { answerStatusInThread } from "./answerStatus.ts";
import type { BotContext } from "./BotContext.ts";
import { type RenderOptions, renderDiagnosis } from "./blocks/renderDiagnosis.ts";
import type { WebClient } from "./blocks/slackTypes.ts";
import { describeError } from "./describeError.ts";
import { escapeMrkdwn } from "./escapeMrkdwn.ts";
import { looksLikeError } from "./looksLikeError.ts";
import { postInThread } from "./postInThread.ts";
import { readIntent } from "./readIntent.ts";
import { readSlackFiles, type SlackFileRef } from "./readSlackFiles.ts";
import { readThread, type ThreadMessage } from "./readThread.ts";
import { recordReplyQuietly } from "./recordReplyQuietly.ts";
import { uploadFiles } from "./uploadFiles.ts";
import { actRules, offerEscalate, offerProbe, threadAudience } from "./whoMayAct.ts";

/** A message to answer, in the thread it belongs to. */
export interface MessageTarget {
  channel: string;
  ts: string;
  /** The thread to answer in: the message's thread, or the message itself. */
  threadTs: string;
  /** The author, who gets the secret warning. */
  author?: string;
  /** Plain text (already decoded from Slack's formatting). */
  text: string;
  files?: readonly SlackFileRef[];
}

/**
 * "asked": someone wants an answer (DM, mention, shortcut) and always gets one.
 * "unasked": a paste in a listed channel; answered only when it reads like an error and the match is
 * confident, otherwise at most a reaction.
 */
export type Manner = "asked" | "unasked";

export const SECRET_WARNING =
  ":warning: Your message contains what looks like a live credential (a token or an Authorization header). Please delete the message and rotate that credential: anyone in the conversation can read it. I never repeat it.";

const decoder = new TextDecoder("utf-8");
/** Thread messages read for a whole-thread diagnosis, and files downloaded across them. */
const MAX_THREAD_MESSAGES = 100;
const MAX_THREAD_FILES = 6;

async function readInput(bot: BotContext, client: WebClient, text: string, refs?: readonly SlackFileRef[]) {
  const read = refs?.length
    ? await readSlackFiles(bot, client, refs)
    : { files: [], problems: [] as string[] };
  const onlyFile = text.trim() === "" && read.files.length === 1 ? read.files[0] : undefined;
  const input: string | Uint8Array = onlyFile
    ? onlyFile.bytes
    : [text, ...read.files.map((f) => decoder.decode(f.bytes))].filter((t) => t.trim() !== "").join("\n");
  const plain = typeof input === "string" ? input : decoder.decode(input);
  return { input, plain, problems: read.problems };
}

export async function answerMessage(
  bot: BotContext,
  client: WebClient,
  target: MessageTarget,
  manner: Manner,
): Promise<void> {
  const { input, plain, problems } = await readInput(bot, client, target.text, target.files);

  if (target.author && hasLiveLookingSecret(plain)) {
    await client.chat.postEphemeral({
      channel: target.channel,
      user: target.author,
      thread_ts: target.threadTs,
      text: SECRET_WARNING,
    });
  }

  // Listening unasked, the bot answers only when sure; a person who asked gets the best answer there is.
  const diagnosis = bot.metrics.timed(() =>
    diagnose(input, bot.kb, { mode: manner === "unasked" ? "passive" : "direct" }),
  );
  if (manner === "unasked") {
    if (!looksLikeError(plain)) {
      bot.metrics.passive("not_an_error");
      return;
    }
    const top = diagnosis.matches[0];
    if (top?.confidence !== "high") {
      bot.metrics.passive(top ? "reacted" : "quiet");
      // Stays quiet, but the paste it could not place is a knowledge gap all the same.
      await recordGapQuietly(bot, { text: plain, channel: target.channel, messageTs: target.ts, top });
      if (top) await client.reactions.add({ channel: target.channel, timestamp: target.ts, name: "mag" });
      return;
    }
    bot.metrics.passive("answered");
  } else if (target.threadTs !== target.ts && diagnosis.matches[0]?.confidence !== "high") {
    // A follow-up ("it's Prometheus remote_write to xscaler") means something only beside what it follows.
    if (await answerFollowUp(bot, client, target, { input, plain, problems, diagnosis })) return;
  }
  // A bare status code that nothing placed (nor the thread around it): what it usually means (answerStatus).
  if (manner === "asked" && !target.files?.length) {
    const intent = readIntent(bot.kb, plain);
    if (intent.kind === "status") {
      await answerStatusInThread(bot, client, { ...target, text: plain }, intent);
      return;
    }
  }
  const preface = problems.length
    ? problems.map((p) => `:page_facing_up: ${escapeMrkdwn(p)}`).join("\n")
    : undefined;
  await postDiagnosis(bot, client, {
    channel: target.channel,
    messageTs: target.ts,
    threadTs: target.threadTs,
    ...(target.author ? { askedBy: target.author } : {}),
    diagnosis,
    excerpt: plain,
    ...(preface ? { preface } : {}),
  });
}

/**
 * Answers a reply in a thread read together with the thread's earlier messages, when that says more
 * than the reply alone (a better match, or one where it had none). Returns false to answer it alone.
 */
async function answerFollowUp(
  bot: BotContext,
  client: WebClient,
  target: MessageTarget,
  now: { input: string | Uint8Array; plain: string; problems: readonly string[]; diagnosis: Diagnosis },
): Promise<boolean> {
  let earlier: ThreadMessage[];
  try {
    earlier = await readThread(client, target.channel, target.threadTs, target.ts);
  } catch (error) {
    // Without the history (no permission, an old thread) the message is still answered on its own.
    bot.logger.warn({ err: describeError(error), channel: target.channel }, "could not read the thread");
    return false;
  }
  if (earlier.length === 0) return false;
  // The newest earlier messages, so the follow-up itself always fits; its files were read already.
  const before = await readMessages(bot, client, earlier.slice(-(MAX_THREAD_MESSAGES - 1)));
  const texts = [...before.texts, now.plain];
  const together = bot.metrics.timed(() => diagnoseThread([...before.inputs, now.input], bot.kb));
  if ((together.matches[0]?.score ?? 0) <= (now.diagnosis.matches[0]?.score ?? 0)) return false;
  const n = before.texts.length;
  const head = `:thread: I read your message with the ${n} earlier message${n === 1 ? "" : "s"} of this thread.`;
  const problems = [...before.problems, ...now.problems];
  await postDiagnosis(bot, client, {
    channel: target.channel,
    messageTs: target.ts,
    threadTs: target.threadTs,
    ...(target.author ? { askedBy: target.author } : {}),
    diagnosis: together,
    excerpt: texts.join("\n\n"),
    preface: [head, ...problems.map((p) => `:page_facing_up: ${escapeMrkdwn(p)}`)].join("\n"),
  });
  return true;
}

async function recordGapQuietly(
  bot: BotContext,
  gap: { text: string; channel: string; messageTs: string; top: DiagnosisMatch | undefined },
): Promise<void> {
  if (gap.top) return; // a low-confidence guess is not "no match"; it only gets the reaction
  try {
    await bot.store.recordGap({
      source: "no-match",
      text: gap.text,
      channel: gap.channel,
      messageTs: gap.messageTs,
    });
  } catch (error) {
    bot.logger.error({ err: describeError(error), channel: gap.channel }, "could not record a knowledge gap");
  }
}

export interface DiagnosisPost {
  channel: string;
  messageTs: string;
  threadTs: string;
  askedBy?: string;
  diagnosis: Diagnosis;
  /** The text that was diagnosed; masked before it is stored. */
  excerpt: string;
  preface?: string;
  origins?: Record<string, string>;
}

/**
 * Posts a diagnosis in its thread, records the reply in the store (a reply with no match becomes a
 * knowledge gap), and uploads what was too long for the message beside it.
 */
export async function postDiagnosis(bot: BotContext, client: WebClient, post: DiagnosisPost): Promise<void> {
  const replyId = bot.newReplyId();
  // Who sees the reply decides which actions it offers (whoMayAct); a no-match offers them as next steps.
  const audience = threadAudience(post.channel, post.askedBy);
  const options: RenderOptions = {
    replyId,
    probe: offerProbe(actRules(bot), audience),
    escalate: offerEscalate(actRules(bot), audience),
    ...(post.preface ? { preface: post.preface } : {}),
    ...(post.origins ? { origins: post.origins } : {}),
  };
  const message = renderDiagnosis(post.diagnosis, options);
  await bot.replies.set(replyId, {
    diagnosis: post.diagnosis,
    message,
    options,
    where: { ...audience, threadTs: post.threadTs },
  });
  const replyTs = await postInThread(client, post.channel, post.threadTs, message);
  bot.metrics.answered(post.diagnosis);
  if (replyTs)
    await recordReplyQuietly(bot, {
      channel: post.channel,
      messageTs: post.messageTs,
      replyTs,
      threadTs: post.threadTs,
      ...(post.askedBy ? { askedBy: post.askedBy } : {}),
      symptoms: post.diagnosis.matches.map((m) => ({ id: m.id, score: m.score })),
      excerpt: maskSecrets(post.excerpt),
    });
  if (message.files?.length) await uploadFiles(bot, client, post.channel, post.threadTs, message.files);
}

/**
 * Diagnoses a whole thread (the core's diagnoseThread): each problem listed once, at its best
 * sighting, with a link to the message it came from.
 */
export async function answerThread(
  bot: BotContext,
  client: WebClient,
  target: { channel: string; ts: string; threadTs: string; askedBy?: string },
  messages: readonly ThreadMessage[],
): Promise<void> {
  const { read, texts, problems, inputs } = await readMessages(bot, client, messages);
  const diagnosis = bot.metrics.timed(() => diagnoseThread(inputs, bot.kb));
  const origins: Record<string, string> = {};
  for (const m of diagnosis.matches.filter((x) => x.distinct).slice(0, 3)) {
    const from = m.fromMessage === undefined ? undefined : read[m.fromMessage];
    if (from) origins[m.id] = await originLine(client, target.channel, from);
  }
  const found = diagnosis.matches.filter((m) => m.distinct).length;
  const head = `:thread: I read *${texts.length} message${texts.length === 1 ? "" : "s"}* in this thread${found > 0 ? ` and found ${found} problem${found === 1 ? "" : "s"}` : ""}.`;
  const preface = [head, ...problems.map((p) => `:page_facing_up: ${escapeMrkdwn(p)}`)].join("\n");
  await postDiagnosis(bot, client, {
    channel: target.channel,
    messageTs: target.ts,
    threadTs: target.threadTs,
    ...(target.askedBy ? { askedBy: target.askedBy } : {}),
    diagnosis,
    excerpt: texts.join("\n\n"),
    preface,
    origins,
  });
}

/** The thread's messages with their files read, in order; messages with nothing to read are left out. */
async function readMessages(bot: BotContext, client: WebClient, messages: readonly ThreadMessage[]) {
  const read: ThreadMessage[] = [];
  const inputs: (string | Uint8Array)[] = [];
  const texts: string[] = [];
  const problems: string[] = [];
  let filesLeft = MAX_THREAD_FILES;
  for (const m of messages.slice(0, MAX_THREAD_MESSAGES)) {
    const refs = m.files?.slice(0, Math.max(0, filesLeft));
    filesLeft -= refs?.length ?? 0;
    const one = await readInput(bot, client, m.text, refs);
    problems.push(...one.problems);
    if (one.plain.trim() === "") continue;
    read.push(m);
    inputs.push(one.input);
    texts.push(one.plain);
  }
  return { read, inputs, texts, problems };
}

/** Where a problem was seen: a link to the message, without pinging its author. */
async function originLine(client: WebClient, channel: string, from: ThreadMessage): Promise<string> {
  try {
    const { permalink } = await client.chat.getPermalink({ channel, message_ts: from.ts });
    if (permalink) return `<${permalink}|seen in this message>`;
  } catch {
    // The link is a courtesy; without it the reply still says the problem came from the thread.
  }
  return "seen in an earlier message";
}
