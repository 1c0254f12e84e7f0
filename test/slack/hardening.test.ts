import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SettingsError } from "../../src/settings/SettingsError.ts";
import { readProbeModalMetadata } from "../../src/slack/blocks/probeModal.ts";
import { boltLogger } from "../../src/slack/boltLogger.ts";
import { createLogger } from "../../src/slack/createLogger.ts";
import { isSlackResponseUrl, postToResponseUrl } from "../../src/slack/postToResponseUrl.ts";
import { slackSettings } from "../support/settings.ts";
import { FakeSlack } from "./support/FakeSlack.ts";
import { interact, submitPayload } from "./support/interactions.ts";
import { type RunningBot, startBot } from "./support/startBot.ts";

const TOKEN = "glc_eyJvIjoiMTIzNDU2NyIsIm4iOiJwcm9iZSJ9abcdefXYZ";
const SPACED = "abcd1234 efgh5678 ijkl9012";

const fake = new FakeSlack();
let running: RunningBot;
let other: Server;
let otherHits = 0;

beforeAll(async () => {
  await fake.start();
  running = await startBot(fake, { PROBE_ALLOWED_USERS: "U1" });
  other = createServer((_req, res) => {
    otherHits++;
    res.end("ok");
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await running.stop();
  await fake.stop();
  await new Promise<void>((resolve) => other.close(() => resolve()));
});

describe("the probe token in developer mode's request-body logs", () => {
  // Bolt's developer mode logs every body as `logger.debug(JSON.stringify(body))` (App.processEvent);
  // the same call through our Bolt logger into our pino logger, as the app wires them.
  it.each([
    ["a token", TOKEN],
    ["a Bearer-prefixed token", `Bearer ${TOKEN}`],
    ["a token with spaces inside", SPACED],
  ])("%s never reaches a log line", (_name, token) => {
    const lines: string[] = [];
    const bolt = boltLogger(createLogger("debug", { write: (line: string) => lines.push(line) }));
    const body = submitPayload(
      "U2",
      { callback_id: "live_probe", private_metadata: JSON.stringify({ user: "U2" }) },
      {
        probe_url: "https://push.example.com/api/v1/push",
        probe_tenant: "tenant-42",
        probe_token: token,
      },
    );
    bolt.debug(JSON.stringify(body));
    const logs = lines.join("\n");
    expect(logs).toContain("view_submission"); // the body really was logged
    expect(logs).toContain("push.example.com"); // and stays readable
    expect(logs).toContain("tenant-42");
    for (const part of [TOKEN.slice(4), "abcd1234", "efgh5678", "ijkl9012"]) expect(logs).not.toContain(part);
  });
});

describe("the probe modal's metadata", () => {
  it("a submission whose private_metadata is not JSON is answered, not an exception", async () => {
    running.logs.length = 0;
    const ack = await interact(
      running,
      submitPayload(
        "U2",
        { callback_id: "live_probe", private_metadata: "{not json" },
        {
          probe_url: "https://push.example.com/",
        },
      ),
    );
    expect(ack).toMatchObject({ response_action: "update" });
    expect(running.logs.join("\n")).not.toMatch(/SyntaxError|"level":50/);
  });

  it.each([
    ["not JSON", "{oops", { user: "U9" }],
    ["an array", "[1,2]", { user: "U9" }],
    [
      "a foreign user and odd fields",
      JSON.stringify({ user: "U1", channel: 42, responseUrl: "javascript:x" }),
      { user: "U9" },
    ],
    [
      "a good one",
      JSON.stringify({ user: "U1", channel: "CSUP", threadTs: "1700000000.000100" }),
      { user: "U9", channel: "CSUP", threadTs: "1700000000.000100" },
    ],
  ])("reads %s safely", (_name, raw, expected) => {
    expect(readProbeModalMetadata(raw, "U9")).toEqual(expected);
  });
});

describe("postToResponseUrl posts only to Slack", () => {
  it("refuses a URL outside the configured origins before sending anything", async () => {
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/response/x`;
    await expect(
      postToResponseUrl(url, { response_type: "ephemeral", text: "hi" }, [fake.origin]),
    ).rejects.toMatchObject({ code: "RESPONSE_URL_REFUSED" });
    expect(otherHits).toBe(0);
  });

  it("posts to the configured Slack stand-in", async () => {
    await postToResponseUrl(fake.responseUrl("ok"), { response_type: "ephemeral", text: "hi" }, [
      fake.origin,
    ]);
    expect(fake.responses.some((r) => r.id === "ok")).toBe(true);
  });

  it.each([
    ["https://hooks.slack.com/commands/T1/123/abc", true],
    ["https://hooks.slack.com.evil.example/commands/T1", false],
    ["https://evil.example/hooks.slack.com", false],
    ["https://user:pw@hooks.slack.com/commands/T1", false],
    ["http://hooks.slack.com/commands/T1/123/abc", false],
    ["http://169.254.169.254/latest/meta-data/", false],
    ["not a url", false],
  ])("%s → %s with the default origins", (url, ok) => {
    expect(isSlackResponseUrl(url)).toBe(ok);
    expect(isSlackResponseUrl(url, slackSettings(HTTP).responseUrlOrigins)).toBe(ok);
  });
});

const HTTP = { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" };

describe("SLACK_FILE_ORIGINS", () => {
  it.each([
    "http://files.slack.com",
    "http://files.example.com:8080",
    "https://files.slack.com,http://10.0.0.5",
  ])("refuses plain http %s (the bot token goes with every download)", (origins) => {
    expect(() => slackSettings({ ...HTTP, SLACK_FILE_ORIGINS: origins })).toThrow(SettingsError);
  });

  it("accepts https, and http only on loopback (a local test server)", () => {
    expect(
      slackSettings({ ...HTTP, SLACK_FILE_ORIGINS: "https://files.slack.com,http://127.0.0.1:9999" })
        .fileOrigins,
    ).toEqual(["https://files.slack.com", "http://127.0.0.1:9999"]);
  });
});
