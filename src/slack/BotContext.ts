import type { Logger } from "pino";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { EventDeduper } from "./EventDeduper.ts";
import type { FeedbackSink } from "./FeedbackSink.ts";
import type { RecentReplies } from "./RecentReplies.ts";
import type { SlackConfig } from "./readConfig.ts";

/** What every listener needs, built once by createApp. */
export interface BotContext {
  config: SlackConfig;
  kb: KnowledgeBase;
  logger: Logger;
  deduper: EventDeduper;
  replies: RecentReplies;
  feedback: FeedbackSink;
  newReplyId(): string;
}
