import { expect } from "vitest";
import type { KnownBlock } from "../../../src/slack/blocks/slackTypes.ts";
import type { FakeSlack } from "./FakeSlack.ts";
import { eventEnvelope, postEvent, postInteraction } from "./signedRequest.ts";
import { type RunningBot, SIGNING_SECRET } from "./startBot.ts";

const signed = { secret: SIGNING_SECRET };
let seq = 0;

/** A ts no other test uses. */
export function nextTs(): string {
  return `17100${String(++seq).padStart(5, "0")}.000200`;
}

/** Every text of a message's blocks, joined. */
export function blockTexts(blocks: readonly KnownBlock[] | undefined): string {
  const out: string[] = [];
  for (const b of blocks ?? []) {
    if ("text" in b && b.text && typeof b.text === "object") out.push(b.text.text);
    if (b.type === "section" && b.fields) for (const f of b.fields) out.push(f.text);
    if (b.type === "context") for (const e of b.elements) if ("text" in e) out.push(e.text);
  }
  return out.join("\n");
}

/** The buttons of a message, by action id. */
export function buttons(blocks: readonly KnownBlock[] | undefined): Map<string, { value: string }> {
  const out = new Map<string, { value: string }>();
  for (const b of blocks ?? [])
    if (b.type === "actions")
      for (const e of b.elements)
        if (e.type === "button" && e.action_id) out.set(e.action_id, { value: e.value ?? "" });
  return out;
}

export async function sendEvent(
  running: RunningBot,
  event: Record<string, unknown>,
  eventId = `EvX${++seq}`,
) {
  const res = await postEvent(running.eventsUrl, eventEnvelope(event, eventId), signed);
  expect(res.status).toBe(200);
  await running.bot.idle();
  return res;
}

export async function interact(running: RunningBot, payload: Record<string, unknown>) {
  const res = await postInteraction(running.eventsUrl, { team: { id: "T1" }, ...payload }, signed);
  expect(res.status).toBe(200);
  const text = await res.text();
  await running.bot.idle();
  return text === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
}

/** A click on a button of a message the bot posted in a channel thread. */
export function clickPayload(
  fake: FakeSlack,
  o: { user: string; channel: string; replyTs: string; threadTs: string; actionId: string; value: string },
) {
  return {
    type: "block_actions",
    user: { id: o.user },
    channel: { id: o.channel },
    trigger_id: `trig-${++seq}`,
    response_url: fake.responseUrl(`${o.actionId}-${o.user}-${seq}`),
    container: { type: "message", channel_id: o.channel, message_ts: o.replyTs, is_ephemeral: false },
    message: { type: "message", ts: o.replyTs, thread_ts: o.threadTs, text: "reply" },
    actions: [{ type: "button", action_id: o.actionId, block_id: "b", value: o.value }],
  };
}

/** A modal submission with these input values (`{block: value}`; selects as `{block: {selected: v}}`). */
export function submitPayload(
  user: string,
  view: { callback_id: string; private_metadata?: string },
  values: Record<string, string | { selected: string } | undefined>,
) {
  const state: Record<string, Record<string, unknown>> = {};
  for (const [id, v] of Object.entries(values)) {
    if (v === undefined) continue;
    state[id] = {
      [id]:
        typeof v === "string"
          ? { type: "plain_text_input", value: v }
          : {
              type: "static_select",
              selected_option: { text: { type: "plain_text", text: v.selected }, value: v.selected },
            },
    };
  }
  return {
    type: "view_submission",
    user: { id: user },
    trigger_id: `trig-${++seq}`,
    view: {
      id: "V1",
      type: "modal",
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? "",
      state: { values: state },
    },
  };
}
