import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Diagnosis } from "../../../diagnosis/Diagnosis.ts";
import type { BotContext } from "../../BotContext.ts";
import { ACTION } from "../../blocks/actionIds.ts";
import { type ProbeModalMetadata, type ProbePrefill, probeModal } from "../../blocks/probeModal.ts";
import { COULD_NOT_DIAGNOSE, guard } from "../../guard.ts";
import { mayProbe, probeRefusalText } from "../../liveProbe.ts";
import { clickSpot, replyPrivately } from "../../replyPrivately.ts";

/** What the diagnosis already knows: the host and tenant it saw, the client that printed the log. */
export function prefillFrom(diagnosis: Diagnosis | undefined): ProbePrefill {
  if (!diagnosis) return {};
  const { facts } = diagnosis;
  const host = facts.hosts[0] ?? diagnosis.config?.blocks.flatMap((b) => b.hosts)[0];
  const tenant = facts.tenant ?? diagnosis.config?.blocks.find((b) => b.tenant)?.tenant;
  return {
    ...(host ? { url: /^https?:\/\//i.test(host) ? host : `https://${host}` } : {}),
    ...(tenant ? { tenant } : {}),
    ...(facts.client ? { client: facts.client } : {}),
  };
}

export function runProbeButtonCallback(bot: BotContext) {
  return async ({
    ack,
    action,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const user = body.user.id;
    const channel = body.channel?.id;
    await guard(
      bot,
      "probe button",
      () => respond({ response_type: "ephemeral", replace_original: false, text: COULD_NOT_DIAGNOSE }),
      async () => {
        const spot = clickSpot(body);
        if (!mayProbe(bot, user, channel)) {
          // In the thread the button sits in, saying where probes do run.
          await replyPrivately(client, respond, spot, await probeRefusalText(bot, client, user, channel));
          return;
        }
        const threadTs = spot.ephemeral ? undefined : spot.threadTs;
        const meta: ProbeModalMetadata = {
          user,
          ...(channel ? { channel } : {}),
          ...(threadTs ? { threadTs } : { responseUrl: body.response_url }),
        };
        // The prefill is a convenience: with the store down, the modal still opens, empty.
        const diagnosis = await bot.replies.get(action.value ?? "").then(
          (reply) => reply?.diagnosis,
          () => undefined,
        );
        await client.views.open({
          trigger_id: body.trigger_id,
          view: probeModal(meta, prefillFrom(diagnosis)),
        });
      },
    );
  };
}

export function register(app: App, bot: BotContext): void {
  app.action<BlockButtonAction>(ACTION.probe, runProbeButtonCallback(bot));
}
