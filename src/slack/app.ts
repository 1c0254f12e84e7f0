import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, type Receiver, SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "pino";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { defaultProbeConfig } from "../probe/ProbeConfig.ts";
import { ProbeGate } from "../probe/ProbeGate.ts";
import type { SlackSettings } from "../settings/Settings.ts";
import type { Store } from "../store/Store.ts";
import { storeDeduper } from "../store/storeDeduper.ts";
import type { BotContext, ProbeSetup } from "./BotContext.ts";
import { BotMetrics, type DeliveryKind } from "./BotMetrics.ts";
import { boltLogger } from "./boltLogger.ts";
import { claimOnce } from "./claimOnce.ts";
import { describeError } from "./describeError.ts";
import type { EncryptedInstallationStore } from "./EncryptedInstallationStore.ts";
import { healthRoutes, startHealthServer } from "./healthServer.ts";
import { InflightWork } from "./InflightWork.ts";
import { installFlow } from "./installFlow.ts";
import { registerListeners } from "./listeners/index.ts";
import { RecentProbes } from "./RecentProbes.ts";
import { RecentReplies } from "./RecentReplies.ts";
import { UserNames } from "./UserNames.ts";

export interface AppDeps {
  kb: KnowledgeBase;
  logger: Logger;
  /** Replies, votes, gaps, escalations and event claims; shared by every copy of the bot. */
  store: Store;
  /** Who may probe and the live-probe policy (readSettings, once at start); default: nobody, the built-in policy. */
  probe?: Partial<ProbeSetup>;
  /** The app's metrics (GET /metrics); main.ts makes it first to count the store's retries. Default: a new one. */
  metrics?: BotMetrics;
  /** Web API retries: a reply half an hour late helps nobody, so far fewer than the client's default. */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
}

export interface Bot {
  app: App;
  mode: SlackSettings["mode"];
  metrics: BotMetrics;
  /** Listens (HTTP: Slack's requests and /healthz; Socket Mode: connects, and /healthz on PORT). */
  start(): Promise<{ port: number }>;
  /** Stops taking new work, then waits for replies in flight. */
  stop(): Promise<void>;
  /** Resolves when no handler is running. */
  idle(): Promise<void>;
}

const DEFAULT_RETRY = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

/** Builds the Bolt app and every listener from a validated config. Nothing here reads the environment. */
export function createApp(config: SlackSettings, deps: AppDeps): Bot {
  const logger = deps.logger;
  const inflight = new InflightWork();
  const metrics = deps.metrics ?? new BotMetrics();
  // Every failing store call is counted here, once, whichever listener made it.
  const store = metrics.countStore(deps.store);
  const bot: BotContext = {
    config,
    kb: deps.kb,
    logger,
    metrics,
    store,
    deduper: storeDeduper(store),
    replies: new RecentReplies(store, logger),
    probe: {
      access: deps.probe?.access ?? { users: [], channels: [] },
      policy: deps.probe?.policy ?? defaultProbeConfig(),
      gate: deps.probe?.gate ?? new ProbeGate({ maxConcurrent: 4, perUser: 5, windowMs: 60_000 }),
      ...(deps.probe?.lookup ? { lookup: deps.probe.lookup } : {}),
      ...(deps.probe?.ca ? { ca: deps.probe.ca } : {}),
    },
    probes: new RecentProbes(),
    names: new UserNames(),
    newReplyId: () => randomUUID().slice(0, 13),
  };
  const slackLogger = boltLogger(logger);
  const clientOptions = {
    retryConfig: deps.retryConfig ?? DEFAULT_RETRY,
    timeout: 10_000,
    // Counts Web API errors and rate limits for /metrics; the request itself is the global fetch's.
    fetch: metrics.fetch,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
  };
  const routes = healthRoutes(store, metrics);
  // Installs in many workspaces: each event is answered with the token of the workspace it is from.
  const flow = config.oauth ? installFlow(config.oauth, { store, logger, clientOptions }) : undefined;
  if (flow) bot.installations = flow.installations;
  if (flow && config.botToken) {
    logger.warn("SLACK_BOT_TOKEN is ignored: with installs in many workspaces each one has its own token");
  }

  let receiver: Receiver;
  if (config.mode === "socket") {
    if (!config.appToken) throw new Error("Socket Mode needs an app token");
    receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: slackLogger,
      installerOptions: { clientOptions },
    });
  } else {
    if (!config.signingSecret) throw new Error("HTTP mode needs a signing secret");
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: "/slack/events",
      customRoutes: Object.entries(routes).map(([path, handler]) => ({ path, method: ["GET"], handler })),
      logger: slackLogger,
      processBeforeResponse: false,
      ...flow?.receiverOptions,
    });
  }

  const app = new App({
    // With installs in many workspaces the token comes from the event's installation instead.
    ...(config.botToken && !flow ? { token: config.botToken } : {}),
    receiver,
    logger: slackLogger,
    clientOptions,
    convoStore: false,
    // auth.test runs in start(), so a refused token fails start-up cleanly instead of rejecting unobserved.
    deferInitialization: true,
    // Developer mode logs whole request bodies (tokens included): never in production.
    developerMode: config.developerMode && !config.production,
  });

  // One reply per delivery: Slack retries (same event_id, X-Slack-Retry-Num) are dropped here.
  app.use(async ({ body, context, next }) => {
    await metrics.received(deliveryKind(body), () =>
      inflight.run(async () => {
        const eventId = (body as { event_id?: unknown }).event_id;
        if (typeof eventId === "string" && !(await claimOnce(bot, `event:${eventId}`))) {
          logger.info(
            { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
            "retry dropped",
          );
          return;
        }
        await next();
      }),
    );
  });
  app.error(async (error) => {
    logger.error({ err: describeError(error) }, "unhandled error in a listener");
  });
  registerListeners(app, bot);

  let healthServer: Server | undefined;
  return {
    app,
    mode: config.mode,
    metrics,
    async start() {
      await app.init();
      if (flow) await resealAtStart(flow.installations, logger);
      if (config.mode === "socket") {
        const health = await startHealthServer(config.port, config.host, routes);
        healthServer = health.server;
        try {
          await app.start();
        } catch (error) {
          await new Promise((resolve) => health.server.close(resolve));
          healthServer = undefined;
          throw error;
        }
        logger.info({ mode: "socket", healthPort: health.port }, "bot started");
        return { port: health.port };
      }
      const server = await app.start({ port: config.port, host: config.host });
      const port = (server.address() as AddressInfo).port;
      logger.info({ mode: "http", port }, "bot started");
      return { port };
    },
    async stop() {
      await app.stop();
      await inflight.idle();
      if (healthServer) {
        const server = healthServer;
        healthServer = undefined;
        await new Promise((resolve) => server.close(resolve));
      }
      logger.info("bot stopped");
    },
    idle: () => inflight.idle(),
  };
}

/**
 * After a key rotation, seals every token an older key sealed with the current one, so the old key
 * can be dropped. Not fatal: a row that does not open stays as it is and is logged.
 */
async function resealAtStart(installations: EncryptedInstallationStore, logger: Logger): Promise<void> {
  try {
    const { resealed, failed } = await installations.resealAll();
    if (resealed > 0 || failed > 0)
      logger.info({ resealed, failed }, "installation tokens re-sealed at start");
  } catch (error) {
    logger.warn({ err: describeError(error) }, "could not re-seal installation tokens at start");
  }
}

/** Which kind of delivery a request body is, for the event-to-reply histogram. */
function deliveryKind(body: unknown): DeliveryKind {
  const b = body as { type?: unknown; command?: unknown };
  if (typeof b.command === "string") return "command";
  switch (b.type) {
    case "event_callback":
      return "event";
    case "block_actions":
      return "action";
    case "shortcut":
    case "message_action":
      return "shortcut";
    case "view_submission":
    case "view_closed":
      return "view";
    default:
      return "other";
  }
}
