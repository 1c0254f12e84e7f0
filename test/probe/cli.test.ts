import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFUSED_MESSAGE } from "../../src/probe/ProbeRefusedError.ts";
import { type FakeXscaler, startFakeXscaler, TOKENS } from "./fakeXscaler.ts";
import { makeTestPki } from "./makeCerts.ts";

let backend: FakeXscaler;
beforeAll(async () => {
  const pki = makeTestPki();
  backend = await startFakeXscaler({ right: pki.issue("xscaler.test"), wrong: pki.issue("other.test") });
});
afterAll(() => backend.close());

function cli(
  args: string[],
  env: Record<string, string>,
  stdin = "",
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const { PATH, HOME } = process.env;
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/probe.ts", ...args], {
      env: { PATH: PATH ?? "", HOME: HOME ?? "", ...env },
      stdio: ["pipe", "pipe", "pipe"],
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
    child.stdin.end(stdin);
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

  it("exits 2 on a refused destination without the operator's opt-in", async () => {
    backend.seen.length = 0;
    const r = await cli(["--url", `http://127.0.0.1:${backend.httpPort}`], { PROBE_TOKEN: TOKENS.rw });
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
});
