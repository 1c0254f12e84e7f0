import type { SlackViewMiddlewareArgs, ViewOutput } from "@slack/bolt";
import type { BotContext } from "./BotContext.ts";
import { PASTE_BLOCK, PASTE_FILE_BLOCK, PASTE_FILE_INPUT, PASTE_INPUT } from "./blocks/actionIds.ts";
import type { WebClient } from "./blocks/slackTypes.ts";
import { escapeMrkdwn } from "./escapeMrkdwn.ts";
import { readSlackFiles, type SlackFileRef } from "./readSlackFiles.ts";

/** What a submitted paste box (blocks/pasteModal) holds: the typed text and the attached files. */
export interface PasteBox {
  text: string;
  files: SlackFileRef[];
}

/** What the paste box holds, as submitted; empty when the person filled in neither. */
export function pasteBoxOf(view: Pick<ViewOutput, "state">): PasteBox {
  const text = view.state.values[PASTE_BLOCK]?.[PASTE_INPUT]?.value ?? "";
  const files = view.state.values[PASTE_FILE_BLOCK]?.[PASTE_FILE_INPUT]?.files ?? [];
  return { text, files: files.map((f) => ({ id: f.id, ...(f.name ? { name: f.name } : {}) })) };
}

const isEmptyPasteBox = (box: PasteBox) => box.text.trim() === "" && box.files.length === 0;

/**
 * Acks a paste box's submission: an empty box stays open with a note under the text field (and
 * undefined is returned); otherwise it closes, and what it held is returned.
 */
export async function ackPasteBox(
  view: Pick<ViewOutput, "state">,
  ack: SlackViewMiddlewareArgs["ack"],
): Promise<PasteBox | undefined> {
  const box = pasteBoxOf(view);
  if (isEmptyPasteBox(box)) {
    await ack({
      response_action: "errors",
      errors: { [PASTE_BLOCK]: "Paste an error, a log or a config, or attach a log file below." },
    });
    return undefined;
  }
  await ack();
  return box;
}

const decoder = new TextDecoder("utf-8");

/**
 * The text to diagnose: the typed text, then each attached file (downloaded like a message's files:
 * files.info, then Slack's hosts only, at most SLACK_FILE_MAX_BYTES each). `whole` is empty when
 * nothing could be read; `problems` name the files that were not, for the person who sent them.
 */
export async function readPasteBox(
  bot: BotContext,
  client: WebClient,
  box: PasteBox,
): Promise<{ whole: string; fileNames: string[]; problems: string[] }> {
  const read = box.files.length
    ? await readSlackFiles(bot, client, box.files)
    : { files: [], problems: [] as string[] };
  const whole = [box.text, ...read.files.map((f) => decoder.decode(f.bytes))]
    .filter((t) => t.trim() !== "")
    .join("\n");
  return { whole, fileNames: read.files.map((f) => f.name), problems: read.problems };
}

/** Said instead of a diagnosis when the box held only files and none could be read. */
export const nothingReadable = (problems: readonly string[]) =>
  `:page_facing_up: ${escapeMrkdwn(problems.join(" "))} Paste the error lines instead, or attach a text file.`;
