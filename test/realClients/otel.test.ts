import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import type { Capture } from "./Capture.ts";
import { npmVersion } from "./clientVersions.ts";
import { expectDiagnosis } from "./expectDiagnosis.ts";
import { otelCases, otelPackage, runOtel } from "./runOtel.ts";
import { type ModeServers, startModeServers } from "./servers/startModeServers.ts";

// Every client runs live each time (the captures under test/fixtures/realClients are for reading only).
let kb: KnowledgeBase;
let servers: ModeServers | undefined;
const captures = new Map<string, Capture>();
const key = (c: { signal: string; protocol: string; mode: string }) => `${c.signal} ${c.protocol} ${c.mode}`;

beforeAll(async () => {
  kb = await loadKnowledgeBase();
  servers = await startModeServers();
  for (const c of await runOtel(servers)) captures.set(key(c), c);
}, 180_000);

afterAll(async () => {
  await servers?.close();
});

const named = otelCases.map((c) => {
  const pkg = otelPackage(c.signal, c.protocol);
  return [`${pkg} ${npmVersion(pkg)} (${c.protocol} ${c.signal}) → ${c.mode}`, c] as const;
});

describe("OpenTelemetry JS exporters against each failure mode", () => {
  it.each(named)("%s", (_name, c) => {
    const capture = captures.get(key(c));
    // The export really failed, and the user-code line carries the error.
    expect(capture?.output).toContain(`failed to export ${c.signal}:`);
    expectDiagnosis(capture, kb);
  });
});
