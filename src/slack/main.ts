import { loadKnowledgeBase } from "../knowledge/loadKnowledgeBase.ts";
import { type ProbeConfig, readProbeConfig } from "../probe/readProbeConfig.ts";
import type { StoreOptions } from "../store/openStore.ts";
import { openStore } from "../store/openStore.ts";
import type { Store } from "../store/Store.ts";
import { StoreError } from "../store/StoreError.ts";
import { readStoreConfig } from "../store/storeConfig.ts";
import { createApp } from "./app.ts";
import { BotMetrics } from "./BotMetrics.ts";
import { createLogger, flushWithin } from "./createLogger.ts";
import { describeError } from "./describeError.ts";
import { readConfig } from "./readConfig.ts";
import { SlackConfigError } from "./SlackConfigError.ts";

/** zod's issues as "NAME message" lines, for the probe and store variables. */
function zodProblems(error: unknown): string[] | undefined {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  return issues?.map((i) => `${String(i.path[0] ?? "environment")}: ${i.message}`);
}

/** Every configuration problem at once: the bot's, the probe's and the store's variables. */
function readAll(env: NodeJS.ProcessEnv) {
  const problems: string[] = [];
  let config: ReturnType<typeof readConfig> | undefined;
  let probe: ProbeConfig | undefined;
  let store: StoreOptions | undefined;
  try {
    config = readConfig(env);
  } catch (error) {
    if (!(error instanceof SlackConfigError)) throw error;
    problems.push(error.message);
  }
  try {
    probe = readProbeConfig(env);
  } catch (error) {
    problems.push(...(zodProblems(error) ?? [String(error)]));
  }
  try {
    store = readStoreConfig(env);
  } catch (error) {
    problems.push(...(zodProblems(error) ?? [String(error)]));
  }
  if (problems.length > 0 || !config || !probe || !store) {
    process.stderr.write(`${problems.join("\n")}\n`);
    process.exit(2);
  }
  return { config, probe, store };
}

/** `npm start`: the only place that reads the environment and exits. */
async function main(): Promise<void> {
  const { config, probe, store: storeOptions } = readAll(process.env);
  const logger = createLogger(config.logLevel);
  const kb = await loadKnowledgeBase();
  // Made before the store so that the store's retries are counted in /metrics from the first one.
  const metrics = new BotMetrics();
  let store: Store;
  try {
    store = await openStore({
      ...storeOptions,
      retry: { ...storeOptions.retry, onRetry: metrics.storeRetried },
    });
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    const where = storeOptions.databaseUrl
      ? "DATABASE_URL"
      : `DATA_DIR (${storeOptions.dataDir ?? "./data"})`;
    process.stderr.write(
      `The bot's store could not be opened (${error.code}): ${String(describeError(error).message).replace(/[.?!]*$/, "")}. Check ${where}.\n`,
    );
    process.exit(1);
  }
  logger.info({ store: store.describe, backend: store.backend }, "store opened");
  if (config.probeAllowedUsers.length === 0 && config.probeAllowedChannels.length === 0) {
    logger.info("live probes are off: set PROBE_ALLOWED_USERS or PROBE_ALLOWED_CHANNELS to allow them");
  } else {
    // Which key the audit line's token fingerprints use: the operator's, or the one kept in the
    // store (made on the first probe, shared by every copy, kept across restarts).
    const keyFrom = probe.fingerprintKey ? "PROBE_FINGERPRINT_KEY" : "store";
    logger.info({ fingerprintKey: keyFrom }, "live probes are on");
  }
  const bot = createApp(config, { kb, logger, store, metrics, probe: { policy: probe } });
  try {
    const { port } = await bot.start();
    logger.info({ mode: config.mode, port, entries: kb.entries.length }, "telemetry doctor is running");
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }

  let stopping = false;
  // A stop that hangs (a reply stuck on a dead socket, a store that does not close) must not keep
  // the process alive: after the budget it exits anyway, non-zero.
  const exit = (code: number) => flushWithin(logger, FLUSH_BUDGET_MS, () => process.exit(code));
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing replies in flight");
    const budget = setTimeout(() => {
      logger.error({ budgetMs: STOP_BUDGET_MS }, "stop took too long; exiting");
      exit(1);
    }, STOP_BUDGET_MS);
    bot
      .stop()
      .then(() => store.close())
      .then(
        () => {
          clearTimeout(budget);
          exit(0);
        },
        (error: unknown) => {
          clearTimeout(budget);
          logger.error({ err: describeError(error) }, "stop failed");
          exit(1);
        },
      );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

/** How long replies in flight may take to finish after SIGTERM, and the log flush after that. */
const STOP_BUDGET_MS = 10_000;
const FLUSH_BUDGET_MS = 1_000;

// A closed stdout or stderr (EPIPE) is no reason to crash or to hang: the writes are dropped.
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});

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
