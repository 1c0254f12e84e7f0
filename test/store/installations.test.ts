import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InstallationRecord } from "../../src/store/Store.ts";
import { TokenCipher } from "../../src/store/TokenCipher.ts";
import { BACKENDS, storesPerTest, tableRows } from "./support/backends.ts";

const TOKEN_T1 = "xoxb-1001-2002-workspaceonetoken";
const TOKEN_T2 = "xoxb-3003-4004-workspacetwotoken";
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

function record(cipher: TokenCipher, teamId: string, token: string): InstallationRecord {
  return {
    teamId,
    isEnterpriseInstall: false,
    appId: "A1",
    botId: `B${teamId}`,
    botUserId: `U${teamId}`,
    botScopes: ["chat:write", "commands"],
    botToken: cipher.seal(token, `team:${teamId}`),
    installedBy: "UADMIN",
  };
}

describe.each(BACKENDS)("installations on $name", { timeout: 60_000 }, (backend) => {
  const { fresh, open, close } = storesPerTest(backend);

  it("keeps one row a workspace, returns it as saved, and a reinstall replaces it", async () => {
    const store = await open(await fresh());
    const cipher = new TokenCipher(randomBytes(32));
    const t1 = record(cipher, "T1", TOKEN_T1);
    await store.saveInstallation(t1);
    await store.saveInstallation(record(cipher, "T2", TOKEN_T2));

    const got = await store.getInstallation({ teamId: "T1", isEnterpriseInstall: false });
    expect(got).toMatchObject({
      teamId: "T1",
      isEnterpriseInstall: false,
      appId: "A1",
      botId: "BT1",
      botUserId: "UT1",
      botScopes: ["chat:write", "commands"],
      installedBy: "UADMIN",
    });
    expect(got?.botToken.keyId).toBe(cipher.keyId);
    expect(hex(got?.botToken.sealed ?? new Uint8Array())).toBe(hex(t1.botToken.sealed));
    expect(got?.installedAt).toBeInstanceOf(Date);
    expect(cipher.open(got?.botToken.sealed ?? new Uint8Array(), "team:T1").token).toBe(TOKEN_T1);

    const again = record(cipher, "T1", "xoxb-1001-2002-reinstalledtoken");
    await store.saveInstallation({ ...again, botScopes: ["chat:write"] });
    const after = await store.getInstallation({ teamId: "T1", isEnterpriseInstall: false });
    expect(after?.botScopes).toEqual(["chat:write"]);
    expect(cipher.open(after?.botToken.sealed ?? new Uint8Array(), "team:T1").token).toBe(
      "xoxb-1001-2002-reinstalledtoken",
    );
    expect(await store.getInstallation({ teamId: "T3", isEnterpriseInstall: false })).toBeUndefined();
  });

  it("tells an org-wide install from a workspace install", async () => {
    const store = await open(await fresh());
    const cipher = new TokenCipher(randomBytes(32));
    await store.saveInstallation({
      enterpriseId: "E1",
      isEnterpriseInstall: true,
      botId: "BE1",
      botUserId: "UE1",
      botScopes: ["chat:write"],
      botToken: cipher.seal(TOKEN_T1, "enterprise:E1"),
    });
    expect(await store.getInstallation({ enterpriseId: "E1", isEnterpriseInstall: true })).toMatchObject({
      enterpriseId: "E1",
      botId: "BE1",
    });
    // a workspace of that org, asked for as a workspace install, has no row of its own
    expect(
      await store.getInstallation({ teamId: "T9", enterpriseId: "E1", isEnterpriseInstall: false }),
    ).toBeUndefined();
    await expect(store.getInstallation({ isEnterpriseInstall: true })).rejects.toMatchObject({
      code: "STORE_INVALID_INPUT",
    });
    await expect(store.getInstallation({ isEnterpriseInstall: false })).rejects.toMatchObject({
      code: "STORE_INVALID_INPUT",
    });
  });

  it("deletes one workspace's row and leaves the others", async () => {
    const store = await open(await fresh());
    const cipher = new TokenCipher(randomBytes(32));
    await store.saveInstallation(record(cipher, "T1", TOKEN_T1));
    await store.saveInstallation(record(cipher, "T2", TOKEN_T2));
    expect(await store.deleteInstallation({ teamId: "T1", isEnterpriseInstall: false })).toBe(true);
    expect(await store.deleteInstallation({ teamId: "T1", isEnterpriseInstall: false })).toBe(false);
    expect(await store.getInstallation({ teamId: "T1", isEnterpriseInstall: false })).toBeUndefined();
    expect(await store.getInstallation({ teamId: "T2", isEnterpriseInstall: false })).toBeDefined();
  });

  it("lists the rows another key sealed and swaps a token only while the row still holds the old one", async () => {
    const store = await open(await fresh());
    const oldKey = randomBytes(32);
    const before = new TokenCipher(oldKey);
    await store.saveInstallation(record(before, "T1", TOKEN_T1));
    await store.saveInstallation(record(before, "T2", TOKEN_T2));
    const rotated = new TokenCipher(randomBytes(32), [oldKey]);

    const stale = await store.installationsSealedWithout(rotated.keyId);
    expect(stale.map((r) => r.teamId)).toEqual(["T1", "T2"]);
    expect(await store.installationsSealedWithout(before.keyId)).toEqual([]);

    const [t1, t2] = stale;
    if (!t1 || !t2) throw new Error("two rows expected");
    const to = rotated.seal(TOKEN_T1, "team:T1");
    expect(await store.resealInstallationToken(t1, t1.botToken, to)).toBe(true);
    // a second copy of the bot doing the same swap finds the row already changed
    expect(await store.resealInstallationToken(t1, t1.botToken, rotated.seal(TOKEN_T1, "team:T1"))).toBe(
      false,
    );
    const now = await store.getInstallation(t1);
    expect(now?.botToken.keyId).toBe(rotated.keyId);
    expect(hex(now?.botToken.sealed ?? new Uint8Array())).toBe(hex(to.sealed));

    // a reinstall between the read and the swap wins
    await store.saveInstallation(record(rotated, "T2", "xoxb-3003-4004-reinstalled"));
    expect(await store.resealInstallationToken(t2, t2.botToken, rotated.seal(TOKEN_T2, "team:T2"))).toBe(
      false,
    );
    const t2now = await store.getInstallation(t2);
    expect(rotated.open(t2now?.botToken.sealed ?? new Uint8Array(), "team:T2").token).toBe(
      "xoxb-3003-4004-reinstalled",
    );
    expect(await store.installationsSealedWithout(rotated.keyId)).toEqual([]);
  });

  it("holds the sealed bytes as they came, and no token in the clear", async () => {
    const where = await fresh();
    const store = await open(where);
    const cipher = new TokenCipher(randomBytes(32));
    const t1 = record(cipher, "T1", TOKEN_T1);
    await store.saveInstallation(t1);
    await close(store);
    const dump = await where.dump();
    const rows = tableRows(dump, "installations");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(hex(t1.botToken.sealed));
    expect(dump).not.toContain(TOKEN_T1);
    expect(dump).not.toContain("xoxb-");
  });
});
