import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropSchema, ensurePostgres, freshSchemaName, TEST_DATABASE_URL } from "../store/support/postgres.ts";
import { FakeSlack } from "./support/FakeSlack.ts";
import { actOnReplies, privateReplies } from "./support/replyButtons.ts";
import { eventEnvelope, postEvent } from "./support/signedRequest.ts";
import { type RunningBot, SIGNING_SECRET, startBot } from "./support/startBot.ts";

const NO_ORG_ID =
  'level=error component=remote_write msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"';

/** Two copies of the bot on one PostgreSQL schema, as behind a load balancer. */
describe("two bot instances on one PostgreSQL", () => {
  const fake = new FakeSlack();
  const schema = freshSchemaName();
  let a: RunningBot;
  let b: RunningBot;

  beforeAll(async () => {
    await ensurePostgres();
    await fake.start();
    const store = { databaseUrl: TEST_DATABASE_URL, schema };
    [a, b] = await Promise.all([startBot(fake, {}, { store }), startBot(fake, {}, { store })]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await fake.stop();
    await dropSchema(schema);
  });

  const envelope = (eventId: string, event: Record<string, unknown>) => eventEnvelope(event, eventId);

  it("answer a doubly-delivered event exactly once", async () => {
    const event = {
      type: "message",
      channel: "D1",
      channel_type: "im",
      user: "U1",
      text: NO_ORG_ID,
      ts: "1720000001.000100",
    };
    const body = envelope("EvTWICE1", event);
    const [ra, rb] = await Promise.all([
      postEvent(a.eventsUrl, body, { secret: SIGNING_SECRET }),
      postEvent(b.eventsUrl, body, { secret: SIGNING_SECRET, retryNum: 1 }),
    ]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    await Promise.all([a.bot.idle(), b.bot.idle()]);
    const replies = fake.callsTo("chat.postMessage");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toMatchObject({ channel: "D1", thread_ts: event.ts });
    // Both saw it: one answered, the other dropped it as already claimed.
    const dropped = [...a.logs, ...b.logs].filter((l) => l.includes('"retry dropped"'));
    expect(dropped).toHaveLength(1);
  });

  it("answer the app_mention + message double delivery of one message once, across instances", async () => {
    fake.reset();
    const ts = "1720000002.000100";
    const common = { channel: "D1", channel_type: "im", user: "U1", text: `<@UBOT> ${NO_ORG_ID}`, ts };
    await Promise.all([
      postEvent(a.eventsUrl, envelope("EvM1", { type: "app_mention", ...common }), {
        secret: SIGNING_SECRET,
      }),
      postEvent(b.eventsUrl, envelope("EvM2", { type: "message", ...common }), { secret: SIGNING_SECRET }),
    ]);
    await Promise.all([a.bot.idle(), b.bot.idle()]);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("take a private copy's Share, snippet menu and client choice on the copy that did not answer it", async () => {
    fake.reset();
    await actOnReplies(fake, b, await privateReplies(fake, a));
  });
});
