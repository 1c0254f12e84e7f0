import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProbeGate } from "../../src/probe/ProbeGate.ts";
import { REFUSED_MESSAGE } from "../../src/probe/ProbeRefusedError.ts";
import type { View } from "../../src/slack/blocks/slackTypes.ts";
import { type FakeXscaler, startFakeXscaler, TOKENS } from "../probe/fakeXscaler.ts";
import { FAST, mapLookup } from "../probe/helpers.ts";
import { makeTestPki } from "../probe/makeCerts.ts";
import { probeSettings } from "../support/settings.ts";
import { FakeSlack } from "./support/FakeSlack.ts";
import {
  blockTexts,
  buttons,
  clickPayload,
  interact,
  nextTs,
  sendEvent,
  submitPayload,
} from "./support/interactions.ts";
import { postCommand, postInteraction } from "./support/signedRequest.ts";
import { type RunningBot, SIGNING_SECRET, startBot } from "./support/startBot.ts";

const HOST = "xscaler.test";
const BAD_TOKEN = "xsk_not_a_real_token_7f3e9a21c4b8";
const NO_ORG_ID = `ts=2024-05-01T10:00:00Z caller=dedupe.go:112 component=remote level=error remote_name=xs url=https://${HOST}/api/v1/push msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"`;

const fake = new FakeSlack();
let backend: FakeXscaler;
let running: RunningBot;

beforeAll(async () => {
  const pki = makeTestPki();
  backend = await startFakeXscaler({ right: pki.issue(HOST), wrong: pki.issue("other.test") });
  await fake.start();
  // The test's explicit opt-in to loopback, the host allow-list, and a resolver for the test name.
  const policy = {
    ...probeSettings({ PROBE_ALLOW_PRIVATE: "1", PROBE_ALLOWED_HOSTS: HOST }),
    timeouts: FAST,
  };
  running = await startBot(
    fake,
    { PROBE_ALLOWED_USERS: "U1", ESCALATION_CHANNEL: "CESC" },
    {
      probe: {
        policy,
        lookup: mapLookup({ [HOST]: ["127.0.0.1"] }),
        ca: [pki.caPem],
        gate: new ProbeGate({ maxConcurrent: 2, perUser: 3, windowMs: 60_000 }),
      },
    },
  );
});

afterAll(async () => {
  await running.stop();
  await fake.stop();
  await backend.close();
});

beforeEach(() => {
  fake.reset();
  backend.seen.length = 0;
});

/** A diagnosis in a channel thread; returns what the probe button needs. */
async function diagnosisInThread(channel = "CSUP") {
  const ts = nextTs();
  await sendEvent(running, { type: "app_mention", channel, user: "U1", text: `<@UBOT> ${NO_ORG_ID}`, ts });
  const reply = fake.callsTo("chat.postMessage")[0];
  const blocks = reply?.body.blocks as never;
  return { ts, replyTs: String(reply?.answer?.ts), probe: buttons(blocks).get("run_probe") };
}

function openedView(): View & { private_metadata: string; callback_id: string } {
  const call = fake.callsTo("views.open").at(-1);
  return call?.body.view as never;
}

/** Every byte the bot sent out (Web API calls, response_url posts) and every log line. */
function everythingSent(): string {
  return JSON.stringify(fake.calls) + JSON.stringify(fake.responses) + running.logs.join("\n");
}

describe("live probe from Slack", () => {
  it("button → prefilled modal → submit: a checklist in the thread, the detail privately, the token nowhere", async () => {
    const { ts, replyTs, probe } = await diagnosisInThread();
    expect(probe).toBeDefined();
    await interact(
      running,
      clickPayload(fake, {
        user: "U1",
        channel: "CSUP",
        replyTs,
        threadTs: ts,
        actionId: "run_probe",
        value: probe?.value ?? "",
      }),
    );
    const view = openedView();
    expect(view.callback_id).toBe("live_probe");
    const modal = JSON.stringify(view);
    expect(modal).toContain(`"initial_value":"https://${HOST}"`); // the host the diagnosis saw
    expect(modal).toMatch(/"initial_option":\{[^}]*\},"value":"prometheus"\}/); // the detected client
    expect(JSON.parse(view.private_metadata)).toEqual({ user: "U1", channel: "CSUP", threadTs: ts });

    fake.reset();
    const ack = await interact(
      running,
      submitPayload("U1", view, {
        probe_url: `https://${HOST}:${backend.httpsPort}/api/v1/push`,
        probe_tenant: "tenant-1",
        probe_token: BAD_TOKEN,
        probe_client: { selected: "prometheus" },
      }),
    );
    expect(ack).toEqual({});
    // The backend saw the token: the probe really ran with it.
    expect(backend.seen.some((r) => r.headers.authorization === `Bearer ${BAD_TOKEN}`)).toBe(true);

    const [checklist, ...others] = fake.callsTo("chat.postMessage");
    expect(others).toHaveLength(0);
    expect(checklist?.body).toMatchObject({ channel: "CSUP", thread_ts: ts });
    const text = blockTexts(checklist?.body.blocks as never);
    expect(text).toContain("the Write (remote_write) check failed");
    expect(text).toMatch(
      /✓ URL\n✓ DNS\n✓ TCP connect\n✓ TLS\n✗ Write \(remote_write\): Token rejected: 401 Unauthorized/,
    );
    expect(text).toContain("– Read (query)");
    expect(text).toContain("*Do first:* ");
    expect(text).not.toContain("*Cause*"); // the thread gets the card, not the whole entry
    expect(text).not.toContain("tenant-1"); // no check details in the thread
    expect(JSON.stringify(checklist?.body.blocks)).not.toContain("<@"); // who ran it is named, not pinged

    const [detail] = fake.callsTo("chat.postEphemeral");
    expect(detail?.body).toMatchObject({ channel: "CSUP", user: "U1", thread_ts: ts });
    const detailText = blockTexts(detail?.body.blocks as never);
    expect(detailText).toContain("401");
    expect(detailText).toMatch(/Token fingerprint: \S+/);

    expect(running.logs.some((l) => l.includes('"probe audit"') && l.includes('"who":"U1"'))).toBe(true);
    expect(everythingSent()).not.toContain(BAD_TOKEN);
    expect(everythingSent()).not.toContain(BAD_TOKEN.slice(4, 20));
  });

  it("a refused destination gets only the plain refusal, privately", async () => {
    const { ts } = await diagnosisInThread();
    fake.reset();
    await interact(
      running,
      submitPayload(
        "U1",
        {
          callback_id: "live_probe",
          private_metadata: JSON.stringify({ user: "U1", channel: "CSUP", threadTs: ts }),
        },
        { probe_url: "https://internal.corp.example/api/v1/push", probe_token: TOKENS.rw },
      ),
    );
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
    const [refusal] = fake.callsTo("chat.postEphemeral");
    expect(refusal?.body).toMatchObject({ channel: "CSUP", user: "U1" });
    expect(String(refusal?.body.text)).toContain(REFUSED_MESSAGE);
    expect(backend.seen).toHaveLength(0);
    expect(everythingSent()).not.toContain(TOKENS.rw);
  });

  it("refuses a user who is not allowed, politely, at the button and at a submission", async () => {
    const { ts, replyTs, probe } = await diagnosisInThread();
    fake.reset();
    await interact(
      running,
      clickPayload(fake, {
        user: "U2",
        channel: "CSUP",
        replyTs,
        threadTs: ts,
        actionId: "run_probe",
        value: probe?.value ?? "",
      }),
    );
    expect(fake.callsTo("views.open")).toHaveLength(0);
    // Privately, in the thread of the button, in the person's terms (not the setting's name).
    const [refusal] = fake.callsTo("chat.postEphemeral");
    expect(refusal?.body).toMatchObject({ channel: "CSUP", user: "U2", thread_ts: ts });
    expect(String(refusal?.body.text)).toContain("Live probes are run by");
    expect(String(refusal?.body.text)).not.toContain("PROBE_ALLOWED");

    const ack = await interact(
      running,
      submitPayload(
        "U2",
        {
          callback_id: "live_probe",
          private_metadata: JSON.stringify({ user: "U1", channel: "CSUP", threadTs: ts }),
        },
        { probe_url: `https://${HOST}:${backend.httpsPort}`, probe_token: TOKENS.rw },
      ),
    );
    expect(ack).toMatchObject({ response_action: "update" });
    expect(JSON.stringify(ack)).toContain("Live probes are run by");
    expect(backend.seen).toHaveLength(0);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("`/diagnose probe` and the global shortcut open the modal for an allowed user, a refusal for others", async () => {
    const res = await postCommand(
      running.eventsUrl,
      {
        command: "/diagnose",
        text: "probe",
        user_id: "U1",
        channel_id: "CSUP",
        team_id: "T1",
        trigger_id: "trig-cmd",
        response_url: fake.responseUrl("cmd"),
      },
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    await running.bot.idle();
    expect(openedView().callback_id).toBe("live_probe");
    expect(JSON.parse(openedView().private_metadata)).toMatchObject({ user: "U1", channel: "CSUP" });

    const shortcut = (user: string) =>
      postInteraction(
        running.eventsUrl,
        {
          type: "shortcut",
          callback_id: "live_probe",
          trigger_id: `trig-${user}`,
          user: { id: user },
          team: { id: "T1" },
        },
        { secret: SIGNING_SECRET },
      );
    expect((await shortcut("U1")).status).toBe(200);
    await running.bot.idle();
    expect(openedView().callback_id).toBe("live_probe");
    expect((await shortcut("U3")).status).toBe(200);
    await running.bot.idle();
    expect(openedView().callback_id).toBe("notice");
    expect(JSON.stringify(openedView())).toContain("Live probes are run by");
  });

  it("says when too many probes ran: busy, try again in N s", async () => {
    const meta = JSON.stringify({ user: "U1", channel: "CSUP", threadTs: "1.0" });
    for (let i = 0; i < 4; i++) {
      await interact(
        running,
        submitPayload(
          "U1",
          { callback_id: "live_probe", private_metadata: meta },
          {
            probe_url: `https://${HOST}:${backend.httpsPort}`,
            probe_client: { selected: "grafana" },
          },
        ),
      );
    }
    const last = fake.callsTo("chat.postEphemeral").at(-1);
    expect(String(last?.body.text)).toMatch(/try again in \d+ s/);
  });
});
