import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { entrySchema } from "../../src/knowledge/entrySchema.ts";
import { draftKnowledgeEntry } from "../../src/store/draftEntry.ts";
import { MIGRATIONS } from "../../src/store/migrations.ts";
import { openStore } from "../../src/store/openStore.ts";
import type { Gap, Store } from "../../src/store/Store.ts";
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

  it("lists one person's own replies, newest first, and nobody else's", async () => {
    for (const [i, who] of ["U-own", "U-other", "U-own", "U-own"].entries()) {
      await store.recordReply({
        channel: i === 1 ? "D-other" : "D-own",
        messageTs: `500.${i}`,
        replyTs: `501.${i}`,
        askedBy: who,
        symptoms: i === 2 ? [{ id: "missing-org-id", score: 0.9 }] : [],
        excerpt: `paste ${i} by ${who}`,
      });
    }
    const own = await store.recentReplies("U-own", 2);
    expect(own.map((r) => r.excerpt)).toEqual(["paste 3 by U-own", "paste 2 by U-own"]);
    expect(own[1]?.symptoms).toEqual([{ id: "missing-org-id", score: 0.9 }]);
    expect((await store.recentReplies("U-own")).every((r) => r.askedBy === "U-own")).toBe(true);
    expect(await store.recentReplies("U-nobody")).toEqual([]);
  });

  it("keeps a sample for others' eyes only from channels: an error seen only in DMs has none", async () => {
    const dmOnly = await store.recordGap({
      source: "no-match",
      text: "error: dial tcp pg-7.corp.internal:5432: connection refused",
      channel: "D-private",
      messageTs: "700.1",
    });
    expect((await store.getGap(dmOnly))?.channelSample).toBeUndefined();
    const both = await store.recordGap({
      source: "no-match",
      text: "warn: wal sender stalled on db-1.corp.internal after 30s",
      channel: "D-private",
      messageTs: "700.2",
    });
    await store.recordGap({
      source: "no-match",
      text: "warn: wal sender stalled on db-2.example.com after 45s",
      channel: "C-public",
      messageTs: "700.3",
    });
    const gap = await store.getGap(both);
    expect(gap?.count).toBe(2);
    expect(gap?.sample).toContain("db-1.corp.internal"); // the first one, for the operator's report
    expect(gap?.channelSample).toBe("warn: wal sender stalled on db-2.example.com after 45s");
  });

  it("acknowledges and resolves an escalation once; the resolution is a gap with support's cause and fix", async () => {
    const paste = `level=error msg="quantum flux regulator jammed on node-7" ${BEARER}`;
    await store.recordEscalation({ channel: "D-req", threadTs: "600.1", requestedBy: "U1", excerpt: paste });
    const body = [{ type: "section", text: { type: "mrkdwn", text: `pasted: ${BEARER}` } }];
    await store.completeEscalation("D-req", "600.1", { handoffChannel: "C-sup", handoffTs: "601.1", body });
    expect(await store.acknowledgeEscalation("D-none", "1.1", "U9")).toBeUndefined();
    expect(
      await store.resolveEscalation("D-none", "1.1", { by: "U9", cause: "c", fix: "f" }),
    ).toBeUndefined();

    const acks = await Promise.all([
      store.acknowledgeEscalation("D-req", "600.1", "U8"),
      store.acknowledgeEscalation("D-req", "600.1", "U9"),
    ]);
    expect(acks.filter((a) => a?.changed)).toHaveLength(1);
    const acked = acks.find((a) => a?.changed)?.escalation.acknowledged?.by;
    expect((await store.getEscalation("D-req", "600.1"))?.acknowledged).toMatchObject({ by: acked });

    const resolution = {
      by: "U8",
      cause: `The collector's token expired; the new one is ${TOKEN}`,
      fix: "1. Create a new access policy token\n2. Restart the collector",
    };
    const resolved = await store.resolveEscalation("D-req", "600.1", resolution);
    expect(resolved?.changed).toBe(true);
    expect(resolved?.escalation.resolved).toMatchObject({ by: "U8", fix: resolution.fix });
    expect(resolved?.escalation.resolved?.cause).toContain("glc_****");
    expect(resolved?.escalation.handoff?.body).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "pasted: Bearer ****" } },
    ]);
    const again = await store.resolveEscalation("D-req", "600.1", { ...resolution, by: "U9", fix: "other" });
    expect(again).toMatchObject({ changed: false, escalation: { resolved: { by: "U8" } } });
    expect((await store.acknowledgeEscalation("D-req", "600.1", "U7"))?.changed).toBe(false);

    const gapId = resolved?.escalation.resolved?.gapId ?? "";
    const gap = await store.getGap(gapId);
    expect(gap).toMatchObject({ count: 1, escalated: 1, noMatch: 0, notHelpful: 0 });
    expect(gap?.sample).toContain("quantum flux regulator jammed");
    expect(gap?.excerpt).not.toContain("s3cr3tT0kenValue");
    expect(gap?.resolutions).toEqual([
      { cause: "The collector's token expired; the new one is glc_****", fix: resolution.fix },
    ]);
    const entry = entrySchema.parse(parse(draftKnowledgeEntry(gap as Gap)));
    expect(entry.cause).toBe("The collector's token expired; the new one is glc_****");
    expect(entry.fix).toEqual(["Create a new access policy token", "Restart the collector"]);
    expect(entry.examples.match[0]).toContain("quantum flux regulator jammed");

    // An escalation with no paste recorded is resolved all the same, with no gap to draft from.
    await store.recordEscalation({ channel: "C-req", threadTs: "602.1", requestedBy: "U1" });
    const bare = await store.resolveEscalation("C-req", "602.1", resolution);
    expect(bare?.changed).toBe(true);
    expect(bare?.escalation.resolved?.gapId).toBeUndefined();
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
        body: [{ type: "section", text: { type: "mrkdwn", text: `curl -H "Authorization: ${BEARER}"` } }],
      });
      await s.resolveEscalation("C", "2.0", { by: "U2", cause: `token=${TOKEN}`, fix: `use ${BEARER}` });
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
