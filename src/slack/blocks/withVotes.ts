import { SLACK_LIMITS } from "./limits.ts";
import type { KnownBlock } from "./slackTypes.ts";

/** The message with its vote line (one context block, replaced on every vote), within Slack's block limit. */
export function withVotes(
  blocks: readonly KnownBlock[],
  replyId: string,
  line: string | undefined,
): KnownBlock[] {
  const id = `votes:${replyId}`;
  const out = blocks.filter((b) => b.block_id !== id);
  if (!line) return out;
  const vote: KnownBlock = { type: "context", block_id: id, elements: [{ type: "mrkdwn", text: line }] };
  if (out.length < SLACK_LIMITS.blocks) return [...out, vote];
  // Full: the vote line takes the place of the last block that is not a button row.
  const at = out.findLastIndex((b) => b.type !== "actions");
  return out.map((b, i) => (i === at ? vote : b));
}
