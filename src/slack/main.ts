import { CliError } from "../entry/CliError.ts";
import type { CliIo } from "../entry/CliIo.ts";
import { runCli } from "../entry/runCli.ts";
import { loadKnowledgeBase } from "../knowledge/loadKnowledgeBase.ts";
import { readSettings } from "../settings/readSettings.ts";
import { openStore } from "../store/openStore.ts";
import type { Store } from "../store/Store.ts";
import { StoreError } from "../store/StoreError.ts";
import { createApp } from "./app.ts";
import { BotMetrics } from "./BotMetrics.ts";
import { createLogger, flushWithin } from "./createLogger.ts";
import { describeError } from "./describeError.ts";

/** How long replies in flight may take to finish after SIGTERM, and the log flush after that. */
const STOP_BUDGET_MS = 10_000;
const FLUSH_BUDGET_MS = 1_000;

const TOKEN_REFUSED = new Set(["invalid_auth", "not_authed", "account_inactive", "token_revoked"]);

/**
 * `npm start`: reads the settings, opens the store, starts the bot and runs until `io.signal` is
 * aborted (SIGTERM, SIGINT); then finishes the replies in flight, stops and closes the store.
 * Resolves with the exit status: 0 after a clean stop, 1 when stopping failed or took too long.
 */
export async function main(_argv: readonly string[], io: CliIo): Promise<number> {
  const settings = readSettings(io.env);
  const { slack: config, probe, store: storeOptions } = settings;
  // The process's own stdout gets the EPIPE-safe writer; a test's output gets the lines as they are.
  const logger = createLogger(
    config.logLevel,
    io.stdout === process.stdout ? undefined : { write: (line: string) => void io.stdout.write(line) },
  );
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
    throw new CliError(
      `The bot's store could not be opened (${error.code}): ${String(describeError(error).message).replace(/[.?!]*$/, "")}. Check ${where}.`,
      1,
      { cause: error },
    );
  }
  logger.info({ store: store.describe, backend: store.backend }, "store opened");
  if (probe.access.users.length === 0 && probe.access.channels.length === 0) {
    logger.info("live probes are off: set PROBE_ALLOWED_USERS or PROBE_ALLOWED_CHANNELS to allow them");
  } else {
    // Which key the audit line's token fingerprints use: the operator's, or the one kept in the
    // store (made on the first probe, shared by every copy, kept across restarts).
    const keyFrom = probe.fingerprintKey ? "PROBE_FINGERPRINT_KEY" : "store";
    logger.info({ fingerprintKey: keyFrom }, "live probes are on");
  }
  const bot = createApp(config, {
    kb,
    logger,
    store,
    metrics,
    probe: { policy: probe, access: probe.access },
  });
  try {
    const { port } = await bot.start();
    logger.info({ mode: config.mode, port, entries: kb.entries.length }, "telemetry doctor is running");
  } catch (error) {
    await store.close().catch(() => {});
    const described = describeError(error);
    const hint =
      typeof described.slackError === "string" && TOKEN_REFUSED.has(described.slackError)
        ? " Slack refused a token: check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN in Socket Mode), or reinstall the app."
        : "";
    throw new CliError(`The Slack bot failed to start: ${String(described.message)}.${hint}`, 1, {
      cause: error,
    });
  }

  const signal = io.signal;
  const stopped = new Promise<string>((resolve) => {
    if (!signal) return; // nothing can stop it: it runs as long as the process does
    if (signal.aborted) resolve("signal");
    signal.addEventListener("abort", () => resolve("signal"), { once: true });
  });
  const why = await stopped;
  logger.info({ signal: why }, "stopping: finishing replies in flight");
  // A stop that hangs (a reply stuck on a dead socket, a store that does not close) must not keep
  // the process alive: after the budget it ends anyway, non-zero (the runner exits at once).
  let budget: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    bot
      .stop()
      .then(() => store.close())
      .then(
        () => 0,
        (error: unknown) => {
          logger.error({ err: describeError(error) }, "stop failed");
          return 1;
        },
      ),
    new Promise<number>((resolve) => {
      budget = setTimeout(() => {
        logger.error({ budgetMs: STOP_BUDGET_MS }, "stop took too long; exiting");
        resolve(1);
      }, STOP_BUDGET_MS);
    }),
  ]);
  clearTimeout(budget);
  await new Promise<void>((resolve) => flushWithin(logger, FLUSH_BUDGET_MS, resolve));
  return code;
}

await runCli(import.meta.url, "telemetry-doctor", main, { forceExit: true, stopOnSignal: true });
