/** The environment does not describe a runnable bot; `problems` says what to fix, one line each. */
export class SlackConfigError extends Error {
  readonly code = "SLACK_CONFIG_INVALID";
  readonly problems: readonly string[];

  constructor(problems: readonly string[], options?: ErrorOptions) {
    super(`The Slack bot cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}`, options);
    this.name = "SlackConfigError";
    this.problems = problems;
  }
}
