import type { types } from "@slack/bolt";

export type KnownBlock = types.KnownBlock;
export type View = types.View;
export type PlainTextOption = types.PlainTextOption;

/** A message as we post it: fallback text (notifications, screen readers) and the blocks. */
export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

export type WebClient = import("@slack/bolt").webApi.WebClient;
