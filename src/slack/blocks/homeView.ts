import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import { errorLine } from "../../store/errorShape.ts";
import type { Escalation, StoredReply, StoreSummary } from "../../store/Store.ts";
import { maskSecrets } from "../../vocabulary/maskSecrets.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import { ACTION } from "./actionIds.ts";
import { formatKbText, inlineCode } from "./formatKbText.ts";
import { context, section } from "./mrkdwnBlocks.ts";
import type { KnownBlock, View } from "./slackTypes.ts";

const header = (text: string): KnownBlock => ({ type: "header", text: { type: "plain_text", text } });

const GAPS = 10;
const SYMPTOMS = 12;
const ESCALATIONS = 8;
const LINE_CHARS = 140;

/** What the Home button's modal needs to answer in the person's DM with the bot. */
export interface HomeMetadata {
  /** The person's DM channel with the bot (app_home_opened's channel), when Slack gave it. */
  dm?: string;
}

/** Everything one person's Home shows them about themselves. */
export interface HomeInput {
  kb: KnowledgeBase;
  /** The person's own recent diagnoses, newest first; undefined when the store could not be read. */
  recent: readonly StoredReply[] | undefined;
  /** Links to those replies, by `channel:replyTs` (an ephemeral reply has none). */
  links: ReadonlyMap<string, string>;
  metadata?: HomeMetadata;
  /** How to use the bot, for this person: only the probe and escalation they can use (helpFor). */
  help: readonly KnownBlock[];
}

function day(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}

/** Slack shows this in the reader's own time zone; the fallback is UTC. */
function when(at: Date): string {
  return `<!date^${Math.floor(at.getTime() / 1000)}^{date_short_pretty} at {time}|${day(at)} UTC>`;
}

const isDirectMessage = (channel: string) => channel.startsWith("D");

export const replyLinkKey = (reply: Pick<StoredReply, "channel" | "replyTs">) =>
  `${reply.channel}:${reply.replyTs}`;

/** One of the person's own diagnoses: when, where, what it found, the line it was about, a link. */
function recentLine(kb: KnowledgeBase, reply: StoredReply, link: string | undefined): string {
  const top = reply.symptoms[0];
  const found = top
    ? `*${formatKbText(kb.byId.get(top.id)?.entry.title ?? top.id)}*`
    : "_no confident match_";
  const more = reply.symptoms.length > 1 ? ` (+${reply.symptoms.length - 1})` : "";
  const where = isDirectMessage(reply.channel)
    ? "in your DM with me"
    : reply.replyTs.startsWith("e:")
      ? `only to you in <#${reply.channel}>`
      : `in <#${reply.channel}>`;
  const line = maskSecrets(errorLine(reply.excerpt));
  const cut = line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line;
  return [
    `${found}${more} · ${when(reply.createdAt)} ${where}${link ? ` · <${link}|open>` : ""}`,
    cut ? inlineCode(cut) : "",
  ]
    .filter(Boolean)
    .join("\n");
}

function ownBlocks(input: HomeInput): KnownBlock[] {
  const blocks: KnownBlock[] = [
    header("Telemetry Doctor"),
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text: "Paste an error, a log or a config and I'll say what is wrong and how to fix it. The answer comes as a direct message from me.",
      },
      accessory: {
        type: "button",
        action_id: ACTION.homePaste,
        style: "primary",
        text: { type: "plain_text", text: "Diagnose a paste" },
        value: "home",
      },
    },
    { type: "divider" },
    header("Your recent diagnoses"),
  ];
  if (input.recent === undefined) {
    blocks.push(context("They could not be read just now; reopen this tab in a minute."));
  } else if (input.recent.length === 0) {
    blocks.push(context("None yet. What you ask me shows up here; only you see this list."));
  } else {
    for (const reply of input.recent) {
      blocks.push(section(recentLine(input.kb, reply, input.links.get(replyLinkKey(reply)))));
    }
    blocks.push(context("Only you see this list."));
  }
  return blocks;
}

const help = (input: HomeInput): KnownBlock[] => [
  { type: "divider" },
  header("How to use me"),
  ...input.help,
];

function view(blocks: KnownBlock[], metadata: HomeMetadata | undefined): View {
  // A Home tab holds at most 100 blocks.
  return {
    type: "home",
    ...(metadata ? { private_metadata: JSON.stringify(metadata) } : {}),
    blocks: blocks.slice(0, 100),
  };
}

/**
 * The App Home of someone who is not an admin: the "Diagnose a paste" button, their own recent
 * diagnoses and how to use the bot. Nothing anyone else pasted, asked or escalated.
 */
export function homeViewForUser(input: HomeInput): View {
  return view([...ownBlocks(input), ...help(input)], input.metadata);
}

/**
 * The App Home of an admin (ADMIN_USERS): their own part, then the team's statistics, knowledge
 * gaps (largest first; an error seen only in direct messages shows no text) and escalations.
 */
export function homeViewForAdmin(input: HomeInput, summary: StoreSummary | undefined): View {
  const team: KnownBlock[] = summary
    ? teamBlocks(summary, input.kb)
    : [context("The team's summary could not be read just now; reopen this tab in a minute.")];
  return view(
    [
      ...ownBlocks(input),
      { type: "divider" },
      header("Team (admins only)"),
      context("Only the admins the operator named (ADMIN_USERS) see this part."),
      ...team,
      ...help(input),
    ],
    input.metadata,
  );
}

function escalationLine(e: Escalation): string {
  const where = isDirectMessage(e.channel) ? "a direct message" : `<#${e.channel}>`;
  const to = e.handoff?.permalink
    ? `<${e.handoff.permalink}|hand-off>`
    : e.handoff
      ? "hand-off posted"
      : "hand-off not posted";
  // Mentions in a view are shown as names and notify nobody.
  const state = e.resolved
    ? `resolved by <@${e.resolved.by}>`
    : e.acknowledged
      ? `acknowledged by <@${e.acknowledged.by}>`
      : "waiting";
  return `• ${day(e.createdAt)} · ${where} by <@${e.requestedBy}> → ${to} · ${state}`;
}

/** The team's summary: totals, gaps largest first, symptoms and their ratings, escalations. */
export function teamBlocks(summary: StoreSummary, kb: KnowledgeBase): KnownBlock[] {
  const t = summary.totals;
  const blocks: KnownBlock[] = [
    section(
      `*${t.replies}* replies (${t.noMatch} without a confident match) · *${t.helpful}* helpful, *${t.notHelpful}* not helpful · *${t.gaps}* knowledge gaps · *${t.escalations}* escalations`,
    ),
    header("Knowledge gaps, largest first"),
  ];
  if (summary.gaps.length === 0) blocks.push(context("None yet."));
  for (const gap of summary.gaps.slice(0, GAPS)) {
    const said = gap.suggestedSymptoms.length
      ? `\nPeople said: ${gap.suggestedSymptoms.map((s) => `${formatKbText(kb.byId.get(s.id)?.entry.title ?? s.id)} (${s.count})`).join(", ")}`
      : "";
    const sample = gap.channelSample
      ? inlineCode(maskSecrets(gap.channelSample).slice(0, 300))
      : "_seen only in direct messages: the text stays private (`npm run report` on the server shows it)_";
    const counts = [
      `${gap.noMatch} no match`,
      `${gap.notHelpful} not helpful`,
      ...(gap.escalated ? [`${gap.escalated} resolved escalation${gap.escalated === 1 ? "" : "s"}`] : []),
    ].join(", ");
    blocks.push(
      section(
        `*${gap.count}×* ${sample}\n${counts} · last ${day(gap.lastSeen)} · \`npm run kb -- draft ${escapeMrkdwn(gap.id)}\`${said}`,
      ),
    );
  }
  blocks.push(header("Symptoms diagnosed"));
  if (summary.symptoms.length === 0) blocks.push(context("None yet."));
  const lines = summary.symptoms.slice(0, SYMPTOMS).map((s) => {
    const title = kb.byId.get(s.symptomId)?.entry.title ?? s.symptomId;
    return `• *${formatKbText(title)}*: ${s.diagnosed}× top diagnosis (${s.offered}× offered) · 👍 ${s.helpful} 👎 ${s.notHelpful}`;
  });
  if (lines.length > 0) blocks.push(section(lines.join("\n")));
  blocks.push(header("Escalations"));
  if (summary.escalations.length === 0) blocks.push(context("None yet."));
  const escalations = summary.escalations.slice(0, ESCALATIONS).map(escalationLine);
  if (escalations.length > 0) blocks.push(section(escalations.join("\n")));
  blocks.push(context(`Updated ${day(summary.generatedAt)} UTC. The same report: \`npm run report\`.`));
  return blocks;
}
