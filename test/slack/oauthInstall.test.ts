import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSettings } from "../../src/settings/readSettings.ts";
import { SettingsError } from "../../src/settings/SettingsError.ts";
import { MANIFEST_FILE, manifestScopes } from "../../src/slack/manifestScopes.ts";
import { PGLITE_SUBDIR } from "../../src/store/openPgliteSql.ts";
import { TokenCipher } from "../../src/store/TokenCipher.ts";
import {
  FakeSlack,
  type FakeSlack as FakeSlackType,
  type FakeWorkspace,
  waitFor,
} from "./support/FakeSlack.ts";
import { eventEnvelope, postEvent, type SignOptions } from "./support/signedRequest.ts";
import { BOT_TOKEN, type RunningBot, SIGNING_SECRET, startBot } from "./support/startBot.ts";

const NO_ORG_ID =
  'level=error component=remote_write msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';
const CLIENT_ID = "1111111111.2222222222";
const CLIENT_SECRET = "c0ffee0c0ffee0c0ffee0c0ffee0c0ff";
const STATE_SECRET = "state-secret-for-the-install-flow";
const STATE_COOKIE = "slack-app-oauth-state";

const T1: FakeWorkspace = {
  teamId: "T1",
  botToken: "xoxb-1000-1111-workspaceonebottoken",
  botUserId: "UBOT1",
  botId: "BBOT1",
};
const T2: FakeWorkspace = {
  teamId: "T2",
  botToken: "xoxb-2000-2222-workspacetwobottoken",
  botUserId: "UBOT2",
  botId: "BBOT2",
};

const KEY_A = randomBytes(32);
const KEY_B = randomBytes(32);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const signed: SignOptions = { secret: SIGNING_SECRET };

const fake = new FakeSlack();
let dataDir: string;
let running: RunningBot | undefined;
/** Every log line of every bot this file started. */
const logs: string[] = [];
let seq = 0;

function oauthEnv(key: Uint8Array, previous: Uint8Array[] = []): Record<string, string> {
  return {
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_STATE_SECRET: STATE_SECRET,
    // One key as hex, the other as base64: the reader takes both.
    TOKEN_ENCRYPTION_KEY: hex(key),
    ...(previous.length > 0
      ? { TOKEN_ENCRYPTION_KEY_PREVIOUS: previous.map((k) => Buffer.from(k).toString("base64")).join(",") }
      : {}),
  };
}

async function start(env: Record<string, string | undefined>): Promise<RunningBot> {
  const bot = await startBot(fake, env, { store: { dataDir } });
  running = bot;
  return bot;
}

async function stop(): Promise<void> {
  if (!running) return;
  const bot = running;
  running = undefined;
  await bot.stop();
  logs.push(...bot.logs);
}

function bot(): RunningBot {
  if (!running) throw new Error("no bot running");
  return running;
}

/** The browser's side of the install: /slack/install, Slack's consent (the fake's grant), the redirect back. */
async function install(workspace: FakeWorkspace): Promise<Response> {
  const code = `code-${workspace.teamId}-${++seq}`;
  fake.grant(code, workspace);
  const begin = await fetch(`${bot().baseUrl}/slack/install`, { redirect: "manual" });
  expect(begin.status).toBe(302);
  const consent = new URL(begin.headers.get("location") ?? "");
  const state = consent.searchParams.get("state") ?? "";
  const cookie = begin.headers.getSetCookie().find((c) => c.startsWith(`${STATE_COOKIE}=`)) ?? "";
  expect(cookie).toContain(`${STATE_COOKIE}=${state}`);
  return fetch(`${bot().baseUrl}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie: `${STATE_COOKIE}=${state}` },
    redirect: "manual",
  });
}

function envelopeFrom(workspace: FakeWorkspace, event: Record<string, unknown>) {
  return {
    ...eventEnvelope(event, `Ev${++seq}`),
    team_id: workspace.teamId,
    authorizations: [{ team_id: workspace.teamId, user_id: workspace.botUserId, is_bot: true }],
  };
}

function dm(text: string) {
  return {
    type: "message",
    channel: "D1",
    channel_type: "im",
    user: "U1",
    text,
    ts: `1700000${++seq}.000100`,
  };
}

/** A DM from a person in `workspace`; resolves once the bot is done with it. */
async function dmFrom(workspace: FakeWorkspace): Promise<void> {
  const res = await postEvent(bot().eventsUrl, envelopeFrom(workspace, dm(NO_ORG_ID)), signed);
  expect(res.status).toBe(200);
  await bot().bot.idle();
}

/** Slack's own events about the app, which come with no authorizations. */
async function appEvent(teamId: string, event: Record<string, unknown>): Promise<void> {
  const { authorizations: _, ...envelope } = eventEnvelope(event, `Ev${++seq}`);
  const res = await postEvent(bot().eventsUrl, { ...envelope, team_id: teamId }, signed);
  expect(res.status).toBe(200);
  await bot().bot.idle();
}

const repliesWith = (f: FakeSlackType, token: string) =>
  f.callsTo("chat.postMessage").filter((c) => c.authorization === `Bearer ${token}`);

/** The installations table as text; the bot must be stopped (PGlite is one process's). */
async function installationRows(): Promise<string[]> {
  const db = await PGlite.create(join(dataDir, PGLITE_SUBDIR));
  try {
    const result = await db.query<{ row: string }>(
      "SELECT t::text AS row FROM installations t ORDER BY install_key",
    );
    return result.rows.map((r) => r.row);
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  await fake.start();
  dataDir = mkdtempSync(join(tmpdir(), "oauth-install-"));
});

afterAll(async () => {
  await stop();
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("installs in many workspaces", { timeout: 60_000 }, () => {
  beforeEach(() => {
    fake.calls.length = 0;
    fake.oauthClient = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
  });

  it("GET /slack/install sets a state cookie and redirects to Slack's consent page with the manifest's scopes", async () => {
    // As deployed for many workspaces: no SLACK_BOT_TOKEN at all.
    await start({ ...oauthEnv(KEY_A), SLACK_BOT_TOKEN: undefined });
    const res = await fetch(`${bot().baseUrl}/slack/install`, { redirect: "manual" });
    expect(res.status).toBe(302);
    const consent = new URL(res.headers.get("location") ?? "");
    expect(consent.origin + consent.pathname).toBe("https://slack.com/oauth/v2/authorize");
    expect(consent.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(consent.searchParams.get("scope")?.split(",")).toEqual(manifestScopes());
    const state = consent.searchParams.get("state") ?? "";
    expect(state.length).toBeGreaterThan(20);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${STATE_COOKIE}=`)) ?? "";
    expect(cookie).toContain(`${STATE_COOKIE}=${state}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    // No Web API call before anyone consents, and none with a token.
    expect(fake.calls).toHaveLength(0);
  });

  it("refuses a redirect whose state is missing, forged or not this browser's, and keeps nothing", async () => {
    fake.grant("code-refused", T1);
    const begin = await fetch(`${bot().baseUrl}/slack/install`, { redirect: "manual" });
    const state = new URL(begin.headers.get("location") ?? "").searchParams.get("state") ?? "";
    const base = `${bot().baseUrl}/slack/oauth_redirect?code=code-refused`;
    const attempts = [
      fetch(base, { redirect: "manual" }),
      fetch(`${base}&state=${encodeURIComponent(state)}`, { redirect: "manual" }), // no cookie
      fetch(`${base}&state=forged`, { headers: { cookie: `${STATE_COOKIE}=forged` }, redirect: "manual" }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain(CLIENT_SECRET);
    }
    expect(fake.callsTo("oauth.v2.access")).toHaveLength(0);
    fake.grants.delete("code-refused");
  });

  it("installs two workspaces through oauth.v2.access and answers each with its own token", async () => {
    for (const workspace of [T1, T2]) {
      const res = await install(workspace);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Thank you!");
    }
    const exchanges = fake.callsTo("oauth.v2.access");
    expect(exchanges.map((c) => c.body.code)).toEqual([
      expect.stringMatching(/^code-T1-/),
      expect.stringMatching(/^code-T2-/),
    ]);
    for (const c of exchanges) expect(c.body.client_id).toBe(CLIENT_ID);
    // Bolt asks who the new token belongs to (the bot id) with that token.
    expect(fake.callsTo("auth.test").map((c) => c.authorization)).toEqual([
      `Bearer ${T1.botToken}`,
      `Bearer ${T2.botToken}`,
    ]);

    fake.calls.length = 0;
    await dmFrom(T1);
    await dmFrom(T2);
    await dmFrom(T1);
    expect(repliesWith(fake, T1.botToken)).toHaveLength(2);
    expect(repliesWith(fake, T2.botToken)).toHaveLength(1);
    expect(repliesWith(fake, T1.botToken)[0]?.answer).toBeDefined();
    // Every call went with the token of the workspace it was for.
    expect(fake.calls).toHaveLength(3);
  });

  it("refuses an install whose code Slack does not accept, and stores nothing for it", async () => {
    const before = fake.callsTo("oauth.v2.access").length;
    fake.oauthClient = { clientId: CLIENT_ID, clientSecret: "another-secret-than-the-bots" };
    const res = await install({ ...T1, teamId: "T9", botToken: "xoxb-9000-9999-neverkept" });
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain(CLIENT_SECRET);
    expect(fake.callsTo("oauth.v2.access")).toHaveLength(before + 1);
    fake.grants.clear();
  });

  it("deletes T1's installation on app_uninstalled: T1 is no longer answered, T2 still is", async () => {
    await appEvent("T1", { type: "app_uninstalled" });
    fake.revoke(T1.botToken);
    fake.calls.length = 0;
    await dmFrom(T1);
    await waitFor(
      () => bot().logs.some((l) => l.includes("not installed in team:T1")),
      "the refused authorisation of T1's event",
    );
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
    await dmFrom(T2);
    expect(repliesWith(fake, T2.botToken)).toHaveLength(1);
    expect(fake.calls.every((c) => c.authorization === `Bearer ${T2.botToken}`)).toBe(true);
  });

  it("keeps only T2's row, its token sealed: no token in the clear in the table", async () => {
    await stop();
    const rows = await installationRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\(team:T2,T2,/);
    expect(rows[0]).toContain(new TokenCipher(KEY_A).keyId);
    for (const secret of [T1.botToken, T2.botToken, hex(Buffer.from(T2.botToken))]) {
      expect(rows[0]).not.toContain(secret);
    }
    expect(rows[0]).not.toContain("xoxb-");
  });

  it("after a key rotation (new key, old one as previous) still answers T2, and re-seals its token at start", async () => {
    // SLACK_BOT_TOKEN set as well this time (startBot's default): ignored, with a warning.
    await start(oauthEnv(KEY_B, [KEY_A]));
    expect(bot().logs.some((l) => l.includes("SLACK_BOT_TOKEN is ignored"))).toBe(true);
    await waitFor(() => bot().logs.some((l) => l.includes("re-sealed")), "the re-seal at start");
    await dmFrom(T2);
    expect(repliesWith(fake, T2.botToken)).toHaveLength(1);
    expect(repliesWith(fake, BOT_TOKEN)).toHaveLength(0);
    await stop();
    const rows = await installationRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(new TokenCipher(KEY_B).keyId);
    expect(rows[0]).not.toContain(new TokenCipher(KEY_A).keyId);

    // The old key can go now.
    fake.calls.length = 0;
    await start(oauthEnv(KEY_B));
    await dmFrom(T2);
    expect(repliesWith(fake, T2.botToken)).toHaveLength(1);
  });

  it("deletes T2's installation when its bot token is revoked, and not for a user token", async () => {
    await appEvent("T2", { type: "tokens_revoked", tokens: { oauth: ["U1"] } });
    fake.calls.length = 0;
    await dmFrom(T2);
    expect(repliesWith(fake, T2.botToken)).toHaveLength(1);

    await appEvent("T2", { type: "tokens_revoked", tokens: { bot: [T2.botUserId] } });
    fake.calls.length = 0;
    await dmFrom(T2);
    await waitFor(() => bot().logs.some((l) => l.includes("not installed in team:T2")), "T2 refused");
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
    await stop();
    expect(await installationRows()).toEqual([]);
  });

  it("never wrote a secret to its logs", () => {
    const all = logs.join("\n");
    expect(all).toContain("app installed");
    for (const secret of [
      CLIENT_SECRET,
      STATE_SECRET,
      T1.botToken,
      T2.botToken,
      hex(KEY_A),
      hex(KEY_B),
      KEY_A.toString("base64"),
      KEY_B.toString("base64"),
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe("Socket Mode", () => {
  it("is refused with the OAuth settings by the settings reader, in its one ENV_INVALID error: Slack's redirect after consent needs the HTTP receiver", () => {
    let error: unknown;
    try {
      readSettings(
        {
          ...oauthEnv(KEY_A),
          SLACK_APP_TOKEN: "xapp-1-A111-222-socketmodetoken",
          SLACK_API_URL: fake.apiUrl,
          PORT: "99999",
        },
        ["slack"],
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const refused = error as SettingsError;
    expect(refused.code).toBe("ENV_INVALID");
    // Beside the other problems of the same environment, before any store is opened.
    expect(refused.variables).toEqual(["SLACK_APP_TOKEN", "PORT"]);
    expect(refused.message).toMatch(
      /- SLACK_APP_TOKEN is set with SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET \(installs in many workspaces need HTTP mode\): unset SLACK_APP_TOKEN/,
    );
    expect(refused.message).not.toContain("socketmodetoken");
    expect(refused.message).not.toContain(CLIENT_SECRET);
  });
});

describe("manifest.yml", () => {
  it("subscribes to the events that say a workspace's token is gone", async () => {
    const manifest = parse(await readFile(MANIFEST_FILE, "utf8")) as {
      settings: { event_subscriptions: { bot_events: string[] } };
    };
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["app_uninstalled", "tokens_revoked"]),
    );
  });

  it("is where the install flow's scopes come from, and a manifest without bot scopes is refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    try {
      const file = join(dir, "manifest.yml");
      writeFileSync(file, "oauth_config:\n  scopes:\n    bot: [chat:write, commands]\n");
      expect(manifestScopes(file)).toEqual(["chat:write", "commands"]);
      writeFileSync(file, "oauth_config:\n  scopes:\n    user: [search:read]\n");
      expect(() => manifestScopes(file)).toThrow("lists no bot scopes under oauth_config.scopes.bot");
      expect(() => manifestScopes(join(dir, "missing.yml"))).toThrow("could not read the bot scopes");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("without the OAuth variables", { timeout: 60_000 }, () => {
  it("serves no install flow and answers with SLACK_BOT_TOKEN, as before", async () => {
    const single = await startBot(fake);
    try {
      const res = await fetch(`${single.baseUrl}/slack/install`, { redirect: "manual" });
      expect(res.status).toBe(404);
      fake.calls.length = 0;
      const r = await postEvent(single.eventsUrl, eventEnvelope(dm(NO_ORG_ID), `Ev${++seq}`), signed);
      expect(r.status).toBe(200);
      await single.bot.idle();
      expect(repliesWith(fake, BOT_TOKEN)).toHaveLength(1);
    } finally {
      await single.stop();
    }
  });
});
