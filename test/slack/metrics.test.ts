import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import { createApp } from "../../src/slack/app.ts";
import { createLogger } from "../../src/slack/createLogger.ts";
import { openStore } from "../../src/store/openStore.ts";
import { slackSettings } from "../support/settings.ts";
import { FakeSlack, waitFor } from "./support/FakeSlack.ts";
import { buttons, clickPayload, interact, nextTs, sendEvent, submitPayload } from "./support/interactions.ts";
import { BOT_TOKEN, KNOWLEDGE_DIR, type RunningBot, startBot } from "./support/startBot.ts";

const NO_ORG_ID =
  'level=error component=remote_write msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';
// Words only the users wrote: none may reach /metrics, nor their ids.
const MARKER = "zebramarker7731";
const USER = "UMETRICS42";
const PROBER = "UPROBER42";
const DM = "DMETRICS42";
const CHANNEL = "CPASTE";

const fake = new FakeSlack();
let running: RunningBot;

beforeAll(async () => {
  await fake.start();
  running = await startBot(fake, { PROBE_ALLOWED_USERS: PROBER });
});
afterAll(async () => {
  await running.stop();
  await fake.stop();
});

/** One sample's value from the text exposition, or undefined when the series is absent. */
function sample(body: string, series: string): number | undefined {
  const line = body.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

function dm(text: string) {
  return { type: "message", channel: DM, channel_type: "im", user: USER, text, ts: nextTs() };
}

describe("GET /metrics after a run through the real app", () => {
  it("counts diagnoses, no-matches, passive listening, votes, probe refusals, Slack errors and rate limits, without user text", async () => {
    // A diagnosis in a DM, its first post rate-limited once (the client waits and tries again).
    fake.fail("chat.postMessage", { status: 429, retryAfter: 0 });
    await sendEvent(running, dm(`${NO_ORG_ID} ${MARKER}`));
    // A no-match in a DM, and its post refused by Slack.
    await sendEvent(running, dm(`hello, ${MARKER} says hi`));
    fake.fail("chat.postMessage", { error: "channel_not_found" });
    await sendEvent(running, dm(`and again ${MARKER}`));
    // A bare status code in a DM: what it usually means, counted as a status answer, not a no-match.
    await sendEvent(running, dm("401"));
    // Passive: chatter in a listed channel, and an error the bot is sure of.
    await sendEvent(running, {
      type: "message",
      channel: CHANNEL,
      user: USER,
      text: `lunch? ${MARKER}`,
      ts: nextTs(),
    });
    await sendEvent(running, {
      type: "message",
      channel: CHANNEL,
      user: USER,
      text: NO_ORG_ID,
      ts: nextTs(),
    });

    // A vote on the first reply.
    const first = fake.calls.find((c) => c.method === "chat.postMessage" && c.answer !== undefined);
    const body = first?.body as { channel: string; thread_ts: string; blocks: never };
    const replyTs = String(first?.answer?.ts);
    // Clicks one of the reply's buttons, as USER.
    // `shown: false`: a button the reply does not offer USER (who may not probe), clicked on a stale copy.
    const click = async (actionId: string, shown = true) => {
      const button = buttons(body.blocks).get(actionId);
      if (shown) expect(button, actionId).toBeDefined();
      else expect(button, actionId).toBeUndefined();
      await interact(
        running,
        clickPayload(fake, {
          user: USER,
          channel: body.channel,
          replyTs,
          threadTs: body.thread_ts,
          actionId,
          value: button?.value ?? "",
        }),
      );
    };
    await click("feedback_helpful");
    // Probes: one by someone not allowed, one by an allowed user to a refused destination.
    await click("run_probe", false);
    await interact(
      running,
      submitPayload(
        PROBER,
        {
          callback_id: "live_probe",
          private_metadata: JSON.stringify({ user: PROBER, channel: body.channel, threadTs: body.thread_ts }),
        },
        {
          probe_url: "http://169.254.169.254/api/v1/push",
          probe_tenant: "1",
          probe_token: "glc_secret_value_42",
          probe_client: { selected: "prometheus" },
        },
      ),
    );
    await waitFor(
      () => fake.callsTo("chat.postEphemeral").some((c) => c.body.user === PROBER),
      "the refusal told privately",
    );

    const res = await fetch(`${running.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    console.info(
      `/metrics after the run:\n${text
        .split("\n")
        .filter((l) => l.startsWith("telemetry_doctor_") || l.startsWith("# HELP telemetry"))
        .join("\n")}`,
    );

    expect(sample(text, 'telemetry_doctor_diagnoses_total{symptom="missing-org-id",confidence="high"}')).toBe(
      2,
    );
    // The third DM's reply never reached Slack: it is an API error, not an answer.
    expect(sample(text, "telemetry_doctor_no_match_answers_total")).toBe(1);
    expect(sample(text, 'telemetry_doctor_status_answers_total{status="401"}')).toBe(1);
    expect(sample(text, 'telemetry_doctor_passive_messages_total{outcome="not_an_error"}')).toBe(1);
    expect(sample(text, 'telemetry_doctor_passive_messages_total{outcome="answered"}')).toBe(1);
    expect(sample(text, 'telemetry_doctor_votes_total{vote="helpful"}')).toBe(1);
    expect(sample(text, 'telemetry_doctor_probes_total{outcome="not_allowed",layer="none"}')).toBe(1);
    expect(sample(text, 'telemetry_doctor_probes_total{outcome="refused",layer="none"}')).toBe(1);
    expect(sample(text, 'telemetry_doctor_slack_api_rate_limited_total{method="chat.postMessage"}')).toBe(1);
    expect(
      sample(
        text,
        'telemetry_doctor_slack_api_errors_total{method="chat.postMessage",error="channel_not_found"}',
      ),
    ).toBe(1);
    expect(sample(text, "telemetry_doctor_diagnosis_duration_seconds_count")).toBeGreaterThanOrEqual(5);
    expect(sample(text, 'telemetry_doctor_event_to_reply_seconds_count{kind="event"}')).toBe(4);
    expect(sample(text, "telemetry_doctor_store_retries_total")).toBe(0);
    expect(text).toContain("process_cpu_user_seconds_total");
    expect(text).toContain("nodejs_eventloop_lag_seconds");
    for (const secret of [MARKER, USER, PROBER, DM, "169.254", "glc_secret", BOT_TOKEN, "no org id"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("GET /readyz answers 200 while the store answers and 503 once it is closed; /healthz stays 200", async () => {
    const other = await startBot(fake);
    expect((await fetch(`${other.baseUrl}/readyz`)).status).toBe(200);
    await other.close();
    const ready = await fetch(`${other.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ok: false, store: "STORE_CLOSED" });
    expect((await fetch(`${other.baseUrl}/healthz`)).status).toBe(200);
    await other.bot.stop();
  });

  it("Socket Mode serves /metrics and /readyz on its health server", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const dataDir = mkdtempSync(join(tmpdir(), "slack-metrics-socket-"));
    const store = await openStore({ dataDir });
    onTestFinished(async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const config = slackSettings({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: "xapp-1-A111-222-socketmodetoken",
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    const bot = createApp(config, {
      kb: await loadKnowledgeBase(KNOWLEDGE_DIR),
      store,
      logger: createLogger("silent", { write: () => {} }),
    });
    const release = fake.hold("apps.connections.open");
    const failed = bot.start().then(
      () => undefined,
      (error: unknown) => error,
    );
    await waitFor(() => fake.callsTo("apps.connections.open").length >= 1, "apps.connections.open");
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain("# TYPE telemetry_doctor_diagnoses_total counter");
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    release(); // the fake answers invalid_auth: start-up fails and the health server closes
    expect(await failed).toBeDefined();
  });
});
