import type { BotContext } from "./BotContext.ts";
import { describeError } from "./describeError.ts";

/**
 * True when this copy of the bot should handle `key` (first claim on the shared store). When the
 * store fails, the bot answers anyway and says so in the log: a possible double reply beats silence.
 */
export async function claimOnce(bot: BotContext, key: string): Promise<boolean> {
  try {
    return await bot.deduper.firstSeen(key);
  } catch (error) {
    bot.logger.error(
      { err: describeError(error), key },
      "could not claim the event in the store; answering anyway",
    );
    return true;
  }
}
