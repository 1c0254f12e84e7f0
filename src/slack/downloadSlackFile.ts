import { FileDownloadError } from "./FileDownloadError.ts";

export interface DownloadOptions {
  token: string;
  /** Only these origins (scheme://host[:port]) ever see the bot token. */
  origins: readonly string[];
  maxBytes: number;
  timeoutMs?: number;
}

const HTML_START = /^\s*(<!doctype html|<html|<head|<body)/i;

/**
 * Downloads a Slack-hosted file with the bot token. Refuses other hosts (the token must never leave
 * Slack), redirects, files over the cap, and the HTML sign-in page Slack serves when the token
 * cannot read the file.
 */
export async function downloadSlackFile(url: string, options: DownloadOptions): Promise<Uint8Array> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch (cause) {
    throw new FileDownloadError("FILE_HOST_REFUSED", "The file link is not a URL.", { cause });
  }
  if (!options.origins.includes(origin)) {
    throw new FileDownloadError(
      "FILE_HOST_REFUSED",
      `Files are only downloaded from Slack, not from ${origin}.`,
    );
  }
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${options.token}` },
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (cause) {
    throw new FileDownloadError("FILE_NETWORK_ERROR", "The file could not be downloaded from Slack.", {
      cause,
    });
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new FileDownloadError("FILE_HTTP_ERROR", `Slack answered ${response.status} for the file.`);
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new FileDownloadError("FILE_TOO_LARGE", tooLarge(options.maxBytes));
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > options.maxBytes) {
        await response.body.cancel().catch(() => {});
        throw new FileDownloadError("FILE_TOO_LARGE", tooLarge(options.maxBytes));
      }
      chunks.push(chunk);
    }
  }
  const bytes = Buffer.concat(chunks);
  const type = response.headers.get("content-type") ?? "";
  if (/text\/html/i.test(type) || HTML_START.test(bytes.subarray(0, 512).toString("latin1"))) {
    throw new FileDownloadError(
      "FILE_LOGIN_PAGE",
      "Slack returned a web page instead of the file (the bot may lack the files:read scope).",
    );
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function tooLarge(max: number): string {
  return `The file is larger than ${Math.round(max / 1024)} KiB; paste the error lines instead.`;
}
