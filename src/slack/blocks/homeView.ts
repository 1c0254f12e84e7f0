import { helpBlocks } from "./helpBlocks.ts";
import type { View } from "./slackTypes.ts";

export function homeView(): View {
  return { type: "home", blocks: helpBlocks() };
}
