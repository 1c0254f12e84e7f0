import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callMain } from "../../src/entry/runCli.ts";
import { main } from "../../src/slack/main.ts";
import { callCli } from "../support/callCli.ts";
import { FakeSlack } from "./support/FakeSlack.ts";
import { BOT_TOKEN, SIGNING_SECRET } from "./support/startBot.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fake = new FakeSlack();
let dataDir: string;
beforeAll(async () => {
  await fake.start();
  dataDir = mkdtempSync(join(tmpdir(), "main-store-"));
});
afterAll(async () => {
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every part of the settings wrong at once, secrets among them. */
const BAD = {
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_CLIENT_ID: "1234.5678",
  SLACK_CLIENT_SECRET: "client-secret-do-not-print",
  TOKEN_ENCRYPTION_KEY: "too-short-key-do-not-print",
  PROBE_TIMEOUT_MS: "abc",
  DATABASE_URL: "mysql://root:hunter2@db/doctor",
};

describe("npm start (src/slack/main.ts)", () => {
  it("refuses a bad environment with one ENV_INVALID error naming every bad variable, and no secret", async () => {
    const r = await callCli(main, [], BAD);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toBe("The environment is not valid (ENV_INVALID), 4 variables to fix:");
    expect(lines.slice(1).map((l) => l.split(" ")[3])).toEqual([
      "SLACK_STATE_SECRET",
      "TOKEN_ENCRYPTION_KEY",
      "PROBE_TIMEOUT_MS",
      "DATABASE_URL",
    ]);
    for (const secret of [
      "client-secret-do-not-print",
      "too-short-key",
      "hunter2",
      BOT_TOKEN,
      SIGNING_SECRET,
    ]) {
      expect(r.err).not.toContain(secret);
    }
  });

  it("as a process, the runner prints the same error and exits 2", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/slack/main.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", ...BAD },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^The environment is not valid \(ENV_INVALID\), 4 variables to fix:\n/);
    expect(r.stderr).not.toContain("hunter2");
  });

  it("in-process: starts against the fake Slack, logs to io.stdout, and stops with 0 when its signal is aborted", async () => {
    let out = "";
    let err = "";
    const stop = new AbortController();
    const done = callMain("telemetry-doctor", main, [], {
      stdout: {
        write: (t: string) => {
          out += t;
          if (t.includes("telemetry doctor is running")) stop.abort();
        },
      },
      stderr: {
        write: (t: string) => {
          err += t;
        },
      },
      env: {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        LOG_LEVEL: "info",
      },
      signal: stop.signal,
    });
    expect(await done).toBe(0);
    expect(err).toBe("");
    const messages = out
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toContain(
      "live probes are off: set PROBE_ALLOWED_USERS or PROBE_ALLOWED_CHANNELS to allow them",
    );
    expect(messages.slice(-2)).toEqual(["stopping: finishing replies in flight", "bot stopped"]);
  }, 60_000);
});
