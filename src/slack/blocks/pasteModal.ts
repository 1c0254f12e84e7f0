import { PASTE_BLOCK, PASTE_FILE_BLOCK, PASTE_FILE_INPUT, PASTE_INPUT, VIEW } from "./actionIds.ts";
import type { View } from "./slackTypes.ts";

/** What the modal carries from the command (or a reply's button) to its submission. */
export interface PasteModalMetadata {
  channel: string;
  user: string;
  responseUrl: string;
  /** Opened from a reply in a thread: the answer goes to that thread, privately. */
  threadTs?: string;
}

/** Slack's cap on a plain_text_input; a longer log goes in the file input. */
export const PASTE_MAX_CHARS = 3000;
/** Files read from one submission (readSlackFiles reads at most three). */
export const PASTE_MAX_FILES = 3;

/**
 * The box for a longer paste: up to 3,000 characters of text and, when `fileMaxBytes` is given (the
 * submission's listener reads files), up to three log files of that size each.
 */
export function pasteModal(metadata: PasteModalMetadata, fileMaxBytes?: number): View {
  const fileBlock: View["blocks"] =
    fileMaxBytes === undefined
      ? []
      : [
          {
            type: "input",
            block_id: PASTE_FILE_BLOCK,
            optional: true,
            label: { type: "plain_text", text: "Or attach a log file" },
            hint: {
              type: "plain_text",
              text: `Text files (.log, .txt, .yaml, .json…) up to ${Math.round(fileMaxBytes / 1024).toLocaleString("en")} KiB each, at most ${PASTE_MAX_FILES}.`,
            },
            element: {
              type: "file_input",
              action_id: PASTE_FILE_INPUT,
              filetypes: ["txt", "log", "yaml", "yml", "json", "alloy", "conf", "ini", "toml", "sh"],
              max_files: PASTE_MAX_FILES,
            },
          },
        ];
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
        optional: fileMaxBytes !== undefined,
        label: { type: "plain_text", text: "Paste the error, log or config" },
        hint: {
          type: "plain_text",
          text:
            fileMaxBytes === undefined
              ? `Up to ${PASTE_MAX_CHARS.toLocaleString("en")} characters: the error lines of a longer log.`
              : `Up to ${PASTE_MAX_CHARS.toLocaleString("en")} characters. For a longer log, attach it below.`,
        },
        element: {
          type: "plain_text_input",
          action_id: PASTE_INPUT,
          multiline: true,
          max_length: PASTE_MAX_CHARS,
          placeholder: {
            type: "plain_text",
            text: 'e.g. server returned HTTP status 401 Unauthorized: "invalid token"',
          },
        },
      },
      ...fileBlock,
    ],
  };
}
