import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from "@slack/bolt";
import { diagnose } from "../../../diagnosis/diagnose.ts";
import { hasLiveLookingSecret, maskSecrets } from "../../../vocabulary/maskSecrets.ts";
import { postDiagnosis } from "../../answerMessage.ts";
import type { BotContext } from "../../BotContext.ts";
import { PASTE_BLOCK, PASTE_INPUT, VIEW } from "../../blocks/actionIds.ts";
import { codeBlock } from "../../blocks/formatKbText.ts";
import { readHomePasteMetadata } from "../../blocks/homePasteModal.ts";
import { clampText } from "../../blocks/limits.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";

const ECHO_CHARS = 2500;
export const HOME_SECRET_NOTE =
  ":warning: Your paste contains what looks like a live credential. I masked it here, but consider rotating it.";

/**
 * The paste from the Home tab: echoed (masked) into the person's DM with the bot, and diagnosed in
 * that message's thread, so the reply has a thread to escalate or ask more in, like any DM.
 */
export function homePasteModalCallback(bot: BotContext) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const text = view.state.values[PASTE_BLOCK]?.[PASTE_INPUT]?.value ?? "";
    if (text.trim() === "") {
      await ack({
        response_action: "errors",
        errors: { [PASTE_BLOCK]: "Paste an error, a log or a config." },
      });
      return;
    }
    await ack();
    const user = body.user.id;
    // Posting to a person's id lands in their DM with the bot when the Home did not say which channel it is.
    const channel = readHomePasteMetadata(view.private_metadata).dm ?? user;
    await guard(
      bot,
      "home paste modal",
      () => client.chat.postMessage({ channel, text: COULD_NOT_DIAGNOSE }),
      async () => {
        const masked = maskSecrets(text);
        const echoed = await client.chat.postMessage({
          channel,
          text: clampText(
            `You pasted this on the Home tab (secrets masked):\n${codeBlock(masked)}`,
            ECHO_CHARS,
          ),
          unfurl_links: false,
          unfurl_media: false,
        });
        if (!echoed.ts) throw new Error("chat.postMessage returned no ts for the echoed paste");
        const diagnosis = bot.metrics.timed(() => diagnose(text, bot.kb));
        await postDiagnosis(bot, client, {
          channel: echoed.channel ?? channel,
          messageTs: echoed.ts,
          threadTs: echoed.ts,
          askedBy: user,
          diagnosis,
          excerpt: text,
          ...(hasLiveLookingSecret(text) ? { preface: HOME_SECRET_NOTE } : {}),
        });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.view(VIEW.homePaste, homePasteModalCallback(bot));
}
