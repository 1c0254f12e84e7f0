import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProbeSetup } from "../../src/slack/BotContext.ts";
import { type FakeXscaler, startFakeXscaler, TOKENS } from "../probe/fakeXscaler.ts";
import { FAST, mapLookup } from "../probe/helpers.ts";
import { makeTestPki, type TestPki } from "../probe/makeCerts.ts";
import { dropSchema, ensurePostgres, freshSchemaName, TEST_DATABASE_URL } from "../store/support/postgres.ts";
import { probeSettings } from "../support/settings.ts";
import { FakeSlack } from "./support/FakeSlack.ts";
import { interact, submitPayload } from "./support/interactions.ts";
import { type RunningBot, startBot } from "./support/startBot.ts";

const HOST = "xscaler.test";
const OPERATOR_KEY = "an-operator-key-of-at-least-32-characters-0123456789";

const fake = new FakeSlack();
let pki: TestPki;
let backend: FakeXscaler;

beforeAll(async () => {
  pki = makeTestPki();
  backend = await startFakeXscaler({ right: pki.issue(HOST), wrong: pki.issue("other.test") });
  await fake.start();
});

afterAll(async () => {
  await fake.stop();
  await backend.close();
});

function probeSetup(env: Record<string, string> = {}): Partial<ProbeSetup> {
  return {
    policy: {
      ...probeSettings({ PROBE_ALLOW_PRIVATE: "1", PROBE_ALLOWED_HOSTS: HOST, ...env }),
      timeouts: FAST,
    },
    lookup: mapLookup({ [HOST]: ["127.0.0.1"] }),
    ca: [pki.caPem],
  };
}

/** Submits the probe modal (as from the global shortcut) and returns the audit line's fingerprint. */
async function probeFingerprint(running: RunningBot, token: string): Promise<string> {
  const before = running.logs.length;
  await interact(
    running,
    submitPayload(
      "U1",
      { callback_id: "live_probe", private_metadata: JSON.stringify({ user: "U1" }) },
      { probe_url: `https://${HOST}:${backend.httpsPort}/api/v1/push`, probe_token: token },
    ),
  );
  const audits = running.logs
    .slice(before)
    .map((l) => JSON.parse(l) as { msg?: string; audit?: { tokenFingerprint?: string } })
    .filter((l) => l.msg === "probe audit");
  expect(audits).toHaveLength(1);
  const fingerprint = audits[0]?.audit?.tokenFingerprint;
  expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
  return String(fingerprint);
}

const hmac = (key: string | Uint8Array, token: string) =>
  createHmac("sha256", key).update(token, "utf8").digest("hex").slice(0, 12);

const storeKeyHex = async (running: RunningBot) =>
  Buffer.from(await running.store.probeFingerprintKey()).toString("hex");

describe("the probe token's fingerprint key in the bot", { timeout: 60_000 }, () => {
  it("without PROBE_FINGERPRINT_KEY is the store's, so a restarted bot gives the same fingerprint", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "fingerprint-key-"));
    try {
      const first = await startBot(
        fake,
        { PROBE_ALLOWED_USERS: "U1" },
        { store: { dataDir }, probe: probeSetup() },
      );
      let fingerprint: string;
      let key: string;
      try {
        fingerprint = await probeFingerprint(first, TOKENS.rw);
        key = await storeKeyHex(first);
      } finally {
        await first.stop();
      }
      // The key the store keeps, not a per-process one (which a restart in this same test process
      // would not change, so the comparison below alone could not tell them apart).
      expect(fingerprint).toBe(hmac(key, TOKENS.rw));

      const restarted = await startBot(
        fake,
        { PROBE_ALLOWED_USERS: "U1" },
        { store: { dataDir }, probe: probeSetup() },
      );
      try {
        expect(await probeFingerprint(restarted, TOKENS.rw)).toBe(fingerprint);
        expect(await probeFingerprint(restarted, TOKENS.read)).not.toBe(fingerprint);
      } finally {
        await restarted.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("without PROBE_FINGERPRINT_KEY is the same for two copies of the bot on one PostgreSQL", async () => {
    await ensurePostgres();
    const schema = freshSchemaName();
    const store = { databaseUrl: TEST_DATABASE_URL, schema };
    const [a, b] = await Promise.all([
      startBot(fake, { PROBE_ALLOWED_USERS: "U1" }, { store, probe: probeSetup() }),
      startBot(fake, { PROBE_ALLOWED_USERS: "U1" }, { store, probe: probeSetup() }),
    ]);
    try {
      const [fa, fb] = await Promise.all([
        probeFingerprint(a, TOKENS.write),
        probeFingerprint(b, TOKENS.write),
      ]);
      expect(fa).toBe(fb);
      expect(fa).toBe(hmac(await storeKeyHex(a), TOKENS.write));
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await dropSchema(schema);
    }
  });

  it("with PROBE_FINGERPRINT_KEY is the operator's key, not the store's", async () => {
    const running = await startBot(
      fake,
      { PROBE_ALLOWED_USERS: "U1" },
      { probe: probeSetup({ PROBE_FINGERPRINT_KEY: OPERATOR_KEY }) },
    );
    try {
      const fingerprint = await probeFingerprint(running, TOKENS.rw);
      expect(fingerprint).toBe(hmac(OPERATOR_KEY, TOKENS.rw));
      expect(fingerprint).not.toBe(hmac(await storeKeyHex(running), TOKENS.rw));
    } finally {
      await running.stop();
    }
  });
});
