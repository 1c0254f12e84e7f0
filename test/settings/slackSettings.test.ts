import { describe, expect, it } from "vitest";
import { SettingsError } from "../../src/settings/SettingsError.ts";
import { slackSettings } from "../support/settings.ts";

const HTTP = { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" };

function problems(env: Record<string, string | undefined>): readonly string[] {
  try {
    slackSettings(env);
  } catch (error) {
    if (error instanceof SettingsError)
      return error.message
        .split("\n")
        .slice(1)
        .map((l) => l.slice(4));
    throw error;
  }
  throw new Error("the reader accepted the environment");
}

describe("the Slack settings", () => {
  it("HTTP mode with defaults", () => {
    const config = slackSettings(HTTP);
    expect(config).toMatchObject({
      mode: "http",
      port: 3000,
      diagnoseChannels: [],
      fileOrigins: ["https://files.slack.com"],
      developerMode: false,
      logLevel: "info",
    });
    expect(config.slackApiUrl).toBeUndefined();
  });

  it("Socket Mode when SLACK_APP_TOKEN is set; no signing secret needed", () => {
    const config = slackSettings({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1-A-xyz",
      PORT: "8080",
    });
    expect(config).toMatchObject({ mode: "socket", appToken: "xapp-1-A-xyz", port: 8080 });
  });

  it("reads the channel list, API URL (with a trailing slash) and file origins", () => {
    const config = slackSettings({
      ...HTTP,
      DIAGNOSE_CHANNELS: "C0123ABCD, G0456EFGH",
      SLACK_API_URL: "http://127.0.0.1:9999/api",
      SLACK_FILE_ORIGINS: "https://files.slack.com,http://127.0.0.1:9999",
    });
    expect(config.diagnoseChannels).toEqual(["C0123ABCD", "G0456EFGH"]);
    expect(config.slackApiUrl).toBe("http://127.0.0.1:9999/api/");
    expect(config.fileOrigins).toEqual(["https://files.slack.com", "http://127.0.0.1:9999"]);
  });

  it("names every missing or malformed variable with how to fix it, never the secret", () => {
    const found = problems({
      SLACK_BOT_TOKEN: "xoxp-user-token-secretvalue",
      PORT: "http",
      DIAGNOSE_CHANNELS: "#support",
      SLACK_API_URL: "slack.com",
    });
    const text = found.join("\n");
    expect(text).toMatch(
      /SLACK_BOT_TOKEN is not a bot token \(it should start with xoxb-\): copy the Bot User OAuth Token/,
    );
    expect(text).toMatch(/PORT is not a port number: use a whole number/);
    expect(text).toMatch(/DIAGNOSE_CHANNELS holds "#support", which is not a channel id: list channel ids/);
    expect(text).toMatch(/SLACK_API_URL is not an http\(s\) URL/);
    expect(text).not.toContain("secretvalue");
  });

  it("reads where escalations go and who the admins are; none by default", () => {
    expect(slackSettings(HTTP).escalationChannel).toBeUndefined();
    expect(slackSettings(HTTP).adminUsers).toEqual([]);
    expect(
      slackSettings({ ...HTTP, ESCALATION_CHANNEL: "C0ESC", ADMIN_USERS: "U012AB, W0CD" }),
    ).toMatchObject({
      escalationChannel: "C0ESC",
      adminUsers: ["U012AB", "W0CD"],
    });
    const found = problems({ ...HTTP, ESCALATION_CHANNEL: "escalations", ADMIN_USERS: "alice,U1" });
    expect(found.map((p) => p.split(" ")[0])).toEqual(["ESCALATION_CHANNEL", "ADMIN_USERS"]);
    expect(found[1]).toMatch(/^ADMIN_USERS holds "alice", which is not a user id: list Slack user ids/);
  });

  it("requires a bot token, and a signing secret in HTTP mode", () => {
    expect(problems({})).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is missing: /),
      expect.stringMatching(/^SLACK_SIGNING_SECRET is missing \(needed in HTTP mode\)/),
    ]);
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1" })).toEqual([
      expect.stringMatching(
        /^SLACK_SIGNING_SECRET is missing \(needed in HTTP mode\): copy the Signing Secret/,
      ),
    ]);
  });

  it("refuses Socket Mode with the OAuth variables, and takes each alone", () => {
    const oauth = {
      SLACK_CLIENT_ID: "1234567890.987654321",
      SLACK_CLIENT_SECRET: "client-secret-value-42",
      SLACK_STATE_SECRET: "state-secret-value-0123456789",
      TOKEN_ENCRYPTION_KEY: "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
    };
    expect(problems({ ...oauth, SLACK_APP_TOKEN: "xapp-1-A-xyz" })).toEqual([
      expect.stringMatching(
        /^SLACK_APP_TOKEN is set with SLACK_CLIENT_ID.*need HTTP mode\): unset SLACK_APP_TOKEN/,
      ),
    ]);
    expect(slackSettings({ ...oauth, SLACK_SIGNING_SECRET: "s" }).oauth).toBeDefined();
    expect(slackSettings({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A-xyz" }).mode).toBe("socket");
  });

  it("refuses developer mode in production", () => {
    expect(problems({ ...HTTP, SLACK_DEVELOPER_MODE: "true", NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/SLACK_DEVELOPER_MODE is on while NODE_ENV=production/),
    ]);
    expect(slackSettings({ ...HTTP, SLACK_DEVELOPER_MODE: "true" }).developerMode).toBe(true);
  });

  it("the error message lists each problem on its own line", () => {
    expect(() => slackSettings({ PORT: "99999" })).toThrowError(
      /\(ENV_INVALID\), 3 variables to fix:\n {2}- SLACK_BOT_TOKEN[^\n]*\n {2}- SLACK_SIGNING_SECRET[^\n]*\n {2}- PORT is out of range/,
    );
  });
});
