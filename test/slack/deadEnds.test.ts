import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { statusMeanings } from "../../src/diagnosis/statusMeanings.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import type { KnownBlock, View } from "../../src/slack/blocks/slackTypes.ts";
import { FakeSlack } from "./support/FakeSlack.ts";
import { blockTexts, buttons, clickPayload, interact, nextTs, sendEvent } from "./support/interactions.ts";
import { postCommand, type SignOptions } from "./support/signedRequest.ts";
import { type RunningBot, SIGNING_SECRET, startBot } from "./support/startBot.ts";

const signed: SignOptions = { secret: SIGNING_SECRET };
const NO_ORG_ID =
  'level=error component=remote_write msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';

const LIVE_TOKEN = "glc_eyJrIjoiN2QxZjBhYjYxNDk0ZTA0MmQ2M2Q5NjY0ZmU4YTk0MGQ4In0K";

const fake = new FakeSlack();
let running: RunningBot;

beforeAll(async () => {
  await fake.start();
  fake.users.set("U1", { name: "ana", display_name: "Ana" });
  fake.users.set("U2", { name: "bo", real_name: "Bo Builder" });
  running = await startBot(fake, { PROBE_ALLOWED_CHANNELS: "CSUP", ESCALATION_CHANNEL: "CESC" });
});

afterAll(async () => {
  await running.stop();
  await fake.stop();
});

beforeEach(() => fake.reset());

const dm = (text: string, user = "U1") => ({
  type: "message",
  channel: "D1",
  channel_type: "im",
  user,
  text,
  ts: nextTs(),
});
const mention = (channel: string, text: string, user = "U1") => ({
  type: "app_mention",
  channel,
  user,
  text: `<@UBOT> ${text}`,
  ts: nextTs(),
});
const command = (text: string, channel = "CHELP") => ({
  command: "/diagnose",
  text,
  team_id: "T1",
  channel_id: channel,
  user_id: "U1",
  trigger_id: "trig-cmd",
  response_url: fake.responseUrl(`cmd-${nextTs()}`),
  token: "legacy",
});

function lastPost() {
  const call = fake.callsTo("chat.postMessage").at(-1);
  return {
    body: call?.body as { channel: string; thread_ts: string; text: string; blocks: KnownBlock[] },
    ts: String(call?.answer?.ts),
  };
}

/** Every action id of a message, in order. */
function actionIds(blocks: readonly KnownBlock[] | undefined): string[] {
  return (blocks ?? []).flatMap((b) =>
    b.type === "actions"
      ? b.elements.flatMap((e) => ("action_id" in e && e.action_id ? [e.action_id] : []))
      : [],
  );
}

/** A click on a button of a private (ephemeral) copy: Slack reports no message, only its container. */
function ephemeralClick(actionId: string, value: string, responseId: string, user = "U1", channel = "CHELP") {
  return {
    type: "block_actions",
    user: { id: user, username: "ana" },
    channel: { id: channel },
    trigger_id: `trig-${responseId}`,
    response_url: fake.responseUrl(responseId),
    container: { type: "message", channel_id: channel, is_ephemeral: true },
    actions: [{ type: "button", action_id: actionId, block_id: "b", value }],
  };
}

async function runCommand(text: string, channel = "CHELP") {
  const cmd = command(text, channel);
  const res = await postCommand(running.eventsUrl, cmd, signed);
  expect(res.status).toBe(200);
  const ack = await res.text();
  await running.bot.idle();
  const reply = fake.responses.find((r) => cmd.response_url.endsWith(r.id));
  return { ack: ack === "" ? undefined : (JSON.parse(ack) as Record<string, unknown>), reply: reply?.body };
}

describe("greetings and help are answered with the help, never 'no confident match'", () => {
  it.each([
    ["hi", "Hi!"],
    ["hello", "Hi!"],
    ["thanks!", "You're welcome"],
    ["help", "I diagnose telemetry-pipeline failures"],
  ])("a DM %j", async (text, opening) => {
    const event = dm(text);
    await sendEvent(running, event);
    const { body } = lastPost();
    expect(body).toMatchObject({ channel: "D1", thread_ts: event.ts });
    const shown = blockTexts(body.blocks);
    expect(shown).toContain(opening);
    expect(shown).toContain("I diagnose telemetry-pipeline failures");
    expect(shown).not.toContain("No confident match");
  });

  it("a mention saying hello, and /diagnose hi in the ack", async () => {
    await sendEvent(running, mention("CHELP", "hey there"));
    expect(blockTexts(lastPost().body.blocks)).toContain("I diagnose telemetry-pipeline failures");
    const { ack } = await runCommand("hi");
    expect(ack?.response_type).toBe("ephemeral");
    expect(blockTexts(ack?.blocks as KnownBlock[])).toContain("I diagnose telemetry-pipeline failures");
    expect(fake.callsTo("views.open")).toHaveLength(0);
  });

  it("writes placeholders so Slack cannot read them as links, and names where probes run", async () => {
    await sendEvent(running, dm("help"));
    const shown = blockTexts(lastPost().body.blocks);
    // Slack reads every <…> as a link, mention or channel: only <#C…> channel names may appear.
    expect(shown.match(/<[^>]*>/g)?.filter((t) => !/^<#C[A-Z0-9]+>$/.test(t)) ?? []).toEqual([]);
    expect(shown).toContain("&lt;error line&gt;");
    expect(shown).toContain("run in <#CSUP>");
    expect(shown).not.toMatch(/PROBE_|ALLOWED/);
  });
});

describe("a bare status code gets what it usually means, and buttons for the client", () => {
  it("in a DM: the knowledge base's entries for the status, one button per client, re-answered in place", async () => {
    const event = dm("HTTP 401");
    await sendEvent(running, event);
    const { body, ts } = lastPost();
    expect(body.thread_ts).toBe(event.ts);
    const shown = blockTexts(body.blocks);
    expect(shown).toContain("HTTP 401 (Unauthorized)");
    expect(shown).toContain("Token rejected: 401 Unauthorized");
    expect(shown).not.toContain("No confident match");
    const ids = actionIds(body.blocks);
    expect(ids.filter((a) => a.startsWith("status_client:"))).toEqual([
      "status_client:prometheus",
      "status_client:alloy",
      "status_client:otelcol",
      "status_client:grafana",
      "status_client:curl",
    ]);
    const prometheus = buttons(body.blocks).get("status_client:prometheus");

    await interact(
      running,
      clickPayload(fake, {
        user: "U1",
        channel: "D1",
        replyTs: ts,
        threadTs: event.ts,
        actionId: "status_client:prometheus",
        value: prometheus?.value ?? "",
      }),
    );
    const [update] = fake.callsTo("chat.update");
    expect(update?.body).toMatchObject({ channel: "D1", ts });
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1); // in place, no second message
    const again = blockTexts(update?.body.blocks as KnownBlock[]);
    expect(again).toContain("from Prometheus usually means: *Token rejected: 401 Unauthorized*");
    expect(again).toContain("credentials: &lt;token&gt;"); // the entry's Prometheus snippet
    expect(actionIds(update?.body.blocks as KnownBlock[])).toEqual(
      expect.arrayContaining(["feedback_helpful", "feedback_not_helpful", "status_client:curl"]),
    );
  });

  it("another status reads other entries: 400 is the missing tenant, with no hard-coded answer", async () => {
    await sendEvent(running, mention("CHELP", "got a 400"));
    const shown = blockTexts(lastPost().body.blocks);
    expect(shown).toContain("HTTP 400 (Bad Request)");
    expect(shown).toContain("Tenant header missing");
    expect(shown).not.toContain("Token rejected");
  });

  it("with the client in the text, answers for that client at once; /diagnose answers privately and in place", async () => {
    const { reply } = await runCommand("curl 401");
    expect(reply?.response_type).toBe("ephemeral");
    const blocks = reply?.blocks as KnownBlock[];
    expect(blockTexts(blocks)).toContain("from curl usually means");
    expect(blockTexts(blocks)).toContain("Authorization: Bearer &lt;token&gt;");
    const grafana = buttons(blocks).get("status_client:grafana");
    await interact(running, ephemeralClick("status_client:grafana", grafana?.value ?? "", "pick-grafana"));
    const replaced = fake.responses.find((r) => r.id === "pick-grafana");
    expect(replaced?.body.replace_original).toBe(true);
    expect(blockTexts(replaced?.body.blocks as KnownBlock[])).toContain("from Grafana usually means");
  });

  it("as a reply in a thread whose earlier messages say nothing more, still what the status means", async () => {
    const root = nextTs();
    fake.threads.set(root, [
      { ts: root, user: "U2", text: "morning all, quick question" },
      { ts: nextTs(), user: "U1", text: "HTTP 401" },
    ]);
    const event = { ...mention("CHELP", "HTTP 401"), thread_ts: root };
    await sendEvent(running, event);
    expect(fake.callsTo("conversations.replies")).toHaveLength(1); // the thread had its chance first
    const { body } = lastPost();
    expect(body.thread_ts).toBe(root);
    expect(blockTexts(body.blocks)).toContain("HTTP 401 (Unauthorized)");
    expect(actionIds(body.blocks)).toContain("status_client:prometheus");
  });

  it("shares a status answer as its likeliest cause for the chosen client and the fix", async () => {
    const { reply } = await runCommand("curl 401");
    const share = buttons(reply?.blocks as KnownBlock[]).get("share_reply");
    await interact(running, ephemeralClick("share_reply", share?.value ?? "", "share-status"));
    const [posted] = fake.responses.filter((r) => r.id === "share-status");
    expect(posted?.body.response_type).toBe("in_channel");
    const shown = blockTexts(posted?.body.blocks as KnownBlock[]);
    expect(shown).toContain("HTTP 401 (Unauthorized) from curl: Token rejected");
    expect(shown).toContain("*Fix:*");
  });

  it("is not recorded as a knowledge gap: it offered the status's entries", async () => {
    const before = (await running.store.summary()).totals;
    await sendEvent(running, dm("401"));
    const after = (await running.store.summary()).totals;
    expect(after.replies).toBe(before.replies + 1);
    expect(after.noMatch).toBe(before.noMatch);
  });
});

describe("the real knowledge base's 429", () => {
  let real: RunningBot;
  beforeAll(async () => {
    real = await startBot(fake, {}, { knowledgeDir: new URL("../../knowledge", import.meta.url).pathname });
  });
  afterAll(async () => {
    await real.stop();
  });

  it("lists the entries that carry the status, strongest first, and only clients they cover", async () => {
    const kb = await loadKnowledgeBase(new URL("../../knowledge", import.meta.url).pathname);
    const meanings = statusMeanings(kb, 429);
    expect(meanings.length).toBeGreaterThan(0);
    await sendEvent(real, { ...dm("429") });
    const { body } = lastPost();
    const shown = blockTexts(body.blocks);
    expect(shown).toContain(meanings[0]?.entry.entry.title.slice(0, 30));
    const covered = new Set(meanings.flatMap((m) => m.entry.entry.clients));
    const offered = actionIds(body.blocks)
      .filter((a) => a.startsWith("status_client:"))
      .map((a) => a.slice("status_client:".length));
    expect(offered.length).toBeGreaterThan(0);
    for (const client of offered) expect(covered.has(client as never)).toBe(true);
  });
});

describe("'no confident match' always offers a next step", () => {
  it("the paste box always, a live probe and Escalate where this audience may", async () => {
    await sendEvent(running, mention("CSUP", "my dashboards look weird since tuesday"));
    const { body, ts } = lastPost();
    const shown = blockTexts(body.blocks);
    expect(shown).toContain("No confident match");
    expect(shown).toContain("*Next:*");
    expect(actionIds(body.blocks)).toEqual(["open_paste_box", "run_probe", "escalate"]);

    // Elsewhere nobody may probe: no probe button, still the paste box.
    await sendEvent(running, mention("CHELP", "my dashboards look weird since tuesday"));
    expect(actionIds(lastPost().body.blocks)).toEqual(["open_paste_box", "escalate"]);
    const { reply } = await runCommand("my dashboards look weird since tuesday");
    expect(actionIds(reply?.blocks as KnownBlock[])).toEqual(["open_paste_box"]);

    // The paste box opens from the reply, and its answer comes back in the reply's thread.
    fake.reset();
    await interact(
      running,
      clickPayload(fake, {
        user: "U1",
        channel: "CSUP",
        replyTs: ts,
        threadTs: body.thread_ts,
        actionId: "open_paste_box",
        value: "x",
      }),
    );
    const view = fake.callsTo("views.open")[0]?.body.view as View & { private_metadata: string };
    expect(JSON.parse(view.private_metadata)).toMatchObject({
      channel: "CSUP",
      user: "U1",
      threadTs: body.thread_ts,
    });
    expect(JSON.stringify(view.blocks)).toContain('"type":"file_input"');
  });
});

describe("private follow-ups stay in their thread; votes show on the message", () => {
  it("Helpful updates the message in place with names, no pings, and thanks privately in the thread", async () => {
    const event = mention("CHELP", NO_ORG_ID);
    await sendEvent(running, event);
    const { body, ts } = lastPost();
    const helpful = buttons(body.blocks).get("feedback_helpful");
    const click = (user: string, actionId: string) => ({
      ...clickPayload(fake, {
        user,
        channel: "CHELP",
        replyTs: ts,
        threadTs: event.ts,
        actionId,
        value: helpful?.value ?? "",
      }),
      message: { type: "message", ts, thread_ts: event.ts, text: body.text, blocks: body.blocks },
    });
    await interact(running, click("U1", "feedback_helpful"));
    const [update] = fake.callsTo("chat.update");
    expect(update?.body).toMatchObject({ channel: "CHELP", ts });
    const line = blockTexts(update?.body.blocks as KnownBlock[]);
    expect(line).toContain("Marked helpful by Ana");
    expect(JSON.stringify(update?.body.blocks)).not.toContain("<@U1>");
    const [thanks] = fake.callsTo("chat.postEphemeral");
    expect(thanks?.body).toMatchObject({ channel: "CHELP", user: "U1", thread_ts: event.ts });
    expect(String(thanks?.body.text)).toContain("glad it helped");
    expect(fake.responses).toHaveLength(0); // nothing through respond(), which would land at the root

    fake.reset();
    await interact(running, click("U2", "feedback_not_helpful"));
    expect(fake.callsTo("views.open")).toHaveLength(1);
    const both = blockTexts(fake.callsTo("chat.update")[0]?.body.blocks as KnownBlock[]);
    expect(both).toContain("Marked helpful by Ana · :thumbsdown: marked not helpful by Bo Builder");
    // One vote line, replaced, not stacked.
    expect(both.match(/Marked helpful/g)).toHaveLength(1);
  });

  it("a vote on a private copy redraws it through its response_url, from the stored reply", async () => {
    const { reply } = await runCommand(NO_ORG_ID);
    const helpful = buttons(reply?.blocks as KnownBlock[]).get("feedback_helpful");
    await interact(running, ephemeralClick("feedback_helpful", helpful?.value ?? "", "vote-private"));
    const posts = fake.responses.filter((r) => r.id === "vote-private");
    const redrawn = posts.find((r) => r.body.replace_original === true);
    expect(blockTexts(redrawn?.body.blocks as KnownBlock[])).toContain("Marked helpful by Ana");
    expect(actionIds(redrawn?.body.blocks as KnownBlock[])).toContain("share_reply");
    // Outside any thread, the thanks goes through the response_url too.
    expect(posts.some((r) => String(r.body.text).includes("glad it helped"))).toBe(true);
  });

  it("the snippet for another client comes privately in the thread", async () => {
    const event = mention("CHELP", NO_ORG_ID);
    await sendEvent(running, event);
    const { body, ts } = lastPost();
    // Other clients' snippets are under Details, which redraws the message in place.
    await interact(
      running,
      clickPayload(fake, {
        user: "U1",
        channel: "CHELP",
        replyTs: ts,
        threadTs: event.ts,
        actionId: "show_details",
        value: buttons(body.blocks).get("show_details")?.value ?? "",
      }),
    );
    const details = (fake.callsTo("chat.update")[0]?.body.blocks ?? []) as KnownBlock[];
    fake.reset();
    const select = details.find((b) => b.type === "section" && b.accessory?.type === "static_select");
    if (select?.type !== "section" || select.accessory?.type !== "static_select")
      throw new Error("no select");
    const curl = select.accessory.options?.find((o) => o.value?.endsWith("|curl"));
    await interact(running, {
      ...clickPayload(fake, {
        user: "U1",
        channel: "CHELP",
        replyTs: ts,
        threadTs: event.ts,
        actionId: "x",
        value: "",
      }),
      actions: [
        {
          type: "static_select",
          action_id: "snippet_client",
          block_id: select.block_id,
          selected_option: curl,
        },
      ],
    });
    const [snippet] = fake.callsTo("chat.postEphemeral");
    expect(snippet?.body).toMatchObject({ channel: "CHELP", user: "U1", thread_ts: event.ts });
    expect(String(snippet?.body.text)).toContain("Corrected config for curl");
  });

  it("a probe refusal says where probes run, by channel name, in the thread", async () => {
    const event = mention("CHELP", NO_ORG_ID, "U2");
    await sendEvent(running, event);
    const { body, ts } = lastPost();
    expect(actionIds(body.blocks)).not.toContain("run_probe"); // nobody here may probe
    await interact(
      running,
      clickPayload(fake, {
        user: "U2",
        channel: "CHELP",
        replyTs: ts,
        threadTs: event.ts,
        actionId: "run_probe",
        value: "x",
      }),
    );
    expect(fake.callsTo("views.open")).toHaveLength(0);
    const [refusal] = fake.callsTo("chat.postEphemeral");
    expect(refusal?.body).toMatchObject({ channel: "CHELP", user: "U2", thread_ts: event.ts });
    expect(String(refusal?.body.text)).toContain("Live probes run in <#CSUP>");
  });
});

describe("Share", () => {
  it("posts a compact summary naming who shared it, and the private copy becomes 'Shared ✓', once", async () => {
    const paste = `config line one\ntoken: ${LIVE_TOKEN}\n${NO_ORG_ID}`;
    const { reply } = await runCommand(paste);
    const privateBlocks = reply?.blocks as KnownBlock[];
    const share = buttons(privateBlocks).get("share_reply");
    expect(share).toBeDefined();
    await interact(running, ephemeralClick("share_reply", share?.value ?? "", "share-1"));
    const [posted, replaced] = fake.responses.filter((r) => r.id === "share-1");
    expect(posted?.body).toMatchObject({ response_type: "in_channel", replace_original: false });
    const summary = posted?.body.blocks as KnownBlock[];
    expect(summary.length).toBeLessThanOrEqual(4);
    expect(summary.length).toBeLessThan(privateBlocks.length);
    const shown = blockTexts(summary);
    expect(shown).toContain("Shared by Ana");
    expect(shown).toContain("Tenant header missing");
    expect(shown).toContain("*Fix:*");
    expect(shown).not.toMatch(/line \d|Matched line/); // nothing about a paste the others cannot see
    expect(JSON.stringify(summary)).not.toMatch(/<@U1>|"action_id"/);
    // The secret of the paste is in neither the summary nor the reply's stored state.
    expect(JSON.stringify(posted?.body)).not.toContain(LIVE_TOKEN.slice(4, 24));
    const state = await running.store.getReplyState(share?.value ?? "");
    expect(JSON.stringify(state)).toContain("Tenant header missing");
    expect(JSON.stringify(state)).not.toContain(LIVE_TOKEN.slice(4, 24));

    expect(replaced?.body.replace_original).toBe(true);
    expect(blockTexts(replaced?.body.blocks as KnownBlock[])).toContain("Shared ✓");
    expect(actionIds(replaced?.body.blocks as KnownBlock[])).not.toContain("share_reply");

    // A second click (a stale copy) shares nothing more.
    await interact(running, ephemeralClick("share_reply", share?.value ?? "", "share-2"));
    const second = fake.responses.filter((r) => r.id === "share-2");
    expect(second.map((r) => r.body.response_type ?? "replace")).toEqual(["replace"]);
  });
});

describe("the paste box takes a file", () => {
  it("diagnoses an attached log, and says so in the thread it was opened from", async () => {
    fake.fileInfo.set("FLOG", {
      id: "FLOG",
      name: "prometheus.log",
      mimetype: "text/plain",
      filetype: "text",
      size: NO_ORG_ID.length,
      url_private_download: fake.fileUrl("/files/FLOG/prometheus.log"),
    });
    fake.files.set("/files/FLOG/prometheus.log", { contentType: "text/plain", body: `${NO_ORG_ID}\n` });
    const threadTs = nextTs();
    const ack = await interact(running, {
      type: "view_submission",
      user: { id: "U1" },
      view: {
        id: "V1",
        type: "modal",
        callback_id: "diagnose_paste",
        private_metadata: JSON.stringify({
          channel: "CSUP",
          user: "U1",
          responseUrl: fake.responseUrl("box"),
          threadTs,
        }),
        state: {
          values: {
            paste: { paste_input: { type: "plain_text_input", value: null } },
            paste_file: {
              paste_file_input: { type: "file_input", files: [{ id: "FLOG", name: "prometheus.log" }] },
            },
          },
        },
      },
    });
    expect(ack).toEqual({});
    expect(fake.downloads.map((d) => d.path)).toEqual(["/files/FLOG/prometheus.log"]);
    const [answer] = fake.callsTo("chat.postEphemeral");
    expect(answer?.body).toMatchObject({ channel: "CSUP", user: "U1", thread_ts: threadTs });
    expect(blockTexts(answer?.body.blocks as KnownBlock[])).toContain("Tenant header missing");
  });

  it("asks for text or a file when both are empty", async () => {
    const ack = await interact(running, {
      type: "view_submission",
      user: { id: "U1" },
      view: {
        id: "V1",
        type: "modal",
        callback_id: "diagnose_paste",
        private_metadata: JSON.stringify({
          channel: "C1",
          user: "U1",
          responseUrl: fake.responseUrl("box2"),
        }),
        state: { values: { paste: { paste_input: { type: "plain_text_input", value: "  " } } } },
      },
    });
    expect(ack).toMatchObject({ response_action: "errors" });
    expect(JSON.stringify(ack)).toContain("attach a log file");
  });

  it("promises in the help what the box holds", async () => {
    await runCommand("");
    const view = fake.callsTo("views.open")[0]?.body.view as View;
    const text = JSON.stringify(view);
    const max = /"max_length":(\d+)/.exec(text)?.[1];
    expect(text).toContain('"type":"file_input"');
    await sendEvent(running, dm("help"));
    const help = blockTexts(lastPost().body.blocks);
    expect(help).toContain(`up to ${Number(max).toLocaleString("en")} characters`);
    expect(help).toContain("attached log files");
  });
});
