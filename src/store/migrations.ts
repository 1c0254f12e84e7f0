import type { Sql } from "./Sql.ts";
import { StoreError } from "./StoreError.ts";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, one numbered step at a time. Never edit a released step: add the next one.
 * Plain PostgreSQL that both PGlite and a server run.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "initial",
    sql: `
      CREATE TABLE events (
        key text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX events_expires_at ON events (expires_at);

      CREATE TABLE replies (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        channel text NOT NULL,
        message_ts text NOT NULL,
        reply_ts text NOT NULL,
        thread_ts text,
        asked_by text,
        excerpt text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (channel, reply_ts)
      );

      CREATE TABLE reply_symptoms (
        reply_id integer NOT NULL REFERENCES replies (id) ON DELETE CASCADE,
        rank integer NOT NULL,
        symptom_id text NOT NULL,
        score double precision NOT NULL,
        PRIMARY KEY (reply_id, rank)
      );
      CREATE INDEX reply_symptoms_symptom ON reply_symptoms (symptom_id);

      CREATE TABLE votes (
        channel text NOT NULL,
        reply_ts text NOT NULL,
        user_id text NOT NULL,
        helpful boolean NOT NULL,
        symptom_id text,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (channel, reply_ts, user_id)
      );

      CREATE TABLE gaps (
        id text PRIMARY KEY,
        shape text NOT NULL,
        sample text NOT NULL,
        excerpt text NOT NULL,
        first_seen timestamptz NOT NULL DEFAULT now(),
        last_seen timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE gap_occurrences (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        gap_id text NOT NULL REFERENCES gaps (id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('no-match', 'not-helpful')),
        channel text,
        message_ts text,
        reply_ts text,
        user_id text,
        excerpt text NOT NULL,
        symptom_id text,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX gap_occurrences_gap ON gap_occurrences (gap_id);
      -- one not-helpful per person per reply: a changed vote replaces it
      CREATE UNIQUE INDEX gap_occurrences_vote ON gap_occurrences (channel, reply_ts, user_id)
        WHERE source = 'not-helpful';
      -- one no-match per pasted message, however often its recording is retried
      CREATE UNIQUE INDEX gap_occurrences_paste ON gap_occurrences (channel, message_ts)
        WHERE source = 'no-match';

      CREATE TABLE escalations (
        channel text NOT NULL,
        thread_ts text NOT NULL,
        requested_by text NOT NULL,
        handoff_channel text,
        handoff_ts text,
        permalink text,
        excerpt text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (channel, thread_ts)
      );
    `,
  },
  {
    version: 2,
    name: "keys",
    // Random keys the bot makes once and every copy shares (the probe token's fingerprint key):
    // generated on first use, never rotated by the bot, never shown.
    sql: `
      CREATE TABLE keys (
        name text PRIMARY KEY,
        value bytea NOT NULL CHECK (octet_length(value) >= 32),
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 3,
    name: "installations",
    // The app's installations when it is installed in many workspaces (Slack's OAuth flow). One row
    // a workspace ('team:T…'), or an org-wide install ('enterprise:E…'), whose key the install_key
    // spells out so that both shapes share one primary key. The bot token is sealed before it gets
    // here (AES-256-GCM, see TokenCipher): the column holds bytes no query can read as a token, and
    // token_key_id says which key sealed them, so a rotated key finds the rows to re-seal.
    sql: `
      CREATE TABLE installations (
        install_key text PRIMARY KEY,
        team_id text,
        enterprise_id text,
        is_enterprise_install boolean NOT NULL,
        app_id text,
        bot_id text NOT NULL,
        bot_user_id text NOT NULL,
        bot_scopes text[] NOT NULL,
        bot_token bytea NOT NULL,
        token_key_id text NOT NULL,
        installed_by text,
        installed_at timestamptz NOT NULL DEFAULT now(),
        CHECK (CASE WHEN is_enterprise_install THEN enterprise_id IS NOT NULL ELSE team_id IS NOT NULL END)
      );
      CREATE INDEX installations_token_key_id ON installations (token_key_id);
    `,
  },
  {
    version: 4,
    name: "escalation state",
    // What support did with a hand-off (acknowledged, resolved with a cause and a fix), the hand-off's
    // content to redraw it, resolutions as knowledge gaps, and each person's own replies for their Home.
    sql: `
      ALTER TABLE escalations
        ADD COLUMN handoff_body jsonb,
        ADD COLUMN acknowledged_by text,
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN resolved_by text,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN cause text,
        ADD COLUMN fix text,
        ADD COLUMN gap_id text;

      ALTER TABLE gap_occurrences DROP CONSTRAINT gap_occurrences_source_check;
      ALTER TABLE gap_occurrences ADD CONSTRAINT gap_occurrences_source_check
        CHECK (source IN ('no-match', 'not-helpful', 'escalation'));
      ALTER TABLE gap_occurrences ADD COLUMN cause text, ADD COLUMN fix text;
      -- one resolution per escalated thread (message_ts holds the thread's ts)
      CREATE UNIQUE INDEX gap_occurrences_escalation ON gap_occurrences (channel, message_ts)
        WHERE source = 'escalation';

      CREATE INDEX replies_asked_by ON replies (asked_by, created_at DESC);
    `,
  },
  {
    version: 5,
    name: "reply states",
    // What a reply's buttons act on (its diagnosis and rendered message, masked), by the reply id the
    // buttons carry, so Share and the snippet menu work after a restart and on any copy of the bot.
    sql: `
      CREATE TABLE reply_states (
        reply_id text PRIMARY KEY,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX reply_states_updated_at ON reply_states (updated_at);
    `,
  },
];

/** Any fixed number: all copies of the bot serialise their migrations on it. */
const MIGRATION_LOCK = 7_361_004;

/**
 * Brings the schema up to date: each pending step in its own transaction, recorded in
 * schema_migrations. Copies of the bot starting at once take turns on an advisory lock, so each
 * step runs exactly once. Returns the versions applied now.
 */
export async function migrate(sql: Sql, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  await sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  // Steps are numbered when they are planned, so the list may hold them out of order: they run by number.
  for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
    try {
      await sql.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
        const done = await tx.query("SELECT 1 FROM schema_migrations WHERE version = $1", [step.version]);
        if (done.length > 0) return;
        await tx.exec(step.sql);
        await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
          step.version,
          step.name,
        ]);
        applied.push(step.version);
      });
    } catch (cause) {
      throw new StoreError(
        "STORE_MIGRATION_FAILED",
        `schema migration ${step.version} (${step.name}) failed on ${sql.describe} and was rolled back: ${
          cause instanceof Error ? cause.message : String(cause)
        }`,
        { cause },
      );
    }
  }
  return applied;
}
