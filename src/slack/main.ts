import { loadKnowledgeBase } from "../knowledge/loadKnowledgeBase.ts";
import { createApp } from "./app.ts";
import { createLogger } from "./createLogger.ts";
import { describeError } from "./describeError.ts";
import { readConfig } from "./readConfig.ts";
import { SlackConfigError } from "./SlackConfigError.ts";

/** `npm start`: the only place that reads the environment and exits. */
async function main(): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof SlackConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const kb = await loadKnowledgeBase();
  const bot = createApp(config, { kb, logger });
  const { port } = await bot.start();
  logger.info({ mode: config.mode, port, entries: kb.entries.length }, "telemetry doctor is running");

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing replies in flight");
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: describeError(error) }, "stop failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

const TOKEN_REFUSED = new Set(["invalid_auth", "not_authed", "account_inactive", "token_revoked"]);

main().catch((error: unknown) => {
  const described = describeError(error);
  const hint =
    typeof described.slackError === "string" && TOKEN_REFUSED.has(described.slackError)
      ? " Slack refused a token: check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN in Socket Mode), or reinstall the app."
      : "";
  process.stderr.write(`The Slack bot failed to start: ${String(described.message)}.${hint}\n`);
  process.exit(1);
});
