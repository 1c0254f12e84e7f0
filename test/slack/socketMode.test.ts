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
import { BOT_TOKEN, KNOWLEDGE_DIR } from "./support/startBot.ts";

const APP_TOKEN = "xapp-1-A111-222-socketmodetoken";
const fake = new FakeSlack();

/** A port that was free a moment ago (Socket Mode's health server needs a known one). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe("Socket Mode", () => {
  it("starts with the app token against SLACK_API_URL, answers /healthz meanwhile, and reports a refused token", async () => {
    const port = await freePort();
    const config = slackSettings({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    expect(config.mode).toBe("socket");
    const logs: string[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), "slack-socket-"));
    const store = await openStore({ dataDir });
    onTestFinished(async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const bot = createApp(config, {
      kb: await loadKnowledgeBase(KNOWLEDGE_DIR),
      store,
      logger: createLogger("info", { write: (line: string) => logs.push(line) }),
    });
    expect(bot.mode).toBe("socket");

    const release = fake.hold("apps.connections.open");
    const starting = bot.start();
    const failed = starting.then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    await waitFor(() => fake.callsTo("apps.connections.open").length === 1, "apps.connections.open");
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST" })).status).toBe(404);

    const [open] = fake.callsTo("apps.connections.open");
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    release(); // the fake answers invalid_auth
    const error = await failed;
    expect(String(error?.message)).toContain("invalid_auth");
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(logs.join("\n")).not.toContain("socketmodetoken");
  });
});
