import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import type { ReplyFeedback, StoredReply } from "../../store/Store.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import type { ThreadProbe } from "../RecentProbes.ts";
import { codeBlock, formatKbText } from "./formatKbText.ts";
import { clampText, fitBlocks } from "./limits.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

export interface HandoffInput {
  escalatedBy: string;
  threadLink?: string;
  channel: string;
  reply?: StoredReply;
  feedback: ReplyFeedback;
  probe?: ThreadProbe;
}

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const EXCERPT_CHARS = 1500;

/**
 * The hand-off posted in the escalation channel: who asked, the thread, the masked log excerpt, the
 * diagnoses with their confidence, the probe result and the feedback so far.
 */
export function renderHandoff(kb: KnowledgeBase, h: HandoffInput): RenderedMessage {
  const where = h.threadLink ? `<${h.threadLink}|this thread>` : `a thread in <#${h.channel}>`;
  const asked =
    h.reply?.askedBy && h.reply.askedBy !== h.escalatedBy ? ` (asked by <@${h.reply.askedBy}>)` : "";
  const blocks: KnownBlock[] = [
    section(`:rotating_light: *Escalation* from <@${h.escalatedBy}>${asked}: ${where}`),
  ];
  const symptoms = h.reply?.symptoms ?? [];
  blocks.push(
    section(
      symptoms.length === 0
        ? "*Diagnosis:* no confident match."
        : `*Diagnoses*\n${symptoms
            .map(
              (s) =>
                `• ${formatKbText(kb.byId.get(s.id)?.entry.title ?? s.id)}: ${Math.round(s.score * 100)}% confidence`,
            )
            .join("\n")}`,
    ),
  );
  if (h.reply?.excerpt) {
    const excerpt =
      h.reply.excerpt.length > EXCERPT_CHARS
        ? `${h.reply.excerpt.slice(0, EXCERPT_CHARS)}\n…`
        : h.reply.excerpt;
    blocks.push(section(clampText(`*Log excerpt* (secrets masked)\n${codeBlock(excerpt)}`)));
  }
  blocks.push(
    section(
      h.probe
        ? `*Live probe* (by <@${h.probe.requestedBy}>)\n${h.probe.checklist}`
        : "*Live probe:* none run in this thread.",
    ),
  );
  const f = h.feedback;
  const notes = f.votes
    .filter((v) => !v.helpful && (v.note || v.symptomId))
    .map((v) => {
      const really = v.symptomId
        ? `really ${formatKbText(kb.byId.get(v.symptomId)?.entry.title ?? v.symptomId)}`
        : "";
      const note = v.note ? `"${escapeMrkdwn(v.note)}"` : "";
      return `• <@${v.userId}>: ${[really, note].filter(Boolean).join(", ")}`;
    });
  blocks.push(
    section(
      clampText(
        `*Feedback so far:* ${f.helpful} helpful, ${f.notHelpful} not helpful${notes.length ? `\n${notes.join("\n")}` : ""}`,
      ),
    ),
  );
  return { text: `Escalation from ${h.escalatedBy}`, blocks: fitBlocks(blocks) };
}
