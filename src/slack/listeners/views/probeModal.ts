import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from "@slack/bolt";
import { CLIENT_IDS, type ClientId } from "../../../vocabulary/clients.ts";
import type { BotContext } from "../../BotContext.ts";
import { PROBE_FIELD, VIEW } from "../../blocks/actionIds.ts";
import { noticeModal, readProbeModalMetadata } from "../../blocks/probeModal.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { mayProbe, probeRefusalText, runLiveProbe } from "../../liveProbe.ts";

export function probeModalCallback(bot: BotContext) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const values = view.state.values;
    const url = values[PROBE_FIELD.url]?.[PROBE_FIELD.url]?.value?.trim() ?? "";
    const tenant = values[PROBE_FIELD.tenant]?.[PROBE_FIELD.tenant]?.value?.trim() ?? "";
    // Read from the submission and handed straight to the probe: never stored, logged or echoed.
    const token = values[PROBE_FIELD.token]?.[PROBE_FIELD.token]?.value ?? "";
    const client_ = values[PROBE_FIELD.client]?.[PROBE_FIELD.client]?.selected_option?.value;
    if (url === "") {
      await ack({
        response_action: "errors",
        errors: { [PROBE_FIELD.url]: "Enter the endpoint URL to probe." },
      });
      return;
    }
    // The submitter is who counts, whatever the metadata says; metadata that does not parse is not an error.
    const meta = readProbeModalMetadata(view.private_metadata, body.user.id);
    if (!mayProbe(bot, meta.user, meta.channel)) {
      const refusal = await probeRefusalText(bot, client, meta.user, meta.channel);
      await ack({ response_action: "update", view: noticeModal("Live probe", refusal) });
      return;
    }
    await ack();
    const client0 =
      client_ && (CLIENT_IDS as readonly string[]).includes(client_) ? (client_ as ClientId) : undefined;
    await guard(
      bot,
      "live probe",
      () =>
        meta.channel
          ? client.chat.postEphemeral({
              channel: meta.channel,
              user: meta.user,
              ...(meta.threadTs ? { thread_ts: meta.threadTs } : {}),
              text: COULD_NOT_DIAGNOSE.replace("diagnose this", "run the probe"),
            })
          : client.chat.postMessage({
              channel: meta.user,
              text: COULD_NOT_DIAGNOSE.replace("diagnose this", "run the probe"),
            }),
      () =>
        runLiveProbe(bot, client, meta, {
          url,
          ...(tenant ? { tenantId: tenant } : {}),
          ...(token !== "" ? { token } : {}),
          ...(client0 ? { client: client0 } : {}),
        }),
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.view(VIEW.probe, probeModalCallback(bot));
}
