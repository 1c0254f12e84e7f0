import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { VIEW } from "../../blocks/actionIds.ts";
import type { PasteModalMetadata } from "../../blocks/pasteModal.ts";
import type { RenderedMessage, WebClient } from "../../blocks/slackTypes.ts";
import { diagnoseForUser } from "../../diagnoseForUser.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { isSlackResponseUrl, postToResponseUrl } from "../../postToResponseUrl.ts";
import { ackPasteBox, nothingReadable, readPasteBox } from "../../readPasteBox.ts";

const TS = /^\d{6,}\.\d{1,8}$/;

/**
 * The modal's metadata, or undefined when it is not what pasteModal wrote: not JSON, or a
 * response_url outside the configured Slack origins (nothing is ever posted to such a URL).
 */
function readMetadata(raw: string, origins: readonly string[]): PasteModalMetadata | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const meta = parsed as Partial<PasteModalMetadata> | null;
  if (typeof meta?.responseUrl !== "string" || !isSlackResponseUrl(meta.responseUrl, origins))
    return undefined;
  return {
    responseUrl: meta.responseUrl,
    channel: typeof meta.channel === "string" ? meta.channel : "",
    user: typeof meta.user === "string" ? meta.user : "",
    ...(typeof meta.threadTs === "string" && TS.test(meta.threadTs) ? { threadTs: meta.threadTs } : {}),
  };
}

/** Privately, where the box was opened from: the reply's thread, else the response_url. */
async function answer(
  bot: BotContext,
  client: WebClient,
  meta: PasteModalMetadata,
  user: string,
  message: RenderedMessage | { text: string },
): Promise<void> {
  if (meta.threadTs && meta.channel) {
    await client.chat.postEphemeral({ channel: meta.channel, user, thread_ts: meta.threadTs, ...message });
    return;
  }
  await postToResponseUrl(
    meta.responseUrl,
    { response_type: "ephemeral", ...message },
    bot.config.responseUrlOrigins,
  );
}

/**
 * The paste box's submission: the text, and the attached log files (downloaded like a message's
 * files: files.info, then Slack's hosts only, at most SLACK_FILE_MAX_BYTES each), diagnosed
 * together; a file that could not be read is named above the answer.
 */
export function pasteModalCallback(bot: BotContext) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const box = await ackPasteBox(view, ack);
    if (!box) return;
    const origins = bot.config.responseUrlOrigins;
    const meta = readMetadata(view.private_metadata, origins);
    if (!meta) {
      // No way to answer: the only address the submission carries is unreadable or not Slack's.
      bot.logger.warn(
        { handler: "paste modal", user: body.user.id },
        "paste modal metadata unreadable or its response_url is not Slack's; not answered",
      );
      return;
    }
    const user = meta.user || body.user.id;
    await guard(
      bot,
      "paste modal",
      () => answer(bot, client, meta, user, { text: COULD_NOT_DIAGNOSE }),
      async () => {
        const { whole, problems } = await readPasteBox(bot, client, box);
        if (whole === "") {
          await answer(bot, client, meta, user, {
            text: nothingReadable(problems),
          });
          return;
        }
        const reply = await diagnoseForUser(
          bot,
          whole,
          { channel: meta.channel, user, ...(meta.threadTs ? { threadTs: meta.threadTs } : {}) },
          problems,
        );
        await answer(bot, client, meta, user, reply);
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.view(VIEW.paste, pasteModalCallback(bot));
}
