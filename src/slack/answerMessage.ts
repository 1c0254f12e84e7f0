import { diagnose } from "../core/diagnose.ts";
import { hasLiveLookingSecret } from "../core/maskSecrets.ts";
import type { BotContext } from "./BotContext.ts";
import { renderDiagnosis } from "./blocks/renderDiagnosis.ts";
import type { RenderedMessage, WebClient } from "./blocks/slackTypes.ts";
import { escapeMrkdwn } from "./escapeMrkdwn.ts";
import { looksLikeError } from "./looksLikeError.ts";
import { readSlackFiles, type SlackFileRef } from "./readSlackFiles.ts";

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

export async function answerMessage(
  bot: BotContext,
  client: WebClient,
  target: MessageTarget,
  manner: Manner,
): Promise<void> {
  const read = target.files?.length
    ? await readSlackFiles(bot, client, target.files)
    : { files: [], problems: [] as string[] };
  const onlyFile = target.text.trim() === "" && read.files.length === 1 ? read.files[0] : undefined;
  const input: string | Uint8Array = onlyFile
    ? onlyFile.bytes
    : [target.text, ...read.files.map((f) => decoder.decode(f.bytes))]
        .filter((t) => t.trim() !== "")
        .join("\n");
  const plain = typeof input === "string" ? input : decoder.decode(input);

  if (target.author && hasLiveLookingSecret(plain)) {
    await client.chat.postEphemeral({
      channel: target.channel,
      user: target.author,
      thread_ts: target.threadTs,
      text: SECRET_WARNING,
    });
  }

  const diagnosis = diagnose(input, bot.kb);
  if (manner === "unasked") {
    if (!looksLikeError(plain)) return;
    const top = diagnosis.matches[0];
    if (!top) return;
    if (top.confidence !== "high") {
      await client.reactions.add({ channel: target.channel, timestamp: target.ts, name: "mag" });
      return;
    }
  }
  const replyId = bot.newReplyId();
  const preface = read.problems.length
    ? read.problems.map((p) => `:page_facing_up: ${escapeMrkdwn(p)}`).join("\n")
    : undefined;
  const message = renderDiagnosis(diagnosis, { replyId, ...(preface ? { preface } : {}) });
  bot.replies.set(replyId, { diagnosis, message });
  await postInThread(client, target.channel, target.threadTs, message);
}

export async function postInThread(
  client: WebClient,
  channel: string,
  threadTs: string,
  message: RenderedMessage,
): Promise<void> {
  await client.chat.postMessage({
    channel,
    thread_ts: threadTs,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}
