import type { ReplyRecord } from "../store/Store.ts";
import type { BotContext } from "./BotContext.ts";
import { describeError } from "./describeError.ts";

/**
 * Records a reply in the store (a reply with no match becomes a knowledge gap). A store failure is
 * logged, not thrown: the answer has been given, and losing its record must not turn it into an error.
 */
export async function recordReplyQuietly(bot: BotContext, reply: ReplyRecord): Promise<void> {
  try {
    await bot.store.recordReply(reply);
  } catch (error) {
    bot.logger.error(
      { err: describeError(error), channel: reply.channel, replyTs: reply.replyTs },
      "could not record a reply",
    );
  }
}
