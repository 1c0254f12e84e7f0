import type { Diagnosis } from "../../diagnosis/Diagnosis.ts";
import { type Certainty, certaintyOf, planAnswer } from "../../diagnosis/planAnswer.ts";
import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import type { Escalation, ReplyFeedback, StoredReply } from "../../store/Store.ts";
import { CLIENT_NAMES } from "../../vocabulary/clients.ts";
import { maskSecrets } from "../../vocabulary/maskSecrets.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import type { ThreadProbe } from "../RecentProbes.ts";
import { ACTION } from "./actionIds.ts";
import { codeBlock, formatKbText, inlineCode } from "./formatKbText.ts";
import { clampText, fitBlocks } from "./limits.ts";
import { button, context, section } from "./mrkdwnBlocks.ts";
import { type Names, personName } from "./personName.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

/** What support needs to know about the diagnosis, whether or not the full Diagnosis is still at hand. */
export interface HandoffSummary {
  /** The distinct problems, best first; empty = no confident match. */
  problems: { title: string; likelihood?: "likely" | "possible" | "found in the config" }[];
  /** The fix to do first (knowledge-base Markdown). */
  fix?: string;
  /** The user's config corrected (a diff) or the entry's corrected snippet; masked. */
  code?: { label: string; language: string; text: string };
  /** The lines of the paste that support the top problem; masked. */
  evidence: { line: number; text: string }[];
}

/** Where the person asked: a channel support can open, or a DM it cannot. */
export type HandoffOrigin =
  | { kind: "channel"; channel: string; threadLink?: string }
  | { kind: "dm"; excerpt?: string };

export interface HandoffInput {
  /** Who pressed Escalate. */
  requestedBy: string;
  /** Who pasted, when that was someone else. */
  askedBy?: string;
  names: Names;
  origin: HandoffOrigin;
  summary: HandoffSummary;
  feedback: ReplyFeedback;
}

/** Where the hand-off came from, for its buttons: the escalated thread. */
export interface HandoffKey {
  channel: string;
  threadTs: string;
}

export type HandoffState = Pick<Escalation, "acknowledged" | "resolved">;

const EXCERPT_CHARS = 1500;
const CODE_CHARS = 1200;
const EVIDENCE_LINES = 3;
const PROBLEMS = 3;
/** The block ids of the part of a hand-off that changes with its state. */
export const HANDOFF_STATE_BLOCKS = {
  probe: "handoff_probe",
  status: "handoff_status",
  actions: "handoff_actions",
};

const LIKELIHOOD: Record<Certainty, "likely" | "possible" | "found in the config"> = {
  likely: "likely",
  possible: "possible",
  "found in your config": "found in the config",
};

/**
 * The hand-off's view of a diagnosis: the same answer the requester saw (planAnswer): its problems with
 * how sure each is, the fix to do first, the corrected config with every fix merged, the evidence.
 */
export function summaryFromDiagnosis(diagnosis: Diagnosis): HandoffSummary {
  const plan = planAnswer(diagnosis);
  if (!plan) return { problems: [], evidence: [] };
  const [corrected] = plan.corrected;
  const code =
    corrected?.kind === "yours"
      ? { label: "Their config, corrected", language: "diff", text: maskSecrets(corrected.diff) }
      : corrected?.kind === "example"
        ? {
            label: `Example for ${CLIENT_NAMES[corrected.snippet.client]}`,
            language: "",
            text: maskSecrets(corrected.snippet.code),
          }
        : undefined;
  const top = plan.lead;
  const fix = plan.checklist[0]?.fix;
  return {
    problems: plan.problems
      .slice(0, PROBLEMS)
      .map((m) => ({ title: m.title, likelihood: LIKELIHOOD[certaintyOf(m)] })),
    ...(fix ? { fix } : {}),
    ...(code ? { code } : {}),
    evidence: [
      ...top.evidence
        .filter((e) => !e.signal.startsWith("config rule"))
        .map((e) => ({ line: e.line, text: e.text })),
      ...plan.checklist.filter((i) => i.finding).map((i) => ({ line: i.line ?? 0, text: i.fix })),
    ].slice(0, EVIDENCE_LINES),
  };
}

/**
 * The hand-off's view of a stored reply when its Diagnosis is gone (a restart, another copy of the
 * bot): the symptoms' titles and the first fix of the top one from the knowledge base.
 */
export function summaryFromReply(kb: KnowledgeBase, reply: StoredReply | undefined): HandoffSummary {
  const symptoms = reply?.symptoms ?? [];
  const fix = symptoms[0] ? kb.byId.get(symptoms[0].id)?.entry.fix[0] : undefined;
  return {
    problems: symptoms.slice(0, PROBLEMS).map((s) => ({ title: kb.byId.get(s.id)?.entry.title ?? s.id })),
    ...(fix ? { fix } : {}),
    evidence: [],
  };
}

function problemLine(p: HandoffSummary["problems"][number]): string {
  return `${formatKbText(p.title)}${p.likelihood ? ` (${p.likelihood})` : ""}`;
}

/**
 * The hand-off's content, which does not change once posted: who asked and where (a thread link, or
 * for a DM the paste itself), the diagnosis, the fix to propose, the key evidence and the feedback.
 */
export function handoffBody(kb: KnowledgeBase, h: HandoffInput): KnownBlock[] {
  const asked =
    h.askedBy && h.askedBy !== h.requestedBy ? ` (pasted by ${personName(h.names, h.askedBy)})` : "";
  const where =
    h.origin.kind === "dm"
      ? "from a direct message with the bot. Support cannot open it, so the paste is below."
      : h.origin.threadLink
        ? `in <#${h.origin.channel}>: <${h.origin.threadLink}|open the thread>`
        : `in a thread in <#${h.origin.channel}>`;
  const blocks: KnownBlock[] = [
    section(`:rotating_light: *Escalation* from *${personName(h.names, h.requestedBy)}*${asked}, ${where}`),
  ];
  const [top, ...others] = h.summary.problems;
  blocks.push(
    section(
      top
        ? `*Diagnosis:* ${problemLine(top)}${others.length ? `\nAlso: ${others.map(problemLine).join(" · ")}` : ""}`
        : "*Diagnosis:* no confident match; the bot could not place it.",
    ),
  );
  if (h.summary.fix || h.summary.code) {
    const code = h.summary.code
      ? `\n_${escapeMrkdwn(h.summary.code.label)}:_\n${clampText(codeBlock(h.summary.code.text, h.summary.code.language), CODE_CHARS)}`
      : "";
    blocks.push(section(`*Proposed fix:* ${h.summary.fix ? formatKbText(h.summary.fix) : ""}${code}`));
  }
  if (h.summary.evidence.length > 0) {
    blocks.push(
      section(
        `*Key evidence*\n${h.summary.evidence.map((e) => `• line ${e.line}: ${inlineCode(e.text)}`).join("\n")}`,
      ),
    );
  }
  if (h.origin.kind === "dm") {
    const excerpt = h.origin.excerpt ? maskSecrets(h.origin.excerpt) : "";
    blocks.push(
      section(
        excerpt
          ? `*What they pasted* (secrets masked)\n${codeBlock(excerpt.length > EXCERPT_CHARS ? `${excerpt.slice(0, EXCERPT_CHARS)}\n…` : excerpt)}`
          : "*What they pasted:* not recorded.",
      ),
    );
  }
  const f = h.feedback;
  const notes = f.votes
    .filter((v) => !v.helpful && (v.note || v.symptomId))
    .map((v) => {
      const really = v.symptomId
        ? `really ${formatKbText(kb.byId.get(v.symptomId)?.entry.title ?? v.symptomId)}`
        : "";
      const note = v.note ? `"${escapeMrkdwn(maskSecrets(v.note))}"` : "";
      return `• ${personName(h.names, v.userId)}: ${[really, note].filter(Boolean).join(", ")}`;
    });
  blocks.push(
    context(
      `Feedback on the reply: ${f.helpful} helpful, ${f.notHelpful} not helpful${notes.length ? `\n${notes.join("\n")}` : ""}`,
    ),
  );
  return blocks;
}

/** A probe run in the thread: kept in memory only (it names hosts and the tenant), so never in the stored body. */
export function handoffProbeBlock(probe: ThreadProbe, names: Names): KnownBlock {
  return {
    ...section(`*Live probe* (by ${personName(names, probe.requestedBy)})\n${probe.checklist}`),
    block_id: HANDOFF_STATE_BLOCKS.probe,
  };
}

/** Slack shows this in each reader's own time zone; the fallback is UTC. */
function when(at: Date): string {
  const fallback = `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `<!date^${Math.floor(at.getTime() / 1000)}^{date_short_pretty} at {time}|${fallback}>`;
}

/** The value of a hand-off's buttons: the escalated thread. */
export function handoffButtonValue(key: HandoffKey): string {
  return `${key.channel}|${key.threadTs}`;
}

export function readHandoffButtonValue(value: string): HandoffKey | undefined {
  const m = /^([A-Z0-9]{2,30})\|(\d{1,12}\.\d{1,8})$/.exec(value);
  return m?.[1] && m[2] ? { channel: m[1], threadTs: m[2] } : undefined;
}

/** Where the hand-off stands, and the buttons that move it on (none once resolved). */
export function handoffStatusBlocks(key: HandoffKey, state: HandoffState, names: Names): KnownBlock[] {
  const lines: string[] = [];
  if (state.resolved) {
    const r = state.resolved;
    lines.push(
      `:white_check_mark: *Resolved* by ${personName(names, r.by)}, ${when(r.at)}`,
      `*Cause:* ${escapeMrkdwn(maskSecrets(r.cause))}`,
      `*Fix:* ${escapeMrkdwn(maskSecrets(r.fix))}`,
      r.gapId
        ? `Recorded with the paste as knowledge gap \`${escapeMrkdwn(r.gapId)}\`: \`npm run kb -- draft ${escapeMrkdwn(r.gapId)}\` starts an entry from it.`
        : "No paste was recorded with it, so it is not a knowledge gap.",
    );
  } else if (state.acknowledged) {
    lines.push(
      `:eyes: *Acknowledged* by ${personName(names, state.acknowledged.by)}, ${when(state.acknowledged.at)}. The requester was told.`,
    );
  } else {
    lines.push(":hourglass_flowing_sand: *Waiting* for someone in support to acknowledge it.");
  }
  const blocks: KnownBlock[] = [{ ...section(lines.join("\n")), block_id: HANDOFF_STATE_BLOCKS.status }];
  if (!state.resolved) {
    const value = handoffButtonValue(key);
    blocks.push({
      type: "actions",
      block_id: HANDOFF_STATE_BLOCKS.actions,
      elements: [
        ...(state.acknowledged ? [] : [button(ACTION.acknowledgeEscalation, "Acknowledge", value, true)]),
        button(ACTION.resolveEscalation, "Resolve…", value),
      ],
    });
  }
  return blocks;
}

/** The notification's text (mrkdwn like the blocks, so the name is escaped the same way). */
function fallbackText(names: Names, requestedBy: string, state: HandoffState): string {
  const status = state.resolved ? " (resolved)" : state.acknowledged ? " (acknowledged)" : "";
  return `Escalation from ${personName(names, requestedBy)}${status}`;
}

/**
 * The hand-off as posted in the escalation channel, in any state: its content, the probe when one
 * was run, where it stands, and the Acknowledge / Resolve buttons. Escalate posts what this returns
 * (so the golden files show what support gets) and stores `body`, the content without the probe or
 * state, to redraw it from when its state changes.
 */
export function renderHandoff(
  kb: KnowledgeBase,
  h: HandoffInput,
  key: HandoffKey,
  state: HandoffState = {},
  probe?: ThreadProbe,
): RenderedMessage & { body: KnownBlock[] } {
  const body = handoffBody(kb, h);
  return {
    ...redrawHandoff(body, { key, state, names: h.names, requestedBy: h.requestedBy, probe }),
    body,
  };
}

/** A posted hand-off drawn again from its stored content, in its new state. */
export function redrawHandoff(
  body: readonly KnownBlock[],
  o: {
    key: HandoffKey;
    state: HandoffState;
    names: Names;
    requestedBy: string;
    probe?: ThreadProbe | undefined;
  },
): RenderedMessage {
  const content = body.filter((b) => !Object.values(HANDOFF_STATE_BLOCKS).includes(b.block_id ?? ""));
  return {
    text: fallbackText(o.names, o.requestedBy, o.state),
    blocks: fitBlocks(
      [...content, ...(o.probe ? [handoffProbeBlock(o.probe, o.names)] : [])],
      handoffStatusBlocks(o.key, o.state, o.names),
    ),
  };
}
