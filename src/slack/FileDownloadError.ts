export type FileDownloadErrorCode =
  | "FILE_HOST_REFUSED"
  | "FILE_TOO_LARGE"
  | "FILE_NOT_TEXT"
  | "FILE_LOGIN_PAGE"
  | "FILE_HTTP_ERROR"
  | "FILE_NETWORK_ERROR";

/** A Slack file that could not (or must not) be downloaded; the message is safe to show to the user. */
export class FileDownloadError extends Error {
  readonly code: FileDownloadErrorCode;

  constructor(code: FileDownloadErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "FileDownloadError";
    this.code = code;
  }
}
