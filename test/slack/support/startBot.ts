import { fileURLToPath } from "node:url";
import { loadKnowledgeBase } from "../../../src/knowledge/loadKnowledgeBase.ts";
import { type Bot, createApp } from "../../../src/slack/app.ts";
import { createLogger } from "../../../src/slack/createLogger.ts";
import { readConfig } from "../../../src/slack/readConfig.ts";
import type { FakeSlack } from "./FakeSlack.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-1111-2222-testtokenvalue";
export const KNOWLEDGE_DIR = fileURLToPath(new URL("./knowledge", import.meta.url));

export interface RunningBot {
  bot: Bot;
  /** Where Slack's requests go. */
  eventsUrl: string;
  baseUrl: string;
  /** Every log line the bot wrote (JSON). */
  logs: string[];
}

/** The real app over HTTP on loopback, its Web API calls and file downloads pointed at the fake. */
export async function startBot(fake: FakeSlack, env: Record<string, string> = {}): Promise<RunningBot> {
  const logs: string[] = [];
  const config = readConfig({
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
  });
  const logger = createLogger("debug", { write: (line: string) => logs.push(line) });
  const kb = await loadKnowledgeBase(KNOWLEDGE_DIR);
  const bot = createApp(config, { kb, logger });
  const { port } = await bot.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  return { bot, eventsUrl: `${baseUrl}/slack/events`, baseUrl, logs };
}
