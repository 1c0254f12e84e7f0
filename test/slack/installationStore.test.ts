import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Installation } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/slack/createLogger.ts";
import { EncryptedInstallationStore } from "../../src/slack/EncryptedInstallationStore.ts";
import { openStore } from "../../src/store/openStore.ts";
import type { Store } from "../../src/store/Store.ts";
import { TokenCipher } from "../../src/store/TokenCipher.ts";

const TOKEN_T1 = "xoxb-5151-6161-firstworkspacetoken";
const TOKEN_T2 = "xoxb-7171-8181-secondworkspacetoken";
const USER_TOKEN = "xoxp-1212-3434-installeruserstoken";

function installation(teamId: string, token: string): Installation<"v2", false> {
  return {
    team: { id: teamId, name: `Workspace ${teamId}` },
    enterprise: undefined,
    user: { id: "UINSTALLER", token: USER_TOKEN, scopes: ["search:read"] },
    bot: { token, scopes: ["chat:write", "commands"], id: `B${teamId}`, userId: `U${teamId}` },
    appId: "A1",
    tokenType: "bot",
    isEnterpriseInstall: false,
    authVersion: "v2",
  };
}

const query = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false as const });

describe("EncryptedInstallationStore", { timeout: 60_000 }, () => {
  let dir: string;
  let store: Store;
  const logs: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => logs.push(line) });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "installations-"));
    store = await openStore({ dataDir: dir });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives back each workspace's own bot token, and keeps no user token", async () => {
    const installations = new EncryptedInstallationStore(store, new TokenCipher(randomBytes(32)), logger);
    await installations.storeInstallation(installation("T1", TOKEN_T1));
    await installations.storeInstallation(installation("T2", TOKEN_T2));
    const t1 = await installations.fetchInstallation(query("T1"));
    const t2 = await installations.fetchInstallation(query("T2"));
    expect(t1.bot).toEqual({ token: TOKEN_T1, scopes: ["chat:write", "commands"], id: "BT1", userId: "UT1" });
    expect(t2.bot?.token).toBe(TOKEN_T2);
    expect(t1.team?.id).toBe("T1");
    expect(t1.user).toEqual({ id: "UINSTALLER", token: undefined, scopes: undefined });
    await expect(installations.fetchInstallation(query("T3"))).rejects.toThrow("not installed in team:T3");
    await installations.deleteInstallation(query("T2"));
    await expect(installations.fetchInstallation(query("T2"))).rejects.toThrow("not installed in team:T2");
    expect((await installations.fetchInstallation(query("T1"))).bot?.token).toBe(TOKEN_T1);
    for (const secret of [TOKEN_T1, TOKEN_T2, USER_TOKEN]) expect(logs.join("\n")).not.toContain(secret);
  });

  it("re-seals with the current key on read, and resealAll does the rest at start", async () => {
    const oldKey = randomBytes(32);
    const before = new EncryptedInstallationStore(store, new TokenCipher(oldKey), logger);
    await before.storeInstallation(installation("T1", TOKEN_T1));
    await before.storeInstallation(installation("T2", TOKEN_T2));
    const newKey = randomBytes(32);
    const cipher = new TokenCipher(newKey, [oldKey]);
    const after = new EncryptedInstallationStore(store, cipher, logger);

    expect((await after.fetchInstallation(query("T1"))).bot?.token).toBe(TOKEN_T1);
    expect((await store.getInstallation({ teamId: "T1", isEnterpriseInstall: false }))?.botToken.keyId).toBe(
      cipher.keyId,
    );
    expect(
      (await store.getInstallation({ teamId: "T2", isEnterpriseInstall: false }))?.botToken.keyId,
    ).not.toBe(cipher.keyId);

    expect(await after.resealAll()).toEqual({ resealed: 1, failed: 0 });
    expect(await store.installationsSealedWithout(cipher.keyId)).toEqual([]);
    expect(await after.resealAll()).toEqual({ resealed: 0, failed: 0 });
    // the old key may go now: the new one alone opens both
    const newOnly = new EncryptedInstallationStore(store, new TokenCipher(newKey), logger);
    expect((await newOnly.fetchInstallation(query("T1"))).bot?.token).toBe(TOKEN_T1);
    expect((await newOnly.fetchInstallation(query("T2"))).bot?.token).toBe(TOKEN_T2);
  });

  it("names the missing key when a row was sealed with a key it was not given, and goes on with the rest", async () => {
    const lostKey = randomBytes(32);
    const lost = new TokenCipher(lostKey);
    await new EncryptedInstallationStore(store, lost, logger).storeInstallation(installation("T4", TOKEN_T1));
    const current = new TokenCipher(randomBytes(32));
    const installations = new EncryptedInstallationStore(store, current, logger);
    await installations.storeInstallation(installation("T5", TOKEN_T2));
    logs.length = 0;
    const failure = installations.fetchInstallation(query("T4"));
    await expect(failure).rejects.toMatchObject({ code: "STORE_CORRUPT" });
    await expect(failure).rejects.toThrow(lost.keyId);
    const result = await installations.resealAll();
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(logs.join("\n")).toContain(lost.keyId);
    expect(logs.join("\n")).not.toContain(Buffer.from(lostKey).toString("hex"));
    expect((await installations.fetchInstallation(query("T5"))).bot?.token).toBe(TOKEN_T2);
  });
});
