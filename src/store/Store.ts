/**
 * The bot's memory: what survives a restart and is shared by every running copy of the bot.
 * Two backends behind it (embedded PGlite under DATA_DIR, or a PostgreSQL server at DATABASE_URL);
 * open one with `openStore`. Every text is passed through maskSecrets before it is written.
 * Every method throws StoreError (after a few retries on transient failures); none drops a write silently.
 */
export interface Store {
  readonly backend: "pglite" | "postgres";
  /** Where the data lives, without credentials: for start-up logs. */
  readonly describe: string;

  /**
   * Insert-if-absent on `key` (a Slack event_id, or `channel:ts`): true only for the first caller,
   * across every copy of the bot on the same store, until the claim expires after `ttlSeconds`.
   */
  claimEvent(key: string, ttlSeconds: number): Promise<boolean>;
  /** Deletes expired claims (also done now and then by claimEvent). Returns how many. */
  purgeExpiredEvents(): Promise<number>;

  /** Records a diagnosis reply. A reply with no symptoms is a "no confident match" and becomes a knowledge gap. */
  recordReply(reply: ReplyRecord): Promise<RecordReplyResult>;
  getReply(channel: string, replyTs: string): Promise<StoredReply | undefined>;
  /** The replies to what one person asked, newest first (default 5): their own recent diagnoses, for their App Home. */
  recentReplies(askedBy: string, limit?: number): Promise<StoredReply[]>;

  /** One vote per person per reply; voting again changes the vote. A "not helpful" becomes a knowledge gap. */
  recordFeedback(vote: FeedbackRecord): Promise<FeedbackResult>;
  /** The votes on one reply so far (for the escalation hand-off). */
  getFeedback(channel: string, replyTs: string): Promise<ReplyFeedback>;

  /**
   * The state behind one reply's buttons (its diagnosis and rendered message, what Share, the snippet
   * menu and Details act on), by the reply id the buttons carry; saving again replaces it. A JSON
   * object: every string in it is masked on the way in. Shared by every copy of the bot, kept across
   * restarts for REPLY_STATE_DAYS after it was last saved; older ones read as absent.
   */
  saveReplyState(replyId: string, state: Record<string, unknown>): Promise<void>;
  getReplyState(replyId: string): Promise<Record<string, unknown> | undefined>;

  /** Records a knowledge gap directly, e.g. a paste in a watched channel that the bot stayed quiet about. */
  recordGap(gap: GapRecord): Promise<string>;
  getGap(id: string): Promise<Gap | undefined>;
  /** Gaps largest first. */
  listGaps(limit?: number): Promise<Gap[]>;

  /**
   * One escalation per thread. The first call for a thread creates it (`created: true`); later calls
   * return the existing one (`created: false`), with its hand-off once `completeEscalation` has run.
   * Call it before posting the hand-off, post only when `created`, then call `completeEscalation`.
   */
  recordEscalation(escalation: EscalationRecord): Promise<RecordEscalationResult>;
  /** Attaches the posted hand-off message to the thread's escalation. */
  completeEscalation(channel: string, threadTs: string, handoff: Handoff): Promise<Escalation>;
  /**
   * Gives up a claimed escalation whose hand-off could not be posted, so the next click tries again
   * instead of waiting forever for "a hand-off that is still being posted". A completed one stays.
   */
  abandonEscalation(channel: string, threadTs: string): Promise<void>;
  getEscalation(channel: string, threadTs: string): Promise<Escalation | undefined>;
  /**
   * Support has picked the escalation up. The first acknowledgement is kept (`changed: true`); a later
   * one, or one after it was resolved, changes nothing. Undefined when there is no such escalation.
   */
  acknowledgeEscalation(channel: string, threadTs: string, by: string): Promise<EscalationChange | undefined>;
  /**
   * Support found the cause and the fix. The first resolution is kept (`changed: true`), and with the
   * escalation's excerpt it becomes a knowledge gap (source "escalation") carrying the cause and the
   * fix, ready for `kb draft`. Undefined when there is no such escalation.
   */
  resolveEscalation(
    channel: string,
    threadTs: string,
    resolution: EscalationResolutionRecord,
  ): Promise<EscalationChange | undefined>;

  /**
   * The key of the probe token's HMAC fingerprint when PROBE_FINGERPRINT_KEY is unset: 32 random
   * bytes made by the first caller and kept, so fingerprints in the audit log stay comparable across
   * restarts and between copies of the bot on one store (copies starting at once get the same key).
   */
  probeFingerprintKey(): Promise<Uint8Array>;

  /**
   * Installations in many workspaces (Slack's OAuth flow). The bot token arrives sealed (see
   * TokenCipher) and is kept as those bytes: the store never holds a token in the clear.
   * Saving the same workspace (or org) again replaces its row: a reinstall brings a new token.
   */
  saveInstallation(installation: InstallationRecord): Promise<void>;
  getInstallation(where: InstallationKey): Promise<StoredInstallation | undefined>;
  /** Deletes the workspace's (or the org's) row. Returns whether there was one. */
  deleteInstallation(where: InstallationKey): Promise<boolean>;
  /** Every installation whose token was sealed with another key than `keyId`: the ones to re-seal. */
  installationsSealedWithout(keyId: string): Promise<StoredInstallation[]>;
  /**
   * Swaps a token sealed under an old key for the same token sealed under the current one, only
   * while the row still holds `from` (a reinstall in between wins). Returns whether it swapped.
   */
  resealInstallationToken(where: InstallationKey, from: SealedToken, to: SealedToken): Promise<boolean>;

  /** Everything the report and the App Home show. */
  summary(options?: SummaryOptions): Promise<StoreSummary>;

  /**
   * The cheapest question the store can answer (`SELECT 1`, no retry), for /readyz: resolves when
   * the database answers, throws a StoreError (STORE_UNREACHABLE, STORE_CLOSED) when it does not.
   */
  ping(): Promise<void>;

  close(): Promise<void>;
}

/** How long a reply's buttons keep working: the state behind them is kept this many days. */
export const REPLY_STATE_DAYS = 30;

export interface SymptomScore {
  /** Knowledge-base entry id. */
  id: string;
  /** 0..1 */
  score: number;
}

export interface ReplyRecord {
  channel: string;
  /** The message that was diagnosed. */
  messageTs: string;
  /** The bot's reply. */
  replyTs: string;
  threadTs?: string;
  /** Slack user id of who asked (or who pasted). */
  askedBy?: string;
  /** Best first; empty means "no confident match". */
  symptoms: SymptomScore[];
  /** The paste or the excerpt of it that was diagnosed. Masked by the store; cut at 16,000 characters. */
  excerpt: string;
}

export interface RecordReplyResult {
  /** False when this reply was recorded before (a retried call): nothing changed. */
  created: boolean;
  /** The gap it was counted in, when it was a "no confident match". */
  gapId?: string;
}

export interface StoredReply {
  channel: string;
  messageTs: string;
  replyTs: string;
  threadTs?: string;
  askedBy?: string;
  symptoms: SymptomScore[];
  excerpt: string;
  createdAt: Date;
}

export interface FeedbackRecord {
  channel: string;
  /** The bot's reply that was rated. */
  replyTs: string;
  userId: string;
  helpful: boolean;
  /** "Not helpful": the symptom it really was, from the select of the knowledge base. */
  symptomId?: string;
  /** "Not helpful": the person's own description. Masked by the store. */
  note?: string;
}

export interface Vote {
  userId: string;
  helpful: boolean;
  symptomId?: string;
  note?: string;
}

export interface FeedbackResult {
  /** The person's vote before this one, if they had voted. */
  previous?: Vote;
  /** The gap a "not helpful" was counted in. */
  gapId?: string;
}

export interface ReplyFeedback {
  helpful: number;
  notHelpful: number;
  votes: Vote[];
}

export interface GapRecord {
  source: "no-match" | "not-helpful" | "escalation";
  /** The paste; grouped on the shape of its error line. Masked by the store. */
  text: string;
  channel?: string;
  /** For "no-match": the paste, so a retried call does not count it twice. */
  messageTs?: string;
  replyTs?: string;
  userId?: string;
  symptomId?: string;
  note?: string;
  /** For "escalation": what support found it was, and what fixed it. Masked by the store. */
  cause?: string;
  fix?: string;
}

export interface Gap {
  /** Stable: a hash of the shape, the same on every store. */
  id: string;
  /** The error line with hosts, numbers, ids and timestamps masked. */
  shape: string;
  /** The first occurrence's error line (secrets masked): the first `match` example of a draft entry. */
  sample: string;
  /** The first occurrence's whole excerpt (secrets masked). */
  excerpt: string;
  /**
   * The error line of the newest occurrence posted in a channel (secrets masked), for views other
   * people read; absent when the error was only ever pasted in direct messages, whose text stays private.
   */
  channelSample?: string;
  count: number;
  noMatch: number;
  notHelpful: number;
  /** Occurrences from resolved escalations. */
  escalated: number;
  firstSeen: Date;
  lastSeen: Date;
  /** What people said it really was: free-text notes (newest first, at most 5) and chosen symptoms. */
  notes: string[];
  suggestedSymptoms: { id: string; count: number }[];
  /** What support found when it resolved an escalation of this error, newest first (at most 5). */
  resolutions: { cause: string; fix: string }[];
}

export interface EscalationRecord {
  channel: string;
  threadTs: string;
  /** Slack user id of who pressed Escalate. */
  requestedBy: string;
  /** The masked log excerpt of the hand-off. Masked by the store. */
  excerpt?: string;
}

export interface Handoff {
  handoffChannel: string;
  handoffTs: string;
  permalink?: string;
  /**
   * The hand-off message's content without its status and buttons (Slack blocks, already masked;
   * masked again by the store), so it can be redrawn when support acknowledges or resolves it.
   */
  body?: unknown[];
}

export interface Escalation {
  channel: string;
  threadTs: string;
  requestedBy: string;
  excerpt?: string;
  /** Absent until completeEscalation (or when posting the hand-off failed). */
  handoff?: Handoff;
  createdAt: Date;
  acknowledged?: { by: string; at: Date };
  resolved?: EscalationResolution;
}

export interface EscalationResolutionRecord {
  /** Slack user id of who resolved it. */
  by: string;
  /** What it was, in support's words. Masked by the store. */
  cause: string;
  /** What fixed it. Masked by the store. */
  fix: string;
}

export interface EscalationResolution extends EscalationResolutionRecord {
  at: Date;
  /** The knowledge gap the resolution was recorded in; absent when the escalation had no excerpt. */
  gapId?: string;
}

export interface EscalationChange {
  /** False when it was already acknowledged (or resolved): nothing was written. */
  changed: boolean;
  escalation: Escalation;
}

export interface RecordEscalationResult {
  created: boolean;
  escalation: Escalation;
}

export interface SymptomStats {
  symptomId: string;
  /** Replies where it was the top diagnosis. */
  diagnosed: number;
  /** Replies where it was offered at all (top or runner-up). */
  offered: number;
  /** Votes on replies where it was the top diagnosis. */
  helpful: number;
  notHelpful: number;
  /** "Not helpful, it was really …": the symptoms people chose instead. */
  reallyWas: { id: string; count: number }[];
}

export interface SummaryOptions {
  /** Default 20. */
  gapLimit?: number;
  /** Default 20. */
  escalationLimit?: number;
}

export interface StoreSummary {
  generatedAt: Date;
  totals: {
    replies: number;
    noMatch: number;
    helpful: number;
    notHelpful: number;
    gaps: number;
    escalations: number;
  };
  /** Largest first. */
  gaps: Gap[];
  /** Most diagnosed first. */
  symptoms: SymptomStats[];
  /** Newest first. */
  escalations: Escalation[];
}

/** A bot token sealed by TokenCipher: the bytes, and which key sealed them. */
export interface SealedToken {
  keyId: string;
  sealed: Uint8Array;
}

/** Which installation: a workspace by its team id, or an org-wide install by its enterprise id. */
export interface InstallationKey {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
}

export interface InstallationRecord extends InstallationKey {
  appId?: string;
  botId: string;
  botUserId: string;
  botScopes: string[];
  botToken: SealedToken;
  /** Slack user id of who installed it. */
  installedBy?: string;
}

export interface StoredInstallation extends InstallationRecord {
  installedAt: Date;
}
