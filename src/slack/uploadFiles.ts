import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import type { BotContext } from "./BotContext.ts";
import type { AttachedFile, WebClient } from "./blocks/slackTypes.ts";
import { describeError } from "./describeError.ts";

/**
 * Uploads what did not fit in a reply (files.uploadV2) into its thread. A failed upload is logged,
 * not fatal: the reply already says the text was cut.
 */
export async function uploadFiles(
  bot: BotContext,
  client: WebClient,
  channel: string,
  threadTs: string,
  files: readonly AttachedFile[],
): Promise<void> {
  try {
    await client.filesUploadV2({
      channel_id: channel,
      thread_ts: threadTs,
      file_uploads: files.map((f) => ({
        filename: f.filename,
        title: f.title,
        content: maskSecrets(f.content),
      })),
    });
  } catch (error) {
    bot.logger.error({ err: describeError(error), channel }, "could not upload the long parts of a reply");
  }
}
