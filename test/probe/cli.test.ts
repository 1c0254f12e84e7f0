import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/probe.ts";
import { REFUSED_MESSAGE } from "../../src/probe/ProbeRefusedError.ts";
import { callCli } from "../support/callCli.ts";
import { type FakeXscaler, startFakeXscaler, TOKENS } from "./fakeXscaler.ts";
import { makeTestPki } from "./makeCerts.ts";

let backend: FakeXscaler;
beforeAll(async () => {
  const pki = makeTestPki();
  backend = await startFakeXscaler({ right: pki.issue("xscaler.test"), wrong: pki.issue("other.test") });
});
afterAll(() => backend.close());

/** The probe CLI in-process: main(argv, io), only the given environment. */
const cli = (args: string[], env: Record<string, string>, stdin = "") => callCli(main, args, env, stdin);

/** The real process, through the runner, for the exit status the shell sees. */
function spawnCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const { PATH, HOME } = process.env;
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/probe.ts", ...args], {
      env: { PATH: PATH ?? "", HOME: HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

describe("npm run probe", () => {
  it("exits 0 when every check passes, prints the checklist and an audit line without the token", async () => {
    const url = `http://127.0.0.1:${backend.httpPort}/api/v1/push`;
    const r = await cli(["--url", url, "--tenant", "tenant-1", "--client", "alloy"], {
      PROBE_TOKEN: TOKENS.rw,
      PROBE_ALLOW_PRIVATE: "1",
    });
    expect(r.err).not.toContain(TOKENS.rw);
    expect(r.out).not.toContain(TOKENS.rw);
    expect(r.code).toBe(0);
    expect(r.out).toContain("✓ Write");
    expect(r.out).toContain("✓ Read");
    const audit = JSON.parse(r.err.trim().split("\n").at(-1) ?? "{}") as Record<string, unknown>;
    expect(audit).toMatchObject({
      event: "probe",
      host: "127.0.0.1",
      vettedIp: "127.0.0.1",
      outcome: "pass",
    });
    expect(audit.tokenFingerprint).toMatch(/^[0-9a-f]{12}$/);
  });

  it("exits 1 with --json naming the failure, the token read from stdin", async () => {
    const r = await cli(
      ["--url", `http://127.0.0.1:${backend.httpPort}`, "--tenant", "tenant-1", "--token-stdin", "--json"],
      { PROBE_ALLOW_PRIVATE: "1" },
      `${TOKENS.read}\n`,
    );
    expect(r.code).toBe(1);
    expect(r.out + r.err).not.toContain(TOKENS.read);
    const json = JSON.parse(r.out) as {
      checks: { name: string; status: string; symptom: string | null }[];
      symptoms: string[];
    };
    expect(json.symptoms).toEqual(["forbidden-scope-403"]);
    expect(json.checks.find((c) => c.name === "write")).toMatchObject({
      status: "fail",
      symptom: "forbidden-scope-403",
    });
    expect(json.checks.find((c) => c.name === "token")).toMatchObject({ status: "pass", symptom: null });
  });

  it("as a process: exits 2 on a refused destination without the operator's opt-in", async () => {
    backend.seen.length = 0;
    const r = await spawnCli(["--url", `http://127.0.0.1:${backend.httpPort}`], { PROBE_TOKEN: TOKENS.rw });
    expect(r.code).toBe(2);
    expect(r.out).toContain(REFUSED_MESSAGE);
    expect(backend.seen).toHaveLength(0);
  });

  it("exits 2 on a token in argv, without echoing it", async () => {
    const r = await cli(["--url", "https://example.com", "--token", "argv-secret-token-99"], {});
    expect(r.code).toBe(2);
    expect(r.err).toContain("--token is not accepted");
    expect(r.out + r.err).not.toContain("argv-secret-token-99");
  });

  it("refuses a bad environment with one ENV_INVALID error naming every bad variable, exit 2, before any probe", async () => {
    backend.seen.length = 0;
    const env = {
      PROBE_TOKEN: TOKENS.rw,
      PROBE_TIMEOUT_MS: "abc",
      PROBE_ALLOW_NETWORKS: "10.0.0.0/8,fe80::/10",
      PROBE_FINGERPRINT_KEY: "short-secret",
    };
    const args = ["--url", `http://127.0.0.1:${backend.httpPort}`];
    const r = await cli(args, env);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toBe("The environment is not valid (ENV_INVALID), 3 variables to fix:");
    expect(lines.slice(1).map((l) => l.split(" ")[3])).toEqual([
      "PROBE_ALLOW_NETWORKS",
      "PROBE_TIMEOUT_MS",
      "PROBE_FINGERPRINT_KEY",
    ]);
    expect(r.err).not.toContain("short-secret");
    expect(r.err).not.toContain(TOKENS.rw);
    expect(backend.seen).toHaveLength(0);
    // The same through the runner, as the shell sees it.
    const spawned = await spawnCli(args, env);
    expect(spawned.code).toBe(2);
    expect(spawned.err).toBe(r.err);
  });
});
