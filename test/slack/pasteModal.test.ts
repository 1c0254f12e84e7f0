import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeSlack } from "./support/FakeSlack.ts";
import { interact } from "./support/interactions.ts";
import { type RunningBot, startBot } from "./support/startBot.ts";

const NO_ORG_ID =
  'level=error component=remote_write msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';

const fake = new FakeSlack();
let running: RunningBot;
/** A server on loopback that is not the configured Slack (SLACK_API_URL's origin). */
let foreign: Server;
let foreignHits: string[] = [];

beforeAll(async () => {
  await fake.start();
  running = await startBot(fake);
  foreign = createServer((req, res) => {
    foreignHits.push(req.url ?? "");
    req.resume();
    res.end("ok");
  });
  await new Promise<void>((resolve) => foreign.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await running.stop();
  await fake.stop();
  await new Promise<void>((resolve) => foreign.close(() => resolve()));
});

beforeEach(() => {
  fake.reset();
  foreignHits = [];
});

const submission = (privateMetadata: string) => ({
  type: "view_submission",
  user: { id: "U1" },
  view: {
    id: "V1",
    type: "modal",
    callback_id: "diagnose_paste",
    private_metadata: privateMetadata,
    state: { values: { paste: { paste_input: { type: "plain_text_input", value: NO_ORG_ID } } } },
  },
});

const foreignUrl = () => `http://127.0.0.1:${(foreign.address() as AddressInfo).port}/response/stolen`;

describe("the paste modal answers only through Slack's response_url", () => {
  it("posts the diagnosis to a response_url on the configured Slack origin", async () => {
    const meta = { channel: "C1", user: "U1", responseUrl: fake.responseUrl("paste-ok") };
    expect(await interact(running, submission(JSON.stringify(meta)))).toEqual({});
    const reply = fake.responses.find((r) => r.id === "paste-ok");
    expect(reply?.body.response_type).toBe("ephemeral");
    expect(JSON.stringify(reply?.body)).toContain("Tenant header missing");
  });

  it("posts nothing to a response_url outside the configured origins, even on loopback", async () => {
    // Loopback passes postToResponseUrl's loose default; only the configured origins keep it out.
    const meta = { channel: "C1", user: "U1", responseUrl: foreignUrl() };
    expect(await interact(running, submission(JSON.stringify(meta)))).toEqual({});
    expect(foreignHits).toEqual([]);
    expect(fake.responses).toHaveLength(0);
    expect(running.logs.some((l) => l.includes("response_url is not Slack's"))).toBe(true);
  });

  it.each([
    ["https://hooks.slack.com.evil.example/commands/T1/1/x"],
    ["http://169.254.169.254/latest/meta-data/"],
  ])("posts nothing to %s", async (responseUrl) => {
    const before = running.logs.length;
    await interact(running, submission(JSON.stringify({ channel: "C1", user: "U1", responseUrl })));
    expect(fake.responses).toHaveLength(0);
    expect(running.logs.slice(before).some((l) => l.includes("response_url is not Slack's"))).toBe(true);
  });

  it("survives metadata that is not JSON: acked, logged, nothing posted", async () => {
    const before = running.logs.length;
    expect(await interact(running, submission("{not json"))).toEqual({});
    expect(fake.responses).toHaveLength(0);
    const logs = running.logs.slice(before).join("\n");
    expect(logs).toContain("paste modal metadata unreadable");
    expect(logs).not.toContain('"handler failed"');
  });
});
