import { expect } from "vitest";
import type { KnownBlock } from "../../../src/slack/blocks/slackTypes.ts";
import type { FakeSlack } from "./FakeSlack.ts";
import { blockTexts, buttons, interact } from "./interactions.ts";
import { postCommand } from "./signedRequest.ts";
import { type RunningBot, SIGNING_SECRET } from "./startBot.ts";

// A tenant in the paste fills the snippet's placeholder: only the stored diagnosis knows it.
const NO_ORG_ID =
  'level=error component=remote_write tenant=tenant-7 msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';
let seq = 0;

/** `/diagnose TEXT` on `bot`; its private reply's blocks. */
async function privateReply(fake: FakeSlack, bot: RunningBot, text: string): Promise<KnownBlock[]> {
  const id = `rb-cmd-${++seq}`;
  const res = await postCommand(
    bot.eventsUrl,
    {
      command: "/diagnose",
      text,
      team_id: "T1",
      channel_id: "CTWO",
      user_id: "U1",
      trigger_id: `trig-${id}`,
      response_url: fake.responseUrl(id),
      token: "legacy",
    },
    { secret: SIGNING_SECRET },
  );
  expect(res.status).toBe(200);
  await bot.bot.idle();
  const blocks = fake.responses.find((r) => r.id === id)?.body.blocks as KnownBlock[] | undefined;
  expect(blocks, `reply to ${text}`).toBeDefined();
  return blocks ?? [];
}

/** A click on a private copy (Slack reports no message for it, so the reply must come from the store). */
function click(fake: FakeSlack, action: Record<string, unknown>) {
  const id = `rb-click-${++seq}`;
  return {
    id,
    payload: {
      type: "block_actions",
      user: { id: "U1", username: "ana" },
      channel: { id: "CTWO" },
      trigger_id: `trig-${id}`,
      response_url: fake.responseUrl(id),
      container: { type: "message", channel_id: "CTWO", is_ephemeral: true },
      actions: [action],
    },
  };
}

export interface PrivateReplies {
  diagnosed: KnownBlock[];
  status: KnownBlock[];
}

/** Two private replies from `bot`: a diagnosis (with Share and the snippet menu) and a bare status code's answer. */
export async function privateReplies(fake: FakeSlack, bot: RunningBot): Promise<PrivateReplies> {
  return {
    diagnosed: await privateReply(fake, bot, NO_ORG_ID),
    status: await privateReply(fake, bot, "HTTP 401"),
  };
}

/**
 * Acts on replies another process answered (a copy on the same store, or the bot before a
 * restart): Share posts the summary and marks the copy, the snippet menu answers with the
 * paste's own snippet, a status code's client button re-answers in place.
 */
export async function actOnReplies(fake: FakeSlack, bot: RunningBot, replies: PrivateReplies): Promise<void> {
  const { diagnosed, status } = replies;
  const share = click(fake, {
    type: "button",
    action_id: "share_reply",
    block_id: "b",
    value: buttons(diagnosed).get("share_reply")?.value,
  });
  await interact(bot, share.payload);
  const [posted, marked] = fake.responses.filter((r) => r.id === share.id);
  expect(posted?.body.response_type).toBe("in_channel");
  expect(blockTexts(posted?.body.blocks as KnownBlock[])).toContain("Tenant header missing");
  expect(blockTexts(marked?.body.blocks as KnownBlock[])).toContain("Shared ✓");

  // Details (from the store too) redraws the copy with other clients' snippets.
  const details = click(fake, {
    type: "button",
    action_id: "show_details",
    block_id: "b",
    value: buttons(diagnosed).get("show_details")?.value,
  });
  await interact(bot, details.payload);
  const expanded = fake.responses.find((r) => r.id === details.id)?.body.blocks as KnownBlock[] | undefined;
  const select = expanded?.find((b) => b.type === "section" && b.accessory?.type === "static_select");
  if (select?.type !== "section" || select.accessory?.type !== "static_select") throw new Error("no select");
  const curl = select.accessory.options?.find((o) => o.value?.endsWith("|curl"));
  const pick = click(fake, {
    type: "static_select",
    action_id: "snippet_client",
    block_id: select.block_id,
    selected_option: curl,
  });
  await interact(bot, pick.payload);
  // The paste's own snippet: its tenant, not the knowledge base's <tenant-id> placeholder.
  const snippet = String(fake.responses.find((r) => r.id === pick.id)?.body.text);
  expect(snippet).toContain("Corrected config for curl");
  expect(snippet).toContain("tenant-7");

  const choose = click(fake, {
    type: "button",
    action_id: "status_client:prometheus",
    block_id: "b",
    value: buttons(status).get("status_client:prometheus")?.value,
  });
  await interact(bot, choose.payload);
  const replaced = fake.responses.find((r) => r.id === choose.id);
  expect(replaced?.body.replace_original).toBe(true);
  expect(blockTexts(replaced?.body.blocks as KnownBlock[])).toContain("from Prometheus usually means");
}
