import { createHash, randomBytes } from "node:crypto";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import { errorLine, errorShape } from "./errorShape.ts";
import type { Sql, SqlTx } from "./Sql.ts";
import type {
  Escalation,
  EscalationChange,
  EscalationRecord,
  EscalationResolutionRecord,
  FeedbackRecord,
  FeedbackResult,
  Gap,
  GapRecord,
  Handoff,
  InstallationKey,
  InstallationRecord,
  RecordEscalationResult,
  RecordReplyResult,
  ReplyFeedback,
  ReplyRecord,
  SealedToken,
  Store,
  StoredInstallation,
  StoredReply,
  StoreSummary,
  SummaryOptions,
  SymptomStats,
  Vote,
} from "./Store.ts";
import { REPLY_STATE_DAYS } from "./Store.ts";
import { StoreError } from "./StoreError.ts";
import { type RetryOptions, withRetry } from "./withRetry.ts";

const MAX_EXCERPT = 16_000;
const PURGE_EVERY_MS = 5 * 60_000;
/** A reply's state larger than this (as JSON) is not kept: its buttons then say the reply is gone. */
const MAX_REPLY_STATE_CHARS = 512 * 1024;
const KEY_BYTES = 32;
const PROBE_FINGERPRINT_KEY = "probe-fingerprint";

/**
 * The Store over any Sql backend. Every string parameter of every query goes through maskSecrets,
 * so no secret reaches a table whatever a caller forgets, and lookups mask the same way.
 */
export class SqlStore implements Store {
  readonly backend: Store["backend"];
  readonly describe: string;
  readonly #sql: Sql;
  readonly #retry: RetryOptions;
  #closed = false;
  #lastPurge = 0;
  #lastStatePurge = 0;

  constructor(sql: Sql, backend: Store["backend"], retry: RetryOptions = {}) {
    this.#sql = sql;
    this.backend = backend;
    this.describe = sql.describe;
    this.#retry = retry;
  }

  async claimEvent(key: string, ttlSeconds: number): Promise<boolean> {
    if (key.length === 0) throw new StoreError("STORE_INVALID_INPUT", "claimEvent needs a non-empty key");
    if (!(Number.isFinite(ttlSeconds) && ttlSeconds > 0)) {
      throw new StoreError(
        "STORE_INVALID_INPUT",
        `claimEvent needs a positive ttlSeconds, got ${ttlSeconds}`,
      );
    }
    if (Date.now() - this.#lastPurge > PURGE_EVERY_MS) {
      this.#lastPurge = Date.now();
      await this.purgeExpiredEvents();
    }
    // A row that exists but has expired is taken over; a live one is left alone and nothing returns.
    const rows = await this.#write("claim an event", (tx) =>
      tx.query(
        `INSERT INTO events (key, expires_at) VALUES ($1, now() + make_interval(secs => $2))
         ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE events.expires_at <= now()
         RETURNING key`,
        [key, ttlSeconds],
      ),
    );
    return rows.length === 1;
  }

  async purgeExpiredEvents(): Promise<number> {
    const rows = await this.#write("purge expired events", (tx) =>
      tx.query("DELETE FROM events WHERE expires_at <= now() RETURNING key"),
    );
    return rows.length;
  }

  recordReply(reply: ReplyRecord): Promise<RecordReplyResult> {
    const excerpt = cut(reply.excerpt);
    return this.#write("record a reply", async (tx) => {
      const inserted = await tx.query<{ id: number }>(
        `INSERT INTO replies (channel, message_ts, reply_ts, thread_ts, asked_by, excerpt)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (channel, reply_ts) DO NOTHING RETURNING id`,
        [
          reply.channel,
          reply.messageTs,
          reply.replyTs,
          reply.threadTs ?? null,
          reply.askedBy ?? null,
          excerpt,
        ],
      );
      const row = inserted[0];
      if (row === undefined) return { created: false };
      for (const [rank, symptom] of reply.symptoms.entries()) {
        await tx.query(
          "INSERT INTO reply_symptoms (reply_id, rank, symptom_id, score) VALUES ($1, $2, $3, $4)",
          [row.id, rank, symptom.id, symptom.score],
        );
      }
      if (reply.symptoms.length > 0) return { created: true };
      const gapId = await addGap(tx, {
        source: "no-match",
        text: excerpt,
        channel: reply.channel,
        messageTs: reply.messageTs,
        replyTs: reply.replyTs,
        ...(reply.askedBy === undefined ? {} : { userId: reply.askedBy }),
      });
      return { created: true, gapId };
    });
  }

  async getReply(channel: string, replyTs: string): Promise<StoredReply | undefined> {
    return this.#read("read a reply", async (tx) => {
      const rows = await tx.query<ReplyRow>("SELECT * FROM replies WHERE channel = $1 AND reply_ts = $2", [
        channel,
        replyTs,
      ]);
      const row = rows[0];
      if (row === undefined) return undefined;
      const symptoms = await tx.query<{ symptom_id: string; score: number }>(
        "SELECT symptom_id, score FROM reply_symptoms WHERE reply_id = $1 ORDER BY rank",
        [row.id],
      );
      return toReply(row, symptoms);
    });
  }

  recentReplies(askedBy: string, limit = 5): Promise<StoredReply[]> {
    return this.#read("read someone's recent replies", async (tx) => {
      const rows = await tx.query<ReplyRow>(
        "SELECT * FROM replies WHERE asked_by = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
        [askedBy, limit],
      );
      if (rows.length === 0) return [];
      const symptoms = await tx.query<{ reply_id: number; symptom_id: string; score: number }>(
        "SELECT reply_id, symptom_id, score FROM reply_symptoms WHERE reply_id = ANY($1::int[]) ORDER BY rank",
        [rows.map((r) => r.id)],
      );
      return rows.map((row) =>
        toReply(
          row,
          symptoms.filter((s) => s.reply_id === row.id),
        ),
      );
    });
  }

  recordFeedback(vote: FeedbackRecord): Promise<FeedbackResult> {
    const note = vote.helpful || vote.note === undefined ? null : cut(vote.note);
    const symptomId = vote.helpful ? null : (vote.symptomId ?? null);
    return this.#write("record a vote", async (tx) => {
      const before = await tx.query<VoteRow>(
        "SELECT * FROM votes WHERE channel = $1 AND reply_ts = $2 AND user_id = $3 FOR UPDATE",
        [vote.channel, vote.replyTs, vote.userId],
      );
      await tx.query(
        `INSERT INTO votes (channel, reply_ts, user_id, helpful, symptom_id, note) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (channel, reply_ts, user_id) DO UPDATE
           SET helpful = EXCLUDED.helpful, symptom_id = EXCLUDED.symptom_id, note = EXCLUDED.note, updated_at = now()`,
        [vote.channel, vote.replyTs, vote.userId, vote.helpful, symptomId, note],
      );
      const previous = before[0] === undefined ? {} : { previous: toVote(before[0]) };
      if (vote.helpful) {
        // Changed their mind: the "not helpful" no longer counts as a gap.
        await tx.query(
          `DELETE FROM gap_occurrences
           WHERE source = 'not-helpful' AND channel = $1 AND reply_ts = $2 AND user_id = $3`,
          [vote.channel, vote.replyTs, vote.userId],
        );
        return previous;
      }
      const reply = await tx.query<{ excerpt: string }>(
        "SELECT excerpt FROM replies WHERE channel = $1 AND reply_ts = $2",
        [vote.channel, vote.replyTs],
      );
      const gapId = await addGap(tx, {
        source: "not-helpful",
        text: reply[0]?.excerpt ?? note ?? "(no text: the rated reply was not recorded)",
        channel: vote.channel,
        replyTs: vote.replyTs,
        userId: vote.userId,
        ...(symptomId === null ? {} : { symptomId }),
        ...(note === null ? {} : { note }),
      });
      return { ...previous, gapId };
    });
  }

  getFeedback(channel: string, replyTs: string): Promise<ReplyFeedback> {
    return this.#read("read votes", async (tx) => {
      const rows = await tx.query<VoteRow>(
        "SELECT * FROM votes WHERE channel = $1 AND reply_ts = $2 ORDER BY created_at, user_id",
        [channel, replyTs],
      );
      const votes = rows.map(toVote);
      return {
        helpful: votes.filter((v) => v.helpful).length,
        notHelpful: votes.filter((v) => !v.helpful).length,
        votes,
      };
    });
  }

  async saveReplyState(replyId: string, state: Record<string, unknown>): Promise<void> {
    if (replyId.length === 0) throw new StoreError("STORE_INVALID_INPUT", "saveReplyState needs a reply id");
    // Not masked here: the transaction masks every string inside the object on its way in (maskParam),
    // string by string, so the JSON's quoting stays whole. A masked secret is never longer than the
    // secret it hides but for a very short one, so the size of the state as given bounds what is stored.
    const size = JSON.stringify(state).length;
    if (size > MAX_REPLY_STATE_CHARS) {
      throw new StoreError(
        "STORE_INVALID_INPUT",
        `the state of reply ${replyId} is ${size} characters, more than the ${MAX_REPLY_STATE_CHARS} kept`,
      );
    }
    const purge = Date.now() - this.#lastStatePurge > PURGE_EVERY_MS;
    if (purge) this.#lastStatePurge = Date.now();
    await this.#write("save a reply's state", async (tx) => {
      if (purge) {
        await tx.query("DELETE FROM reply_states WHERE updated_at < now() - make_interval(days => $1)", [
          REPLY_STATE_DAYS,
        ]);
      }
      await tx.query(
        `INSERT INTO reply_states (reply_id, state) VALUES ($1, $2)
         ON CONFLICT (reply_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
        [replyId, state],
      );
    });
  }

  async getReplyState(replyId: string): Promise<Record<string, unknown> | undefined> {
    const rows = await this.#read("read a reply's state", (tx) =>
      tx.query<{ state: Record<string, unknown> }>(
        `SELECT state FROM reply_states
         WHERE reply_id = $1 AND updated_at >= now() - make_interval(days => $2)`,
        [replyId, REPLY_STATE_DAYS],
      ),
    );
    return rows[0]?.state;
  }

  recordGap(gap: GapRecord): Promise<string> {
    return this.#write("record a knowledge gap", (tx) =>
      addGap(tx, { ...gap, text: cut(gap.text), ...(gap.note === undefined ? {} : { note: cut(gap.note) }) }),
    );
  }

  async getGap(id: string): Promise<Gap | undefined> {
    const gaps = await this.#read("read a knowledge gap", (tx) => selectGaps(tx, { id }));
    return gaps[0];
  }

  listGaps(limit = 20): Promise<Gap[]> {
    return this.#read("list knowledge gaps", (tx) => selectGaps(tx, { limit }));
  }

  recordEscalation(escalation: EscalationRecord): Promise<RecordEscalationResult> {
    return this.#write("record an escalation", async (tx) => {
      const inserted = await tx.query<EscalationRow>(
        `INSERT INTO escalations (channel, thread_ts, requested_by, excerpt) VALUES ($1, $2, $3, $4)
         ON CONFLICT (channel, thread_ts) DO NOTHING RETURNING *`,
        [
          escalation.channel,
          escalation.threadTs,
          escalation.requestedBy,
          escalation.excerpt === undefined ? null : cut(escalation.excerpt),
        ],
      );
      if (inserted[0] !== undefined) return { created: true, escalation: toEscalation(inserted[0]) };
      const existing = await tx.query<EscalationRow>(
        "SELECT * FROM escalations WHERE channel = $1 AND thread_ts = $2",
        [escalation.channel, escalation.threadTs],
      );
      const row = existing[0];
      if (row === undefined) throw new Error("escalation vanished between insert and select");
      return { created: false, escalation: toEscalation(row) };
    });
  }

  completeEscalation(channel: string, threadTs: string, handoff: Handoff): Promise<Escalation> {
    return this.#write("record an escalation hand-off", async (tx) => {
      const rows = await tx.query<EscalationRow>(
        `UPDATE escalations SET handoff_channel = $3, handoff_ts = $4, permalink = $5, handoff_body = $6
         WHERE channel = $1 AND thread_ts = $2 RETURNING *`,
        [
          channel,
          threadTs,
          handoff.handoffChannel,
          handoff.handoffTs,
          handoff.permalink ?? null,
          // An object, not a JSON string: masking a serialised string could break its escapes.
          handoff.body === undefined ? null : { blocks: handoff.body },
        ],
      );
      const row = rows[0];
      if (row === undefined) {
        throw new StoreError(
          "STORE_INVALID_INPUT",
          `no escalation of thread ${channel}/${threadTs} to complete: call recordEscalation first`,
        );
      }
      return toEscalation(row);
    });
  }

  async abandonEscalation(channel: string, threadTs: string): Promise<void> {
    await this.#write("abandon an escalation", (tx) =>
      tx.query("DELETE FROM escalations WHERE channel = $1 AND thread_ts = $2 AND handoff_ts IS NULL", [
        channel,
        threadTs,
      ]),
    );
  }

  async getEscalation(channel: string, threadTs: string): Promise<Escalation | undefined> {
    const row = await this.#read("read an escalation", (tx) => selectEscalation(tx, channel, threadTs));
    return row === undefined ? undefined : toEscalation(row);
  }

  acknowledgeEscalation(
    channel: string,
    threadTs: string,
    by: string,
  ): Promise<EscalationChange | undefined> {
    return this.#write("acknowledge an escalation", async (tx) => {
      const updated = await tx.query<EscalationRow>(
        `UPDATE escalations SET acknowledged_by = $3, acknowledged_at = now()
         WHERE channel = $1 AND thread_ts = $2 AND acknowledged_by IS NULL AND resolved_by IS NULL
         RETURNING *`,
        [channel, threadTs, by],
      );
      if (updated[0] !== undefined) return { changed: true, escalation: toEscalation(updated[0]) };
      const row = await selectEscalation(tx, channel, threadTs);
      return row === undefined ? undefined : { changed: false, escalation: toEscalation(row) };
    });
  }

  resolveEscalation(
    channel: string,
    threadTs: string,
    resolution: EscalationResolutionRecord,
  ): Promise<EscalationChange | undefined> {
    const cause = cut(resolution.cause);
    const fix = cut(resolution.fix);
    return this.#write("resolve an escalation", async (tx) => {
      // Locks the row: of two copies resolving at once, the second sees the first's resolution.
      const rows = await tx.query<EscalationRow>(
        "SELECT * FROM escalations WHERE channel = $1 AND thread_ts = $2 FOR UPDATE",
        [channel, threadTs],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      if (row.resolved_by !== null) return { changed: false, escalation: toEscalation(row) };
      const gapId =
        row.excerpt === null
          ? null
          : await addGap(tx, {
              source: "escalation",
              text: row.excerpt,
              channel,
              messageTs: threadTs,
              userId: resolution.by,
              cause,
              fix,
            });
      const updated = await tx.query<EscalationRow>(
        `UPDATE escalations SET resolved_by = $3, resolved_at = now(), cause = $4, fix = $5, gap_id = $6
         WHERE channel = $1 AND thread_ts = $2 RETURNING *`,
        [channel, threadTs, resolution.by, cause, fix, gapId],
      );
      const done = updated[0];
      if (done === undefined) throw new Error("escalation vanished while it was resolved");
      return { changed: true, escalation: toEscalation(done) };
    });
  }

  summary(options: SummaryOptions = {}): Promise<StoreSummary> {
    return this.#read("summarise", async (tx) => {
      const [totals] = await tx.query<Record<keyof StoreSummary["totals"], number>>(`
        SELECT
          (SELECT count(*)::int FROM replies) AS replies,
          (SELECT count(*)::int FROM replies r
             WHERE NOT EXISTS (SELECT 1 FROM reply_symptoms s WHERE s.reply_id = r.id)) AS "noMatch",
          (SELECT count(*)::int FROM votes WHERE helpful) AS helpful,
          (SELECT count(*)::int FROM votes WHERE NOT helpful) AS "notHelpful",
          (SELECT count(DISTINCT gap_id)::int FROM gap_occurrences) AS gaps,
          (SELECT count(*)::int FROM escalations) AS escalations`);
      const escalations = await tx.query<EscalationRow>(
        "SELECT * FROM escalations ORDER BY created_at DESC, channel, thread_ts LIMIT $1",
        [options.escalationLimit ?? 20],
      );
      return {
        generatedAt: new Date(),
        totals: totals ?? { replies: 0, noMatch: 0, helpful: 0, notHelpful: 0, gaps: 0, escalations: 0 },
        gaps: await selectGaps(tx, { limit: options.gapLimit ?? 20 }),
        symptoms: await selectSymptomStats(tx),
        escalations: escalations.map(toEscalation),
      };
    });
  }

  probeFingerprintKey(): Promise<Uint8Array> {
    return this.#keyNamed(PROBE_FINGERPRINT_KEY);
  }

  /**
   * Get-or-create in one transaction. A copy that inserts at the same moment as another waits on
   * the primary key until the other commits, then does nothing; the SELECT after it (a statement of
   * its own, so a fresh snapshot under READ COMMITTED) reads the one row both end up with.
   * The key goes in as bytes, which the masking of string parameters leaves alone.
   */
  #keyNamed(name: string): Promise<Uint8Array> {
    return this.#write(`read the ${name} key`, async (tx) => {
      await tx.query("INSERT INTO keys (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [
        name,
        randomBytes(KEY_BYTES),
      ]);
      const rows = await tx.query<{ value: Uint8Array }>("SELECT value FROM keys WHERE name = $1", [name]);
      const value = rows[0]?.value;
      if (!(value instanceof Uint8Array) || value.length < KEY_BYTES) {
        throw new StoreError(
          "STORE_CORRUPT",
          `the stored ${name} key is missing or shorter than ${KEY_BYTES} bytes`,
        );
      }
      return new Uint8Array(value);
    });
  }

  async saveInstallation(installation: InstallationRecord): Promise<void> {
    const key = installKey(installation);
    await this.#write("save an installation", (tx) =>
      tx.query(
        `INSERT INTO installations (install_key, team_id, enterprise_id, is_enterprise_install, app_id,
           bot_id, bot_user_id, bot_scopes, bot_token, token_key_id, installed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (install_key) DO UPDATE SET
           team_id = EXCLUDED.team_id, enterprise_id = EXCLUDED.enterprise_id, app_id = EXCLUDED.app_id,
           bot_id = EXCLUDED.bot_id, bot_user_id = EXCLUDED.bot_user_id, bot_scopes = EXCLUDED.bot_scopes,
           bot_token = EXCLUDED.bot_token, token_key_id = EXCLUDED.token_key_id,
           installed_by = EXCLUDED.installed_by, installed_at = now()`,
        [
          key,
          installation.teamId ?? null,
          installation.enterpriseId ?? null,
          installation.isEnterpriseInstall,
          installation.appId ?? null,
          installation.botId,
          installation.botUserId,
          installation.botScopes,
          sealedBytes(installation.botToken),
          installation.botToken.keyId,
          installation.installedBy ?? null,
        ],
      ),
    );
  }

  async getInstallation(where: InstallationKey): Promise<StoredInstallation | undefined> {
    const key = installKey(where);
    const rows = await this.#read("read an installation", (tx) =>
      tx.query<InstallationRow>("SELECT * FROM installations WHERE install_key = $1", [key]),
    );
    return rows[0] === undefined ? undefined : toInstallation(rows[0]);
  }

  async deleteInstallation(where: InstallationKey): Promise<boolean> {
    const key = installKey(where);
    const rows = await this.#write("delete an installation", (tx) =>
      tx.query("DELETE FROM installations WHERE install_key = $1 RETURNING install_key", [key]),
    );
    return rows.length > 0;
  }

  async installationsSealedWithout(keyId: string): Promise<StoredInstallation[]> {
    const rows = await this.#read("list installations to re-seal", (tx) =>
      tx.query<InstallationRow>("SELECT * FROM installations WHERE token_key_id <> $1 ORDER BY install_key", [
        keyId,
      ]),
    );
    return rows.map(toInstallation);
  }

  async resealInstallationToken(
    where: InstallationKey,
    from: SealedToken,
    to: SealedToken,
  ): Promise<boolean> {
    const key = installKey(where);
    const rows = await this.#write("re-seal an installation's token", (tx) =>
      tx.query(
        `UPDATE installations SET bot_token = $3, token_key_id = $4
         WHERE install_key = $1 AND bot_token = $2 RETURNING install_key`,
        [key, sealedBytes(from), sealedBytes(to), to.keyId],
      ),
    );
    return rows.length > 0;
  }

  async ping(): Promise<void> {
    if (this.#closed) throw new StoreError("STORE_CLOSED", "the store is closed");
    try {
      await this.#sql.query("SELECT 1");
    } catch (cause) {
      const reason = maskSecrets(cause instanceof Error ? cause.message : String(cause));
      throw new StoreError("STORE_UNREACHABLE", `the ${this.describe} does not answer: ${reason}`, { cause });
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#sql.close();
  }

  #write<T>(what: string, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    return this.#run("STORE_WRITE_FAILED", what, fn);
  }

  #read<T>(what: string, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    return this.#run("STORE_READ_FAILED", what, fn);
  }

  async #run<T>(
    code: "STORE_WRITE_FAILED" | "STORE_READ_FAILED",
    what: string,
    fn: (tx: SqlTx) => Promise<T>,
  ): Promise<T> {
    if (this.#closed) throw new StoreError("STORE_CLOSED", `cannot ${what}: the store is closed`);
    try {
      return await withRetry(() => this.#sql.transaction((tx) => fn(masking(tx))), this.#retry);
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      const reason = maskSecrets(cause instanceof Error ? cause.message : String(cause));
      throw new StoreError(code, `could not ${what} in the ${this.describe}: ${reason}`, { cause });
    }
  }
}

/** The transaction with every string parameter masked on its way in. */
function masking(tx: SqlTx): SqlTx {
  return {
    query: (text, params = []) => tx.query(text, params.map(maskParam)),
    exec: (text) => tx.exec(text),
  };
}

/**
 * Strings masked, and every string inside a JSON object (a jsonb parameter) too, however deep;
 * bytes and dates left alone.
 */
function maskParam(value: unknown): unknown {
  if (typeof value === "string") return maskSecrets(value);
  if (Array.isArray(value)) return value.map(maskParam);
  const proto = value !== null && typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null) {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, maskParam(v)]));
  }
  return value;
}

function cut(text: string): string {
  return text.length > MAX_EXCERPT
    ? `${text.slice(0, MAX_EXCERPT)}\n… (cut at ${MAX_EXCERPT} characters)`
    : text;
}

/** Stable across stores and restarts: the same shape is the same gap everywhere. */
export function gapId(shape: string): string {
  return createHash("sha256").update(shape).digest("hex").slice(0, 12);
}

async function addGap(tx: SqlTx, gap: GapRecord): Promise<string> {
  const line = maskSecrets(errorLine(gap.text));
  const shape = errorShape(line);
  const id = gapId(shape);
  await tx.query(
    `INSERT INTO gaps (id, shape, sample, excerpt) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET last_seen = now()`,
    [id, shape, line, gap.text],
  );
  const values = [
    id,
    gap.source,
    gap.channel ?? null,
    gap.messageTs ?? null,
    gap.replyTs ?? null,
    gap.userId ?? null,
    gap.text,
    gap.symptomId ?? null,
    gap.note ?? null,
    gap.cause ?? null,
    gap.fix ?? null,
  ];
  const insert = `INSERT INTO gap_occurrences
      (gap_id, source, channel, message_ts, reply_ts, user_id, excerpt, symptom_id, note, cause, fix)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;
  if (gap.source === "not-helpful" && gap.channel && gap.replyTs && gap.userId) {
    await tx.query(
      `${insert} ON CONFLICT (channel, reply_ts, user_id) WHERE source = 'not-helpful' DO UPDATE
         SET gap_id = EXCLUDED.gap_id, symptom_id = EXCLUDED.symptom_id, note = EXCLUDED.note`,
      values,
    );
  } else if (gap.source === "escalation" && gap.channel && gap.messageTs) {
    await tx.query(
      `${insert} ON CONFLICT (channel, message_ts) WHERE source = 'escalation' DO UPDATE
         SET gap_id = EXCLUDED.gap_id, cause = EXCLUDED.cause, fix = EXCLUDED.fix`,
      values,
    );
  } else if (gap.source === "no-match" && gap.channel && gap.messageTs) {
    await tx.query(
      `${insert} ON CONFLICT (channel, message_ts) WHERE source = 'no-match' DO NOTHING`,
      values,
    );
  } else {
    await tx.query(insert, values);
  }
  return id;
}

async function selectGaps(tx: SqlTx, where: { id: string } | { limit: number }): Promise<Gap[]> {
  const byId = "id" in where;
  const rows = await tx.query<GapRow>(
    `SELECT g.id, g.shape, g.sample, g.excerpt, g.first_seen, max(o.created_at) AS last_seen,
       count(*)::int AS count,
       count(*) FILTER (WHERE o.source = 'no-match')::int AS no_match,
       count(*) FILTER (WHERE o.source = 'not-helpful')::int AS not_helpful,
       count(*) FILTER (WHERE o.source = 'escalation')::int AS escalated
     FROM gaps g JOIN gap_occurrences o ON o.gap_id = g.id
     ${byId ? "WHERE g.id = $1" : ""}
     GROUP BY g.id
     ORDER BY count DESC, last_seen DESC, g.id
     ${byId ? "" : "LIMIT $1"}`,
    [byId ? where.id : where.limit],
  );
  if (rows.length === 0) return [];
  const details = await tx.query<{
    gap_id: string;
    note: string | null;
    symptom_id: string | null;
    cause: string | null;
    fix: string | null;
  }>(
    `SELECT gap_id, note, symptom_id, cause, fix FROM gap_occurrences
     WHERE gap_id = ANY($1::text[])
       AND (note IS NOT NULL OR symptom_id IS NOT NULL OR cause IS NOT NULL OR fix IS NOT NULL)
     ORDER BY created_at DESC, id DESC`,
    [rows.map((r) => r.id)],
  );
  // Slack's direct-message channel ids start with D; an occurrence with no channel is treated as private.
  const inChannels = await tx.query<{ gap_id: string; excerpt: string }>(
    `SELECT DISTINCT ON (gap_id) gap_id, excerpt FROM gap_occurrences
     WHERE gap_id = ANY($1::text[]) AND channel IS NOT NULL AND channel NOT LIKE 'D%'
     ORDER BY gap_id, created_at DESC, id DESC`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => {
    const mine = details.filter((d) => d.gap_id === r.id);
    const shared = inChannels.find((o) => o.gap_id === r.id);
    return {
      id: r.id,
      shape: r.shape,
      sample: r.sample,
      excerpt: r.excerpt,
      ...(shared ? { channelSample: maskSecrets(errorLine(shared.excerpt)) } : {}),
      count: r.count,
      noMatch: r.no_match,
      notHelpful: r.not_helpful,
      escalated: r.escalated,
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
      notes: mine.flatMap((d) => (d.note === null ? [] : [d.note])).slice(0, 5),
      suggestedSymptoms: tally(mine.flatMap((d) => (d.symptom_id === null ? [] : [d.symptom_id]))),
      resolutions: mine
        .flatMap((d) => (d.cause === null || d.fix === null ? [] : [{ cause: d.cause, fix: d.fix }]))
        .slice(0, 5),
    };
  });
}

async function selectSymptomStats(tx: SqlTx): Promise<SymptomStats[]> {
  const offered = await tx.query<{ symptom_id: string; diagnosed: number; offered: number }>(
    `SELECT symptom_id, count(*) FILTER (WHERE rank = 0)::int AS diagnosed, count(*)::int AS offered
     FROM reply_symptoms GROUP BY symptom_id`,
  );
  // A vote rates the reply, so it is counted for the reply's top diagnosis.
  const rated = await tx.query<{ symptom_id: string; helpful: boolean; really: string | null; n: number }>(
    `SELECT s.symptom_id, v.helpful, v.symptom_id AS really, count(*)::int AS n
     FROM votes v
     JOIN replies r ON r.channel = v.channel AND r.reply_ts = v.reply_ts
     JOIN reply_symptoms s ON s.reply_id = r.id AND s.rank = 0
     GROUP BY s.symptom_id, v.helpful, v.symptom_id`,
  );
  return offered
    .map((o) => {
      const mine = rated.filter((r) => r.symptom_id === o.symptom_id);
      const sum = (helpful: boolean) =>
        mine.filter((r) => r.helpful === helpful).reduce((n, r) => n + r.n, 0);
      const really = new Map<string, number>();
      for (const r of mine) {
        if (!r.helpful && r.really !== null) really.set(r.really, (really.get(r.really) ?? 0) + r.n);
      }
      return {
        symptomId: o.symptom_id,
        diagnosed: o.diagnosed,
        offered: o.offered,
        helpful: sum(true),
        notHelpful: sum(false),
        reallyWas: [...really].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
      };
    })
    .sort(
      (a, b) => b.diagnosed - a.diagnosed || b.offered - a.offered || a.symptomId.localeCompare(b.symptomId),
    );
}

function tally(ids: string[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}

function opt<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

function toVote(row: VoteRow): Vote {
  return {
    userId: row.user_id,
    helpful: row.helpful,
    ...opt("symptomId", row.symptom_id),
    ...opt("note", row.note),
  };
}

function toReply(row: ReplyRow, symptoms: readonly { symptom_id: string; score: number }[]): StoredReply {
  return {
    channel: row.channel,
    messageTs: row.message_ts,
    replyTs: row.reply_ts,
    ...opt("threadTs", row.thread_ts),
    ...opt("askedBy", row.asked_by),
    symptoms: symptoms.map((s) => ({ id: s.symptom_id, score: s.score })),
    excerpt: row.excerpt,
    createdAt: row.created_at,
  };
}

async function selectEscalation(
  tx: SqlTx,
  channel: string,
  threadTs: string,
): Promise<EscalationRow | undefined> {
  const rows = await tx.query<EscalationRow>(
    "SELECT * FROM escalations WHERE channel = $1 AND thread_ts = $2",
    [channel, threadTs],
  );
  return rows[0];
}

function toEscalation(row: EscalationRow): Escalation {
  return {
    channel: row.channel,
    threadTs: row.thread_ts,
    requestedBy: row.requested_by,
    ...opt("excerpt", row.excerpt),
    ...(row.handoff_channel !== null && row.handoff_ts !== null
      ? {
          handoff: {
            handoffChannel: row.handoff_channel,
            handoffTs: row.handoff_ts,
            ...opt("permalink", row.permalink),
            ...(Array.isArray(row.handoff_body?.blocks) ? { body: row.handoff_body.blocks } : {}),
          },
        }
      : {}),
    createdAt: row.created_at,
    ...(row.acknowledged_by !== null && row.acknowledged_at !== null
      ? { acknowledged: { by: row.acknowledged_by, at: row.acknowledged_at } }
      : {}),
    ...(row.resolved_by !== null && row.resolved_at !== null
      ? {
          resolved: {
            by: row.resolved_by,
            at: row.resolved_at,
            cause: row.cause ?? "",
            fix: row.fix ?? "",
            ...opt("gapId", row.gap_id),
          },
        }
      : {}),
  };
}

/** One primary key for both shapes: a workspace by its team id, an org-wide install by its enterprise id. */
function installKey(where: InstallationKey): string {
  const id = where.isEnterpriseInstall ? where.enterpriseId : where.teamId;
  if (id === undefined || id === "") {
    throw new StoreError(
      "STORE_INVALID_INPUT",
      where.isEnterpriseInstall
        ? "an org-wide installation needs its enterprise id"
        : "a workspace installation needs its team id",
    );
  }
  return `${where.isEnterpriseInstall ? "enterprise" : "team"}:${id}`;
}

/** Bytes, never a string: the masking of string parameters must not touch them, nor they it. */
function sealedBytes(token: SealedToken): Buffer {
  if (!(token.sealed instanceof Uint8Array) || token.sealed.length === 0) {
    throw new StoreError("STORE_INVALID_INPUT", "an installation's token must be sealed bytes");
  }
  return Buffer.from(token.sealed);
}

function toInstallation(row: InstallationRow): StoredInstallation {
  return {
    ...opt("teamId", row.team_id),
    ...opt("enterpriseId", row.enterprise_id),
    isEnterpriseInstall: row.is_enterprise_install,
    ...opt("appId", row.app_id),
    botId: row.bot_id,
    botUserId: row.bot_user_id,
    botScopes: [...row.bot_scopes],
    botToken: { keyId: row.token_key_id, sealed: new Uint8Array(row.bot_token) },
    ...opt("installedBy", row.installed_by),
    installedAt: row.installed_at,
  };
}

interface InstallationRow {
  install_key: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: boolean;
  app_id: string | null;
  bot_id: string;
  bot_user_id: string;
  bot_scopes: string[];
  bot_token: Uint8Array;
  token_key_id: string;
  installed_by: string | null;
  installed_at: Date;
}

interface ReplyRow {
  id: number;
  channel: string;
  message_ts: string;
  reply_ts: string;
  thread_ts: string | null;
  asked_by: string | null;
  excerpt: string;
  created_at: Date;
}

interface VoteRow {
  user_id: string;
  helpful: boolean;
  symptom_id: string | null;
  note: string | null;
}

interface GapRow {
  id: string;
  shape: string;
  sample: string;
  excerpt: string;
  first_seen: Date;
  last_seen: Date;
  count: number;
  no_match: number;
  not_helpful: number;
  escalated: number;
}

interface EscalationRow {
  channel: string;
  thread_ts: string;
  requested_by: string;
  handoff_channel: string | null;
  handoff_ts: string | null;
  permalink: string | null;
  excerpt: string | null;
  created_at: Date;
  handoff_body: { blocks?: unknown } | null;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  cause: string | null;
  fix: string | null;
  gap_id: string | null;
}
