import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { blocksTextLength } from "../../src/slack/blocks/limits.ts";
import type { KnownBlock } from "../../src/slack/blocks/slackTypes.ts";
import { FakeSlack, waitFor } from "./support/FakeSlack.ts";
import {
  eventEnvelope,
  postCommand,
  postEvent,
  postInteraction,
  type SignOptions,
} from "./support/signedRequest.ts";
import { BOT_TOKEN, type RunningBot, SIGNING_SECRET, startBot } from "./support/startBot.ts";

const NO_ORG_ID =
  'level=error component=remote_write msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';
const LIVE_TOKEN = "glc_eyJrIjoiN2QxZjBhYjYxNDk0ZTA0MmQ2M2Q5NjY0ZmU4YTk0MGQ4In0K";

const fake = new FakeSlack();
let running: RunningBot;
const signed: SignOptions = { secret: SIGNING_SECRET };
let seq = 0;
let stopped = false;

function texts(blocks: KnownBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ("text" in b && b.text && typeof b.text === "object") out.push(b.text.text);
    if (b.type === "context") for (const e of b.elements) if ("text" in e) out.push(e.text);
  }
  return out.join("\n");
}

function envelope(event: Record<string, unknown>, eventId = `Ev${++seq}`) {
  return eventEnvelope(event, eventId);
}

function nextTs(): string {
  return `17000000${String(++seq).padStart(2, "0")}.000100`;
}

async function sendEvent(
  event: Record<string, unknown>,
  options: Partial<SignOptions> & { eventId?: string } = {},
) {
  const res = await postEvent(running.eventsUrl, envelope(event, options.eventId), { ...signed, ...options });
  expect(res.status).toBe(200);
  await running.bot.idle();
  return res;
}

function dm(text: string, extra: Record<string, unknown> = {}) {
  return { type: "message", channel: "D1", channel_type: "im", user: "U1", text, ts: nextTs(), ...extra };
}

async function interact(payload: Record<string, unknown>) {
  const res = await postInteraction(running.eventsUrl, payload, signed);
  expect(res.status).toBe(200);
  await running.bot.idle();
  return res;
}

function actionIds(blocks: readonly KnownBlock[]): string[] {
  const actions = blocks.find((b) => b.type === "actions");
  return actions && actions.type === "actions"
    ? actions.elements.map((e) => ("action_id" in e ? e.action_id : ""))
    : [];
}

/** A click on one of the buttons of a reply the bot posted in a DM thread. */
function click(blocks: readonly KnownBlock[], actionId: string, replyTs: string, threadTs: string) {
  const actions = blocks.find((b) => b.type === "actions");
  const element =
    actions?.type === "actions"
      ? actions.elements.find((e) => "action_id" in e && e.action_id === actionId)
      : undefined;
  if (!element || !("value" in element)) throw new Error(`no ${actionId} button`);
  return {
    type: "block_actions",
    team: { id: "T1" },
    user: { id: "U1" },
    channel: { id: "D1" },
    response_url: fake.responseUrl(`${actionId}-${++seq}`),
    container: { type: "message", channel_id: "D1", message_ts: replyTs, is_ephemeral: false },
    message: { type: "message", ts: replyTs, thread_ts: threadTs, text: "reply" },
    actions: [{ type: "button", action_id: actionId, block_id: "b", value: element.value }],
  };
}

function posted(): {
  channel: string;
  thread_ts: string;
  text: string;
  blocks: KnownBlock[];
  unfurl_links: string;
}[] {
  return fake.callsTo("chat.postMessage").map((c) => c.body as never);
}

beforeAll(async () => {
  await fake.start();
  running = await startBot(fake);
});

afterAll(async () => {
  if (!stopped) await running.stop();
  else await running.close();
  await fake.stop();
});

beforeEach(() => fake.reset());

describe("HTTP receiver", () => {
  it("answers GET /healthz", async () => {
    const res = await fetch(`${running.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("rejects a bad signature and a stale timestamp, and does nothing", async () => {
    const bad = await postEvent(running.eventsUrl, envelope(dm(NO_ORG_ID)), {
      ...signed,
      signature: "v0=deadbeef",
    });
    expect(bad.status).toBe(401);
    const wrongSecret = await postEvent(running.eventsUrl, envelope(dm(NO_ORG_ID)), {
      secret: "another-secret",
    });
    expect(wrongSecret.status).toBe(401);
    const stale = await postEvent(running.eventsUrl, envelope(dm(NO_ORG_ID)), {
      ...signed,
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect(stale.status).toBe(401);
    await running.bot.idle();
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("answers the url_verification challenge", async () => {
    const res = await postEvent(running.eventsUrl, { type: "url_verification", challenge: "c-123" }, signed);
    expect(await res.json()).toEqual({ challenge: "c-123" });
  });
});

describe("direct messages", () => {
  it("diagnoses any DM and replies in its thread with a compact card; Details expands it in place and back", async () => {
    const event = dm(`prometheus says:\n${NO_ORG_ID}`);
    await sendEvent(event);
    const [reply, ...rest] = posted();
    expect(rest).toHaveLength(0);
    expect(reply?.channel).toBe("D1");
    expect(reply?.thread_ts).toBe(event.ts);
    expect(String(reply?.unfurl_links)).toBe("false");
    const blocks = reply?.blocks ?? [];
    const card = texts(blocks);
    expect(card).toContain("Tenant header missing");
    expect(card).toMatch(/· {2}likely/);
    expect(card).not.toMatch(/\d+%/); // confidence in words, never a percentage
    expect(card).toContain("*Do first:* Add `X-Scope-OrgID: &lt;tenant-id&gt;`");
    expect(card).toContain("no org id"); // the matched line
    expect(card).toContain("Example for Prometheus");
    expect(card).toContain("X-Scope-OrgID: &lt;tenant-id&gt;");
    // Cause, the steps, other clients' snippets and the next problem wait behind Details.
    expect(card).not.toContain("*Cause*");
    expect(card).not.toContain("Likely next");
    expect(JSON.stringify(blocks)).not.toContain('"action_id":"snippet_client"');
    expect(actionIds(blocks)).toEqual(["show_details", "feedback_helpful", "feedback_not_helpful"]);
    expect(JSON.stringify(blocks)).not.toMatch(/probe/i);

    const replyTs = fake.callsTo("chat.postMessage")[0]?.answer?.ts as string;
    await interact(click(blocks, "show_details", replyTs, event.ts));
    const [expanded] = fake.callsTo("chat.update").map((c) => c.body as { ts: string; blocks: KnownBlock[] });
    expect(expanded?.ts).toBe(replyTs);
    const details = texts(expanded?.blocks ?? []);
    expect(details.startsWith(card.split("\n")[0] ?? "")).toBe(true);
    expect(details).toContain("*Cause*");
    expect(details).toContain("*Steps*");
    expect(details).toContain("Likely next, once this is fixed: *Token rejected: 401 Unauthorized*");
    expect(JSON.stringify(expanded?.blocks)).toContain('"action_id":"snippet_client"');
    expect(actionIds(expanded?.blocks ?? [])[0]).toBe("hide_details");

    await interact(click(expanded?.blocks ?? [], "hide_details", replyTs, event.ts));
    const collapsed = fake.callsTo("chat.update")[1]?.body as { blocks: KnownBlock[] } | undefined;
    expect(texts(collapsed?.blocks ?? [])).toBe(card);
  });

  it("lists each problem of a paste with several as one checklist", async () => {
    await sendEvent(dm(`err="server returned HTTP status 401 Unauthorized: invalid token"\n${NO_ORG_ID}`));
    const text = texts(posted()[0]?.blocks ?? []);
    expect(text).toContain("*2 problems* in this paste");
    expect(text).toContain("*To fix (2)*");
    expect(text).toMatch(/1\. \*(Tenant header missing|Token rejected)/);
    expect(text).toMatch(/2\. \*(Tenant header missing|Token rejected)/);
    expect(text.match(/Tenant header missing/g)).toHaveLength(1);
  });

  it("answers 'no confident match' with what it looked at and what would help", async () => {
    await sendEvent(dm("my dashboard looks strange since yesterday"));
    const text = texts(posted()[0]?.blocks ?? []);
    expect(text).toContain("No confident match");
    expect(text).toContain("What I looked at: 1 line");
    expect(text).toContain("which client sent it");
  });

  it("ignores its own messages, other bots, edits and deletions", async () => {
    await sendEvent(dm(NO_ORG_ID, { user: "UBOT" }));
    await sendEvent(dm(NO_ORG_ID, { bot_id: "BOTHER", user: "U9" }));
    await sendEvent(dm(NO_ORG_ID, { subtype: "bot_message", bot_id: "BOTHER", user: undefined }));
    await sendEvent({
      type: "message",
      subtype: "message_changed",
      channel: "D1",
      channel_type: "im",
      ts: nextTs(),
      message: { type: "message", user: "U1", text: NO_ORG_ID, ts: "1.1" },
    });
    await sendEvent({
      type: "message",
      subtype: "message_deleted",
      channel: "D1",
      channel_type: "im",
      ts: nextTs(),
    });
    expect(fake.calls.filter((c) => c.method !== "auth.test")).toHaveLength(0);
  });

  it("answers once when Slack retries the delivery", async () => {
    const event = dm(NO_ORG_ID);
    await sendEvent(event, { eventId: "EvRetry" });
    await sendEvent(event, { eventId: "EvRetry", retryNum: 1 });
    await sendEvent(event, { eventId: "EvRetry", retryNum: 2 });
    expect(posted()).toHaveLength(1);
    expect(running.logs.some((l) => l.includes("retry dropped") && l.includes('"retryNum":1'))).toBe(true);
  });

  it("escapes user text so a paste cannot ping or link", async () => {
    await sendEvent(
      dm(
        `<!channel> <!here> <@U999> <https://evil.example/x|click me> ${NO_ORG_ID.replace("no org id", "&lt;b&gt; no org id")} <!channel>`,
      ),
    );
    const reply = posted()[0];
    const all = JSON.stringify(reply?.blocks) + (reply?.text ?? "");
    expect(all).not.toContain("<!channel>");
    expect(all).not.toContain("<!here>");
    expect(all).not.toContain("<@U999>");
    expect(all).not.toContain("<https://");
    expect(all).not.toMatch(/@channel/);
    for (const b of reply?.blocks ?? []) expect(texts([b])).not.toMatch(/</);
    expect(texts(reply?.blocks ?? [])).toContain("&lt;b&gt;");
  });

  it("stays within Slack's limits for a huge paste", async () => {
    const noise = Array.from({ length: 3000 }, (_, i) => `line ${i} ${"x".repeat(60)}`).join("\n");
    await sendEvent(dm(`${noise}\n${noise}\n${NO_ORG_ID}`));
    const blocks = posted()[0]?.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocksTextLength(blocks)).toBeLessThanOrEqual(10_000);
    for (const b of blocks) expect(texts([b]).length).toBeLessThanOrEqual(3000);
    expect(texts(blocks)).toContain("Tenant header missing");
  });

  it("warns the author ephemerally about a live-looking secret, and never echoes it", async () => {
    const event = dm(
      `curl -H "Authorization: Bearer ${LIVE_TOKEN}" https://x.example/api/v1/push\n${NO_ORG_ID}`,
    );
    await sendEvent(event);
    const [warning] = fake.callsTo("chat.postEphemeral");
    expect(warning?.body).toMatchObject({ channel: "D1", user: "U1", thread_ts: event.ts });
    expect(String(warning?.body.text)).toMatch(/delete the message and rotate/);
    expect(posted()).toHaveLength(1);
    expect(JSON.stringify(fake.calls)).not.toContain(LIVE_TOKEN.slice(4));
    expect(running.logs.join("\n")).not.toContain(LIVE_TOKEN.slice(4));
  });

  it("retries a Web API 429 after Retry-After and still replies", async () => {
    fake.fail("chat.postMessage", { status: 429, retryAfter: 0 });
    await sendEvent(dm(NO_ORG_ID));
    await waitFor(() => fake.callsTo("chat.postMessage").length === 2, "the retried chat.postMessage");
    await running.bot.idle();
    expect(fake.callsTo("chat.postEphemeral")).toHaveLength(0);
  });

  it("turns a handler error into an ephemeral 'could not diagnose' and a log line", async () => {
    fake.fail("chat.postMessage", { error: "channel_not_found" });
    const event = dm(NO_ORG_ID);
    await sendEvent(event);
    const [notice] = fake.callsTo("chat.postEphemeral");
    expect(notice?.body).toMatchObject({ channel: "D1", user: "U1", thread_ts: event.ts });
    expect(String(notice?.body.text)).toMatch(/could not diagnose this/);
    const line = running.logs.find((l) => l.includes("handler failed"));
    expect(line).toBeDefined();
    expect(JSON.parse(line ?? "{}")).toMatchObject({
      level: 50,
      handler: "direct message",
      err: { slackError: "channel_not_found" },
    });
  });
});

describe("mentions", () => {
  it("diagnoses the text of a mention, once despite the app_mention + message double delivery", async () => {
    const ts = nextTs();
    const text = `<@UBOT> can you look? ${NO_ORG_ID}`;
    await sendEvent({ type: "app_mention", channel: "CPASTE", user: "U1", text, ts });
    await sendEvent({ type: "message", channel: "CPASTE", channel_type: "channel", user: "U1", text, ts });
    const replies = posted();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ channel: "CPASTE", thread_ts: ts });
    expect(texts(replies[0]?.blocks ?? [])).toContain("Tenant header missing");
  });

  it("answers once when a DM mention arrives as both message and app_mention", async () => {
    const event = dm(`<@UBOT> ${NO_ORG_ID}`);
    await sendEvent(event);
    await sendEvent({ type: "app_mention", channel: "D1", user: "U1", text: event.text, ts: event.ts });
    expect(posted()).toHaveLength(1);
  });

  it("a bare mention inside a thread diagnoses the thread so far", async () => {
    const parent = "1700000100.000100";
    const ts = nextTs();
    fake.threads.set(parent, [
      { ts: parent, user: "U2", text: `our writes fail:\n${NO_ORG_ID}` },
      { ts: "1700000100.000200", user: "U3", text: "same here" },
      { ts: "1700000100.000300", bot_id: "BOTHER", text: "err: invalid token" },
    ]);
    await sendEvent({
      type: "app_mention",
      channel: "CHELP",
      user: "U1",
      text: "<@UBOT>",
      ts,
      thread_ts: parent,
    });
    const [call] = fake.callsTo("conversations.replies");
    expect(call?.body).toMatchObject({ channel: "CHELP", ts: parent, latest: ts });
    const [reply] = posted();
    expect(reply).toMatchObject({ channel: "CHELP", thread_ts: parent });
    const text = texts(reply?.blocks ?? []);
    expect(text).toContain("Tenant header missing");
    expect(text).not.toContain("2 problems"); // other bots' messages are not read
  });

  it("a bare mention outside a thread gets the usage", async () => {
    const ts = nextTs();
    await sendEvent({ type: "app_mention", channel: "CHELP", user: "U1", text: "<@UBOT>", ts });
    expect(posted()[0]).toMatchObject({ channel: "CHELP", thread_ts: ts });
    expect(texts(posted()[0]?.blocks ?? [])).toContain("/diagnose");
  });
});

describe("pastes in channels", () => {
  const paste = (channel: string, text: string) => ({
    type: "message",
    channel,
    channel_type: "channel",
    user: "U1",
    text,
    ts: nextTs(),
  });

  it("answers a confident error paste unasked in a listed channel, in its thread", async () => {
    const event = paste("CPASTE", NO_ORG_ID);
    await sendEvent(event);
    expect(posted()).toHaveLength(1);
    expect(posted()[0]).toMatchObject({ channel: "CPASTE", thread_ts: event.ts });
  });

  it("stays quiet on chatter, reacts at most on an unconfident error, ignores unlisted channels", async () => {
    await sendEvent(paste("CPASTE", "no org id is my favourite phrase, lunch anyone?"));
    const unsure = paste("CPASTE", "error: got status 401 from the gateway");
    await sendEvent(unsure);
    await sendEvent(paste("COTHER", NO_ORG_ID));
    expect(posted()).toHaveLength(0);
    const reactions = fake.callsTo("reactions.add");
    expect(reactions).toHaveLength(1);
    expect(reactions[0]?.body).toMatchObject({ channel: "CPASTE", timestamp: unsure.ts, name: "mag" });
    expect(fake.callsTo("chat.postEphemeral")).toHaveLength(0);
  });
});

describe("snippets and files", () => {
  const share = (fileId: string, text = "") =>
    dm(text, { subtype: "file_share", files: [{ id: fileId, name: "log.txt" }] });

  it("downloads a text snippet with the bot token and diagnoses it", async () => {
    fake.fileInfo.set("F1", {
      id: "F1",
      name: "alloy.log",
      mimetype: "text/plain",
      filetype: "text",
      mode: "snippet",
      size: 200,
      url_private_download: fake.fileUrl("/files/F1/alloy.log"),
    });
    fake.files.set("/files/F1/alloy.log", {
      contentType: "text/plain",
      body: `alloy started\n${NO_ORG_ID}\n`,
    });
    await sendEvent(share("F1"));
    expect(fake.downloads).toEqual([{ path: "/files/F1/alloy.log", authorization: `Bearer ${BOT_TOKEN}` }]);
    expect(texts(posted()[0]?.blocks ?? [])).toContain("Tenant header missing");
  });

  it("rejects an HTML sign-in page, a foreign host and an oversized file, saying why", async () => {
    fake.fileInfo.set("F2", {
      id: "F2",
      name: "login.txt",
      mimetype: "text/plain",
      size: 100,
      url_private_download: fake.fileUrl("/files/F2/login.txt"),
    });
    fake.files.set("/files/F2/login.txt", {
      contentType: "text/html",
      body: "<!DOCTYPE html><html>Sign in</html>",
    });
    fake.fileInfo.set("F3", {
      id: "F3",
      name: "evil.txt",
      mimetype: "text/plain",
      size: 100,
      url_private_download: "https://evil.example/files/F3/evil.txt",
    });
    fake.fileInfo.set("F4", {
      id: "F4",
      name: "lies.txt",
      mimetype: "text/plain",
      size: 100, // files.info says small; the body is not
      url_private_download: fake.fileUrl("/files/F4/lies.txt"),
    });
    fake.files.set("/files/F4/lies.txt", { contentType: "text/plain", body: "y".repeat(20_000) });
    const event = dm("", {
      subtype: "file_share",
      files: [
        { id: "F2", name: "login.txt" },
        { id: "F3", name: "evil.txt" },
        { id: "F4", name: "lies.txt" },
      ],
    });
    await sendEvent(event);
    expect(fake.downloads.map((d) => d.path)).toEqual(["/files/F2/login.txt", "/files/F4/lies.txt"]);
    const text = texts(posted()[0]?.blocks ?? []);
    expect(text).toContain("login.txt: Slack returned a web page instead of the file");
    expect(text).toContain("evil.txt: Files are only downloaded from Slack, not from https://evil.example.");
    expect(text).toContain("lies.txt: The file is larger than 4 KiB");
  });

  it("skips a file that files.info says is too big, without downloading it", async () => {
    fake.fileInfo.set("F5", {
      id: "F5",
      name: "big.log",
      mimetype: "text/plain",
      size: 50_000,
      url_private_download: fake.fileUrl("/files/F5/big.log"),
    });
    await sendEvent(share("F5", NO_ORG_ID));
    expect(fake.downloads).toHaveLength(0);
    const text = texts(posted()[0]?.blocks ?? []);
    expect(text).toContain("big.log: larger than 4 KiB");
    expect(text).toContain("Tenant header missing");
  });
});

describe("/diagnose", () => {
  const command = (text: string) => ({
    command: "/diagnose",
    text,
    team_id: "T1",
    channel_id: "CHELP",
    user_id: "U1",
    trigger_id: "trig-1",
    response_url: fake.responseUrl(`cmd${++seq}`),
    token: "legacy",
  });

  it("with text: acks at once, replies ephemerally with a share button, and shares on click", async () => {
    const res = await postCommand(running.eventsUrl, command(NO_ORG_ID), signed);
    expect(res.status).toBe(200);
    await running.bot.idle();
    const [reply] = fake.responses;
    expect(reply?.body.response_type).toBe("ephemeral");
    const blocks = reply?.body.blocks as KnownBlock[];
    expect(texts(blocks)).toContain("Tenant header missing");
    const actions = blocks.find((b) => b.type === "actions");
    const shareButton =
      actions?.type === "actions"
        ? actions.elements.find((e) => "action_id" in e && e.action_id === "share_reply")
        : undefined;
    expect(shareButton).toBeDefined();
    await interact({
      type: "block_actions",
      team: { id: "T1" },
      user: { id: "U1" },
      channel: { id: "CHELP" },
      trigger_id: "trig-2",
      response_url: fake.responseUrl("share"),
      container: { type: "message", is_ephemeral: true },
      actions: [
        {
          type: "button",
          action_id: "share_reply",
          block_id: "x",
          value: (shareButton as { value: string }).value,
        },
      ],
    });
    const shared = fake.responses.find((r) => r.id === "share");
    expect(shared?.body.response_type).toBe("in_channel");
    const sharedText = texts(shared?.body.blocks as KnownBlock[]);
    expect(sharedText).toContain("Shared by ");
    expect(sharedText).not.toContain("<@U1>"); // named, not pinged
    expect(sharedText).toContain("Tenant header missing");
    expect(JSON.stringify(shared?.body.blocks)).not.toContain("share_reply");
  });

  it("help: answers usage in the ack", async () => {
    const res = await postCommand(running.eventsUrl, command("help"), signed);
    const body = (await res.json()) as { response_type: string; text: string; blocks: KnownBlock[] };
    expect(body.response_type).toBe("ephemeral");
    expect(texts(body.blocks)).toContain("Diagnose this message");
    await running.bot.idle();
    expect(fake.callsTo("views.open")).toHaveLength(0);
  });

  it("empty: opens a modal, and the submission is answered ephemerally", async () => {
    const cmd = command("");
    const res = await postCommand(running.eventsUrl, cmd, signed);
    expect(res.status).toBe(200);
    await running.bot.idle();
    const [open] = fake.callsTo("views.open");
    expect(open?.body.trigger_id).toBe("trig-1");
    const view = open?.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe("diagnose_paste");
    await interact({
      type: "view_submission",
      team: { id: "T1" },
      user: { id: "U1" },
      view: {
        id: "V1",
        type: "modal",
        callback_id: "diagnose_paste",
        private_metadata: view.private_metadata,
        state: { values: { paste: { paste_input: { type: "plain_text_input", value: NO_ORG_ID } } } },
      },
    });
    const reply = fake.responses.find((r) => cmd.response_url.endsWith(r.id));
    expect(reply?.body.response_type).toBe("ephemeral");
    expect(texts(reply?.body.blocks as KnownBlock[])).toContain("Tenant header missing");
  });
});

describe("message shortcut and buttons", () => {
  const shortcut = (message: Record<string, unknown>) => ({
    type: "message_action",
    callback_id: "diagnose_message",
    trigger_id: "trig-3",
    team: { id: "T1" },
    user: { id: "U5" },
    channel: { id: "CESC" },
    message_ts: message.ts,
    response_url: fake.responseUrl(`sc${++seq}`),
    message: { type: "message", ...message },
  });

  it("diagnoses the chosen message in its thread", async () => {
    await interact(
      shortcut({ ts: "1700000200.000500", thread_ts: "1700000200.000100", user: "U2", text: NO_ORG_ID }),
    );
    expect(posted()).toHaveLength(1);
    expect(posted()[0]).toMatchObject({ channel: "CESC", thread_ts: "1700000200.000100" });
  });

  it("tells the user to invite the bot when it is not in the channel", async () => {
    fake.fail("chat.postMessage", { error: "not_in_channel" });
    await interact(shortcut({ ts: "1700000200.000600", user: "U2", text: NO_ORG_ID }));
    const [reply] = fake.responses;
    expect(reply?.body).toMatchObject({ response_type: "ephemeral" });
    expect(String(reply?.body.text)).toContain("/invite");
  });

  it("records Helpful and answers the snippet select for another client", async () => {
    const event = dm(NO_ORG_ID);
    await sendEvent(event);
    // Other clients' snippets are one of the details.
    const replyTs = fake.callsTo("chat.postMessage")[0]?.answer?.ts as string;
    await interact(click(posted()[0]?.blocks ?? [], "show_details", replyTs, event.ts));
    const blocks = (fake.callsTo("chat.update")[0]?.body.blocks ?? []) as KnownBlock[];
    const select = blocks.find((b) => b.type === "section" && b.accessory?.type === "static_select");
    if (select?.type !== "section" || select.accessory?.type !== "static_select")
      throw new Error("no select");
    const curl = select.accessory.options?.find((o) => o.value?.endsWith("|curl"));
    expect(curl).toBeDefined();
    await interact({
      type: "block_actions",
      team: { id: "T1" },
      user: { id: "U1" },
      channel: { id: "D1" },
      response_url: fake.responseUrl("select"),
      container: { type: "message", channel_id: "D1", message_ts: "1.1" },
      actions: [
        {
          type: "static_select",
          action_id: "snippet_client",
          block_id: select.block_id,
          selected_option: curl,
        },
      ],
    });
    // Privately, in the reply's thread (known from the stored reply: this click carries no message).
    const snippet = fake.callsTo("chat.postEphemeral").find((c) => String(c.body.text).includes("for curl"));
    expect(snippet?.body).toMatchObject({ channel: "D1", user: "U1", thread_ts: event.ts });
    expect(String(snippet?.body.text)).toContain("Corrected config for curl");
    expect(String(snippet?.body.text)).toContain('-H "X-Scope-OrgID: &lt;tenant-id&gt;"');

    const actions = blocks.find((b) => b.type === "actions");
    const helpful =
      actions?.type === "actions"
        ? actions.elements.find((e) => "action_id" in e && e.action_id === "feedback_helpful")
        : undefined;
    await interact({
      type: "block_actions",
      team: { id: "T1" },
      user: { id: "U1" },
      channel: { id: "D1" },
      response_url: fake.responseUrl("thanks"),
      container: { type: "message", channel_id: "D1", message_ts: replyTs },
      message: { type: "message", ts: replyTs, text: "reply" },
      actions: [
        {
          type: "button",
          action_id: "feedback_helpful",
          block_id: "b",
          value: (helpful as { value: string }).value,
        },
      ],
    });
    // The thanks stays in the reply's thread: chat.postEphemeral with thread_ts (respond() would land at the root).
    const thanks = fake
      .callsTo("chat.postEphemeral")
      .find((c) => String(c.body.text).includes("glad it helped"));
    expect(thanks?.body).toMatchObject({ channel: "D1", user: "U1", thread_ts: replyTs });
    expect(await running.store.getFeedback("D1", replyTs)).toMatchObject({
      helpful: 1,
      notHelpful: 0,
      votes: [{ userId: "U1", helpful: true }],
    });
  });

  it("publishes the App Home", async () => {
    await sendEvent({ type: "app_home_opened", user: "U1", channel: "D1", tab: "home", ts: nextTs() });
    expect(fake.callsTo("views.publish")[0]?.body).toMatchObject({ user_id: "U1" });
  });
});

describe("shutdown", () => {
  it("stop() finishes a reply in flight", async () => {
    const release = fake.hold("chat.postMessage");
    await postEvent(running.eventsUrl, envelope(dm(NO_ORG_ID)), signed);
    await waitFor(() => fake.callsTo("chat.postMessage").length === 1, "the held chat.postMessage");
    let done = false;
    stopped = true;
    const stopping = running.bot.stop().then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    release();
    await stopping;
    expect(done).toBe(true);
    expect(fake.callsTo("chat.postEphemeral")).toHaveLength(0);
  });
});
