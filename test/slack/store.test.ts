import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { botPerFile, NO_ORG_ID, REAL_KB } from "./support/botPerFile.ts";
import {
  blockTexts,
  buttons,
  clickPayload,
  interact,
  nextTs,
  sendEvent,
  submitPayload,
} from "./support/interactions.ts";

const UNAUTHORIZED =
  'ts=2024-05-01T10:05:00Z caller=dedupe.go:112 component=remote level=error remote_name=xs url=https://euw1-01.m.xscalerlabs.com/api/v1/push msg="non-recoverable error" err="server returned HTTP status 401 Unauthorized: invalid token"';
const UNKNOWN = 'level=error msg="flux capacitor desynchronised on node-17 after 3 retries"';

const suite = botPerFile(
  { ESCALATION_CHANNEL: "CESC", PROBE_ALLOWED_CHANNELS: "CSUP" },
  { knowledgeDir: REAL_KB },
);
const { fake } = suite;

/** A mention with a paste in a channel; the bot's reply and its ts. */
async function mention(text: string, channel = "CSUP", user = "U1") {
  const ts = nextTs();
  await sendEvent(suite.running, { type: "app_mention", channel, user, text: `<@UBOT> ${text}`, ts });
  const reply = fake.callsTo("chat.postMessage").at(-1);
  return { ts, replyTs: String(reply?.answer?.ts), blocks: reply?.body.blocks as never, reply };
}

describe("replies, config findings and whole threads", () => {
  it("records the reply and shows each config finding with its line and a diff", async () => {
    const example = await readFile(
      new URL("../../examples/alloy-config-and-error.txt", import.meta.url),
      "utf8",
    );
    const { ts, replyTs, blocks } = await mention(example);
    const text = blockTexts(blocks);
    // One checklist of what the config gets wrong, each with its line, and one diff with both fixes.
    expect(text).toContain("*To fix (2)*");
    expect(text).toMatch(/1\. Alloy adds "Bearer " itself.*_found in your config, line 14_/);
    expect(text).toMatch(/2\. No X-Scope-OrgID header.*_found in your config, line 10_/);
    expect(text).toContain("```diff\n");
    expect(text.match(/```diff/g)).toHaveLength(1);
    expect(text).toContain('-      credentials = "Bearer &lt;token&gt;"');
    expect(text).toContain('+      credentials = "&lt;token&gt;"');
    expect(text).toContain('+      "X-Scope-OrgID" = "&lt;tenant-id&gt;",');
    expect(text).not.toMatch(/\d+%/);
    expect([...buttons(blocks).keys()]).toEqual([
      "show_details",
      "run_probe",
      "feedback_helpful",
      "feedback_not_helpful",
      "escalate",
    ]);
    const stored = await suite.running.store.getReply("CSUP", replyTs);
    expect(stored).toMatchObject({ messageTs: ts, threadTs: ts, askedBy: "U1" });
    expect(stored?.symptoms.map((s) => s.id)).toContain("missing-org-id");
  });

  it("cuts a long diff with a note and uploads it and the corrected config into the thread", async () => {
    const example = await readFile(
      new URL("../../examples/alloy-config-and-error.txt", import.meta.url),
      "utf8",
    );
    const long = example.replace("    authorization {", `    // ${"note ".repeat(400)}\n    authorization {`);
    const { ts, blocks } = await mention(long);
    expect(blockTexts(blocks)).toContain("The whole diff and the corrected config are attached as files.");
    const [complete] = fake.callsTo("files.completeUploadExternal");
    expect(complete?.body).toMatchObject({ channel_id: "CSUP", thread_ts: ts });
    const uploaded = [...fake.uploads.values()];
    expect(uploaded).toHaveLength(2);
    expect(uploaded.find((u) => u.includes("+++ "))).toContain('+      credentials = "<token>"');
    expect(uploaded.some((u) => u.includes('prometheus.remote_write "default"'))).toBe(true);
  });

  it("a bare mention in a thread diagnoses the whole thread: each problem once, with its message", async () => {
    const parent = nextTs();
    fake.threads.set(parent, [
      { ts: parent, user: "U1", text: NO_ORG_ID },
      { ts: `${parent}1`, user: "U2", text: `and now after adding the header:\n${UNAUTHORIZED}` },
      { ts: `${parent}2`, user: "U3", text: `same here ${NO_ORG_ID}` },
      { ts: `${parent}3`, bot_id: "BBOT", user: "UBOT", text: "an earlier bot reply" },
    ]);
    const ts = nextTs();
    await sendEvent(suite.running, {
      type: "app_mention",
      channel: "CSUP",
      user: "U4",
      text: "<@UBOT>",
      ts,
      thread_ts: parent,
    });
    const [reply, ...rest] = fake.callsTo("chat.postMessage");
    expect(rest).toHaveLength(0);
    expect(reply?.body).toMatchObject({ channel: "CSUP", thread_ts: parent });
    const text = blockTexts(reply?.body.blocks as never);
    expect(text).toContain("I read *3 messages* in this thread and found 2 problems");
    expect(text.match(/Tenant header missing/g)).toHaveLength(1);
    expect(text).toContain("401 Unauthorized: Authorization header missing");
    // Each problem links to the message it was seen in, and no one is pinged.
    expect(text).toContain(
      `<https://example.slack.com/archives/CSUP/p${parent.replace(".", "")}|seen in this message>`,
    );
    expect(text).toContain(
      `<https://example.slack.com/archives/CSUP/p${`${parent}1`.replace(".", "")}|seen in this message>`,
    );
    expect(text).not.toMatch(/<@U\d>/);
    expect(text).not.toContain("an earlier bot reply");
  });
});

describe("feedback", () => {
  it("one vote per person per reply: a second click changes it; Not helpful asks what it really was", async () => {
    const { ts, replyTs, blocks } = await mention(NO_ORG_ID);
    const value = buttons(blocks).get("feedback_helpful")?.value ?? "";
    const click = (actionId: string) =>
      interact(
        suite.running,
        clickPayload(fake, { user: "U7", channel: "CSUP", replyTs, threadTs: ts, actionId, value }),
      );

    // The thanks comes privately in the reply's thread.
    const thanks = () => fake.callsTo("chat.postEphemeral").at(-1)?.body;
    await click("feedback_helpful");
    expect(thanks()).toMatchObject({ text: "Thanks, glad it helped.", thread_ts: ts });
    await click("feedback_helpful");
    expect(thanks()?.text).toContain("already said it helped");
    expect(await suite.running.store.getFeedback("CSUP", replyTs)).toMatchObject({
      helpful: 1,
      notHelpful: 0,
    });

    await click("feedback_not_helpful");
    expect(await suite.running.store.getFeedback("CSUP", replyTs)).toMatchObject({
      helpful: 0,
      notHelpful: 1,
    });
    const view = fake.callsTo("views.open").at(-1)?.body.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { element?: { options?: { text: { text: string }; value: string }[] } }[];
    };
    expect(view.callback_id).toBe("feedback_not_helpful");
    const options = view.blocks.flatMap((b) => b.element?.options ?? []);
    expect(options.length).toBeGreaterThanOrEqual(16);
    expect(options).toContainEqual({
      text: {
        type: "plain_text",
        text: "401 Unauthorized: Authorization header missing, invalid or malformed",
      },
      value: "unauthorized-401",
    });

    await interact(
      suite.running,
      submitPayload("U7", view, {
        feedback_symptom: { selected: "unauthorized-401" },
        feedback_note: "the tenant was fine, the token was for another stack",
      }),
    );
    const feedback = await suite.running.store.getFeedback("CSUP", replyTs);
    expect(feedback.votes).toEqual([
      expect.objectContaining({
        userId: "U7",
        helpful: false,
        symptomId: "unauthorized-401",
        note: "the tenant was fine, the token was for another stack",
      }),
    ]);
    const gaps = await suite.running.store.listGaps();
    expect(
      gaps.some((g) => g.notHelpful === 1 && g.suggestedSymptoms.some((s) => s.id === "unauthorized-401")),
    ).toBe(true);
  });
});

describe("knowledge gaps", () => {
  it("a paste with no confident match is recorded as a gap, asked or unasked", async () => {
    const before =
      (await suite.running.store.listGaps()).find((g) => g.sample.includes("flux capacitor"))?.count ?? 0;
    const asked = await mention(UNKNOWN);
    expect(blockTexts(asked.blocks)).toContain("No confident match");
    // Never a dead end: the paste box, and here (CSUP) a live probe and Escalate as next steps.
    expect([...buttons(asked.blocks).keys()]).toEqual(["open_paste_box", "run_probe", "escalate"]);
    // The same error from another node, pasted in a watched channel: no reply, but counted in the same gap.
    await sendEvent(suite.running, {
      type: "message",
      channel: "CPASTE",
      user: "U2",
      text: UNKNOWN.replace("node-17", "node-42"),
      ts: nextTs(),
    });
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
    const gap = (await suite.running.store.listGaps()).find((g) => g.sample.includes("flux capacitor"));
    expect(gap?.count).toBe(before + 2);
    expect(gap?.noMatch).toBe(before + 2);
  });
});

describe("escalation", () => {
  it("posts one hand-off with the votes so far, tells the thread, and on a second click says where it stands", async () => {
    const { ts, replyTs, blocks } = await mention(
      `${NO_ORG_ID}\nAuthorization: Bearer glc_eyJrIjoiN2QxZjBhYjYxNDk0ZTA0MmQ2M2Q5NjY0ZmU4YTk0MGQ4In0K`,
    );
    const value = buttons(blocks).get("escalate")?.value ?? "";
    await interact(
      suite.running,
      clickPayload(fake, {
        user: "U5",
        channel: "CSUP",
        replyTs,
        threadTs: ts,
        actionId: "feedback_helpful",
        value,
      }),
    );
    fake.reset();
    const escalate = (user: string) =>
      interact(
        suite.running,
        clickPayload(fake, { user, channel: "CSUP", replyTs, threadTs: ts, actionId: "escalate", value }),
      );

    await escalate("U5");
    const handoffs = fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CESC");
    expect(handoffs).toHaveLength(1);
    const handoff = blockTexts(handoffs[0]?.body.blocks as never);
    expect(handoff).toContain("*Escalation* from *user U5* (pasted by user U1)");
    expect(handoff).toContain(
      `<https://example.slack.com/archives/CSUP/p${ts.replace(".", "")}|open the thread>`,
    );
    expect(handoff).toContain("no org id"); // the key evidence
    expect(handoff).not.toContain("glc_eyJr"); // masked
    expect(handoff).toMatch(/Tenant header missing.*\(likely\)/);
    expect(handoff).toContain("Feedback on the reply: 1 helpful, 0 not helpful");
    const handoffTs = String(handoffs[0]?.answer?.ts);
    const inThread = fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CSUP");
    expect(inThread).toHaveLength(1);
    expect(inThread[0]?.body).toMatchObject({ thread_ts: ts });
    expect(String(inThread[0]?.body.text)).toContain("What happens next");
    expect((await suite.running.store.getEscalation("CSUP", ts))?.handoff).toMatchObject({
      handoffChannel: "CESC",
      handoffTs,
    });

    fake.reset();
    await escalate("U6");
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
    const again = fake.callsTo("chat.postEphemeral");
    expect(again).toHaveLength(1);
    expect(String(again[0]?.body.text)).toContain("already escalated by user U5");
  });
});

describe("escalation when the hand-off cannot be posted", () => {
  it("tells the person, keeps nothing half-done, and posts the hand-off on the next click", async () => {
    const { ts, replyTs, blocks } = await mention(NO_ORG_ID);
    const value = buttons(blocks).get("escalate")?.value ?? "";
    const escalate = () =>
      interact(
        suite.running,
        clickPayload(fake, {
          user: "U7",
          channel: "CSUP",
          replyTs,
          threadTs: ts,
          actionId: "escalate",
          value,
        }),
      );
    fake.reset();
    fake.fail("chat.postMessage", { error: "not_in_channel" });
    await escalate();
    expect(fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CESC")).toHaveLength(1);
    expect(await suite.running.store.getEscalation("CSUP", ts)).toBeUndefined();
    // Told privately in the thread, not through the response_url (which lands at the channel's root).
    expect(fake.responses).toHaveLength(0);
    const [told] = fake.callsTo("chat.postEphemeral");
    expect(told?.body).toMatchObject({ channel: "CSUP", user: "U7", thread_ts: ts });
    expect(String(told?.body.text)).toMatch(/could not escalate/i);

    fake.reset();
    await escalate();
    const handoffs = fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CESC");
    expect(handoffs).toHaveLength(1);
    expect(handoffs[0]?.answer?.ok).toBe(true);
    expect((await suite.running.store.getEscalation("CSUP", ts))?.handoff?.handoffChannel).toBe("CESC");
  });
});
