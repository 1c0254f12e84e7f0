import type { Diagnosis } from "../../diagnosis/Diagnosis.ts";
import { type ChecklistItem, planAnswer } from "../../diagnosis/planAnswer.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import { ACTION } from "./actionIds.ts";
import { formatKbText } from "./formatKbText.ts";
import { clampText, fitBlocks } from "./limits.ts";
import { context, section } from "./mrkdwnBlocks.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

/** Things to fix a shared summary lists; the rest stay in the private copy. */
const MAX_SHARED_ITEMS = 4;

/** One thing to fix: what is wrong, how sure (in words), and the fix to do first; never its paste line. */
const itemLine = (item: ChecklistItem) =>
  `• *${formatKbText(item.title)}* · ${escapeMrkdwn(item.certainty)}\n   ${formatKbText(item.fix)}`;

/**
 * What "Share" posts for everyone: who shared it, the reply's verdict and the fix to do first for each
 * thing to fix (the card's own plan, planAnswer);
 * nothing that points into the paste (line numbers, evidence, the corrected lines), which only the
 * person who pasted can see. `sharedBy` is a display name: it names, it does not ping.
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
  const plan = planAnswer(diagnosis);
  if (!plan)
    return { text: "No confident match", blocks: [head, section("*No confident match* for this paste.")] };
  const items = plan.checklist.slice(0, MAX_SHARED_ITEMS);
  const more = plan.checklist.length - items.length;
  // Several things to fix: the count is the verdict, so no title is said twice.
  const verdict =
    plan.checklist.length > 1
      ? `*${plan.checklist.length} things to fix*`
      : plan.lead.basis
        ? escapeMrkdwn(plan.lead.basis.label)
        : `*${formatKbText(plan.lead.title)}* · ${plan.certainty}`;
  const fixes =
    items.length > 1
      ? `${items.map(itemLine).join("\n")}${more > 0 ? `\n…and ${more} more` : ""}`
      : `*Fix:* ${formatKbText(items[0]?.fix ?? "")}`;
  return {
    text: escapeMrkdwn(clampText(`${plan.certainty}: ${plan.lead.title}`, 1000)),
    blocks: fitBlocks([head, section(`:mag: ${verdict}\n${fixes}`)]),
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
