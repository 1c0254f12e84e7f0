import { VIEW } from "./actionIds.ts";
import { pasteModal } from "./pasteModal.ts";
import type { View } from "./slackTypes.ts";

/** What the Home's paste modal carries to its submission: where to answer. */
export interface HomePasteMetadata {
  /** The person's DM channel with the bot, when the Home tab knew it. */
  dm?: string;
}

/**
 * The paste box opened from the App Home: the same box as `/diagnose` alone, text and up to three
 * log files of `fileMaxBytes` each, but answered in the person's DM with the bot, since a Home tab
 * has no channel and no response_url to answer in.
 */
export function homePasteModal(metadata: HomePasteMetadata, fileMaxBytes: number): View {
  return {
    ...pasteModal({ channel: "", user: "", responseUrl: "" }, fileMaxBytes),
    callback_id: VIEW.homePaste,
    private_metadata: JSON.stringify(metadata),
  };
}

/** The DM to answer in, or undefined when the metadata holds none (the person's id then opens it). */
export function readHomePasteMetadata(raw: string): HomePasteMetadata {
  try {
    const meta = JSON.parse(raw) as HomePasteMetadata | null;
    return typeof meta?.dm === "string" && /^D[A-Z0-9]+$/.test(meta.dm) ? { dm: meta.dm } : {};
  } catch {
    return {};
  }
}
