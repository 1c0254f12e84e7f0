import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from "@slack/bolt";
import { diagnose } from "../../../diagnosis/diagnose.ts";
import { hasLiveLookingSecret, maskSecrets } from "../../../vocabulary/maskSecrets.ts";
import { postDiagnosis } from "../../answerMessage.ts";
import { answerStatusInThread } from "../../answerStatus.ts";
import type { BotContext } from "../../BotContext.ts";
import { VIEW } from "../../blocks/actionIds.ts";
import { codeBlock } from "../../blocks/formatKbText.ts";
import { helpFor } from "../../blocks/helpBlocks.ts";
import { readHomePasteMetadata } from "../../blocks/homePasteModal.ts";
import { clampText } from "../../blocks/limits.ts";
import { escapeMrkdwn } from "../../escapeMrkdwn.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { postInThread } from "../../postInThread.ts";
import { readIntent } from "../../readIntent.ts";
import { ackPasteBox, nothingReadable, readPasteBox } from "../../readPasteBox.ts";

const ECHO_CHARS = 2500;
export const HOME_SECRET_NOTE =
  ":warning: Your paste contains what looks like a live credential. I masked it here, but consider rotating it.";

/** Names the attached files the echo stands for (their text is in it too). */
function echoHead(fileNames: readonly string[]): string {
  const files = fileNames.map((n) => `\`${escapeMrkdwn(n)}\``).join(", ");
  return fileNames.length
    ? `You sent this from the Home tab, with ${files} (secrets masked):`
    : "You pasted this on the Home tab (secrets masked):";
}

/**
 * The paste from the Home tab, its text and attached log files: echoed (masked) into the person's DM
 * with the bot, and diagnosed in that message's thread, so the reply has a thread to escalate or ask
 * more in, like any DM. A file that could not be read is named above the answer.
 */
export function homePasteModalCallback(bot: BotContext) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const box = await ackPasteBox(view, ack);
    if (!box) return;
    const user = body.user.id;
    // Posting to a person's id lands in their DM with the bot when the Home did not say which channel it is.
    const channel = readHomePasteMetadata(view.private_metadata).dm ?? user;
    await guard(
      bot,
      "home paste modal",
      () => client.chat.postMessage({ channel, text: COULD_NOT_DIAGNOSE }),
      async () => {
        const { whole, fileNames, problems } = await readPasteBox(bot, client, box);
        const unread = problems.map((p) => `:page_facing_up: ${escapeMrkdwn(p)}`);
        if (whole === "") {
          await client.chat.postMessage({
            channel,
            text: nothingReadable(problems),
          });
          return;
        }
        const echoed = await client.chat.postMessage({
          channel,
          text: clampText(`${echoHead(fileNames)}\n${codeBlock(maskSecrets(whole))}`, ECHO_CHARS),
          unfurl_links: false,
          unfurl_media: false,
        });
        if (!echoed.ts) throw new Error("chat.postMessage returned no ts for the echoed paste");
        const dm = echoed.channel ?? channel;
        // Typed, not attached, like a DM or the /diagnose box: "help" gets the help, a bare status
        // code what it usually means; only the rest is diagnosed (and a no-match is a knowledge gap).
        const intent = readIntent(bot.kb, whole, box.files.length > 0);
        if (intent.kind === "greeting") {
          await postInThread(client, dm, echoed.ts, helpFor(bot, user, dm, intent.greeting));
          return;
        }
        if (intent.kind === "status") {
          const target = { channel: dm, ts: echoed.ts, threadTs: echoed.ts, author: user, text: whole };
          await answerStatusInThread(bot, client, target, intent);
          return;
        }
        const diagnosis = bot.metrics.timed(() => diagnose(whole, bot.kb));
        const preface = [...(hasLiveLookingSecret(whole) ? [HOME_SECRET_NOTE] : []), ...unread].join("\n");
        await postDiagnosis(bot, client, {
          channel: dm,
          messageTs: echoed.ts,
          threadTs: echoed.ts,
          askedBy: user,
          diagnosis,
          excerpt: whole,
          ...(preface ? { preface } : {}),
        });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.view(VIEW.homePaste, homePasteModalCallback(bot));
}
