import type { Diagnosis, DiagnosisMatch, RenderedSnippet } from "../../diagnosis/Diagnosis.ts";
import { CLIENT_NAMES, type ClientId } from "../../vocabulary/clients.ts";
import { maskSecrets } from "../../vocabulary/maskSecrets.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import { ACTION } from "./actionIds.ts";
import { codeBlock, formatKbText, inlineCode } from "./formatKbText.ts";
import { clampText, fitBlocks } from "./limits.ts";
import { noMatchBlocks } from "./renderNoMatch.ts";
import type { AttachedFile, KnownBlock, PlainTextOption, RenderedMessage } from "./slackTypes.ts";

export interface RenderOptions {
  /** Ties the buttons and the select to this reply (see RecentReplies). */
  replyId: string;
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

/** Distinct problems listed in full, at most this many; the rest become runners-up. */
const MAX_PROBLEMS = 3;
const MAX_SNIPPET_CHARS = 2400;
/** A diff longer than this is cut in the message and attached whole as a file. */
const MAX_DIFF_CHARS = 1800;
const MAX_FINDINGS = 3;

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const context = (text: string): KnownBlock => ({ type: "context", elements: [{ type: "mrkdwn", text }] });

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

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

const FILE_EXT: Record<string, string> = { yaml: "yml", alloy: "alloy", shell: "sh" };

/** The user's own config: each finding (rule, the line in their snippet) and its fix as a diff. */
function findingBlocks(match: DiagnosisMatch, diagnosis: Diagnosis, files: AttachedFile[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const findings = match.configFindings ?? [];
  for (const f of findings.slice(0, MAX_FINDINGS)) {
    const configBlock = diagnosis.config?.blocks[f.block];
    const line = configBlock?.text.split("\n")[f.line - 1];
    const parts = [
      `:wrench: *In your config: ${escapeMrkdwn(f.title)}* (line ${f.pasteLine} of your paste, \`${escapeMrkdwn(f.target.replaceAll("`", "'"))}\`)`,
    ];
    if (line !== undefined && line.trim() !== "") parts.push(inlineCode(line.trim()));
    parts.push(escapeMrkdwn(f.message));
    if (f.correction) {
      const diff = maskSecrets(f.correction.diff);
      const block = codeBlock(diff, "diff");
      if (block.length <= MAX_DIFF_CHARS) {
        parts.push(block);
      } else {
        parts.push(
          `${clampText(block, MAX_DIFF_CHARS)}\n_The whole diff and the corrected config are attached as files._`,
        );
        const ext = configBlock ? (FILE_EXT[configBlock.language] ?? "txt") : "txt";
        files.push(
          { filename: `${f.rule}.diff`, title: `Fix: ${f.title}`, content: diff },
          {
            filename: `corrected-${f.rule}.${ext}`,
            title: `Corrected config: ${f.title}`,
            content: maskSecrets(f.correction.text),
          },
        );
      }
    } else if (f.note) {
      parts.push(`_${escapeMrkdwn(f.note)}_`);
    }
    blocks.push(section(parts.join("\n")));
  }
  if (findings.length > MAX_FINDINGS)
    blocks.push(
      context(`…and ${findings.length - MAX_FINDINGS} more finding(s) in your config for this problem.`),
    );
  return blocks;
}

function matchBlocks(
  match: DiagnosisMatch,
  index: number,
  diagnosis: Diagnosis,
  options: RenderOptions,
  files: AttachedFile[],
): KnownBlock[] {
  const replyId = options.replyId;
  const blocks: KnownBlock[] = [
    section(
      match.basis
        ? `:mag: *${formatKbText(match.title)}*  ·  ${escapeMrkdwn(match.basis.label)}`
        : `:mag: *${formatKbText(match.title)}*  ·  ${match.confidence} confidence (${percent(match.score)})`,
    ),
  ];
  if (match.basis) blocks.push(context(`To confirm: ${formatKbText(match.basis.confirm)}`));
  if (match.dataFate)
    blocks.push(
      context(
        `${match.dataFate.fate === "retried" ? ":hourglass:" : ":wastebasket:"} ${escapeMrkdwn(match.dataFate.summary)}`,
      ),
    );
  const origin = options.origins?.[match.id];
  if (origin) blocks.push(context(origin));
  const evidence = match.evidence[0];
  if (evidence) blocks.push(context(`Matched line ${evidence.line}: ${inlineCode(evidence.text)}`));
  blocks.push(section(`*Cause*\n${formatKbText(match.cause)}`));
  blocks.push(section(`*Fix*\n${match.fix.map((step, i) => `${i + 1}. ${formatKbText(step)}`).join("\n")}`));
  if (match.snippet) {
    const block: KnownBlock = { type: "section", text: { type: "mrkdwn", text: snippetText(match.snippet) } };
    const options = snippetOptions(match);
    if (options.length > 1) {
      block.block_id = `snippet:${replyId}:${index}`;
      block.accessory = {
        type: "static_select",
        action_id: ACTION.snippetClient,
        placeholder: { type: "plain_text", text: "Snippet for another client" },
        options,
      };
    }
    blocks.push(block);
  }
  blocks.push(...findingBlocks(match, diagnosis, files));
  if (match.next)
    blocks.push(context(`Likely next problem once this is fixed: *${formatKbText(match.next.title)}*`));
  return blocks;
}

const button = (action_id: string, text: string, value: string) => ({
  type: "button" as const,
  action_id,
  text: { type: "plain_text" as const, text },
  value,
});

function footer(diagnosis: Diagnosis, options: RenderOptions): KnownBlock[] {
  const top = diagnosis.matches[0]?.id ?? "none";
  const elements: KnownBlock[] = [];
  const buttons = [
    ...(options.probe ? [button(ACTION.probe, "Run live probe", options.replyId)] : []),
    {
      type: "button" as const,
      action_id: ACTION.helpful,
      text: { type: "plain_text" as const, text: "Helpful" },
      value: `${options.replyId}|${top}`,
    },
    {
      type: "button" as const,
      action_id: ACTION.notHelpful,
      text: { type: "plain_text" as const, text: "Not helpful" },
      value: `${options.replyId}|${top}`,
    },
    ...(options.escalate ? [button(ACTION.escalate, "Escalate", options.replyId)] : []),
    ...(options.shareable
      ? [
          {
            type: "button" as const,
            action_id: ACTION.share,
            style: "primary" as const,
            text: { type: "plain_text" as const, text: "Share in channel" },
            value: options.replyId,
          },
        ]
      : []),
  ];
  elements.push({ type: "actions", block_id: `feedback:${options.replyId}`, elements: buttons });
  return elements;
}

/**
 * A Diagnosis as one Slack message: every distinct problem (title and confidence, the matched line,
 * cause, fix steps, the corrected snippet for the detected client), the runners-up, the likely next
 * problem, and feedback buttons. Everything is escaped and kept within Slack's limits.
 */
export function renderDiagnosis(diagnosis: Diagnosis, options: RenderOptions): RenderedMessage {
  const preface = options.preface ? [section(options.preface)] : [];
  if (diagnosis.matches.length === 0) {
    const tail: KnownBlock[] = options.escalate
      ? [
          {
            type: "actions",
            block_id: `escalate:${options.replyId}`,
            elements: [button(ACTION.escalate, "Escalate", options.replyId)],
          },
        ]
      : [];
    const blocks = fitBlocks([...preface, ...noMatchBlocks(diagnosis)], tail);
    return { text: "No confident match for this paste.", blocks };
  }
  const distinct = diagnosis.matches.filter((m) => m.distinct).slice(0, MAX_PROBLEMS);
  const problems = distinct.length > 0 ? distinct : diagnosis.matches.slice(0, 1);
  const runnersUp = diagnosis.matches.filter((m) => !problems.includes(m));
  const body: KnownBlock[] = [...preface];
  const files: AttachedFile[] = [];
  if (problems.length > 1) body.push(section(`I found *${problems.length} problems* in this paste:`));
  problems.forEach((match, i) => {
    if (i > 0) body.push({ type: "divider" });
    body.push(...matchBlocks(match, i, diagnosis, options, files));
  });
  if (runnersUp.length > 0) {
    body.push(
      context(
        `Also possible: ${runnersUp.map((m) => `${formatKbText(m.title)} (${m.confidence}, ${percent(m.score)})`).join(" · ")}`,
      ),
    );
  }
  if (diagnosis.input.truncated) body.push(context(escapeMrkdwn(diagnosis.input.notes.join(" "))));
  const text = clampText(problems.map((m) => `${m.title} (${m.confidence} confidence)`).join("; "), 1000);
  return {
    text: escapeMrkdwn(text),
    blocks: fitBlocks(body, footer(diagnosis, options)),
    ...(files.length > 0 ? { files } : {}),
  };
}
