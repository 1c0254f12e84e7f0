import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import type { Capture } from "./Capture.ts";
import { programVersion } from "./clientVersions.ts";
import { expectDiagnosis } from "./expectDiagnosis.ts";
import { modes } from "./expectedSymptoms.ts";
import { curlPath, runCurl } from "./runCurl.ts";
import { type ModeServers, startModeServers } from "./servers/startModeServers.ts";

let kb: KnowledgeBase;
let servers: ModeServers | undefined;
const captures = new Map<string, Capture>();
const version = programVersion(curlPath) ?? "curl (not installed)";

beforeAll(async () => {
  // .ci/run installs curl; a machine without it fails here rather than passing on nothing.
  if (!existsSync(curlPath)) throw new Error(`${curlPath} is missing: apt-get install curl`);
  kb = await loadKnowledgeBase();
  servers = await startModeServers();
  for (const c of await runCurl(servers)) captures.set(c.mode, c);
}, 60_000);

afterAll(async () => {
  await servers?.close();
});

describe(`curl -sS -v --fail-with-body (${version.split(" (")[0]}) against each failure mode`, () => {
  it.each(modes)("→ %s", (mode) => {
    const capture = captures.get(mode);
    // curl's own error line: the request really failed.
    expect(capture?.output).toMatch(/^curl: \(\d+\)/m);
    expectDiagnosis(capture, kb);
  });
});
