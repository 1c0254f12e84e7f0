import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Mode } from "../expectedSymptoms.ts";
import { answers, grpcAnswer, type HttpAnswer } from "./answers.ts";
import { makeCa, makeLeaf } from "./makePki.ts";

export interface ModeServers {
  /** The CA every client is told to trust (NODE_EXTRA_CA_CERTS, --cacert, tls_config.ca_file). */
  caFile: string;
  /** Base URLs for HTTP/1.1 clients (curl, OTLP/HTTP exporters, Prometheus); absent where the mode is not theirs. */
  http: Partial<Record<Mode, string>>;
  /** Base URLs for HTTP/2 and gRPC clients. */
  grpc: Partial<Record<Mode, string>>;
  close(): Promise<void>;
}

const host = "127.0.0.1";

interface Closable {
  close(): Promise<void>;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => resolve((server.address() as net.AddressInfo).port));
  });
}

/** Keeps every socket a server accepts so that close() never waits on a client that hangs on. */
function closable(server: net.Server | http2.Http2Server | http2.Http2SecureServer): Closable {
  const sockets = new Set<net.Socket>();
  server.on("connection", (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  server.on("secureConnection", (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function refusedPort(): Promise<number> {
  // Bind and release: the port then has nothing listening, and no other test server takes it.
  const s = net.createServer();
  const port = await listen(s);
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

function drain(req: http.IncomingMessage | http2.Http2ServerRequest, then: () => void): void {
  req.on("data", () => {});
  req.on("end", then);
  req.on("error", then);
}

export async function startModeServers(): Promise<ModeServers> {
  const dir = mkdtempSync(join(tmpdir(), "real-clients-"));
  const trusted = makeCa("telemetry-doctor real-clients CA");
  const other = makeCa("some other CA");
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, trusted.pem);
  const open: Closable[] = [];
  const httpUrls: Partial<Record<Mode, string>> = {};
  const grpcUrls: Partial<Record<Mode, string>> = {};
  const both = (mode: Mode, url: string) => {
    httpUrls[mode] = url;
    grpcUrls[mode] = url;
  };

  both("refused", `http://${host}:${await refusedPort()}`);

  const silent = net.createServer(() => {});
  open.push(closable(silent));
  both("silent", `http://${host}:${await listen(silent)}`);

  // Reset once the request is in, so the client sees the peer reset its connection (RST, not FIN).
  const reset = net.createServer((socket) => socket.once("data", () => socket.resetAndDestroy()));
  open.push(closable(reset));
  both("reset", `http://${host}:${await listen(reset)}`);

  const tls: [Mode, http2.SecureServerOptions][] = [
    ["self-signed", makeLeaf(null, { ip: host })],
    ["unknown-ca", makeLeaf(other, { ip: host })],
    ["hostname-mismatch", makeLeaf(trusted, { dns: "otlp.wrong-name.example" })],
    [
      "client-cert-required",
      { ...makeLeaf(trusted, { ip: host }), requestCert: true, rejectUnauthorized: true, ca: trusted.pem },
    ],
  ];
  for (const [mode, options] of tls) {
    // Both HTTP/1.1 and h2 over TLS, so curl, the HTTP exporters and gRPC reach the same handshake.
    const server = http2.createSecureServer({ ...options, allowHTTP1: true }, (req, res) =>
      drain(req, () => res.end("ok")),
    );
    open.push(closable(server));
    both(mode, `https://${host}:${await listen(server)}`);
  }

  const h2c = http2.createServer((req, res) => drain(req, () => res.end("ok")));
  open.push(closable(h2c));
  httpUrls["h2c-only"] = `http://${host}:${await listen(h2c)}`;

  const http1 = http.createServer((req, res) => drain(req, () => res.end("ok")));
  open.push(closable(http1));
  grpcUrls["http1-only"] = `http://${host}:${await listen(http1)}`;

  for (const [mode, answer] of Object.entries(answers) as [Mode, HttpAnswer][]) {
    const plain = http.createServer((req, res) =>
      drain(req, () => {
        res.writeHead(answer.status, { "content-type": answer.contentType, ...answer.headers });
        res.end(answer.body);
      }),
    );
    open.push(closable(plain));
    httpUrls[mode] = `http://${host}:${await listen(plain)}`;

    const grpc = http2.createServer();
    grpc.on("stream", (stream, headers) => {
      stream.on("data", () => {});
      stream.on("error", () => {});
      stream.on("end", () => {
        const reply = grpcAnswer(answer, String(headers[":path"] ?? ""));
        if (stream.destroyed) return;
        stream.respond(reply.headers, { endStream: reply.body === undefined });
        if (reply.body !== undefined) stream.end(reply.body);
      });
    });
    open.push(closable(grpc));
    grpcUrls[mode] = `http://${host}:${await listen(grpc)}`;
  }

  return {
    caFile,
    http: httpUrls,
    grpc: grpcUrls,
    close: async () => {
      await Promise.all(open.map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
