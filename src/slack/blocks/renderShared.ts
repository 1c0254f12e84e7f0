import type { Diagnosis, DiagnosisMatch } from "../../diagnosis/Diagnosis.ts";
import { CLIENT_NAMES } from "../../vocabulary/clients.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import { ACTION } from "./actionIds.ts";
import { codeBlock, formatKbText } from "./formatKbText.ts";
import { clampText, fitBlocks } from "./limits.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

/** Problems a shared summary names; the rest stay in the private copy. */
const MAX_SHARED_PROBLEMS = 3;
const MAX_FIX_STEPS = 3;
/** A corrected snippet longer than this stays in the private copy: the summary is a glance. */
const MAX_SHARED_SNIPPET_LINES = 15;

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const context = (text: string): KnownBlock => ({ type: "context", elements: [{ type: "mrkdwn", text }] });

/** Confidence in words, as the compact reply says it. */
function likelihood(match: DiagnosisMatch): string {
  if (match.basis) return escapeMrkdwn(match.basis.label);
  return match.confidence === "high" ? "likely" : "possible";
}

function problemBlocks(match: DiagnosisMatch, onlyOne: boolean): KnownBlock[] {
  const steps = match.fix.slice(0, onlyOne ? MAX_FIX_STEPS : 1);
  const more = match.fix.length - steps.length;
  const fix =
    steps.length === 1
      ? `*Fix:* ${formatKbText(steps[0] ?? "")}`
      : `*Fix*\n${steps.map((s, i) => `${i + 1}. ${formatKbText(s)}`).join("\n")}`;
  const blocks = [
    section(
      `:mag: *${formatKbText(match.title)}* · ${likelihood(match)}\n${fix}${more > 0 ? `\n_…and ${more} more step${more === 1 ? "" : "s"} in the private copy._` : ""}`,
    ),
  ];
  const snippet = match.snippet;
  if (onlyOne && snippet && snippet.code.split("\n").length <= MAX_SHARED_SNIPPET_LINES) {
    blocks.push(
      section(
        `*${escapeMrkdwn(snippet.title ?? `For ${CLIENT_NAMES[snippet.client]}`)}*\n${codeBlock(snippet.code)}`,
      ),
    );
  }
  return blocks;
}

/**
 * What "Share" posts for everyone: who shared it, each problem's title and its fix, the corrected
 * snippet when it is short, and nothing that points into the paste (line numbers, evidence), which
 * only the person who pasted can see. `sharedBy` is a display name: it names, it does not ping.
 */
export function renderShared(
  diagnosis: Diagnosis,
  sharedBy: string,
  lead?: { title: string; fix: string },
): RenderedMessage {
  const head = context(`Shared by ${escapeMrkdwn(sharedBy)} from a private diagnosis`);
  if (lead) {
    return {
      text: clampText(`${lead.title}: ${lead.fix}`, 1000),
      blocks: fitBlocks([
        head,
        section(`:mag: *${formatKbText(lead.title)}*\n*Fix:* ${formatKbText(lead.fix)}`),
      ]),
    };
  }
  const distinct = diagnosis.matches.filter((m) => m.distinct).slice(0, MAX_SHARED_PROBLEMS);
  const problems = distinct.length > 0 ? distinct : diagnosis.matches.slice(0, 1);
  const body: KnownBlock[] = [head];
  for (const match of problems) body.push(...problemBlocks(match, problems.length === 1));
  return {
    text: escapeMrkdwn(clampText(problems.map((m) => m.title).join("; "), 1000)),
    blocks: fitBlocks(body),
  };
}

/** The private copy once shared: its Share button gone (nothing left to click), "Shared ✓" in its place. */
export function markShared(blocks: readonly KnownBlock[], replyId: string): KnownBlock[] {
  const out: KnownBlock[] = [];
  for (const block of blocks) {
    if (block.block_id === `shared:${replyId}`) continue;
    if (block.type !== "actions") {
      out.push(block);
      continue;
    }
    const elements = block.elements.filter((e) => !("action_id" in e) || e.action_id !== ACTION.share);
    if (elements.length > 0) out.push({ ...block, elements });
  }
  out.push({
    type: "context",
    block_id: `shared:${replyId}`,
    elements: [{ type: "mrkdwn", text: ":white_check_mark: Shared ✓ with the conversation" }],
  });
  return out;
}
