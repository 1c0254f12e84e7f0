import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSettings, VARIABLES } from "../../src/settings/readSettings.ts";
import { SettingsError } from "../../src/settings/SettingsError.ts";

const HTTP = { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" };
const HEX_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const B64_KEY = Buffer.alloc(32, 7).toString("base64");
const OAUTH = {
  SLACK_CLIENT_ID: "1234567890.987654321",
  SLACK_CLIENT_SECRET: "client-secret-value-42",
  SLACK_STATE_SECRET: "state-secret-value-0123456789",
};

function failure(env: Record<string, string | undefined>, parts?: ("slack" | "probe" | "store")[]) {
  try {
    if (parts) readSettings(env, parts);
    else readSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error("readSettings accepted the environment");
}

describe("readSettings", () => {
  it("returns the Slack app's, the probe's and the store's settings from one read", () => {
    const s = readSettings({
      ...HTTP,
      PROBE_ALLOWED_USERS: "U1",
      PROBE_ALLOWED_CHANNELS: "C0SUP",
      PROBE_ALLOW_NETWORKS: "10.20.0.0/16",
      PROBE_ALLOW_PLAIN_HTTP_TOKEN: "1",
      PROBE_TIMEOUT_MS: "5000",
      DATABASE_URL: "postgres://bot@db:5432/doctor",
    });
    expect(s.slack).toMatchObject({ mode: "http", botToken: "xoxb-1-2-abc", adminUsers: [] });
    expect(s.slack.oauth).toBeUndefined();
    // Who may probe and where probes may go, in one place.
    expect(s.probe.access).toEqual({ users: ["U1"], channels: ["C0SUP"] });
    expect(s.probe.destination).toMatchObject({
      allowedNetworks: ["10.20.0.0/16"],
      allowPlainHttpToken: true,
    });
    expect(s.probe.allowPrivate).toBe(true);
    expect(s.probe.timeouts.deadlineMs).toBe(5000);
    expect(s.store).toEqual({ databaseUrl: "postgres://bot@db:5432/doctor", dataDir: "./data" });
  });

  it("reads only the parts asked for: the store alone needs no Slack token", () => {
    expect(readSettings({ DATA_DIR: "/var/lib/doctor" }, ["store"])).toEqual({
      store: { dataDir: "/var/lib/doctor" },
    });
    // A bad Slack value is not the report's business; a bad store value is.
    expect(() => readSettings({ PORT: "http" }, ["store"])).not.toThrow();
    expect(failure({ PORT: "http", DATABASE_URL: "mysql://x" }, ["store"]).variables).toEqual([
      "DATABASE_URL",
    ]);
  });

  it("counts an empty or blank value as unset, and trims the rest", () => {
    const s = readSettings({ ...HTTP, PORT: "", DATABASE_URL: "  ", LOG_LEVEL: " debug " });
    expect(s.slack.port).toBe(3000);
    expect(s.slack.logLevel).toBe("debug");
    expect(s.store.databaseUrl).toBeUndefined();
  });

  it("gives one ENV_INVALID error naming every bad variable of every part, with fixes and no secret", () => {
    const error = failure({
      SLACK_BOT_TOKEN: "xoxp-1111-user-token-secretvalue",
      SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID,
      SLACK_CLIENT_SECRET: OAUTH.SLACK_CLIENT_SECRET,
      TOKEN_ENCRYPTION_KEY: "not-a-key-but-secret-anyway",
      PROBE_TIMEOUT_MS: "abc",
      PROBE_ALLOW_NETWORKS: "169.254.0.0/16",
      DATABASE_URL: "mysql://root:hunter2hunter2@db/doctor",
    });
    expect(error.code).toBe("ENV_INVALID");
    expect(error.variables).toEqual([
      "SLACK_BOT_TOKEN",
      "SLACK_SIGNING_SECRET",
      "SLACK_STATE_SECRET",
      "TOKEN_ENCRYPTION_KEY",
      "PROBE_ALLOW_NETWORKS",
      "PROBE_TIMEOUT_MS",
      "DATABASE_URL",
    ]);
    expect(error.cause).toBeDefined();
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("The environment is not valid (ENV_INVALID), 7 variables to fix:");
    expect(lines).toHaveLength(8);
    expect(error.message).toMatch(
      /- SLACK_STATE_SECRET is missing \(SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set; OAuth needs all three\): set a random string/,
    );
    expect(error.message).toMatch(
      /- PROBE_TIMEOUT_MS is not a number of milliseconds: use a whole number of milliseconds from 1000 to 120000/,
    );
    expect(error.message).toMatch(
      /- PROBE_ALLOW_NETWORKS holds "169.254.0.0\/16", which overlaps link-local/,
    );
    expect(error.message).toMatch(
      /- DATABASE_URL is not a PostgreSQL URL \(it should start with postgres:\/\/ or postgresql:\/\/\): use e\.g\./,
    );
    for (const secret of ["secretvalue", "client-secret-value", "not-a-key", "hunter2", "mysql://"]) {
      expect(error.message).not.toContain(secret);
    }
  });

  it("a token pasted into a list variable is masked where the item is quoted", () => {
    const error = failure({ ...HTTP, DIAGNOSE_CHANNELS: "C0123ABCD,xoxb-1234567890-abcdefghijklmnop" });
    expect(error.message).toContain('DIAGNOSE_CHANNELS holds "');
    expect(error.message).not.toContain("abcdefghijklmnop");
  });
});

describe("OAuth settings", () => {
  it("are on with all three credentials and a key; the bot token is then optional", () => {
    const s = readSettings({ SLACK_SIGNING_SECRET: "s", ...OAUTH, TOKEN_ENCRYPTION_KEY: HEX_KEY }, ["slack"]);
    expect(s.slack.botToken).toBeUndefined();
    expect(s.slack.oauth).toMatchObject({
      clientId: OAUTH.SLACK_CLIENT_ID,
      clientSecret: OAUTH.SLACK_CLIENT_SECRET,
      stateSecret: OAUTH.SLACK_STATE_SECRET,
      previousKeys: [],
    });
    expect(Buffer.from(s.slack.oauth?.encryptionKey ?? []).toString("hex")).toBe(HEX_KEY);
  });

  it("read the key as hex or base64 (standard or URL-safe), and older keys for rotation", () => {
    const urlSafe = Buffer.alloc(32, 0xfb).toString("base64url");
    const s = readSettings(
      {
        ...HTTP,
        ...OAUTH,
        TOKEN_ENCRYPTION_KEY: B64_KEY,
        TOKEN_ENCRYPTION_KEY_PREVIOUS: `${HEX_KEY}, ${urlSafe}`,
      },
      ["slack"],
    );
    expect(s.slack.oauth?.encryptionKey).toEqual(new Uint8Array(32).fill(7));
    expect(s.slack.oauth?.previousKeys.map((k) => Buffer.from(k).toString("hex"))).toEqual([
      HEX_KEY,
      "fb".repeat(32),
    ]);
  });

  it.each([
    ["a short hex key", "abcd".repeat(8), /TOKEN_ENCRYPTION_KEY is 16 bytes of hex, not 32/],
    [
      "a short base64 key",
      Buffer.alloc(16).toString("base64"),
      /TOKEN_ENCRYPTION_KEY decodes to 16 bytes, not 32/,
    ],
    ["a passphrase", "correct horse battery staple", /TOKEN_ENCRYPTION_KEY is neither hex nor base64/],
  ])("refuse %s, without quoting it", (_, key, problem) => {
    const error = failure({ ...HTTP, ...OAUTH, TOKEN_ENCRYPTION_KEY: key }, ["slack"]);
    expect(error.variables).toEqual(["TOKEN_ENCRYPTION_KEY"]);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain("openssl rand -hex 32");
    expect(error.message).not.toContain(key);
  });

  it("need all three credentials or none, the key with them, and a current key beside older ones", () => {
    expect(failure({ ...HTTP, SLACK_CLIENT_SECRET: "x" }, ["slack"]).variables).toEqual([
      "SLACK_CLIENT_ID",
      "SLACK_STATE_SECRET",
    ]);
    const noKey = failure({ ...HTTP, ...OAUTH }, ["slack"]);
    expect(noKey.variables).toEqual(["TOKEN_ENCRYPTION_KEY"]);
    expect(noKey.message).toMatch(/TOKEN_ENCRYPTION_KEY is missing \(OAuth is on/);
    expect(failure({ ...HTTP, TOKEN_ENCRYPTION_KEY_PREVIOUS: HEX_KEY }, ["slack"]).variables).toEqual([
      "TOKEN_ENCRYPTION_KEY_PREVIOUS",
    ]);
    const badOld = failure(
      { ...HTTP, ...OAUTH, TOKEN_ENCRYPTION_KEY: HEX_KEY, TOKEN_ENCRYPTION_KEY_PREVIOUS: `${B64_KEY},zz` },
      ["slack"],
    );
    expect(badOld.message).toMatch(/TOKEN_ENCRYPTION_KEY_PREVIOUS has a key \(number 2\) that/);
    // Without OAuth, a single-workspace bot still needs its token.
    expect(failure({ SLACK_SIGNING_SECRET: "s" }, ["slack"]).message).toMatch(
      /SLACK_BOT_TOKEN is missing: .*or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET/,
    );
  });
});

describe("the README's environment table", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const rows = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)`(?:, `([A-Z][A-Z0-9_]+)`)? \|/gm)].flatMap((m) =>
    [m[1], m[2]].filter((n): n is string => n !== undefined),
  );

  it("lists every variable the reader reads, and nothing it does not", () => {
    const names = VARIABLES.map((v) => v.name);
    expect(names.filter((n) => !rows.includes(n))).toEqual([]);
    expect(rows.filter((n) => !names.includes(n))).toEqual([]);
  });
});
