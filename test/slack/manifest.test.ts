import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMAND, SHORTCUT } from "../../src/slack/blocks/actionIds.ts";

interface Manifest {
  features: {
    bot_user: { display_name: string };
    slash_commands: { command: string; should_escape: boolean }[];
    shortcuts: { type: string; callback_id: string }[];
    app_home: { home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

describe("manifest.yml", () => {
  it("declares the scopes, events, command, shortcut and interactivity the bot uses", async () => {
    const manifest = parse(
      await readFile(new URL("../../manifest.yml", import.meta.url), "utf8"),
    ) as Manifest;
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        "app_mentions:read",
        "channels:history",
        "groups:history",
        "im:history",
        "chat:write",
        "commands",
        "files:read",
        "files:write",
        "reactions:write",
        "users:read",
      ]),
    );
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining([
        "app_mention",
        "message.channels",
        "message.groups",
        "message.im",
        "app_home_opened",
      ]),
    );
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: "message", callback_id: SHORTCUT.diagnoseMessage }),
      expect.objectContaining({ type: "global", callback_id: SHORTCUT.probe }),
    ]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
