import { RESOLVE_FIELD, VIEW } from "./actionIds.ts";
import type { HandoffKey } from "./renderHandoff.ts";
import type { View } from "./slackTypes.ts";

export const CAUSE_MAX = 1000;
export const FIX_MAX = 1500;

/**
 * Resolve asks support two short questions: what it was, and what fixed it. Both go to the
 * requester's thread, and with the paste into a knowledge gap that `kb draft` turns into an entry.
 */
export function resolveEscalationModal(key: HandoffKey): View {
  return {
    type: "modal",
    callback_id: VIEW.resolveEscalation,
    private_metadata: JSON.stringify(key),
    title: { type: "plain_text", text: "Resolve escalation" },
    submit: { type: "plain_text", text: "Resolve" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: "The requester reads both answers in their thread. With the paste they become a knowledge gap, so the knowledge base can learn this one.",
          },
        ],
      },
      {
        type: "input",
        block_id: RESOLVE_FIELD.cause,
        label: { type: "plain_text", text: "What was it?" },
        element: {
          type: "plain_text_input",
          action_id: RESOLVE_FIELD.cause,
          multiline: true,
          max_length: CAUSE_MAX,
          placeholder: { type: "plain_text", text: "e.g. The token was created for another stack" },
        },
      },
      {
        type: "input",
        block_id: RESOLVE_FIELD.fix,
        label: { type: "plain_text", text: "What fixed it?" },
        hint: { type: "plain_text", text: "One step a line." },
        element: {
          type: "plain_text_input",
          action_id: RESOLVE_FIELD.fix,
          multiline: true,
          max_length: FIX_MAX,
          placeholder: { type: "plain_text", text: "e.g. Create a token with the metrics:write scope" },
        },
      },
    ],
  };
}

/** The escalated thread a Resolve modal is about, or undefined when its metadata is not what the modal wrote. */
export function readResolveModalMetadata(raw: string): HandoffKey | undefined {
  try {
    const meta = JSON.parse(raw) as Partial<HandoffKey> | null;
    return typeof meta?.channel === "string" && typeof meta.threadTs === "string"
      ? { channel: meta.channel, threadTs: meta.threadTs }
      : undefined;
  } catch {
    return undefined;
  }
}
