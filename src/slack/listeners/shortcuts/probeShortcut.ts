import type { AllMiddlewareArgs, App, GlobalShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import type { BotContext } from "../../BotContext.ts";
import { SHORTCUT } from "../../blocks/actionIds.ts";
import { noticeModal, probeModal } from "../../blocks/probeModal.ts";
import { guard } from "../../guard.ts";
import { mayProbe, probeRefusalText } from "../../liveProbe.ts";

/** The "Run a live probe" global shortcut: no conversation, so only the user allow-list applies. */
export function probeShortcutCallback(bot: BotContext) {
  return async ({
    shortcut,
    ack,
    client,
  }: SlackShortcutMiddlewareArgs<GlobalShortcut> & AllMiddlewareArgs) => {
    await ack();
    const user = shortcut.user.id;
    await guard(bot, "probe shortcut", undefined, async () => {
      const view = mayProbe(bot, user)
        ? probeModal({ user })
        : noticeModal("Live probe", await probeRefusalText(bot, client, user, undefined));
      await client.views.open({ trigger_id: shortcut.trigger_id, view });
    });
  };
}

export function register(app: App, bot: BotContext): void {
  app.shortcut<GlobalShortcut>({ callback_id: SHORTCUT.probe, type: "shortcut" }, probeShortcutCallback(bot));
}
