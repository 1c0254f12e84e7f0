/** A failure an entry point explains itself (bad usage, an unknown gap): the message is printed as is, with this status. */
export class CliError extends Error {
  readonly code = "CLI_FAILED";
  readonly exitCode: number;

  constructor(message: string, exitCode = 2, options?: ErrorOptions) {
    super(message, options);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
