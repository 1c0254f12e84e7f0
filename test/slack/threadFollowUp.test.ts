import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeSlack } from "./support/FakeSlack.ts";
import { blockTexts, nextTs, sendEvent } from "./support/interactions.ts";
import { type RunningBot, startBot } from "./support/startBot.ts";

const REAL_KB = new URL("../../knowledge", import.meta.url).pathname;
const UNAUTHORIZED =
  'component=remote level=error msg="non-recoverable error" err="server returned HTTP status 401 Unauthorized: invalid token"';

const fake = new FakeSlack();
let running: RunningBot;

beforeAll(async () => {
  await fake.start();
  running = await startBot(fake, {}, { knowledgeDir: REAL_KB });
});
afterAll(async () => {
  await running.stop();
  await fake.stop();
});
beforeEach(() => fake.reset());

/** A DM reply in the thread under `parent`. */
function followUp(parent: string, text: string) {
  return {
    type: "message",
    channel: "D7",
    channel_type: "im",
    user: "U1",
    text,
    ts: nextTs(),
    thread_ts: parent,
  };
}

describe("a follow-up in a thread is read with the thread's earlier messages", () => {
  it("answers 'it's prometheus remote_write to xscaler' with the 429 it follows", async () => {
    const parent = nextTs();
    fake.threads.set(parent, [
      { ts: parent, user: "U1", text: "getting 429 since this morning" },
      { ts: `${parent}1`, bot_id: "BBOT", user: "UBOT", text: "No confident match. Which client sent it?" },
    ]);
    await sendEvent(running, followUp(parent, "it's prometheus remote_write to xscaler"));
    const [reply, ...rest] = fake.callsTo("chat.postMessage");
    expect(rest).toHaveLength(0);
    expect(reply?.body).toMatchObject({ channel: "D7", thread_ts: parent });
    const text = blockTexts(reply?.body.blocks as never);
    expect(text).toContain("I read your message with the 1 earlier message of this thread");
    expect(text).toContain("429 Too Many Requests");
    expect(text).not.toContain("No confident match");
    // The thread is read up to the follow-up itself.
    expect(fake.callsTo("conversations.replies")[0]?.body).toMatchObject({ ts: parent });
  });

  it("keeps the follow-up and the newest earlier messages when the thread is long", async () => {
    const parent = nextTs();
    const chatter = Array.from({ length: 120 }, (_, i) => ({
      ts: `${parent}${i}`,
      user: "U2",
      text: `chatter ${i}`,
    }));
    fake.threads.set(parent, [
      ...chatter,
      { ts: `${parent}x`, user: "U1", text: "getting 429 since this morning" },
    ]);
    await sendEvent(running, followUp(parent, "it's prometheus remote_write to xscaler"));
    const text = blockTexts(fake.callsTo("chat.postMessage")[0]?.body.blocks as never);
    expect(text).toContain("I read your message with the 99 earlier messages of this thread");
    expect(text).toContain("429 Too Many Requests");
  });

  it("answers a follow-up that names its own problem on its own, without reading the thread", async () => {
    const parent = nextTs();
    fake.threads.set(parent, [{ ts: parent, user: "U1", text: "getting 429 since this morning" }]);
    await sendEvent(running, followUp(parent, UNAUTHORIZED));
    const text = blockTexts(fake.callsTo("chat.postMessage")[0]?.body.blocks as never);
    expect(text).toContain("401 Unauthorized");
    expect(text).not.toContain("earlier message");
    expect(fake.callsTo("conversations.replies")).toHaveLength(0);
  });

  it("still answers the follow-up alone when the thread cannot be read", async () => {
    const parent = nextTs();
    fake.fail("conversations.replies", { error: "missing_scope" });
    await sendEvent(running, followUp(parent, "it's prometheus remote_write to xscaler"));
    const [reply] = fake.callsTo("chat.postMessage");
    expect(reply?.body).toMatchObject({ channel: "D7", thread_ts: parent });
    expect(blockTexts(reply?.body.blocks as never)).toContain("No confident match");
  });
});
