import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { entrySchema } from "../../src/knowledge/entrySchema.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import { formatKbText } from "../../src/slack/blocks/formatKbText.ts";
import type { KnownBlock } from "../../src/slack/blocks/slackTypes.ts";
import { draftKnowledgeEntry } from "../../src/store/draftEntry.ts";
import { botPerFile, NO_ORG_ID, REAL_KB, TOKEN } from "./support/botPerFile.ts";
import type { ApiCall } from "./support/FakeSlack.ts";
import {
  blockTexts,
  buttons,
  clickPayload,
  interact,
  nextTs,
  sendEvent,
  submitPayload,
} from "./support/interactions.ts";
import { startBot } from "./support/startBot.ts";

const UNKNOWN =
  'level=error msg="replication stalled" host=pg-primary.internal.acme.corp addr=10.20.30.40:5432';

const suite = botPerFile({ ESCALATION_CHANNEL: "CESC" }, { knowledgeDir: REAL_KB });
const { fake } = suite;
// The workspace's people (users.info), kept across the fake's resets.
for (const [id, name] of [
  ["U1", "Alice Customer"],
  ["U5", "Bob Requester"],
  ["U8", "Carol Support"],
  ["U9", "Dan Support"],
] as const) {
  fake.users.set(id, { name: id.toLowerCase(), real_name: name });
}
let fixOf: (id: string) => string;

beforeAll(async () => {
  const kb = await loadKnowledgeBase(REAL_KB);
  // The first fix step as the knowledge base words it, in mrkdwn.
  fixOf = (id) => formatKbText(kb.byId.get(id)?.entry.fix[0] ?? "(none)");
});

const posts = (channel: string) => fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);
const everything = (call: ApiCall | undefined) =>
  `${String(call?.body.text)}\n${blockTexts(call?.body.blocks as never)}`;

async function mention(text: string, user = "U1") {
  const ts = nextTs();
  await sendEvent(suite.running, { type: "app_mention", channel: "CSUP", user, text: `<@UBOT> ${text}`, ts });
  const reply = fake.callsTo("chat.postMessage").at(-1);
  return { ts, replyTs: String(reply?.answer?.ts), blocks: reply?.body.blocks as KnownBlock[] };
}

async function escalate(
  where: { channel: string; ts: string; replyTs: string; blocks: KnownBlock[] },
  user: string,
) {
  await interact(
    suite.running,
    clickPayload(fake, {
      user,
      channel: where.channel,
      replyTs: where.replyTs,
      threadTs: where.ts,
      actionId: "escalate",
      value: buttons(where.blocks).get("escalate")?.value ?? "",
    }),
  );
}

/** A click on a hand-off's button, in the escalation channel (or wherever `channel` says). */
function clickHandoff(handoff: ApiCall, user: string, actionId: string, channel = "CESC") {
  const ts = String(handoff.answer?.ts);
  const blocks = handoff.body.blocks as KnownBlock[];
  return interact(suite.running, {
    ...clickPayload(fake, {
      user,
      channel,
      replyTs: ts,
      threadTs: ts,
      actionId,
      value: buttons(blocks).get(actionId)?.value ?? "",
    }),
    message: { type: "message", ts, text: handoff.body.text, blocks },
  });
}

describe("escalating a channel thread", () => {
  it("hands off names, summary, proposed fix, evidence and a thread link; the requester is told what happens next", async () => {
    const where = { channel: "CSUP", ...(await mention(`${NO_ORG_ID}\nAuthorization: Bearer ${TOKEN}`)) };
    fake.reset();
    await escalate(where, "U5");

    const [handoff, ...more] = posts("CESC");
    expect(more).toHaveLength(0);
    const text = everything(handoff);
    expect(text).toContain("*Escalation* from *Bob Requester* (pasted by Alice Customer), in <#CSUP>");
    expect(text).toContain(
      `<https://example.slack.com/archives/CSUP/p${where.ts.replace(".", "")}|open the thread>`,
    );
    expect(text).toMatch(/\*Diagnosis:\* Tenant header missing[^\n]*\(likely\)/);
    expect(text).toContain(`*Proposed fix:* ${fixOf("missing-org-id")}\n_Example for Prometheus:_\n\`\`\``);
    expect(text).toMatch(/\*Key evidence\*\n• line 1: `[^`]*no org id/);
    expect(text).toContain("Waiting* for someone in support");
    expect(text).not.toContain("What they pasted"); // support opens the thread instead
    expect(text).not.toContain(TOKEN.slice(4, 20));
    expect(text).not.toMatch(/<@U/); // names, not mentions: nobody is pinged
    expect([...buttons(handoff?.body.blocks as never).keys()]).toEqual([
      "escalation_acknowledge",
      "escalation_resolve",
    ]);

    const told = posts("CSUP");
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toMatchObject({ thread_ts: where.ts });
    expect(String(told[0]?.body.text)).toContain("*What happens next:* someone from support");
    // Support opens the thread; the hand-off carries no paste, and the note does not say it does.
    expect(String(told[0]?.body.text)).toContain("with the diagnosis and a link to this thread.");
    expect(String(told[0]?.body.text)).not.toContain("paste");
    expect(String(told[0]?.body.text)).not.toMatch(/CESC|<#|archives/);

    fake.reset();
    await escalate(where, "U9");
    expect(posts("CESC")).toHaveLength(0);
    const again = fake.callsTo("chat.postEphemeral");
    expect(again).toHaveLength(1);
    expect(again[0]?.body).toMatchObject({ channel: "CSUP", user: "U9", thread_ts: where.ts });
    expect(String(again[0]?.body.text)).toBe(
      "This thread was already escalated by Bob Requester: support has it and will answer in this thread.",
    );
  });

  it("proposes the fix to the requester's own config as its diff", async () => {
    const example = await readFile(
      new URL("../../examples/alloy-config-and-error.txt", import.meta.url),
      "utf8",
    );
    const where = { channel: "CSUP", ...(await mention(example)) };
    fake.reset();
    await escalate(where, "U1");
    const text = everything(posts("CESC")[0]);
    expect(text).toMatch(/\(found in the config\)/);
    expect(text).toContain("_Their config, corrected:_\n```diff\n");
    expect(text).toContain('+      credentials = "&lt;token&gt;"');
  });

  it("names someone Slack cannot look up by id, without a mention", async () => {
    const where = { channel: "CSUP", ...(await mention(NO_ORG_ID, "U404")) };
    fake.reset();
    await escalate(where, "U404");
    const text = everything(posts("CESC")[0]);
    expect(text).toContain("*Escalation* from *user U404*, in <#CSUP>");
    expect(text).not.toContain("<@U404>");
  });
});

describe("escalating a direct message", () => {
  it("carries the masked excerpt itself, since support cannot open the DM, and no link to it", async () => {
    const ts = nextTs();
    await sendEvent(suite.running, {
      type: "message",
      channel: "D1",
      channel_type: "im",
      user: "U1",
      text: `${UNKNOWN}\npassword=hunter2hunter2 token=${TOKEN}`,
      ts,
    });
    const reply = fake.callsTo("chat.postMessage").at(-1);
    const where = {
      channel: "D1",
      ts,
      replyTs: String(reply?.answer?.ts),
      blocks: reply?.body.blocks as KnownBlock[],
    };
    fake.reset();
    await escalate(where, "U1");

    const text = everything(posts("CESC")[0]);
    expect(text).toContain("*Escalation* from *Alice Customer*, from a direct message with the bot");
    expect(text).toContain("*Diagnosis:* no confident match");
    expect(text).toContain("*What they pasted* (secrets masked)");
    expect(text).toContain("host=pg-primary.internal.acme.corp addr=10.20.30.40:5432");
    expect(text).not.toContain("hunter2hunter2");
    expect(text).not.toContain(TOKEN.slice(4, 20));
    expect(text).not.toContain("archives/D1");
    expect(fake.callsTo("chat.getPermalink").filter((c) => c.body.channel === "D1")).toHaveLength(0);
    const told = posts("D1");
    expect(told[0]?.body).toMatchObject({ thread_ts: ts });
    expect(String(told[0]?.body.text)).toContain("What happens next");
    expect(String(told[0]?.body.text)).toContain("with the diagnosis and the paste (secrets masked).");
  });
});

describe("acknowledging and resolving a hand-off", () => {
  it("Acknowledge updates the hand-off and tells the requester; Resolve asks for cause and fix, records a gap kb draft can use", async () => {
    const where = { channel: "CSUP", ...(await mention(UNKNOWN)) };
    fake.reset();
    await escalate(where, "U5");
    const handoff = posts("CESC")[0] as ApiCall;
    const handoffTs = String(handoff.answer?.ts);

    // A click that does not come from the escalation channel changes nothing.
    fake.reset();
    await clickHandoff(handoff, "U1", "escalation_acknowledge", "CSUP");
    expect(fake.callsTo("chat.update")).toHaveLength(0);
    expect(String(fake.responses.at(-1)?.body.text)).toContain("nothing was changed");

    fake.reset();
    await clickHandoff(handoff, "U8", "escalation_acknowledge");
    const [update] = fake.callsTo("chat.update");
    expect(update?.body).toMatchObject({ channel: "CESC", ts: handoffTs });
    const acked = everything(update);
    expect(acked).toContain("*Acknowledged* by Carol Support");
    expect(acked).toContain("*Escalation* from *Bob Requester*"); // the content stays
    expect([...buttons(update?.body.blocks as never).keys()]).toEqual(["escalation_resolve"]);
    const told = posts("CSUP");
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toMatchObject({ thread_ts: where.ts });
    expect(String(told[0]?.body.text)).toBe(
      "<@U5> Carol Support from support has picked this up and will answer here in this thread.",
    );

    fake.reset();
    await clickHandoff(handoff, "U9", "escalation_acknowledge");
    expect(posts("CSUP")).toHaveLength(0);
    expect(String(fake.responses.at(-1)?.body.text)).toBe("Carol Support already acknowledged it.");

    fake.reset();
    await clickHandoff(handoff, "U8", "escalation_resolve");
    const view = fake.callsTo("views.open")[0]?.body.view as {
      callback_id: string;
      private_metadata: string;
    };
    expect(view.callback_id).toBe("escalation_resolve");

    const empty = await interact(
      suite.running,
      submitPayload("U8", view, { resolve_cause: " ", resolve_fix: "x" }),
    );
    expect(empty).toMatchObject({ response_action: "errors", errors: { resolve_cause: expect.any(String) } });
    expect(fake.callsTo("chat.update")).toHaveLength(0);

    await interact(
      suite.running,
      submitPayload("U8", view, {
        resolve_cause: "The replica's WAL volume was full, so replication stalled.",
        resolve_fix: `1. Grow the WAL volume\n2. Rotate the token ${TOKEN} and restart replication`,
      }),
    );
    const resolved = everything(fake.callsTo("chat.update")[0]);
    expect(resolved).toContain("*Resolved* by Carol Support");
    expect(resolved).toContain("*Cause:* The replica's WAL volume was full");
    expect(resolved).toContain("Rotate the token glc_**** and restart");
    expect(resolved).not.toContain(TOKEN.slice(4, 20));
    expect(buttons(fake.callsTo("chat.update")[0]?.body.blocks as never).size).toBe(0);
    const note = String(posts("CSUP")[0]?.body.text);
    expect(posts("CSUP")[0]?.body).toMatchObject({ thread_ts: where.ts });
    expect(note).toContain("<@U5> Carol Support from support marked this resolved.");
    expect(note).toContain("*What it was:* The replica's WAL volume was full");
    expect(note).toContain("*What fixed it:* 1. Grow the WAL volume");
    expect(note).not.toContain(TOKEN.slice(4, 20));
    expect(note).not.toMatch(/CESC|<#/);

    const escalation = await suite.running.store.getEscalation("CSUP", where.ts);
    expect(escalation?.resolved).toMatchObject({ by: "U8" });
    const gapId = escalation?.resolved?.gapId ?? "";
    expect(resolved).toContain(`npm run kb -- draft ${gapId}`);
    const gap = await suite.running.store.getGap(gapId);
    expect(gap?.escalated).toBe(1);
    expect(gap?.sample).toContain("replication stalled");
    const entry = entrySchema.parse(parse(draftKnowledgeEntry(gap as never)));
    expect(entry.cause).toBe("The replica's WAL volume was full, so replication stalled.");
    expect(entry.fix).toEqual(["Grow the WAL volume", "Rotate the token glc_**** and restart replication"]);

    // A stale Resolve button (another copy's hand-off, an old message) says so instead of reopening the form.
    fake.reset();
    await clickHandoff(handoff, "U9", "escalation_resolve");
    expect(fake.callsTo("views.open")).toHaveLength(0);
    expect(String(fake.responses.at(-1)?.body.text)).toBe("It was already resolved by Carol Support.");
  });
});

describe("when Escalate cannot hand off", () => {
  it("tells only the clicker, in the thread they clicked in, when escalation is no longer set up", async () => {
    // The same workspace, restarted without ESCALATION_CHANNEL: an old reply's button is still there.
    const without = await startBot(fake, {}, { knowledgeDir: REAL_KB });
    try {
      const threadTs = nextTs();
      const replyTs = nextTs();
      await interact(
        without,
        clickPayload(fake, {
          user: "U1",
          channel: "CSUP",
          replyTs,
          threadTs,
          actionId: "escalate",
          value: "r",
        }),
      );
      expect(fake.responses).toHaveLength(0); // nothing at the channel's root
      expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
      const [told, ...more] = fake.callsTo("chat.postEphemeral");
      expect(more).toHaveLength(0);
      expect(told?.body).toMatchObject({ channel: "CSUP", user: "U1", thread_ts: threadTs });
      expect(String(told?.body.text)).toContain("Escalation isn't set up in this workspace");
      expect(String(told?.body.text)).not.toMatch(/channel|operator/i);
    } finally {
      await without.stop();
    }
  });

  it("refuses privately, in the thread, an old reply's Escalate clicked in the escalation channel itself", async () => {
    // A reply in CESC carries no Escalate now; one from before (or a moved ESCALATION_CHANNEL) still does.
    const threadTs = nextTs();
    const replyTs = nextTs();
    await interact(
      suite.running,
      clickPayload(fake, {
        user: "U8",
        channel: "CESC",
        replyTs,
        threadTs,
        actionId: "escalate",
        value: "r",
      }),
    );
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(fake.responses).toHaveLength(0);
    const [told, ...more] = fake.callsTo("chat.postEphemeral");
    expect(more).toHaveLength(0);
    expect(told?.body).toMatchObject({ channel: "CESC", user: "U8", thread_ts: threadTs });
    expect(String(told?.body.text)).toContain("where support picks up escalations");
  });

  it("says a copy only the clicker sees has no thread to hand off, in that copy's thread", async () => {
    const threadTs = nextTs();
    await interact(suite.running, {
      type: "block_actions",
      user: { id: "U1" },
      channel: { id: "CSUP" },
      trigger_id: "trig-esc-eph",
      response_url: fake.responseUrl("esc-eph"),
      container: { type: "message", channel_id: "CSUP", is_ephemeral: true, thread_ts: threadTs },
      actions: [{ type: "button", action_id: "escalate", block_id: "b", value: "r" }],
    });
    expect(posts("CESC")).toHaveLength(0);
    expect(fake.responses).toHaveLength(0);
    const [told] = fake.callsTo("chat.postEphemeral");
    expect(told?.body).toMatchObject({ channel: "CSUP", user: "U1", thread_ts: threadTs });
    expect(String(told?.body.text)).toContain("I can't escalate a reply only you can see");
  });
});
