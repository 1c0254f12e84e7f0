import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { answerMessage, postInThread } from "../../answerMessage.ts";
import type { BotContext } from "../../BotContext.ts";
import { helpMessage } from "../../blocks/helpBlocks.ts";
import type { WebClient } from "../../blocks/slackTypes.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { slackTextToPlain } from "../../slackTextToPlain.ts";

interface ThreadMessage {
  ts?: string;
  text?: string;
  bot_id?: string;
  user?: string;
  files?: { id: string; name?: string }[];
}

/** The thread up to the mention: the parent and earlier replies from people, oldest first. */
async function readThread(client: WebClient, channel: string, threadTs: string, beforeTs: string) {
  const texts: string[] = [];
  const files: { id: string; name?: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversations.replies({
      channel,
      ts: threadTs,
      latest: beforeTs,
      inclusive: false,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const m of (page.messages ?? []) as ThreadMessage[]) {
      if (m.bot_id || !m.user || m.ts === beforeTs) continue;
      if (m.text) texts.push(slackTextToPlain(m.text));
      if (m.files) files.push(...m.files);
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor && texts.length < 1000);
  return { text: texts.join("\n"), files };
}

export function appMentionCallback(bot: BotContext) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) => {
    if (event.bot_id || !event.user) return;
    if (!(await bot.deduper.firstSeen(`message:${event.channel}:${event.ts}`))) return;
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
            const thread = await readThread(client, event.channel, event.thread_ts, event.ts);
            await answerMessage(
              bot,
              client,
              { channel: event.channel, ts: event.ts, threadTs, text: thread.text, files: thread.files },
              "asked",
            );
            return;
          }
          await postInThread(client, event.channel, threadTs, helpMessage());
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
