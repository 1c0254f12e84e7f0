import { describe, expect, it } from "vitest";
import { ProbeGate } from "../../src/probe/ProbeGate.ts";
import { ProbeLimitError } from "../../src/probe/ProbeLimitError.ts";
import { runProbe } from "../../src/probe/runProbe.ts";
import { probeSettings } from "../support/settings.ts";
import { FAST } from "./helpers.ts";

describe("ProbeGate", () => {
  it("caps probes per user in a sliding window", () => {
    let t = 0;
    const gate = new ProbeGate({ maxConcurrent: 10, perUser: 2, windowMs: 60_000, now: () => t });
    gate.acquire("U1")();
    gate.acquire("U1")();
    const error = (() => {
      try {
        gate.acquire("U1");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ProbeLimitError);
    expect((error as ProbeLimitError).code).toBe("PROBE_RATE_LIMITED");
    expect((error as ProbeLimitError).retryAfterMs).toBe(60_000);
    gate.acquire("U2")();
    t = 60_001;
    expect(() => gate.acquire("U1")()).not.toThrow();
  });

  it("caps probes running at once and frees the slot on release", () => {
    const gate = new ProbeGate({ maxConcurrent: 1, perUser: 100, windowMs: 1000 });
    const release = gate.acquire("U1");
    expect(() => gate.acquire("U2")).toThrow(expect.objectContaining({ code: "PROBE_BUSY" }));
    release();
    release();
    expect(gate.running).toBe(0);
    expect(() => gate.acquire("U2")).not.toThrow();
  });

  it("runProbe takes a slot and gives it back, even for a refused destination", async () => {
    const gate = new ProbeGate({ maxConcurrent: 1, perUser: 1, windowMs: 60_000 });
    const options = {
      ...probeSettings({}),
      timeouts: FAST,
      gate,
      audit: () => undefined,
    };
    const result = await runProbe({ url: "http://127.0.0.1/", requestedBy: "U9" }, options);
    expect(result.refused).toBe(true);
    expect(gate.running).toBe(0);
    await expect(runProbe({ url: "http://127.0.0.1/", requestedBy: "U9" }, options)).rejects.toMatchObject({
      code: "PROBE_RATE_LIMITED",
    });
  });
});

describe("the probe settings (readSettings)", () => {
  it("reads the operator's policy from the environment", () => {
    const policy = probeSettings({
      PROBE_ALLOW_PRIVATE: "1",
      PROBE_ALLOWED_PORTS: "9009, 8443",
      PROBE_ALLOWED_HOSTS: ".XscalerLabs.com,example.org",
    });
    expect(policy).toMatchObject({
      allowPrivate: true,
      allowedPorts: [9009, 8443],
      allowedHostSuffixes: [".xscalerlabs.com", "example.org"],
    });
    expect(probeSettings({}).allowPrivate).toBe(false);
  });

  it.each([
    { PROBE_ALLOW_PRIVATE: "maybe" },
    { PROBE_ALLOWED_PORTS: "80,http" },
    { PROBE_ALLOWED_PORTS: "70000" },
    { PROBE_ALLOWED_HOSTS: "exa mple/com" },
  ])("rejects %o", (env) => {
    expect(() => probeSettings(env)).toThrow();
  });
});
