import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { KnownBlock } from "../../src/slack/blocks/slackTypes.ts";
import { FakeSlack } from "./support/FakeSlack.ts";
import { blockTexts, buttons, clickPayload, interact, nextTs, sendEvent } from "./support/interactions.ts";
import { postCommand } from "./support/signedRequest.ts";
import { type RunningBot, SIGNING_SECRET, startBot } from "./support/startBot.ts";

const NO_ORG_ID =
  'level=error component=remote_write msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';
const fake = new FakeSlack();
let running: RunningBot;

beforeAll(async () => {
  await fake.start();
  fake.users.set("U1", { name: "ana", display_name: "Ana" });
  running = await startBot(fake, {});
});
afterAll(async () => {
  await running.stop();
  await fake.stop();
});
beforeEach(() => fake.reset());

/** A click on a private (ephemeral) reply: Slack sends its response_url and no message. */
function privateClick(actionId: string, value: string, id: string) {
  return {
    type: "block_actions",
    user: { id: "U1" },
    channel: { id: "CHELP" },
    trigger_id: `trig-${id}`,
    response_url: fake.responseUrl(id),
    container: { type: "message", is_ephemeral: true },
    actions: [{ type: "button", action_id: actionId, block_id: "b", value }],
  };
}

describe("Details and Hide details", () => {
  it("redraw a private reply in place through its response_url, and keep 'shared ✓' once shared", async () => {
    const res = await postCommand(
      running.eventsUrl,
      {
        command: "/diagnose",
        text: NO_ORG_ID,
        team_id: "T1",
        channel_id: "CHELP",
        user_id: "U1",
        trigger_id: "trig-0",
        response_url: fake.responseUrl("answer"),
      },
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    await running.bot.idle();
    const card = fake.responses.find((r) => r.id === "answer")?.body.blocks as KnownBlock[];
    const replyId = buttons(card).get("show_details")?.value ?? "";
    expect(buttons(card).has("share_reply")).toBe(true);

    await interact(running, privateClick("show_details", replyId, "details"));
    const details = fake.responses.find((r) => r.id === "details")?.body;
    expect(details?.replace_original).toBe(true);
    expect(blockTexts(details?.blocks as KnownBlock[])).toContain("*Cause*");
    expect(buttons(details?.blocks as KnownBlock[]).has("hide_details")).toBe(true);

    await interact(running, privateClick("share_reply", replyId, "share"));
    await interact(running, privateClick("hide_details", replyId, "hide"));
    const folded = fake.responses.find((r) => r.id === "hide")?.body.blocks as KnownBlock[];
    expect(blockTexts(folded)).not.toContain("*Cause*");
    expect(blockTexts(folded)).toContain("Shared ✓");
    expect(buttons(folded).has("share_reply")).toBe(false);
  });

  it("keep the vote line of a message in a conversation when they redraw it", async () => {
    const ts = nextTs();
    await sendEvent(running, {
      type: "app_mention",
      channel: "CSUP",
      user: "U1",
      text: `<@UBOT> ${NO_ORG_ID}`,
      ts,
    });
    const posted = fake.callsTo("chat.postMessage")[0];
    const replyTs = String(posted?.answer?.ts);
    const blocks = posted?.body.blocks as KnownBlock[];
    const value = buttons(blocks).get("feedback_helpful")?.value ?? "";
    const spot = { user: "U1", channel: "CSUP", replyTs, threadTs: ts };
    await interact(running, clickPayload(fake, { ...spot, actionId: "feedback_helpful", value }));
    const voted = fake.callsTo("chat.update").at(-1)?.body.blocks as KnownBlock[];
    expect(blockTexts(voted)).toContain("Marked helpful by Ana");

    const click = clickPayload(fake, {
      ...spot,
      actionId: "show_details",
      value: buttons(voted).get("show_details")?.value ?? "",
    });
    await interact(running, { ...click, message: { ...click.message, blocks: voted } });
    const expanded = fake.callsTo("chat.update").at(-1)?.body as { ts: string; blocks: KnownBlock[] };
    expect(expanded.ts).toBe(replyTs);
    expect(blockTexts(expanded.blocks)).toContain("*Cause*");
    expect(blockTexts(expanded.blocks)).toContain("Marked helpful by Ana");
  });

  it("say plainly, privately and in the thread, when the reply behind the button is gone", async () => {
    const spot = { user: "U1", channel: "CSUP", replyTs: nextTs(), threadTs: nextTs() };
    await interact(
      running,
      clickPayload(fake, { ...spot, actionId: "show_details", value: "no-such-reply" }),
    );
    const [note] = fake.callsTo("chat.postEphemeral");
    expect(note?.body).toMatchObject({ channel: "CSUP", user: "U1", thread_ts: spot.threadTs });
    expect(String(note?.body.text)).toContain("I no longer have the details");
    expect(fake.responses).toHaveLength(0); // a response_url post would land at the channel's root

    await interact(running, privateClick("show_details", "no-such-reply", "gone"));
    expect(String(fake.responses.find((r) => r.id === "gone")?.body.text)).toContain(
      "I no longer have the details",
    );
  });
});
