import { PASTE_BLOCK, PASTE_INPUT, VIEW } from "./actionIds.ts";
import type { View } from "./slackTypes.ts";

/** What the modal carries from the command to its submission. */
export interface PasteModalMetadata {
  channel: string;
  user: string;
  responseUrl: string;
}

export function pasteModal(metadata: PasteModalMetadata): View {
  return {
    type: "modal",
    callback_id: VIEW.paste,
    private_metadata: JSON.stringify(metadata),
    title: { type: "plain_text", text: "Diagnose" },
    submit: { type: "plain_text", text: "Diagnose" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: PASTE_BLOCK,
        label: { type: "plain_text", text: "Paste the error, log or config" },
        element: {
          type: "plain_text_input",
          action_id: PASTE_INPUT,
          multiline: true,
          max_length: 3000,
          placeholder: {
            type: "plain_text",
            text: 'e.g. server returned HTTP status 401 Unauthorized: "invalid token"',
          },
        },
      },
    ],
  };
}
