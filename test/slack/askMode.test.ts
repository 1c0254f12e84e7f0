import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/knowledge/loadKnowledgeBase.ts";
import { FakeSlack } from "./support/FakeSlack.ts";
import { eventEnvelope, postEvent } from "./support/signedRequest.ts";
import { type RunningBot, SIGNING_SECRET, startBot } from "./support/startBot.ts";

// A plain failure and nothing else: no client, no product, no endpoint path.
const PLAIN = "Error: connect ECONNREFUSED 203.0.113.10:443";

const fake = new FakeSlack();
let running: RunningBot;
let seq = 0;

async function send(event: Record<string, unknown>) {
  const res = await postEvent(running.eventsUrl, eventEnvelope(event, `EvAsk${++seq}`), {
    secret: SIGNING_SECRET,
  });
  expect(res.status).toBe(200);
  await running.bot.idle();
}

const ts = () => `17100000${String(++seq).padStart(2, "0")}.000100`;
const replyText = () =>
  fake
    .callsTo("chat.postMessage")
    .map((c) => JSON.stringify((c.body as { blocks?: unknown }).blocks ?? ""))
    .join("\n");

beforeAll(async () => {
  await fake.start();
  // The shipped knowledge base: the answer to a plain failure is one of its entries.
  running = await startBot(fake, {}, { knowledgeDir: DEFAULT_KNOWLEDGE_DIR });
});
afterAll(async () => {
  await running.stop();
  await fake.stop();
});
beforeEach(() => fake.reset());

describe("confidence that knows how it was asked", () => {
  it("a direct message with one plain failure gets its best answer, labelled 'likely' with how to confirm it", async () => {
    await send({ type: "message", channel: "D9", channel_type: "im", user: "U1", text: PLAIN, ts: ts() });
    const text = replyText();
    expect(text).toContain("Likely: the connection was refused");
    expect(text).toContain("To confirm");
  });

  it("the same paste in a channel the bot only listens to gets no answer", async () => {
    await send({
      type: "message",
      channel: "CPASTE",
      channel_type: "channel",
      user: "U1",
      text: PLAIN,
      ts: ts(),
    });
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
    // Not even the 🔍 of a guess it would not stand behind: passively there is no guess at all.
    expect(fake.callsTo("reactions.add")).toHaveLength(0);
  });

  it("a direct message that names another product still gets no diagnosis", async () => {
    await send({
      type: "message",
      channel: "D9",
      channel_type: "im",
      user: "U1",
      text: 'psql: error: connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused',
      ts: ts(),
    });
    expect(replyText()).not.toMatch(/likely: /i);
    expect(replyText()).not.toContain("Exporter cannot reach the endpoint");
  });
});
