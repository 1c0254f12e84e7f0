import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Polls until check() holds (the bot's work runs after its ack); fails after a bounded wait. */
export async function waitFor(check: () => boolean, what = "condition", timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One Web API call the bot made. */
export interface ApiCall {
  method: string;
  /** Form or JSON fields; `blocks`, `view`, `attachments` decoded from JSON. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** What the fake answered (when it answered ok). */
  answer?: Record<string, unknown>;
}

/** One post to a response_url. */
export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

export interface FileServed {
  status?: number;
  contentType: string;
  body: string | Uint8Array;
}

/** A workspace the app is installed in, as the fake knows it: auth.test with its token answers its ids. */
export interface FakeWorkspace {
  teamId: string;
  botToken: string;
  botUserId: string;
  botId: string;
  /** What oauth.v2.access grants; default chat:write,commands. */
  scopes?: readonly string[];
}

type Failure = { status: 429; retryAfter: number } | { error: string } | { status: number };

const JSON_FIELDS = new Set(["blocks", "view", "attachments", "metadata"]);

/**
 * A local stand-in for slack.com: records Web API calls (the bot's WebClient points here through
 * slackApiUrl), serves file downloads and response_urls, and can be told to fail a method.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  readonly downloads: { path: string; authorization: string | undefined }[] = [];
  /** files.info answers, by file id. */
  readonly fileInfo = new Map<string, Record<string, unknown>>();
  /** Download bodies, by path (e.g. `/files/F1/log.txt`). */
  readonly files = new Map<string, FileServed>();
  /** conversations.replies answers, by thread ts. */
  readonly threads = new Map<string, Record<string, unknown>[]>();
  /** Bytes posted to files.getUploadURLExternal's upload_url, by file id. */
  readonly uploads = new Map<string, string>();
  /** users.info answers, by user id: the workspace's people, kept across reset(). */
  readonly users = new Map<string, { name: string; real_name?: string; display_name?: string }>();
  /** Installed workspaces by bot token (auth.test); a token not here answers as T1's bot. */
  readonly workspaces = new Map<string, FakeWorkspace>();
  /** OAuth codes that oauth.v2.access exchanges (once each) for a workspace's bot token. */
  readonly grants = new Map<string, FakeWorkspace>();
  /** The app's client id and secret that oauth.v2.access accepts. */
  oauthClient: { clientId: string; clientSecret: string } | undefined;
  #seq = 0;
  readonly #revoked = new Set<string>();
  readonly #failures = new Map<string, Failure[]>();
  readonly #holds = new Map<string, Promise<void>>();
  #server: Server | undefined;
  #origin = "";

  get origin(): string {
    return this.#origin;
  }

  /** The Web API base URL, as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.#origin}/api/`;
  }

  fileUrl(path: string): string {
    return `${this.#origin}${path}`;
  }

  responseUrl(id: string): string {
    return `${this.#origin}/response/${id}`;
  }

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    this.#origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise((resolve) => this.#server?.close(resolve));
  }

  /** The next call(s) to a method fail this way, in order. */
  fail(method: string, ...failures: Failure[]): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), ...failures]);
  }

  /** Calls to a method wait (after being recorded) until the returned function is called. */
  hold(method: string): () => void {
    let release = () => {};
    this.#holds.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.#holds.delete(method);
      release();
    };
  }

  /** Slack's consent screen, skipped: `code` is what Slack would put on the redirect for this workspace. */
  grant(code: string, workspace: FakeWorkspace): void {
    this.grants.set(code, workspace);
  }

  /** The token stops working, as after an uninstall: auth.test and every call with it answer invalid_auth. */
  revoke(botToken: string): void {
    this.workspaces.delete(botToken);
    this.#revoked.add(botToken);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.downloads.length = 0;
    this.fileInfo.clear();
    this.files.clear();
    this.threads.clear();
    this.uploads.clear();
    this.workspaces.clear();
    this.grants.clear();
    this.#revoked.clear();
    this.oauthClient = undefined;
    this.#failures.clear();
    this.#holds.clear();
  }

  #ts(): string {
    return `${Math.floor(Date.now() / 1000)}.${String(++this.#seq).padStart(6, "0")}`;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.#origin);
    const raw = await readBody(req);
    if (url.pathname.startsWith("/api/")) return this.#api(url.pathname.slice(5), req, raw, res);
    if (url.pathname.startsWith("/response/") && req.method === "POST") {
      this.responses.push({ id: url.pathname.slice(10), body: JSON.parse(raw.toString("utf8")) });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (url.pathname.startsWith("/upload/") && req.method === "POST") {
      this.uploads.set(url.pathname.slice(8), raw.toString("utf8"));
      res.writeHead(200, { "content-type": "text/plain" }).end("OK - 1");
      return;
    }
    const file = this.files.get(url.pathname);
    this.downloads.push({ path: url.pathname, authorization: req.headers.authorization });
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(file.status ?? 200, { "content-type": file.contentType }).end(file.body);
  }

  async #api(method: string, req: IncomingMessage, raw: Buffer, res: ServerResponse): Promise<void> {
    const body = parseBody(req.headers["content-type"] ?? "", raw);
    const call: ApiCall = { method, body, authorization: req.headers.authorization };
    this.calls.push(call);
    await this.#holds.get(method);
    const failure = this.#failures.get(method)?.shift();
    if (failure) {
      if ("error" in failure) return json(res, 200, { ok: false, error: failure.error });
      if (failure.status === 429 && "retryAfter" in failure) {
        res.writeHead(429, { "retry-after": String(failure.retryAfter), "content-type": "application/json" });
        res.end('{"ok":false,"error":"ratelimited"}');
        return;
      }
      return json(res, failure.status, { ok: false });
    }
    const token = req.headers.authorization?.replace(/^Bearer /, "");
    if (token !== undefined && this.#revoked.has(token))
      return json(res, 200, { ok: false, error: "invalid_auth" });
    call.answer = this.#answer(method, body, token);
    json(res, 200, call.answer);
  }

  #answer(method: string, body: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    switch (method) {
      case "auth.test": {
        const workspace = token === undefined ? undefined : this.workspaces.get(token);
        if (workspace) {
          return {
            ok: true,
            user_id: workspace.botUserId,
            bot_id: workspace.botId,
            team_id: workspace.teamId,
            user: "telemetry-doctor",
          };
        }
        return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "telemetry-doctor" };
      }
      case "oauth.v2.access":
        return this.#exchange(body);
      case "chat.postMessage":
        // Unique and increasing, like Slack's: replies are keyed by their ts.
        return { ok: true, channel: body.channel, ts: this.#ts(), message: { text: body.text } };
      case "chat.getPermalink":
        return {
          ok: true,
          channel: body.channel,
          permalink: `https://example.slack.com/archives/${String(body.channel)}/p${String(body.message_ts).replace(".", "")}`,
        };
      case "files.getUploadURLExternal": {
        const id = `F${++this.#seq}`;
        return { ok: true, upload_url: `${this.#origin}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const files = JSON.parse(String(body.files ?? "[]")) as { id: string; title?: string }[];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.#ts() };
      case "files.info": {
        const file = this.fileInfo.get(String(body.file));
        return file ? { ok: true, file } : { ok: false, error: "file_not_found" };
      }
      case "users.info": {
        const user = this.users.get(String(body.user));
        if (!user) return { ok: false, error: "user_not_found" };
        const profile = { real_name: user.real_name ?? "", display_name: user.display_name ?? "" };
        return { ok: true, user: { id: body.user, name: user.name, real_name: user.real_name, profile } };
      }
      case "conversations.replies":
        return { ok: true, messages: this.threads.get(String(body.ts)) ?? [], has_more: false };
      case "views.open":
      case "views.publish":
        return { ok: true, view: { id: "V1" } };
      case "apps.connections.open":
        return { ok: false, error: "invalid_auth" };
      default:
        return { ok: true };
    }
  }

  /** oauth.v2.access: the app's client id and secret, and a code granted once, give the bot token. */
  #exchange(body: Record<string, unknown>): Record<string, unknown> {
    if (this.oauthClient && body.client_id !== this.oauthClient.clientId) {
      return { ok: false, error: "invalid_client_id" };
    }
    if (this.oauthClient && body.client_secret !== this.oauthClient.clientSecret) {
      return { ok: false, error: "bad_client_secret" };
    }
    const code = String(body.code ?? "");
    const workspace = this.grants.get(code);
    if (!workspace) return { ok: false, error: "invalid_code" };
    this.grants.delete(code);
    this.workspaces.set(workspace.botToken, workspace);
    return {
      ok: true,
      app_id: "A1",
      authed_user: { id: "UINSTALLER" },
      scope: (workspace.scopes ?? ["chat:write", "commands"]).join(","),
      token_type: "bot",
      access_token: workspace.botToken,
      bot_user_id: workspace.botUserId,
      team: { id: workspace.teamId, name: `Workspace ${workspace.teamId}` },
      enterprise: null,
      is_enterprise_install: false,
    };
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(contentType: string, raw: Buffer): Record<string, unknown> {
  const text = raw.toString("utf8");
  if (text === "") return {};
  if (contentType.includes("application/json")) return JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    out[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return out;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
