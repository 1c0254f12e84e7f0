import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import type { Capture } from "./Capture.ts";
import { programVersion } from "./clientVersions.ts";
import { expectDiagnosis } from "./expectDiagnosis.ts";
import { prometheusModes, prometheusPath, runPrometheus } from "./runPrometheus.ts";
import { type ModeServers, startModeServers } from "./servers/startModeServers.ts";

const installed = existsSync(prometheusPath);
// In CI a missing binary is a broken .ci/run, so the suite runs and fails; locally it is skipped.
const inCi = process.env.CI === "true";
if (!installed && !inCi)
  console.warn(
    `Prometheus real-client suite skipped: ${prometheusPath} not found (apt-get install prometheus)`,
  );
const version = installed
  ? (programVersion(prometheusPath)?.match(/version (\S+)/)?.[1] ?? "?")
  : "not installed";

let kb: KnowledgeBase;
let servers: ModeServers | undefined;
const captures = new Map<string, Capture>();

describe.skipIf(!installed && !inCi)(`Prometheus ${version} remote_write against each failure mode`, () => {
  beforeAll(async () => {
    if (!installed) throw new Error(`${prometheusPath} is missing: apt-get install prometheus (CI=true)`);
    kb = await loadKnowledgeBase();
    servers = await startModeServers();
    for (const c of await runPrometheus(servers)) captures.set(c.mode, c);
  }, 90_000);

  afterAll(async () => {
    await servers?.close();
  });

  it.each(prometheusModes)("→ %s", (mode) => {
    const capture = captures.get(mode);
    // The queue logged its failure (a retry warning or a non-recoverable error) with the error text.
    expect(capture?.output).toMatch(/level=(warn|error) .* err="/);
    expectDiagnosis(capture, kb);
  });
});
