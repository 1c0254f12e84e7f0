import { durationMs } from "../durationMs.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

const MAX_SHARDS = 50;
const MIN_DEADLINE_MS = 5000;

export const queueConfig429 = {
  id: "queue-config-429",
  symptom: "rate-limited-429",
  severity: "warning",
  title: "queue_config that makes 429s worse",
  check(t): RuleHit[] {
    const out: RuleHit[] = [];
    if (t.maxShards && Number(t.maxShards.value) > MAX_SHARDS) {
      out.push({
        field: "queue_config.max_shards",
        line: t.maxShards.line,
        message: `max_shards is ${t.maxShards.value}: that many parallel senders push past the tenant's ingest limit and make 429s worse. Lower it (${MAX_SHARDS} or less).`,
        fix: setTo(t.maxShards, String(MAX_SHARDS)),
      });
    }
    const ms = t.batchSendDeadline ? durationMs(t.batchSendDeadline.value) : undefined;
    if (t.batchSendDeadline && ms !== undefined && ms < MIN_DEADLINE_MS) {
      out.push({
        field: "queue_config.batch_send_deadline",
        line: t.batchSendDeadline.line,
        message: `batch_send_deadline is ${t.batchSendDeadline.value}: short deadlines send many small requests and make 429s worse. Use 5s or more.`,
        fix: setTo(t.batchSendDeadline, "5s"),
      });
    }
    return out;
  },
} as const satisfies ConfigRule;
