import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledgeBase } from "../../../src/knowledge/loadKnowledgeBase.ts";
import { readSettings } from "../../../src/settings/readSettings.ts";
import { type Bot, createApp } from "../../../src/slack/app.ts";
import type { ProbeSetup } from "../../../src/slack/BotContext.ts";
import { createLogger } from "../../../src/slack/createLogger.ts";
import { openStore, type StoreOptions } from "../../../src/store/openStore.ts";
import type { Store } from "../../../src/store/Store.ts";
import type { FakeSlack } from "./FakeSlack.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-1111-2222-testtokenvalue";
export const KNOWLEDGE_DIR = fileURLToPath(new URL("./knowledge", import.meta.url));

export interface RunningBot {
  bot: Bot;
  store: Store;
  /** Where Slack's requests go. */
  eventsUrl: string;
  baseUrl: string;
  /** Every log line the bot wrote (JSON). */
  logs: string[];
  /** Stops the bot, then close(). */
  stop(): Promise<void>;
  /** Closes the store and removes a temporary one (after the bot was stopped). */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Where the store lives; default a fresh PGlite directory, removed on stop. */
  store?: StoreOptions;
  probe?: Partial<ProbeSetup>;
  /** The knowledge directory; default the two-entry test base. */
  knowledgeDir?: string;
}

/** The real app over HTTP on loopback with a real store, its Web API calls pointed at the fake. */
export async function startBot(
  fake: FakeSlack,
  env: Record<string, string | undefined> = {},
  options: StartOptions = {},
): Promise<RunningBot> {
  const logs: string[] = [];
  const { slack: config, probe } = readSettings(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: "0",
      HOST: "127.0.0.1",
      SLACK_API_URL: fake.apiUrl,
      DIAGNOSE_CHANNELS: "CPASTE",
      SLACK_FILE_ORIGINS: fake.origin,
      SLACK_FILE_MAX_BYTES: "4096",
      LOG_LEVEL: "debug",
      ...env,
    },
    ["slack", "probe"],
  );
  const logger = createLogger("debug", { write: (line: string) => logs.push(line) });
  const kb = await loadKnowledgeBase(options.knowledgeDir ?? KNOWLEDGE_DIR);
  const tempDir = options.store ? undefined : mkdtempSync(join(tmpdir(), "slack-store-"));
  const store = await openStore(options.store ?? { dataDir: tempDir ?? "" });
  // Who may probe comes from the environment (PROBE_ALLOWED_USERS …); the policy from the test's options.
  const bot = createApp(config, { kb, logger, store, probe: { access: probe.access, ...options.probe } });
  const { port } = await bot.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  const close = async () => {
    await store.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  return {
    bot,
    store,
    eventsUrl: `${baseUrl}/slack/events`,
    baseUrl,
    logs,
    async stop() {
      await bot.stop();
      await close();
    },
    close,
  };
}
