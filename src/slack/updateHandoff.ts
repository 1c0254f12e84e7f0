import type { Escalation } from "../store/Store.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import type { BotContext } from "./BotContext.ts";
import { type Names, personName } from "./blocks/personName.ts";
import { redrawHandoff } from "./blocks/renderHandoff.ts";
import type { KnownBlock, WebClient } from "./blocks/slackTypes.ts";
import { escapeMrkdwn } from "./escapeMrkdwn.ts";

/** Everyone an escalation names, with their names. */
export function escalationNames(
  bot: BotContext,
  client: WebClient,
  e: Escalation,
): Promise<Map<string, string>> {
  const ids = [e.requestedBy, e.acknowledged?.by, e.resolved?.by].filter(
    (id): id is string => id !== undefined,
  );
  return bot.names.getAll(client, ids);
}

/**
 * Redraws the hand-off in the escalation's current state: its stored content, the probe if this
 * copy still has it, the status and the buttons left. Returns false when there was nothing to redraw.
 */
export async function updateHandoff(
  bot: BotContext,
  client: WebClient,
  e: Escalation,
  names: Names,
): Promise<boolean> {
  const body = e.handoff?.body as KnownBlock[] | undefined;
  if (!e.handoff || !body) {
    bot.logger.warn(
      { channel: e.channel, threadTs: e.threadTs },
      "the hand-off's content is not stored; it is not redrawn",
    );
    return false;
  }
  const message = redrawHandoff(body, {
    key: { channel: e.channel, threadTs: e.threadTs },
    state: e,
    names,
    requestedBy: e.requestedBy,
    probe: bot.probes.get(e.channel, e.threadTs),
  });
  await client.chat.update({
    channel: e.handoff.handoffChannel,
    ts: e.handoff.handoffTs,
    text: message.text,
    blocks: message.blocks,
  });
  return true;
}

/** Says in the requester's thread what support did. It names the support person, never the internal channel. */
export async function tellRequester(client: WebClient, e: Escalation, text: string): Promise<void> {
  await client.chat.postMessage({
    channel: e.channel,
    thread_ts: e.threadTs,
    text,
    unfurl_links: false,
    unfurl_media: false,
  });
}

/**
 * The requester's note on an acknowledgement. Their mention notifies them (that is the point of
 * it); the support person is named in plain text.
 */
export function acknowledgedNote(e: Escalation, names: Names): string {
  const by = e.acknowledged ? personName(names, e.acknowledged.by) : "someone";
  return `<@${e.requestedBy}> ${by} from support has picked this up and will answer here in this thread.`;
}

export function resolvedNote(e: Escalation, names: Names): string {
  const r = e.resolved;
  if (!r) return `<@${e.requestedBy}> support marked this resolved.`;
  return [
    `:white_check_mark: <@${e.requestedBy}> ${personName(names, r.by)} from support marked this resolved.`,
    `*What it was:* ${escapeMrkdwn(maskSecrets(r.cause))}`,
    `*What fixed it:* ${escapeMrkdwn(maskSecrets(r.fix))}`,
    "If it still fails, say so here in this thread.",
  ].join("\n");
}
