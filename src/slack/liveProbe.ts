import { ProbeLimitError } from "../probe/ProbeLimitError.ts";
import { REFUSED_MESSAGE } from "../probe/ProbeRefusedError.ts";
import { runGuardedProbe } from "../probe/runGuardedProbe.ts";
import type { ProbeRequest } from "../probe/types.ts";
import type { Store } from "../store/Store.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import type { BotContext } from "./BotContext.ts";
import type { ProbeModalMetadata } from "./blocks/probeModal.ts";
import { probeChecklistLines, renderProbeChecklist, renderProbeDetail } from "./blocks/renderProbe.ts";
import type { RenderedMessage, WebClient } from "./blocks/slackTypes.ts";
import { describeError } from "./describeError.ts";
import { escapeMrkdwn } from "./escapeMrkdwn.ts";
import { postToResponseUrl } from "./postToResponseUrl.ts";
import { actRules, mayProbe as mayProbeIn, probeRefusal } from "./whoMayAct.ts";

/** The operator's allow-list (whoMayAct): listed users anywhere, anyone in a listed channel. */
export function mayProbe(bot: BotContext, user: string, channel?: string): boolean {
  const allowed = mayProbeIn(actRules(bot), user, channel);
  // Every caller refuses the probe when this says no: the refusal is counted once, here.
  if (!allowed) bot.metrics.probe("not_allowed");
  return allowed;
}

/** The refusal in the person's terms: where probes run, or who runs them (named, never pinged). */
export async function probeRefusalText(
  bot: BotContext,
  client: WebClient,
  user: string,
  channel: string | undefined,
): Promise<string> {
  const { users, channels } = bot.probe.access;
  const names =
    channels.length === 0 && users.length > 0
      ? [...(await bot.names.getAll(client, users.slice(0, 4))).values()].map(escapeMrkdwn)
      : [];
  return probeRefusal(actRules(bot), user, channel, names);
}

/** Sends a message only the person who asked can see, wherever the probe was started from. */
async function tellPrivately(
  responseOrigins: readonly string[],
  client: WebClient,
  meta: ProbeModalMetadata,
  message: RenderedMessage,
) {
  if (meta.channel && meta.threadTs) {
    await client.chat.postEphemeral({
      channel: meta.channel,
      user: meta.user,
      thread_ts: meta.threadTs,
      text: message.text,
      blocks: message.blocks,
    });
  } else if (meta.responseUrl) {
    await postToResponseUrl(
      meta.responseUrl,
      { response_type: "ephemeral", replace_original: false, ...message },
      responseOrigins,
    );
  } else {
    // A global shortcut has no conversation: the answer comes in the app's DM with the person.
    await client.chat.postMessage({
      channel: meta.user,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  }
}

const plainMessage = (text: string): RenderedMessage => ({
  text,
  blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
});

/** The store's key, read once per store: it never changes once made. */
const storedKeys = new WeakMap<Store, Promise<string>>();

/**
 * The token fingerprint's HMAC key: PROBE_FINGERPRINT_KEY when the operator set one, else the
 * store's (made on first use and shared by every copy of the bot), so the audit log's fingerprints
 * stay comparable across restarts and copies. Never the per-process key: that would change on
 * every restart. When the store cannot be read the probe still runs, with the per-process key and
 * a warning (its fingerprint then matches no other run's); the failure is not cached, so the next
 * probe asks the store again.
 */
async function fingerprintKeyOf(bot: BotContext): Promise<string | undefined> {
  const configured = (bot.probe.policy as { fingerprintKey?: unknown }).fingerprintKey;
  if (typeof configured === "string" && configured !== "") return configured;
  let key = storedKeys.get(bot.store);
  if (!key) {
    key = bot.store.probeFingerprintKey().then((bytes) => Buffer.from(bytes).toString("hex"));
    storedKeys.set(bot.store, key);
  }
  try {
    return await key;
  } catch (error) {
    storedKeys.delete(bot.store);
    bot.logger.warn(
      { err: describeError(error) },
      "probe fingerprint key could not be read from the store; this probe's fingerprint uses a per-process key",
    );
    return undefined;
  }
}

/**
 * Runs a live probe after the modal was acked: the checklist in the diagnosis thread (no secret),
 * the full detail privately to the person who asked, an audit line in the log. The token lives only
 * in `request` and goes nowhere but runProbe.
 */
export async function runLiveProbe(
  bot: BotContext,
  client: WebClient,
  meta: ProbeModalMetadata,
  request: ProbeRequest,
): Promise<void> {
  const { policy, gate, lookup, ca } = bot.probe;
  let result: Awaited<ReturnType<typeof runGuardedProbe>>;
  try {
    const key = await fingerprintKeyOf(bot);
    result = await runGuardedProbe(
      { ...request, requestedBy: meta.user },
      {
        ...policy,
        gate,
        ...(lookup ? { lookup } : {}),
        ...(ca ? { ca } : {}),
        audit: (line) => bot.logger.info({ audit: line, channel: meta.channel }, "probe audit"),
      },
      key === undefined ? {} : { fingerprintKey: key },
    );
  } catch (error) {
    if (!(error instanceof ProbeLimitError)) throw error;
    bot.metrics.probe("rate_limited");
    const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    await tellPrivately(
      bot.config.responseUrlOrigins,
      client,
      meta,
      plainMessage(
        error.code === "PROBE_BUSY"
          ? `:hourglass: I'm busy running other probes. Please try again in ${seconds} s.`
          : `:hourglass: You've run several probes in a short while. Please try again in ${seconds} s.`,
      ),
    );
    return;
  }
  bot.metrics.probe(result);
  if (result.refused) {
    await tellPrivately(
      bot.config.responseUrlOrigins,
      client,
      meta,
      plainMessage(`:no_entry: ${REFUSED_MESSAGE}`),
    );
    return;
  }
  // Named, not mentioned: a mention in the thread would ping the person who ran it.
  const runBy = (await bot.names.get(client, meta.user)) ?? `user ${meta.user}`;
  const checklist = renderProbeChecklist(result, bot.kb, runBy);
  const detail = renderProbeDetail(result);
  if (meta.channel && meta.threadTs) {
    await client.chat.postMessage({
      channel: meta.channel,
      thread_ts: meta.threadTs,
      text: checklist.text,
      blocks: checklist.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    bot.probes.set(meta.channel, meta.threadTs, {
      checklist: maskSecrets(`${checklist.text}\n${probeChecklistLines(result, bot.kb)}`),
      requestedBy: meta.user,
      at: new Date(),
    });
    await tellPrivately(bot.config.responseUrlOrigins, client, meta, detail);
    return;
  }
  await tellPrivately(bot.config.responseUrlOrigins, client, meta, {
    text: checklist.text,
    blocks: [...checklist.blocks, { type: "divider" }, ...detail.blocks],
  });
}
