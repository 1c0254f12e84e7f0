import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import type { BotContext } from "./BotContext.ts";
import type { WebClient } from "./blocks/slackTypes.ts";
import { describeError } from "./describeError.ts";
import { downloadSlackFile } from "./downloadSlackFile.ts";
import { FileDownloadError } from "./FileDownloadError.ts";

/** The part of a Slack file object the bot uses. */
export interface SlackFileRef {
  id: string;
  name?: string;
}

export interface FileText {
  name: string;
  bytes: Uint8Array;
}

export interface FilesRead {
  files: FileText[];
  /** Why a file was skipped, for the person who asked. */
  problems: string[];
}

const TEXT_TYPES = new Set([
  "text",
  "log",
  "yaml",
  "yml",
  "json",
  "javascript",
  "shell",
  "ini",
  "toml",
  "xml",
  "go",
  "python",
  "markdown",
  "diff",
  "properties",
  "csv",
]);

/**
 * Fetches snippets and text files shared with a message: metadata through files.info, the content
 * downloaded with the bot token from Slack's hosts only.
 */
export async function readSlackFiles(
  bot: BotContext,
  client: WebClient,
  refs: readonly SlackFileRef[],
): Promise<FilesRead> {
  const out: FilesRead = { files: [], problems: [] };
  for (const ref of refs.slice(0, 3)) {
    const info = await client.files.info({ file: ref.id });
    const file = info.file;
    // A file's name is the person's own words (`prom-glc_….log`): masked once here, so every place
    // that shows it (the Home echo, the notes on a file that could not be read) shows it masked.
    const name = maskSecrets(file?.name ?? ref.name ?? ref.id);
    const url = file?.url_private_download ?? file?.url_private;
    const textual =
      file?.mode === "snippet" ||
      (file?.mimetype ?? "").startsWith("text/") ||
      TEXT_TYPES.has((file?.filetype ?? "").toLowerCase());
    if (!file || !url || !textual) {
      out.problems.push(`${name}: not a text file or snippet, so I skipped it.`);
      continue;
    }
    if ((file.size ?? 0) > bot.config.fileMaxBytes) {
      out.problems.push(
        `${name}: larger than ${Math.round(bot.config.fileMaxBytes / 1024)} KiB; paste the error lines instead.`,
      );
      continue;
    }
    try {
      const bytes = await downloadSlackFile(url, {
        // The client Bolt authorised for this workspace: the single bot token, or an install's.
        token: client.token ?? bot.config.botToken ?? "",
        origins: bot.config.fileOrigins,
        maxBytes: bot.config.fileMaxBytes,
      });
      out.files.push({ name, bytes });
    } catch (error) {
      if (!(error instanceof FileDownloadError)) throw error;
      bot.logger.warn({ err: describeError(error), file: ref.id }, "file not downloaded");
      out.problems.push(`${name}: ${error.message}`);
    }
  }
  return out;
}
