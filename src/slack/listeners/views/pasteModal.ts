import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { PASTE_BLOCK, PASTE_INPUT, VIEW } from "../../blocks/actionIds.ts";
import type { PasteModalMetadata } from "../../blocks/pasteModal.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { postToResponseUrl } from "../../postToResponseUrl.ts";
import { diagnoseForUser } from "../commands/diagnose.ts";

export function pasteModalCallback(bot: BotContext) {
  return async ({ ack, view }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const text = view.state.values[PASTE_BLOCK]?.[PASTE_INPUT]?.value ?? "";
    if (text.trim() === "") {
      await ack({
        response_action: "errors",
        errors: { [PASTE_BLOCK]: "Paste an error, a log or a config." },
      });
      return;
    }
    await ack();
    const meta = JSON.parse(view.private_metadata) as PasteModalMetadata;
    await guard(
      bot,
      "paste modal",
      () => postToResponseUrl(meta.responseUrl, { response_type: "ephemeral", text: COULD_NOT_DIAGNOSE }),
      async () =>
        postToResponseUrl(meta.responseUrl, {
          response_type: "ephemeral",
          ...(await diagnoseForUser(bot, text, { channel: meta.channel, user: meta.user })),
        }),
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.view(VIEW.paste, pasteModalCallback(bot));
}
