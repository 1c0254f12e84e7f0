import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { FakeSlack } from "./FakeSlack.ts";
import { type RunningBot, type StartOptions, startBot } from "./startBot.ts";

/** The knowledge base the bot ships with (startBot's default is the two-entry test base). */
export const REAL_KB = fileURLToPath(new URL("../../../knowledge", import.meta.url));

/** Prometheus remote_write refused for want of a tenant: the paste most Slack tests start from. */
export const NO_ORG_ID =
  'ts=2024-05-01T10:00:00Z caller=dedupe.go:112 component=remote level=error remote_name=xs url=https://euw1-01.m.xscalerlabs.com/api/v1/push msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';

/** A live-looking Grafana Cloud token: a paste with it must never show it again. */
export const TOKEN = "glc_eyJrIjoiN2QxZjBhYjYxNDk0ZTA0MmQ2M2Q5NjY0ZmU4YTk0MGQ4In0K";

/** A test file's bot and the fake Slack it talks to. */
export interface FileBot {
  readonly fake: FakeSlack;
  /** The running bot; there from the file's first beforeAll on. */
  readonly running: RunningBot;
}

/**
 * One bot for a test file: a fake Slack and the real app over HTTP on loopback, started before the
 * file's tests and stopped after them, the fake's record cleared before each test. Call it at the
 * top of the file: a beforeAll the file registers after it runs once the bot is up.
 */
export function botPerFile(
  env: Record<string, string | undefined> = {},
  options: StartOptions = {},
): FileBot {
  const fake = new FakeSlack();
  let running: RunningBot | undefined;
  beforeAll(async () => {
    await fake.start();
    running = await startBot(fake, env, options);
  });
  afterAll(async () => {
    await running?.stop();
    await fake.stop();
  });
  beforeEach(() => fake.reset());
  return {
    fake,
    get running() {
      if (!running) throw new Error("the bot starts in beforeAll: use it in a hook or a test");
      return running;
    },
  };
}
