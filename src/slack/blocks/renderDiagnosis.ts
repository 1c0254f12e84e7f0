import type { Diagnosis, DiagnosisMatch, RenderedSnippet } from "../../diagnosis/Diagnosis.ts";
import {
  type AnswerPlan,
  type ChecklistItem,
  type CorrectedConfig,
  certaintyOf,
  planAnswer,
} from "../../diagnosis/planAnswer.ts";
import { CLIENT_NAMES, type ClientId } from "../../vocabulary/clients.ts";
import { maskSecrets } from "../../vocabulary/maskSecrets.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import { ACTION } from "./actionIds.ts";
import { clipAround } from "./clipAround.ts";
import { codeBlock, formatKbText, inlineCode } from "./formatKbText.ts";
import { clampText, fitBlocks } from "./limits.ts";
import { button, context, section } from "./mrkdwnBlocks.ts";
import { renderNoMatch } from "./renderNoMatch.ts";
import type { AttachedFile, KnownBlock, PlainTextOption, RenderedMessage } from "./slackTypes.ts";

export interface RenderOptions {
  /** Ties the buttons and the select to this reply (see RecentReplies). */
  replyId: string;
  /** "card" (the default) is what a reply first shows; "details" expands it in place. */
  view?: "card" | "details";
  /** Adds "Share in channel" (for ephemeral replies). */
  shareable?: boolean;
  /** A line shown above the reply, already mrkdwn (e.g. a warning). */
  preface?: string;
  /** Adds "Run live probe" to a reply with a diagnosis. */
  probe?: boolean;
  /** Adds "Escalate" (a reply in a thread, with an escalation channel configured). */
  escalate?: boolean;
  /** Where each problem came from (whole-thread diagnosis), by match id, already mrkdwn. */
  origins?: Readonly<Record<string, string>>;
}

const MAX_SNIPPET_CHARS = 2400;
/** What the card shows of a corrected config before it says "the rest is under Details". */
const CARD_CODE_CHARS = 1200;
/** A diff longer than this is cut in the message and attached whole as a file. */
const MAX_DIFF_CHARS = 1800;
const EVIDENCE_CHARS = 110;

/** The corrected snippet in a code block, cut with a note when it would crowd out the rest. */
export function snippetText(snippet: RenderedSnippet, heading?: string): string {
  const title = heading ?? `*Corrected config for ${CLIENT_NAMES[snippet.client]}*`;
  const code = codeBlock(snippet.code);
  if (code.length <= MAX_SNIPPET_CHARS) return `${title}\n${code}`;
  return `${title}\n${clampText(code, MAX_SNIPPET_CHARS)}`;
}

function snippetOptions(match: DiagnosisMatch): PlainTextOption[] {
  return (Object.keys(match.snippets) as ClientId[]).map((client) => ({
    text: { type: "plain_text", text: CLIENT_NAMES[client] },
    value: `${match.id}|${client}`,
  }));
}

const FILE_EXT: Record<string, string> = { yaml: "yml", alloy: "alloy", shell: "sh", env: "env" };

function verdictLine(plan: AnswerPlan): string {
  const { lead } = plan;
  // When the checklist names the lead problem itself, the verdict counts the problems instead of
  // naming one twice.
  const n = plan.checklist.length;
  if (n > 1 && new Set(plan.checklist.map((item) => item.symptom)).size > 1)
    return `:mag: *${n} problems* in this paste`;
  const title = `*${formatKbText(lead.title)}*`;
  if (lead.basis) return `:mag: *${escapeMrkdwn(capitalise(lead.basis.label))}*`;
  return `:mag: ${title}  ·  ${plan.certainty}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function itemLine(item: ChecklistItem, numbered: number | undefined, options: RenderOptions): string {
  const where = item.line !== undefined ? `, line ${item.line}` : "";
  const origin = !item.finding && options.origins?.[item.symptom];
  const how = `_${item.certainty}${where}_${origin ? ` · ${origin}` : ""}`;
  const lead = numbered === undefined ? "*Do first:* " : `${numbered}. `;
  if (item.finding) return `${lead}${formatKbText(item.fix)}  ${how}`;
  const fix = formatKbText(item.fix);
  return numbered === undefined ? `${lead}${fix}` : `${lead}*${formatKbText(item.title)}*: ${fix}  ${how}`;
}

/** The checklist: one "do first" line for a single item, a numbered list when there are several. */
function checklistBlocks(plan: AnswerPlan, options: RenderOptions): KnownBlock[] {
  const items = plan.checklist;
  if (items.length <= 1) {
    const only = items[0];
    return only ? [section(itemLine(only, undefined, options))] : [];
  }
  const lines = items.map((item, i) => itemLine(item, i + 1, options));
  return [section(`*To fix (${items.length})*\n${lines.join("\n")}`)];
}

/** The line that shows the problem, clipped around what matched. */
function evidenceBlock(match: DiagnosisMatch): KnownBlock | undefined {
  const e = match.evidence.find((x) => !x.signal.startsWith("config rule")) ?? match.evidence[0];
  if (!e) return undefined;
  const shown = clipAround(e.text, e.signal.startsWith("config rule") ? "" : e.matched, EVIDENCE_CHARS);
  return context(`Seen at line ${e.line}: ${inlineCode(shown)}`);
}

function correctedBlocks(
  corrected: readonly CorrectedConfig[],
  view: "card" | "details",
  files: AttachedFile[],
): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const c of corrected) {
    if (c.kind === "example") {
      // Said to be filled in only when the paste gave the host it needed.
      const filled = c.snippet.code.includes("<host>") ? "" : ", filled in from your paste";
      const heading = `*Example for ${CLIENT_NAMES[c.snippet.client]}*${filled}`;
      const code = codeBlock(c.snippet.code);
      blocks.push(
        section(
          view === "card" && code.length > CARD_CODE_CHARS
            ? `${heading}\n${clampText(code, CARD_CODE_CHARS)}\n_The whole example is under Details._`
            : snippetText(c.snippet, heading),
        ),
      );
      continue;
    }
    const diff = maskSecrets(c.diff);
    // The heading names the file; the diff's own header lines would only repeat it.
    const block = codeBlock(hunksOnly(diff), "diff");
    const heading = `*Your ${CLIENT_NAMES[c.block.client]} config, corrected* (lines ${c.block.startLine}–${c.block.endLine} of your paste)`;
    if (block.length <= MAX_DIFF_CHARS) {
      blocks.push(section(`${heading}\n${block}`));
      continue;
    }
    blocks.push(
      section(
        `${heading}\n${clampText(block, MAX_DIFF_CHARS)}\n_The whole diff and the corrected config are attached as files._`,
      ),
    );
    const ext = FILE_EXT[c.block.language] ?? "txt";
    const name = `${c.block.client}-lines-${c.block.startLine}-${c.block.endLine}`;
    files.push(
      {
        filename: `${name}.diff`,
        title: `Fix for lines ${c.block.startLine}–${c.block.endLine}`,
        content: diff,
      },
      { filename: `${name}.corrected.${ext}`, title: "Corrected config", content: maskSecrets(c.text) },
    );
  }
  return blocks;
}

/** A unified diff without its `===`, `---` and `+++` header lines. */
function hunksOnly(diff: string): string {
  return diff
    .split("\n")
    .filter((line, i) => !(i < 4 && /^(={10,}|--- |\+\+\+ |Index: )/.test(line)))
    .join("\n");
}

/** Cause, every fix step, the evidence, what happened to the data, and other clients' snippets. */
function problemDetails(match: DiagnosisMatch, index: number, options: RenderOptions): KnownBlock[] {
  const confidence = match.basis ? match.basis.label : certaintyOf(match);
  const blocks: KnownBlock[] = [section(`*${formatKbText(match.title)}*  ·  ${escapeMrkdwn(confidence)}`)];
  const origin = options.origins?.[match.id];
  if (origin) blocks.push(context(`:link: ${origin}`));
  const evidence = match.evidence
    .slice(0, 3)
    .map((e) => `line ${e.line}: ${inlineCode(clipAround(e.text, e.matched, EVIDENCE_CHARS))}`);
  if (evidence.length) blocks.push(context(`Evidence · ${evidence.join(" · ")}`));
  if (match.dataFate)
    blocks.push(
      context(
        `${match.dataFate.fate === "retried" ? ":hourglass:" : ":wastebasket:"} ${escapeMrkdwn(match.dataFate.summary)}`,
      ),
    );
  blocks.push(section(`*Cause*\n${formatKbText(match.cause)}`));
  blocks.push(
    section(`*Steps*\n${match.fix.map((step, i) => `${i + 1}. ${formatKbText(step)}`).join("\n")}`),
  );
  const clients = snippetOptions(match);
  if (clients.length > 1) {
    blocks.push({
      type: "section",
      block_id: `snippet:${options.replyId}:${index}`,
      text: { type: "mrkdwn", text: "The fix as a snippet for another client:" },
      accessory: {
        type: "static_select",
        action_id: ACTION.snippetClient,
        placeholder: { type: "plain_text", text: "Choose a client" },
        options: clients,
      },
    });
  }
  return blocks;
}

function footer(diagnosis: Diagnosis, options: RenderOptions): KnownBlock[] {
  const top = diagnosis.matches[0]?.id ?? "none";
  const details =
    options.view === "details"
      ? button(ACTION.hideDetails, "Hide details", options.replyId)
      : button(ACTION.showDetails, "Details", options.replyId);
  const buttons = [
    details,
    ...(options.probe ? [button(ACTION.probe, "Run live probe", options.replyId)] : []),
    button(ACTION.helpful, "Helpful", `${options.replyId}|${top}`),
    button(ACTION.notHelpful, "Not helpful", `${options.replyId}|${top}`),
    ...(options.escalate ? [button(ACTION.escalate, "Escalate", options.replyId)] : []),
    ...(options.shareable ? [button(ACTION.share, "Share in channel", options.replyId, true)] : []),
  ];
  return [{ type: "actions", block_id: `feedback:${options.replyId}`, elements: buttons }];
}

/**
 * A Diagnosis as one Slack message, in the manner of incident cards: first a compact card (the verdict
 * in words, the fix to do first or the checklist, the line that shows it, the user's corrected config or
 * an example, the buttons), then on demand ("Details", which redraws the message in place) each
 * problem's cause and steps, the evidence, what happened to the data, other clients' snippets, the
 * runners-up and the likely next problem. Nothing is said twice. Everything is escaped and kept within
 * Slack's limits.
 */
export function renderDiagnosis(diagnosis: Diagnosis, options: RenderOptions): RenderedMessage {
  const preface = options.preface ? [section(options.preface)] : [];
  const plan = planAnswer(diagnosis);
  // No match: renderNoMatch.ts owns it (what was seen, what would help, and always a next step).
  if (!plan) return renderNoMatch(diagnosis, options);
  const view = options.view ?? "card";
  const files: AttachedFile[] = [];
  const body: KnownBlock[] = [...preface, section(verdictLine(plan)), ...checklistBlocks(plan, options)];
  const evidence = evidenceBlock(plan.lead);
  if (evidence && plan.checklist.length <= 1) body.push(evidence);
  // An answer that rests on the failure class alone says what would confirm it, up front.
  if (plan.lead.basis) body.push(context(`To confirm: ${formatKbText(plan.lead.basis.confirm)}`));
  const origin = options.origins?.[plan.lead.id];
  if (origin && plan.checklist.length <= 1) body.push(context(`:link: ${origin}`));
  body.push(...correctedBlocks(plan.corrected, view, files));
  if (view === "details") {
    plan.problems.forEach((match, i) => {
      body.push({ type: "divider" }, ...problemDetails(match, i, options));
    });
    if (plan.runnersUp.length > 0)
      body.push(
        context(
          `Also possible: ${plan.runnersUp.map((m) => `${formatKbText(m.title)} (${certaintyOf(m)})`).join(" · ")}`,
        ),
      );
    if (plan.next) body.push(context(`Likely next, once this is fixed: *${formatKbText(plan.next.title)}*`));
    body.push(context(`From the knowledge base: ${escapeMrkdwn(plan.lead.source.section)}`));
  }
  if (diagnosis.input.truncated) body.push(context(escapeMrkdwn(diagnosis.input.notes.join(" "))));
  const more = plan.checklist.length > 1 ? ` (and ${plan.checklist.length - 1} more to fix)` : "";
  const text = clampText(`${plan.lead.basis?.label ?? plan.certainty}: ${plan.lead.title}${more}`, 1000);
  return {
    text: escapeMrkdwn(text),
    blocks: fitBlocks(body, footer(diagnosis, options)),
    ...(files.length > 0 ? { files } : {}),
  };
}
