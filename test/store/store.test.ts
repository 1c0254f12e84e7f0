import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations.ts";
import { openStore } from "../../src/store/openStore.ts";
import type { Store } from "../../src/store/Store.ts";
import { StoreError } from "../../src/store/StoreError.ts";
import { storeDeduper } from "../../src/store/storeDeduper.ts";
import { BACKENDS, type StoreLocation, tableRows } from "./support/backends.ts";

const TOKEN = "glc_eyJvIjoiMTIzNDU2Nzg5MCIsIm4iOiJzdGFjayJ9Zz9Q";
const BEARER = "Bearer s3cr3tT0kenValue0123456789abcdef";

describe.each(BACKENDS)("the store on $name", { timeout: 60_000 }, (backend) => {
  let where: StoreLocation;
  let store: Store;

  beforeAll(async () => {
    where = await backend.fresh();
    store = await openStore(where.options);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await where?.cleanup();
  });

  it("lets only the first claimer of an event through, even when claims race", async () => {
    expect(await store.claimEvent("Ev-first", 600)).toBe(true);
    expect(await store.claimEvent("Ev-first", 600)).toBe(false);
    const results = await Promise.all(Array.from({ length: 8 }, () => store.claimEvent("Ev-race", 600)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("lets an expired claim be taken again, and purges expired claims", async () => {
    expect(await store.claimEvent("Ev-short", 0.001)).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(await store.claimEvent("Ev-short", 600)).toBe(true);
    expect(await store.claimEvent("Ev-short", 600)).toBe(false);
    expect(await store.claimEvent("Ev-gone", 0.001)).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(await store.purgeExpiredEvents()).toBeGreaterThanOrEqual(1);
    expect(await store.claimEvent("Ev-gone", 600)).toBe(true);
  });

  it("refuses a claim without a key or a positive ttl", async () => {
    await expect(store.claimEvent("", 60)).rejects.toMatchObject({ code: "STORE_INVALID_INPUT" });
    await expect(store.claimEvent("k", 0)).rejects.toBeInstanceOf(StoreError);
  });

  it("serves the Slack bot's EventDeduper", async () => {
    const deduper = storeDeduper(store);
    expect(await deduper.firstSeen("C1:1700000000.000100")).toBe(true);
    expect(await deduper.firstSeen("C1:1700000000.000100")).toBe(false);
  });

  it("records a reply with its symptoms, once", async () => {
    const reply = {
      channel: "C-reply",
      messageTs: "100.1",
      replyTs: "100.2",
      threadTs: "100.1",
      askedBy: "U1",
      symptoms: [
        { id: "missing-org-id", score: 0.93 },
        { id: "unauthorized-401", score: 0.41 },
      ],
      excerpt: 'err="server returned HTTP status 400 Bad Request: no org id"',
    };
    expect(await store.recordReply(reply)).toEqual({ created: true });
    expect(await store.recordReply(reply)).toEqual({ created: false });
    const stored = await store.getReply("C-reply", "100.2");
    expect(stored).toMatchObject({
      messageTs: "100.1",
      threadTs: "100.1",
      askedBy: "U1",
      symptoms: reply.symptoms,
    });
    expect(stored?.createdAt).toBeInstanceOf(Date);
    expect(await store.getReply("C-reply", "nope")).toBeUndefined();
  });

  it("keeps one vote per person per reply; a second click changes it", async () => {
    await store.recordReply({
      channel: "C-vote",
      messageTs: "200.1",
      replyTs: "200.2",
      symptoms: [{ id: "missing-org-id", score: 0.9 }],
      excerpt: 'level=error msg=boom err="it broke on relay-7.example.com"',
    });
    expect(
      await store.recordFeedback({ channel: "C-vote", replyTs: "200.2", userId: "U1", helpful: true }),
    ).toEqual({});
    const second = await store.recordFeedback({
      channel: "C-vote",
      replyTs: "200.2",
      userId: "U1",
      helpful: false,
      symptomId: "unauthorized-401",
      note: "it was the proxy in front",
    });
    expect(second.previous).toEqual({ userId: "U1", helpful: true });
    expect(second.gapId).toMatch(/^[0-9a-f]{12}$/);
    await store.recordFeedback({ channel: "C-vote", replyTs: "200.2", userId: "U2", helpful: true });

    const feedback = await store.getFeedback("C-vote", "200.2");
    expect(feedback).toMatchObject({ helpful: 1, notHelpful: 1 });
    expect(feedback.votes).toContainEqual({
      userId: "U1",
      helpful: false,
      symptomId: "unauthorized-401",
      note: "it was the proxy in front",
    });

    const gap = await store.getGap(second.gapId ?? "");
    expect(gap).toMatchObject({ count: 1, notHelpful: 1, notes: ["it was the proxy in front"] });
    expect(gap?.suggestedSymptoms).toEqual([{ id: "unauthorized-401", count: 1 }]);

    // Changing their mind back to helpful withdraws the gap they made.
    const third = await store.recordFeedback({
      channel: "C-vote",
      replyTs: "200.2",
      userId: "U1",
      helpful: true,
    });
    expect(third.previous).toMatchObject({ helpful: false, symptomId: "unauthorized-401" });
    expect(await store.getGap(second.gapId ?? "")).toBeUndefined();
    expect(await store.getFeedback("C-vote", "200.2")).toMatchObject({ helpful: 2, notHelpful: 0 });
  });

  it("groups the same error from different hosts into one gap, with a count and a sample", async () => {
    const hosts = ["10.0.3.17:443", "10.9.1.2:8443", "[::1]:9000"];
    const ids = new Set<string>();
    for (const [i, host] of hosts.entries()) {
      const result = await store.recordReply({
        channel: "C-gap",
        messageTs: `300.${i}`,
        replyTs: `301.${i}`,
        symptoms: [],
        excerpt: `collector starting\n2024-05-0${i + 1}T10:2${i}:33Z error exporting to https://gw-${i}.acme.io/otlp: dial tcp ${host}: connect: connection refused (request ${i}f3a9c1d2e4b5a6c7)`,
      });
      ids.add(result.gapId ?? "");
    }
    // A retried recording of the same paste does not count twice.
    await store.recordGap({
      source: "no-match",
      channel: "C-gap",
      messageTs: "300.0",
      text: "dial tcp 10.0.3.17:443: connect: connection refused",
    });
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const gap = await store.getGap(id ?? "");
    expect(gap).toMatchObject({ count: 3, noMatch: 3, notHelpful: 0 });
    expect(gap?.sample).toContain("10.0.3.17:443: connect: connection refused");
    expect(gap?.shape).toBe(
      "<ts> error exporting to <url> dial tcp <ip>: connect: connection refused (request <hex>)",
    );

    const other = await store.recordGap({
      source: "no-match",
      text: "remote_write: 413 Request Entity Too Large",
    });
    expect(other).not.toBe(id);
    const listed = await store.listGaps(50);
    const mine = listed.filter((g) => g.id === id || g.id === other);
    expect(mine.map((g) => g.count)).toEqual([3, 1]);
  });

  it("escalates a thread once: the second escalation returns the first", async () => {
    const first = await store.recordEscalation({
      channel: "C-esc",
      threadTs: "400.1",
      requestedBy: "U1",
      excerpt: "no org id",
    });
    expect(first.created).toBe(true);
    expect(first.escalation.handoff).toBeUndefined();
    await store.completeEscalation("C-esc", "400.1", {
      handoffChannel: "C-oncall",
      handoffTs: "401.1",
      permalink: "https://example.slack.com/archives/C-oncall/p4011",
    });
    const second = await store.recordEscalation({ channel: "C-esc", threadTs: "400.1", requestedBy: "U2" });
    expect(second.created).toBe(false);
    expect(second.escalation).toMatchObject({
      requestedBy: "U1",
      handoff: { handoffChannel: "C-oncall", handoffTs: "401.1" },
    });
    // A claim whose hand-off could not be posted is given up; a completed one is kept.
    await store.recordEscalation({ channel: "C-esc", threadTs: "403.1", requestedBy: "U1" });
    await store.abandonEscalation("C-esc", "403.1");
    expect(await store.getEscalation("C-esc", "403.1")).toBeUndefined();
    expect(
      (await store.recordEscalation({ channel: "C-esc", threadTs: "403.1", requestedBy: "U3" })).created,
    ).toBe(true);
    await store.abandonEscalation("C-esc", "400.1");
    expect((await store.getEscalation("C-esc", "400.1"))?.handoff).toMatchObject({ handoffTs: "401.1" });
    const racing = await Promise.all([
      store.recordEscalation({ channel: "C-esc", threadTs: "402.1", requestedBy: "U1" }),
      store.recordEscalation({ channel: "C-esc", threadTs: "402.1", requestedBy: "U2" }),
    ]);
    expect(racing.filter((r) => r.created)).toHaveLength(1);
    await expect(
      store.completeEscalation("C-esc", "999.9", { handoffChannel: "C", handoffTs: "1" }),
    ).rejects.toMatchObject({
      code: "STORE_INVALID_INPUT",
    });
  });

  it("summarises gaps largest first, symptoms with their ratings, and escalations", async () => {
    const own = await backend.fresh();
    const s = await openStore(own.options);
    try {
      for (let i = 0; i < 3; i++) {
        await s.recordReply({
          channel: "C",
          messageTs: `1.${i}`,
          replyTs: `2.${i}`,
          symptoms: [],
          excerpt: `error: no route to host 10.1.1.${i}`,
        });
      }
      await s.recordReply({
        channel: "C",
        messageTs: "3.0",
        replyTs: "4.0",
        symptoms: [],
        excerpt: "panic: runtime error at 0x7f",
      });
      await s.recordReply({
        channel: "C",
        messageTs: "5.0",
        replyTs: "6.0",
        symptoms: [
          { id: "missing-org-id", score: 0.9 },
          { id: "unauthorized-401", score: 0.5 },
        ],
        excerpt: "no org id",
      });
      await s.recordFeedback({ channel: "C", replyTs: "6.0", userId: "U1", helpful: true });
      await s.recordFeedback({
        channel: "C",
        replyTs: "6.0",
        userId: "U2",
        helpful: false,
        symptomId: "wrong-tenant",
      });
      await s.recordEscalation({ channel: "C", threadTs: "5.0", requestedBy: "U2" });

      const summary = await s.summary();
      expect(summary.totals).toEqual({
        replies: 5,
        noMatch: 4,
        helpful: 1,
        notHelpful: 1,
        gaps: 3,
        escalations: 1,
      });
      expect(summary.gaps.map((g) => g.count)).toEqual([3, 1, 1]);
      expect(summary.gaps[0]?.sample).toBe("error: no route to host 10.1.1.0");
      expect(summary.symptoms).toEqual([
        {
          symptomId: "missing-org-id",
          diagnosed: 1,
          offered: 1,
          helpful: 1,
          notHelpful: 1,
          reallyWas: [{ id: "wrong-tenant", count: 1 }],
        },
        { symptomId: "unauthorized-401", diagnosed: 0, offered: 1, helpful: 0, notHelpful: 0, reallyWas: [] },
      ]);
      expect(summary.escalations).toMatchObject([{ channel: "C", threadTs: "5.0", requestedBy: "U2" }]);
    } finally {
      await s.close();
      await own.cleanup();
    }
  });

  it("never writes a secret to any table", async () => {
    const own = await backend.fresh();
    const s = await openStore(own.options);
    try {
      const paste = `curl -H "Authorization: ${BEARER}" https://u:hunter2pass@xs.example.com/api/v1/push\nerror: 401 token=${TOKEN}`;
      await s.recordReply({
        channel: "C",
        messageTs: "1.0",
        replyTs: "1.1",
        askedBy: "U1",
        symptoms: [],
        excerpt: paste,
      });
      await s.recordReply({
        channel: "C",
        messageTs: "2.0",
        replyTs: "2.1",
        symptoms: [{ id: "unauthorized-401", score: 0.8 }],
        excerpt: paste,
      });
      await s.recordFeedback({
        channel: "C",
        replyTs: "2.1",
        userId: "U1",
        helpful: false,
        note: `still fails with ${TOKEN}`,
      });
      await s.recordGap({ source: "no-match", text: paste, note: `api_key=${TOKEN}` });
      await s.recordEscalation({ channel: "C", threadTs: "2.0", requestedBy: "U1", excerpt: paste });
      await s.completeEscalation("C", "2.0", {
        handoffChannel: "C2",
        handoffTs: "3.0",
        permalink: `https://x.slack.com/p?token=${TOKEN}`,
      });
      await s.claimEvent(`key ${BEARER}`, 60);
      const summary = await s.summary();
      expect(JSON.stringify(summary)).not.toContain("s3cr3tT0kenValue");
    } finally {
      await s.close();
    }
    const everything = await own.dump();
    await own.cleanup();
    expect(everything).toContain("xs.example.com"); // the rows are there, readable
    expect(everything).toContain("still fails with glc_****");
    for (const secret of [TOKEN.slice(4), "s3cr3tT0kenValue0123456789abcdef", "hunter2pass"]) {
      expect(everything).not.toContain(secret);
    }
  });

  // Last: it closes and reopens the shared store.
  it("keeps its data across a restart, and migrating again changes nothing", async () => {
    await store.recordReply({
      channel: "C-restart",
      messageTs: "1.0",
      replyTs: "1.1",
      symptoms: [],
      excerpt: "error: disk full",
    });
    expect(await store.claimEvent("Ev-restart", 600)).toBe(true);
    await store.close();
    await expect(store.claimEvent("Ev-x", 60)).rejects.toMatchObject({ code: "STORE_CLOSED" });

    store = await openStore(where.options);
    expect(await store.claimEvent("Ev-restart", 600)).toBe(false);
    expect((await store.listGaps(100)).map((g) => g.sample)).toContain("error: disk full");
    expect((await store.getReply("C-restart", "1.1"))?.excerpt).toBe("error: disk full");
    await store.close();
    expect(tableRows(await where.dump(), "schema_migrations")).toHaveLength(MIGRATIONS.length);
  });
});
