import { beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

describe("an entry's topic words: a question asked in prose", () => {
  it("gets a possible answer in a direct ask that names the backend", () => {
    const [top] = diagnose("How do I raise the Loki stream limit for one tenant?", kb).matches;
    expect(top?.id).toBe("loki-stream-limit");
    expect(top?.confidence).toBe("low");
    expect(top?.evidence[0]?.signal).toBe('topic: "stream limit"');
  });

  it("needs a backend, a client of the entry or the pipeline's own names beside it", () => {
    // "telemetry" alone is any app's events: the topic's words are not about a pipeline here.
    expect(
      diagnose("our /telemetry endpoint now rejects events whose timestamp is too far in the past", kb)
        .matches,
    ).toEqual([]);
    expect(
      diagnose("mimir rejects samples too far in the past, which setting is it?", kb).matches[0]?.id,
    ).toBe("err-mimir-sample-timestamp-too-old");
  });

  it("does not answer how-to questions about other things that share a word with a topic", () => {
    for (const question of [
      "The JVM garbage collector shows high memory usage, what memory limit should I give the pod?",
      "How do I set the bearer token header for the GitHub API in curl?",
      "My Grafana dashboard panel shows empty results for a MySQL query",
      // Topics are whole words: "private ca" is not in "private cache".
      "the otel collector's private cache grows all day, is that normal?",
    ])
      expect(diagnose(question, kb).matches, question).toEqual([]);
  });

  it("adds nothing beside the entry's own evidence: neither score nor an evidence line", () => {
    const error =
      'ts=2024-05-01T10:00:00Z caller=dedupe.go:112 component=remote level=warn remote_name=xscaler url=https://<host>/api/v1/push msg="Failed to send batch, retrying" err="server returned HTTP status 429 Too Many Requests"';
    const alone = diagnose(error, kb).matches[0];
    const withTopic = diagnose(`${error}\nwhat is our ingestion_rate setting?`, kb).matches[0];
    expect(alone?.id).toBe("rate-limited-429");
    expect(withTopic?.id).toBe("rate-limited-429");
    expect(withTopic?.score).toBe(alone?.score);
    expect(withTopic?.evidence.map((e) => e.signal).join(" ")).not.toMatch(/topic: /);
  });

  it("still counts beside evidence too weak to be offered alone", () => {
    // "queue size" alone is a weak signal of otel-queue-full; the topic makes the question answerable.
    const [top] = diagnose(
      "How do I raise the max queue size of the sending_queue in my OpenTelemetry Collector?",
      kb,
    ).matches;
    expect(top?.id).toBe("otel-queue-full");
    expect(top?.evidence.map((e) => e.signal)).toContain('topic: "sending_queue"');
  });

  it("is outranked by real evidence for another entry", () => {
    const [top] = diagnose(
      'loki stream limit? no: level=error msg="final error sending batch" status=401 error="server returned HTTP status 401 Unauthorized"',
      kb,
    ).matches;
    expect(top?.id).not.toBe("loki-stream-limit");
  });

  it("is no component's name: a bug in the batch span processor is not a full queue", () => {
    const deadlock =
      "The OpenTelemetry Rust SDK's BatchSpanProcessor deadlocks in export_batch_sync when called inside tokio::spawn";
    expect(diagnose(deadlock, kb).matches.map((m) => m.id)).not.toContain("otel-queue-full");
  });
});
