import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Store } from "../store/Store.ts";
import type { BotMetrics } from "./BotMetrics.ts";
import { describeError } from "./describeError.ts";

export const HEALTH_PATH = "/healthz";
export const READY_PATH = "/readyz";
export const METRICS_PATH = "/metrics";

/** The longest /readyz waits for the store before it says not ready. */
const READY_BUDGET_MS = 2_000;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function answerHealth(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
  res.end('{"ok":true}');
}

/**
 * GET /healthz (the process answers), GET /readyz (and the store answers its cheap query: 503
 * while it cannot), GET /metrics (Prometheus text format). The same handlers serve HTTP mode (as
 * Bolt's custom routes) and Socket Mode (on the health server below).
 */
export function healthRoutes(store: Store, metrics: BotMetrics): Record<string, Handler> {
  const ready: Handler = (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error("the store did not answer in time"), { code: "STORE_TIMEOUT" })),
        READY_BUDGET_MS,
      );
    });
    Promise.race([store.ping(), deadline])
      .then(
        () => {
          res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
          res.end('{"ok":true}');
        },
        (error: unknown) => {
          const code = String(describeError(error).code ?? "STORE_UNREACHABLE");
          res.writeHead(503, { "content-type": "application/json", "cache-control": "no-store" });
          res.end(JSON.stringify({ ok: false, store: code }));
        },
      )
      .finally(() => clearTimeout(timer));
  };
  const scrape: Handler = (_req, res) => {
    metrics.scrape().then(
      ({ contentType, body }) => {
        res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
        res.end(body);
      },
      () => res.writeHead(500).end(),
    );
  };
  return { [HEALTH_PATH]: answerHealth, [READY_PATH]: ready, [METRICS_PATH]: scrape };
}

/** Socket Mode has no HTTP server of its own: this one answers the health routes and nothing else. */
export async function startHealthServer(
  port: number,
  host: string,
  routes: Record<string, Handler> = { [HEALTH_PATH]: answerHealth },
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const route = req.method === "GET" ? routes[req.url?.split("?")[0] ?? ""] : undefined;
    if (route) return route(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
