import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";

export type FakeMode = "normal" | "429" | "503" | "hang" | "endless" | "redirect";

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export const TOKENS = {
  read: "xsr_read_3f9c1a7be24d4c55a0e1",
  write: "xsw_write_8d02c6f1a9b34e7781f2",
  rw: "xsrw_both_51e7b90c2d6a4f38b4c3",
} as const;

export interface FakeXscaler {
  httpPort: number;
  /** HTTPS with a certificate for the right name. */
  httpsPort: number;
  /** HTTPS with a certificate for another name. */
  wrongNamePort: number;
  mode: FakeMode;
  /** Where "redirect" mode sends people. */
  redirectTo: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

const SCOPES: Record<string, { read: boolean; write: boolean }> = {
  [TOKENS.read]: { read: true, write: false },
  [TOKENS.write]: { read: false, write: true },
  [TOKENS.rw]: { read: true, write: true },
};

const ROUTES: Record<string, { method: string; scope: "read" | "write" }> = {
  "/api/v1/push": { method: "POST", scope: "write" },
  "/prometheus/api/v1/query": { method: "GET", scope: "read" },
  "/otlp/v1/metrics": { method: "POST", scope: "write" },
};

/**
 * A stand-in for the hosted backend in the xScaler troubleshooting doc: demands X-Scope-OrgID and
 * `Authorization: Bearer`, knows read, write and read+write tokens, serves only the push, query and
 * OTLP paths, and can be switched to 429, 503, hanging, an endless body, or a redirect.
 */
export async function startFakeXscaler(tls: {
  right: { cert: string; key: string };
  wrong: { cert: string; key: string };
}): Promise<FakeXscaler> {
  const state: FakeXscaler = {
    httpPort: 0,
    httpsPort: 0,
    wrongNamePort: 0,
    mode: "normal",
    redirectTo: "http://10.0.0.1/api/v1/push",
    seen: [],
    close: async () => undefined,
  };

  const answer = (
    res: http.ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
    res.end(body);
  };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      state.seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const path = (req.url ?? "").split("?")[0] ?? "";
      const route = ROUTES[path];
      if (!route || route.method !== req.method) return answer(res, 404, "404 page not found\n");
      if (state.mode === "redirect") return answer(res, 302, "", { location: state.redirectTo });
      const tenant = req.headers["x-scope-orgid"];
      if (typeof tenant !== "string" || tenant.trim() === "") return answer(res, 400, "no org id\n");
      const auth = req.headers.authorization ?? "";
      const match = /^Bearer (\S+)$/.exec(auth);
      const scopes = match ? SCOPES[match[1] ?? ""] : undefined;
      if (!scopes) return answer(res, 401, "unauthorized\n");
      if (!scopes[route.scope])
        return answer(res, 403, `permission denied: token lacks ${route.scope} scope\n`);
      if (state.mode === "hang") return; // never answers
      if (state.mode === "503") return answer(res, 503, "upstream connect error\n");
      if (state.mode === "429" && route.scope === "write")
        return answer(res, 429, "ingestion rate limit exceeded\n", { "retry-after": "7" });
      if (state.mode === "endless") {
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = Buffer.alloc(16 * 1024, 0x20);
        const pump = () => {
          while (!res.destroyed && res.write(chunk)) {
            // keep writing until the socket pushes back
          }
          if (!res.destroyed) res.once("drain", pump);
        };
        res.on("close", () => res.removeAllListeners("drain"));
        return pump();
      }
      if (path === "/api/v1/push") {
        // A snappy block starts with the uncompressed length as a varint; an empty WriteRequest is 0x00.
        if (
          req.headers["content-encoding"] !== "snappy" ||
          req.headers["content-type"] !== "application/x-protobuf"
        )
          return answer(res, 415, "unsupported content type\n");
        if (body.length !== 1 || body[0] !== 0x00) return answer(res, 400, "snappy: corrupt input\n");
        res.writeHead(200);
        return res.end();
      }
      if (path === "/otlp/v1/metrics") {
        if (req.headers["content-type"] !== "application/x-protobuf")
          return answer(res, 415, "unsupported\n");
        res.writeHead(200, { "content-type": "application/x-protobuf" });
        return res.end();
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"]}]}}');
    });
  };

  const servers = [
    http.createServer(handler),
    https.createServer({ ...tls.right }, handler),
    https.createServer({ ...tls.wrong }, handler),
  ];
  const ports = await Promise.all(
    servers.map(
      (s) =>
        new Promise<number>((resolve) =>
          s.listen(0, "127.0.0.1", () => resolve((s.address() as AddressInfo).port)),
        ),
    ),
  );
  state.httpPort = ports[0] ?? 0;
  state.httpsPort = ports[1] ?? 0;
  state.wrongNamePort = ports[2] ?? 0;
  state.close = async () => {
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections();
            s.close(() => resolve());
          }),
      ),
    );
  };
  return state;
}
