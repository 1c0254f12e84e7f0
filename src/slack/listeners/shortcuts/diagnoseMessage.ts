import type { AllMiddlewareArgs, App, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { answerMessage, answerThread } from "../../answerMessage.ts";
import type { BotContext } from "../../BotContext.ts";
import { SHORTCUT } from "../../blocks/actionIds.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { readThread } from "../../readThread.ts";
import { slackTextToPlain } from "../../slackTextToPlain.ts";

const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found"]);

export function diagnoseMessageCallback(bot: BotContext) {
  return async ({
    shortcut,
    ack,
    respond,
    client,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs) => {
    await ack();
    const message = shortcut.message as MessageShortcut["message"] & {
      thread_ts?: string;
      reply_count?: number;
      user?: string;
      files?: { id: string; name?: string }[];
    };
    await guard(
      bot,
      "message shortcut",
      () => respond({ response_type: "ephemeral", replace_original: false, text: COULD_NOT_DIAGNOSE }),
      async () => {
        try {
          // On a thread's parent, the shortcut diagnoses the whole thread (support escalation threads).
          if ((message.reply_count ?? 0) > 0 && (!message.thread_ts || message.thread_ts === message.ts)) {
            const messages = await readThread(client, shortcut.channel.id, message.ts);
            await answerThread(
              bot,
              client,
              {
                channel: shortcut.channel.id,
                ts: message.ts,
                threadTs: message.ts,
                askedBy: shortcut.user.id,
              },
              messages,
            );
            return;
          }
          await answerMessage(
            bot,
            client,
            {
              channel: shortcut.channel.id,
              ts: message.ts,
              threadTs: message.thread_ts ?? message.ts,
              ...(message.user ? { author: message.user } : {}),
              text: slackTextToPlain(message.text ?? ""),
              ...(message.files ? { files: message.files } : {}),
            },
            "asked",
          );
        } catch (error) {
          const code = (error as { data?: { error?: string } }).data?.error;
          if (!code || !NOT_A_MEMBER.has(code)) throw error;
          await respond({
            response_type: "ephemeral",
            replace_original: false,
            text: "I can't post in this conversation yet: invite me first (`/invite @Telemetry Doctor`), then try again.",
          });
        }
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUT.diagnoseMessage, type: "message_action" },
    diagnoseMessageCallback(bot),
  );
}
