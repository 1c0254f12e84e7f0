import type { types } from "@slack/bolt";

export type KnownBlock = types.KnownBlock;
export type View = types.View;
export type PlainTextOption = types.PlainTextOption;

/** A message as we post it: fallback text (notifications, screen readers) and the blocks. */
export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
  /** Whole texts too long for a message (a long diff, a corrected config), uploaded beside it when it can be. */
  files?: AttachedFile[];
}

export interface AttachedFile {
  filename: string;
  title: string;
  /** Already masked. */
  content: string;
}

export type WebClient = import("@slack/bolt").webApi.WebClient;
