import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { answerMessage } from "../../answerMessage.ts";
import type { BotContext } from "../../BotContext.ts";
import { helpFor } from "../../blocks/helpBlocks.ts";
import { claimOnce } from "../../claimOnce.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { postInThread } from "../../postInThread.ts";
import { readGreeting } from "../../readIntent.ts";
import { slackTextToPlain } from "../../slackTextToPlain.ts";

/** Subtypes that are a person's new message; edits, deletions, joins and bot posts are not. */
const ANSWERABLE = new Set([undefined, "file_share", "thread_broadcast"]);

interface IncomingMessage {
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  files?: { id: string; name?: string }[];
}

export function messageCallback(bot: BotContext) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs) => {
    const message = event as unknown as IncomingMessage;
    if (!ANSWERABLE.has(message.subtype) || message.bot_id || !message.user) return;
    const isDm = message.channel_type === "im";
    const rawText = message.text ?? "";
    const mention = context.botUserId ? `<@${context.botUserId}>` : undefined;
    if (!isDm) {
      // A mention in a channel is answered by the app_mention listener.
      if (mention && rawText.includes(mention)) return;
      if (!bot.config.diagnoseChannels.includes(message.channel)) return;
    }
    if (!(await claimOnce(bot, `message:${message.channel}:${message.ts}`))) return;
    const threadTs = message.thread_ts ?? message.ts;
    const user = message.user;
    await guard(
      bot,
      isDm ? "direct message" : "channel paste",
      isDm
        ? () =>
            client.chat.postEphemeral({
              channel: message.channel,
              user,
              thread_ts: threadTs,
              text: COULD_NOT_DIAGNOSE,
            })
        : undefined,
      async () => {
        const text = slackTextToPlain(mention ? rawText.replaceAll(mention, "") : rawText);
        const target = { channel: message.channel, ts: message.ts, threadTs, author: user, text };
        // Asked in a DM: a greeting or "help" gets the help (a bare status code: answerMessage).
        const greeting = isDm && !message.files?.length ? readGreeting(text) : undefined;
        if (greeting) {
          await postInThread(
            client,
            message.channel,
            threadTs,
            helpFor(bot, user, message.channel, greeting),
          );
          return;
        }
        await answerMessage(
          bot,
          client,
          { ...target, ...(message.files ? { files: message.files } : {}) },
          isDm ? "asked" : "unasked",
        );
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.event("message", messageCallback(bot));
}
