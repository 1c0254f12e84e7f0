import type { BotContext } from "./BotContext.ts";
import { describeError } from "./describeError.ts";

export const COULD_NOT_DIAGNOSE =
  "Sorry, I could not diagnose this: something went wrong on my side. Try again in a minute; if it keeps failing, tell the bot's operators.";

/**
 * Runs a handler's work; an error becomes a log line and, when someone asked, an ephemeral
 * "could not diagnose this". Never a crash, never silence towards a person who asked.
 */
export async function guard(
  bot: BotContext,
  what: string,
  notify: (() => Promise<unknown>) | undefined,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    bot.logger.error({ err: describeError(error), handler: what }, "handler failed");
    if (!notify) return;
    try {
      await notify();
    } catch (notifyError) {
      bot.logger.error(
        { err: describeError(notifyError), handler: what },
        "could not tell the user about the failure",
      );
    }
  }
}
