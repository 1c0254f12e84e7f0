import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import { readGreeting, readIntent } from "../../src/slack/readIntent.ts";
import { KNOWLEDGE_DIR } from "./support/startBot.ts";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase(KNOWLEDGE_DIR);
});

describe("reading what someone asked", () => {
  it.each([
    ["hi", "hello"],
    ["Hello there! :wave:", "hello"],
    ["hey bot", "hello"],
    ["thanks!", "thanks"],
    ["thank you so much", "thanks"],
    ["help", "help"],
    ["hi, help please", "help"],
    ["what can you do?", "help"],
    ["?", "help"],
  ])("%j is a greeting (%s)", (text, kind) => {
    expect(readGreeting(text)).toBe(kind);
  });

  it.each([
    "hi, prometheus gets a 401",
    "thanks but it still says no org id",
    "help: server returned HTTP status 400",
    "",
  ])("%j is not a greeting", (text) => {
    expect(readGreeting(text)).toBeUndefined();
  });

  it.each([
    ["401", 401, undefined],
    ["HTTP 401", 401, undefined],
    ["got a 401", 401, undefined],
    ["curl 401", 401, "curl"],
    ["HTTP 400", 400, undefined],
  ])("%j is a bare status code", (text, code, client) => {
    const intent = readIntent(kb, text);
    expect(intent).toMatchObject({ kind: "status", code });
    expect(intent.kind === "status" ? intent.client : "none").toBe(client);
  });

  it("diagnoses anything more than a bare status, and a status the knowledge base has nothing for", () => {
    expect(readIntent(kb, 'err="server returned HTTP status 401 Unauthorized: invalid token"').kind).toBe(
      "diagnose",
    );
    expect(readIntent(kb, "HTTP 401\nand then HTTP 503").kind).toBe("diagnose");
    expect(readIntent(kb, "got a 401 from https://mimir.example.com/api/v1/push").kind).toBe("diagnose");
    expect(readIntent(kb, "HTTP 418").kind).toBe("diagnose");
    expect(readIntent(kb, "401", true).kind).toBe("diagnose");
  });
});
