import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { PASTE_BLOCK, PASTE_INPUT, VIEW } from "../../blocks/actionIds.ts";
import type { PasteModalMetadata } from "../../blocks/pasteModal.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { isSlackResponseUrl, postToResponseUrl } from "../../postToResponseUrl.ts";
import { diagnoseForUser } from "../commands/diagnose.ts";

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
  };
}

export function pasteModalCallback(bot: BotContext) {
  return async ({ ack, view, body }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const text = view.state.values[PASTE_BLOCK]?.[PASTE_INPUT]?.value ?? "";
    if (text.trim() === "") {
      await ack({
        response_action: "errors",
        errors: { [PASTE_BLOCK]: "Paste an error, a log or a config." },
      });
      return;
    }
    await ack();
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
    await guard(
      bot,
      "paste modal",
      () =>
        postToResponseUrl(
          meta.responseUrl,
          { response_type: "ephemeral", text: COULD_NOT_DIAGNOSE },
          origins,
        ),
      async () =>
        postToResponseUrl(
          meta.responseUrl,
          {
            response_type: "ephemeral",
            ...(await diagnoseForUser(bot, text, { channel: meta.channel, user: meta.user || body.user.id })),
          },
          origins,
        ),
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.view(VIEW.paste, pasteModalCallback(bot));
}
