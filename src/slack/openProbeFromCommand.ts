import type { SlashCommand } from "@slack/bolt";
import type { BotContext } from "./BotContext.ts";
import { noticeModal, probeModal } from "./blocks/probeModal.ts";
import type { WebClient } from "./blocks/slackTypes.ts";
import { mayProbe, probeRefusalText } from "./liveProbe.ts";

/** `/diagnose probe`: the modal, or the polite refusal, after the command was acked. */
export async function openProbeFromCommand(bot: BotContext, client: WebClient, command: SlashCommand) {
  if (!mayProbe(bot, command.user_id, command.channel_id)) {
    await client.views.open({
      trigger_id: command.trigger_id,
      view: noticeModal(
        "Live probe",
        await probeRefusalText(bot, client, command.user_id, command.channel_id),
      ),
    });
    return;
  }
  await client.views.open({
    trigger_id: command.trigger_id,
    view: probeModal({
      user: command.user_id,
      channel: command.channel_id,
      responseUrl: command.response_url,
    }),
  });
}
