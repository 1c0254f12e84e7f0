import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { answerMessage, answerThread } from "../../answerMessage.ts";
import type { BotContext } from "../../BotContext.ts";
import { helpFor } from "../../blocks/helpBlocks.ts";
import { claimOnce } from "../../claimOnce.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { postInThread } from "../../postInThread.ts";
import { readGreeting } from "../../readIntent.ts";
import { readThread } from "../../readThread.ts";
import { slackTextToPlain } from "../../slackTextToPlain.ts";

export function appMentionCallback(bot: BotContext) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) => {
    if (event.bot_id || !event.user) return;
    if (!(await claimOnce(bot, `message:${event.channel}:${event.ts}`))) return;
    const mention = context.botUserId ? `<@${context.botUserId}>` : /<@[A-Z0-9]+>/g;
    const text = slackTextToPlain(event.text.replaceAll(mention, "")).trim();
    const threadTs = event.thread_ts ?? event.ts;
    const user = event.user;
    const files = (event as { files?: { id: string; name?: string }[] }).files;
    await guard(
      bot,
      "mention",
      () =>
        client.chat.postEphemeral({
          channel: event.channel,
          user,
          thread_ts: threadTs,
          text: COULD_NOT_DIAGNOSE,
        }),
      async () => {
        if (text === "" && !files?.length) {
          if (event.thread_ts && event.thread_ts !== event.ts) {
            const messages = await readThread(client, event.channel, event.thread_ts, event.ts);
            await answerThread(
              bot,
              client,
              { channel: event.channel, ts: event.ts, threadTs, askedBy: user },
              messages,
            );
            return;
          }
          await postInThread(client, event.channel, threadTs, helpFor(bot, user, event.channel));
          return;
        }
        // "@bot hi", "@bot help": the help ("@bot 429" is answered by answerMessage, after the thread).
        const greeting = files?.length ? undefined : readGreeting(text);
        if (greeting) {
          await postInThread(client, event.channel, threadTs, helpFor(bot, user, event.channel, greeting));
          return;
        }
        await answerMessage(
          bot,
          client,
          { channel: event.channel, ts: event.ts, threadTs, author: user, text, ...(files ? { files } : {}) },
          "asked",
        );
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.event("app_mention", appMentionCallback(bot));
}
