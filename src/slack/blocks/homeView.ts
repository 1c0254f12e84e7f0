import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import type { StoreSummary } from "../../store/Store.ts";
import { maskSecrets } from "../../vocabulary/maskSecrets.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import { formatKbText, inlineCode } from "./formatKbText.ts";
import { helpBlocks } from "./helpBlocks.ts";
import { clampText } from "./limits.ts";
import type { KnownBlock, View } from "./slackTypes.ts";

const section = (text: string): KnownBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: clampText(text) },
});
const context = (text: string): KnownBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text: clampText(text) }],
});
const header = (text: string): KnownBlock => ({ type: "header", text: { type: "plain_text", text } });

const GAPS = 10;
const SYMPTOMS = 12;
const ESCALATIONS = 8;

function day(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}

/** The team's summary: gaps largest first, symptoms and their ratings, escalations. */
export function summaryBlocks(summary: StoreSummary, kb: KnowledgeBase): KnownBlock[] {
  const t = summary.totals;
  const blocks: KnownBlock[] = [
    header("What the bot has seen"),
    section(
      `*${t.replies}* replies (${t.noMatch} without a confident match) · *${t.helpful}* helpful, *${t.notHelpful}* not helpful · *${t.gaps}* knowledge gaps · *${t.escalations}* escalations`,
    ),
    { type: "divider" },
    header("Knowledge gaps, largest first"),
  ];
  if (summary.gaps.length === 0) blocks.push(context("None yet."));
  for (const gap of summary.gaps.slice(0, GAPS)) {
    const said = gap.suggestedSymptoms.length
      ? `\nPeople said: ${gap.suggestedSymptoms.map((s) => `${formatKbText(kb.byId.get(s.id)?.entry.title ?? s.id)} (${s.count})`).join(", ")}`
      : "";
    blocks.push(
      section(
        `*${gap.count}×* ${inlineCode(maskSecrets(gap.sample).slice(0, 300))}\n${gap.noMatch} no match, ${gap.notHelpful} not helpful · last ${day(gap.lastSeen)} · \`npm run kb -- draft ${escapeMrkdwn(gap.id)}\`${said}`,
      ),
    );
  }
  blocks.push({ type: "divider" }, header("Symptoms diagnosed"));
  if (summary.symptoms.length === 0) blocks.push(context("None yet."));
  const lines = summary.symptoms.slice(0, SYMPTOMS).map((s) => {
    const title = kb.byId.get(s.symptomId)?.entry.title ?? s.symptomId;
    return `• *${formatKbText(title)}*: ${s.diagnosed}× top diagnosis (${s.offered}× offered) · 👍 ${s.helpful} 👎 ${s.notHelpful}`;
  });
  if (lines.length > 0) blocks.push(section(lines.join("\n")));
  blocks.push({ type: "divider" }, header("Escalations"));
  if (summary.escalations.length === 0) blocks.push(context("None yet."));
  const escalations = summary.escalations.slice(0, ESCALATIONS).map((e) => {
    const to = e.handoff?.permalink
      ? `<${e.handoff.permalink}|hand-off>`
      : e.handoff
        ? "hand-off posted"
        : "hand-off not posted";
    return `• ${day(e.createdAt)} · <#${e.channel}> by <@${e.requestedBy}> → ${to}`;
  });
  if (escalations.length > 0) blocks.push(section(escalations.join("\n")));
  blocks.push(context(`Updated ${day(summary.generatedAt)} UTC. The same report: \`npm run report\`.`));
  return blocks;
}

/** The App Home: how to use the bot, then the store's summary (or a note when it could not be read). */
export function homeView(summary?: StoreSummary, kb?: KnowledgeBase): View {
  const tail: KnownBlock[] =
    summary && kb
      ? [{ type: "divider" }, ...summaryBlocks(summary, kb)]
      : [
          { type: "divider" },
          context("The summary could not be read just now; reopen this tab in a minute."),
        ];
  // A Home tab holds at most 100 blocks.
  return { type: "home", blocks: [...helpBlocks(), ...tail].slice(0, 100) };
}
